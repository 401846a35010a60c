#include "SyncEngine.h"

#include "app/anagrafiche/AnagraficheApi.h"
#include "app/anagrafiche/AnagraficheCache.h"
#include "app/portal/JsonAnswer.h"
#include "app/profile/ProfileApi.h"
#include "app/profile/ProfileCache.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "inlinea.sync")

namespace inlinea::sync {

using anagrafiche::Anagrafica;
using portal::PortalError;
using Entity = OutboxItem::Entity;
using Operation = OutboxItem::Operation;

SyncEngine::SyncEngine(anagrafiche::AnagraficheCache& anagrafiche, profile::ProfileCache& profile, Outbox& outbox,
                       anagrafiche::AnagraficheApi* anagraficheApi, profile::ProfileApi* profileApi, QObject* parent)
    : QObject(parent)
    , m_anagrafiche(anagrafiche)
    , m_profile(profile)
    , m_outbox(outbox)
    , m_anagraficheApi(anagraficheApi)
    , m_profileApi(profileApi)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

int SyncEngine::pendingCount() const
{
    const auto count = m_outbox.count();
    return count ? count.value() : 0;
}

void SyncEngine::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_delay = first;
    m_maxDelay = max;
}

void SyncEngine::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void SyncEngine::emitCounts()
{
    Q_EMIT pendingCountChanged(pendingCount());
}

// --- local changes ---

Status<store::StoreError> SyncEngine::queue(const OutboxItem& item)
{
    if (auto queued = m_outbox.enqueue(item); !queued) {
        return fail(queued.error());
    }
    afterLocalChange();
    return Ok{};
}

void SyncEngine::afterLocalChange()
{
    emitCounts();
    // Queued: the caller finishes its own work (and its signals) before sending starts.
    QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
}

Result<qint64, store::StoreError> SyncEngine::saveAnagrafica(const Anagrafica& anagrafica)
{
    Anagrafica local = anagrafica;
    OutboxItem item;
    item.entity = Entity::Anagrafica;
    if (local.id == 0) {
        const auto id = m_anagrafiche.nextLocalId();
        if (!id) {
            return fail(id.error());
        }
        local.id = id.value();
        local.version = 0;
        item.operation = Operation::Create;
    } else {
        // A record created offline stays a create (the outbox folds this update into it).
        item.operation = Operation::Update;
    }
    item.entityId = local.id;
    item.baseVersion = local.version;
    item.payload = local.toWritableJson();
    if (auto stored = m_anagrafiche.put(local, true); !stored) {
        return fail(stored.error());
    }
    if (auto queued = queue(item); !queued) {
        return fail(queued.error());
    }
    Q_EMIT anagraficheChanged();
    return local.id;
}

Status<store::StoreError> SyncEngine::deleteAnagrafica(qint64 id)
{
    const auto cached = m_anagrafiche.find(id);
    if (!cached) {
        return fail(cached.error());
    }
    OutboxItem item;
    item.entity = Entity::Anagrafica;
    item.operation = Operation::Delete;
    item.entityId = id;
    item.baseVersion = cached.value() ? cached.value()->version : 0;
    if (auto queued = queue(item); !queued) {
        return fail(queued.error());
    }
    if (auto removed = m_anagrafiche.remove(id); !removed) {
        return fail(removed.error());
    }
    Q_EMIT anagraficheChanged();
    return Ok{};
}

Status<store::StoreError> SyncEngine::setWatched(qint64 id, bool watched)
{
    const auto cached = m_anagrafiche.find(id);
    if (!cached) {
        return fail(cached.error());
    }
    if (!cached.value()) {
        return Ok{};
    }
    Anagrafica local = *cached.value();
    local.watched = watched;
    OutboxItem item;
    item.entity = Entity::Anagrafica;
    item.operation = watched ? Operation::Watch : Operation::Unwatch;
    item.entityId = id;
    item.baseVersion = local.version;
    if (auto stored = m_anagrafiche.put(local, true); !stored) {
        return fail(stored.error());
    }
    if (auto queued = queue(item); !queued) {
        return fail(queued.error());
    }
    Q_EMIT anagraficheChanged();
    return Ok{};
}

