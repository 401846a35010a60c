#pragma once

#include <QByteArray>
#include <QString>

namespace inlinea::auth {

// Proof Key for Code Exchange (RFC 7636, S256): the verifier stays in memory until the code is exchanged; the portal
// sees only the challenge in the login URL. Also makes the opaque `state` that binds the answer to the request.
struct Pkce {
    QByteArray verifier;  // 43 characters of base64url from 32 random bytes
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding
    QByteArray state;     // random, checked when the portal answers

    [[nodiscard]] static Pkce generate();
    [[nodiscard]] static QByteArray challengeFor(const QByteArray& verifier);
};

} // namespace inlinea::auth
