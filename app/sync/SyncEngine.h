#pragma once

#include "Outbox.h"
#include "app/anagrafiche/Anagrafica.h"
#include "app/portal/PortalError.h"
#include "app/profile/Profile.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace inlinea::anagrafiche {
class AnagraficheApi;
class AnagraficheCache;
} // namespace inlinea::anagrafiche
namespace inlinea::profile {
class ProfileApi;
class ProfileCache;
} // namespace inlinea::profile

namespace inlinea::sync {

// Every change to anagrafiche and to the profile goes through here: written to the local cache and to the outbox at
// once (so nothing typed is lost), then sent to the portal in order whenever it can be reached. After the outbox is
// drained the cache is refreshed from the portal. A refusal never discards the user's data: a 412 becomes a conflict
// the user resolves, a 422 a rejected change the user corrects.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,    // nothing to send, cache up to date as of lastSync()
        Syncing, // sending changes or refreshing
        Waiting, // the portal could not be reached; retrying later (or when it is back online)
    };
    Q_ENUM(State)

    SyncEngine(anagrafiche::AnagraficheCache& anagrafiche, profile::ProfileCache& profile, Outbox& outbox,
               anagrafiche::AnagraficheApi* anagraficheApi, profile::ProfileApi* profileApi, QObject* parent = nullptr);

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] const portal::PortalError& lastError() const noexcept { return m_lastError; }
    // Changes not yet accepted by the portal (pending, in conflict or rejected).
    [[nodiscard]] int pendingCount() const;

    // --- changes made by the user (local first; return the local record's id) ---
    [[nodiscard]] Result<qint64, store::StoreError> saveAnagrafica(const anagrafiche::Anagrafica& anagrafica);
    [[nodiscard]] Status<store::StoreError> deleteAnagrafica(qint64 id);
    [[nodiscard]] Status<store::StoreError> setWatched(qint64 id, bool watched);
    [[nodiscard]] Status<store::StoreError> saveProfile(const profile::Profile& profile);

    // --- conflicts and rejected changes ---
    // The portal's version wins: the local change is dropped and the cache shows the portal's record.
    [[nodiscard]] Status<store::StoreError> keepPortalVersion(qint64 outboxId);
    // Send this record (the user's, or a per-field merge) over the portal's current version.
    [[nodiscard]] Status<store::StoreError> resolveWith(qint64 outboxId, const QJsonObject& payload);
    // Give up a rejected change (the cache goes back to the portal's record at the next refresh).
    [[nodiscard]] Status<store::StoreError> discard(qint64 outboxId);

    // Retry delays after the portal could not be reached: 2 s doubling to 5 min.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

public Q_SLOTS:
    // Sends what is waiting, then refreshes the cache. Safe to call at any time (coalesced).
    void syncNow();

Q_SIGNALS:
    void stateChanged(inlinea::sync::SyncEngine::State state);
    void pendingCountChanged(int count);
    // The cached anagrafiche or profile changed (after a sync, or a local edit).
    void anagraficheChanged();
    void profileChanged();
    // An item went into conflict or was rejected: the user should look at it.
    void attentionNeeded(qint64 outboxId);
    // An anagrafica created offline was accepted: what referred to its local id (drafts) now refers to `portalId`.
    void anagraficaRenumbered(qint64 localId, qint64 portalId);
    void synced();

private:
    void setState(State state);
    void sendNext();
    void onItemDone(const OutboxItem& item, const Result<QJsonObject, portal::PortalError>& result);
    void sendAnagrafica(const OutboxItem& item);
    void sendProfile(const OutboxItem& item);
    void refresh();
    void wait(const portal::PortalError& error);
    void emitCounts();
    [[nodiscard]] Status<store::StoreError> queue(const OutboxItem& item);
    void afterLocalChange();
    [[nodiscard]] static bool isTransient(const portal::PortalError& error);

    anagrafiche::AnagraficheCache& m_anagrafiche;
    profile::ProfileCache& m_profile;
    Outbox& m_outbox;
    anagrafiche::AnagraficheApi* m_anagraficheApi;
    profile::ProfileApi* m_profileApi;
    State m_state = State::Idle;
    bool m_again = false;
    portal::PortalError m_lastError;
    QTimer m_retry;
    std::chrono::milliseconds m_firstDelay{2000};
    std::chrono::milliseconds m_maxDelay{300000};
    std::chrono::milliseconds m_delay{2000};
};

} // namespace inlinea::sync
