#include "DraftStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace inlinea::drafts {

namespace {

const QString Columns = QStringLiteral(
    "id, anagrafica_id, procedimento, definition_version, title, data, created_at, updated_at, revision");

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseTimestamp(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : when;
}

// Now, to the millisecond, as stored (so a returned Draft equals a loaded one).
QDateTime now()
{
    return parseTimestamp(timestamp(QDateTime::currentDateTimeUtc()));
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

DraftError storeError(const QSqlQuery& q)
{
    return DraftError{DraftError::Kind::Store, q.lastError().text()};
}

DraftError storeError(const QSqlDatabase& db)
{
    return DraftError{DraftError::Kind::Store, db.lastError().text()};
}

Draft draftFrom(const QSqlQuery& q)
{
    Draft draft;
    draft.id = q.value(0).toString();
    draft.anagraficaId = q.value(1).toLongLong();
    draft.procedimento = q.value(2).toString();
    draft.definitionVersion = q.value(3).toString();
    draft.title = q.value(4).toString();
    draft.data = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    draft.createdAt = parseTimestamp(q.value(6).toString());
    draft.updatedAt = parseTimestamp(q.value(7).toString());
    draft.revision = q.value(8).toLongLong();
    return draft;
}

// Runs a prepared UPDATE of one draft inside the open transaction, commits, and returns the draft's new revision;
// rolls back on any failure. Acknowledged once it returns: the commit has reached the WAL (see the class comment).
Result<qint64, DraftError> updateAndCommit(QSqlDatabase& db, QSqlQuery& update, const QString& id)
{
    auto rollback = [&db](DraftError error) {
        db.rollback();
        return fail(std::move(error));
    };
    if (!update.exec()) {
        return rollback(storeError(update));
    }
    if (update.numRowsAffected() != 1) {
        return rollback(DraftError{DraftError::Kind::NotFound, id});
    }
    QSqlQuery revision(db);
    revision.prepare(QStringLiteral("SELECT revision FROM drafts WHERE id = ?"));
    revision.addBindValue(id);
    if (!revision.exec() || !revision.next()) {
        return rollback(storeError(revision));
    }
    const qint64 value = revision.value(0).toLongLong();
    revision.finish();
    if (!db.commit()) {
        return rollback(storeError(db));
    }
    return value;
}

DraftError malformed(const char* member)
{
    return DraftError{DraftError::Kind::Malformed, QString::fromLatin1(member)};
}

} // namespace

const char* kindName(DraftError::Kind kind)
{
    switch (kind) {
    case DraftError::Kind::Store: return "local database";
    case DraftError::Kind::NotFound: return "no such draft";
    case DraftError::Kind::FileUnreadable: return "cannot read the file";
    case DraftError::Kind::FileUnwritable: return "cannot write the file";
    case DraftError::Kind::NotJson: return "not a JSON document";
    case DraftError::Kind::NotADraftFile: return "not an Inlinea draft file";
    case DraftError::Kind::UnsupportedVersion: return "unsupported draft file version";
    case DraftError::Kind::ChecksumMismatch: return "checksum mismatch (the file was changed or is incomplete)";
    case DraftError::Kind::Malformed: return "missing or invalid member";
    }
    return "unknown";
}

DraftStore::DraftStore(store::LocalDatabase& db)
    : m_db(db)
{}

Result<Draft, DraftError> DraftStore::create(qint64 anagraficaId, const QString& procedimento,
                                             const QString& definitionVersion, const QString& title,
                                             const QJsonObject& data)
{
    Draft draft;
    draft.anagraficaId = anagraficaId;
    draft.procedimento = procedimento;
    draft.definitionVersion = definitionVersion;
    draft.title = title;
    draft.data = data;
    return insert(std::move(draft));
}

Result<Draft, DraftError> DraftStore::insert(Draft draft)
{
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.createdAt = now();
    draft.updatedAt = draft.createdAt;
    draft.revision = 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO drafts (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns));
    q.addBindValue(draft.id);
    q.addBindValue(draft.anagraficaId);
    q.addBindValue(draft.procedimento);
    q.addBindValue(draft.definitionVersion);
    q.addBindValue(draft.title);
    q.addBindValue(QString::fromUtf8(compact(draft.data)));
    q.addBindValue(timestamp(draft.createdAt));
    q.addBindValue(timestamp(draft.updatedAt));
    q.addBindValue(draft.revision);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    return draft;
}

