#include "FieldError.h"

#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

using C = FieldError::Code;

// Spelled as in docs/anagrafiche-api.md; the portal sends and expects exactly these.
constexpr std::array<std::pair<C, const char16_t*>, 14> kNames{{
    {C::Required, u"required"},
    {C::Length, u"length"},
    {C::InvalidCharacter, u"invalid_character"},
    {C::InvalidMonth, u"invalid_month"},
    {C::InvalidDay, u"invalid_day"},
    {C::NonexistentDate, u"nonexistent_date"},
    {C::CheckCharacter, u"check_character"},
    {C::CheckDigit, u"check_digit"},
    {C::ZeroCompanyNumber, u"zero_company_number"},
    {C::UnknownProvince, u"unknown_province"},
    {C::InvalidFormat, u"invalid_format"},
    {C::FutureDate, u"future_date"},
    {C::Mismatch, u"mismatch"},
    {C::ReadOnly, u"read_only"},
}};

} // namespace

FieldError FieldError::required()
{
    return FieldError{};
}

FieldError FieldError::wrongLength(int length, int requiredLength, int alternativeLength)
{
    FieldError error;
    error.code = Code::Length;
    error.length = length;
    error.requiredLength = requiredLength;
    error.alternativeLength = alternativeLength;
    return error;
}

FieldError FieldError::invalidCharacter(int position, QString found, Expected expectedKind)
{
    FieldError error;
    error.code = expectedKind == Expected::MonthLetter ? Code::InvalidMonth : Code::InvalidCharacter;
    error.position = position;
    error.found = std::move(found);
    error.expectedKind = expectedKind;
    return error;
}

FieldError FieldError::invalidFormat(Expected expectedKind, Reason reason, QString found)
{
    FieldError error;
    error.code = Code::InvalidFormat;
    error.expectedKind = expectedKind;
    error.reason = reason;
    error.found = std::move(found);
    return error;
}

FieldError FieldError::nonexistentDate(int day, int month, int year, int yearDigits)
{
    FieldError error;
    error.code = Code::NonexistentDate;
    error.day = day;
    error.month = month;
    error.year = year;
    error.yearDigits = yearDigits;
    return error;
}

QString codeName(FieldError::Code code)
{
    for (const auto& [value, name] : kNames) {
        if (value == code) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<FieldError::Code> codeFromName(QStringView name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QStringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace inlinea::domain
