#include "FormSchema.h"

#include "FormData.h"

#include <QJsonArray>

namespace inlinea::forms {

namespace {

const QString kProperties = QStringLiteral("properties");
const QString kItems = QStringLiteral("items");
const QString kRequired = QStringLiteral("required");
const QString kType = QStringLiteral("type");

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QStringLiteral("string")) {
        return value.isString();
    }
    if (type == QStringLiteral("number")) {
        return value.isDouble();
    }
    if (type == QStringLiteral("integer")) {
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
    }
    if (type == QStringLiteral("boolean")) {
        return value.isBool();
    }
    if (type == QStringLiteral("object")) {
        return value.isObject();
    }
    if (type == QStringLiteral("array")) {
        return value.isArray();
    }
    if (type == QStringLiteral("null")) {
        return value.isNull();
    }
    return true;
}

} // namespace

FormSchema::FormSchema(QJsonObject schema)
    : m_root(std::move(schema))
{}

QJsonObject FormSchema::resolved(const QJsonObject& node) const
{
    QJsonObject current = node;
    for (int depth = 0; depth < 16 && current.contains(QStringLiteral("$ref")); ++depth) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1Char('#'))) {
            return {};
        }
        QJsonObject target = FormData::valueIn(m_root, FormData::split(ref.mid(1))).toObject();
        // Sibling keywords of $ref (2020-12) apply too: the referring node's own keys win.
        current.remove(QStringLiteral("$ref"));
        for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
            target.insert(it.key(), it.value());
        }
        current = target;
    }
    return current;
}

QJsonObject FormSchema::node(const QString& pointer) const
{
    bool ok = false;
    const QStringList tokens = FormData::split(pointer, &ok);
    if (!ok) {
        return {};
    }
    QJsonObject node = resolved(m_root);
    for (const QString& token : tokens) {
        const Type nodeType = typeOf(node);
        if (nodeType == Type::Array || (nodeType == Type::Unknown && node.contains(kItems))) {
            node = resolved(node.value(kItems).toObject());
        } else {
            const QJsonObject properties = node.value(kProperties).toObject();
            if (!properties.contains(token)) {
                return {};
            }
            node = resolved(properties.value(token).toObject());
        }
        if (node.isEmpty()) {
            return {};
        }
    }
    return node;
}

FormSchema::Type FormSchema::typeOf(const QJsonObject& node)
{
    QJsonValue type = node.value(kType);
    if (type.isArray()) {
        // ["number", "null"]: the first non-null type.
        const QJsonArray types = type.toArray();
        type = QJsonValue();
        for (const QJsonValue& t : types) {
            if (t.toString() != QStringLiteral("null")) {
                type = t;
                break;
            }
        }
    }
    const QString name = type.toString();
    if (name == QStringLiteral("string")) {
        return Type::String;
    }
    if (name == QStringLiteral("number")) {
        return Type::Number;
    }
    if (name == QStringLiteral("integer")) {
        return Type::Integer;
    }
    if (name == QStringLiteral("boolean")) {
        return Type::Boolean;
    }
    if (name == QStringLiteral("object")) {
        return Type::Object;
    }
    if (name == QStringLiteral("array")) {
        return Type::Array;
    }
    if (node.contains(QStringLiteral("enum"))) {
        return Type::String;
    }
    return Type::Unknown;
}

FormSchema::Type FormSchema::type(const QString& pointer) const
{
    return typeOf(node(pointer));
}

QStringList FormSchema::enumValues(const QString& pointer) const
{
    QJsonObject n = node(pointer);
    if (typeOf(n) == Type::Array) {
        n = resolved(n.value(kItems).toObject());
    }
    QStringList values;
    for (const QJsonValue& v : n.value(QStringLiteral("enum")).toArray()) {
        values.append(v.isString() ? v.toString() : QString::number(v.toDouble()));
    }
    return values;
}

QString FormSchema::format(const QString& pointer) const
{
    return node(pointer).value(QStringLiteral("format")).toString();
}

