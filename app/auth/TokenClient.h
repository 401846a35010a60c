#pragma once

#include "LoginSuccess.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QObject>

#include <functional>

namespace inlinea::portal {
class PortalClient;
}

namespace inlinea::auth {

class TokenRefresher;

// POST /api/v1/auth/token: the SPID authorization code with its PKCE verifier, or a refresh token, for new tokens.
class TokenClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<LoginSuccess, portal::PortalError>&)>;

    explicit TokenClient(portal::PortalClient* portal, QObject* parent = nullptr);

    void exchangeCode(const QString& code, const QByteArray& verifier, QObject* context, Callback callback);
    void refresh(const Tokens& current, QObject* context, Callback callback);

    // A TokenRefresher that refreshes `tokens` at this portal (its TokenClient is its child).
    [[nodiscard]] static TokenRefresher* refresherFor(portal::PortalClient* portal, const Tokens& tokens,
                                                      QObject* parent = nullptr);

private:
    void request(const QJsonObject& body, const QString& authMethod, QObject* context, Callback callback);

    portal::PortalClient* m_portal;
};

} // namespace inlinea::auth
