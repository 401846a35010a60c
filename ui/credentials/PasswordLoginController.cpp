#include "PasswordLoginController.h"

#include "app/auth/TokenStore.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/settings/AppSettings.h"
#include "ui/LoginFinisher.h"
#include "ui/LoginWindow.h"
#include "ui/credentials/CredentialsText.h"
#include "ui/credentials/PasswordChangeDialog.h"
#include "ui/credentials/PasswordResetDialog.h"
#include "ui/credentials/RegistrationWizard.h"

namespace inlinea::ui {

using auth::CredentialsError;

PasswordLoginController::PasswordLoginController(settings::AppSettings& settings, auth::TokenStore* tokens,
                                                 LoginWindow* window, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_window(window)
{}

void PasswordLoginController::setPortal(portal::ConnectivityMonitor* monitor, portal::PortalClient* client)
{
    m_monitor = monitor;
    // A window still open talks to the old portal's API, which goes now: it closes with it.
    delete m_dialog;
    delete m_api;
    m_api = client ? new auth::CredentialsApi(client, this) : nullptr;
}

const portal::PortalInfo* PasswordLoginController::offering() const
{
    if (!m_api || !m_monitor || !m_monitor->info()) {
        m_window->showNotice(tr("Il portale non è raggiungibile: riprova appena torna disponibile."), true);
        return nullptr;
    }
    return &*m_monitor->info();
}

void PasswordLoginController::login(const QString& userId, const QString& password)
{
    if (!offering()) {
        return;
    }
    m_window->setBusy(true, tr("Accesso in corso…"));
    m_api->login(userId, password, this, [this, userId](const Result<auth::LoginOutcome, CredentialsError>& r) {
        if (!r) {
            m_window->setBusy(false);
            m_window->showNotice(CredentialsText::error(r.error()), true);
            return;
        }
        if (const auto* change = r.value().change()) {
            m_window->setBusy(false);
            forceChange(userId, *change);
            return;
        }
        keep(*r.value().success());
    });
}

void PasswordLoginController::forceChange(const QString& userId, const auth::PasswordChangeRequired& change)
{
    const portal::PortalInfo* info = offering();
    if (!info) {
        return;
    }
    m_window->showNotice(tr("Hai usato una password temporanea: scegli ora la tua nuova password."), false);
    auto* dialog = PasswordChangeDialog::forced(m_api, info->credentials, userId, change, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &PasswordChangeDialog::loggedIn, this, &PasswordLoginController::keep);
    connect(dialog, &QDialog::rejected, this, [this] {
        m_window->showNotice(tr("La password non è stata cambiata: accedi di nuovo con la password temporanea per "
                                "sceglierne una nuova."),
                             false);
    });
    dialog->open();
}

void PasswordLoginController::keep(const auth::LoginSuccess& session)
{
    LoginFinisher::keep(m_tokens, m_settings.portalUrl(), m_window, this, session,
                        [this](const auth::LoginSuccess& opened) { Q_EMIT loggedIn(opened); });
}

void PasswordLoginController::openRegistration()
{
    const portal::PortalInfo* info = offering();
    if (!info) {
        return;
    }
    auto* wizard = new RegistrationWizard(*info, m_api, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = wizard;
    connect(wizard, &RegistrationWizard::confirmed, this, [this](const QString& userId) {
        m_window->setUserId(userId);
        m_window->showNotice(
            tr("Registrazione completata: accedi con lo User ID %1 e la password che hai scelto.").arg(userId), false);
    });
    wizard->open();
}

void PasswordLoginController::openPasswordReset()
{
    if (!offering()) {
        return;
    }
    auto* dialog = new PasswordResetDialog(m_api, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->setUserId(m_window->userId());
    connect(dialog, &PasswordResetDialog::answerSent, this, [this](const QString& userId) {
        m_window->setUserId(userId);
        m_window->showNotice(tr("Se la risposta era corretta, troverai la password temporanea nella tua casella "
                                "email: usala qui per accedere e scegliere la nuova password."),
                             false);
    });
    dialog->open();
}

void PasswordLoginController::openPasswordChange(auth::TokenRefresher* tokens, const QString& userId, QWidget* parent)
{
    if (!m_api || !m_monitor || !m_monitor->info()) {
        return;
    }
    auto* dialog = PasswordChangeDialog::voluntary(m_api, tokens, m_monitor->info()->credentials, userId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

} // namespace inlinea::ui
