#pragma once

#include "app/auth/TokenRefresher.h"
#include "app/portal/PortalClient.h"
#include "app/session/UserSession.h"

#include <QString>

#include <memory>

namespace inlinea::test {

class PortalFixture;

// A logged-in user of a running PortalFixture without going through a login window: tokens from
// `manage.py issue-token`, the real client over verified TLS, the real token refresher and a UserSession on a
// database file of the caller's choice.
class PortalSession {
public:
    ~PortalSession();
    PortalSession(const PortalSession&) = delete;
    PortalSession& operator=(const PortalSession&) = delete;

    // nullptr on failure, with `why` set. `via` is where the client connects when not straight to the portal (a
    // FaultProxy in front of it).
    [[nodiscard]] static std::unique_ptr<PortalSession> open(const PortalFixture& portal, const QString& codiceFiscale,
                                                             const QString& databasePath, QString* why,
                                                             const QString& authMethod = QStringLiteral("cns"),
                                                             const QUrl& via = {});

    [[nodiscard]] session::UserSession& user() { return *m_user; }
    [[nodiscard]] portal::PortalClient* client() const { return m_client.get(); }
    [[nodiscard]] auth::TokenRefresher* tokens() const { return m_tokens.get(); }

private:
    PortalSession() = default;

    std::unique_ptr<portal::PortalClient> m_client;
    std::unique_ptr<auth::TokenRefresher> m_tokens;
    std::unique_ptr<session::UserSession> m_user;
};

} // namespace inlinea::test
