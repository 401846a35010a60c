#include "PasswordPolicy.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

using Code = PasswordProblem::Code;

constexpr std::array<std::pair<Code, const char*>, 8> CodeNames{{
    {Code::TooShort, "too_short"},
    {Code::TooLong, "too_long"},
    {Code::NoLowercase, "no_lowercase"},
    {Code::NoUppercase, "no_uppercase"},
    {Code::NoDigit, "no_digit"},
    {Code::NoSymbol, "no_symbol"},
    {Code::ContainsUserId, "contains_user_id"},
    {Code::SameAsCurrent, "same_as_current"},
}};

// Which character classes occur. Unicode-aware like the portal (Python's str.islower/isupper/isdigit/isalnum): "è"
// is a lowercase letter; anything neither letter nor number (spaces included) is a symbol.
struct Classes {
    bool lowercase = false;
    bool uppercase = false;
    bool digit = false;
    bool symbol = false;
    int length = 0;

    [[nodiscard]] int count() const { return int(lowercase) + int(uppercase) + int(digit) + int(symbol); }
};

Classes classesOf(const QString& password)
{
    Classes classes;
    for (const char32_t c : password.toUcs4()) {
        ++classes.length;
        if (QChar::isLower(c)) {
            classes.lowercase = true;
        } else if (QChar::isUpper(c)) {
            classes.uppercase = true;
        } else if (QChar::isDigit(c)) {
            classes.digit = true;
        } else if (!QChar::isLetterOrNumber(c)) {
            classes.symbol = true;
        }
    }
    return classes;
}

} // namespace

QString PasswordProblem::codeName(Code code)
{
    for (const auto& [value, name] : CodeNames) {
        if (value == code) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<PasswordProblem::Code> PasswordProblem::codeFromName(const QString& name)
{
    for (const auto& [value, text] : CodeNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

PasswordPolicy::PasswordPolicy(Settings settings)
    : m_settings(std::move(settings))
{}

std::optional<PasswordPolicy::Requirement> PasswordPolicy::requirementFromName(const QString& name)
{
    if (name == QLatin1String("lowercase")) {
        return Requirement::Lowercase;
    }
    if (name == QLatin1String("uppercase")) {
        return Requirement::Uppercase;
    }
    if (name == QLatin1String("digit")) {
        return Requirement::Digit;
    }
    if (name == QLatin1String("symbol")) {
        return Requirement::Symbol;
    }
    return std::nullopt;
}

QList<PasswordProblem::Code> PasswordPolicy::check(const QString& password, const QString& userId,
                                                   const QString& current) const
{
    const Classes classes = classesOf(password);
    const auto required = [this](Requirement r) { return m_settings.require.contains(r); };
    QList<Code> problems;
    if (classes.length < m_settings.minLength) {
        problems.append(Code::TooShort);
    }
    if (classes.length > m_settings.maxLength) {
        problems.append(Code::TooLong);
    }
    if (required(Requirement::Lowercase) && !classes.lowercase) {
        problems.append(Code::NoLowercase);
    }
    if (required(Requirement::Uppercase) && !classes.uppercase) {
        problems.append(Code::NoUppercase);
    }
    if (required(Requirement::Digit) && !classes.digit) {
        problems.append(Code::NoDigit);
    }
    if (required(Requirement::Symbol) && !classes.symbol) {
        problems.append(Code::NoSymbol);
    }
    if (!userId.isEmpty() && password.toCaseFolded().contains(userId.toCaseFolded())) {
        problems.append(Code::ContainsUserId);
    }
    if (!current.isEmpty() && password == current) {
        problems.append(Code::SameAsCurrent);
    }
    return problems;
}

int PasswordPolicy::strength(const QString& password)
{
    const Classes classes = classesOf(password);
    const int lengthPoints = classes.length < 8    ? 0
                             : classes.length < 10 ? 1
                             : classes.length < 14 ? 2
                             : classes.length < 18 ? 3
                                                   : 4;
    return std::min(lengthPoints, classes.count());
}

} // namespace inlinea::domain
