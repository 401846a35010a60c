#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace inlinea::submissions {

// A file the user attached to a draft, in one of the procedimento's attachment slots. The file stays where the
// user keeps it; size and SHA-256 are taken when it is attached, so a later change to the file is noticed.
struct AttachedFile {
    QString slot;
    QString path;
    QString filename;
    QString contentType;
    qint64 size = 0;
    QString sha256; // hex
};

// A file of a submission and how far its upload got.
struct SubmissionFile {
    AttachedFile file;
    QString uploadId;      // the portal's upload, once started (kept to resume after a drop or a restart)
    bool uploaded = false; // the portal has every byte and checked the SHA-256
};

// One step tried while sending a submission and what came of it, as the user sees it in the list of attempts.
struct SubmissionAttempt {
    QDateTime at;    // UTC
    QString step;    // "upload:<filename>" or "send"
    QString outcome; // "ok", "replayed" (the portal answered from its idempotency record), or the error kind
    QString detail;  // the portal's problem detail or the technical cause
};

// A domanda the user sent ("Invia"): the draft's data frozen at that moment, its files, and one idempotency key used
// for every attempt, so however many times the request goes out the portal files one pratica.
struct Submission {
    enum class State {
        Pending,  // waiting to be sent, or being sent (uploads, then the request)
        Done,     // the portal filed it: cip, protocollo and receipt are set
        Rejected, // the portal refused the data (422) or a file can no longer be sent: the user must act
    };

    qint64 id = 0;
    QString draftId;
    qint64 anagraficaId = 0;
    QString procedimento;
    QString definitionVersion;
    QString title;
    QByteArray idempotencyKey;
    QJsonObject data;
    QList<SubmissionFile> files;
    QByteArray body; // the exact request body, fixed once every file is uploaded; empty before
    State state = State::Pending;
    QString cip;
    QString protocollo;
    QJsonObject receipt;
    QByteArray problem; // Rejected: the portal's problem+json, or our own reason
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace inlinea::submissions
