#pragma once

#include "app/auth/CnsLogin.h"
#include "app/auth/TokenRefresher.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/settings/AppSettings.h"
#include "ui/dialogs/FirstRunDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace inlinea::auth {
class CnsAuthenticator;
class TokenStore;
} // namespace inlinea::auth
namespace inlinea::card {
class CardMonitor;
}
namespace inlinea::session {
class UserSession;
}
namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::ui {

class CnsLoginController;
class PasswordLoginController;
class SpidLoginController;
class LoginWindow;
class MainWindow;
class SessionController;

// Which window is on screen and when: first run → login → main window. Owns the portal connection made from the
// settings and remakes it when the user changes the portal.
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(settings::AppSettings& settings, smartcard::CardService* cards, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the first window (the first-run dialog when no portal is configured, else the login window).
    void start();

    [[nodiscard]] QWidget* firstWindow() const;
    [[nodiscard]] FirstRunDialog* firstRunDialog() const { return m_firstRun; }
    [[nodiscard]] LoginWindow* loginWindow() const { return m_login.get(); }
    [[nodiscard]] MainWindow* mainWindow() const { return m_main.get(); }
    [[nodiscard]] portal::ConnectivityMonitor* monitor() const { return m_monitor; }
    [[nodiscard]] card::CardMonitor* cardMonitor() const { return m_cardMonitor; }
    [[nodiscard]] bool isLoggedIn() const { return m_session.has_value(); }
    [[nodiscard]] bool isOffline() const { return m_offline; }
    [[nodiscard]] session::UserSession* userSession() const { return m_userSession.get(); }
    [[nodiscard]] SpidLoginController* spidLogin() const { return m_spidLogin; }
    [[nodiscard]] PasswordLoginController* passwordLogin() const { return m_passwordLogin; }
    // Valid access tokens for the session's requests (refreshed single-flight); null when logged out.
    [[nodiscard]] auth::TokenRefresher* sessionTokens() const { return m_refresher; }

Q_SIGNALS:
    // The user left the first-run dialog without a portal: nothing else to show.
    void quitRequested();

private:
    void showFirstRun();
    void showLogin();
    void connectPortal();
    void openSettings(QWidget* parent);
    void onConnectivityChanged();
    void openSession(const auth::LoginSuccess& session, const QString& reader);
    // Ends the session: tokens revoked at the portal (best effort) and removed from the keyring, back to login.
    void closeSession(const QString& notice);
    // The user's local database (cache and outbox) and its wiring to the main window; `userKey` is
    // LoggedInUser::storageKey().
    void openUserData(const QString& userKey);
    void ensureMainWindow();
    // The last user of this portal whose local database exists (empty if none): what can be read without logging in.
    [[nodiscard]] QString offlineUser() const;
    // The main window on the saved data without a session (portal down, or no card at hand).
    void openOffline();
    void closeOffline();

    settings::AppSettings& m_settings;
    QPointer<FirstRunDialog> m_firstRun;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<MainWindow> m_main;
    QPointer<portal::PortalClient> m_client;
    QPointer<portal::ConnectivityMonitor> m_monitor;
    card::CardMonitor* m_cardMonitor;
    auth::TokenStore* m_tokens;
    auth::CnsAuthenticator* m_cnsAuthenticator;
    CnsLoginController* m_cnsLogin = nullptr;
    SpidLoginController* m_spidLogin = nullptr;
    PasswordLoginController* m_passwordLogin = nullptr;
    std::optional<auth::LoginSuccess> m_session;
    QString m_sessionReader; // the reader of the card a CNS session was opened with
    QPointer<auth::TokenRefresher> m_refresher;
    std::unique_ptr<session::UserSession> m_userSession;
    std::unique_ptr<SessionController> m_sessionController;
    bool m_offline = false; // the main window shows saved data without a session
};

} // namespace inlinea::ui