Status<store::StoreError> SyncEngine::saveProfile(const profile::Profile& profile)
{
    OutboxItem item;
    item.entity = Entity::Profile;
    item.operation = Operation::Update;
    item.entityId = 0;
    item.baseVersion = profile.version;
    item.payload = profile.toWritableJson();
    if (auto stored = m_profile.save(profile, true); !stored) {
        return fail(stored.error());
    }
    if (auto queued = queue(item); !queued) {
        return fail(queued.error());
    }
    Q_EMIT profileChanged();
    return Ok{};
}

// --- conflicts ---

Status<store::StoreError> SyncEngine::keepPortalVersion(qint64 outboxId)
{
    const auto found = m_outbox.find(outboxId);
    if (!found || !found.value()) {
        return found ? Status<store::StoreError>(Ok{}) : fail(found.error());
    }
    const OutboxItem item = *found.value();
    if (auto removed = m_outbox.remove(outboxId); !removed) {
        return fail(removed.error());
    }
    if (!item.portalVersion.isEmpty()) {
        if (item.entity == Entity::Profile) {
            if (auto saved = m_profile.save(profile::Profile::fromJson(item.portalVersion), false); !saved) {
                return fail(saved.error());
            }
            Q_EMIT profileChanged();
        } else {
            const auto more = m_outbox.hasChanges(Entity::Anagrafica, item.entityId);
            if (auto saved = m_anagrafiche.put(Anagrafica::fromJson(item.portalVersion), more && more.value());
                !saved) {
                return fail(saved.error());
            }
            Q_EMIT anagraficheChanged();
        }
    }
    afterLocalChange();
    return Ok{};
}

Status<store::StoreError> SyncEngine::resolveWith(qint64 outboxId, const QJsonObject& payload)
{
    const auto found = m_outbox.find(outboxId);
    if (!found || !found.value()) {
        return found ? Status<store::StoreError>(Ok{}) : fail(found.error());
    }
    const OutboxItem item = *found.value();
    // Over the portal's version when there was a conflict; a corrected rejected change keeps its base.
    const int base =
        item.portalVersion.isEmpty() ? item.baseVersion : item.portalVersion.value(QStringLiteral("version")).toInt();
    if (auto retried = m_outbox.retry(outboxId, payload, base); !retried) {
        return fail(retried.error());
    }
    if (item.entity == Entity::Profile) {
        profile::Profile local =
            profile::Profile::fromJson(item.portalVersion.isEmpty() ? payload : QJsonObject(item.portalVersion));
        const profile::Profile mine = profile::Profile::fromJson(payload);
        for (const profile::ProfileField& field : profile::profileTextFields()) {
            local.*field.member = mine.*field.member;
        }
        local.newsletterEventi = mine.newsletterEventi;
        local.newsletterServizi = mine.newsletterServizi;
        local.funzionario = mine.funzionario;
        local.version = base;
        if (auto saved = m_profile.save(local, true); !saved) {
            return fail(saved.error());
        }
        Q_EMIT profileChanged();
    } else {
        Anagrafica local = Anagrafica::fromJson(payload);
        local.id = item.entityId;
        local.version = base;
        if (!item.portalVersion.isEmpty()) {
            const Anagrafica portal = Anagrafica::fromJson(item.portalVersion);
            local.watched = portal.watched;
            local.domande = portal.domande;
        }
        if (auto saved = m_anagrafiche.put(local, true); !saved) {
            return fail(saved.error());
        }
        Q_EMIT anagraficheChanged();
    }
    afterLocalChange();
    return Ok{};
}

