#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace inlinea::forms {

// What the JSON Schema (2020-12) of a form says about one field, addressed by a data pointer: "/a/0/b" or, for
// every item of a repeated group, "/a/*/b". Understands properties, items, $ref into $defs, required, and the
// if/then required of allOf.
class FormSchema {
public:
    enum class Type { Unknown, String, Number, Integer, Boolean, Object, Array };

    explicit FormSchema(QJsonObject schema = {});

    [[nodiscard]] const QJsonObject& root() const noexcept { return m_root; }
    // The schema node of the value at `pointer`; empty when the schema does not describe it.
    [[nodiscard]] QJsonObject node(const QString& pointer) const;
    [[nodiscard]] Type type(const QString& pointer) const;
    [[nodiscard]] static Type typeOf(const QJsonObject& node);
    // Allowed values of a string (or of the items of an array of strings), in schema order.
    [[nodiscard]] QStringList enumValues(const QString& pointer) const;
    [[nodiscard]] QString format(const QString& pointer) const;
    [[nodiscard]] std::optional<double> minimum(const QString& pointer) const;
    [[nodiscard]] std::optional<double> maximum(const QString& pointer) const;
    [[nodiscard]] QString pattern(const QString& pointer) const;
    [[nodiscard]] int maxLength(const QString& pointer) const; // 0: no limit
    // Whether the value must be present: listed in its parent's `required`, or in the `then.required` of an
    // allOf/if of the parent whose `if` holds for `data`. `pointer` must name concrete items (no `*`) when the
    // condition depends on data inside an item.
    [[nodiscard]] bool isRequired(const QString& pointer, const QJsonObject& data = {}) const;

    // Whether a layout section (or field) with `visible_when: {field, equals}` is shown for `data`.
    [[nodiscard]] static bool isVisible(const QJsonObject& section, const QJsonObject& data);
    // The data without the values of sections hidden for it (visible_when false): what the user sees is what is
    // sent. Values typed in a section and then hidden by an answer stay in the draft, in case the answer changes
    // back, but the portal would check them.
    [[nodiscard]] static QJsonObject withoutHiddenSections(const QJsonObject& layout, const QJsonObject& data);
    // Whether `value` satisfies the subset of JSON Schema used in conditions: const, enum, type, required,
    // properties.
    [[nodiscard]] static bool matches(const QJsonObject& condition, const QJsonValue& value);

private:
    [[nodiscard]] QJsonObject resolved(const QJsonObject& node) const;

    QJsonObject m_root;
};

} // namespace inlinea::forms
