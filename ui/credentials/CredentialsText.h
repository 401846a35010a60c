#pragma once

#include "app/auth/CredentialsApi.h"
#include "app/domain/PasswordPolicy.h"
#include "app/domain/UserIdRule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace inlinea::ui {

// The sentences of the portal's own credentials: rules, problems and errors, each saying what to do.
class CredentialsText {
    Q_DECLARE_TR_FUNCTIONS(CredentialsText)
public:
    // "Il carattere «.» (posizione 5) non è ammesso: …" — the exact rule that fails.
    [[nodiscard]] static QString userIdProblem(const domain::UserIdProblem& problem,
                                               const domain::UserIdRule::Settings& rule);
    // The whole User ID rule in one sentence, shown before the user types.
    [[nodiscard]] static QString userIdRule(const domain::UserIdRule::Settings& rule);
    // One unmet password requirement ("Almeno una cifra").
    [[nodiscard]] static QString passwordProblem(domain::PasswordProblem::Code code,
                                                 const domain::PasswordPolicy::Settings& policy);
    // Every unmet requirement, one per line; empty when there is none.
    [[nodiscard]] static QString passwordProblems(const QList<domain::PasswordProblem::Code>& codes,
                                                  const domain::PasswordPolicy::Settings& policy);
    // The policy stated in full, as the portal enforces it.
    [[nodiscard]] static QString passwordPolicy(const domain::PasswordPolicy::Settings& policy);
    // 0..4 → "Molto debole" … "Molto robusta".
    [[nodiscard]] static QString strength(int level);

    // Registration types and profiles of the portal (codes of /api/v1/info).
    [[nodiscard]] static QString typeName(const QString& code);
    [[nodiscard]] static QString typeExplanation(const QString& code);
    [[nodiscard]] static QString profileName(const QString& code);
    [[nodiscard]] static QString profileExplanation(const QString& code);

    // A failed request about credentials: what happened and what to do (a lockout says until when, local time).
    [[nodiscard]] static QString error(const auth::CredentialsError& error);
    // A 422 of the portal on one field ("/user_id", "/password", ...), in the words the form uses.
    [[nodiscard]] static QString fieldProblem(const portal::FieldProblem& problem, const QString& value,
                                              const domain::PasswordPolicy::Settings& policy,
                                              const domain::UserIdRule::Settings& rule);
};

} // namespace inlinea::ui
