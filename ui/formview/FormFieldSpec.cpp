#include "FormFieldSpec.h"

#include "app/domain/FieldError.h"
#include "app/domain/ItalianDate.h"
#include "app/forms/FormData.h"
#include "ui/ValidationText.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace inlinea::ui {

namespace {

using domain::FieldRule;
using Type = forms::FormSchema::Type;

bool isKey(const QString& key, QLatin1StringView name)
{
    return key == name || key.endsWith(QLatin1Char('_') + name);
}

FieldRule ruleFor(const QString& key, const QJsonObject& node)
{
    if (isKey(key, QLatin1StringView("codice_fiscale"))) {
        // A pattern that admits 11 digits: companies and bodies too.
        return node.value(QStringLiteral("pattern")).toString().contains(QStringLiteral("{11}"))
                   ? FieldRule::CodiceFiscale
                   : FieldRule::CodiceFiscalePersona;
    }
    if (isKey(key, QLatin1StringView("partita_iva"))) {
        return FieldRule::PartitaIva;
    }
    if (isKey(key, QLatin1StringView("cap"))) {
        return FieldRule::Cap;
    }
    if (isKey(key, QLatin1StringView("provincia"))) {
        return FieldRule::Provincia;
    }
    if (isKey(key, QLatin1StringView("pec"))) {
        return FieldRule::Pec;
    }
    if (isKey(key, QLatin1StringView("email")) || node.value(QStringLiteral("format")).toString() == u"email") {
        return FieldRule::Email;
    }
    return FieldRule::Text;
}

QString numberText(double value)
{
    return QLocale(QLocale::Italian).toString(value, 'g', 15).remove(QLocale(QLocale::Italian).groupSeparator());
}

} // namespace

QString FormFieldSpec::concrete(const QString& path, const QList<int>& indices)
{
    QString result;
    result.reserve(path.size() + 4);
    qsizetype next = 0;
    for (const QChar c : path) {
        if (c == QLatin1Char('*') && next < indices.size()) {
            result += QString::number(indices.at(next++));
        } else {
            result += c;
        }
    }
    return result;
}

