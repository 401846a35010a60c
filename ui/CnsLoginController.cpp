#include "CnsLoginController.h"

#include "app/auth/CnsAuthenticator.h"
#include "app/card/CardMonitor.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/TlsTrust.h"
#include "app/settings/AppSettings.h"
#include "ui/CardText.h"
#include "ui/LoginWindow.h"
#include "ui/dialogs/PinDialog.h"

namespace inlinea::ui {

using CardState = card::CardMonitor::State;

CnsLoginController::CnsLoginController(settings::AppSettings& settings, card::CardMonitor* cards,
                                       auth::CnsAuthenticator* authenticator, LoginWindow* window, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_cards(cards)
    , m_authenticator(authenticator)
    , m_window(window)
{}

void CnsLoginController::start()
{
    if (m_running) {
        return;
    }
    if (m_cards->state() != CardState::Ready || !m_cards->identity()) {
        m_window->showNotice(CardText::stateHint(*m_cards), true);
        return;
    }
    if (!m_portal || !m_portal->info() || m_portal->state() != portal::ConnectivityMonitor::State::Online) {
        m_window->showNotice(tr("Il portale non è raggiungibile: l'accesso con CNS richiede la connessione."), true);
        return;
    }
    const QUrl endpoint = m_portal->info()->cnsLoginUrl;
    if (endpoint.isEmpty()) {
        m_window->showNotice(tr("Questo portale non indica dove accedere con la CNS."), true);
        return;
    }
    const auto trust = portal::TlsTrust::configuration(m_settings.extraCaFile());
    if (!trust) {
        m_window->showNotice(tr("Il certificato CA configurato non è utilizzabile."), true);
        return;
    }

    const smartcard::CnsIdentity identity = *m_cards->identity();
    const QString holder = QStringLiteral("%1 %2").arg(identity.personal.name, identity.personal.surname);
    PinDialog dialog(holder, identity.pinTriesLeft, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.isBlocked()) {
        return;
    }
    QByteArray pin = dialog.takePin();

    m_running = true;
    m_window->setBusy(true, tr("Accesso con la CNS in corso…"));
    const QString reader = identity.reader;
    m_authenticator->login(m_settings.portalUrl(), endpoint, trust.value(), identity, std::move(pin), this,
                           [this, reader](const Result<auth::LoginSuccess, auth::CnsAuthError>& result) {
                               m_running = false;
                               m_window->setBusy(false);
                               if (!result) {
                                   m_window->showNotice(CardText::loginError(result.error()), true);
                                   // The tries left changed (or the card went away): show the truth before the next
                                   // attempt.
                                   if (result.error().stage == auth::CnsAuthError::Stage::Pin) {
                                       m_cards->refresh();
                                   }
                                   return;
                               }
                               m_window->showNotice(QString(), false);
                               Q_EMIT loggedIn(result.value(), reader);
                           });
}

} // namespace inlinea::ui
