#include "ReplyErrorMapper.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::portal {

PortalError::Kind ReplyErrorMapper::tlsKind(const QList<QSslError>& sslErrors)
{
    bool expired = false;
    bool hostMismatch = false;
    for (const QSslError& e : sslErrors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            // An unknown issuer is the root cause: other complaints about the same chain follow from it.
            return PortalError::Kind::TlsUntrusted;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid: expired = true; break;
        case QSslError::HostNameMismatch: hostMismatch = true; break;
        default: break;
        }
    }
    if (expired) {
        return PortalError::Kind::TlsExpired;
    }
    if (hostMismatch) {
        return PortalError::Kind::TlsHostMismatch;
    }
    return PortalError::Kind::TlsOther;
}

void ReplyErrorMapper::readProblem(const QByteArray& body, PortalError& into)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        return;
    }
    const QJsonObject problem = doc.object();
    into.problemCode = problem.value(QStringLiteral("code")).toString();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    into.detail = detail.isEmpty() ? problem.value(QStringLiteral("title")).toString() : detail;
}

PortalError ReplyErrorMapper::map(QNetworkReply::NetworkError error, const QString& errorString,
                                  const QList<QSslError>& sslErrors, int httpStatus, const QByteArray& body,
                                  bool cancelledByUs)
{
    PortalError result{PortalError::Kind::Other, httpStatus, {}, errorString};
    if (!sslErrors.isEmpty()) {
        result.kind = tlsKind(sslErrors);
        result.detail = sslErrors.first().errorString();
        return result;
    }
    if (httpStatus >= 400) {
        result.kind = httpStatus == 401 ? PortalError::Kind::Unauthorized : PortalError::Kind::HttpError;
        readProblem(body, result);
        return result;
    }

    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::HostNotFoundError: result.kind = PortalError::Kind::HostNotFound; break;
    case E::ConnectionRefusedError: result.kind = PortalError::Kind::ConnectionRefused; break;
    case E::TimeoutError: result.kind = PortalError::Kind::Timeout; break;
    case E::OperationCanceledError:
        // Qt reports its own transfer timeout as a cancellation: only our abort() is a real cancel.
        result.kind = cancelledByUs ? PortalError::Kind::Cancelled : PortalError::Kind::Timeout;
        break;
    case E::SslHandshakeFailedError:
        // No certificate complaint: the peer did not speak TLS at all (a plain HTTP server on that port),
        // or the handshake broke for another reason.
        result.kind = errorString.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive) ||
                              errorString.contains(QLatin1String("packet length"), Qt::CaseInsensitive)
                          ? PortalError::Kind::NotTls
                          : PortalError::Kind::TlsOther;
        break;
    case E::NetworkSessionFailedError:
    case E::TemporaryNetworkFailureError:
    case E::BackgroundRequestNotAllowedError: result.kind = PortalError::Kind::NetworkDown; break;
    case E::ProtocolFailure:
    case E::ProtocolUnknownError: result.kind = PortalError::Kind::NotAPortal; break;
    default: result.kind = PortalError::Kind::Other; break;
    }
    return result;
}

} // namespace inlinea::portal
