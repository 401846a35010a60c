#include "AnagraficheCache.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inlinea::anagrafiche {

namespace {

using store::StoreError;

// FTS5's trigram tokenizer indexes every 3 characters; shorter text is matched with LIKE instead, which stops at
// the first page of the sorted index because short prefixes match densely.
constexpr qsizetype TrigramLength = 3;

QString orderBy(const ListQuery& query)
{
    const char* direction = query.descending ? " DESC" : "";
    switch (query.sort) {
    case ListQuery::Sort::Name: return QStringLiteral("name COLLATE NOCASE%1, id%1").arg(QLatin1String(direction));
    case ListQuery::Sort::Address: return QStringLiteral("comune COLLATE NOCASE%1, id%1").arg(QLatin1String(direction));
    case ListQuery::Sort::Codes: return QStringLiteral("codes%1, id%1").arg(QLatin1String(direction));
    case ListQuery::Sort::Domande: return QStringLiteral("domande%1, id%1").arg(QLatin1String(direction));
    }
    return QStringLiteral("id");
}

struct Filter {
    QString where;
    QVariant value;
    int uses = 1; // how many placeholders take the value
};

Filter filterFor(const ListQuery& query)
{
    const QString text = query.text.simplified();
    if (text.isEmpty()) {
        return {};
    }
    if (text.size() >= TrigramLength) {
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return {QStringLiteral(" WHERE id IN (SELECT rowid FROM anagrafiche_fts WHERE anagrafiche_fts MATCH ?)"),
                QVariant(QLatin1Char('"') + phrase + QLatin1Char('"'))};
    }
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return {QStringLiteral(" WHERE (name LIKE ? ESCAPE '\\' OR codes LIKE ? ESCAPE '\\' OR comune LIKE ? ESCAPE '\\')"),
            QVariant(QLatin1Char('%') + pattern + QLatin1Char('%')), 3};
}

StoreError errorOf(const QSqlQuery& query)
{
    return StoreError{query.lastError().text()};
}

// The list columns are NOT NULL; Qt binds a null QString as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Anagrafica fromRecord(const QByteArray& record)
{
    return Anagrafica::fromJson(QJsonDocument::fromJson(record).object());
}

} // namespace

AnagraficheCache::AnagraficheCache(store::LocalDatabase& db)
    : m_db(db)
{}

Result<QList<AnagraficaRow>, StoreError> AnagraficheCache::rows(const ListQuery& query, int offset, int limit) const
{
    const Filter filter = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, address, codes, domande, watched, pending FROM anagrafiche%1 "
                             "ORDER BY %2 LIMIT %3 OFFSET %4")
                  .arg(filter.where, orderBy(query))
                  .arg(limit)
                  .arg(offset));
    for (int i = 0; filter.value.isValid() && i < filter.uses; ++i) {
        q.addBindValue(filter.value);
    }
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    QList<AnagraficaRow> result;
    result.reserve(limit);
    while (q.next()) {
        result.append(AnagraficaRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(4).toInt(), q.value(5).toBool(),
                                    q.value(6).toBool()});
    }
    return result;
}

Result<int, StoreError> AnagraficheCache::count(const ListQuery& query) const
{
    const Filter filter = filterFor(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM anagrafiche") + filter.where);
    for (int i = 0; filter.value.isValid() && i < filter.uses; ++i) {
        q.addBindValue(filter.value);
    }
    if (!q.exec() || !q.next()) {
        return fail(errorOf(q));
    }
    return q.value(0).toInt();
}

Result<std::optional<Anagrafica>, StoreError> AnagraficheCache::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT record FROM anagrafiche WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    if (!q.next()) {
        return std::optional<Anagrafica>();
    }
    return std::optional<Anagrafica>(fromRecord(q.value(0).toByteArray()));
}

