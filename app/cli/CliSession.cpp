#include "CliSession.h"

#include "CliExit.h"
#include "app/auth/ApiSession.h"
#include "app/auth/LoginSuccess.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRefresher.h"
#include "app/auth/TokenStore.h"
#include "app/portal/PortalClient.h"
#include "app/portal/PortalUrl.h"
#include "app/portal/TlsTrust.h"
#include "app/profile/ProfileApi.h"
#include "app/store/LocalDatabase.h"
#include "app/sync/SyncEngine.h"

#include <QFileInfo>
#include <QTimer>

namespace inlinea::cli {

using portal::PortalError;
using sync::SyncEngine;

CliSession::CliSession(QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_err(err)
    , m_tokens(new auth::TokenStore(QStringLiteral("Inlinea Desktop"), this))
{}

// The user's session goes first: its API clients use the refresher and the portal client.
CliSession::~CliSession()
{
    m_user.reset();
}

void CliSession::open(const QCommandLineParser& parser, std::function<void()> ready)
{
    const QString typedUrl = parser.isSet(QStringLiteral("portal")) ? parser.value(QStringLiteral("portal"))
                                                                    : m_settings.portalUrl().toString();
    if (typedUrl.isEmpty()) {
        m_err << "error: no portal configured: give --portal URL or choose one in the app" << Qt::endl;
        finish(CliExit::Usage);
        return;
    }
    const auto url = portal::PortalUrl::normalize(typedUrl);
    if (!url) {
        m_err << "error: " << portal::kindName(url.error().kind) << ": " << url.error().detail << Qt::endl;
        finish(CliExit::Usage);
        return;
    }
    const auto tls = portal::TlsTrust::configuration(
        parser.isSet(QStringLiteral("ca")) ? parser.value(QStringLiteral("ca")) : m_settings.extraCaFile());
    if (!tls) {
        m_err << "error: cannot use CA file " << tls.error().path << Qt::endl;
        finish(CliExit::Usage);
        return;
    }
    m_portal = url.value();
    m_client = new portal::PortalClient(m_portal, tls.value(), this);
    m_client->setTimeout(std::chrono::milliseconds(parser.value(QStringLiteral("timeout")).toInt()));
    m_tokens->load(m_portal, this,
                   [this, ready = std::move(ready)](const Result<std::optional<auth::Tokens>, auth::KeyringError>& r) {
                       if (!r) {
                           m_err << "error: keyring: " << r.error().detail << Qt::endl;
                           finish(CliExit::Keyring);
                           return;
                       }
                       if (!r.value()) {
                           m_err << "error: not logged in to " << m_portal.toString()
                                 << ": log in with the app or `inlinea-cli login --cns`" << Qt::endl;
                           finish(CliExit::NotLoggedIn);
                           return;
                       }
                       startRefresher(*r.value());
                       identify(ready);
                   });
}

void CliSession::startRefresher(const auth::Tokens& tokens)
{
    m_refresher = auth::TokenClient::refresherFor(m_client, tokens, this);
    // The portal rotates the refresh token: losing the new one would end the session, so the command waits for the
    // keyring before it exits.
    connect(m_refresher, &auth::TokenRefresher::tokensRefreshed, this, [this](const auth::Tokens& refreshed) {
        ++m_keyringWrites;
        m_tokens->save(m_portal, refreshed, this, [this](const Status<auth::KeyringError>& saved) {
            --m_keyringWrites;
            if (!saved) {
                m_err << "warning: cannot store the refreshed session in the keyring: " << saved.error().detail
                      << Qt::endl;
            }
            quitIfDone();
        });
    });
    connect(m_refresher, &auth::TokenRefresher::sessionExpired, this, [this] { m_sessionExpired = true; });
    m_api = new auth::ApiSession(m_client, m_refresher, this);
    m_profileApi = new profile::ProfileApi(m_api, this);
}

void CliSession::identify(std::function<void()> ready)
{
    m_profileApi->get(this, [this, ready = std::move(ready)](const Result<profile::Profile, PortalError>& me) {
        // A refused refresh reports sessionExpired right after this answer: look at the result once it has.
        QMetaObject::invokeMethod(
            this, [this, me, ready] { onIdentified(me, ready); }, Qt::QueuedConnection);
    });
}

void CliSession::onIdentified(const Result<profile::Profile, PortalError>& me, const std::function<void()>& ready)
{
    const QString host = m_portal.host();
    if (m_sessionExpired || (!me && me.error().kind == PortalError::Kind::Unauthorized)) {
        m_err << "error: the portal ended the session: log in again with the app or `inlinea-cli login`" << Qt::endl;
        finish(CliExit::NotLoggedIn);
        return;
    }
    if (me) {
        m_online = true;
        // An account registered without a codice fiscale is filed under its User ID, as the app does.
        m_codiceFiscale = auth::LoggedInUser::storageKeyOf(me->codiceFiscale, me->userId);
        m_settings.setLastUser(host, m_codiceFiscale);
        m_settings.sync();
        openDatabase(ready);
        return;
    }
    if (!isUnreachable(me.error())) {
        m_err << "error: " << portal::kindName(me.error().kind);
        if (me.error().httpStatus != 0) {
            m_err << " (HTTP " << me.error().httpStatus << ")";
        }
        m_err << ": " << me.error().detail << Qt::endl;
        finish(CliExit::Portal);
        return;
    }
    m_codiceFiscale = m_settings.lastUser(host);
    if (m_codiceFiscale.isEmpty()) {
        m_err << "error: portal unreachable (" << portal::kindName(me.error().kind) << ") and no local copy for "
              << host << " yet" << Qt::endl;
        finish(CliExit::Portal);
        return;
    }
    openDatabase(ready);
}

void CliSession::openDatabase(const std::function<void()>& ready)
{
    const QString path = store::LocalDatabase::defaultPath(m_portal.host(), m_codiceFiscale);
    auto opened = session::UserSession::open(path, m_client, m_refresher);
    if (!opened) {
        m_err << "error: cannot open the local database " << path << ": " << opened.error().detail << Qt::endl;
        finish(CliExit::LocalStore);
        return;
    }
    m_user = std::move(opened).value();
    ready();
}

bool CliSession::isUnreachable(const PortalError& error)
{
    // No answer, or a portal (or its proxy) that cannot serve right now: what the sync engine retries later.
    return error.isUnreachable() || error.httpStatus >= 500 || error.httpStatus == 408 || error.httpStatus == 429;
}

void CliSession::sync(std::function<void(bool reached)> done)
{
    SyncEngine* engine = m_user->sync();
    auto* watch = new QObject(this);
    auto decided = std::make_shared<bool>(false);
    // Decides one event later: after `synced` the engine may start another round (changes made meanwhile).
    const auto settle = [this, engine, watch, decided, done = std::move(done)] {
        QTimer::singleShot(0, watch, [this, engine, watch, decided, done] {
            if (*decided || engine->state() == SyncEngine::State::Syncing) {
                return;
            }
            *decided = true;
            watch->deleteLater();
            if (m_sessionExpired) {
                m_err << "error: the portal ended the session: log in again with the app or `inlinea-cli login`"
                      << Qt::endl;
                finish(CliExit::NotLoggedIn);
                return;
            }
            const bool reached = engine->state() == SyncEngine::State::Idle;
            if (reached) {
                m_settings.setLastSync(m_portal.host(), m_codiceFiscale, QDateTime::currentDateTimeUtc());
                m_settings.sync();
            }
            done(reached);
        });
    };
    connect(engine, &SyncEngine::synced, watch, settle);
    connect(engine, &SyncEngine::stateChanged, watch, [settle](SyncEngine::State state) {
        if (state == SyncEngine::State::Waiting) {
            settle();
        }
    });
    engine->syncNow();
}

QString CliSession::localCopyDate() const
{
    QDateTime when = m_settings.lastSync(m_portal.host(), m_codiceFiscale);
    if (!when.isValid()) {
        // Brought up to date by the app only: the database was last written then (or by a later local change).
        when = QFileInfo(m_user->database().path()).lastModified();
    }
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("unknown date");
}

void CliSession::warnUnreachable()
{
    m_err << "warning: portal unreachable: showing the local copy of " << localCopyDate() << Qt::endl;
}

void CliSession::finish(int code)
{
    if (m_exitCode) {
        return;
    }
    m_exitCode = code;
    quitIfDone();
}

void CliSession::quitIfDone()
{
    if (!m_exitCode || m_keyringWrites > 0 || m_quitting) {
        return;
    }
    // A refresh the portal may already have carried out (rotating the refresh token) must not be cut off: wait for
    // its answer, which either stores the new tokens or fails within the client's timeout.
    if (m_refresher != nullptr && m_refresher->isRefreshing()) {
        QTimer::singleShot(std::chrono::milliseconds(50), this, &CliSession::quitIfDone);
        return;
    }
    m_quitting = true;
    CliExit::quit(*m_exitCode);
}

} // namespace inlinea::cli
