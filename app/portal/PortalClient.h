#pragma once

#include "HttpResponse.h"
#include "PortalError.h"
#include "PortalInfo.h"
#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace inlinea::portal {

// Asynchronous access to one portal's REST API. Every request carries the verified TLS configuration and a timeout;
// answers arrive through callbacks that are dropped when their context object is gone.
// Each client owns its network manager: Qt's connection cache ignores a request's TLS configuration, so a manager
// shared between configurations could carry a request over a connection verified under other trust settings.
class PortalClient : public QObject {
    Q_OBJECT
public:
    using ResponseCallback = std::function<void(const Result<HttpResponse, PortalError>&)>;
    using InfoCallback = std::function<void(const Result<PortalInfo, PortalError>&)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    enum class Method { Get, Post, Put, Delete };
    // What a request to a protected resource adds to the common preparation.
    struct RequestOptions {
        QString bearer;            // access token; empty for public endpoints
        QByteArray ifMatch;        // ETag the change is based on (optimistic concurrency)
        QByteArray idempotencyKey; // a create sent again after a lost answer must not create twice
        QList<QPair<QByteArray, QByteArray>> headers = {}; // further request headers (Content-Range, ...)
    };

    PortalClient(QUrl baseUrl, QSslConfiguration tls, QObject* parent = nullptr);

    [[nodiscard]] const QUrl& baseUrl() const noexcept { return m_baseUrl; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // GET {base}/api/v1/{apiPath}; any status >= 400 is an error carrying the portal's problem details.
    void get(const QString& apiPath, QObject* context, ResponseCallback callback);

    // POST {base}/api/v1/{apiPath} with a JSON body and, when given, a bearer token.
    void post(const QString& apiPath, const QByteArray& json, const QString& bearer, QObject* context,
              ResponseCallback callback);

    // Any method; `json` is sent as the body of POST and PUT.
    void send(Method method, const QString& apiPath, const QByteArray& json, const RequestOptions& options,
              QObject* context, ResponseCallback callback);

    // Any method; `body` is sent as is, declared as `contentType`, with POST and PUT (implicitly shared, not copied).
    void sendBody(Method method, const QString& apiPath, const QByteArray& body, const QByteArray& contentType,
                  const RequestOptions& options, QObject* context, ResponseCallback callback);

    // GET /api/v1/info and check it is a portal this app can talk to.
    void fetchInfo(QObject* context, InfoCallback callback);

    // A request to the portal as every client of it sends one: verified TLS, timeout, JSON accepted, our user agent,
    // no redirect to another origin. Public for the CNS login, which talks to another port with its own TLS.
    [[nodiscard]] static QNetworkRequest prepareRequest(const QUrl& url, const QSslConfiguration& tls,
                                                        std::chrono::milliseconds timeout);

    // Aborts every request still in flight; their callbacks receive Kind::Cancelled.
    void cancelAll();

private:
    [[nodiscard]] QNetworkRequest request(const QString& apiPath) const;
    void track(QNetworkReply* reply, QObject* context, ResponseCallback callback);
    void finish(QNetworkReply* reply, const QList<QSslError>& sslErrors, const QPointer<QObject>& context,
                const ResponseCallback& callback);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QSslConfiguration m_tls;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QSet<QNetworkReply*> m_inFlight;
    QSet<QNetworkReply*> m_cancelled;
};

} // namespace inlinea::portal
