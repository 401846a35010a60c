#include "ApiSession.h"

namespace inlinea::auth {

using portal::PortalClient;
using portal::PortalError;

ApiSession::ApiSession(PortalClient* client, TokenRefresher* tokens, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
{}

void ApiSession::get(const QString& apiPath, QObject* context, PortalClient::ResponseCallback callback)
{
    send(PortalClient::Method::Get, apiPath, {}, {}, context, std::move(callback));
}

void ApiSession::send(PortalClient::Method method, const QString& apiPath, const QByteArray& json,
                      PortalClient::RequestOptions options, QObject* context, PortalClient::ResponseCallback callback)
{
    sendBody(method, apiPath, json, QByteArrayLiteral("application/json"), std::move(options), context,
             std::move(callback));
}

void ApiSession::sendBody(PortalClient::Method method, const QString& apiPath, const QByteArray& body,
                          const QByteArray& contentType, PortalClient::RequestOptions options, QObject* context,
                          PortalClient::ResponseCallback callback)
{
    attempt(method, apiPath, body, contentType, std::move(options), QPointer<QObject>(context), std::move(callback),
            false);
}

void ApiSession::attempt(PortalClient::Method method, const QString& apiPath, const QByteArray& body,
                         const QByteArray& contentType, PortalClient::RequestOptions options,
                         const QPointer<QObject>& context, PortalClient::ResponseCallback callback, bool retried)
{
    if (!m_client || !m_tokens) {
        if (context) {
            callback(fail(PortalError{PortalError::Kind::Cancelled, 0, {}, QStringLiteral("session closed")}));
        }
        return;
    }
    m_tokens->accessToken(this, [=, this](const Result<QString, PortalError>& token) mutable {
        if (!context) {
            return;
        }
        if (!token) {
            callback(fail(token.error()));
            return;
        }
        options.bearer = token.value();
        m_client->sendBody(method, apiPath, body, contentType, options, this,
                           [=, this](const Result<portal::HttpResponse, PortalError>& answer) {
                               if (!context) {
                                   return;
                               }
                               if (!answer && answer.error().kind == PortalError::Kind::Unauthorized && !retried &&
                                   m_tokens) {
                                   m_tokens->invalidateAccessToken();
                                   attempt(method, apiPath, body, contentType, options, context, callback, true);
                                   return;
                               }
                               callback(answer);
                           });
    });
}

} // namespace inlinea::auth
