#pragma once

#include "app/portal/ConnectivityMonitor.h"
#include "app/settings/AppSettings.h"
#include "ui/dialogs/FirstRunDialog.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace inlinea::ui {

class LoginWindow;
class MainWindow;

// Which window is on screen and when: first run → login → main window. Owns the portal connection made from the
// settings and remakes it when the user changes the portal.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(settings::AppSettings& settings, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the first window (the first-run dialog when no portal is configured, else the login window).
    void start();

    [[nodiscard]] QWidget* firstWindow() const;
    [[nodiscard]] FirstRunDialog* firstRunDialog() const { return m_firstRun; }
    [[nodiscard]] LoginWindow* loginWindow() const { return m_login.get(); }
    [[nodiscard]] MainWindow* mainWindow() const { return m_main.get(); }
    [[nodiscard]] portal::ConnectivityMonitor* monitor() const { return m_monitor; }

Q_SIGNALS:
    // The user left the first-run dialog without a portal: nothing else to show.
    void quitRequested();

private:
    void showFirstRun();
    void showLogin();
    void connectPortal();
    void openSettings(QWidget* parent);
    void onConnectivityChanged();

    settings::AppSettings& m_settings;
    QPointer<FirstRunDialog> m_firstRun;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<MainWindow> m_main;
    QPointer<portal::PortalClient> m_client;
    QPointer<portal::ConnectivityMonitor> m_monitor;
};

} // namespace inlinea::ui
