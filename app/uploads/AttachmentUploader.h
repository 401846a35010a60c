#pragma once

#include "app/auth/ApiSession.h"
#include "app/portal/PortalError.h"
#include "app/portal/PortalInfo.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace inlinea::uploads {

struct UploadError {
    enum class Kind {
        FileNotFound,     // no such file, or not a regular file
        FileUnreadable,   // cannot be opened or read
        EmptyFile,        // the portal takes files of at least one byte
        TooLarge,         // larger than the portal's max_upload_bytes
        TypeNotAllowed,   // content type not among the portal's allowed_attachment_types (detail: the type)
        FileChanged,      // size or modification time changed after hashing: the hash no longer describes it
        ChecksumMismatch, // the portal received bytes whose SHA-256 is not the declared one (it reset the upload)
        Portal,           // the portal refused or could not be reached: `portal` says why
        Protocol,         // the portal answered something that is not an upload
        Cancelled,        // cancel() was called
        Busy,             // upload() while another upload of this uploader runs
    };
    Kind kind = Kind::Portal;
    QString detail;
    portal::PortalError portal = {};

    // The portal could not be reached: keep the upload id and try again later.
    [[nodiscard]] bool isUnreachable() const noexcept { return kind == Kind::Portal && portal.isUnreachable(); }
};

[[nodiscard]] const char* kindName(UploadError::Kind kind);

// A local file that passed the pre-check.
struct LocalAttachment {
    QString path;
    QString filename;
    qint64 size = 0;
    QString contentType; // as the portal lists it among the allowed types
};

// A file the portal holds completely, its SHA-256 checked by the portal.
struct UploadedFile {
    QString uploadId;
    QString filename;
    qint64 size = 0;
    QString sha256; // lowercase hex
    QString contentType;
};

using UploadResult = Result<UploadedFile, UploadError>;

// Resumable upload of one file at a time to POST/PUT /api/v1/uploads.
//
// The file is hashed in a worker thread (the portal wants the SHA-256 up front), then sent in the portal's
// chunk_size slices, one PUT after the other on the session's connection. An upload that stops (network failure,
// cancel, app restart) resumes from what the portal holds when upload() gets its id again. Nothing is retried here:
// a failure ends the upload with an error and the caller decides when to try again.
class AttachmentUploader : public QObject {
    Q_OBJECT
public:
    explicit AttachmentUploader(auth::ApiSession* api, QObject* parent = nullptr);
    ~AttachmentUploader() override;

    // Whether the portal would take this file: it exists and is readable, is not empty and not larger than
    // max_upload_bytes, and its type (by name and content) is allowed. Limits the portal did not give are not checked.
    [[nodiscard]] static Result<LocalAttachment, UploadError> check(const QString& filePath,
                                                                    const portal::PortalLimits& limits);

    // Uploads the file, continuing upload `resumeUploadId` when the portal still has it for the same content
    // (otherwise a new one starts). Ends with exactly one finished(); errors found before any work (Busy, a missing
    // file) are emitted before upload() returns.
    void upload(const QString& filePath, const QString& contentType, const QString& resumeUploadId = {});
    // Stops now and emits finished(Cancelled); a chunk already on its way still lands on the portal, so the upload
    // can resume from there.
    void cancel();

    [[nodiscard]] bool isBusy() const noexcept { return m_busy; }
    // Bytes this run of upload() put on the wire (chunks that reached the portal, excluding what it already held).
    [[nodiscard]] qint64 bytesSent() const noexcept { return m_bytesSent; }

Q_SIGNALS:
    // The portal's id for this upload: store it to resume after a restart.
    void started(const QString& uploadId);
    // `sent` is how much of the file the portal holds.
    void progress(qint64 sent, qint64 total);
    void finished(const inlinea::uploads::UploadResult& result);

private:
    struct Remote;

    void hashed(const QByteArray& sha256Hex, const QString& error);
    void resume();
    void create();
    void adopt(const Remote& remote);
    void sendChunk();
    void chunkAnswered(qint64 length, const Result<portal::HttpResponse, portal::PortalError>& answer);
    void fetchStatus();
    [[nodiscard]] bool fileUnchanged() const;
    void complete(const Remote& remote);
    void end(const UploadResult& result);
    // Whether `generation` is still the running upload (answers of a cancelled or ended run are dropped).
    [[nodiscard]] bool current(quint64 generation) const noexcept { return m_busy && generation == m_generation; }

    QPointer<auth::ApiSession> m_api;
    QObject* m_context = nullptr; // per run: the network answers and the hashing watcher of that run hang on it
    std::function<void()> m_stopHashing;
    quint64 m_generation = 0;
    bool m_busy = false;

    QString m_path;
    QString m_filename;
    QString m_contentType;
    QString m_resumeId;
    qint64 m_size = 0;
    QDateTime m_modified;
    QByteArray m_sha256;
    QFile m_file;

    QString m_uploadId;
    qint64 m_chunkSize = 0;
    qint64 m_offset = 0;
    qint64 m_bytesSent = 0;
    int m_staleOffsets = 0;
};

} // namespace inlinea::uploads
