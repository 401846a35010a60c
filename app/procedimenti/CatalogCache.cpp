#include "CatalogCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inlinea::procedimenti {

using store::StoreError;

namespace {

StoreError errorOf(const QSqlQuery& q)
{
    return StoreError{q.lastError().text()};
}

} // namespace

CatalogCache::CatalogCache(store::LocalDatabase& db)
    : m_db(db)
{}

Result<QList<Procedimento>, StoreError> CatalogCache::catalog() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT record FROM procedimenti ORDER BY position"))) {
        return fail(errorOf(q));
    }
    QList<Procedimento> result;
    while (q.next()) {
        result.append(Procedimento::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
    }
    return result;
}

Status<StoreError> CatalogCache::replaceCatalog(const QList<Procedimento>& catalog)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM procedimenti"))) {
        const StoreError error = errorOf(q);
        db.rollback();
        return fail(error);
    }
    q.prepare(QStringLiteral("INSERT INTO procedimenti (code, position, record) VALUES (?, ?, ?)"));
    int position = 0;
    for (const Procedimento& p : catalog) {
        q.addBindValue(p.code);
        q.addBindValue(position++);
        q.addBindValue(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact));
        if (!q.exec()) {
            const StoreError error = errorOf(q);
            db.rollback();
            return fail(error);
        }
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return Ok{};
}

Result<std::optional<FormDefinition>, StoreError> CatalogCache::definition(const QString& code,
                                                                           const QString& version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT document FROM form_definitions WHERE code = ? AND version = ?"));
    q.addBindValue(code);
    q.addBindValue(version);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    if (!q.next()) {
        return std::optional<FormDefinition>();
    }
    return std::optional<FormDefinition>(
        FormDefinition::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
}

Result<bool, StoreError> CatalogCache::hasDefinition(const QString& code, const QString& version) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM form_definitions WHERE code = ? AND version = ?"));
    q.addBindValue(code);
    q.addBindValue(version);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return q.next();
}

Status<StoreError> CatalogCache::putDefinition(const FormDefinition& definition)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO form_definitions (code, version, document) VALUES (?, ?, ?) "
                             "ON CONFLICT(code, version) DO UPDATE SET document = excluded.document"));
    q.addBindValue(definition.code);
    q.addBindValue(definition.version);
    q.addBindValue(QJsonDocument(definition.raw).toJson(QJsonDocument::Compact));
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return Ok{};
}

} // namespace inlinea::procedimenti
