#include "ItalianDate.h"

#include "FieldText.h"

namespace inlinea::domain {

namespace {

// Reads one run of 1..maxDigits ASCII digits from `pos`; -1 when there is none or it is too long.
int readNumber(const std::u32string& text, std::size_t& pos, std::size_t minDigits, std::size_t maxDigits)
{
    const std::size_t start = pos;
    int value = 0;
    while (pos < text.size() && FieldText::isDigit(text[pos])) {
        value = value * 10 + FieldText::digitValue(text[pos]);
        ++pos;
        if (pos - start > maxDigits) {
            return -1;
        }
    }
    return pos - start >= minDigits ? value : -1;
}

bool readSlash(const std::u32string& text, std::size_t& pos)
{
    if (pos < text.size() && text[pos] == U'/') {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

Result<QDate, FieldError> ItalianDate::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Keep);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    std::size_t pos = 0;
    const int day = readNumber(value, pos, 1, 2);
    const bool slash1 = day >= 0 && readSlash(value, pos);
    const int month = slash1 ? readNumber(value, pos, 1, 2) : -1;
    const bool slash2 = month >= 0 && readSlash(value, pos);
    const int year = slash2 ? readNumber(value, pos, 4, 4) : -1;
    if (year < 0 || pos != value.size()) {
        return fail(FieldError::invalidFormat(FieldError::Expected::DateGgMmAaaa));
    }
    // QDate has no year 0 (it jumps from -1 to 1), so it would not reject 0000 by itself.
    if (year == 0 || !QDate::isValid(year, month, day)) {
        return fail(FieldError::nonexistentDate(day, month, year));
    }
    return QDate(year, month, day);
}

Result<QDate, FieldError> ItalianDate::parseBirthDate(QStringView text, QDate today)
{
    auto date = parse(text);
    if (date && date.value() > today) {
        FieldError error;
        error.code = FieldError::Code::FutureDate;
        error.day = date->day();
        error.month = date->month();
        error.year = date->year();
        return fail(std::move(error));
    }
    return date;
}

QString ItalianDate::format(QDate date)
{
    return date.toString(u"dd/MM/yyyy");
}

} // namespace inlinea::domain
