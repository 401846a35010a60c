#pragma once

#include <QDateTime>
#include <QString>

namespace inlinea::auth {

// The session the portal granted: kept only in the system keyring (TokenStore), never in files or logs.
struct Tokens {
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt; // UTC
    QString authMethod;        // "cns", "spid", "password"

    [[nodiscard]] bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    friend bool operator==(const Tokens&, const Tokens&) = default;
};

} // namespace inlinea::auth
