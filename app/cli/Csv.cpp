#include "Csv.h"

namespace inlinea::cli {

namespace {

constexpr QChar Quote = QLatin1Char('"');
constexpr QChar Cr = QLatin1Char('\r');
constexpr QChar Lf = QLatin1Char('\n');

// Reads records one character at a time: the state is the field being read and whether it is inside quotes.
class CsvReader {
public:
    CsvReader(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {}

    Result<QList<CsvRecord>, CsvError> read()
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (m_inQuotes) {
                i = quotedCharacter(i);
                continue;
            }
            if (c == Quote) {
                if (!m_field.isEmpty() || m_wasQuoted) {
                    return fail(CsvError{m_line, QStringLiteral("a quote inside an unquoted field")});
                }
                m_inQuotes = true;
                m_wasQuoted = true;
            } else if (c == m_separator) {
                endField();
            } else if (c == Cr || c == Lf) {
                if (c == Cr && i + 1 < m_text.size() && m_text.at(i + 1) == Lf) {
                    ++i;
                }
                endRecord();
                ++m_line;
                m_recordLine = m_line;
            } else if (m_wasQuoted) {
                return fail(CsvError{m_line, QStringLiteral("text after a closing quote")});
            } else {
                m_field.append(c);
            }
            ++i;
        }
        if (m_inQuotes) {
            return fail(CsvError{m_recordLine, QStringLiteral("a quoted field is never closed")});
        }
        if (!m_field.isEmpty() || m_wasQuoted || !m_fields.isEmpty()) {
            endRecord();
        }
        return m_records;
    }

private:
    qsizetype quotedCharacter(qsizetype i)
    {
        const QChar c = m_text.at(i);
        if (c == Quote) {
            if (i + 1 < m_text.size() && m_text.at(i + 1) == Quote) {
                m_field.append(Quote);
                return i + 2;
            }
            m_inQuotes = false;
            return i + 1;
        }
        if (c == Lf || (c == Cr && (i + 1 >= m_text.size() || m_text.at(i + 1) != Lf))) {
            ++m_line;
        }
        m_field.append(c);
        return i + 1;
    }

    void endField()
    {
        m_fields.append(m_field);
        m_field.clear();
        m_wasQuoted = false;
    }

    void endRecord()
    {
        endField();
        m_records.append(CsvRecord{m_recordLine, m_fields});
        m_fields.clear();
    }

    QStringView m_text;
    QChar m_separator;
    QList<CsvRecord> m_records;
    QStringList m_fields;
    QString m_field;
    bool m_inQuotes = false;
    bool m_wasQuoted = false;
    int m_line = 1;
    int m_recordLine = 1;
};

} // namespace

QString Csv::field(const QString& value, QChar separator)
{
    if (!value.contains(separator) && !value.contains(Quote) && !value.contains(Cr) && !value.contains(Lf)) {
        return value;
    }
    QString quoted = value;
    quoted.replace(Quote, QStringLiteral("\"\""));
    return Quote + quoted + Quote;
}

QString Csv::record(const QStringList& fields, QChar separator)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields) {
        quoted.append(field(value, separator));
    }
    return quoted.join(separator) + QStringLiteral("\r\n");
}

Result<QList<CsvRecord>, CsvError> Csv::parse(QStringView text, QChar separator)
{
    return CsvReader(text, separator).read();
}

QChar Csv::guessSeparator(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != Cr && text.at(end) != Lf) {
        ++end;
    }
    const QStringView first = text.left(end);
    return first.contains(QLatin1Char(';')) && !first.contains(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace inlinea::cli
