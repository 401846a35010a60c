#pragma once

#include "app/submissions/Submission.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTextStream>

namespace inlinea::cli {

class CliSession;

// `inlinea-cli outbox [list] | show ID | retry [ID]`: what waits to reach the portal, from the local database
// (changes to anagrafiche and to the profile, and submissions with their CIP once filed); one submission in detail
// with its files and every attempt; sending everything pending now (a rejected submission is reopened first).
// Exit codes: 0 done, 8 a submission was refused, 9 still waiting for the portal, 11 no such submission.
class OutboxCommand : public QObject {
    Q_OBJECT
public:
    OutboxCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    // Checks the arguments, then runs the subcommand; quits the application with the exit code when done.
    void run(const QCommandLineParser& parser);

    // Shared with `submit`: a submission as JSON (with its attempts), its attempts as a table, and a refusal as one
    // line ("validation_failed: detail (/data/x: required, ...)").
    [[nodiscard]] static QJsonObject toJson(const submissions::Submission& submission,
                                            const QList<submissions::SubmissionAttempt>& attempts);
    static void printAttempts(QTextStream& out, const QList<submissions::SubmissionAttempt>& attempts);
    [[nodiscard]] static QString problemText(const QByteArray& problem);

private:
    void list(bool json);
    void show(qint64 id, bool json);
    void retry(qint64 id, bool json);
    void sendPending();
    void onSettled();
    [[nodiscard]] bool readPending(QList<qint64>& ids);
    void usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
    CliSession* m_session;
    bool m_json = false;
    bool m_synced = false;
    bool m_reached = true;
    bool m_settled = false;
    bool m_done = false;
    QList<qint64> m_watched; // the submissions pending when the retry started
};

} // namespace inlinea::cli
