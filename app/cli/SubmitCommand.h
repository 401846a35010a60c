#pragma once

#include "app/drafts/Draft.h"
#include "app/portal/PortalInfo.h"
#include "app/procedimenti/Procedimento.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QObject>
#include <QTextStream>

#include <optional>

namespace inlinea::cli {

class CliSession;

// `inlinea-cli submit DRAFT [--attach SLOT=PATH ...] [--no-wait] [--json]`: attaches the given files to the draft,
// checks it as the portal will (the form's schema, then the files, slots, anagrafica and signature against the
// definition and the portal's limits) and, when nothing blocks, freezes it into a submission and sends it, waiting
// until the portal files it (CIP), refuses it, or cannot be reached (then the submission stays queued). Exit codes:
// 0 filed (or queued with --no-wait), 8 blocked by the check or refused by the portal, 9 queued because the portal
// cannot be reached, 11 no such draft.
class SubmitCommand : public QObject {
    Q_OBJECT
public:
    SubmitCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    // Checks the arguments, then submits; quits the application with the exit code when done.
    void run(const QCommandLineParser& parser);

private:
    struct Attach {
        QString slot;
        QString path;
    };

    // Online: the portal's limits, a sync (so a new anagrafica reaches the portal first) and the catalog.
    void prepare(const QCommandLineParser& parser);
    void fetchLimits(const QCommandLineParser& parser);
    void onPrepared();
    void check();
    [[nodiscard]] bool attachFiles(const drafts::Draft& draft, const procedimenti::FormDefinition& definition);
    // Prints the problems; whether any of them blocks.
    [[nodiscard]] bool reportProblems(const drafts::Draft& draft, const procedimenti::FormDefinition& definition);
    void submit(const drafts::Draft& draft);
    void watch();
    void onProgress(qint64 id, const QString& step, qint64 sent, qint64 total);
    void evaluate();
    void finishWith(int code);
    void usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
    CliSession* m_session;
    QString m_draftId;
    QList<Attach> m_attach;
    bool m_noWait = false;
    bool m_json = false;
    bool m_tty = false;
    int m_preparing = 0;
    std::optional<portal::PortalLimits> m_limits;
    QJsonArray m_problems;
    qint64 m_submission = 0;
    bool m_sawSending = false;
    bool m_finished = false;
    QString m_progressStep;
    int m_progressPercent = -1;
};

} // namespace inlinea::cli
