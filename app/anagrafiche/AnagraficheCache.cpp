#include "AnagraficheCache.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace inlinea::anagrafiche {

namespace {

using store::StoreError;

// The trigram index needs 3 characters; shorter text matches the start of a word (Rossi, Rho for "r").
constexpr qsizetype TrigramLength = 3;
// Distance between neighbouring sort keys after a renumbering: room for 32 insertions at the same place.
constexpr qint64 SortKeyGap = qint64(1) << 32;
// Larger batches (a first sync, an import) are written without index triggers, then indexed in one pass.
constexpr qsizetype BulkThreshold = 2000;

const QString RowColumns = QStringLiteral("a.id, a.name, a.address, a.codes, a.domande, a.watched, a.pending");

QString direction(const ListQuery& query)
{
    return query.descending ? QStringLiteral(" DESC") : QString();
}

QString orderBy(const ListQuery& query)
{
    const QString d = direction(query);
    switch (query.sort) {
    case ListQuery::Sort::Name: return QStringLiteral("a.sort_key%1").arg(d);
    case ListQuery::Sort::Address: return QStringLiteral("a.comune COLLATE NOCASE%1, a.id%1").arg(d);
    case ListQuery::Sort::Codes: return QStringLiteral("a.codes%1, a.id%1").arg(d);
    case ListQuery::Sort::Domande: return QStringLiteral("a.domande%1, a.id%1").arg(d);
    }
    return QStringLiteral("a.id");
}

// Which full-text index answers a search and with what expression; empty table for no search.
struct Search {
    QString table;
    QString match;
    bool impossible = false; // text that no index can match (only punctuation, too short)
};

Search searchFor(const ListQuery& query)
{
    const QString text = query.text.simplified();
    if (text.isEmpty()) {
        return {};
    }
    QString phrase = text;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    if (text.size() >= TrigramLength) {
        return {QStringLiteral("anagrafiche_fts"), QLatin1Char('"') + phrase + QLatin1Char('"')};
    }
    const bool hasWordCharacter = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!hasWordCharacter) {
        return {QString(), QString(), true};
    }
    return {QStringLiteral("anagrafiche_words"), QLatin1Char('"') + phrase + QStringLiteral("\"*")};
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
    const Search search = searchFor(query);
    if (search.impossible) {
        return QList<AnagraficaRow>();
    }
    const QString page = QStringLiteral(" LIMIT ? OFFSET ?");
    QString sql;
    if (search.table.isEmpty()) {
        sql = QStringLiteral("SELECT %1 FROM anagrafiche a ORDER BY %2").arg(RowColumns, orderBy(query)) + page;
    } else if (query.sort == ListQuery::Sort::Name) {
        // The index yields matches in rowid order, which is name order: the first page costs what the index does.
        sql = QStringLiteral("SELECT %1 FROM (SELECT rowid AS k FROM %2 WHERE %2 MATCH ? ORDER BY rowid%3%4) f "
                             "JOIN anagrafiche a ON a.sort_key = f.k ORDER BY f.k%3")
                  .arg(RowColumns, search.table, direction(query), page);
    } else {
        sql = QStringLiteral("SELECT %1 FROM anagrafiche a WHERE a.sort_key IN (SELECT rowid FROM %2 WHERE %2 "
                             "MATCH ?) ORDER BY %3")
                  .arg(RowColumns, search.table, orderBy(query)) +
              page;
    }
    QSqlQuery& q = prepared(sql);
    if (!search.table.isEmpty()) {
        q.addBindValue(search.match);
    }
    q.addBindValue(limit);
    q.addBindValue(offset);
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
    q.finish();
    return result;
}

QSqlQuery& AnagraficheCache::prepared(const QString& sql) const
{
    // Search as you type runs the same few statements again and again: parse each once.
    auto found = m_prepared.find(sql);
    if (found == m_prepared.end()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        found = m_prepared.insert(sql, q);
    }
    return found.value();
}

