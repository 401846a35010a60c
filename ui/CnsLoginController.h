#pragma once

#include "app/auth/CnsLogin.h"

#include <QObject>
#include <QPointer>

namespace inlinea::auth {
class CnsAuthenticator;
}
namespace inlinea::card {
class CardMonitor;
}
namespace inlinea::portal {
class ConnectivityMonitor;
}
namespace inlinea::settings {
class AppSettings;
}

namespace inlinea::ui {

class LoginWindow;

// "Entra con CNS" as the user lives it: checks there is a usable card and a portal that takes it, asks the PIN in
// our dialog (tries left shown), then logs in. A wrong PIN ends the attempt with a message: nothing is retried.
class CnsLoginController : public QObject {
    Q_OBJECT
public:
    CnsLoginController(settings::AppSettings& settings, card::CardMonitor* cards, auth::CnsAuthenticator* authenticator,
                       LoginWindow* window, QObject* parent = nullptr);

    void setPortalMonitor(portal::ConnectivityMonitor* monitor) { m_portal = monitor; }
    [[nodiscard]] bool isRunning() const noexcept { return m_running; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // The session is open; the card's reader is where it must stay.
    void loggedIn(const inlinea::auth::LoginSuccess& session, const QString& reader);

private:
    settings::AppSettings& m_settings;
    card::CardMonitor* m_cards;
    auth::CnsAuthenticator* m_authenticator;
    LoginWindow* m_window;
    QPointer<portal::ConnectivityMonitor> m_portal;
    bool m_running = false;
};

} // namespace inlinea::ui
