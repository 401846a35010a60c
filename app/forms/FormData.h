#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QStringList>

namespace inlinea::forms {

// The data of a form being filled in, addressed by JSON pointers (RFC 6901). Every change is announced with the
// pointer it touched, so a draft store can save as the user types.
class FormData : public QObject {
    Q_OBJECT
public:
    explicit FormData(QJsonObject data = {}, QObject* parent = nullptr);

    [[nodiscard]] const QJsonObject& data() const noexcept { return m_data; }
    // Replaces everything; announced as a change of the root ("").
    void setData(const QJsonObject& data);

    // The value at `pointer`; undefined when there is none.
    [[nodiscard]] QJsonValue value(const QString& pointer) const;
    // The same over any JSON: the value at those tokens (or that pointer); undefined when there is none.
    [[nodiscard]] static QJsonValue valueIn(const QJsonValue& root, const QStringList& tokens);
    [[nodiscard]] static QJsonValue valueIn(const QJsonObject& data, const QString& pointer);
    [[nodiscard]] bool contains(const QString& pointer) const;
    // Sets the value, creating missing objects (or arrays, when the next token is an index or "-") on the way.
    // Returns false when the pointer is malformed or crosses a scalar.
    bool setValue(const QString& pointer, const QJsonValue& value);
    // Removes the member or array item (later items shift down). Returns false when there was nothing.
    bool remove(const QString& pointer);

    // Number of items of the array at `pointer` (0 when there is no array).
    [[nodiscard]] int itemCount(const QString& arrayPointer) const;
    // Inserts `item` at `index` (clamped; -1 appends), creating the array when missing.
    bool insertItem(const QString& arrayPointer, int index, const QJsonValue& item = QJsonObject{});
    bool removeItem(const QString& arrayPointer, int index);

    // RFC 6901 helpers.
    [[nodiscard]] static QStringList split(const QString& pointer, bool* ok = nullptr);
    [[nodiscard]] static QString join(const QStringList& tokens);
    [[nodiscard]] static QString escape(const QString& token);
    [[nodiscard]] static QString unescape(const QString& token);
    [[nodiscard]] static QString child(const QString& pointer, const QString& token);
    [[nodiscard]] static QString child(const QString& pointer, int index);

Q_SIGNALS:
    // Something at or under `pointer` changed ("" for the whole document).
    void changed(const QString& pointer);

private:
    bool update(const QString& pointer, const QJsonValue& value, bool removing);

    QJsonObject m_data;
};

} // namespace inlinea::forms
