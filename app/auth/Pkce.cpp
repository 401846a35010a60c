#include "Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace inlinea::auth {

namespace {

QByteArray randomBase64Url(int bytes)
{
    QByteArray raw(bytes, '\0');
    // The system generator (getrandom on Linux): cryptographically secure, unlike global()'s seeded engine.
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomBase64Url(32);
    pkce.challenge = challengeFor(pkce.verifier);
    pkce.state = randomBase64Url(16);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace inlinea::auth
