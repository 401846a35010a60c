#include "AttachmentUploader.h"

#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <openssl/evp.h>
#include <optional>
#include <vector>

namespace inlinea::uploads {

using portal::HttpResponse;
using portal::PortalClient;
using portal::PortalError;

const char* kindName(UploadError::Kind kind)
{
    switch (kind) {
    case UploadError::Kind::FileNotFound: return "no such file";
    case UploadError::Kind::FileUnreadable: return "cannot read the file";
    case UploadError::Kind::EmptyFile: return "empty file";
    case UploadError::Kind::TooLarge: return "file too large";
    case UploadError::Kind::TypeNotAllowed: return "file type not allowed";
    case UploadError::Kind::FileChanged: return "file changed during the upload";
    case UploadError::Kind::ChecksumMismatch: return "checksum mismatch at the portal";
    case UploadError::Kind::Portal: return "portal error";
    case UploadError::Kind::Protocol: return "unexpected portal answer";
    case UploadError::Kind::Cancelled: return "cancelled";
    case UploadError::Kind::Busy: return "another upload is running";
    }
    return "unknown";
}

// An upload as the portal describes it.
struct AttachmentUploader::Remote {
    QString id;
    QString filename;
    qint64 size = 0;
    QString sha256;
    QString contentType;
    qint64 chunkSize = 0;
    qint64 received = 0;
    bool complete = false;

    [[nodiscard]] static std::optional<Remote> fromJson(const QByteArray& json)
    {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        Remote r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.filename = o.value(QStringLiteral("filename")).toString();
        r.size = o.value(QStringLiteral("size")).toInteger(-1);
        r.sha256 = o.value(QStringLiteral("sha256")).toString().toLower();
        r.contentType = o.value(QStringLiteral("content_type")).toString();
        r.chunkSize = o.value(QStringLiteral("chunk_size")).toInteger(0);
        r.received = o.value(QStringLiteral("received")).toInteger(-1);
        r.complete = o.value(QStringLiteral("complete")).toBool(false);
        if (r.id.isEmpty() || r.size < 1 || r.chunkSize < 1 || r.received < 0 || r.received > r.size) {
            return std::nullopt;
        }
        return r;
    }
};

namespace {

struct HashOutcome {
    QByteArray sha256Hex;
    QString error;
};

// Runs in a worker thread: reads the file in large blocks straight into one buffer, stops early when cancelled.
HashOutcome sha256Of(const QString& path, const QPromise<HashOutcome>& promise)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return {{}, file.errorString()};
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
        return {{}, QStringLiteral("SHA-256 unavailable")};
    }
    std::vector<char> buffer(std::size_t{4} << 20);
    for (;;) {
        if (promise.isCanceled()) {
            return {};
        }
        const qint64 n = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (n < 0) {
            return {{}, file.errorString()};
        }
        if (n == 0) {
            break;
        }
        EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<std::size_t>(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return {QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex(), {}};
}

UploadError fileError(UploadError::Kind kind, const QString& detail)
{
    return UploadError{kind, detail};
}

UploadError portalError(const PortalError& error)
{
    return UploadError{UploadError::Kind::Portal, error.detail, error};
}

} // namespace

AttachmentUploader::AttachmentUploader(auth::ApiSession* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{}

AttachmentUploader::~AttachmentUploader()
{
    if (m_stopHashing) {
        m_stopHashing();
    }
}

Result<LocalAttachment, UploadError> AttachmentUploader::check(const QString& filePath,
                                                               const portal::PortalLimits& limits)
{
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile()) {
        return fail(fileError(UploadError::Kind::FileNotFound, filePath));
    }
    if (!info.isReadable()) {
        return fail(fileError(UploadError::Kind::FileUnreadable, filePath));
    }
    if (info.size() < 1) {
        return fail(fileError(UploadError::Kind::EmptyFile, filePath));
    }
    if (limits.maxUploadBytes > 0 && info.size() > limits.maxUploadBytes) {
        return fail(fileError(UploadError::Kind::TooLarge,
                              QStringLiteral("%1 > %2 bytes").arg(info.size()).arg(limits.maxUploadBytes)));
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(info);
    QString contentType = mime.name();
    if (!limits.allowedAttachmentTypes.isEmpty()) {
        // The portal may list a type under one of its aliases (text/xml for application/xml).
        contentType.clear();
        for (const QString& allowed : limits.allowedAttachmentTypes) {
            if (allowed.compare(mime.name(), Qt::CaseInsensitive) == 0 ||
                mime.aliases().contains(allowed, Qt::CaseInsensitive)) {
                contentType = allowed;
                break;
            }
        }
        if (contentType.isEmpty()) {
            return fail(fileError(UploadError::Kind::TypeNotAllowed, mime.name()));
        }
    }
    return LocalAttachment{info.absoluteFilePath(), info.fileName(), info.size(), contentType};
}

void AttachmentUploader::upload(const QString& filePath, const QString& contentType, const QString& resumeUploadId)
{
    if (m_busy) {
        Q_EMIT finished(fail(UploadError{UploadError::Kind::Busy, m_path}));
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_context = new QObject(this);
    m_path = filePath;
    m_contentType = contentType;
    m_resumeId = resumeUploadId;
    m_sha256.clear();
    m_uploadId.clear();
    m_chunkSize = 0;
    m_offset = 0;
    m_bytesSent = 0;
    m_staleOffsets = 0;

    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile()) {
        end(fail(fileError(UploadError::Kind::FileNotFound, filePath)));
        return;
    }
    if (info.size() < 1) {
        end(fail(fileError(UploadError::Kind::EmptyFile, filePath)));
        return;
    }
    m_filename = info.fileName();
    m_size = info.size();
    m_modified = info.lastModified();
    m_file.setFileName(filePath);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        end(fail(fileError(UploadError::Kind::FileUnreadable, m_file.errorString())));
        return;
    }

    // Hashing 100 MB takes a noticeable fraction of a second even with SHA extensions: off the event loop.
    auto promise = std::make_shared<QPromise<HashOutcome>>();
    QFuture<HashOutcome> future = promise->future();
    promise->start();
    auto* watcher = new QFutureWatcher<HashOutcome>(m_context);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (!current(generation)) {
            return;
        }
        m_stopHashing = nullptr;
        if (watcher->future().resultCount() < 1) {
            end(fail(fileError(UploadError::Kind::FileUnreadable, m_path)));
            return;
        }
        const HashOutcome outcome = watcher->future().result();
        hashed(outcome.sha256Hex, outcome.error);
    });
    watcher->setFuture(future);
    m_stopHashing = [future]() mutable { future.cancel(); };
    QThreadPool::globalInstance()->start([promise, path = filePath] {
        promise->addResult(sha256Of(path, *promise));
        promise->finish();
    });
}

