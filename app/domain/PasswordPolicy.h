#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace inlinea::domain {

struct PasswordProblem {
    enum class Code { TooShort, TooLong, NoLowercase, NoUppercase, NoDigit, NoSymbol, ContainsUserId, SameAsCurrent };

    // The portal's code ("too_short", "no_symbol", ...), as in its field errors and the shared vectors.
    [[nodiscard]] static QString codeName(Code code);
    [[nodiscard]] static std::optional<Code> codeFromName(const QString& name);
};

// The portal's password policy, as GET /api/v1/info states it, checked before sending so the user sees every
// unmet requirement at once. The portal enforces it again; this check only spares a round trip.
class PasswordPolicy {
public:
    enum class Requirement { Lowercase, Uppercase, Digit, Symbol };

    // "password_policy" of /api/v1/info; the defaults are the contract's values.
    struct Settings {
        int minLength = 10;
        int maxLength = 128;
        QList<Requirement> require = {Requirement::Lowercase, Requirement::Uppercase, Requirement::Digit,
                                      Requirement::Symbol};
    };

    PasswordPolicy() = default;
    explicit PasswordPolicy(Settings settings);

    [[nodiscard]] const Settings& settings() const noexcept { return m_settings; }

    // Every failing code, in the order of PasswordProblem::Code; empty when the password is acceptable. Lengths count
    // characters (code points). The User ID must not appear in the password, case-insensitively; `current`, when
    // given (a change), must differ from the new password.
    [[nodiscard]] QList<PasswordProblem::Code> check(const QString& password, const QString& userId,
                                                     const QString& current = {}) const;

    // A 0..4 estimate for a strength meter, independent of the policy:
    //   length points: fewer than 8 characters 0, 8–9 → 1, 10–13 → 2, 14–17 → 3, 18 or more → 4;
    //   classes: how many of lowercase, uppercase, digit, symbol occur (0..4);
    //   strength = min(length points, classes).
    // Taking the minimum means neither a long single-class string nor a short mixed one looks strong.
    [[nodiscard]] static int strength(const QString& password);

    [[nodiscard]] static std::optional<Requirement> requirementFromName(const QString& name);

private:
    Settings m_settings;
};

} // namespace inlinea::domain
