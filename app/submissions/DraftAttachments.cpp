#include "DraftAttachments.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inlinea::submissions {

namespace {

AttachError storeError(const QSqlQuery& q)
{
    return AttachError{AttachError::Kind::Store, q.lastError().text()};
}

} // namespace

DraftAttachments::DraftAttachments(store::LocalDatabase& db)
    : m_db(db)
{}

Result<AttachedFile, AttachError> DraftAttachments::describe(const QString& slot, const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return fail(AttachError{AttachError::Kind::NotAFile, path});
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(AttachError{AttachError::Kind::FileUnreadable, file.errorString()});
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return fail(AttachError{AttachError::Kind::FileUnreadable, file.errorString()});
    }
    AttachedFile attached;
    attached.slot = slot;
    attached.path = info.absoluteFilePath();
    attached.filename = info.fileName();
    attached.contentType = QMimeDatabase().mimeTypeForFile(info).name();
    attached.size = file.size();
    attached.sha256 = QString::fromLatin1(hash.result().toHex());
    return attached;
}

Result<AttachedFile, AttachError> DraftAttachments::attach(const QString& draftId, const QString& slot,
                                                           const QString& path)
{
    auto described = describe(slot, path);
    if (!described) {
        return described;
    }
    const AttachedFile& file = described.value();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO draft_attachments (draft_id, slot, path, filename, content_type, "
                             "size, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& value :
         QVariantList{draftId, slot, file.path, file.filename, file.contentType, file.size, file.sha256,
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return fail(storeError(q));
    }
    if (q.numRowsAffected() == 0) {
        return fail(AttachError{AttachError::Kind::AlreadyThere, file.filename});
    }
    return described;
}

Status<AttachError> DraftAttachments::detach(const QString& draftId, const QString& slot, const QString& path)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ? AND slot = ? AND path = ?"));
    q.addBindValue(draftId);
    q.addBindValue(slot);
    q.addBindValue(path);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    return Ok{};
}

Result<QList<AttachedFile>, AttachError> DraftAttachments::list(const QString& draftId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT slot, path, filename, content_type, size, sha256 FROM draft_attachments "
                             "WHERE draft_id = ? ORDER BY added_at, rowid"));
    q.addBindValue(draftId);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    QList<AttachedFile> files;
    while (q.next()) {
        files.append(AttachedFile{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
    }
    return files;
}

Status<AttachError> DraftAttachments::copy(const QString& fromDraftId, const QString& toDraftId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO draft_attachments (draft_id, slot, path, filename, content_type, "
                             "size, sha256, added_at) SELECT ?, slot, path, filename, content_type, size, sha256, "
                             "added_at FROM draft_attachments WHERE draft_id = ?"));
    q.addBindValue(toDraftId);
    q.addBindValue(fromDraftId);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    return Ok{};
}

Status<AttachError> DraftAttachments::removeAll(const QString& draftId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM draft_attachments WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec()) {
        return fail(storeError(q));
    }
    return Ok{};
}

} // namespace inlinea::submissions
