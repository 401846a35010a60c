#pragma once

#include "SubmissionStore.h"
#include "app/portal/HttpResponse.h"
#include "app/portal/PortalError.h"
#include "app/uploads/AttachmentUploader.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace inlinea::auth {
class ApiSession;
}

namespace inlinea::submissions {

// Sends submissions to the portal, oldest first: each file is uploaded (resuming what the portal already holds),
// then the request goes out with the submission's idempotency key, byte for byte the same on every attempt, until
// the portal answers with a CIP. Through outages it waits and tries again (2 s doubling to 5 min, or at once when
// asked); a refusal of the data stops that submission for the user to act. Every attempt is recorded.
class SubmissionEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,    // nothing pending
        Sending, // uploading a file or sending a request
        Waiting, // the portal could not be reached (or the session expired): trying again later
    };
    Q_ENUM(State)

    // `api` is null in an offline session: submissions are queued and wait for a session that can send them.
    SubmissionEngine(SubmissionStore& store, auth::ApiSession* api, QObject* parent = nullptr);
    ~SubmissionEngine() override;

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] const portal::PortalError& lastError() const noexcept { return m_lastError; }
    // The submission being worked on (0 when none).
    [[nodiscard]] qint64 current() const noexcept { return m_current; }

    // Freezes a draft's data and files into a new pending submission and starts sending.
    [[nodiscard]] Result<Submission, store::StoreError>
    submit(const QString& draftId, qint64 anagraficaId, const QString& procedimento, const QString& definitionVersion,
           const QString& title, const QJsonObject& data, const QList<AttachedFile>& files);
    // A rejected submission goes back to pending (the user fixed what stopped it, e.g. restored a file).
    [[nodiscard]] Status<store::StoreError> retry(qint64 id);

    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds max);

public Q_SLOTS:
    // Sends what is pending now (also when waiting for the next retry). Safe to call at any time.
    void sendNow();

Q_SIGNALS:
    void stateChanged(inlinea::submissions::SubmissionEngine::State state);
    // Anything about this submission changed (a file uploaded, an attempt recorded, filed, rejected).
    void submissionChanged(qint64 id);
    // `step` is "upload:<filename>" or "send"; sent/total in bytes (for "send", 0/0 while waiting for the answer).
    void progress(qint64 id, const QString& step, qint64 sent, qint64 total);
    void filed(qint64 id, const QString& cip);
    // A submission was rejected: the user should look at it.
    void attentionNeeded(qint64 id);

private:
    void sendNext();
    void upload(const Submission& submission, int position);
    void onUploaded(qint64 id, int position, const QString& step, const QString& expectedSha256,
                    const uploads::UploadResult& result);
    void post(const Submission& submission);
    void onPosted(qint64 id, const Result<portal::HttpResponse, portal::PortalError>& result);
    void wait(const portal::PortalError& error);
    void reject(qint64 id, const QByteArray& problem);
    void proceed();
    void setState(State state);
    void record(qint64 id, const QString& step, const QString& outcome, const QString& detail);
    [[nodiscard]] static bool isTransient(const portal::PortalError& error);
    [[nodiscard]] static QByteArray body(const Submission& submission);

    SubmissionStore& m_store;
    QPointer<auth::ApiSession> m_api;
    uploads::AttachmentUploader* m_uploader = nullptr;
    State m_state = State::Idle;
    qint64 m_current = 0;
    bool m_busy = false;
    portal::PortalError m_lastError;
    QTimer m_retry;
    std::chrono::milliseconds m_firstDelay{2000};
    std::chrono::milliseconds m_maxDelay{300000};
    std::chrono::milliseconds m_delay{2000};
};

} // namespace inlinea::submissions
