#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

namespace inlinea::auth {

struct CardKeyError {
    enum class Kind { NotRsa, OpenSsl };
    Kind kind;
    QString detail;
};

// A private key for Qt's TLS whose RSA operation is done elsewhere (by the smart card): OpenSSL gets an RSA object
// holding only the certificate's public key, with a method whose private operation pads the input on the host and
// hands the full block to `RawRsa`. Works for PKCS#1 v1.5 (TLS 1.2) and RSA-PSS (TLS 1.2/1.3), one call per
// handshake. `RawRsa` runs on the thread doing the handshake and may block there; it must never need the GUI thread.
class CardKey {
public:
    // Takes a block of the key's size, returns block^d mod n of the same size, or a technical error text.
    using RawRsa = std::function<Result<QByteArray, QString>(const QByteArray& block)>;

    [[nodiscard]] static Result<QSslKey, CardKeyError> create(const QSslCertificate& certificate, RawRsa rawRsa);

    // The reason text of the last failure on this thread, as OpenSSL's error queue reports it to the log.
    static constexpr auto ErrorPrefix = "smart card operation failed";
};

} // namespace inlinea::auth
