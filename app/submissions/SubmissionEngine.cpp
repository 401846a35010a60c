#include "SubmissionEngine.h"

#include "app/auth/ApiSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace inlinea::submissions {

namespace {

constexpr auto SendStep = "send";

QString uploadStep(const SubmissionFile& file)
{
    return QStringLiteral("upload:") + file.file.filename;
}

QByteArray ownProblem(const char* code, const QString& detail, const QString& path = {})
{
    QJsonObject problem{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("detail"), detail}};
    if (!path.isEmpty()) {
        problem.insert(QStringLiteral("path"), path);
    }
    return QJsonDocument(problem).toJson(QJsonDocument::Compact);
}

QString errorOutcome(const portal::PortalError& error)
{
    if (error.kind == portal::PortalError::Kind::HttpError) {
        return error.problemCode.isEmpty() ? QStringLiteral("http_%1").arg(error.httpStatus) : error.problemCode;
    }
    return portal::kindName(error.kind);
}

} // namespace

SubmissionEngine::SubmissionEngine(SubmissionStore& store, auth::ApiSession* api, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SubmissionEngine::sendNow);
    if (m_api) {
        m_uploader = new uploads::AttachmentUploader(m_api, this);
    }
}

SubmissionEngine::~SubmissionEngine() = default;

void SubmissionEngine::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = max;
    m_delay = first;
}

Result<Submission, store::StoreError> SubmissionEngine::submit(const QString& draftId, qint64 anagraficaId,
                                                               const QString& procedimento,
                                                               const QString& definitionVersion, const QString& title,
                                                               const QJsonObject& data,
                                                               const QList<AttachedFile>& files)
{
    auto created = m_store.create(draftId, anagraficaId, procedimento, definitionVersion, title, data, files);
    if (created) {
        Q_EMIT submissionChanged(created.value().id);
        QTimer::singleShot(0, this, &SubmissionEngine::sendNow);
    }
    return created;
}

Status<store::StoreError> SubmissionEngine::retry(qint64 id)
{
    auto reopened = m_store.reopen(id);
    if (reopened) {
        Q_EMIT submissionChanged(id);
        QTimer::singleShot(0, this, &SubmissionEngine::sendNow);
    }
    return reopened;
}

void SubmissionEngine::sendNow()
{
    m_retry.stop();
    m_delay = m_firstDelay;
    if (!m_busy) {
        sendNext();
    }
}

void SubmissionEngine::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void SubmissionEngine::record(qint64 id, const QString& step, const QString& outcome, const QString& detail)
{
    // A failure to record is not a reason to stop sending: the attempt itself is what matters.
    (void)m_store.recordAttempt(id, step, outcome, detail);
}

void SubmissionEngine::sendNext()
{
    if (!m_api) {
        auto pending = m_store.count(Submission::State::Pending);
        setState(pending && pending.value() > 0 ? State::Waiting : State::Idle);
        return;
    }
    auto next = m_store.nextPending();
    if (!next || !next.value()) {
        m_current = 0;
        setState(State::Idle);
        return;
    }
    const Submission& submission = *next.value();
    m_current = submission.id;
    m_busy = true;
    setState(State::Sending);
    const auto pendingFile = std::find_if(submission.files.cbegin(), submission.files.cend(),
                                          [](const SubmissionFile& f) { return !f.uploaded; });
    if (pendingFile != submission.files.cend() && submission.body.isEmpty()) {
        upload(submission, int(pendingFile - submission.files.cbegin()));
    } else {
        post(submission);
    }
}

void SubmissionEngine::upload(const Submission& submission, int position)
{
    const SubmissionFile& file = submission.files.at(position);
    const qint64 id = submission.id;
    const QString step = uploadStep(file);
    const QString expected = file.file.sha256;
    // One connection per run: the uploader's signals are about the file it was given here.
    auto* context = new QObject(this);
    connect(m_uploader, &uploads::AttachmentUploader::started, context,
            [this, id, position](const QString& uploadId) { (void)m_store.setUploadId(id, position, uploadId); });
    connect(m_uploader, &uploads::AttachmentUploader::progress, context,
            [this, id, step](qint64 sent, qint64 total) { Q_EMIT progress(id, step, sent, total); });
    connect(m_uploader, &uploads::AttachmentUploader::finished, context,
            [this, id, position, step, expected, context](const uploads::UploadResult& result) {
                context->deleteLater();
                disconnect(m_uploader, nullptr, context, nullptr);
                onUploaded(id, position, step, expected, result);
            });
    Q_EMIT progress(id, step, 0, file.file.size);
    m_uploader->upload(file.file.path, file.file.contentType, file.uploadId);
}

