#include "TokenClient.h"

#include "TokenRefresher.h"
#include "app/portal/PortalClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inlinea::auth {

TokenClient::TokenClient(portal::PortalClient* portal, QObject* parent)
    : QObject(parent)
    , m_portal(portal)
{}

void TokenClient::exchangeCode(const QString& code, const QByteArray& verifier, QObject* context, Callback callback)
{
    request(QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}},
            QStringLiteral("spid"), context, std::move(callback));
}

void TokenClient::refresh(const Tokens& current, QObject* context, Callback callback)
{
    request(QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                        {QStringLiteral("refresh_token"), current.refreshToken}},
            current.authMethod, context, std::move(callback));
}

void TokenClient::request(const QJsonObject& body, const QString& authMethod, QObject* context, Callback callback)
{
    m_portal->post(
        QStringLiteral("/auth/token"), QJsonDocument(body).toJson(QJsonDocument::Compact), QString(), context,
        [authMethod, callback = std::move(callback)](const Result<portal::HttpResponse, portal::PortalError>& r) {
            if (!r) {
                callback(fail(r.error()));
                return;
            }
            if (auto success = LoginSuccess::fromTokenAnswer(r->body, authMethod)) {
                callback(std::move(*success));
                return;
            }
            callback(fail(portal::PortalError{
                portal::PortalError::Kind::NotAPortal, r->status, {}, QStringLiteral("no tokens in the answer")}));
        });
}

TokenRefresher* TokenClient::refresherFor(portal::PortalClient* portal, const Tokens& tokens, QObject* parent)
{
    auto* refresher = new TokenRefresher(tokens, {}, parent);
    auto* client = new TokenClient(portal, refresher);
    refresher->setRefresh([client](const Tokens& current, TokenRefresher::RefreshDone done) {
        client->refresh(current, client, std::move(done));
    });
    return refresher;
}

} // namespace inlinea::auth
