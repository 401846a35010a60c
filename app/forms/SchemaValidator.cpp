// valijson reports trouble by throwing (or aborting, when exceptions are off): on, and caught in this file.
#define VALIJSON_USE_EXCEPTIONS 1

#include "SchemaValidator.h"

#include "FormData.h"

#include <QDate>
#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

#include <exception>
#include <new>
#include <string>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#include <vector>

namespace inlinea::forms {

namespace {

// valijson's own `format` check misses leap years, accepts any number of year digits, knows no "email" and throws
// on a non-string; its `additionalProperties: false` names only the first unknown property. The rewritten schema
// hands both keywords to the checks below under these names, so they behave as the portal's python-jsonschema.
constexpr auto kFormatKey = "x-inlinea-format";
constexpr auto kClosedKey = "x-inlinea-closed";

const QString kFormatTag = QStringLiteral("format: ");
const QString kUnknownTag = QStringLiteral("unknown property: ");

bool formatHolds(const std::string& format, const QString& value)
{
    if (format == "date") {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        return shape.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
    }
    if (format == "email") {
        return value.contains(QLatin1Char('@'));
    }
    return true; // like the portal, formats it does not know are annotations only
}

class FormatConstraint : public valijson::constraints::PolyConstraint {
public:
    explicit FormatConstraint(std::string format)
        : m_format(std::move(format))
    {}

    bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override
    {
        if (!target.isString() || formatHolds(m_format, QString::fromStdString(target.getString()))) {
            return true;
        }
        if (results) {
            results->pushError(context, kFormatTag.toStdString() + "not a valid " + m_format);
        }
        return false;
    }

private:
    Constraint* cloneInto(void* memory) const override { return new (memory) FormatConstraint(*this); }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }

    std::string m_format;
};

// `additionalProperties: false`, every unknown property reported at its own place.
class ClosedConstraint : public valijson::constraints::PolyConstraint {
public:
    explicit ClosedConstraint(std::vector<std::string> allowed)
        : m_allowed(std::move(allowed))
    {}

    bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                  valijson::ValidationResults* results) const override
    {
        if (!target.isObject()) {
            return true;
        }
        bool valid = true;
        target.applyToObject([&](const std::string& name, const valijson::adapters::Adapter&) {
            if (std::find(m_allowed.cbegin(), m_allowed.cend(), name) != m_allowed.cend()) {
                return true;
            }
            valid = false;
            if (!results) {
                return false;
            }
            std::vector<std::string> where = context;
            where.push_back("[" + name + "]");
            results->pushError(where, kUnknownTag.toStdString() + name);
            return true;
        });
        return valid;
    }

private:
    Constraint* cloneInto(void* memory) const override { return new (memory) ClosedConstraint(*this); }
    size_t sizeOf() const override { return sizeof(ClosedConstraint); }

    std::vector<std::string> m_allowed;
};

class FormatBuilder : public valijson::ConstraintBuilder {
public:
    valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override
    {
        return new FormatConstraint(value.asString());
    }
};

class ClosedBuilder : public valijson::ConstraintBuilder {
public:
    valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override
    {
        std::vector<std::string> allowed;
        value.applyToArray([&allowed](const valijson::adapters::Adapter& name) {
            allowed.push_back(name.asString());
            return true;
        });
        return new ClosedConstraint(std::move(allowed));
    }
};

QJsonObject rewritten(const QJsonObject& schema);

QJsonValue rewrittenValue(const QJsonValue& value)
{
    return value.isObject() ? QJsonValue(rewritten(value.toObject())) : value;
}

QJsonObject rewrittenMap(const QJsonObject& map)
{
    QJsonObject out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        out.insert(it.key(), rewrittenValue(it.value()));
    }
    return out;
}

QJsonArray rewrittenList(const QJsonArray& list)
{
    QJsonArray out;
    for (const QJsonValue& entry : list) {
        out.append(rewrittenValue(entry));
    }
    return out;
}

// Walks schema keywords only, so a property that happens to be called "format" stays what it is.
QJsonObject rewritten(const QJsonObject& schema)
{
    static const QStringList maps = {QStringLiteral("properties"), QStringLiteral("patternProperties"),
                                     QStringLiteral("$defs"), QStringLiteral("definitions"),
                                     QStringLiteral("dependentSchemas")};
    static const QStringList lists = {QStringLiteral("allOf"), QStringLiteral("anyOf"), QStringLiteral("oneOf"),
                                      QStringLiteral("prefixItems"), QStringLiteral("items")};
    static const QStringList single = {QStringLiteral("items"),
                                       QStringLiteral("additionalProperties"),
                                       QStringLiteral("if"),
                                       QStringLiteral("then"),
                                       QStringLiteral("else"),
                                       QStringLiteral("not"),
                                       QStringLiteral("contains"),
                                       QStringLiteral("propertyNames"),
                                       QStringLiteral("additionalItems")};
    QJsonObject out;
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("format") && value.isString()) {
            out.insert(QLatin1String(kFormatKey), value);
        } else if (key == QLatin1String("additionalProperties") && value == QJsonValue(false) &&
                   !schema.contains(QStringLiteral("patternProperties"))) {
            out.insert(QLatin1String(kClosedKey),
                       QJsonArray::fromStringList(schema.value(QStringLiteral("properties")).toObject().keys()));
        } else if (maps.contains(key) && value.isObject()) {
            out.insert(key, rewrittenMap(value.toObject()));
        } else if (lists.contains(key) && value.isArray()) {
            out.insert(key, rewrittenList(value.toArray()));
        } else if (single.contains(key) && value.isObject()) {
            out.insert(key, rewritten(value.toObject()));
        } else {
            out.insert(key, value);
        }
    }
    return out;
}

