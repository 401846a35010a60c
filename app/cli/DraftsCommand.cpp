#include "DraftsCommand.h"

#include "CliExit.h"
#include "TextTable.h"
#include "app/portal/PortalUrl.h"
#include "app/settings/AppSettings.h"

namespace inlinea::cli {

using drafts::DraftError;

DraftsCommand::DraftsCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

void DraftsCommand::addOptions(QCommandLineParser& parser)
{
    // --output and --portal are shared with other commands.
    parser.addOption({QStringLiteral("anagrafica"), QStringLiteral("drafts list: only the drafts for this anagrafica."),
                      QStringLiteral("id")});
}

int DraftsCommand::usage(const QString& problem)
{
    m_err << "error: " << problem << "\nusage: inlinea-cli drafts list [--anagrafica ID]\n"
          << "       inlinea-cli drafts export ID [--output FILE]\n"
          << "       inlinea-cli drafts import FILE" << Qt::endl;
    return CliExit::Usage;
}

int DraftsCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(1);
    const bool known = (sub == QLatin1String("list") && args.size() == 2) ||
                       (sub == QLatin1String("export") && args.size() == 3) ||
                       (sub == QLatin1String("import") && args.size() == 3);
    if (!known) {
        return usage(sub.isEmpty() ? QStringLiteral("which drafts command?")
                                   : QStringLiteral("wrong arguments for drafts ") + sub);
    }
    if (const int opened = openDatabase(parser); opened != CliExit::Ok) {
        return opened;
    }
    if (sub == QLatin1String("list")) {
        return list(parser.value(QStringLiteral("anagrafica")));
    }
    if (sub == QLatin1String("export")) {
        return exportDraft(args.at(2), parser.value(QStringLiteral("output")));
    }
    return importDraft(args.at(2));
}

int DraftsCommand::openDatabase(const QCommandLineParser& parser)
{
    settings::AppSettings settings;
    const QString typedUrl = parser.isSet(QStringLiteral("portal")) ? parser.value(QStringLiteral("portal"))
                                                                    : settings.portalUrl().toString();
    if (typedUrl.isEmpty()) {
        m_err << "error: no portal configured: give --portal URL or choose one in the app" << Qt::endl;
        return CliExit::Usage;
    }
    const auto url = portal::PortalUrl::normalize(typedUrl);
    if (!url) {
        m_err << "error: " << portal::kindName(url.error().kind) << ": " << url.error().detail << Qt::endl;
        return CliExit::Usage;
    }
    const QString host = url->host();
    const QString user = settings.lastUser(host);
    if (user.isEmpty()) {
        m_err << "error: no local data for " << host << " yet: log in once with the app or `inlinea-cli login --cns`"
              << Qt::endl;
        return CliExit::NotLoggedIn;
    }
    const QString path = store::LocalDatabase::defaultPath(host, user);
    auto opened = store::LocalDatabase::open(path);
    if (!opened) {
        m_err << "error: cannot open the local database " << path << ": " << opened.error().detail << Qt::endl;
        return CliExit::LocalStore;
    }
    m_db = std::move(opened).value();
    m_drafts = std::make_unique<drafts::DraftStore>(*m_db);
    return CliExit::Ok;
}

int DraftsCommand::failure(const DraftError& error)
{
    m_err << "error: " << drafts::kindName(error.kind);
    if (!error.detail.isEmpty()) {
        m_err << ": " << error.detail;
    }
    m_err << Qt::endl;
    switch (error.kind) {
    case DraftError::Kind::Store: return CliExit::LocalStore;
    case DraftError::Kind::NotFound: return CliExit::NotFound;
    case DraftError::Kind::FileUnreadable:
    case DraftError::Kind::FileUnwritable: return CliExit::Usage;
    case DraftError::Kind::NotJson:
    case DraftError::Kind::NotADraftFile:
    case DraftError::Kind::UnsupportedVersion:
    case DraftError::Kind::ChecksumMismatch:
    case DraftError::Kind::Malformed: return CliExit::BadDraftFile;
    }
    return CliExit::LocalStore;
}

int DraftsCommand::list(const QString& anagrafica)
{
    bool isNumber = true;
    const qint64 anagraficaId = anagrafica.isEmpty() ? 0 : anagrafica.toLongLong(&isNumber);
    if (!isNumber) {
        return usage(QStringLiteral("not an anagrafica id: ") + anagrafica);
    }
    const auto drafts = anagrafica.isEmpty() ? m_drafts->list() : m_drafts->list(anagraficaId);
    if (!drafts) {
        return failure(drafts.error());
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("UPDATED"), QStringLiteral("ANAGRAFICA"),
                     QStringLiteral("PROCEDIMENTO"), QStringLiteral("VERSION"), QStringLiteral("REV"),
                     QStringLiteral("TITLE")});
    table.setRightAligned(2);
    table.setRightAligned(5);
    for (const drafts::Draft& draft : drafts.value()) {
        table.addRow({draft.id, draft.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      QString::number(draft.anagraficaId), draft.procedimento, draft.definitionVersion,
                      QString::number(draft.revision), draft.title});
    }
    m_out << table.render();
    m_out.flush();
    return CliExit::Ok;
}

int DraftsCommand::exportDraft(const QString& id, const QString& output)
{
    if (output.isEmpty() || output == QLatin1String("-")) {
        const auto document = m_drafts->exportDocument(id);
        if (!document) {
            return failure(document.error());
        }
        m_out << QString::fromUtf8(document.value());
        m_out.flush();
        return CliExit::Ok;
    }
    if (auto written = m_drafts->exportTo(id, output); !written) {
        return failure(written.error());
    }
    m_err << "exported draft " << id << " to " << output << Qt::endl;
    return CliExit::Ok;
}

int DraftsCommand::importDraft(const QString& file)
{
    const auto imported = m_drafts->importFrom(file);
    if (!imported) {
        return failure(imported.error());
    }
    m_out << imported->id << Qt::endl;
    m_err << "imported draft \"" << imported->title << "\" (" << imported->procedimento << " "
          << imported->definitionVersion << ") as " << imported->id << Qt::endl;
    return CliExit::Ok;
}

} // namespace inlinea::cli
