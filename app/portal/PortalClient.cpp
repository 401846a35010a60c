#include "PortalClient.h"

#include "PortalUrl.h"
#include "ReplyErrorMapper.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

namespace inlinea::portal {

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
    QNetworkReply* reply = nullptr;
    switch (method) {
    case Method::Get: reply = m_network->get(r); break;
    case Method::Post:
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(r, json);
        break;
    case Method::Put:
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->put(r, json);
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
    callback(HttpResponse{status, body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()});
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
