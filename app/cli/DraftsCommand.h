#pragma once

#include "app/drafts/DraftStore.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace inlinea::cli {

// `inlinea-cli drafts list|export|import`: the drafts in the local database of the last user of the configured
// portal (or --portal). Needs neither the portal nor the keyring, so it works offline.
class DraftsCommand {
public:
    DraftsCommand(QTextStream& out, QTextStream& err);

    static void addOptions(QCommandLineParser& parser);
    // Runs the subcommand; returns the exit code (CliExit).
    [[nodiscard]] int run(const QCommandLineParser& parser);

private:
    [[nodiscard]] int openDatabase(const QCommandLineParser& parser);
    [[nodiscard]] int list(const QString& anagrafica);
    [[nodiscard]] int exportDraft(const QString& id, const QString& output);
    [[nodiscard]] int importDraft(const QString& file);
    [[nodiscard]] int failure(const drafts::DraftError& error);
    [[nodiscard]] int usage(const QString& problem);

    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<store::LocalDatabase> m_db;
    std::unique_ptr<drafts::DraftStore> m_drafts;
};

} // namespace inlinea::cli
