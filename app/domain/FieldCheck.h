#pragma once

#include "FieldError.h"

#include <QDate>
#include <QString>

#include <optional>

namespace inlinea::domain {

// What a form field holds, and so which rule of app/domain checks it.
enum class FieldRule {
    Text,                 // free text: only "required" applies
    CodiceFiscalePersona, // 16 characters
    CodiceFiscale,        // 16 characters, or 11 digits (companies and bodies)
    PartitaIva,
    Cap,
    Provincia,
    Email,
    Pec,
    BirthDate, // gg/mm/aaaa, not after today
};

// The first error of a field's value, or nothing. Empty values are fine unless `required`.
class FieldCheck {
public:
    [[nodiscard]] static std::optional<FieldError> check(FieldRule rule, const QString& text, bool required,
                                                         QDate today = QDate::currentDate());
    // Whether the user could still make this error go away by typing on at the end of the value: such errors wait
    // until the user leaves the field (no "too short" after the first character).
    [[nodiscard]] static bool isDefinite(const FieldError& error);
    // Codes, CAP and provincia are kept upper-case.
    [[nodiscard]] static bool isCode(FieldRule rule);
    // The value as it is stored: trimmed; codes upper-cased; a date as ISO yyyy-MM-dd (unchanged if not a date).
    [[nodiscard]] static QString normalized(FieldRule rule, const QString& text);
    // A stored value as the field shows it: ISO dates as gg/mm/aaaa.
    [[nodiscard]] static QString displayed(FieldRule rule, const QString& stored);
};

} // namespace inlinea::domain
