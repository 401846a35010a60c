#pragma once

#include "Tokens.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace inlinea::auth {

struct LoggedInUser {
    QString codiceFiscale;
    QString nome;
    QString cognome;
    bool emailConfirmed = false;
    QString userId; // password logins: the User ID as registered

    // What this user's data on this computer are filed under: the codice fiscale, or the User ID of an account
    // registered without one (Profilo Base).
    [[nodiscard]] QString storageKey() const { return storageKeyOf(codiceFiscale, userId); }
    [[nodiscard]] static QString storageKeyOf(const QString& codiceFiscale, const QString& userId)
    {
        return codiceFiscale.isEmpty() ? QStringLiteral("user:") + userId.toLower() : codiceFiscale;
    }
};

// What every login method ends with: the portal's tokens and who they belong to.
struct LoginSuccess {
    Tokens tokens;
    LoggedInUser user;

    // The portal's token answer ({access_token, refresh_token, expires_in, user}); nullopt without both tokens.
    [[nodiscard]] static std::optional<LoginSuccess> fromTokenAnswer(const QByteArray& json, const QString& authMethod);
};

} // namespace inlinea::auth
