#include "TokenRefresher.h"

#include <QDateTime>

namespace inlinea::auth {

TokenRefresher::TokenRefresher(Tokens tokens, RefreshFn refresh, QObject* parent)
    : QObject(parent)
    , m_tokens(std::move(tokens))
    , m_refresh(std::move(refresh))
{}

void TokenRefresher::accessToken(QObject* context, TokenCallback callback)
{
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(Margin.count());
    if (!m_refreshing && !m_tokens.accessToken.isEmpty() && m_tokens.accessExpiresAt > soon) {
        callback(m_tokens.accessToken);
        return;
    }
    m_waiting.emplace_back(context, std::move(callback));
    if (!m_refreshing) {
        startRefresh();
    }
}

void TokenRefresher::invalidateAccessToken()
{
    m_tokens.accessExpiresAt = QDateTime();
}

void TokenRefresher::startRefresh()
{
    m_refreshing = true;
    QPointer<TokenRefresher> self(this);
    m_refresh(m_tokens, [self](const Result<LoginSuccess, portal::PortalError>& result) {
        if (!self) {
            return;
        }
        self->m_refreshing = false;
        auto waiting = std::move(self->m_waiting);
        self->m_waiting.clear();
        if (result) {
            self->m_tokens = result->tokens;
            Q_EMIT self->tokensRefreshed(self->m_tokens);
            for (auto& [context, callback] : waiting) {
                if (context) {
                    callback(self->m_tokens.accessToken);
                }
            }
            return;
        }
        // A refusal (invalid or reused refresh token) ends the session; a network failure does not: the next
        // request tries again.
        const bool refused = result.error().kind == portal::PortalError::Kind::HttpError ||
                             result.error().kind == portal::PortalError::Kind::Unauthorized;
        for (auto& [context, callback] : waiting) {
            if (context) {
                callback(fail(result.error()));
            }
        }
        if (refused) {
            Q_EMIT self->sessionExpired();
        }
    });
}

} // namespace inlinea::auth
