#include "SubmissionStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace inlinea::submissions {

namespace {

using store::StoreError;

const QString Columns = QStringLiteral("id, draft_id, anagrafica_id, procedimento, definition_version, title, "
                                       "idempotency_key, data, body, state, cip, protocollo, receipt, problem, "
                                       "attempts, last_error, created_at, updated_at");

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseTimestamp(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : when;
}

QString nowText()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

// QtSql binds a null QString as NULL, which the NOT NULL columns refuse.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Submission::State stateFrom(const QString& text)
{
    if (text == u"done") {
        return Submission::State::Done;
    }
    if (text == u"rejected") {
        return Submission::State::Rejected;
    }
    return Submission::State::Pending;
}

StoreError errorOf(const QSqlQuery& q)
{
    return StoreError{q.lastError().text()};
}

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

QString stateName(Submission::State state)
{
    switch (state) {
    case Submission::State::Pending: return QStringLiteral("pending");
    case Submission::State::Done: return QStringLiteral("done");
    case Submission::State::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

SubmissionStore::SubmissionStore(store::LocalDatabase& db)
    : m_db(db)
{}

Result<Submission, StoreError> SubmissionStore::create(const QString& draftId, qint64 anagraficaId,
                                                       const QString& procedimento, const QString& definitionVersion,
                                                       const QString& title, const QJsonObject& data,
                                                       const QList<AttachedFile>& files)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    const QString now = nowText();
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO submissions (draft_id, anagrafica_id, procedimento, definition_version, "
                             "title, idempotency_key, data, state, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    for (const QVariant& value :
         QVariantList{notNull(draftId), anagraficaId, notNull(procedimento), notNull(definitionVersion), notNull(title),
                      QString::fromLatin1(key), QString::fromUtf8(compact(data)), now, now}) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        db.rollback();
        return fail(errorOf(q));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (int position = 0; position < files.size(); ++position) {
        const AttachedFile& file = files.at(position);
        if (auto done =
                run(db,
                    QStringLiteral("INSERT INTO submission_attachments (submission_id, position, slot, path, "
                                   "filename, content_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {id, position, file.slot, file.path, file.filename, file.contentType, file.size, file.sha256});
            !done) {
            db.rollback();
            return fail(done.error());
        }
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    auto created = find(id);
    if (!created) {
        return fail(created.error());
    }
    return std::move(*created.value());
}

Result<QList<Submission>, StoreError> SubmissionStore::query(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM submissions %2").arg(Columns, where));
    for (const QVariant& value : values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    QList<Submission> found;
    while (q.next()) {
        Submission s;
        s.id = q.value(0).toLongLong();
        s.draftId = q.value(1).toString();
        s.anagraficaId = q.value(2).toLongLong();
        s.procedimento = q.value(3).toString();
        s.definitionVersion = q.value(4).toString();
        s.title = q.value(5).toString();
        s.idempotencyKey = q.value(6).toString().toLatin1();
        s.data = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
        s.body = q.value(8).toByteArray();
        s.state = stateFrom(q.value(9).toString());
        s.cip = q.value(10).toString();
        s.protocollo = q.value(11).toString();
        s.receipt = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
        s.problem = q.value(13).toByteArray();
        s.attempts = q.value(14).toInt();
        s.lastError = q.value(15).toString();
        s.createdAt = parseTimestamp(q.value(16).toString());
        s.updatedAt = parseTimestamp(q.value(17).toString());
        found.append(std::move(s));
    }
    for (Submission& s : found) {
        if (auto loaded = loadFiles(s); !loaded) {
            return fail(loaded.error());
        }
    }
    return found;
}

Status<StoreError> SubmissionStore::loadFiles(Submission& submission) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT slot, path, filename, content_type, size, sha256, upload_id, uploaded "
                             "FROM submission_attachments WHERE submission_id = ? ORDER BY position"));
    q.addBindValue(submission.id);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    submission.files.clear();
    while (q.next()) {
        SubmissionFile f;
        f.file.slot = q.value(0).toString();
        f.file.path = q.value(1).toString();
        f.file.filename = q.value(2).toString();
        f.file.contentType = q.value(3).toString();
        f.file.size = q.value(4).toLongLong();
        f.file.sha256 = q.value(5).toString();
        f.uploadId = q.value(6).toString();
        f.uploaded = q.value(7).toBool();
        submission.files.append(f);
    }
    return Ok{};
}

Result<std::optional<Submission>, StoreError> SubmissionStore::find(qint64 id) const
{
    auto found = query(QStringLiteral("WHERE id = ?"), {id});
    if (!found) {
        return fail(found.error());
    }
    if (found.value().isEmpty()) {
        return std::optional<Submission>{};
    }
    return std::optional<Submission>{found.value().first()};
}

Result<QList<Submission>, StoreError> SubmissionStore::list() const
{
    return query(QStringLiteral("ORDER BY id DESC"), {});
}

Result<QList<Submission>, StoreError> SubmissionStore::forDraft(const QString& draftId) const
{
    return query(QStringLiteral("WHERE draft_id = ? ORDER BY id DESC"), {draftId});
}

Result<std::optional<Submission>, StoreError> SubmissionStore::nextPending() const
{
    auto found = query(QStringLiteral("WHERE state = 'pending' ORDER BY id LIMIT 1"), {});
    if (!found) {
        return fail(found.error());
    }
    if (found.value().isEmpty()) {
        return std::optional<Submission>{};
    }
    return std::optional<Submission>{found.value().first()};
}

Result<int, StoreError> SubmissionStore::count(Submission::State state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE state = ?"));
    q.addBindValue(stateName(state));
    if (!q.exec() || !q.next()) {
        return fail(errorOf(q));
    }
    return q.value(0).toInt();
}

Status<StoreError> SubmissionStore::setUploadId(qint64 id, int position, const QString& uploadId)
{
    return run(
        m_db.connection(),
        QStringLiteral("UPDATE submission_attachments SET upload_id = ? WHERE submission_id = ? AND position = ?"),
        {notNull(uploadId), id, position});
}

Status<StoreError> SubmissionStore::markUploaded(qint64 id, int position, const QString& uploadId)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE submission_attachments SET upload_id = ?, uploaded = 1 "
                              "WHERE submission_id = ? AND position = ?"),
               {notNull(uploadId), id, position});
}