Result<QList<Draft>, DraftError> DraftStore::query(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM drafts %2 ORDER BY updated_at DESC, rowid DESC").arg(Columns, where));
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return fail(storeError(q));
    }
    QList<Draft> drafts;
    while (q.next()) {
        drafts.append(draftFrom(q));
    }
    return drafts;
}

Result<Draft, DraftError> DraftStore::load(const QString& id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return fail(found.error());
    }
    if (found->isEmpty()) {
        return fail(DraftError{DraftError::Kind::NotFound, id});
    }
    return found->first();
}

Result<QList<Draft>, DraftError> DraftStore::list() const
{
    return query(QString(), {});
}

Result<QList<Draft>, DraftError> DraftStore::list(qint64 anagraficaId) const
{
    return query(QStringLiteral("WHERE anagrafica_id = ?"), {anagraficaId});
}

Result<qint64, DraftError> DraftStore::save(const QString& id, const QJsonObject& data)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(storeError(db));
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE drafts SET data = ?, updated_at = ?, revision = revision + 1 WHERE id = ?"));
    update.addBindValue(QString::fromUtf8(compact(data)));
    update.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    update.addBindValue(id);
    return updateAndCommit(db, update, id);
}

Status<DraftError> DraftStore::rename(const QString& id, const QString& title)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET title = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    if (q.numRowsAffected() != 1) {
        return fail(DraftError{DraftError::Kind::NotFound, id});
    }
    return Ok{};
}

Result<Draft, DraftError> DraftStore::duplicate(const QString& id)
{
    auto original = load(id);
    if (!original) {
        return fail(original.error());
    }
    return insert(std::move(original).value());
}

Status<DraftError> DraftStore::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    if (q.numRowsAffected() != 1) {
        return fail(DraftError{DraftError::Kind::NotFound, id});
    }
    QSqlQuery snapshots(m_db.connection());
    snapshots.prepare(QStringLiteral("DELETE FROM draft_migrations WHERE draft_id = ?"));
    snapshots.addBindValue(id);
    if (!snapshots.exec()) {
        return fail(storeError(snapshots));
    }
    return Ok{};
}

Result<qint64, DraftError> DraftStore::migrate(const QString& id, const QString& newVersion, const QJsonObject& newData)
{
    return changeVersion(id, newVersion, newData, true);
}

Result<std::optional<DraftSnapshot>, DraftError> DraftStore::beforeMigration(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT definition_version, data, migrated_at FROM draft_migrations WHERE draft_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    if (!q.next()) {
        return std::optional<DraftSnapshot>();
    }
    return std::optional<DraftSnapshot>(DraftSnapshot{q.value(0).toString(),
                                                      QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                                                      parseTimestamp(q.value(2).toString())});
}

Result<qint64, DraftError> DraftStore::undoMigration(const QString& id)
{
    auto snapshot = beforeMigration(id);
    if (!snapshot) {
        return fail(snapshot.error());
    }
    if (!snapshot.value()) {
        return fail(DraftError{DraftError::Kind::NotFound, id});
    }
    return changeVersion(id, snapshot.value()->definitionVersion, snapshot.value()->data, false);
}

Result<qint64, DraftError> DraftStore::changeVersion(const QString& id, const QString& version, const QJsonObject& data,
                                                     bool snapshot)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(storeError(db));
    }
    auto rollback = [&db](DraftError error) {
        db.rollback();
        return fail(std::move(error));
    };
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery history(db);
    if (snapshot) {
        history.prepare(QStringLiteral("INSERT INTO draft_migrations (draft_id, definition_version, data, migrated_at) "
                                       "SELECT id, definition_version, data, ? FROM drafts WHERE id = ?"));
        history.addBindValue(now);
    } else {
        history.prepare(QStringLiteral("DELETE FROM draft_migrations WHERE id = "
                                       "(SELECT MAX(id) FROM draft_migrations WHERE draft_id = ?)"));
    }
    history.addBindValue(id);
    if (!history.exec()) {
        return rollback(storeError(history));
    }
    if (history.numRowsAffected() != 1) {
        return rollback(DraftError{DraftError::Kind::NotFound, id});
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE drafts SET definition_version = ?, data = ?, updated_at = ?, "
                                  "revision = revision + 1 WHERE id = ?"));
    update.addBindValue(version);
    update.addBindValue(QString::fromUtf8(compact(data)));
    update.addBindValue(now);
    update.addBindValue(id);
    return updateAndCommit(db, update, id);
}

