#include "PartitaIva.h"

#include "FieldText.h"

#include <cassert>
#include <utility>

namespace inlinea::domain {

PartitaIva::PartitaIva(QString text)
    : m_text(std::move(text))
{}

Result<PartitaIva, FieldError> PartitaIva::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Keep);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    if (value.size() != 11) {
        return fail(FieldError::wrongLength(FieldText::size(value), 11));
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!FieldText::isDigit(value[i])) {
            return fail(FieldError::invalidCharacter(static_cast<int>(i) + 1, FieldText::toQString(value[i]),
                                                     FieldError::Expected::Digit));
        }
    }
    QString digits = FieldText::toQString(value);
    // No company has number 0000000: such a value is a placeholder, even when its check digit happens to be right.
    if (digits.startsWith(QStringLiteral("0000000"))) {
        FieldError error;
        error.code = FieldError::Code::ZeroCompanyNumber;
        return fail(std::move(error));
    }
    const int expected = checkDigit(QStringView(digits).left(10));
    if (FieldText::digitValue(value[10]) != expected) {
        FieldError error;
        error.code = FieldError::Code::CheckDigit;
        error.found = digits.right(1);
        error.expected = QString::number(expected);
        return fail(std::move(error));
    }
    return PartitaIva(std::move(digits));
}

int PartitaIva::checkDigit(QStringView first10)
{
    assert(first10.size() == 10);
    int sum = 0;
    for (qsizetype i = 0; i < first10.size(); ++i) {
        int digit = first10[i].unicode() - u'0';
        // 1-based even positions (index 1, 3, ...) are doubled, and 9 taken off a two-digit result (Luhn).
        if (i % 2 == 1) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
    }
    return (10 - sum % 10) % 10;
}

} // namespace inlinea::domain
