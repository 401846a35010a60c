#include "Outbox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <array>

namespace inlinea::sync {

namespace {

using store::StoreError;

template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, key] : table) {
        if (v == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

template <typename E, std::size_t N>
E valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& key)
{
    for (const auto& [v, name] : table) {
        if (key == QLatin1String(name)) {
            return v;
        }
    }
    return table.front().first;
}

constexpr std::array<std::pair<OutboxItem::Entity, const char*>, 2> Entities{{
    {OutboxItem::Entity::Anagrafica, "anagrafica"},
    {OutboxItem::Entity::Profile, "profile"},
}};
constexpr std::array<std::pair<OutboxItem::Operation, const char*>, 5> Operations{{
    {OutboxItem::Operation::Create, "create"},
    {OutboxItem::Operation::Update, "update"},
    {OutboxItem::Operation::Delete, "delete"},
    {OutboxItem::Operation::Watch, "watch"},
    {OutboxItem::Operation::Unwatch, "unwatch"},
}};
constexpr std::array<std::pair<OutboxItem::State, const char*>, 3> States{{
    {OutboxItem::State::Pending, "pending"},
    {OutboxItem::State::Conflict, "conflict"},
    {OutboxItem::State::Rejected, "rejected"},
}};

const QString Columns = QStringLiteral("id, entity, operation, entity_id, base_version, payload, idempotency_key, "
                                       "state, portal_version, problem, attempts, last_error, created_at");

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

OutboxItem itemFrom(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.entity = valueOf(Entities, q.value(1).toString());
    item.operation = valueOf(Operations, q.value(2).toString());
    item.entityId = q.value(3).toLongLong();
    item.baseVersion = q.value(4).toInt();
    item.payload = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    item.idempotencyKey = q.value(6).toByteArray();
    item.state = valueOf(States, q.value(7).toString());
    item.portalVersion = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    item.problem = q.value(9).toByteArray();
    item.attempts = q.value(10).toInt();
    item.lastError = q.value(11).toString();
    item.createdAt = q.value(12).toString();
    return item;
}

StoreError errorOf(const QSqlQuery& q)
{
    return StoreError{q.lastError().text()};
}

} // namespace

Outbox::Outbox(store::LocalDatabase& db)
    : m_db(db)
{}

Result<std::optional<qint64>, StoreError> Outbox::enqueue(OutboxItem item)
{
    using Op = OutboxItem::Operation;
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    auto rollback = [&db](const QSqlQuery& q) {
        const StoreError error = errorOf(q);
        db.rollback();
        return fail(error);
    };

    // The last pending change of the same record, if any, to fold this one into. Watching is independent of the
    // record's data, so it is never folded with edits.
    const bool isEdit = item.operation == Op::Create || item.operation == Op::Update || item.operation == Op::Delete;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE entity = ? AND entity_id = ? AND state = 'pending' "
                             "AND operation IN ('create', 'update') ORDER BY id DESC LIMIT 1")
                  .arg(Columns));
    q.addBindValue(keyOf(Entities, item.entity));
    q.addBindValue(item.entityId);
    if (!q.exec()) {
        return rollback(q);
    }
    std::optional<OutboxItem> previous;
    if (isEdit && q.next()) {
        previous = itemFrom(q);
    }
    q.finish();

    std::optional<qint64> result;
    if (previous && item.operation == Op::Update) {
        // Two edits of a record not yet sent are one edit; a create stays a create with the newer data.
        q.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
        q.addBindValue(compact(item.payload));
        q.addBindValue(previous->id);
        if (!q.exec()) {
            return rollback(q);
        }
        result = previous->id;
    } else if (previous && previous->operation == Op::Create && item.operation == Op::Delete) {
        // Created and deleted before the portal ever heard of it: nothing to send.
        q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_id = ?"));
        q.addBindValue(keyOf(Entities, item.entity));
        q.addBindValue(item.entityId);
        if (!q.exec()) {
            return rollback(q);
        }
    } else {
        if (previous && item.operation == Op::Delete) {
            // The pending edit is pointless once the record goes.
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
            q.addBindValue(previous->id);
            if (!q.exec()) {
                return rollback(q);
            }
        }
        if (item.idempotencyKey.isEmpty()) {
            item.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        }
        q.prepare(QStringLiteral("INSERT INTO outbox (entity, operation, entity_id, base_version, payload, "
                                 "idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(keyOf(Entities, item.entity));
        q.addBindValue(keyOf(Operations, item.operation));
        q.addBindValue(item.entityId);
        q.addBindValue(item.baseVersion);
        q.addBindValue(compact(item.payload));
        q.addBindValue(item.idempotencyKey);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!q.exec()) {
            return rollback(q);
        }
        result = q.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return result;
}

Result<QList<OutboxItem>, StoreError> Outbox::items() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY id").arg(Columns))) {
        return fail(errorOf(q));
    }
    QList<OutboxItem> result;
    while (q.next()) {
        result.append(itemFrom(q));
    }
    return result;
}

