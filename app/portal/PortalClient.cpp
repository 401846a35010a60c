#include "PortalClient.h"

#include "PortalUrl.h"
#include "ReplyErrorMapper.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace inlinea::portal {

namespace {

// Qt's HTTP stack leaves Nagle's algorithm on (qhttpnetworkconnectionchannel.cpp explains why) and gives no access to
// its sockets. A request whose last TLS record leaves a partial TCP segment then waits for the server's delayed ACK,
// 40 ms on Linux: once per request, which halves the throughput of 1 MiB upload chunks on a fast link. Nagle buys
// nothing for request/response traffic (curl turns it off too), so it is turned off on this process's TCP connections
// to the portal's port. Setting TCP_NODELAY changes when segments leave, never what is sent or how it is verified.
void disableNagleTowards(quint16 port)
{
#ifdef Q_OS_LINUX
    DIR* fds = opendir("/proc/self/fd");
    if (fds == nullptr) {
        return;
    }
    while (const dirent* entry = readdir(fds)) {
        bool isNumber = false;
        const int fd = QByteArray(entry->d_name).toInt(&isNumber);
        if (!isNumber || fd == dirfd(fds)) {
            continue;
        }
        sockaddr_storage peer{};
        socklen_t length = sizeof peer;
        if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0) {
            continue; // not a connected socket
        }
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port);
        } else if (peer.ss_family == AF_INET6) {
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_port);
        }
        if (peerPort == port) {
            const int on = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        }
    }
    closedir(fds);
#else
    Q_UNUSED(port)
#endif
}

} // namespace

PortalClient::PortalClient(QUrl baseUrl, QSslConfiguration tls, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_tls(std::move(tls))
{}

QNetworkRequest PortalClient::request(const QString& apiPath) const
{
    return prepareRequest(PortalUrl::apiUrl(m_baseUrl, apiPath), m_tls, m_timeout);
}

QNetworkRequest PortalClient::prepareRequest(const QUrl& url, const QSslConfiguration& tls,
                                             std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(static_cast<int>(timeout.count()));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("InlineaDesktop/%1").arg(QCoreApplication::applicationVersion()));
    // Never follow a redirect to another origin: a portal lives at one address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

void PortalClient::get(const QString& apiPath, QObject* context, ResponseCallback callback)
{
    track(m_network->get(request(apiPath)), context, std::move(callback));
}

void PortalClient::post(const QString& apiPath, const QByteArray& json, const QString& bearer, QObject* context,
                        ResponseCallback callback)
{
    QNetworkRequest r = request(apiPath);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty()) {
        r.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    }
    track(m_network->post(r, json), context, std::move(callback));
}

void PortalClient::send(Method method, const QString& apiPath, const QByteArray& json, const RequestOptions& options,
                        QObject* context, ResponseCallback callback)
{
    sendBody(method, apiPath, json, QByteArrayLiteral("application/json"), options, context, std::move(callback));
}

void PortalClient::sendBody(Method method, const QString& apiPath, const QByteArray& body,
                            const QByteArray& contentType, const RequestOptions& options, QObject* context,
                            ResponseCallback callback)
{
    QNetworkRequest r = request(apiPath);
    if (!options.bearer.isEmpty()) {
        r.setRawHeader("Authorization", "Bearer " + options.bearer.toUtf8());
    }
    if (!options.ifMatch.isEmpty()) {
        r.setRawHeader("If-Match", options.ifMatch);
    }
    if (!options.idempotencyKey.isEmpty()) {
        r.setRawHeader("Idempotency-Key", options.idempotencyKey);
    }
    for (const auto& [name, value] : options.headers) {
        r.setRawHeader(name, value);
    }
    QNetworkReply* reply = nullptr;
    switch (method) {
    case Method::Get: reply = m_network->get(r); break;
    case Method::Post:
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_network->post(r, body);
        break;
    case Method::Put:
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_network->put(r, body);
        break;
    case Method::Delete: reply = m_network->deleteResource(r); break;
    }
    track(reply, context, std::move(callback));
}

void PortalClient::track(QNetworkReply* reply, QObject* context, ResponseCallback callback)
{
    m_inFlight.insert(reply);

    // sslErrors arrives before finished; keep what it said so finished can name the TLS cause.
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError>& errors) { *sslErrors = errors; });
    // Emitted once per new connection, after the verified handshake.
    connect(reply, &QNetworkReply::encrypted, this,
            [port = static_cast<quint16>(m_baseUrl.port(443))] { disableNagleTowards(port); });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sslErrors, context = QPointer<QObject>(context), callback = std::move(callback)] {
                finish(reply, *sslErrors, context, callback);
            });
}

void PortalClient::finish(QNetworkReply* reply, const QList<QSslError>& sslErrors, const QPointer<QObject>& context,
                          const ResponseCallback& callback)
{
    reply->deleteLater();
    m_inFlight.remove(reply);
    const bool cancelled = m_cancelled.remove(reply);
    if (!context) {
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        PortalError error =
            ReplyErrorMapper::map(reply->error(), reply->errorString(), sslErrors, status, body, cancelled);
        if (status >= 400) {
            error.body = body;
        }
        callback(fail(std::move(error)));
        return;
    }
    callback(HttpResponse{status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                          reply->rawHeaderPairs()});
}

void PortalClient::fetchInfo(QObject* context, InfoCallback callback)
{
    get(QStringLiteral("/info"), context, [callback = std::move(callback)](const Result<HttpResponse, PortalError>& r) {
        if (!r) {
            PortalError error = r.error();
            // A server without /api/v1/info (404, 405) is some other web site, not a portal.
            if (error.kind == PortalError::Kind::HttpError && (error.httpStatus == 404 || error.httpStatus == 405)) {
                error.kind = PortalError::Kind::NotAPortal;
            }
            callback(fail(std::move(error)));
            return;
        }
        callback(PortalInfo::fromJson(r->body));
    });
}

void PortalClient::cancelAll()
{
    const auto replies = m_inFlight;
    for (QNetworkReply* reply : replies) {
        m_cancelled.insert(reply);
        reply->abort();
    }
}

} // namespace inlinea::portal
