#include "UserIdRule.h"

#include <QList>

#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

using Code = UserIdProblem::Code;

constexpr std::array<std::pair<Code, const char*>, 7> CodeNames{{
    {Code::TooShort, "too_short"},
    {Code::TooLong, "too_long"},
    {Code::Space, "space"},
    {Code::Dot, "dot"},
    {Code::Asterisk, "asterisk"},
    {Code::AccentedLetter, "accented_letter"},
    {Code::SpecialCharacter, "special_character"},
}};

bool isAsciiLetterOrDigit(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

// Python's str.isspace(), which the portal uses: Qt's isSpace() plus the four information separators U+001C–U+001F.
bool isWhitespace(char32_t c)
{
    return QChar::isSpace(c) || (c >= 0x1C && c <= 0x1F);
}

std::optional<Code> characterProblem(char32_t c, const QString& allowedSpecial)
{
    if (isAsciiLetterOrDigit(c)) {
        return std::nullopt;
    }
    if (isWhitespace(c)) {
        return Code::Space;
    }
    if (c == U'.') {
        return Code::Dot;
    }
    if (c == U'*') {
        return Code::Asterisk;
    }
    if (c < 0x80 && allowedSpecial.contains(QChar(c))) {
        return std::nullopt;
    }
    // Any letter outside ASCII (à, ç, ñ, ß, Greek, Cyrillic, ...): the portal names them all "accented".
    if (c >= 0x80 && QChar::isLetter(c)) {
        return Code::AccentedLetter;
    }
    return Code::SpecialCharacter;
}

} // namespace

QString UserIdProblem::codeName(Code code)
{
    for (const auto& [value, name] : CodeNames) {
        if (value == code) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<UserIdProblem::Code> UserIdProblem::codeFromName(const QString& name)
{
    for (const auto& [value, text] : CodeNames) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

QString UserIdProblem::characterText() const
{
    if (codePoint == 0) {
        return {};
    }
    return QString::fromUcs4(&codePoint, 1);
}

std::optional<UserIdProblem> UserIdRule::check(const QString& userId)
{
    return check(userId, Settings{});
}

std::optional<UserIdProblem> UserIdRule::check(const QString& userId, const Settings& settings)
{
    int length = 0;
    for (const char32_t c : userId.toUcs4()) {
        ++length;
        if (const auto code = characterProblem(c, settings.allowedSpecial)) {
            const QChar character = QChar::requiresSurrogates(c) ? QChar(QChar::ReplacementCharacter) : QChar(c);
            return UserIdProblem{*code, character, length, c};
        }
    }
    if (length < settings.minLength) {
        return UserIdProblem{Code::TooShort, QChar(), 0, 0};
    }
    if (length > settings.maxLength) {
        return UserIdProblem{Code::TooLong, QChar(), 0, 0};
    }
    return std::nullopt;
}

} // namespace inlinea::domain
