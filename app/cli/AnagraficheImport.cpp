#include "AnagraficheImport.h"

#include "AnagraficaRowValidator.h"
#include "AnagraficheFile.h"
#include "CliExit.h"
#include "CliSession.h"
#include "app/portal/FieldProblem.h"
#include "app/sync/SyncEngine.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace inlinea::cli {

using sync::OutboxItem;

AnagraficheImport::AnagraficheImport(CliSession* session, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_out(out)
    , m_err(err)
{}

void AnagraficheImport::run(const QCommandLineParser& parser, const QString& path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "error: cannot read " << path << ": " << file.errorString() << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    const auto read = AnagraficheFile::read(file.readAll());
    if (!read) {
        m_err << "error: " << path << ": " << read.error().detail << Qt::endl;
        CliExit::quit(CliExit::Usage);
        return;
    }
    m_rowWord = read->rowWord;
    m_rowCount = static_cast<int>(read->rows.size());
    const AnagraficaRowValidator validator(QDate::currentDate());
    for (const ImportRow& row : read->rows) {
        auto checked = validator.validate(row, read->columnCount);
        if (!checked) {
            ++m_invalid;
            for (const RowProblem& problem : checked.error()) {
                printProblem(row.number, problem);
            }
            continue;
        }
        m_valid.append(ValidRow{row.number, std::move(checked).value(), 0});
    }
    if (dryRun || m_valid.isEmpty()) {
        m_out << "summary: " << m_rowCount << " rows, " << m_invalid << " invalid, " << m_valid.size() << " valid"
              << (dryRun ? " (dry run: nothing imported)" : "") << Qt::endl;
        CliExit::quit(m_invalid > 0 ? CliExit::InvalidRows : CliExit::Ok);
        return;
    }
    m_session->open(parser, [this] { save(); });
}

void AnagraficheImport::printProblem(int number, const RowProblem& problem)
{
    m_out << m_rowWord << ' ' << number << ": " << problem.toString() << '\n';
}

void AnagraficheImport::save()
{
    sync::SyncEngine* engine = m_session->user().sync();
    QHash<qint64, qsizetype> byLocalId;
    for (qsizetype i = 0; i < m_valid.size(); ++i) {
        const auto saved = engine->saveAnagrafica(m_valid.at(i).anagrafica);
        if (!saved) {
            m_err << "error: cannot save " << m_rowWord << ' ' << m_valid.at(i).number
                  << " in the local database: " << saved.error().detail << Qt::endl;
            m_session->finish(CliExit::LocalStore);
            return;
        }
        byLocalId.insert(saved.value(), i);
    }
    // Each create is one outbox item; its fate after the sync is the row's.
    const auto items = m_session->user().outbox().items();
    if (!items) {
        m_err << "error: cannot read the outbox: " << items.error().detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    for (const OutboxItem& item : items.value()) {
        if (item.entity == OutboxItem::Entity::Anagrafica && item.operation == OutboxItem::Operation::Create &&
            byLocalId.contains(item.entityId)) {
            m_valid[byLocalId.value(item.entityId)].outboxId = item.id;
        }
    }
    m_session->sync([this](bool reached) { report(reached); });
}

QList<RowProblem> AnagraficheImport::portalProblems(const QByteArray& problemJson)
{
    QList<RowProblem> problems;
    for (const portal::FieldProblem& p : portal::FieldProblem::parse(problemJson)) {
        QStringList facts;
        if (p.position > 0) {
            facts << QStringLiteral("position ") + QString::number(p.position);
        }
        if (!p.expected.isEmpty()) {
            facts << QStringLiteral("expected ") + p.expected;
        }
        facts << QStringLiteral("portal: ") + p.detail;
        problems.append(RowProblem{p.field, p.code, facts.join(QStringLiteral(", "))});
    }
    if (problems.isEmpty()) {
        // Not a validation problem (no field errors): the portal's code and sentence for the whole row.
        const QJsonObject body = QJsonDocument::fromJson(problemJson).object();
        const QString code = body.value(QStringLiteral("code")).toString();
        problems.append(RowProblem{{},
                                   QStringLiteral("rejected"),
                                   (code.isEmpty() ? QString() : code + QStringLiteral(", ")) +
                                       QStringLiteral("portal: ") + body.value(QStringLiteral("detail")).toString()});
    }
    return problems;
}

void AnagraficheImport::report(bool reached)
{
    sync::SyncEngine* engine = m_session->user().sync();
    int accepted = 0;
    int waiting = 0;
    int rejected = 0;
    for (const ValidRow& row : m_valid) {
        const auto found = m_session->user().outbox().find(row.outboxId);
        if (found && !found.value()) {
            ++accepted;
            continue;
        }
        if (!found || found.value()->state == OutboxItem::State::Pending) {
            ++waiting;
            continue;
        }
        ++rejected;
        for (const RowProblem& problem : portalProblems(found.value()->problem)) {
            printProblem(row.number, problem);
        }
        // The file is where the row gets corrected: keeping the refused record would duplicate it on re-import.
        (void)engine->discard(row.outboxId);
    }
    summary(accepted, waiting, rejected);
    const int code = m_invalid + rejected > 0 ? CliExit::InvalidRows : (waiting > 0 ? CliExit::Queued : CliExit::Ok);
    if (waiting > 0) {
        m_err << "warning: " << (reached ? "" : "portal unreachable: ") << waiting << (waiting == 1 ? " row" : " rows")
              << " queued: sent at the next sync (any `inlinea-cli anagrafiche` command, or the app)" << Qt::endl;
    }
    if (rejected > 0 && reached) {
        // Discarding asked the engine for another round: let it end before leaving.
        m_session->sync([this, code](bool) { m_session->finish(code); });
        return;
    }
    m_session->finish(code);
}

void AnagraficheImport::summary(int accepted, int waiting, int rejected)
{
    m_out << "summary: " << m_rowCount << " rows, " << m_invalid << " invalid, " << accepted << " accepted, " << waiting
          << " waiting, " << rejected << " rejected" << Qt::endl;
}

} // namespace inlinea::cli