Result<std::optional<OutboxItem>, StoreError> Outbox::nextPending() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' ORDER BY id LIMIT 1").arg(Columns))) {
        return fail(errorOf(q));
    }
    if (!q.next()) {
        return std::optional<OutboxItem>();
    }
    return std::optional<OutboxItem>(itemFrom(q));
}

Result<std::optional<OutboxItem>, StoreError> Outbox::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(Columns));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    if (!q.next()) {
        return std::optional<OutboxItem>();
    }
    return std::optional<OutboxItem>(itemFrom(q));
}

Result<int, StoreError> Outbox::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next()) {
        return fail(errorOf(q));
    }
    return q.value(0).toInt();
}

Result<int, StoreError> Outbox::count(OutboxItem::State state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"));
    q.addBindValue(keyOf(States, state));
    if (!q.exec() || !q.next()) {
        return fail(errorOf(q));
    }
    return q.value(0).toInt();
}

Result<bool, StoreError> Outbox::hasChanges(OutboxItem::Entity entity, qint64 entityId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND entity_id = ? LIMIT 1"));
    q.addBindValue(keyOf(Entities, entity));
    q.addBindValue(entityId);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return q.next();
}

namespace {

Status<StoreError> run(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return Ok{};
}

} // namespace

Status<StoreError> Outbox::remove(qint64 id)
{
    return run(m_db.connection(), QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
}

Status<StoreError> Outbox::markAttempt(qint64 id, const QString& error)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"), {error, id});
}

Status<StoreError> Outbox::markConflict(qint64 id, const QJsonObject& portalVersion)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE outbox SET state = 'conflict', portal_version = ?, attempts = attempts + 1 "
                              "WHERE id = ?"),
               {compact(portalVersion), id});
}

Status<StoreError> Outbox::markRejected(qint64 id, const QByteArray& problem)
{
    return run(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET state = 'rejected', problem = ?, attempts = attempts + 1 WHERE id = ?"),
        {problem, id});
}

Status<StoreError> Outbox::retry(qint64 id, const QJsonObject& payload, int baseVersion)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE outbox SET state = 'pending', payload = ?, base_version = ?, "
                              "portal_version = NULL, problem = NULL WHERE id = ?"),
               {compact(payload), baseVersion, id});
}

Status<StoreError> Outbox::renumber(qint64 localId, qint64 portalId)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE outbox SET entity_id = ? WHERE entity = 'anagrafica' AND entity_id = ?"),
               {portalId, localId});
}

Status<StoreError> Outbox::rebase(OutboxItem::Entity entity, qint64 entityId, int version)
{
    return run(
        m_db.connection(),
        QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_id = ? AND state = 'pending'"),
        {version, keyOf(Entities, entity), entityId});
}

} // namespace inlinea::sync
