#pragma once

#include "app/auth/CredentialsApi.h"
#include "app/auth/LoginSuccess.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

namespace inlinea::auth {
class TokenRefresher;
class TokenStore;
} // namespace inlinea::auth
namespace inlinea::portal {
class ConnectivityMonitor;
class PortalClient;
} // namespace inlinea::portal
namespace inlinea::settings {
class AppSettings;
}

class QWidget;

namespace inlinea::ui {

class LoginWindow;

// The portal's own credentials as the user lives them: "Accedi" with User ID and password (a temporary password
// leads straight to choosing a new one), "Nuovo utente" and "Password dimenticata?" when the portal offers them, and
// the password change of a logged-in user. Only the tokens are kept (in the keyring); the password never is.
class PasswordLoginController : public QObject {
    Q_OBJECT
public:
    PasswordLoginController(settings::AppSettings& settings, auth::TokenStore* tokens, LoginWindow* window,
                            QObject* parent = nullptr);

    void setPortal(portal::ConnectivityMonitor* monitor, portal::PortalClient* client);
    [[nodiscard]] auth::CredentialsApi* api() const { return m_api; }

public Q_SLOTS:
    void login(const QString& userId, const QString& password);
    void openRegistration();
    void openPasswordReset();

public:
    // "Cambia password…" of the profile, for the session `tokens` belongs to.
    void openPasswordChange(auth::TokenRefresher* tokens, const QString& userId, QWidget* parent);

Q_SIGNALS:
    void loggedIn(const inlinea::auth::LoginSuccess& session);

private:
    // The portal's credentials capability, or nothing (with a notice) when it has not answered or offers none.
    [[nodiscard]] const portal::PortalInfo* offering() const;
    void forceChange(const QString& userId, const auth::PasswordChangeRequired& change);
    void keep(const auth::LoginSuccess& session);

    settings::AppSettings& m_settings;
    auth::TokenStore* m_tokens;
    LoginWindow* m_window;
    QPointer<portal::ConnectivityMonitor> m_monitor;
    QPointer<auth::CredentialsApi> m_api;
    QPointer<QDialog> m_dialog; // the one credentials window open now (wizard, reset or change)
};

} // namespace inlinea::ui