std::optional<double> FormSchema::minimum(const QString& pointer) const
{
    const QJsonValue v = node(pointer).value(QStringLiteral("minimum"));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> FormSchema::maximum(const QString& pointer) const
{
    const QJsonValue v = node(pointer).value(QStringLiteral("maximum"));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString FormSchema::pattern(const QString& pointer) const
{
    return node(pointer).value(QStringLiteral("pattern")).toString();
}

int FormSchema::maxLength(const QString& pointer) const
{
    return node(pointer).value(QStringLiteral("maxLength")).toInt();
}

bool FormSchema::isRequired(const QString& pointer, const QJsonObject& data) const
{
    QStringList tokens = FormData::split(pointer);
    if (tokens.isEmpty()) {
        return false;
    }
    const QString name = tokens.takeLast();
    const QJsonObject parent = node(FormData::join(tokens));
    if (typeOf(parent) == Type::Array) {
        return false; // an item: min/max of the array decide
    }
    if (parent.value(kRequired).toArray().contains(name)) {
        return true;
    }
    const QJsonArray conditions = parent.value(QStringLiteral("allOf")).toArray();
    if (conditions.isEmpty()) {
        return false;
    }
    const QJsonValue parentValue = FormData::valueIn(data, tokens);
    for (const QJsonValue& entry : conditions) {
        const QJsonObject condition = resolved(entry.toObject());
        const QJsonObject ifNode = condition.value(QStringLiteral("if")).toObject();
        if (ifNode.isEmpty() ||
            !condition.value(QStringLiteral("then")).toObject().value(kRequired).toArray().contains(name)) {
            continue;
        }
        if (matches(ifNode, parentValue.isUndefined() ? QJsonValue(QJsonObject{}) : parentValue)) {
            return true;
        }
    }
    return false;
}

bool FormSchema::matches(const QJsonObject& condition, const QJsonValue& value)
{
    if (condition.contains(QStringLiteral("const")) && condition.value(QStringLiteral("const")) != value) {
        return false;
    }
    if (condition.contains(QStringLiteral("enum")) &&
        !condition.value(QStringLiteral("enum")).toArray().contains(value)) {
        return false;
    }
    if (condition.contains(kType) && condition.value(kType).isString() &&
        !hasType(value, condition.value(kType).toString())) {
        return false;
    }
    if (!value.isObject()) {
        return !condition.contains(kRequired) && !condition.contains(kProperties);
    }
    const QJsonObject object = value.toObject();
    for (const QJsonValue& key : condition.value(kRequired).toArray()) {
        if (!object.contains(key.toString())) {
            return false;
        }
    }
    const QJsonObject properties = condition.value(kProperties).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (object.contains(it.key()) && !matches(it.value().toObject(), object.value(it.key()))) {
            return false;
        }
    }
    return true;
}

bool FormSchema::isVisible(const QJsonObject& section, const QJsonObject& data)
{
    const QJsonObject when = section.value(QStringLiteral("visible_when")).toObject();
    if (when.isEmpty()) {
        return true;
    }
    const QJsonValue actual = FormData::valueIn(data, when.value(QStringLiteral("field")).toString());
    return actual == when.value(QStringLiteral("equals"));
}

namespace {

void collectHidden(const QJsonArray& sections, const QJsonObject& data, QStringList& hidden)
{
    for (const QJsonValue& value : sections) {
        const QJsonObject section = value.toObject();
        const QString path = section.value(QStringLiteral("path")).toString();
        if (!FormSchema::isVisible(section, data)) {
            if (!path.isEmpty() && !path.contains(u'*')) {
                hidden << path;
            }
            continue;
        }
        collectHidden(section.value(QStringLiteral("sections")).toArray(), data, hidden);
    }
}

} // namespace

QJsonObject FormSchema::withoutHiddenSections(const QJsonObject& layout, const QJsonObject& data)
{
    QStringList hidden;
    collectHidden(layout.value(QStringLiteral("sections")).toArray(), data, hidden);
    if (hidden.isEmpty()) {
        return data;
    }
    FormData stripped(data);
    for (const QString& path : std::as_const(hidden)) {
        stripped.remove(path);
    }
    return stripped.data();
}

} // namespace inlinea::forms
