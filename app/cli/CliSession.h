#pragma once

#include "app/portal/PortalError.h"
#include "app/session/UserSession.h"
#include "app/settings/AppSettings.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace inlinea::auth {
class ApiSession;
class TokenRefresher;
class TokenStore;
struct Tokens;
} // namespace inlinea::auth
namespace inlinea::portal {
class PortalClient;
}
namespace inlinea::profile {
class ProfileApi;
}

namespace inlinea::cli {

// The logged-in user of the configured portal, for the commands that work on the user's data: the session the app
// or `login --cns` stored in the keyring, refreshed like the app's (new tokens go back to the keyring before the
// command exits), and the user's local database with its sync engine. The user is identified with GET /api/v1/me;
// when the portal cannot be reached, the last user of that portal is opened from the local copy instead.
class CliSession : public QObject {
    Q_OBJECT
public:
    CliSession(QTextStream& err, QObject* parent = nullptr);
    ~CliSession() override;

    // Reads --portal, --ca and --timeout (or the settings), loads the tokens and identifies the user, then opens the
    // user's local database and calls `ready`. On failure it says why on stderr and finishes with the exit code.
    void open(const QCommandLineParser& parser, std::function<void()> ready);

    [[nodiscard]] session::UserSession& user() { return *m_user; }
    // Whether GET /api/v1/me answered (false: working from the local copy).
    [[nodiscard]] bool identifiedOnline() const { return m_online; }

    // Sends what is waiting and refreshes the local copy; `done(true)` once the sync engine is idle, `done(false)`
    // when the portal could not be reached (the engine waits to retry).
    void sync(std::function<void(bool reached)> done);
    // "portal unreachable: showing the local copy of 2024-05-03 14:22" on stderr.
    void warnUnreachable();
    // Leaves the event loop with `code` once no refreshed tokens are still being written to the keyring. Only the
    // first call counts.
    void finish(int code);

private:
    void startRefresher(const auth::Tokens& tokens);
    void identify(std::function<void()> ready);
    void onIdentified(const Result<profile::Profile, portal::PortalError>& me, const std::function<void()>& ready);
    void openDatabase(const std::function<void()>& ready);
    [[nodiscard]] QString localCopyDate() const;
    void quitIfDone();
    [[nodiscard]] static bool isUnreachable(const portal::PortalError& error);

    QTextStream& m_err;
    settings::AppSettings m_settings;
    QUrl m_portal;
    QString m_codiceFiscale;
    auth::TokenStore* m_tokens;
    portal::PortalClient* m_client = nullptr;
    auth::TokenRefresher* m_refresher = nullptr;
    auth::ApiSession* m_api = nullptr;
    profile::ProfileApi* m_profileApi = nullptr;
    std::unique_ptr<session::UserSession> m_user;
    bool m_online = false;
    bool m_sessionExpired = false;
    int m_keyringWrites = 0;
    std::optional<int> m_exitCode;
    bool m_quitting = false;
};

} // namespace inlinea::cli
