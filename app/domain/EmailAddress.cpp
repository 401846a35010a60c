#include "EmailAddress.h"

#include "FieldText.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace inlinea::domain {

namespace {

using R = FieldError::Reason;

constexpr std::u32string_view kAtextSymbols = U"!#$%&'*+/=?^_`{|}~-";

bool isAsciiAlnum(char32_t c)
{
    return FieldText::isDigit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

bool isAtext(char32_t c)
{
    return isAsciiAlnum(c) || kAtextSymbols.find(c) != std::u32string_view::npos;
}

FieldError malformed(R reason, char32_t found = 0)
{
    return FieldError::invalidFormat(FieldError::Expected::EmailAddress, reason,
                                     found != 0 ? FieldText::toQString(found) : QString());
}

Status<FieldError> checkLocalPart(std::u32string_view local)
{
    if (local.empty()) {
        return fail(malformed(R::EmptyLocalPart));
    }
    if (local.size() > 64) {
        return fail(malformed(R::LocalPartTooLong));
    }
    for (const char32_t c : local) {
        if (c != U'.' && !isAtext(c)) {
            return fail(malformed(R::LocalPartCharacter, c));
        }
    }
    if (local.front() == U'.' || local.back() == U'.' || local.find(U"..") != std::u32string_view::npos) {
        return fail(malformed(R::MisplacedDot));
    }
    return Ok{};
}

Status<FieldError> checkDomain(std::u32string_view domain)
{
    if (domain.empty()) {
        return fail(malformed(R::EmptyDomain));
    }
    if (domain.find(U'.') == std::u32string_view::npos) {
        return fail(malformed(R::DomainWithoutDot));
    }
    std::u32string_view label;
    std::size_t start = 0;
    while (start <= domain.size()) {
        const std::size_t dot = std::min(domain.find(U'.', start), domain.size());
        label = domain.substr(start, dot - start);
        if (label.empty()) {
            return fail(malformed(R::EmptyDomainLabel));
        }
        for (const char32_t c : label) {
            if (c != U'-' && !isAsciiAlnum(c)) {
                return fail(malformed(R::DomainLabelCharacter, c));
            }
        }
        if (label.front() == U'-' || label.back() == U'-') {
            return fail(malformed(R::DomainLabelHyphen));
        }
        if (label.size() > 63) {
            return fail(malformed(R::DomainLabelTooLong));
        }
        start = dot + 1;
    }
    // `label` is now the top-level one: an all-digit one would be an IP address.
    if (label.size() < 2 || FieldText::allDigits(label)) {
        return fail(malformed(R::TopLevelDomain));
    }
    return Ok{};
}

} // namespace

EmailAddress::EmailAddress(QString text)
    : m_text(std::move(text))
{}

Result<EmailAddress, FieldError> EmailAddress::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Keep);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    const std::size_t at = value.find(U'@');
    if (at == std::u32string::npos) {
        return fail(malformed(R::MissingAt));
    }
    if (value.find(U'@', at + 1) != std::u32string::npos) {
        return fail(malformed(R::MultipleAt));
    }
    const std::u32string_view all(value);
    if (const auto local = checkLocalPart(all.substr(0, at)); !local) {
        return fail(local.error());
    }
    if (const auto domain = checkDomain(all.substr(at + 1)); !domain) {
        return fail(domain.error());
    }
    // Checked last so that a long address with a plainer fault hears about that fault.
    if (value.size() > 254) {
        return fail(malformed(R::TooLong));
    }
    return EmailAddress(FieldText::toQString(value));
}

QString EmailAddress::localPart() const
{
    return m_text.left(m_text.indexOf(u'@'));
}

QString EmailAddress::domain() const
{
    return m_text.mid(m_text.indexOf(u'@') + 1);
}

} // namespace inlinea::domain