QString FormFieldSpec::humanized(const QString& value)
{
    QString text = value;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

FormFieldSpec FormFieldSpec::make(const forms::FormSchema& schema, const QJsonObject& layoutField,
                                  const QString& pointer, const QJsonObject& data)
{
    FormFieldSpec spec;
    spec.pointer = pointer;
    spec.label = layoutField.value(QStringLiteral("label")).toString();
    spec.help = layoutField.value(QStringLiteral("help")).toString();
    spec.unit = layoutField.value(QStringLiteral("unit")).toString();
    const QJsonObject node = schema.node(pointer);
    const QStringList tokens = forms::FormData::split(pointer);
    const QString key = tokens.isEmpty() ? QString() : tokens.last();
    if (spec.label.isEmpty()) {
        spec.label = node.value(QStringLiteral("title")).toString();
    }
    spec.enumValues = schema.enumValues(pointer);
    const QJsonValue minimum = node.value(QStringLiteral("minimum"));
    const QJsonValue maximum = node.value(QStringLiteral("maximum"));
    spec.minimum = minimum.isDouble() ? std::optional<double>(minimum.toDouble()) : std::nullopt;
    spec.maximum = maximum.isDouble() ? std::optional<double>(maximum.toDouble()) : std::nullopt;
    spec.pattern = node.value(QStringLiteral("pattern")).toString();
    spec.maxLength = node.value(QStringLiteral("maxLength")).toInt();
    spec.required = schema.isRequired(pointer, data);
    switch (forms::FormSchema::typeOf(node)) {
    case Type::Boolean: spec.kind = Kind::Boolean; break;
    case Type::Integer: spec.kind = Kind::Integer; break;
    case Type::Number: spec.kind = Kind::Number; break;
    case Type::Array: spec.kind = Kind::MultiEnum; break;
    default:
        if (!spec.enumValues.isEmpty()) {
            spec.kind = Kind::Enum;
        } else if (node.value(QStringLiteral("format")).toString() == u"date") {
            spec.kind = Kind::Date;
            spec.rule = key == u"data_nascita" ? FieldRule::BirthDate : FieldRule::Text;
        } else {
            spec.rule = ruleFor(key, node);
        }
        break;
    }
    return spec;
}

QString FormFieldSpec::text(const QJsonValue& stored) const
{
    switch (kind) {
    case Kind::Integer:
    case Kind::Number: return stored.isDouble() ? numberText(stored.toDouble()) : stored.toString();
    case Kind::Date: return domain::FieldCheck::displayed(FieldRule::BirthDate, stored.toString());
    case Kind::Boolean: return stored.toBool() ? QStringLiteral("true") : QString();
    default: return stored.toString();
    }
}

QJsonValue FormFieldSpec::stored(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    switch (kind) {
    case Kind::Integer: {
        bool ok = false;
        const qlonglong value = trimmed.toLongLong(&ok);
        return ok ? QJsonValue(value) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Number: {
        QString plain = trimmed;
        plain.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double value = plain.toDouble(&ok);
        return ok ? QJsonValue(value) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Date: return domain::FieldCheck::normalized(FieldRule::BirthDate, trimmed);
    case Kind::Enum: return trimmed;
    default: return domain::FieldCheck::normalized(rule, trimmed);
    }
}

std::optional<FormFieldSpec::Problem> FormFieldSpec::checkNumber(double value) const
{
    if (minimum && value < *minimum) {
        return Problem{tr("Il valore minimo è %1").arg(numberText(*minimum)), true, false};
    }
    if (maximum && value > *maximum) {
        return Problem{tr("Il valore massimo è %1").arg(numberText(*maximum)), true, false};
    }
    return std::nullopt;
}

std::optional<FormFieldSpec::Problem> FormFieldSpec::check(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (required) {
            return Problem{ValidationText::message(domain::FieldError::required()), false, true};
        }
        return std::nullopt;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::Number: {
        const QJsonValue value = stored(trimmed);
        if (!value.isDouble()) {
            return Problem{kind == Kind::Integer ? tr("Scrivere un numero intero") : tr("Scrivere un numero"), false,
                           false};
        }
        return checkNumber(value.toDouble());
    }
    case Kind::Date: {
        if (rule == FieldRule::BirthDate) {
            if (const auto error = domain::FieldCheck::check(FieldRule::BirthDate, trimmed, required)) {
                return Problem{ValidationText::message(*error), domain::FieldCheck::isDefinite(*error), false};
            }
            return std::nullopt;
        }
        const auto parsed = domain::ItalianDate::parse(trimmed);
        if (!parsed) {
            return Problem{ValidationText::message(parsed.error()), domain::FieldCheck::isDefinite(parsed.error()),
                           false};
        }
        return std::nullopt;
    }
    case Kind::Enum:
        if (!enumValues.contains(trimmed)) {
            return Problem{tr("Valore non ammesso"), true, false};
        }
        return std::nullopt;
    default: break;
    }
    if (rule != FieldRule::Text) {
        if (const auto error = domain::FieldCheck::check(rule, trimmed, required)) {
            return Problem{ValidationText::message(*error), domain::FieldCheck::isDefinite(*error), false};
        }
        return std::nullopt;
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        if (re.isValid() && !re.match(domain::FieldCheck::normalized(rule, trimmed)).hasMatch()) {
            return Problem{tr("Formato non valido"), false, false};
        }
    }
    return std::nullopt;
}

std::optional<FormFieldSpec::Problem> FormFieldSpec::checkStored(const QJsonValue& value) const
{
    const bool absent = value.isUndefined() || value.isNull();
    switch (kind) {
    case Kind::Boolean:
        if (absent && required) {
            return Problem{ValidationText::message(domain::FieldError::required()), false, true};
        }
        return std::nullopt;
    case Kind::MultiEnum:
        if ((absent || value.toArray().isEmpty()) && required) {
            return Problem{ValidationText::message(domain::FieldError::required()), false, true};
        }
        return std::nullopt;
    case Kind::Integer:
    case Kind::Number:
        if (value.isDouble()) {
            return checkNumber(value.toDouble());
        }
        return check(absent ? QString() : value.toString());
    default: return check(absent ? QString() : text(value));
    }
}

} // namespace inlinea::ui
