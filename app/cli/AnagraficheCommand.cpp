#include "AnagraficheCommand.h"

#include "AnagraficheFile.h"
#include "AnagraficheImport.h"
#include "CliExit.h"
#include "CliSession.h"
#include "TextTable.h"
#include "app/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace inlinea::cli {

using anagrafiche::Anagrafica;
using anagrafiche::ListQuery;

namespace {

std::optional<ListQuery::Sort> sortFromName(const QString& name)
{
    if (name == QLatin1String("name")) {
        return ListQuery::Sort::Name;
    }
    if (name == QLatin1String("sede")) {
        return ListQuery::Sort::Address;
    }
    if (name == QLatin1String("codice")) {
        return ListQuery::Sort::Codes;
    }
    if (name == QLatin1String("domande")) {
        return ListQuery::Sort::Domande;
    }
    return std::nullopt;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

AnagraficheCommand::AnagraficheCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_session(new CliSession(err, this))
    , m_import(new AnagraficheImport(m_session, out, err, this))
{}

void AnagraficheCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("search"),
                      QStringLiteral("anagrafiche list: only those whose name, codice fiscale, partita IVA or comune "
                                     "contains this text."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("sort"), QStringLiteral("anagrafiche list: name, sede, codice or domande."),
                      QStringLiteral("column"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("desc"), QStringLiteral("anagrafiche list: sort in descending order.")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("anagrafiche export: CSV (RFC 4180, UTF-8).")});
    parser.addOption(
        {QStringLiteral("output"), QStringLiteral("anagrafiche export: write to this file."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("dry-run"), QStringLiteral("anagrafiche import: only check the rows, import nothing.")});
}

void AnagraficheCommand::usage(const QString& problem)
{
    m_err << "error: " << problem << "\nusage: inlinea-cli anagrafiche list [--search TEXT] "
          << "[--sort name|sede|codice|domande] [--desc]\n"
          << "       inlinea-cli anagrafiche show ID [--json]\n"
          << "       inlinea-cli anagrafiche export --json|--csv [--output FILE]\n"
          << "       inlinea-cli anagrafiche import FILE.csv [--dry-run]" << Qt::endl;
    CliExit::quit(CliExit::Usage);
}

void AnagraficheCommand::run(const QCommandLineParser& parser)
{
    // The engine's "retrying in 2000 ms" is noise in a command that reports the outage itself and exits
    // (QT_LOGGING_RULES still turns it back on).
    QLoggingCategory::setFilterRules(QStringLiteral("inlinea.sync.info=false"));
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(1);
    if (sub == QLatin1String("list") && args.size() == 2) {
        const auto sort = sortFromName(parser.value(QStringLiteral("sort")));
        if (!sort) {
            usage(QStringLiteral("unknown sort column: ") + parser.value(QStringLiteral("sort")));
            return;
        }
        ListQuery query;
        query.text = parser.value(QStringLiteral("search"));
        query.sort = *sort;
        query.descending = parser.isSet(QStringLiteral("desc"));
        m_session->open(parser, [this, query] { withFreshCache([this, query] { list(query); }); });
        return;
    }
    if (sub == QLatin1String("show") && args.size() == 3) {
        bool isNumber = false;
        const qint64 id = args.at(2).toLongLong(&isNumber);
        if (!isNumber) {
            usage(QStringLiteral("not an id: ") + args.at(2));
            return;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        m_session->open(parser, [this, id, json] { withFreshCache([this, id, json] { show(id, json); }); });
        return;
    }
    if (sub == QLatin1String("export") && args.size() == 2) {
        const bool csv = parser.isSet(QStringLiteral("csv"));
        if (csv == parser.isSet(QStringLiteral("json"))) {
            usage(QStringLiteral("export needs one of --json and --csv"));
            return;
        }
        const QString output = parser.value(QStringLiteral("output"));
        m_session->open(parser,
                        [this, csv, output] { withFreshCache([this, csv, output] { exportAll(csv, output); }); });
        return;
    }
    if (sub == QLatin1String("import") && args.size() == 3) {
        m_import->run(parser, args.at(2), parser.isSet(QStringLiteral("dry-run")));
        return;
    }
    usage(sub.isEmpty() ? QStringLiteral("which anagrafiche command?")
                        : QStringLiteral("wrong arguments for anagrafiche ") + sub);
}

void AnagraficheCommand::withFreshCache(std::function<void()> then)
{
    if (!m_session->identifiedOnline()) {
        m_session->warnUnreachable();
        then();
        return;
    }
    m_session->sync([this, then = std::move(then)](bool reached) {
        if (!reached) {
            m_session->warnUnreachable();
        }
        then();
    });
}

void AnagraficheCommand::noteUnsentChanges()
{
    if (const int count = m_session->user().sync()->pendingCount(); count > 0) {
        m_err << "note: " << count << (count == 1 ? " change" : " changes")
              << " not yet accepted by the portal (marked ~ in the list)" << Qt::endl;
    }
}

void AnagraficheCommand::list(const ListQuery& query)
{
    const anagrafiche::AnagraficheCache& cache = m_session->user().anagrafiche();
    const auto count = cache.count(query);
    const auto rows = cache.rows(query, 0, count ? count.value() : 0);
    if (!count || !rows) {
        m_err << "error: cannot read the local database: " << (count ? rows.error() : count.error()).detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("W"), QStringLiteral("ANAGRAFICA"),
                     QStringLiteral("SEDE LEGALE / RESIDENZA"), QStringLiteral("CODICE FISCALE / PARTITA IVA"),
                     QStringLiteral("DOMANDE")});
    table.setRightAligned(0);
    table.setRightAligned(5);
    for (const anagrafiche::AnagraficaRow& row : rows.value()) {
        const QString marks =
            QString(row.watched ? QStringLiteral("*") : QString()) + (row.pending ? QStringLiteral("~") : QString());
        table.addRow({QString::number(row.id), marks, row.name, row.address, row.codes, QString::number(row.domande)});
    }
    m_out << table.render();
    m_out.flush();
    noteUnsentChanges();
    m_session->finish(CliExit::Ok);
}

void AnagraficheCommand::show(qint64 id, bool json)
{
    const auto found = m_session->user().anagrafiche().find(id);
    if (!found) {
        m_err << "error: cannot read the local database: " << found.error().detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    if (!found.value()) {
        m_err << "error: no anagrafica with id " << id << Qt::endl;
        m_session->finish(CliExit::NotFound);
        return;
    }
    const Anagrafica& a = *found.value();
    if (json) {
        m_out << QJsonDocument(a.toJson()).toJson(QJsonDocument::Indented);
    } else {
        const auto line = [this](const QString& key, const QString& value) {
            m_out << key << ':' << (value.isEmpty() ? QString() : QStringLiteral(" ") + value) << '\n';
        };
        line(QStringLiteral("id"), QString::number(a.id));
        line(QStringLiteral("tipo"), anagrafiche::tipoKey(a.tipo));
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            line(QLatin1String(field.key), a.*field.member);
        }
        line(QStringLiteral("watched"), yesNo(a.watched));
        line(QStringLiteral("domande"), QString::number(a.domande));
        line(QStringLiteral("version"), QString::number(a.version));
        line(QStringLiteral("updated_at"), a.updatedAt);
        const auto pending = m_session->user().outbox().hasChanges(sync::OutboxItem::Entity::Anagrafica, id);
        line(QStringLiteral("pending"), yesNo(pending && pending.value()));
    }
    m_out.flush();
    m_session->finish(CliExit::Ok);
}

void AnagraficheCommand::exportAll(bool csv, const QString& output)
{
    const auto all = m_session->user().anagrafiche().all();
    if (!all) {
        m_err << "error: cannot read the local database: " << all.error().detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    const QByteArray data = csv ? AnagraficheFile::toCsv(all.value()) : AnagraficheFile::toJson(all.value());
    if (output.isEmpty() || output == QLatin1String("-")) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
        noteUnsentChanges();
        m_session->finish(CliExit::Ok);
        return;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_err << "error: cannot write " << output << ": " << file.errorString() << Qt::endl;
        m_session->finish(CliExit::Usage);
        return;
    }
    m_out << "exported " << all->size() << " anagrafiche to " << output << Qt::endl;
    noteUnsentChanges();
    m_session->finish(CliExit::Ok);
}

} // namespace inlinea::cli
