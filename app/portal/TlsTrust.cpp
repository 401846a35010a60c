#include "TlsTrust.h"

#include <QFile>
#include <QSslCertificate>

namespace inlinea::portal {

Result<QSslConfiguration, TrustError> TlsTrust::configuration(const QString& extraCaFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    if (extraCaFile.isEmpty()) {
        return config;
    }

    QFile file(extraCaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(TrustError{TrustError::Kind::FileUnreadable, extraCaFile});
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty()) {
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    }
    if (certificates.isEmpty()) {
        return fail(TrustError{TrustError::Kind::NoCertificate, extraCaFile});
    }
    config.addCaCertificates(certificates);
    return config;
}

} // namespace inlinea::portal
