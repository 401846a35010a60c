#pragma once

#include "Draft.h"
#include "app/store/LocalDatabase.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace inlinea::drafts {

struct DraftError {
    enum class Kind {
        Store,              // the local database failed (detail: SQLite's message)
        NotFound,           // no draft with that id
        FileUnreadable,     // import: the file cannot be opened or read
        FileUnwritable,     // export: the file cannot be written
        NotJson,            // import: not a JSON object
        NotADraftFile,      // import: no (or another) format marker
        UnsupportedVersion, // import: a format version this app does not know (detail: the version)
        ChecksumMismatch,   // import: the content does not match its sha256 (changed or truncated)
        Malformed,          // import: a required member is missing or of the wrong type (detail: which)
    };
    Kind kind = Kind::Store;
    QString detail;
};

[[nodiscard]] const char* kindName(DraftError::Kind kind);

// What a draft was before it moved to another version of its form (DraftStore::migrate()).
struct DraftSnapshot {
    QString definitionVersion;
    QJsonObject data;
    QDateTime migratedAt; // UTC
};

// The drafts in the user's local database.
//
// Durability: save() returns once SQLite has committed the transaction. The database runs in WAL mode with
// synchronous=NORMAL: a commit appends its frames to the -wal file with write(), which puts them in the kernel's
// page cache, and only checkpoints fsync. A killed process (crash, SIGKILL, OOM killer) loses nothing the kernel
// already holds, and the next open replays the WAL, so a save that has returned is never lost when the app dies.
// synchronous=FULL would add an fsync of the WAL per commit (milliseconds, at every autosave) and only matters for
// a power cut or a kernel crash, where NORMAL may lose the last commits but never corrupts the file. We keep NORMAL.
class DraftStore {
public:
    // File format of export()/import().
    static constexpr const char* FormatMarker = "inlinea-draft";
    static constexpr int FormatVersion = 1;

    explicit DraftStore(store::LocalDatabase& db);

    [[nodiscard]] Result<Draft, DraftError> create(qint64 anagraficaId, const QString& procedimento,
                                                   const QString& definitionVersion, const QString& title,
                                                   const QJsonObject& data = {});
    [[nodiscard]] Result<Draft, DraftError> load(const QString& id) const;
    // Newest change first.
    [[nodiscard]] Result<QList<Draft>, DraftError> list() const;
    [[nodiscard]] Result<QList<Draft>, DraftError> list(qint64 anagraficaId) const;
    // Replaces the draft's data; committed when it returns (see above). Returns the new revision.
    [[nodiscard]] Result<qint64, DraftError> save(const QString& id, const QJsonObject& data);
    [[nodiscard]] Status<DraftError> rename(const QString& id, const QString& title);
    // A copy with a new id, revision 0 and the current time.
    [[nodiscard]] Result<Draft, DraftError> duplicate(const QString& id);
    [[nodiscard]] Status<DraftError> remove(const QString& id);
    // Drafts of an anagrafica created offline follow it to the id the portal gave it.
    [[nodiscard]] Status<DraftError> renumberAnagrafica(qint64 localId, qint64 portalId);

    // Moves the draft to another version of its form with the data made for it (DraftMigration::apply()). The
    // version and data it had are kept, so nothing typed is lost and undoMigration() can bring them back. Returns
    // the new revision.
    [[nodiscard]] Result<qint64, DraftError> migrate(const QString& id, const QString& newVersion,
                                                     const QJsonObject& newData);
    // The draft before its latest migrate() not undone yet; nullopt when there is none.
    [[nodiscard]] Result<std::optional<DraftSnapshot>, DraftError> beforeMigration(const QString& id) const;
    // Back to the version and data before the latest migrate() (changes made since then go with it); NotFound
    // when there is nothing to undo. Returns the new revision.
    [[nodiscard]] Result<qint64, DraftError> undoMigration(const QString& id);

    // The draft as a JSON document: {"format": "inlinea-draft", "formatVersion": 1, "procedimento",
    // "definitionVersion", "anagraficaId", "title", "createdAt", "updatedAt", "revision", "data", "sha256"}, where
    // sha256 is the hex SHA-256 of the compact JSON (keys sorted) of the document without the sha256 member.
    [[nodiscard]] Result<QByteArray, DraftError> exportDocument(const QString& id) const;
    [[nodiscard]] Status<DraftError> exportTo(const QString& id, const QString& filePath) const;
    // Checks marker, version and checksum, then stores the draft under a new id (revision 0, updated now).
    [[nodiscard]] Result<Draft, DraftError> importDocument(const QByteArray& document);
    [[nodiscard]] Result<Draft, DraftError> importFrom(const QString& filePath);

    // The checksum of a document (without its sha256 member), as written by exportDocument().
    [[nodiscard]] static QString checksum(QJsonObject document);

private:
    [[nodiscard]] Result<Draft, DraftError> insert(Draft draft);
    [[nodiscard]] Result<QList<Draft>, DraftError> query(const QString& where, const QVariantList& values) const;
    // Sets version and data in one transaction, recording (`snapshot`) or dropping the latest snapshot.
    [[nodiscard]] Result<qint64, DraftError> changeVersion(const QString& id, const QString& version,
                                                           const QJsonObject& data, bool snapshot);

    store::LocalDatabase& m_db;
};

} // namespace inlinea::drafts