void SubmissionEngine::onUploaded(qint64 id, int position, const QString& step, const QString& expectedSha256,
                                  const uploads::UploadResult& result)
{
    if (result) {
        const uploads::UploadedFile& uploaded = result.value();
        if (uploaded.sha256 != expectedSha256) {
            // The file changed after it was attached: what the user checked is not what would be filed.
            record(id, step, QStringLiteral("file_changed"), uploaded.sha256);
            reject(id, ownProblem("file_changed", uploaded.sha256, step.mid(7)));
            return;
        }
        (void)m_store.markUploaded(id, position, uploaded.uploadId);
        record(id, step, QStringLiteral("ok"), uploaded.uploadId);
        Q_EMIT submissionChanged(id);
        proceed();
        return;
    }
    const uploads::UploadError& error = result.error();
    using Kind = uploads::UploadError::Kind;
    switch (error.kind) {
    case Kind::Cancelled:
    case Kind::Busy: m_busy = false; return;
    case Kind::Protocol:
    case Kind::ChecksumMismatch:
        // A garbled answer, or bytes damaged on the way (the portal reset the upload): worth another try.
        record(id, step, QString::fromLatin1(kindName(error.kind)), error.detail);
        Q_EMIT submissionChanged(id);
        wait(portal::PortalError{portal::PortalError::Kind::Other, 0, {}, error.detail});
        return;
    case Kind::Portal:
        record(id, step, errorOutcome(error.portal), error.portal.detail);
        if (isTransient(error.portal)) {
            Q_EMIT submissionChanged(id);
            wait(error.portal);
            return;
        }
        reject(id, error.portal.body.isEmpty() ? ownProblem("upload_refused", error.portal.detail, step.mid(7))
                                               : error.portal.body);
        return;
    default:
        // The file itself is the problem (gone, unreadable, changed, too large, a type the portal refuses).
        record(id, step, QString::fromLatin1(kindName(error.kind)), error.detail);
        reject(id, ownProblem(kindName(error.kind), error.detail, step.mid(7)));
        return;
    }
}

QByteArray SubmissionEngine::body(const Submission& submission)
{
    QJsonArray attachments;
    for (const SubmissionFile& file : submission.files) {
        attachments.append(
            QJsonObject{{QStringLiteral("slot"), file.file.slot}, {QStringLiteral("upload_id"), file.uploadId}});
    }
    const QJsonObject request{{QStringLiteral("anagrafica_id"), submission.anagraficaId},
                              {QStringLiteral("procedimento"), submission.procedimento},
                              {QStringLiteral("version"), submission.definitionVersion},
                              {QStringLiteral("data"), submission.data},
                              {QStringLiteral("attachments"), attachments}};
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

void SubmissionEngine::post(const Submission& submission)
{
    QByteArray request = submission.body;
    if (request.isEmpty()) {
        request = body(submission);
        if (auto fixed = m_store.fixBody(submission.id, request); !fixed) {
            m_busy = false;
            wait(portal::PortalError{portal::PortalError::Kind::Other, 0, {}, fixed.error().detail});
            return;
        }
        // Another writer may have fixed it first: always send what is stored.
        if (auto stored = m_store.find(submission.id); stored && stored.value()) {
            request = stored.value()->body;
        }
    }
    const qint64 id = submission.id;
    Q_EMIT progress(id, QString::fromLatin1(SendStep), 0, 0);
    portal::PortalClient::RequestOptions options;
    options.idempotencyKey = submission.idempotencyKey;
    m_api->sendBody(
        portal::PortalClient::Method::Post, QStringLiteral("pratiche"), request, QByteArrayLiteral("application/json"),
        options, this,
        [this, id](const Result<portal::HttpResponse, portal::PortalError>& result) { onPosted(id, result); });
}

void SubmissionEngine::onPosted(qint64 id, const Result<portal::HttpResponse, portal::PortalError>& result)
{
    const QString step = QString::fromLatin1(SendStep);
    if (result) {
        const portal::HttpResponse& response = result.value();
        const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
        const QString cip = answer.value(QStringLiteral("cip")).toString();
        if (cip.isEmpty()) {
            record(id, step, QStringLiteral("protocol"), QString::fromUtf8(response.body.left(200)));
            wait(portal::PortalError{
                portal::PortalError::Kind::Other, response.status, {}, QStringLiteral("no CIP in the answer")});
            return;
        }
        const bool replayed = response.header("Idempotency-Replayed") == "true";
        record(id, step, replayed ? QStringLiteral("replayed") : QStringLiteral("ok"), cip);
        (void)m_store.markDone(id, cip, answer.value(QStringLiteral("protocollo")).toString(),
                               answer.value(QStringLiteral("receipt")).toObject());
        Q_EMIT submissionChanged(id);
        Q_EMIT filed(id, cip);
        proceed();
        return;
    }
    const portal::PortalError& error = result.error();
    record(id, step, errorOutcome(error), error.detail);
    if (isTransient(error)) {
        Q_EMIT submissionChanged(id);
        wait(error);
        return;
    }
    if (error.kind == portal::PortalError::Kind::Cancelled) {
        m_busy = false;
        return;
    }
    reject(id, error.body.isEmpty() ? ownProblem("refused", error.detail) : error.body);
}

void SubmissionEngine::proceed()
{
    m_busy = false;
    m_delay = m_firstDelay;
    m_lastError = {};
    QTimer::singleShot(0, this, [this] {
        if (!m_busy) {
            sendNext();
        }
    });
}

void SubmissionEngine::reject(qint64 id, const QByteArray& problem)
{
    (void)m_store.markRejected(id, problem);
    Q_EMIT submissionChanged(id);
    Q_EMIT attentionNeeded(id);
    proceed();
}

void SubmissionEngine::wait(const portal::PortalError& error)
{
    m_busy = false;
    m_lastError = error;
    setState(State::Waiting);
    m_retry.start(m_delay);
    m_delay = std::min(m_delay * 2, m_maxDelay);
}

bool SubmissionEngine::isTransient(const portal::PortalError& error)
{
    using Kind = portal::PortalError::Kind;
    if (error.isUnreachable() || error.kind == Kind::Unauthorized || error.kind == Kind::Other ||
        error.isTlsProblem()) {
        return true;
    }
    // 5xx and 429 are the portal's own trouble; 409 on a pratica is a concurrent request with the same key.
    return error.kind == Kind::HttpError &&
           (error.httpStatus >= 500 || error.httpStatus == 429 || error.httpStatus == 408 || error.httpStatus == 409);
}

} // namespace inlinea::submissions
