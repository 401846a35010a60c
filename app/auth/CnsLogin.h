#pragma once

#include "CardKey.h"
#include "LoginSuccess.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace inlinea::auth {

struct CnsLoginError {
    enum class Kind {
        CardKey,             // the card's certificate cannot be used as a TLS key (not RSA, unreadable)
        CardOperationFailed, // the handshake failed while the card signed (removed, PIN no longer verified, timeout)
        CertificateRefused,  // the portal refused the certificate: see problemCode (expired, revoked, unknown CA, …)
        Portal,              // anything else between us and the portal (see portal)
    };
    Kind kind;
    QString problemCode; // cns_certificate_expired, cns_certificate_revoked, cns_unknown_ca, …
    portal::PortalError portal;
};

// "Entra con CNS": a TLS connection to the portal's CNS endpoint presenting the card's certificate, whose private-key
// operation is done by the card (through RawRsa), then the tokens the portal returns. The PIN must already be
// verified: the handshake runs on Qt's network thread and must never need the user.
class CnsLogin : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<LoginSuccess, CnsLoginError>&)>;

    static constexpr std::chrono::milliseconds Timeout{30000};

    CnsLogin(QUrl endpoint, QSslConfiguration trust, QObject* parent = nullptr);
    ~CnsLogin() override;

    void login(const QSslCertificate& certificate, CardKey::RawRsa rawRsa, QObject* context, Callback callback);

private:
    QUrl m_endpoint;
    QSslConfiguration m_trust;
    // A manager of its own, dropped after each attempt: a connection authenticated with the card must never carry
    // another request (Qt's connection cache ignores a request's TLS configuration).
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace inlinea::auth
