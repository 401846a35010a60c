#pragma once

#include "app/anagrafiche/AnagraficheCache.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace inlinea::cli {

class AnagraficheImport;
class CliSession;

// `inlinea-cli anagrafiche list|show|export|import`: the logged-in user's anagrafiche, synced first and read from
// the local copy (which is all there is while the portal cannot be reached: then a warning says of when it is).
class AnagraficheCommand : public QObject {
    Q_OBJECT
public:
    AnagraficheCommand(QTextStream& out, QTextStream& err, QObject* parent = nullptr);

    static void addOptions(QCommandLineParser& parser);
    // Checks the arguments, then runs the subcommand; quits the application with the exit code when done.
    void run(const QCommandLineParser& parser);

private:
    void list(const anagrafiche::ListQuery& query);
    void show(qint64 id, bool json);
    void exportAll(bool csv, const QString& output);
    // Online: sync first; offline (or gone meanwhile): the warning. Then `then`.
    void withFreshCache(std::function<void()> then);
    void noteUnsentChanges();
    void usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
    CliSession* m_session;
    AnagraficheImport* m_import;
};

} // namespace inlinea::cli