Status<store::StoreError> SyncEngine::discard(qint64 outboxId)
{
    const auto found = m_outbox.find(outboxId);
    if (!found || !found.value()) {
        return found ? Status<store::StoreError>(Ok{}) : fail(found.error());
    }
    const OutboxItem item = *found.value();
    if (auto removed = m_outbox.remove(outboxId); !removed) {
        return fail(removed.error());
    }
    if (item.entity == Entity::Profile) {
        const auto cached = m_profile.load();
        if (cached && cached.value()) {
            (void)m_profile.save(*cached.value(), false);
        }
    } else if (const auto more = m_outbox.hasChanges(Entity::Anagrafica, item.entityId); more && !more.value()) {
        if (item.entityId < 0) {
            // Never reached the portal: nothing will bring it back.
            (void)m_anagrafiche.remove(item.entityId);
            Q_EMIT anagraficheChanged();
        } else if (const auto cached = m_anagrafiche.find(item.entityId); cached && cached.value()) {
            // The next refresh brings back the portal's record over the discarded change.
            (void)m_anagrafiche.put(*cached.value(), false);
        }
    }
    afterLocalChange();
    return Ok{};
}

// --- sending ---

void SyncEngine::syncNow()
{
    if (m_state == State::Syncing) {
        m_again = true;
        return;
    }
    m_retry.stop();
    m_again = false;
    setState(State::Syncing);
    sendNext();
}

bool SyncEngine::isTransient(const PortalError& error)
{
    // No answer, a server in trouble or too busy: the same request may succeed later. Any other 4xx is about the
    // data, and sending it again would be refused again.
    if (error.kind == PortalError::Kind::Unauthorized) {
        return true;
    }
    if (error.httpStatus >= 400 && error.httpStatus < 500) {
        return error.httpStatus == 408 || error.httpStatus == 429;
    }
    return true;
}

void SyncEngine::wait(const PortalError& error)
{
    m_lastError = error;
    qCInfo(lcSync) << "portal not reachable, retrying in" << m_delay.count() << "ms:" << portal::kindName(error.kind)
                   << error.detail;
    setState(State::Waiting);
    m_retry.start(m_delay);
    m_delay = std::min(m_delay * 2, m_maxDelay);
    if (m_again) {
        m_again = false;
    }
}

void SyncEngine::sendNext()
{
    const auto next = m_outbox.nextPending();
    if (!next) {
        qCWarning(lcSync) << "cannot read the outbox:" << next.error().detail;
        setState(State::Idle);
        return;
    }
    if (!next.value()) {
        refresh();
        return;
    }
    const OutboxItem item = *next.value();
    if (item.entity == Entity::Profile) {
        sendProfile(item);
    } else {
        sendAnagrafica(item);
    }
}

void SyncEngine::sendAnagrafica(const OutboxItem& item)
{
    auto done = [this, item](const Result<Anagrafica, PortalError>& answer) {
        if (answer) {
            onItemDone(item, answer->toJson());
        } else {
            onItemDone(item, fail(answer.error()));
        }
    };
    Anagrafica record = Anagrafica::fromJson(item.payload);
    record.id = item.entityId;
    switch (item.operation) {
    case Operation::Create: m_anagraficheApi->create(record, item.idempotencyKey, this, done); break;
    case Operation::Update: m_anagraficheApi->update(record, item.baseVersion, this, done); break;
    case Operation::Delete:
        m_anagraficheApi->remove(item.entityId, item.baseVersion, this,
                                 [this, item](const Status<PortalError>& answer) {
                                     if (answer) {
                                         onItemDone(item, QJsonObject());
                                     } else {
                                         onItemDone(item, fail(answer.error()));
                                     }
                                 });
        break;
    case Operation::Watch:
    case Operation::Unwatch:
        m_anagraficheApi->setWatched(item.entityId, item.operation == Operation::Watch, this, done);
        break;
    }
}

