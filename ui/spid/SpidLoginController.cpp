#include "SpidLoginController.h"

#include "SpidWebLogin.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/PortalClient.h"
#include "app/settings/AppSettings.h"
#include "ui/ErrorText.h"
#include "ui/LoginFinisher.h"
#include "ui/LoginWindow.h"
#include "ui/spid/SpidText.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QPluginLoader>
#include <QUrlQuery>

namespace inlinea::ui {

SpidLoginController::SpidLoginController(settings::AppSettings& settings, auth::TokenStore* tokens, LoginWindow* window,
                                         QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_window(window)
{}

void SpidLoginController::setPortal(portal::ConnectivityMonitor* monitor, portal::PortalClient* client)
{
    m_monitor = monitor;
    m_client = client;
}

SpidWebLogin* SpidLoginController::loadPlugin(QString* error)
{
    static QPointer<QObject> instance;
    if (instance) {
        return qobject_cast<SpidWebLogin*>(instance);
    }
    const QString name = QStringLiteral("inlinea-spidview.so");
    const QStringList places{QCoreApplication::applicationDirPath(),
                             QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/inlinea"),
                             QStringLiteral(INLINEA_PLUGIN_BUILD_DIR)};
    for (const QString& dir : places) {
        const QString path = QDir(dir).filePath(name);
        if (!QFile::exists(path)) {
            continue;
        }
        QPluginLoader loader(path);
        instance = loader.instance();
        if (instance) {
            return qobject_cast<SpidWebLogin*>(instance);
        }
        *error = loader.errorString();
        return nullptr;
    }
    *error = QStringLiteral("%1 not found").arg(name);
    return nullptr;
}

void SpidLoginController::start()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    if (!m_monitor || !m_client || !m_monitor->info() ||
        m_monitor->state() != portal::ConnectivityMonitor::State::Online) {
        m_window->showNotice(tr("Il portale non è raggiungibile: l'accesso con SPID richiede la connessione."), true);
        return;
    }
    const QUrl loginBase = m_monitor->info()->spidLoginUrl;
    if (loginBase.isEmpty()) {
        m_window->showNotice(tr("Questo portale non indica dove accedere con SPID."), true);
        return;
    }
    QString error;
    SpidWebLogin* web = loadPlugin(&error);
    if (!web) {
        m_window->showNotice(tr("Il componente per l'accesso con SPID non è disponibile (%1).").arg(error), true);
        return;
    }

    m_pkce = auth::Pkce::generate();
    QUrl loginUrl = loginBase;
    QUrlQuery query(loginUrl);
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_pkce.state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    loginUrl.setQuery(query);
    QUrl doneUrl = loginBase;
    doneUrl.setPath(QStringLiteral("/auth/spid/done"));
    doneUrl.setQuery(QString());

    SpidWebLogin::Request request{loginUrl, doneUrl, QString::fromLatin1(m_pkce.state), {}};
    if (!m_settings.extraCaFile().isEmpty()) {
        request.extraCaCertificates = QSslCertificate::fromPath(m_settings.extraCaFile());
    }
    SpidWebLogin::Callbacks callbacks;
    callbacks.done = [this](const QString& code) { exchange(code); };
    callbacks.failed = [this](const QString& errorCode, const QString& detail) {
        m_window->setBusy(false);
        m_window->showNotice(SpidText::error(errorCode, detail), errorCode != QLatin1String("closed"));
    };
    m_dialog = web->create(request, std::move(callbacks), m_window);
    m_dialog->setObjectName(QStringLiteral("spidDialog"));
    m_window->setBusy(true, tr("Accesso con SPID in corso nella finestra del portale…"));
    m_dialog->open();
}

void SpidLoginController::exchange(const QString& code)
{
    auto* tokens = new auth::TokenClient(m_client, this);
    const QByteArray verifier = m_pkce.verifier;
    m_pkce = {};
    m_window->setBusy(true, tr("Completamento dell'accesso…"));
    tokens->exchangeCode(
        code, verifier, this, [this, tokens](const Result<auth::LoginSuccess, portal::PortalError>& r) {
            tokens->deleteLater();
            if (!r) {
                m_window->setBusy(false);
                m_window->showNotice(
                    tr("Il portale non ha completato l'accesso con SPID: %1").arg(ErrorText::portal(r.error())), true);
                return;
            }
            LoginFinisher::keep(m_tokens, m_settings.portalUrl(), m_window, this, r.value(),
                                [this](const auth::LoginSuccess& session) { Q_EMIT loggedIn(session); });
        });
}

} // namespace inlinea::ui
