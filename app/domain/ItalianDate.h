#pragma once

#include "FieldError.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace inlinea::domain {

// Dates as users type them in Italy: gg/mm/aaaa. One- or two-digit day and month are accepted (1/2/2024, as people
// write and as date pickers print), the year always has four digits (a two-digit year is ambiguous for birth dates),
// the separator is "/" only, with no inner spaces. The wire format (ISO 8601) is not this class's business.
class ItalianDate {
public:
    // Trims, then: required, invalid_format, nonexistent_date (day 0, month 13, 31/04, 29/02 of a common year,
    // year 0000).
    [[nodiscard]] static Result<QDate, FieldError> parse(QStringView text);
    // parse(), then future_date when the date is after `today`.
    [[nodiscard]] static Result<QDate, FieldError> parseBirthDate(QStringView text, QDate today);
    // dd/MM/yyyy, e.g. 22/08/1974.
    [[nodiscard]] static QString format(QDate date);
};

} // namespace inlinea::domain
