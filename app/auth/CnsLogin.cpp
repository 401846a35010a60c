#include "CnsLogin.h"

#include "app/portal/PortalClient.h"
#include "app/portal/ReplyErrorMapper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace inlinea::auth {

CnsLogin::CnsLogin(QUrl endpoint, QSslConfiguration trust, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_trust(std::move(trust))
{}

CnsLogin::~CnsLogin() = default;

void CnsLogin::login(const QSslCertificate& certificate, CardKey::RawRsa rawRsa, QObject* context, Callback callback)
{
    auto key = CardKey::create(certificate, std::move(rawRsa));
    if (!key) {
        callback(fail(CnsLoginError{CnsLoginError::Kind::CardKey,
                                    {},
                                    portal::PortalError{portal::PortalError::Kind::Other, 0, {}, key.error().detail}}));
        return;
    }

    delete m_network;
    m_network = new QNetworkAccessManager(this);

    QSslConfiguration tls = m_trust;
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key.value());
    QNetworkRequest request = portal::PortalClient::prepareRequest(m_endpoint, tls, Timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network->post(request, QByteArrayLiteral("{}"));

    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sslErrors, context = QPointer<QObject>(context), callback = std::move(callback)] {
                reply->deleteLater();
                // Nothing may reuse the authenticated connection.
                if (m_network) {
                    m_network->clearConnectionCache();
                    m_network->deleteLater();
                }
                if (!context) {
                    return;
                }
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->readAll();
                if (reply->error() == QNetworkReply::NoError && status == 200) {
                    if (auto success = LoginSuccess::fromTokenAnswer(body, QStringLiteral("cns"))) {
                        callback(std::move(*success));
                    } else {
                        callback(fail(CnsLoginError{CnsLoginError::Kind::Portal,
                                                    {},
                                                    portal::PortalError{portal::PortalError::Kind::NotAPortal,
                                                                        200,
                                                                        {},
                                                                        QStringLiteral("no tokens in the answer")}}));
                    }
                    return;
                }
                const portal::PortalError error = portal::ReplyErrorMapper::map(reply->error(), reply->errorString(),
                                                                                *sslErrors, status, body, false);
                if (error.problemCode.startsWith(QLatin1String("cns_"))) {
                    callback(fail(CnsLoginError{CnsLoginError::Kind::CertificateRefused, error.problemCode, error}));
                    return;
                }
                // A handshake that fails without any complaint about the server's certificate failed on our side:
                // the card did not sign.
                if (reply->error() == QNetworkReply::SslHandshakeFailedError && sslErrors->isEmpty()) {
                    callback(fail(CnsLoginError{CnsLoginError::Kind::CardOperationFailed, {}, error}));
                    return;
                }
                callback(fail(CnsLoginError{CnsLoginError::Kind::Portal, {}, error}));
            });
}

} // namespace inlinea::auth