Status<DraftError> DraftStore::renumberAnagrafica(qint64 localId, qint64 portalId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE drafts SET anagrafica_id = ? WHERE anagrafica_id = ?"));
    q.addBindValue(portalId);
    q.addBindValue(localId);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    return Ok{};
}

QString DraftStore::checksum(QJsonObject document)
{
    document.remove(QStringLiteral("sha256"));
    return QString::fromLatin1(QCryptographicHash::hash(compact(document), QCryptographicHash::Sha256).toHex());
}

Result<QByteArray, DraftError> DraftStore::exportDocument(const QString& id) const
{
    auto loaded = load(id);
    if (!loaded) {
        return fail(loaded.error());
    }
    const Draft& draft = loaded.value();
    QJsonObject document{
        {QStringLiteral("format"), QString::fromLatin1(FormatMarker)},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("procedimento"), draft.procedimento},
        {QStringLiteral("definitionVersion"), draft.definitionVersion},
        // As text: a JSON number is a double, exact only to 2^53.
        {QStringLiteral("anagraficaId"), QString::number(draft.anagraficaId)},
        {QStringLiteral("title"), draft.title},
        {QStringLiteral("createdAt"), timestamp(draft.createdAt)},
        {QStringLiteral("updatedAt"), timestamp(draft.updatedAt)},
        {QStringLiteral("revision"), QString::number(draft.revision)},
        {QStringLiteral("data"), draft.data},
    };
    document.insert(QStringLiteral("sha256"), checksum(document));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Status<DraftError> DraftStore::exportTo(const QString& id, const QString& filePath) const
{
    auto document = exportDocument(id);
    if (!document) {
        return fail(document.error());
    }
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.value()) != document->size() || !file.commit()) {
        return fail(DraftError{DraftError::Kind::FileUnwritable, filePath + QStringLiteral(": ") + file.errorString()});
    }
    return Ok{};
}

Result<Draft, DraftError> DraftStore::importDocument(const QByteArray& bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject()) {
        return fail(DraftError{DraftError::Kind::NotJson, parseError.errorString()});
    }
    const QJsonObject document = parsed.object();
    if (document.value(QStringLiteral("format")).toString() != QLatin1String(FormatMarker)) {
        return fail(DraftError{DraftError::Kind::NotADraftFile, document.value(QStringLiteral("format")).toString()});
    }
    const QJsonValue version = document.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != FormatVersion) {
        return fail(DraftError{DraftError::Kind::UnsupportedVersion, version.toVariant().toString()});
    }
    const QJsonValue sha = document.value(QStringLiteral("sha256"));
    if (!sha.isString()) {
        return fail(malformed("sha256"));
    }
    if (sha.toString().toLower() != checksum(document)) {
        return fail(DraftError{DraftError::Kind::ChecksumMismatch, sha.toString()});
    }
    Draft draft;
    for (const auto& [member, target] :
         {std::pair{"procedimento", &draft.procedimento}, std::pair{"definitionVersion", &draft.definitionVersion},
          std::pair{"title", &draft.title}}) {
        const QJsonValue value = document.value(QLatin1String(member));
        if (!value.isString()) {
            return fail(malformed(member));
        }
        *target = value.toString();
    }
    if (draft.procedimento.isEmpty()) {
        return fail(malformed("procedimento"));
    }
    bool isNumber = false;
    draft.anagraficaId = document.value(QStringLiteral("anagraficaId")).toString().toLongLong(&isNumber);
    if (!isNumber) {
        return fail(malformed("anagraficaId"));
    }
    const QJsonValue data = document.value(QStringLiteral("data"));
    if (!data.isObject()) {
        return fail(malformed("data"));
    }
    draft.data = data.toObject();
    return insert(std::move(draft));
}

Result<Draft, DraftError> DraftStore::importFrom(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(DraftError{DraftError::Kind::FileUnreadable, filePath + QStringLiteral(": ") + file.errorString()});
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(DraftError{DraftError::Kind::FileUnreadable, filePath + QStringLiteral(": ") + file.errorString()});
    }
    return importDocument(bytes);
}

} // namespace inlinea::drafts
