#include "UserSession.h"

#include "app/anagrafiche/AnagraficheApi.h"
#include "app/auth/ApiSession.h"
#include "app/procedimenti/CatalogSync.h"
#include "app/procedimenti/ProcedimentiApi.h"
#include "app/profile/ProfileApi.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/SyncEngine.h"

namespace inlinea::session {

UserSession::UserSession(std::unique_ptr<store::LocalDatabase> db, portal::PortalClient* client,
                         auth::TokenRefresher* tokens)
    : m_db(std::move(db))
    , m_anagrafiche(*m_db)
    , m_profile(*m_db)
    , m_outbox(*m_db)
    , m_catalog(*m_db)
    , m_drafts(*m_db)
    , m_attachments(*m_db)
    , m_submissions(*m_db)
    , m_api(new auth::ApiSession(client, tokens, this))
    , m_anagraficheApi(new anagrafiche::AnagraficheApi(m_api, this))
    , m_profileApi(new profile::ProfileApi(m_api, this))
    , m_sync(new sync::SyncEngine(m_anagrafiche, m_profile, m_outbox, m_anagraficheApi, m_profileApi, this))
    , m_procedimentiApi(new procedimenti::ProcedimentiApi(m_api, this))
    , m_catalogSync(new procedimenti::CatalogSync(m_catalog, m_procedimentiApi, this))
    , m_submissionEngine(new submissions::SubmissionEngine(m_submissions, client ? m_api : nullptr, this))
{
    // The portal answered: bring the forms up to date too, so they can be compiled offline later.
    connect(m_sync, &sync::SyncEngine::synced, m_catalogSync, &procedimenti::CatalogSync::refresh);
    // A sync that reached the portal means it is back: submissions waiting for it go now (also those left from the
    // last run of the app).
    connect(m_sync, &sync::SyncEngine::synced, m_submissionEngine, &submissions::SubmissionEngine::sendNow);
    connect(m_sync, &sync::SyncEngine::anagraficaRenumbered, this,
            [this](qint64 localId, qint64 portalId) { (void)m_drafts.renumberAnagrafica(localId, portalId); });
}

UserSession::~UserSession()
{
    // The engines and the API clients reference the caches: they go first.
    delete m_submissionEngine;
    delete m_catalogSync;
    delete m_procedimentiApi;
    delete m_sync;
    delete m_profileApi;
    delete m_anagraficheApi;
    delete m_api;
}

Result<std::unique_ptr<UserSession>, store::StoreError>
UserSession::open(const QString& databasePath, portal::PortalClient* client, auth::TokenRefresher* tokens)
{
    auto db = store::LocalDatabase::open(databasePath);
    if (!db) {
        return fail(db.error());
    }
    return std::unique_ptr<UserSession>(new UserSession(std::move(db).value(), client, tokens));
}

} // namespace inlinea::session