void AttachmentUploader::cancel()
{
    if (m_busy) {
        end(fail(UploadError{UploadError::Kind::Cancelled, m_uploadId}));
    }
}

void AttachmentUploader::hashed(const QByteArray& sha256Hex, const QString& error)
{
    if (!error.isEmpty() || sha256Hex.isEmpty()) {
        end(fail(fileError(UploadError::Kind::FileUnreadable, error)));
        return;
    }
    if (!fileUnchanged()) {
        end(fail(fileError(UploadError::Kind::FileChanged, m_path)));
        return;
    }
    m_sha256 = sha256Hex;
    if (m_resumeId.isEmpty()) {
        create();
    } else {
        resume();
    }
}

void AttachmentUploader::resume()
{
    const quint64 generation = m_generation;
    m_api->get(QStringLiteral("/uploads/") + m_resumeId, m_context,
               [this, generation](const Result<HttpResponse, PortalError>& answer) {
                   if (!current(generation)) {
                       return;
                   }
                   if (!answer) {
                       // The portal forgot it (or it was never this user's): start over.
                       if (answer.error().kind == PortalError::Kind::HttpError && answer.error().httpStatus == 404) {
                           create();
                       } else {
                           end(fail(portalError(answer.error())));
                       }
                       return;
                   }
                   const auto remote = Remote::fromJson(answer->body);
                   if (!remote) {
                       end(fail(UploadError{UploadError::Kind::Protocol, QString::fromUtf8(answer->body.left(200))}));
                       return;
                   }
                   // Another content under the same id (the file was replaced since): a new upload.
                   if (remote->size != m_size || remote->sha256.toLatin1() != m_sha256) {
                       create();
                       return;
                   }
                   adopt(*remote);
               });
}

void AttachmentUploader::create()
{
    const quint64 generation = m_generation;
    const QJsonObject body{{QStringLiteral("filename"), m_filename},
                           {QStringLiteral("size"), m_size},
                           {QStringLiteral("sha256"), QString::fromLatin1(m_sha256)},
                           {QStringLiteral("content_type"), m_contentType}};
    m_api->send(PortalClient::Method::Post, QStringLiteral("/uploads"),
                QJsonDocument(body).toJson(QJsonDocument::Compact), {}, m_context,
                [this, generation](const Result<HttpResponse, PortalError>& answer) {
                    if (!current(generation)) {
                        return;
                    }
                    if (!answer) {
                        end(fail(portalError(answer.error())));
                        return;
                    }
                    const auto remote = Remote::fromJson(answer->body);
                    if (!remote) {
                        end(fail(UploadError{UploadError::Kind::Protocol, QString::fromUtf8(answer->body.left(200))}));
                        return;
                    }
                    adopt(*remote);
                });
}

void AttachmentUploader::adopt(const Remote& remote)
{
    const quint64 generation = m_generation;
    const bool announce = m_uploadId != remote.id;
    m_uploadId = remote.id;
    m_chunkSize = remote.chunkSize;
    m_offset = remote.received;
    if (announce) {
        Q_EMIT started(m_uploadId);
        if (!current(generation)) {
            return;
        }
    }
    Q_EMIT progress(m_offset, m_size);
    if (!current(generation)) {
        return;
    }
    if (remote.complete) {
        complete(remote);
        return;
    }
    sendChunk();
}

