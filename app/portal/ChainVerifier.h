#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace inlinea::portal {

// Verifies a server's certificate chain for a host against given trust anchors only (OpenSSL's X509 store with the
// usual checks: signatures, validity dates, purpose, host name). For the embedded browser, which does not know the
// extra CA the user configured for the portal.
class ChainVerifier {
public:
    [[nodiscard]] static bool verify(const QList<QSslCertificate>& chain, const QList<QSslCertificate>& anchors,
                                     const QString& host);
};

} // namespace inlinea::portal
