#pragma once

#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace inlinea::sync {

// A change the user made that the portal has not accepted yet. Kept in the local database, so it survives a crash,
// a restart and any outage; sent in the order it was made.
struct OutboxItem {
    enum class Entity { Anagrafica, Profile };
    enum class Operation { Create, Update, Delete, Watch, Unwatch };
    enum class State {
        Pending,  // waiting to be sent
        Conflict, // the portal changed the same record meanwhile (412): the user chooses
        Rejected, // the portal refused the data (422, 404, 409): the user corrects or discards
    };

    qint64 id = 0;
    Entity entity = Entity::Anagrafica;
    Operation operation = Operation::Update;
    qint64 entityId = 0;       // anagrafica id (negative until a create is accepted); 0 for the profile
    int baseVersion = 0;       // the portal version the change was made on (If-Match)
    QJsonObject payload;       // the record as the user wants it
    QByteArray idempotencyKey; // creates: the same key on every attempt, so a retry never creates twice
    State state = State::Pending;
    QJsonObject portalVersion; // Conflict: the portal's record when it refused
    QByteArray problem;        // Rejected: the portal's problem+json
    int attempts = 0;
    QString lastError; // why the last attempt did not get through (technical, for the details line)
    QString createdAt; // ISO 8601 UTC
};

class Outbox {
public:
    explicit Outbox(store::LocalDatabase& db);

    // Adds a change, folding it into a pending one for the same record when that keeps the meaning: two updates
    // become the last one; an update of a record created offline becomes its create; deleting a record created
    // offline drops both. Returns the item that now carries the change (nullopt when nothing is left to send).
    [[nodiscard]] Result<std::optional<qint64>, store::StoreError> enqueue(OutboxItem item);

    [[nodiscard]] Result<QList<OutboxItem>, store::StoreError> items() const;
    [[nodiscard]] Result<std::optional<OutboxItem>, store::StoreError> nextPending() const;
    [[nodiscard]] Result<std::optional<OutboxItem>, store::StoreError> find(qint64 id) const;
    // Items still to be accepted by the portal, whatever their state (the status bar's "N modifiche in attesa").
    [[nodiscard]] Result<int, store::StoreError> count() const;
    [[nodiscard]] Result<int, store::StoreError> count(OutboxItem::State state) const;
    // Whether a record has changes not yet accepted.
    [[nodiscard]] Result<bool, store::StoreError> hasChanges(OutboxItem::Entity entity, qint64 entityId) const;

    [[nodiscard]] Status<store::StoreError> remove(qint64 id);
    [[nodiscard]] Status<store::StoreError> markAttempt(qint64 id, const QString& error);
    [[nodiscard]] Status<store::StoreError> markConflict(qint64 id, const QJsonObject& portalVersion);
    [[nodiscard]] Status<store::StoreError> markRejected(qint64 id, const QByteArray& problem);
    // The user resolved a conflict or corrected rejected data: send this payload, based on that version.
    [[nodiscard]] Status<store::StoreError> retry(qint64 id, const QJsonObject& payload, int baseVersion);
    // A create was accepted: later items for the local id now refer to the portal's id.
    [[nodiscard]] Status<store::StoreError> renumber(qint64 localId, qint64 portalId);
    // A change was accepted and the record is now at `version`: the record's later changes build on it.
    [[nodiscard]] Status<store::StoreError> rebase(OutboxItem::Entity entity, qint64 entityId, int version);

private:
    store::LocalDatabase& m_db;
};

} // namespace inlinea::sync
