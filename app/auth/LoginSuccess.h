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

    // Who this is when nome and cognome are unknown: the codice fiscale, or the User ID of an account registered
    // without one (Profilo Base).
    [[nodiscard]] QString identifier() const { return codiceFiscale.isEmpty() ? userId : codiceFiscale; }

    // What this user's data on this computer are filed under, upper case as the settings and file names keep it: the
    // codice fiscale, or the prefixed User ID, which cannot be mistaken for one.
    [[nodiscard]] QString storageKey() const { return storageKeyOf(codiceFiscale, userId); }
    [[nodiscard]] static QString storageKeyOf(const QString& codiceFiscale, const QString& userId)
    {
        return codiceFiscale.isEmpty() ? kUserIdKeyPrefix + userId.toUpper() : codiceFiscale.toUpper();
    }
    // The identifier() a storage key was made from.
    [[nodiscard]] static QString identifierOf(const QString& storageKey)
    {
        return storageKey.startsWith(kUserIdKeyPrefix, Qt::CaseInsensitive) ? storageKey.mid(kUserIdKeyPrefix.size())
                                                                            : storageKey;
    }

private:
    static constexpr QLatin1StringView kUserIdKeyPrefix{"USER:"};
};

// What every login method ends with: the portal's tokens and who they belong to.
struct LoginSuccess {
    Tokens tokens;
    LoggedInUser user;

    // The portal's token answer ({access_token, refresh_token, expires_in, user}); nullopt without both tokens.
    [[nodiscard]] static std::optional<LoginSuccess> fromTokenAnswer(const QByteArray& json, const QString& authMethod);
};

} // namespace inlinea::auth
