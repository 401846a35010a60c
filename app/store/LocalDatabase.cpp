#include "LocalDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace inlinea::store {

namespace {

// Each entry moves the schema from version N to N + 1 (PRAGMA user_version). Never edit a released entry.
const char* const Migrations[] = {
    // 1: anagrafiche cache, the profile, and the outbox of changes waiting for the portal.
    // Search as you type: a trigram index (any part of a word, from 3 characters) and a word-prefix index (1-2
    // characters). Both use sort_key as rowid, a number that follows the list's name order, so a search answers the
    // first page in name order straight from the index without sorting every match (AnagraficheCache).
    R"sql(
CREATE TABLE anagrafiche (
    id       INTEGER PRIMARY KEY,
    sort_key INTEGER NOT NULL DEFAULT 0,
    name     TEXT NOT NULL,
    address  TEXT NOT NULL,
    codes    TEXT NOT NULL,
    comune   TEXT NOT NULL,
    domande  INTEGER NOT NULL DEFAULT 0,
    watched  INTEGER NOT NULL DEFAULT 0,
    pending  INTEGER NOT NULL DEFAULT 0,
    record   TEXT NOT NULL
);
CREATE INDEX anagrafiche_by_sort_key ON anagrafiche(sort_key);
CREATE INDEX anagrafiche_by_name ON anagrafiche(name COLLATE NOCASE, id);
CREATE INDEX anagrafiche_by_comune ON anagrafiche(comune COLLATE NOCASE, id);
CREATE INDEX anagrafiche_by_codes ON anagrafiche(codes, id);
CREATE INDEX anagrafiche_by_domande ON anagrafiche(domande, id);
CREATE TABLE index_control (suspended INTEGER NOT NULL);
INSERT INTO index_control VALUES (0);
CREATE VIRTUAL TABLE anagrafiche_fts USING fts5(
    name, codes, comune, content='anagrafiche', content_rowid='sort_key', tokenize='trigram');
CREATE VIRTUAL TABLE anagrafiche_words USING fts5(
    name, codes, comune, content='anagrafiche', content_rowid='sort_key',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2');
CREATE TRIGGER anagrafiche_ai AFTER INSERT ON anagrafiche
WHEN (SELECT suspended FROM index_control) = 0 BEGIN
    INSERT INTO anagrafiche_fts(rowid, name, codes, comune) VALUES (new.sort_key, new.name, new.codes, new.comune);
    INSERT INTO anagrafiche_words(rowid, name, codes, comune) VALUES (new.sort_key, new.name, new.codes, new.comune);
END;
CREATE TRIGGER anagrafiche_ad AFTER DELETE ON anagrafiche
WHEN (SELECT suspended FROM index_control) = 0 BEGIN
    INSERT INTO anagrafiche_fts(anagrafiche_fts, rowid, name, codes, comune)
        VALUES ('delete', old.sort_key, old.name, old.codes, old.comune);
    INSERT INTO anagrafiche_words(anagrafiche_words, rowid, name, codes, comune)
        VALUES ('delete', old.sort_key, old.name, old.codes, old.comune);
END;
CREATE TRIGGER anagrafiche_au AFTER UPDATE OF name, codes, comune, sort_key ON anagrafiche
WHEN (SELECT suspended FROM index_control) = 0 BEGIN
    INSERT INTO anagrafiche_fts(anagrafiche_fts, rowid, name, codes, comune)
        VALUES ('delete', old.sort_key, old.name, old.codes, old.comune);
    INSERT INTO anagrafiche_words(anagrafiche_words, rowid, name, codes, comune)
        VALUES ('delete', old.sort_key, old.name, old.codes, old.comune);
    INSERT INTO anagrafiche_fts(rowid, name, codes, comune) VALUES (new.sort_key, new.name, new.codes, new.comune);
    INSERT INTO anagrafiche_words(rowid, name, codes, comune) VALUES (new.sort_key, new.name, new.codes, new.comune);
END;
CREATE TABLE local_ids (next INTEGER NOT NULL);
INSERT INTO local_ids VALUES (-1);
CREATE TABLE profile (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    pending  INTEGER NOT NULL DEFAULT 0,
    record   TEXT NOT NULL
);
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    entity          TEXT NOT NULL,
    operation       TEXT NOT NULL,
    entity_id       INTEGER NOT NULL,
    base_version    INTEGER NOT NULL,
    payload         TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending',
    portal_version  TEXT,
    problem         BLOB,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX outbox_by_entity ON outbox(entity, entity_id);
)sql",
    // 2: the procedimenti catalog and the form definitions, for compiling offline.
    R"sql(
CREATE TABLE procedimenti (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    record   TEXT NOT NULL
);
CREATE TABLE form_definitions (
    code     TEXT NOT NULL,
    version  TEXT NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (code, version)
);
)sql",
    // 3: drafts of domande being compiled (DraftStore). updated_at is ISO 8601 UTC with milliseconds, so text order
    // is time order.
    R"sql(
CREATE TABLE drafts (
    id                 TEXT PRIMARY KEY,
    anagrafica_id      INTEGER NOT NULL,
    procedimento       TEXT NOT NULL,
    definition_version TEXT NOT NULL,
    title              TEXT NOT NULL,
    data               TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    revision           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX drafts_by_updated ON drafts(updated_at);
CREATE INDEX drafts_by_anagrafica ON drafts(anagrafica_id, updated_at);
)sql",
    // 4: files attached to drafts, and submissions (Invia) with their attachments and every attempt. A submission
    // freezes the data when the user sends; `body` is the exact request sent, fixed once every attachment is uploaded,
    // so each retry with the same idempotency key is byte for byte the same request.
    R"sql(
CREATE TABLE draft_attachments (
    draft_id     TEXT NOT NULL,
    slot         TEXT NOT NULL,
    path         TEXT NOT NULL,
    filename     TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    PRIMARY KEY (draft_id, slot, path)
);
CREATE TABLE submissions (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id           TEXT NOT NULL,
    anagrafica_id      INTEGER NOT NULL,
    procedimento       TEXT NOT NULL,
    definition_version TEXT NOT NULL,
    title              TEXT NOT NULL,
    idempotency_key    TEXT NOT NULL UNIQUE,
    data               TEXT NOT NULL,
    body               BLOB,
    state              TEXT NOT NULL,
    cip                TEXT,
    protocollo         TEXT,
    receipt            TEXT,
    problem            BLOB,
    attempts           INTEGER NOT NULL DEFAULT 0,
    last_error         TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX submissions_by_draft ON submissions(draft_id);
CREATE TABLE submission_attachments (
    submission_id INTEGER NOT NULL,
    position      INTEGER NOT NULL,
    slot          TEXT NOT NULL,
    path          TEXT NOT NULL,
    filename      TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    upload_id     TEXT NOT NULL DEFAULT '',
    uploaded      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id, position)
);
CREATE TABLE submission_attempts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id INTEGER NOT NULL,
    at            TEXT NOT NULL,
    step          TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX submission_attempts_by_submission ON submission_attempts(submission_id, id);
)sql",
    // 5: what a draft was before it moved to a newer version of its form (DraftStore::migrate), for undo.
    R"sql(