void SyncEngine::sendProfile(const OutboxItem& item)
{
    m_profileApi->update(profile::Profile::fromJson(item.payload), item.baseVersion, this,
                         [this, item](const Result<profile::Profile, PortalError>& answer) {
                             if (answer) {
                                 onItemDone(item, answer->toJson());
                             } else {
                                 onItemDone(item, fail(answer.error()));
                             }
                         });
}

void SyncEngine::onItemDone(const OutboxItem& item, const Result<QJsonObject, PortalError>& result)
{
    if (!result) {
        const PortalError& error = result.error();
        if (error.kind == PortalError::Kind::Cancelled) {
            setState(State::Idle);
            return;
        }
        if (isTransient(error)) {
            (void)m_outbox.markAttempt(item.id, error.detail);
            wait(error);
            return;
        }
        if (error.httpStatus == 404 && item.operation == Operation::Delete) {
            // Already gone from the portal: what the user wanted.
            (void)m_outbox.remove(item.id);
        } else if (error.httpStatus == 412) {
            (void)m_outbox.markConflict(item.id, portal::JsonAnswer::conflictCurrent(error).value_or(QJsonObject()));
            Q_EMIT attentionNeeded(item.id);
        } else {
            (void)m_outbox.markRejected(item.id, error.body);
            Q_EMIT attentionNeeded(item.id);
        }
        emitCounts();
        sendNext();
        return;
    }

    m_delay = m_firstDelay;
    (void)m_outbox.remove(item.id);
    const QJsonObject& json = result.value();
    if (item.entity == Entity::Profile) {
        const auto more = m_outbox.hasChanges(Entity::Profile, 0);
        const profile::Profile accepted = profile::Profile::fromJson(json);
        (void)m_outbox.rebase(Entity::Profile, 0, accepted.version);
        if (more && !more.value()) {
            (void)m_profile.save(accepted, false);
            Q_EMIT profileChanged();
        }
    } else if (item.operation != Operation::Delete) {
        const Anagrafica accepted = Anagrafica::fromJson(json);
        if (item.operation == Operation::Create) {
            (void)m_anagrafiche.changeId(item.entityId, accepted.id);
            (void)m_outbox.renumber(item.entityId, accepted.id);
            Q_EMIT anagraficaRenumbered(item.entityId, accepted.id);
        }
        (void)m_outbox.rebase(Entity::Anagrafica, accepted.id, accepted.version);
        const auto more = m_outbox.hasChanges(Entity::Anagrafica, accepted.id);
        if (more && !more.value()) {
            (void)m_anagrafiche.put(accepted, false);
        }
        Q_EMIT anagraficheChanged();
    }
    emitCounts();
    sendNext();
}

void SyncEngine::refresh()
{
    m_profileApi->get(this, [this](const Result<profile::Profile, PortalError>& profileAnswer) {
        if (!profileAnswer) {
            if (isTransient(profileAnswer.error())) {
                wait(profileAnswer.error());
                return;
            }
            qCWarning(lcSync) << "profile refresh refused:" << profileAnswer.error().detail;
        } else {
            const auto pending = m_outbox.hasChanges(Entity::Profile, 0);
            if (pending && !pending.value()) {
                (void)m_profile.save(profileAnswer.value(), false);
                Q_EMIT profileChanged();
            }
        }
        m_anagraficheApi->all(this, [this](const Result<QList<Anagrafica>, PortalError>& list) {
            if (!list) {
                if (isTransient(list.error())) {
                    wait(list.error());
                    return;
                }
                qCWarning(lcSync) << "anagrafiche refresh refused:" << list.error().detail;
            } else if (auto stored = m_anagrafiche.replaceFromPortal(list.value()); !stored) {
                qCWarning(lcSync) << "cannot store the anagrafiche:" << stored.error().detail;
            }
            Q_EMIT anagraficheChanged();
            m_delay = m_firstDelay;
            setState(State::Idle);
            Q_EMIT synced();
            if (m_again) {
                syncNow();
            }
        });
    });
}

} // namespace inlinea::sync
