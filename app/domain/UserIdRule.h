#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace inlinea::domain {

// Why a User ID is refused. For a character: which one and where (1-based, counted in characters — Unicode code
// points — as the portal counts them); for a length: no character, position 0.
struct UserIdProblem {
    enum class Code { TooShort, TooLong, Space, Dot, Asterisk, AccentedLetter, SpecialCharacter };

    Code code = Code::TooShort;
    QChar character;        // the offending character; U+FFFD for one outside the BMP (see codePoint)
    int position = 0;       // 1-based; 0 for TooShort and TooLong
    char32_t codePoint = 0; // the offending character in full (emoji and other non-BMP characters)

    // The portal's code ("too_short", "accented_letter", ...), as in its field errors and the shared vectors.
    [[nodiscard]] static QString codeName(Code code);
    [[nodiscard]] static std::optional<Code> codeFromName(const QString& name);
    // The offending character as text (surrogate pairs included); empty for a length problem.
    [[nodiscard]] QString characterText() const;
};

// The portal's rule for its own User IDs (vectors shared with the portal: tests/data/userid_vectors.json): ASCII
// letters, digits and the characters the portal allows ("_" and "-"), between 8 and 64 characters. The first offending
// character, left to right, is reported before any length problem, so the user fixes what they can see first.
class UserIdRule {
public:
    // What GET /api/v1/info states as "user_id_rule"; the defaults are the contract's values.
    struct Settings {
        int minLength = 8;
        int maxLength = 64;
        QString allowedSpecial = QStringLiteral("_-");
    };

    // Nothing when the User ID is acceptable (uniqueness is for the portal to say). No trimming: a surrounding space
    // is a space.
    [[nodiscard]] static std::optional<UserIdProblem> check(const QString& userId);
    [[nodiscard]] static std::optional<UserIdProblem> check(const QString& userId, const Settings& settings);
};

} // namespace inlinea::domain