CREATE TABLE draft_migrations (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id           TEXT NOT NULL,
    definition_version TEXT NOT NULL,
    data               TEXT NOT NULL,
    migrated_at        TEXT NOT NULL
);
CREATE INDEX draft_migrations_by_draft ON draft_migrations(draft_id, id);
)sql",
};

Status<StoreError> exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return fail(StoreError{query.lastError().text()});
    }
    return Ok{};
}

} // namespace

LocalDatabase::LocalDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

LocalDatabase::~LocalDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString LocalDatabase::defaultPath(const QString& portalHost, const QString& userCodiceFiscale)
{
    // One file per portal and user, named by a digest so neither appears in the file system.
    const QByteArray key = (portalHost.toLower() + QLatin1Char('\n') + userCodiceFiscale.toUpper()).toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("cache-%1.sqlite").arg(digest));
}

Result<std::unique_ptr<LocalDatabase>, StoreError> LocalDatabase::open(const QString& path)
{
    if (path != QLatin1String(":memory:")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    const QString name = QStringLiteral("inlinea-local-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(StoreError{why});
    }
    std::unique_ptr<LocalDatabase> local(new LocalDatabase(db, path));
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 5000"}) {
        if (auto done = exec(local->m_db, QString::fromLatin1(pragma)); !done) {
            return fail(done.error());
        }
    }
    if (auto migrated = local->migrate(); !migrated) {
        return fail(migrated.error());
    }
    return local;
}

Status<StoreError> LocalDatabase::migrate()
{
    QSqlQuery version(m_db);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        return fail(StoreError{version.lastError().text()});
    }
    const int current = version.value(0).toInt();
    const int target = static_cast<int>(std::size(Migrations));
    if (current > target) {
        return fail(
            StoreError{QStringLiteral("database schema %1 is newer than this app (%2)").arg(current).arg(target)});
    }
    for (int step = current; step < target; ++step) {
        if (!m_db.transaction()) {
            return fail(StoreError{m_db.lastError().text()});
        }
        // QSqlQuery runs one statement at a time.
        const QStringList statements = QString::fromUtf8(Migrations[step]).split(QStringLiteral(";\n"));
        QString buffer;
        for (const QString& part : statements) {
            buffer += part;
            // Triggers contain ";\n" inside BEGIN … END: keep collecting until the END.
            if (buffer.contains(QLatin1String("BEGIN")) && !buffer.trimmed().endsWith(QLatin1String("END"))) {
                buffer += QStringLiteral(";\n");
                continue;
            }
            if (!buffer.trimmed().isEmpty()) {
                if (auto done = exec(m_db, buffer); !done) {
                    m_db.rollback();
                    return fail(done.error());
                }
            }
            buffer.clear();
        }
        if (auto done = exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step + 1)); !done) {
            m_db.rollback();
            return fail(done.error());
        }
        if (!m_db.commit()) {
            return fail(StoreError{m_db.lastError().text()});
        }
    }
    return Ok{};
}

} // namespace inlinea::store
