#include "AppController.h"

#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "ui/ErrorText.h"
#include "ui/FirstPaint.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/widgets/PortalProbeWidget.h"
#include "ui/widgets/PortalStatusWidget.h"

namespace inlinea::ui {

AppController::AppController(settings::AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

AppController::~AppController() = default;

void AppController::start()
{
    if (m_settings.hasPortal()) {
        showLogin();
    } else {
        showFirstRun();
    }
}

QWidget* AppController::firstWindow() const
{
    if (m_firstRun) {
        return m_firstRun;
    }
    return m_login.get();
}

void AppController::showFirstRun()
{
    m_firstRun = new FirstRunDialog;
    m_firstRun->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_firstRun, &QDialog::accepted, this, [this] {
        m_settings.setPortalUrl(m_firstRun->probe()->verifiedUrl());
        m_settings.setExtraCaFile(m_firstRun->probe()->caFile());
        m_settings.sync();
        showLogin();
    });
    connect(m_firstRun, &QDialog::rejected, this, &AppController::quitRequested);
    m_firstRun->show();
}

void AppController::showLogin()
{
    if (!m_login) {
        m_login = std::make_unique<LoginWindow>();
        const auto comingSoon = [this](const QString& what) {
            m_login->showNotice(tr("%1: disponibile con il prossimo aggiornamento di Inlinea Desktop.").arg(what),
                                false);
        };
        connect(m_login.get(), &LoginWindow::spidRequested, this, [comingSoon] { comingSoon(tr("Accesso con SPID")); });
        connect(m_login.get(), &LoginWindow::cnsRequested, this, [comingSoon] { comingSoon(tr("Accesso con CNS")); });
        connect(m_login.get(), &LoginWindow::passwordLoginRequested, this,
                [comingSoon] { comingSoon(tr("Accesso con credenziali")); });
        connect(m_login.get(), &LoginWindow::registrationRequested, this,
                [comingSoon] { comingSoon(tr("Registrazione di un nuovo utente")); });
        connect(m_login.get(), &LoginWindow::passwordResetRequested, this,
                [comingSoon] { comingSoon(tr("Recupero della password")); });
        connect(m_login.get(), &LoginWindow::settingsRequested, this, [this] { openSettings(m_login.get()); });
    }
    if (m_login->isVisible()) {
        connectPortal();
        return;
    }
    // Loading the TLS back-end and the system's CA store takes longer than painting the window: do it right after.
    FirstPaint::then(m_login.get(), [this] { connectPortal(); });
    m_login->show();
}

void AppController::connectPortal()
{
    if (m_monitor) {
        m_monitor->deleteLater();
    }
    if (m_client) {
        m_client->cancelAll();
        m_client->deleteLater();
    }
    const auto tls = portal::TlsTrust::configuration(m_settings.extraCaFile());
    if (!tls) {
        m_login->showNotice(ErrorText::trust(tls.error()), true);
        m_login->portalStatus()->setMonitor(nullptr);
        return;
    }
    m_client = new portal::PortalClient(m_settings.portalUrl(), tls.value(), this);
    m_monitor = new portal::ConnectivityMonitor(m_client, this);
    connect(m_monitor, &portal::ConnectivityMonitor::stateChanged, this, &AppController::onConnectivityChanged);
    m_login->portalStatus()->setMonitor(m_monitor);
    if (m_main) {
        m_main->portalStatus()->setMonitor(m_monitor);
    }
    m_monitor->start();
}

void AppController::onConnectivityChanged()
{
    if (m_monitor && m_monitor->info()) {
        m_login->setPortalInfo(m_monitor->info());
        if (m_main) {
            m_main->setPortalName(m_monitor->info()->name);
        }
    }
}

void AppController::openSettings(QWidget* parent)
{
    auto* dialog = new SettingsDialog(m_settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->portalChanged()) {
            m_login->setPortalInfo(std::nullopt);
            connectPortal();
        }
    });
    dialog->open();
}

} // namespace inlinea::ui
