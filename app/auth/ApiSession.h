#pragma once

#include "TokenRefresher.h"
#include "app/portal/PortalClient.h"

#include <QObject>
#include <QPointer>

namespace inlinea::auth {

// Requests on behalf of the logged-in user: each one gets a valid access token first, and a 401 on a token we
// believed valid is answered by one refresh and one retry (the portal may have restarted or rotated keys).
class ApiSession : public QObject {
    Q_OBJECT
public:
    ApiSession(portal::PortalClient* client, TokenRefresher* tokens, QObject* parent = nullptr);

    void send(portal::PortalClient::Method method, const QString& apiPath, const QByteArray& json,
              portal::PortalClient::RequestOptions options, QObject* context,
              portal::PortalClient::ResponseCallback callback);
    // As send(), with `body` sent as is and declared as `contentType` (an upload's bytes).
    void sendBody(portal::PortalClient::Method method, const QString& apiPath, const QByteArray& body,
                  const QByteArray& contentType, portal::PortalClient::RequestOptions options, QObject* context,
                  portal::PortalClient::ResponseCallback callback);
    void get(const QString& apiPath, QObject* context, portal::PortalClient::ResponseCallback callback);

    [[nodiscard]] portal::PortalClient* client() const { return m_client; }

private:
    void attempt(portal::PortalClient::Method method, const QString& apiPath, const QByteArray& body,
                 const QByteArray& contentType, portal::PortalClient::RequestOptions options,
                 const QPointer<QObject>& context, portal::PortalClient::ResponseCallback callback, bool retried);

    QPointer<portal::PortalClient> m_client;
    QPointer<TokenRefresher> m_tokens;
};

} // namespace inlinea::auth
