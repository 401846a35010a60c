#pragma once

#include "Submission.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

namespace inlinea::submissions {

struct AttachError {
    enum class Kind {
        Store,          // the local database failed (detail: SQLite's message)
        FileUnreadable, // the file cannot be opened (detail: the system's reason)
        NotAFile,       // a folder or something else that is not a regular file
        AlreadyThere,   // that file is already in that slot
    };
    Kind kind = Kind::Store;
    QString detail;
};

// The files attached to each draft, slot by slot. A file is described (name, type, size, SHA-256) when it is
// attached and read again only when the draft is checked and sent.
class DraftAttachments {
public:
    explicit DraftAttachments(store::LocalDatabase& db);

    [[nodiscard]] Result<AttachedFile, AttachError> attach(const QString& draftId, const QString& slot,
                                                           const QString& path);
    [[nodiscard]] Status<AttachError> detach(const QString& draftId, const QString& slot, const QString& path);
    // In the order they were attached.
    [[nodiscard]] Result<QList<AttachedFile>, AttachError> list(const QString& draftId) const;
    // A duplicated draft gets the same files.
    [[nodiscard]] Status<AttachError> copy(const QString& fromDraftId, const QString& toDraftId);
    [[nodiscard]] Status<AttachError> removeAll(const QString& draftId);

    // Name, type, size and SHA-256 of a file as it is on disk now.
    [[nodiscard]] static Result<AttachedFile, AttachError> describe(const QString& slot, const QString& path);

private:
    store::LocalDatabase& m_db;
};

} // namespace inlinea::submissions
