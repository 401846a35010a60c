#pragma once

#include "FieldError.h"
#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace inlinea::domain {

// An Italian partita IVA (11 digits: 7 company number, 3 provincial office, 1 check digit). Companies' and public
// bodies' 11-digit codici fiscali follow the same rules.
class PartitaIva {
public:
    // Trims, then checks in the order shared with the portal: required, length, invalid_character (leftmost),
    // zero_company_number, check_digit. No "IT" prefix: that is the EU VAT number, not the partita IVA.
    [[nodiscard]] static Result<PartitaIva, FieldError> parse(QStringView text);
    // The check digit of the first 10 digits. Precondition: exactly 10 ASCII digits.
    [[nodiscard]] static int checkDigit(QStringView first10);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] QString companyNumber() const { return m_text.left(7); }
    [[nodiscard]] QString officeCode() const { return m_text.mid(7, 3); }

private:
    explicit PartitaIva(QString text);

    QString m_text;
};

} // namespace inlinea::domain