Result<QList<Anagrafica>, StoreError> AnagraficheCache::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record FROM anagrafiche ORDER BY name COLLATE NOCASE, id"))) {
        return fail(errorOf(q));
    }
    QList<Anagrafica> result;
    while (q.next()) {
        result.append(fromRecord(q.value(0).toByteArray()));
    }
    return result;
}

Status<StoreError> AnagraficheCache::put(const Anagrafica& anagrafica, bool pending)
{
    return putMany({anagrafica}, pending);
}

Status<StoreError> AnagraficheCache::putMany(const QList<Anagrafica>& list, bool pending)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO anagrafiche (id, name, address, codes, comune, domande, watched, pending, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "address = excluded.address, codes = excluded.codes, comune = excluded.comune, domande = excluded.domande, "
        "watched = excluded.watched, pending = excluded.pending, record = excluded.record"));
    for (const Anagrafica& a : list) {
        q.addBindValue(a.id);
        q.addBindValue(text(a.displayName()));
        q.addBindValue(text(a.displayAddress()));
        q.addBindValue(text(a.displayCodes()));
        q.addBindValue(text(a.comune));
        q.addBindValue(a.domande);
        q.addBindValue(a.watched);
        q.addBindValue(pending);
        q.addBindValue(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));
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

Status<StoreError> AnagraficheCache::replaceFromPortal(const QList<Anagrafica>& list)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    auto rollback = [&db](const QSqlQuery& q) {
        const StoreError error = errorOf(q);
        db.rollback();
        return fail(error);
    };
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS portal_ids (id INTEGER PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM portal_ids"))) {
        return rollback(q);
    }
    QSqlQuery keep(db);
    keep.prepare(QStringLiteral("INSERT OR IGNORE INTO portal_ids (id) VALUES (?)"));
    QSqlQuery upsert(db);
    // A record with local changes keeps them: the outbox sends them, and the portal's answer replaces the row.
    upsert.prepare(QStringLiteral(
        "INSERT INTO anagrafiche (id, name, address, codes, comune, domande, watched, pending, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "address = excluded.address, codes = excluded.codes, comune = excluded.comune, domande = excluded.domande, "
        "watched = excluded.watched, record = excluded.record WHERE anagrafiche.pending = 0"));
    for (const Anagrafica& a : list) {
        keep.addBindValue(a.id);
        if (!keep.exec()) {
            return rollback(keep);
        }
        upsert.addBindValue(a.id);
        upsert.addBindValue(text(a.displayName()));
        upsert.addBindValue(text(a.displayAddress()));
        upsert.addBindValue(text(a.displayCodes()));
        upsert.addBindValue(text(a.comune));
        upsert.addBindValue(a.domande);
        upsert.addBindValue(a.watched);
        upsert.addBindValue(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact));
        if (!upsert.exec()) {
            return rollback(upsert);
        }
    }
    if (!q.exec(QStringLiteral(
            "DELETE FROM anagrafiche WHERE pending = 0 AND id > 0 AND id NOT IN (SELECT id FROM portal_ids)"))) {
        return rollback(q);
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return Ok{};
}

Status<StoreError> AnagraficheCache::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM anagrafiche WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return Ok{};
}

Status<StoreError> AnagraficheCache::changeId(qint64 localId, qint64 portalId)
{
    QSqlQuery q(m_db.connection());
    // The portal's copy may already be here (a refresh ran between the create and its answer).
    q.prepare(QStringLiteral("DELETE FROM anagrafiche WHERE id = ?"));
    q.addBindValue(portalId);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    q.prepare(QStringLiteral("UPDATE anagrafiche SET id = ? WHERE id = ?"));
    q.addBindValue(portalId);
    q.addBindValue(localId);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    return Ok{};
}

Result<qint64, StoreError> AnagraficheCache::nextLocalId() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("UPDATE local_ids SET next = next - 1 RETURNING next + 1")) || !q.next()) {
        return fail(errorOf(q));
    }
    return q.value(0).toLongLong();
}

} // namespace inlinea::anagrafiche
