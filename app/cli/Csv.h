#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace inlinea::cli {

struct CsvRecord {
    int line = 0; // where the record starts (1-based); differs from its index when a field holds line breaks
    QStringList fields;
};

struct CsvError {
    int line = 0;
    QString detail;
};

// Comma-separated values as RFC 4180 has them: a field with the separator, a quote or a line break is quoted and
// its quotes doubled; records end with CRLF. Reading also takes LF line endings and, for spreadsheets saved with an
// Italian locale, ";" as the separator.
class Csv {
public:
    [[nodiscard]] static QString field(const QString& value, QChar separator = QLatin1Char(','));
    // The fields joined and terminated by CRLF.
    [[nodiscard]] static QString record(const QStringList& fields, QChar separator = QLatin1Char(','));

    // Every record, blank lines included (as one empty field), so that the index of a record is its spreadsheet row.
    // A quote inside an unquoted field, text after a closing quote and an unterminated quoted field are errors.
    [[nodiscard]] static Result<QList<CsvRecord>, CsvError> parse(QStringView text, QChar separator);
    // ";" when the first line has semicolons and no commas, else ",".
    [[nodiscard]] static QChar guessSeparator(QStringView text);
};

} // namespace inlinea::cli
