#pragma once

#include "Submission.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <optional>

namespace inlinea::submissions {

// The submissions in the user's local database (the "outbox" of pratiche): what was sent, how far each got, every
// attempt, and the portal's receipt. Survives crashes and restarts like everything in the database.
class SubmissionStore {
public:
    explicit SubmissionStore(store::LocalDatabase& db);

    // A new pending submission of a draft, with a fresh idempotency key.
    [[nodiscard]] Result<Submission, store::StoreError>
    create(const QString& draftId, qint64 anagraficaId, const QString& procedimento, const QString& definitionVersion,
           const QString& title, const QJsonObject& data, const QList<AttachedFile>& files);
    [[nodiscard]] Result<std::optional<Submission>, store::StoreError> find(qint64 id) const;
    // Newest first.
    [[nodiscard]] Result<QList<Submission>, store::StoreError> list() const;
    [[nodiscard]] Result<QList<Submission>, store::StoreError> forDraft(const QString& draftId) const;
    // The oldest pending submission (they go out in the order they were made).
    [[nodiscard]] Result<std::optional<Submission>, store::StoreError> nextPending() const;
    [[nodiscard]] Result<int, store::StoreError> count(Submission::State state) const;

    [[nodiscard]] Status<store::StoreError> setUploadId(qint64 id, int position, const QString& uploadId);
    [[nodiscard]] Status<store::StoreError> markUploaded(qint64 id, int position, const QString& uploadId);
    // Sets the body once; later calls keep the first (every attempt must send the same bytes).
    [[nodiscard]] Status<store::StoreError> fixBody(qint64 id, const QByteArray& body);
    [[nodiscard]] Status<store::StoreError> markDone(qint64 id, const QString& cip, const QString& protocollo,
                                                     const QJsonObject& receipt);
    [[nodiscard]] Status<store::StoreError> markRejected(qint64 id, const QByteArray& problem);
    // The user asks to try a rejected submission again as it is (e.g. after restoring a moved file).
    [[nodiscard]] Status<store::StoreError> reopen(qint64 id);
    // Only for submissions not filed: a Done one is the user's record and stays.
    [[nodiscard]] Status<store::StoreError> remove(qint64 id);

    // Records a step and its outcome; counts as an attempt when the step reached (or tried to reach) the portal.
    [[nodiscard]] Status<store::StoreError> recordAttempt(qint64 id, const QString& step, const QString& outcome,
                                                          const QString& detail);
    [[nodiscard]] Result<QList<SubmissionAttempt>, store::StoreError> attempts(qint64 id) const;

private:
    [[nodiscard]] Result<QList<Submission>, store::StoreError> query(const QString& where,
                                                                     const QVariantList& values) const;
    [[nodiscard]] Status<store::StoreError> loadFiles(Submission& submission) const;

    store::LocalDatabase& m_db;
};

[[nodiscard]] QString stateName(Submission::State state);

} // namespace inlinea::submissions
