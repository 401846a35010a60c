#pragma once

#include "app/anagrafiche/Anagrafica.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace inlinea::cli {

// One record of an import file by JSON key, before validation.
struct ImportRow {
    int number = 0;                 // CSV: its spreadsheet row (the header is row 1); JSON: its position from 1
    QHash<QString, QString> values; // tipo and the text fields that were given
    QStringList notText;            // JSON: keys whose value is neither text nor null
    int fieldCount = -1;            // CSV: how many fields the record has, when not as many as the header
};

struct ImportFile {
    QString rowWord; // how the report names a record: "row" (CSV) or "item" (JSON)
    int columnCount = 0;
    QList<ImportRow> rows;
};

struct FileError {
    QString detail;
};

// The anagrafiche as files: export to CSV or JSON, and reading the same shapes back for an import. The CSV columns
// are the JSON keys: id, tipo and the writable text fields.
class AnagraficheFile {
public:
    [[nodiscard]] static QStringList columns();
    // RFC 4180, UTF-8, a header row, absent values empty.
    [[nodiscard]] static QByteArray toCsv(const QList<anagrafiche::Anagrafica>& list);
    // An array of the anagrafiche as the portal sends them (read-only keys included).
    [[nodiscard]] static QByteArray toJson(const QList<anagrafiche::Anagrafica>& list);

    // JSON when the text starts with "[", CSV otherwise. The header (or each object) may hold the columns above and
    // the read-only keys of an export (ignored); any other name is an error, so that a misspelt column is not
    // silently dropped. Blank CSV lines are skipped.
    [[nodiscard]] static Result<ImportFile, FileError> read(const QByteArray& data);

private:
    [[nodiscard]] static Result<ImportFile, FileError> readCsv(const QString& text);
    [[nodiscard]] static Result<ImportFile, FileError> readJson(const QByteArray& data);
    [[nodiscard]] static bool isImportKey(const QString& key);
    [[nodiscard]] static bool isIgnoredKey(const QString& key);
};

} // namespace inlinea::cli