QString pointerOf(const std::vector<std::string>& context)
{
    QString pointer;
    for (const std::string& element : context) {
        if (element.size() >= 2 && element.front() == '[' && element.back() == ']') {
            pointer +=
                QLatin1Char('/') + FormData::escape(QString::fromStdString(element.substr(1, element.size() - 2)));
        }
    }
    return pointer;
}

// The keyword behind one of valijson's messages; empty for the messages that only wrap the ones underneath.
QString codeOf(const QString& description)
{
    struct Prefix {
        QLatin1String text;
        QLatin1String code;
    };
    static const Prefix prefixes[] = {
        {QLatin1String("Value type not permitted"), QLatin1String("type")},
        {QLatin1String("Failed to match against any enum"), QLatin1String("enum")},
        {QLatin1String("Failed to match regex"), QLatin1String("pattern")},
        {QLatin1String("String should be no fewer than"), QLatin1String("minLength")},
        {QLatin1String("String should be no more than"), QLatin1String("maxLength")},
        {QLatin1String("Expected number greater than"), QLatin1String("minimum")},
        {QLatin1String("Expected number less than"), QLatin1String("maximum")},
        {QLatin1String("Array should contain no fewer than"), QLatin1String("minItems")},
        {QLatin1String("Array should contain no more than"), QLatin1String("maxItems")},
        {QLatin1String("Failed to match expected value set by 'const'"), QLatin1String("const")},
        {QLatin1String("String should be a valid"), QLatin1String("format")},
        {QLatin1String("format: "), QLatin1String("format")},
        {QLatin1String("Failed to validate"), QLatin1String()},
        {QLatin1String("Cannot validate item"), QLatin1String()},
    };
    for (const Prefix& prefix : prefixes) {
        if (description.startsWith(prefix.text)) {
            return prefix.code;
        }
    }
    return QStringLiteral("other");
}

// Which of two problems of one value the portal reports: the first by JSON Schema keyword name.
QString keywordOf(const SchemaProblem& problem)
{
    if (problem.code != QLatin1String("other")) {
        return problem.code;
    }
    return problem.detail.startsWith(kUnknownTag) ? QStringLiteral("additionalProperties")
                                                  : QStringLiteral("uniqueItems");
}

} // namespace

struct SchemaValidator::Impl {
    valijson::Schema schema;
    mutable valijson::Validator validator; // keeps the compiled patterns
};

SchemaValidator::SchemaValidator(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}

SchemaValidator::SchemaValidator(SchemaValidator&&) noexcept = default;
SchemaValidator& SchemaValidator::operator=(SchemaValidator&&) noexcept = default;
SchemaValidator::~SchemaValidator() = default;

Result<SchemaValidator, SchemaError> SchemaValidator::create(const QJsonObject& schema)
{
    if (schema.isEmpty()) {
        return fail(SchemaError{QStringLiteral("empty schema")});
    }
    auto impl = std::make_unique<Impl>();
    try {
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        // The parser owns and deletes its builders.
        parser.addConstraintBuilder(kFormatKey, new FormatBuilder);
        parser.addConstraintBuilder(kClosedKey, new ClosedBuilder);
        const QJsonValue root(rewritten(schema));
        parser.populateSchema(valijson::adapters::QtJsonAdapter(root), impl->schema);
    } catch (const std::exception& e) {
        return fail(SchemaError{QStringLiteral("unusable schema: ") + QString::fromUtf8(e.what())});
    } catch (...) {
        return fail(SchemaError{QStringLiteral("unusable schema")});
    }
    return SchemaValidator(std::move(impl));
}

QList<SchemaProblem> SchemaValidator::validate(const QJsonObject& data) const
{
    const QJsonValue root(data);
    valijson::ValidationResults results;
    bool valid = false;
    try {
        valid = m_impl->validator.validate(m_impl->schema, valijson::adapters::QtJsonAdapter(root), &results);
    } catch (const std::exception& e) {
        return {SchemaProblem{QString(), QStringLiteral("other"),
                              QStringLiteral("validator failed: ") + QString::fromUtf8(e.what())}};
    }
    if (valid) {
        return {};
    }
    QMap<QString, SchemaProblem> byPointer;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        const QString description = QString::fromStdString(error.description);
        SchemaProblem problem{pointerOf(error.context), QString(), description};
        static const QString missing = QStringLiteral("Missing required property '");
        if (description.startsWith(missing)) {
            // Reported where the value belongs, not at the object that lacks it.
            QString name = description.mid(missing.size());
            name.chop(name.endsWith(QLatin1String("'.")) ? 2 : 0);
            problem.pointer = FormData::child(problem.pointer, name);
            problem.code = QStringLiteral("required");
        } else if (description.startsWith(kUnknownTag)) {
            problem.code = QStringLiteral("other");
        } else {
            problem.code = codeOf(description);
            if (problem.code.isEmpty()) {
                continue;
            }
        }
        const auto it = byPointer.constFind(problem.pointer);
        if (it == byPointer.constEnd() || keywordOf(problem) < keywordOf(*it)) {
            byPointer.insert(problem.pointer, problem);
        }
    }
    if (byPointer.isEmpty()) {
        return {SchemaProblem{QString(), QStringLiteral("other"), QStringLiteral("invalid, without a reason given")}};
    }
    return byPointer.values();
}

} // namespace inlinea::forms