bool AttachmentUploader::fileUnchanged() const
{
    const QFileInfo now(m_path);
    return now.exists() && now.size() == m_size && now.lastModified() == m_modified;
}

void AttachmentUploader::sendChunk()
{
    // A file edited while it is sent would reach the portal as a mix of two versions (and fail its checksum).
    if (!fileUnchanged()) {
        end(fail(fileError(UploadError::Kind::FileChanged, m_path)));
        return;
    }
    const qint64 length = std::min(m_chunkSize, m_size - m_offset);
    QByteArray chunk(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (!m_file.seek(m_offset) || m_file.read(chunk.data(), length) != length) {
        end(fail(fileError(UploadError::Kind::FileUnreadable, m_file.errorString())));
        return;
    }
    PortalClient::RequestOptions options;
    options.headers.append({QByteArrayLiteral("Content-Range"),
                            QByteArrayLiteral("bytes ") + QByteArray::number(m_offset) + '-' +
                                QByteArray::number(m_offset + length - 1) + '/' + QByteArray::number(m_size)});
    const quint64 generation = m_generation;
    m_api->sendBody(PortalClient::Method::Put, QStringLiteral("/uploads/") + m_uploadId, chunk,
                    QByteArrayLiteral("application/octet-stream"), std::move(options), m_context,
                    [this, generation, length](const Result<HttpResponse, PortalError>& answer) {
                        if (current(generation)) {
                            chunkAnswered(length, answer);
                        }
                    });
}

void AttachmentUploader::chunkAnswered(qint64 length, const Result<HttpResponse, PortalError>& answer)
{
    const quint64 generation = m_generation;
    if (!answer) {
        const PortalError& error = answer.error();
        if (error.httpStatus == 409 && error.problemCode == QLatin1String("upload_offset_mismatch")) {
            // Someone else (an earlier run whose answer we dropped) moved the portal on: continue from where it is.
            const qint64 received =
                QJsonDocument::fromJson(error.body).object().value(QStringLiteral("received")).toInteger(-1);
            if (received < 0 || received > m_size || ++m_staleOffsets > 3) {
                end(fail(portalError(error)));
                return;
            }
            m_offset = received;
            Q_EMIT progress(m_offset, m_size);
            if (current(generation)) {
                sendChunk();
            }
            return;
        }
        if (error.httpStatus == 409 && error.problemCode == QLatin1String("upload_complete")) {
            fetchStatus();
            return;
        }
        if (error.httpStatus == 422 && error.problemCode == QLatin1String("sha256_mismatch")) {
            end(fail(UploadError{UploadError::Kind::ChecksumMismatch, error.detail, error}));
            return;
        }
        end(fail(portalError(error)));
        return;
    }
    const auto remote = Remote::fromJson(answer->body);
    if (!remote || remote->id != m_uploadId) {
        end(fail(UploadError{UploadError::Kind::Protocol, QString::fromUtf8(answer->body.left(200))}));
        return;
    }
    m_staleOffsets = 0;
    m_bytesSent += length;
    m_offset = remote->received;
    Q_EMIT progress(m_offset, m_size);
    if (!current(generation)) {
        return;
    }
    if (remote->complete) {
        complete(*remote);
        return;
    }
    sendChunk();
}

void AttachmentUploader::fetchStatus()
{
    const quint64 generation = m_generation;
    m_api->get(QStringLiteral("/uploads/") + m_uploadId, m_context,
               [this, generation](const Result<HttpResponse, PortalError>& answer) {
                   if (!current(generation)) {
                       return;
                   }
                   if (!answer) {
                       end(fail(portalError(answer.error())));
                       return;
                   }
                   const auto remote = Remote::fromJson(answer->body);
                   if (!remote || remote->id != m_uploadId) {
                       end(fail(UploadError{UploadError::Kind::Protocol, QString::fromUtf8(answer->body.left(200))}));
                       return;
                   }
                   adopt(*remote);
               });
}

void AttachmentUploader::complete(const Remote& remote)
{
    // The portal checked the bytes against the SHA-256 it was given; make sure that was ours.
    if (remote.sha256.toLatin1() != m_sha256 || remote.size != m_size) {
        end(fail(UploadError{UploadError::Kind::ChecksumMismatch, remote.sha256}));
        return;
    }
    end(UploadedFile{remote.id, remote.filename, remote.size, remote.sha256, remote.contentType});
}

void AttachmentUploader::end(const UploadResult& result)
{
    if (m_stopHashing) {
        m_stopHashing();
        m_stopHashing = nullptr;
    }
    // Later answers of this run are dropped with their context; deleteLater because we may be inside one of them.
    if (m_context != nullptr) {
        m_context->deleteLater();
        m_context = nullptr;
    }
    m_file.close();
    m_busy = false;
    ++m_generation;
    Q_EMIT finished(result);
}

} // namespace inlinea::uploads
