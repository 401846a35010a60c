#pragma once

#include "RowProblem.h"
#include "app/anagrafiche/Anagrafica.h"

#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QTextStream>

namespace inlinea::cli {

class CliSession;

// `inlinea-cli anagrafiche import FILE [--dry-run]`: every row of a CSV (or JSON) export-shaped file is checked
// (AnagraficaRowValidator) and each problem printed ("row 3: codice_fiscale: check_character (expected S)"); the
// valid rows are created through the sync engine, so they go through the outbox and survive an outage; then a sync
// says which the portal accepted, which still wait and which it refused (with its field errors; those are dropped
// from the local copy, the file is where to correct them). Exit codes: 0 all imported, 8 some rows invalid or
// refused, 9 the portal could not be reached and the rows are queued.
class AnagraficheImport : public QObject {
    Q_OBJECT
public:
    AnagraficheImport(CliSession* session, QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    void run(const QCommandLineParser& parser, const QString& path, bool dryRun);

private:
    struct ValidRow {
        int number = 0;
        anagrafiche::Anagrafica anagrafica;
        qint64 outboxId = 0;
    };

    void save();
    void report(bool reached);
    void printProblem(int number, const RowProblem& problem);
    [[nodiscard]] static QList<RowProblem> portalProblems(const QByteArray& problemJson);
    void summary(int accepted, int waiting, int rejected);

    CliSession* m_session;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_rowWord;
    int m_rowCount = 0;
    int m_invalid = 0;
    QList<ValidRow> m_valid;
};

} // namespace inlinea::cli
