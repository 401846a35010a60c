#pragma once

#include "app/anagrafiche/AnagraficheCache.h"
#include "app/drafts/DraftStore.h"
#include "app/procedimenti/CatalogCache.h"
#include "app/profile/ProfileCache.h"
#include "app/store/LocalDatabase.h"
#include "app/submissions/DraftAttachments.h"
#include "app/submissions/SubmissionStore.h"
#include "app/sync/Outbox.h"
#include "common/Result.h"

#include <QObject>

#include <memory>

namespace inlinea::auth {
class ApiSession;
class TokenRefresher;
} // namespace inlinea::auth
namespace inlinea::portal {
class PortalClient;
}
namespace inlinea::anagrafiche {
class AnagraficheApi;
}
namespace inlinea::profile {
class ProfileApi;
}
namespace inlinea::procedimenti {
class CatalogSync;
class ProcedimentiApi;
} // namespace inlinea::procedimenti
namespace inlinea::sync {
class SyncEngine;
}
namespace inlinea::submissions {
class SubmissionEngine;
}

namespace inlinea::session {

// Everything that belongs to one logged-in user of one portal: the local database with its caches and outbox, the
// API clients on the user's tokens and the sync engine between them. Made at login, gone at logout.
class UserSession : public QObject {
    Q_OBJECT
public:
    ~UserSession() override;

    // Opens the user's database (creating it the first time). `client` and `tokens` may be null for an offline
    // session: changes are queued and nothing is sent until setPortal().
    [[nodiscard]] static Result<std::unique_ptr<UserSession>, store::StoreError>
    open(const QString& databasePath, portal::PortalClient* client, auth::TokenRefresher* tokens);

    [[nodiscard]] store::LocalDatabase& database() { return *m_db; }
    [[nodiscard]] anagrafiche::AnagraficheCache& anagrafiche() { return m_anagrafiche; }
    [[nodiscard]] profile::ProfileCache& profile() { return m_profile; }
    [[nodiscard]] sync::Outbox& outbox() { return m_outbox; }
    [[nodiscard]] procedimenti::CatalogCache& catalog() { return m_catalog; }
    [[nodiscard]] drafts::DraftStore& drafts() { return m_drafts; }
    [[nodiscard]] submissions::DraftAttachments& attachments() { return m_attachments; }
    [[nodiscard]] submissions::SubmissionStore& submissions() { return m_submissions; }
    // Sends the submissions (Invia); in an offline session they wait for the next login.
    [[nodiscard]] submissions::SubmissionEngine* submissionEngine() const { return m_submissionEngine; }
    // Refreshed after each sync that reached the portal.
    [[nodiscard]] procedimenti::CatalogSync* catalogSync() const { return m_catalogSync; }
    [[nodiscard]] sync::SyncEngine* sync() const { return m_sync; }
    [[nodiscard]] anagrafiche::AnagraficheApi* anagraficheApi() const { return m_anagraficheApi; }
    [[nodiscard]] profile::ProfileApi* profileApi() const { return m_profileApi; }

private:
    UserSession(std::unique_ptr<store::LocalDatabase> db, portal::PortalClient* client, auth::TokenRefresher* tokens);

    std::unique_ptr<store::LocalDatabase> m_db;
    anagrafiche::AnagraficheCache m_anagrafiche;
    profile::ProfileCache m_profile;
    sync::Outbox m_outbox;
    procedimenti::CatalogCache m_catalog;
    drafts::DraftStore m_drafts;
    submissions::DraftAttachments m_attachments;
    submissions::SubmissionStore m_submissions;
    auth::ApiSession* m_api;
    anagrafiche::AnagraficheApi* m_anagraficheApi;
    profile::ProfileApi* m_profileApi;
    sync::SyncEngine* m_sync;
    procedimenti::ProcedimentiApi* m_procedimentiApi;
    procedimenti::CatalogSync* m_catalogSync;
    submissions::SubmissionEngine* m_submissionEngine;
};

} // namespace inlinea::session