Result<int, StoreError> AnagraficheCache::count(const ListQuery& query) const
{
    const Search search = searchFor(query);
    if (search.impossible) {
        return 0;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (search.table.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM anagrafiche"));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(search.table));
        q.addBindValue(search.match);
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
    return write(list, pending ? Mode::Pending : Mode::Local, nullptr);
}

Status<StoreError> AnagraficheCache::replaceFromPortal(const QList<Anagrafica>& list)
{
    QSet<qint64> ids;
    ids.reserve(list.size());
    for (const Anagrafica& a : list) {
        ids.insert(a.id);
    }
    return write(list, Mode::Portal, &ids);
}

Status<StoreError> AnagraficheCache::write(const QList<Anagrafica>& list, Mode mode, const QSet<qint64>* keepOnly)
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
    const bool bulk = list.size() > BulkThreshold;
    bool renumberNeeded = bulk;
    QSqlQuery control(db);
    if (bulk && !control.exec(QStringLiteral("UPDATE index_control SET suspended = 1"))) {
        return rollback(control);
    }

    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT name, sort_key, pending, record FROM anagrafiche WHERE id = ?"));
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO anagrafiche (id, sort_key, name, address, codes, comune, domande, watched, pending, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET sort_key = excluded.sort_key, "
        "name = excluded.name, address = excluded.address, codes = excluded.codes, comune = excluded.comune, "
        "domande = excluded.domande, watched = excluded.watched, pending = excluded.pending, "
        "record = excluded.record"));
    for (const Anagrafica& a : list) {
        existing.addBindValue(a.id);
        if (!existing.exec()) {
            return rollback(existing);
        }
        const bool found = existing.next();
        const QString name = text(a.displayName());
        const QByteArray record = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
        const bool wasPending = found && existing.value(2).toBool();
        const bool pending = mode == Mode::Pending;
        if (mode == Mode::Portal && wasPending) {
            continue; // local changes win until the portal has accepted them
        }
        if (found && existing.value(3).toByteArray() == record && wasPending == pending) {
            continue; // nothing changed: no index work
        }
        qint64 key = 0;
        if (!bulk) {
            if (found && existing.value(0).toString() == name) {
                key = existing.value(1).toLongLong();
            } else {
                const auto between = keyFor(name, a.id);
                if (!between) {
                    db.rollback();
                    return fail(between.error());
                }
                key = between->key;
                renumberNeeded = renumberNeeded || between->crowded;
            }
        }
        existing.finish();
        upsert.addBindValue(a.id);
        upsert.addBindValue(key);
        upsert.addBindValue(name);
        upsert.addBindValue(text(a.displayAddress()));
        upsert.addBindValue(text(a.displayCodes()));
        upsert.addBindValue(text(a.comune));
        upsert.addBindValue(a.domande);
        upsert.addBindValue(a.watched);
        upsert.addBindValue(pending);
        upsert.addBindValue(record);
        if (!upsert.exec()) {
            return rollback(upsert);
        }
    }

    if (keepOnly != nullptr) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS portal_ids (id INTEGER PRIMARY KEY)")) ||
            !q.exec(QStringLiteral("DELETE FROM portal_ids"))) {
            return rollback(q);
        }
        q.prepare(QStringLiteral("INSERT INTO portal_ids (id) VALUES (?)"));
        for (qint64 id : *keepOnly) {
            q.addBindValue(id);
            if (!q.exec()) {
                return rollback(q);
            }
        }
        if (!q.exec(QStringLiteral("DELETE FROM anagrafiche WHERE pending = 0 AND id > 0 AND id NOT IN "
                                   "(SELECT id FROM portal_ids)"))) {
            return rollback(q);
        }
    }
    if (renumberNeeded) {
        if (auto done = renumber(); !done) {
            db.rollback();
            return fail(done.error());
        }
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return Ok{};
}

Result<AnagraficheCache::SortKey, StoreError> AnagraficheCache::keyFor(const QString& name, qint64 id) const
{
    // The neighbours in name order (ties by id), the record itself excluded.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT sort_key FROM anagrafiche WHERE id <> ? AND (name < ? COLLATE NOCASE OR "
                       "(name = ? COLLATE NOCASE AND id < ?)) ORDER BY name COLLATE NOCASE DESC, id DESC LIMIT 1"));
    for (const QVariant& v : {QVariant(id), QVariant(name), QVariant(name), QVariant(id)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    const bool hasBefore = q.next();
    const qint64 before = hasBefore ? q.value(0).toLongLong() : 0;
    q.prepare(QStringLiteral("SELECT sort_key FROM anagrafiche WHERE id <> ? AND (name > ? COLLATE NOCASE OR "
                             "(name = ? COLLATE NOCASE AND id > ?)) ORDER BY name COLLATE NOCASE, id LIMIT 1"));
    for (const QVariant& v : {QVariant(id), QVariant(name), QVariant(name), QVariant(id)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    const bool hasAfter = q.next();
    const qint64 after = hasAfter ? q.value(0).toLongLong() : 0;
    if (hasBefore && hasAfter) {
        const qint64 gap = after - before;
        return SortKey{before + gap / 2, gap < 2};
    }
    if (hasBefore) {
        return SortKey{before + SortKeyGap, false};
    }
    if (hasAfter) {
        return SortKey{after - SortKeyGap, false};
    }
    return SortKey{0, false};
}

Status<StoreError> AnagraficheCache::renumber()
{
    // Runs inside the caller's transaction. Keys are recomputed from the name order, then both full-text indexes
    // are rebuilt from the table in one pass (faster than a trigger per row).
    QSqlQuery q(m_db.connection());
    const QStringList steps{
        QStringLiteral("UPDATE index_control SET suspended = 1"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS new_keys (id INTEGER PRIMARY KEY, k INTEGER NOT NULL)"),
        QStringLiteral("DELETE FROM new_keys"),
        QStringLiteral("INSERT INTO new_keys SELECT id, row_number() OVER (ORDER BY name COLLATE NOCASE, id) * %1 "
                       "FROM anagrafiche")
            .arg(SortKeyGap),
        QStringLiteral("UPDATE anagrafiche SET sort_key = (SELECT k FROM new_keys WHERE new_keys.id = anagrafiche.id)"),
        QStringLiteral("INSERT INTO anagrafiche_fts(anagrafiche_fts) VALUES ('rebuild')"),
        QStringLiteral("INSERT INTO anagrafiche_words(anagrafiche_words) VALUES ('rebuild')"),
        QStringLiteral("UPDATE index_control SET suspended = 0"),
    };
    for (const QString& step : steps) {
        if (!q.exec(step)) {
            return fail(errorOf(q));
        }
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
