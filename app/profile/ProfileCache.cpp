#include "ProfileCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inlinea::profile {

ProfileCache::ProfileCache(store::LocalDatabase& db)
    : m_db(db)
{}

Result<std::optional<Profile>, store::StoreError> ProfileCache::load() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT record FROM profile WHERE id = 1"))) {
        return fail(store::StoreError{q.lastError().text()});
    }
    if (!q.next()) {
        return std::optional<Profile>();
    }
    return std::optional<Profile>(Profile::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
}

Result<bool, store::StoreError> ProfileCache::isPending() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT pending FROM profile WHERE id = 1"))) {
        return fail(store::StoreError{q.lastError().text()});
    }
    return q.next() && q.value(0).toBool();
}

Status<store::StoreError> ProfileCache::save(const Profile& profile, bool pending)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO profile (id, pending, record) VALUES (1, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET pending = excluded.pending, record = excluded.record"));
    q.addBindValue(pending);
    q.addBindValue(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    if (!q.exec()) {
        return fail(store::StoreError{q.lastError().text()});
    }
    return Ok{};
}

} // namespace inlinea::profile
