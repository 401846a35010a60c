#pragma once

#include "app/domain/FieldCheck.h"
#include "app/forms/FormSchema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace inlinea::ui {

// One field of a procedimento's form at a concrete data pointer: what the layout and the schema say about it, how
// its value is shown and stored, and what is wrong with a value (in words).
class FormFieldSpec {
    Q_DECLARE_TR_FUNCTIONS(FormFieldSpec)
public:
    enum class Kind { Text, Enum, Boolean, Integer, Number, Date, MultiEnum };

    struct Problem {
        QString message;
        bool definite = false; // no further typing can fix it
        bool missing = false;  // a required value not given yet
    };

    QString pointer;
    QString label;
    QString help;
    QString unit;
    Kind kind = Kind::Text;
    domain::FieldRule rule = domain::FieldRule::Text;
    QStringList enumValues;
    std::optional<double> minimum;
    std::optional<double> maximum;
    QString pattern;
    int maxLength = 0;
    bool required = false;

    // `layoutField` is an entry of a section's `fields`; `pointer` its path with the item indices put in.
    [[nodiscard]] static FormFieldSpec make(const forms::FormSchema& schema, const QJsonObject& layoutField,
                                            const QString& pointer, const QJsonObject& data);
    // Puts indices[i] in place of the i-th `*` of a layout path.
    [[nodiscard]] static QString concrete(const QString& path, const QList<int>& indices);
    // An enum value as the user reads it: "legale_rappresentante" → "Legale rappresentante".
    [[nodiscard]] static QString humanized(const QString& value);

    // A stored value as the editor shows it (dates gg/mm/aaaa, decimal comma).
    [[nodiscard]] QString text(const QJsonValue& stored) const;
    // The value to store for what the user typed; undefined when there is nothing (or nothing valid) to store.
    [[nodiscard]] QJsonValue stored(const QString& text) const;
    // What is wrong with the typed text (Text, Enum, Integer, Number, Date kinds).
    [[nodiscard]] std::optional<Problem> check(const QString& text) const;
    // What is wrong with a stored value, any kind.
    [[nodiscard]] std::optional<Problem> checkStored(const QJsonValue& stored) const;

private:
    [[nodiscard]] std::optional<Problem> checkNumber(double value) const;
};

} // namespace inlinea::ui
