#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace inlinea::store {

struct StoreError {
    QString detail; // SQLite's message, for the log and the details line
};

// The local SQLite file that keeps what the user has seen and what they changed offline. One per portal and user;
// write-ahead logging so a crash never loses a committed change. Used from one thread (the GUI thread).
class LocalDatabase {
public:
    LocalDatabase(const LocalDatabase&) = delete;
    LocalDatabase& operator=(const LocalDatabase&) = delete;
    ~LocalDatabase();

    // Opens (creating and migrating when needed) the database file; ":memory:" for a throwaway one.
    [[nodiscard]] static Result<std::unique_ptr<LocalDatabase>, StoreError> open(const QString& path);
    // Where the app keeps the database of one user of one portal.
    [[nodiscard]] static QString defaultPath(const QString& portalHost, const QString& userCodiceFiscale);

    [[nodiscard]] QSqlDatabase& connection() noexcept { return m_db; }
    [[nodiscard]] const QString& path() const noexcept { return m_path; }

private:
    LocalDatabase(QSqlDatabase db, QString path);
    [[nodiscard]] Status<StoreError> migrate();

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace inlinea::store
