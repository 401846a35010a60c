#pragma once

#include "LoginSuccess.h"
#include "app/portal/PortalError.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <vector>

namespace inlinea::auth {

// Hands out a valid access token, refreshing it when it is about to expire. Single-flight: however many requests
// need a token while a refresh runs, one refresh is sent and all of them get its result. A refused refresh ends the
// session (sessionExpired); the caller brings back the login window without closing the user's work.
class TokenRefresher : public QObject {
    Q_OBJECT
public:
    using TokenCallback = std::function<void(const Result<QString, portal::PortalError>&)>;
    using RefreshDone = std::function<void(const Result<LoginSuccess, portal::PortalError>&)>;
    // Sends the refresh request (TokenClient::refresh in the app; a fake in unit tests).
    using RefreshFn = std::function<void(const Tokens& current, RefreshDone done)>;

    static constexpr std::chrono::seconds Margin{30};

    TokenRefresher(Tokens tokens, RefreshFn refresh, QObject* parent = nullptr);

    [[nodiscard]] const Tokens& tokens() const noexcept { return m_tokens; }
    [[nodiscard]] bool isRefreshing() const noexcept { return m_refreshing; }

    void accessToken(QObject* context, TokenCallback callback);
    // After a 401 on a request made with a token we believed valid.
    void invalidateAccessToken();
    // For a refresher made before the function that serves it (TokenClient::refresherFor).
    void setRefresh(RefreshFn refresh) { m_refresh = std::move(refresh); }

Q_SIGNALS:
    // New tokens: store them (the keyring) so a restart keeps the session.
    void tokensRefreshed(const inlinea::auth::Tokens& tokens);
    void sessionExpired();

private:
    void startRefresh();

    Tokens m_tokens;
    RefreshFn m_refresh;
    bool m_refreshing = false;
    std::vector<std::pair<QPointer<QObject>, TokenCallback>> m_waiting;
};

} // namespace inlinea::auth