Status<StoreError> SubmissionStore::fixBody(qint64 id, const QByteArray& body)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE submissions SET body = ?, updated_at = ? WHERE id = ? AND body IS NULL"),
               {body, nowText(), id});
}

Status<StoreError> SubmissionStore::markDone(qint64 id, const QString& cip, const QString& protocollo,
                                             const QJsonObject& receipt)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE submissions SET state = 'done', cip = ?, protocollo = ?, receipt = ?, "
                              "problem = NULL, last_error = '', updated_at = ? WHERE id = ?"),
               {notNull(cip), notNull(protocollo), QString::fromUtf8(compact(receipt)), nowText(), id});
}

Status<StoreError> SubmissionStore::markRejected(qint64 id, const QByteArray& problem)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE submissions SET state = 'rejected', problem = ?, updated_at = ? "
                              "WHERE id = ? AND state <> 'done'"),
               {problem, nowText(), id});
}

Status<StoreError> SubmissionStore::reopen(qint64 id)
{
    return run(m_db.connection(),
               QStringLiteral("UPDATE submissions SET state = 'pending', problem = NULL, updated_at = ? "
                              "WHERE id = ? AND state = 'rejected'"),
               {nowText(), id});
}

Status<StoreError> SubmissionStore::remove(qint64 id)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    for (const QString& sql : {QStringLiteral("DELETE FROM submission_attempts WHERE submission_id = ?"),
                               QStringLiteral("DELETE FROM submission_attachments WHERE submission_id = ?"),
                               QStringLiteral("DELETE FROM submissions WHERE id = ? AND state <> 'done'")}) {
        if (auto done = run(db, sql, {id}); !done) {
            db.rollback();
            return done;
        }
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return Ok{};
}

Status<StoreError> SubmissionStore::recordAttempt(qint64 id, const QString& step, const QString& outcome,
                                                  const QString& detail)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction()) {
        return fail(StoreError{db.lastError().text()});
    }
    const QString now = nowText();
    const bool ok = outcome == u"ok" || outcome == u"replayed";
    auto inserted = run(db,
                        QStringLiteral("INSERT INTO submission_attempts (submission_id, at, step, outcome, detail) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {id, now, notNull(step), notNull(outcome), notNull(detail)});
    auto updated = inserted ? run(db,
                                  QStringLiteral("UPDATE submissions SET attempts = attempts + 1, last_error = ?, "
                                                 "updated_at = ? WHERE id = ?"),
                                  {notNull(ok                 ? QString()
                                           : detail.isEmpty() ? outcome
                                                              : detail),
                                   now, id})
                            : inserted;
    if (!updated) {
        db.rollback();
        return updated;
    }
    if (!db.commit()) {
        return fail(StoreError{db.lastError().text()});
    }
    return Ok{};
}

Result<QList<SubmissionAttempt>, StoreError> SubmissionStore::attempts(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT at, step, outcome, detail FROM submission_attempts WHERE submission_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec()) {
        return fail(errorOf(q));
    }
    QList<SubmissionAttempt> found;
    while (q.next()) {
        found.append(SubmissionAttempt{parseTimestamp(q.value(0).toString()), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString()});
    }
    return found;
}

} // namespace inlinea::submissions
