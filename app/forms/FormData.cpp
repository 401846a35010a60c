#include "FormData.h"

#include <QJsonArray>

#include <optional>

namespace inlinea::forms {

namespace {

std::optional<qsizetype> arrayIndex(const QString& token, qsizetype size, bool allowEnd)
{
    if (token == QStringLiteral("-")) {
        return allowEnd ? std::optional<qsizetype>(size) : std::nullopt;
    }
    if (token.isEmpty() || (token.size() > 1 && token.startsWith(QLatin1Char('0')))) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong index = token.toLongLong(&ok);
    if (!ok || index < 0 || index > size || (index == size && !allowEnd)) {
        return std::nullopt;
    }
    return static_cast<qsizetype>(index);
}

bool looksLikeIndex(const QString& token)
{
    if (token == QStringLiteral("-")) {
        return true;
    }
    bool ok = false;
    token.toLongLong(&ok);
    return ok && !token.startsWith(QLatin1Char('+')) && !token.startsWith(QLatin1Char('-'));
}

// Returns the updated node, or nullopt when the path cannot be followed.
std::optional<QJsonValue> updated(const QJsonValue& node, const QStringList& tokens, qsizetype at,
                                  const QJsonValue& value, bool removing)
{
    if (at == tokens.size()) {
        return value;
    }
    const QString& token = tokens.at(at);
    const bool last = at + 1 == tokens.size();
    QJsonValue current = node;
    if (current.isUndefined() || current.isNull()) {
        if (removing) {
            return std::nullopt;
        }
        current = looksLikeIndex(token) ? QJsonValue(QJsonArray{}) : QJsonValue(QJsonObject{});
    }
    if (current.isObject()) {
        QJsonObject object = current.toObject();
        if (removing && last) {
            if (!object.contains(token)) {
                return std::nullopt;
            }
            object.remove(token);
            return object;
        }
        const auto inner = updated(object.value(token), tokens, at + 1, value, removing);
        if (!inner) {
            return std::nullopt;
        }
        object.insert(token, *inner);
        return object;
    }
    if (current.isArray()) {
        QJsonArray array = current.toArray();
        const auto index = arrayIndex(token, array.size(), !removing);
        if (!index) {
            return std::nullopt;
        }
        if (removing && last) {
            array.removeAt(*index);
            return array;
        }
        const QJsonValue old = *index < array.size() ? array.at(*index) : QJsonValue(QJsonValue::Undefined);
        const auto inner = updated(old, tokens, at + 1, value, removing);
        if (!inner) {
            return std::nullopt;
        }
        if (*index == array.size()) {
            array.append(*inner);
        } else {
            array.replace(*index, *inner);
        }
        return array;
    }
    return std::nullopt;
}

} // namespace

FormData::FormData(QJsonObject data, QObject* parent)
    : QObject(parent)
    , m_data(std::move(data))
{}

void FormData::setData(const QJsonObject& data)
{
    m_data = data;
    Q_EMIT changed(QString());
}

QStringList FormData::split(const QString& pointer, bool* ok)
{
    if (ok) {
        *ok = true;
    }
    if (pointer.isEmpty()) {
        return {};
    }
    if (!pointer.startsWith(QLatin1Char('/'))) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString& token : tokens) {
        token = unescape(token);
    }
    return tokens;
}

QString FormData::join(const QStringList& tokens)
{
    QString pointer;
    for (const QString& token : tokens) {
        pointer += QLatin1Char('/') + escape(token);
    }
    return pointer;
}

QString FormData::escape(const QString& token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return escaped;
}

QString FormData::unescape(const QString& token)
{
    QString plain = token;
    plain.replace(QStringLiteral("~1"), QStringLiteral("/"));
    plain.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return plain;
}

QString FormData::child(const QString& pointer, const QString& token)
{
    return pointer + QLatin1Char('/') + escape(token);
}

QString FormData::child(const QString& pointer, int index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QJsonValue FormData::value(const QString& pointer) const
{
    bool ok = false;
    const QStringList tokens = split(pointer, &ok);
    return ok ? valueIn(m_data, tokens) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue FormData::valueIn(const QJsonValue& root, const QStringList& tokens)
{
    QJsonValue node = root;
    for (const QString& token : tokens) {
        if (node.isObject()) {
            node = node.toObject().value(token);
        } else if (node.isArray()) {
            const QJsonArray array = node.toArray();
            const auto index = arrayIndex(token, array.size(), false);
            if (!index) {
                return QJsonValue(QJsonValue::Undefined);
            }
            node = array.at(*index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

QJsonValue FormData::valueIn(const QJsonObject& data, const QString& pointer)
{
    bool ok = false;
    const QStringList tokens = split(pointer, &ok);
    return ok ? valueIn(QJsonValue(data), tokens) : QJsonValue(QJsonValue::Undefined);
}

bool FormData::contains(const QString& pointer) const
{
    return !value(pointer).isUndefined();
}

bool FormData::update(const QString& pointer, const QJsonValue& value, bool removing)
{
    bool ok = false;
    const QStringList tokens = split(pointer, &ok);
    if (!ok) {
        return false;
    }
    if (tokens.isEmpty()) {
        if (removing || !value.isObject()) {
            return false;
        }
        setData(value.toObject());
        return true;
    }
    const auto result = updated(m_data, tokens, 0, value, removing);
    if (!result || !result->isObject()) {
        return false;
    }
    m_data = result->toObject();
    return true;
}

bool FormData::setValue(const QString& pointer, const QJsonValue& value)
{
    if (value == this->value(pointer)) {
        return true;
    }
    if (!update(pointer, value, false)) {
        return false;
    }
    Q_EMIT changed(pointer);
    return true;
}

bool FormData::remove(const QString& pointer)
{
    if (!update(pointer, QJsonValue(), true)) {
        return false;
    }
    Q_EMIT changed(pointer);
    return true;
}

int FormData::itemCount(const QString& arrayPointer) const
{
    return static_cast<int>(value(arrayPointer).toArray().size());
}

bool FormData::insertItem(const QString& arrayPointer, int index, const QJsonValue& item)
{
    const QJsonValue existing = value(arrayPointer);
    if (!existing.isUndefined() && !existing.isNull() && !existing.isArray()) {
        return false;
    }
    QJsonArray array = existing.toArray();
    const qsizetype at = index < 0 || index > array.size() ? array.size() : index;
    array.insert(at, item);
    if (!update(arrayPointer, array, false)) {
        return false;
    }
    Q_EMIT changed(arrayPointer);
    return true;
}

bool FormData::removeItem(const QString& arrayPointer, int index)
{
    QJsonArray array = value(arrayPointer).toArray();
    if (index < 0 || index >= array.size()) {
        return false;
    }
    array.removeAt(index);
    if (!update(arrayPointer, array, false)) {
        return false;
    }
    Q_EMIT changed(arrayPointer);
    return true;
}

} // namespace inlinea::forms
