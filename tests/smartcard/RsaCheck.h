#pragma once

#include <QByteArray>

namespace inlinea::test {

// block^e mod n with the public key of a DER certificate: true when it gives back `expected` (so `block` is
// expected^d mod n, made with the certificate's private key). Uses OpenSSL, for tests only.
[[nodiscard]] bool rsaPublicRecovers(const QByteArray& certificateDer, const QByteArray& block,
                                     const QByteArray& expected);

// A PKCS#1 v1.5 type 1 block of `size` bytes around the SHA-256 DigestInfo of `message`.
[[nodiscard]] QByteArray pkcs1Sha256Block(const QByteArray& message, int size = 256);

} // namespace inlinea::test
