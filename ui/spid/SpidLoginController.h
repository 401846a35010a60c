#pragma once

#include "app/auth/LoginSuccess.h"
#include "app/auth/Pkce.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

namespace inlinea::auth {
class TokenStore;
}
namespace inlinea::portal {
class ConnectivityMonitor;
class PortalClient;
} // namespace inlinea::portal
namespace inlinea::settings {
class AppSettings;
}

namespace inlinea::ui {

class LoginWindow;
class SpidWebLogin;

// "Entra con SPID": the portal's SAML login shown in the embedded browser (a plugin loaded on first use), a PKCE-bound
// one-time code taken from the portal's "done" address, exchanged for tokens that go to the keyring.
class SpidLoginController : public QObject {
    Q_OBJECT
public:
    SpidLoginController(settings::AppSettings& settings, auth::TokenStore* tokens, LoginWindow* window,
                        QObject* parent = nullptr);

    void setPortal(portal::ConnectivityMonitor* monitor, portal::PortalClient* client);
    [[nodiscard]] QDialog* dialog() const { return m_dialog; }

    // Where the plugin is looked for: next to the executable, then the build tree.
    [[nodiscard]] static SpidWebLogin* loadPlugin(QString* error);

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void loggedIn(const inlinea::auth::LoginSuccess& session);

private:
    void exchange(const QString& code);

    settings::AppSettings& m_settings;
    auth::TokenStore* m_tokens;
    LoginWindow* m_window;
    QPointer<portal::ConnectivityMonitor> m_monitor;
    QPointer<portal::PortalClient> m_client;
    QPointer<QDialog> m_dialog;
    auth::Pkce m_pkce;
};

} // namespace inlinea::ui
