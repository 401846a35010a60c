#include "AppController.h"

#include "app/auth/CnsAuthenticator.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRefresher.h"
#include "app/auth/TokenStore.h"
#include "app/card/CardMonitor.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "app/session/UserSession.h"
#include "app/store/LocalDatabase.h"
#include "smartcard/CardService.h"
#include "ui/CnsLoginController.h"
#include "ui/ErrorText.h"
#include "ui/FirstPaint.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/credentials/PasswordLoginController.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/profile/ProfilePage.h"
#include "ui/session/SessionController.h"
#include "ui/spid/SpidLoginController.h"
#include "ui/widgets/CardPanel.h"
#include "ui/widgets/CardStatusWidget.h"
#include "ui/widgets/PortalProbeWidget.h"
#include "ui/widgets/PortalStatusWidget.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>

namespace inlinea::ui {

AppController::AppController(settings::AppSettings& settings, smartcard::CardService* cards, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_cardMonitor(new card::CardMonitor(cards, this))
    , m_tokens(new auth::TokenStore(QStringLiteral("Inlinea Desktop"), this))
    , m_cnsAuthenticator(new auth::CnsAuthenticator(cards, m_tokens, this))
{
    m_cardMonitor->setPreferredReader(m_settings.preferredReader());
    // Session policy for CNS: the session lives as long as the card stays in its reader. Removing the card closes it
    // (tokens revoked and forgotten), as a bank's smart-card login would; unsaved work stays in the main window.
    connect(m_cardMonitor, &card::CardMonitor::cardRemoved, this, [this](const QString& reader) {
        if (m_session && m_session->tokens.authMethod == QLatin1String("cns") && reader == m_sessionReader) {
            closeSession(tr("La carta è stata rimossa dal lettore: per sicurezza la sessione è stata chiusa. "
                            "Reinserisci la carta per accedere di nuovo."));
        }
    });
}

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
        m_spidLogin = new SpidLoginController(m_settings, m_tokens, m_login.get(), this);
        connect(m_login.get(), &LoginWindow::spidRequested, m_spidLogin, &SpidLoginController::start);
        connect(m_spidLogin, &SpidLoginController::loggedIn, this,
                [this](const auth::LoginSuccess& session) { openSession(session, QString()); });
        m_cnsLogin = new CnsLoginController(m_settings, m_cardMonitor, m_cnsAuthenticator, m_login.get(), this);
        connect(m_login.get(), &LoginWindow::cnsRequested, m_cnsLogin, &CnsLoginController::start);
        connect(m_cnsLogin, &CnsLoginController::loggedIn, this, &AppController::openSession);
        m_login->cardPanel()->setMonitor(m_cardMonitor);
        connect(m_login->cardPanel(), &CardPanel::readerChosen, this, [this](const QString& reader) {
            m_settings.setPreferredReader(reader);
            m_cardMonitor->setPreferredReader(reader);
        });
        m_passwordLogin = new PasswordLoginController(m_settings, m_tokens, m_login.get(), this);
        connect(m_login.get(), &LoginWindow::passwordLoginRequested, m_passwordLogin, &PasswordLoginController::login);
        connect(m_login.get(), &LoginWindow::registrationRequested, m_passwordLogin,
                &PasswordLoginController::openRegistration);
        connect(m_login.get(), &LoginWindow::passwordResetRequested, m_passwordLogin,
                &PasswordLoginController::openPasswordReset);
        connect(m_passwordLogin, &PasswordLoginController::loggedIn, this,
                [this](const auth::LoginSuccess& session) { openSession(session, QString()); });
        connect(m_login.get(), &LoginWindow::settingsRequested, this, [this] { openSettings(m_login.get()); });
        connect(m_login.get(), &LoginWindow::offlineRequested, this, &AppController::openOffline);
    }
    m_login->setOfflineCopyAvailable(!offlineUser().isEmpty());
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
    m_cnsLogin->setPortalMonitor(m_monitor);
    m_spidLogin->setPortal(m_monitor, m_client);
    m_passwordLogin->setPortal(m_monitor, m_client);
    if (m_main) {
        m_main->portalStatus()->setMonitor(m_monitor);
    }
    if (m_sessionController) {
        m_sessionController->setMonitor(m_monitor);
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

void AppController::openSession(const auth::LoginSuccess& session, const QString& reader)
{
    m_session = session;
    m_sessionReader = reader;
    delete m_refresher;
    m_refresher = auth::TokenClient::refresherFor(m_client, session.tokens, this);
    connect(m_refresher, &auth::TokenRefresher::tokensRefreshed, this, [this](const auth::Tokens& tokens) {
        if (m_session) {
            m_session->tokens = tokens;
        }
        m_tokens->save(m_settings.portalUrl(), tokens, this, [](const Status<auth::KeyringError>&) {});
    });
    // The portal no longer accepts the session: the login window comes back on top, the main window and whatever it
    // holds stay open.
    connect(m_refresher, &auth::TokenRefresher::sessionExpired, this, [this] {
        m_login->show();
        m_login->raise();
        m_login->showNotice(tr("La sessione è scaduta: accedi di nuovo. Il lavoro aperto non viene perso."), true);
    });
    m_offline = false;
    ensureMainWindow();
    const QString name = QStringLiteral("%1 %2").arg(session.user.nome, session.user.cognome).trimmed();
    m_main->setUserName(name.isEmpty() ? session.user.identifier() : name);
    openUserData(session.user.storageKey());
    m_main->show();
    m_login->hide();
}

void AppController::ensureMainWindow()
{
    if (!m_main) {
        m_main = std::make_unique<MainWindow>();
        m_main->cardStatus()->setMonitor(m_cardMonitor);
        connect(m_main.get(), &MainWindow::logoutRequested, this, [this] {
            if (m_offline) {
                closeOffline();
            } else {
                closeSession(tr("Sei uscito."));
            }
        });
        connect(m_main.get(), &MainWindow::settingsRequested, this, [this] { openSettings(m_main.get()); });
        connect(m_main->profilePage(), &ProfilePage::passwordChangeRequested, this, [this] {
            if (!m_session || !m_refresher) {
                QMessageBox::information(m_main.get(), tr("Cambia password"),
                                         tr("Per cambiare la password accedi al portale."));
                return;
            }
            m_passwordLogin->openPasswordChange(m_refresher, m_session->user.userId, m_main.get());
        });
    }
    m_main->portalStatus()->setMonitor(m_monitor);
    m_main->setPortalName(m_monitor && m_monitor->info() ? m_monitor->info()->name : m_settings.portalUrl().host());
}

QString AppController::offlineUser() const
{
    const QString host = m_settings.portalUrl().host();
    const QString cf = m_settings.lastUser(host);
    if (cf.isEmpty() || !QFile::exists(store::LocalDatabase::defaultPath(host, cf))) {
        return {};
    }
    return cf;
}

void AppController::openOffline()
{
    // No tokens are used: the saved data is shown and changes are queued; they are sent after the next login. The
    // CNS rule (no card, no session) is kept because there is no session.
    const QString cf = offlineUser();
    if (cf.isEmpty() || m_session) {
        return;
    }
    m_offline = true;
    ensureMainWindow();
    openUserData(cf);
    const QString identifier = auth::LoggedInUser::identifierOf(cf);
    QString name = identifier;
    if (m_userSession) {
        const auto profile = m_userSession->profile().load();
        if (profile && profile.value()) {
            const QString full = QStringLiteral("%1 %2").arg(profile.value()->nome, profile.value()->cognome).trimmed();
            name = full.isEmpty() ? identifier : full;
        }
    }
    m_main->setUserName(tr("%1 — dati salvati sul computer, senza accesso").arg(name));
    m_main->show();
    m_login->hide();
}

void AppController::closeOffline()
{
    m_offline = false;
    m_sessionController.reset();
    m_userSession.reset();
    if (m_main) {
        m_main->hide();
    }
    m_login->show();
    m_login->setOfflineCopyAvailable(!offlineUser().isEmpty());
    m_login->showNotice(tr("Accedi per inviare le modifiche in attesa e aggiornare i dati."), false);
}

void AppController::openUserData(const QString& userKey)
{
    m_sessionController.reset();
    m_userSession.reset();
    const QString host = m_settings.portalUrl().host();
    auto opened = session::UserSession::open(store::LocalDatabase::defaultPath(host, userKey), m_client, m_refresher);
    if (!opened) {
        // Without the local database nothing can be kept offline: say so; the portal is still usable.
        QMessageBox::warning(
            m_main.get(), tr("Archivio locale non disponibile"),
            tr("Non è stato possibile aprire l'archivio locale delle anagrafiche: %1").arg(opened.error().detail));
        return;
    }
    m_userSession = std::move(opened).value();
    m_settings.setLastUser(host, userKey);
    m_sessionController = std::make_unique<SessionController>(*m_userSession, m_main.get());
    m_sessionController->setMonitor(m_monitor);
    if (m_monitor && m_monitor->info()) {
        m_sessionController->setAuthority(m_monitor->info()->authority);
    }
}

void AppController::closeSession(const QString& notice)
{
    if (!m_session) {
        return;
    }
    const auth::Tokens tokens = m_refresher ? m_refresher->tokens() : m_session->tokens;
    m_session.reset();
    // The local database stays on disk: changes not yet sent go out at the next login.
    m_sessionController.reset();
    m_userSession.reset();
    delete m_refresher;
    if (m_client && !tokens.accessToken.isEmpty()) {
        // Best effort: a portal that cannot be reached lets the token expire on its own.
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), tokens.refreshToken}})
                                    .toJson(QJsonDocument::Compact);
        m_client->post(QStringLiteral("/auth/logout"), body, tokens.accessToken, this, [](const auto&) {});
    }
    m_tokens->remove(m_settings.portalUrl(), this, [](const Status<auth::KeyringError>&) {});
    if (!m_sessionReader.isEmpty()) {
        m_cardMonitor->cards()->forgetCard(m_sessionReader);
        m_sessionReader.clear();
    }
    if (m_main) {
        m_main->hide();
    }
    m_login->show();
    m_login->setOfflineCopyAvailable(!offlineUser().isEmpty());
    m_login->showNotice(notice, false);
}

void AppController::openSettings(QWidget* parent)
{
    auto* dialog = new SettingsDialog(m_settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->portalChanged()) {
            // The session and the local data belong to the old portal: both end before the new one is used.
            if (m_session) {
                closeSession(tr("Il portale è cambiato: accedi al nuovo portale."));
            } else if (m_offline) {
                closeOffline();
            }
            m_login->setPortalInfo(std::nullopt);
            connectPortal();
            m_login->setOfflineCopyAvailable(!offlineUser().isEmpty());
        }
    });
    dialog->open();
}

} // namespace inlinea::ui
