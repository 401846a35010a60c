#include "OutboxCommand.h"

#include "CliExit.h"
#include "CliSession.h"
#include "TextTable.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

namespace inlinea::cli {

using submissions::Submission;
using submissions::SubmissionAttempt;
using submissions::SubmissionEngine;
using sync::OutboxItem;

namespace {

QString entityName(OutboxItem::Entity entity)
{
    return entity == OutboxItem::Entity::Profile ? QStringLiteral("profile") : QStringLiteral("anagrafica");
}

QString operationName(OutboxItem::Operation operation)
{
    switch (operation) {
    case OutboxItem::Operation::Create: return QStringLiteral("create");
    case OutboxItem::Operation::Update: return QStringLiteral("update");
    case OutboxItem::Operation::Delete: return QStringLiteral("delete");
    case OutboxItem::Operation::Watch: return QStringLiteral("watch");
    case OutboxItem::Operation::Unwatch: return QStringLiteral("unwatch");
    }
    return QStringLiteral("update");
}

QString itemStateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending: return QStringLiteral("pending");
    case OutboxItem::State::Conflict: return QStringLiteral("conflict");
    case OutboxItem::State::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("pending");
}

QString entityLabel(const OutboxItem& item)
{
    return item.entity == OutboxItem::Entity::Profile ? entityName(item.entity)
                                                      : entityName(item.entity) + u' ' + QString::number(item.entityId);
}

QString time(const QDateTime& when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QString uploadState(const submissions::SubmissionFile& file)
{
    if (file.uploaded) {
        return QStringLiteral("uploaded");
    }
    return file.uploadId.isEmpty() ? QStringLiteral("not started") : QStringLiteral("partial");
}

QJsonObject itemJson(const OutboxItem& item)
{
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("entity"), entityName(item.entity)},
            {QStringLiteral("entity_id"), item.entityId},
            {QStringLiteral("operation"), operationName(item.operation)},
            {QStringLiteral("state"), itemStateName(item.state)},
            {QStringLiteral("attempts"), item.attempts},
            {QStringLiteral("last_error"), item.lastError},
            {QStringLiteral("created_at"), item.createdAt}};
}

} // namespace

OutboxCommand::OutboxCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_session(new CliSession(err, this))
{}

void OutboxCommand::usage(const QString& problem)
{
    m_err << "error: " << problem << "\nusage: inlinea-cli outbox [list] [--json]\n"
          << "       inlinea-cli outbox show SUBMISSION [--json]\n"
          << "       inlinea-cli outbox retry [SUBMISSION] [--json]" << Qt::endl;
    CliExit::quit(CliExit::Usage);
}

void OutboxCommand::run(const QCommandLineParser& parser)
{
    // The sync engine's "retrying in 2000 ms" is noise in a command that reports the outage itself and exits.
    QLoggingCategory::setFilterRules(QStringLiteral("inlinea.sync.info=false"));
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(1, QStringLiteral("list"));
    m_json = parser.isSet(QStringLiteral("json"));
    if (sub == QLatin1String("list") && args.size() <= 2) {
        m_session->open(parser, [this] { list(m_json); });
        return;
    }
    const auto idArgument = [&args](bool* ok) { return args.value(2).toLongLong(ok); };
    if (sub == QLatin1String("show") && args.size() == 3) {
        bool ok = false;
        const qint64 id = idArgument(&ok);
        if (!ok || id <= 0) {
            usage(QStringLiteral("not a submission id: ") + args.at(2));
            return;
        }
        m_session->open(parser, [this, id] { show(id, m_json); });
        return;
    }
    if (sub == QLatin1String("retry") && args.size() <= 3) {
        bool ok = true;
        const qint64 id = args.size() == 3 ? idArgument(&ok) : 0;
        if (!ok || id < 0) {
            usage(QStringLiteral("not a submission id: ") + args.at(2));
            return;
        }
        m_session->open(parser, [this, id] { retry(id, m_json); });
        return;
    }
    usage(QStringLiteral("wrong arguments for outbox ") + sub);
}

QJsonObject OutboxCommand::toJson(const Submission& submission, const QList<SubmissionAttempt>& attempts)
{
    QJsonArray files;
    for (const submissions::SubmissionFile& file : submission.files) {
        files.append(QJsonObject{{QStringLiteral("slot"), file.file.slot},
                                 {QStringLiteral("path"), file.file.path},
                                 {QStringLiteral("filename"), file.file.filename},
                                 {QStringLiteral("content_type"), file.file.contentType},
                                 {QStringLiteral("size"), file.file.size},
                                 {QStringLiteral("sha256"), file.file.sha256},
                                 {QStringLiteral("upload_id"), file.uploadId},
                                 {QStringLiteral("upload"), uploadState(file)}});
    }
    QJsonArray tried;
    for (const SubmissionAttempt& attempt : attempts) {
        tried.append(QJsonObject{{QStringLiteral("at"), isoUtc(attempt.at)},
                                 {QStringLiteral("step"), attempt.step},
                                 {QStringLiteral("outcome"), attempt.outcome},
                                 {QStringLiteral("detail"), attempt.detail}});
    }
    QJsonObject json{{QStringLiteral("id"), submission.id},
                     {QStringLiteral("draft"), submission.draftId},
                     {QStringLiteral("anagrafica_id"), submission.anagraficaId},
                     {QStringLiteral("procedimento"), submission.procedimento},
                     {QStringLiteral("version"), submission.definitionVersion},
                     {QStringLiteral("title"), submission.title},
                     {QStringLiteral("state"), submissions::stateName(submission.state)},
                     {QStringLiteral("attempts"), submission.attempts},
                     {QStringLiteral("last_error"), submission.lastError},
                     {QStringLiteral("created_at"), isoUtc(submission.createdAt)},
                     {QStringLiteral("updated_at"), isoUtc(submission.updatedAt)},
                     {QStringLiteral("files"), files},
                     {QStringLiteral("attempt_list"), tried}};
    if (submission.state == Submission::State::Done) {
        json.insert(QStringLiteral("cip"), submission.cip);
        json.insert(QStringLiteral("protocollo"), submission.protocollo);
        json.insert(QStringLiteral("receipt"), submission.receipt);
    }
    if (submission.state == Submission::State::Rejected) {
        const QJsonDocument problem = QJsonDocument::fromJson(submission.problem);
        json.insert(QStringLiteral("problem"), problem.isObject() ? QJsonValue(problem.object())
                                                                  : QJsonValue(QString::fromUtf8(submission.problem)));
    }
    return json;
}

void OutboxCommand::printAttempts(QTextStream& out, const QList<SubmissionAttempt>& attempts)
{
    TextTable table(
        {QStringLiteral("TIME"), QStringLiteral("STEP"), QStringLiteral("OUTCOME"), QStringLiteral("DETAIL")});
    for (const SubmissionAttempt& attempt : attempts) {
        table.addRow({time(attempt.at), attempt.step, attempt.outcome, attempt.detail.simplified()});
    }
    out << table.render();
}

QString OutboxCommand::problemText(const QByteArray& problem)
{
    const QJsonObject json = QJsonDocument::fromJson(problem).object();
    if (json.isEmpty()) {
        return QString::fromUtf8(problem).simplified();
    }
    QString text = json.value(QStringLiteral("code")).toString();
    const QString detail = json.value(QStringLiteral("detail")).toString();
    if (!detail.isEmpty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + detail;
    }
    if (const QString path = json.value(QStringLiteral("path")).toString(); !path.isEmpty()) {
        text += QStringLiteral(" (") + path + u')';
    }
    QStringList fields;
    for (const QJsonValue& error : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject e = error.toObject();
        fields << e.value(QStringLiteral("field")).toString() + QStringLiteral(": ") +
                      e.value(QStringLiteral("code")).toString();
    }
    if (!fields.isEmpty()) {
        text += QStringLiteral(" (") + fields.join(QStringLiteral(", ")) + u')';
    }
    return text;
}

void OutboxCommand::list(bool json)
{
    const auto items = m_session->user().outbox().items();
    const auto sent = m_session->user().submissions().list();
    if (!items || !sent) {
        m_err << "error: cannot read the local database: " << (items ? sent.error() : items.error()).detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    if (json) {
        QJsonArray changes;
        for (const OutboxItem& item : items.value()) {
            changes.append(itemJson(item));
        }
        QJsonArray list;
        for (const Submission& submission : sent.value()) {
            QJsonObject entry = toJson(submission, {});
            entry.remove(QStringLiteral("attempt_list"));
            entry.remove(QStringLiteral("receipt"));
            list.append(entry);
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}, {QStringLiteral("submissions"), list}})
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
        m_session->finish(CliExit::Ok);
        return;
    }
    m_out << "Changes to anagrafiche and profile:\n";
    if (items->isEmpty()) {
        m_out << "  none\n";
    } else {
        TextTable table({QStringLiteral("ID"), QStringLiteral("ENTITY"), QStringLiteral("OPERATION"),
                         QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"), QStringLiteral("LAST ERROR")});
        table.setRightAligned(0);
        table.setRightAligned(4);
        for (const OutboxItem& item : items.value()) {
            table.addRow({QString::number(item.id), entityLabel(item), operationName(item.operation),
                          itemStateName(item.state), QString::number(item.attempts), item.lastError.simplified()});
        }
        m_out << table.render();
    }
    m_out << "\nSubmissions:\n";
    if (sent->isEmpty()) {
        m_out << "  none\n";
    } else {
        TextTable table({QStringLiteral("ID"), QStringLiteral("DRAFT"), QStringLiteral("PROCEDIMENTO"),
                         QStringLiteral("STATE"), QStringLiteral("ATTEMPTS"), QStringLiteral("CIP"),
                         QStringLiteral("LAST ERROR")});
        table.setRightAligned(0);
        table.setRightAligned(4);
        for (const Submission& submission : sent.value()) {
            table.addRow({QString::number(submission.id), submission.draftId,
                          submission.procedimento + u' ' + submission.definitionVersion,
                          submissions::stateName(submission.state), QString::number(submission.attempts),
                          submission.cip, submission.lastError.simplified()});
        }
        m_out << table.render();
    }
    m_out.flush();
    m_session->finish(CliExit::Ok);
}

void OutboxCommand::show(qint64 id, bool json)
{
    const auto found = m_session->user().submissions().find(id);
    const auto attempts = m_session->user().submissions().attempts(id);
    if (!found || !attempts) {
        m_err << "error: cannot read the local database: " << (found ? attempts.error() : found.error()).detail
              << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return;
    }
    if (!found.value()) {
        m_err << "error: no submission with id " << id << Qt::endl;
        m_session->finish(CliExit::NotFound);
        return;
    }
    const Submission& s = *found.value();
    if (json) {
        m_out << QJsonDocument(toJson(s, attempts.value())).toJson(QJsonDocument::Indented);
        m_out.flush();
        m_session->finish(CliExit::Ok);
        return;
    }
    const auto line = [this](const QString& key, const QString& value) {
        m_out << key << ':' << (value.isEmpty() ? QString() : QStringLiteral(" ") + value) << '\n';
    };
    line(QStringLiteral("id"), QString::number(s.id));
    line(QStringLiteral("draft"), s.draftId);
    line(QStringLiteral("title"), s.title);
    line(QStringLiteral("anagrafica"), QString::number(s.anagraficaId));
    line(QStringLiteral("procedimento"), s.procedimento + u' ' + s.definitionVersion);
    line(QStringLiteral("state"), submissions::stateName(s.state));
    line(QStringLiteral("created_at"), time(s.createdAt));
    line(QStringLiteral("updated_at"), time(s.updatedAt));
    line(QStringLiteral("attempts"), QString::number(s.attempts));
    if (!s.lastError.isEmpty()) {
        line(QStringLiteral("last_error"), s.lastError.simplified());
    }
    if (s.state == Submission::State::Done) {
        line(QStringLiteral("cip"), s.cip);
        line(QStringLiteral("protocollo"), s.protocollo);
    }
    if (s.state == Submission::State::Rejected) {
        line(QStringLiteral("problem"), problemText(s.problem));
    }
    m_out << "\nFiles:\n";
    TextTable files({QStringLiteral("SLOT"), QStringLiteral("FILE"), QStringLiteral("SIZE"), QStringLiteral("UPLOAD"),
                     QStringLiteral("PATH")});
    files.setRightAligned(2);
    for (const submissions::SubmissionFile& file : s.files) {
        files.addRow(
            {file.file.slot, file.file.filename, QString::number(file.file.size), uploadState(file), file.file.path});
    }
    m_out << files.render();
    m_out << "\nAttempts:\n";
    printAttempts(m_out, attempts.value());
    if (s.state == Submission::State::Done && !s.receipt.isEmpty()) {
        m_out << "\nReceipt:\n" << QJsonDocument(s.receipt).toJson(QJsonDocument::Indented);
    }
    m_out.flush();
    m_session->finish(CliExit::Ok);
}

bool OutboxCommand::readPending(QList<qint64>& ids)
{
    const auto all = m_session->user().submissions().list();
    if (!all) {
        m_err << "error: cannot read the local database: " << all.error().detail << Qt::endl;
        m_session->finish(CliExit::LocalStore);
        return false;
    }
    for (const Submission& submission : all.value()) {
        if (submission.state == Submission::State::Pending && !ids.contains(submission.id)) {
            ids.prepend(submission.id); // oldest first, as they are sent
        }
    }
    return true;
}

void OutboxCommand::retry(qint64 id, bool json)
{
    if (id != 0) {
        const auto found = m_session->user().submissions().find(id);
        if (!found) {
            m_err << "error: cannot read the local database: " << found.error().detail << Qt::endl;
            m_session->finish(CliExit::LocalStore);
            return;
        }
        if (!found.value()) {
            m_err << "error: no submission with id " << id << Qt::endl;
            m_session->finish(CliExit::NotFound);
            return;
        }
        if (found.value()->state == Submission::State::Rejected) {
            if (auto reopened = m_session->user().submissionEngine()->retry(id); !reopened) {
                m_err << "error: cannot write the local database: " << reopened.error().detail << Qt::endl;
                m_session->finish(CliExit::LocalStore);
                return;
            }
            m_err << "submission " << id << " reopened" << Qt::endl;
        } else if (found.value()->state == Submission::State::Done && !json) {
            m_err << "submission " << id << " was already filed" << Qt::endl;
        }
        m_watched.append(id);
    }
    if (!readPending(m_watched)) {
        return;
    }
    if (!m_session->identifiedOnline()) {
        m_session->warnUnreachable();
        m_synced = true;
        m_reached = false;
    } else {
        m_session->sync([this](bool reached) {
            m_synced = true;
            m_reached = reached;
            onSettled();
        });
    }
    sendPending();
}

void OutboxCommand::sendPending()
{
    SubmissionEngine* engine = m_session->user().submissionEngine();
    const auto check = [this, engine] {
        // One event later: the engine moves on to the next submission from a queued call.
        QTimer::singleShot(0, this, [this, engine] {
            if (!m_settled && engine->state() != SubmissionEngine::State::Sending) {
                m_settled = true;
                onSettled();
            }
        });
    };
    connect(engine, &SubmissionEngine::stateChanged, this, check);
    connect(engine, &SubmissionEngine::submissionChanged, this, [this](qint64 changed) {
        if (!m_watched.contains(changed)) {
            m_watched.append(changed);
        }
    });
    engine->sendNow();
    check();
}

void OutboxCommand::onSettled()
{
    if (m_done || !m_synced || !m_settled) {
        return;
    }
    m_done = true;
    SubmissionEngine* engine = m_session->user().submissionEngine();
    int waiting = 0;
    int rejected = 0;
    QJsonArray results;
    if (!m_json && !m_watched.isEmpty()) {
        m_out << "Submissions:\n";
    }
    for (const qint64 id : std::as_const(m_watched)) {
        const auto found = m_session->user().submissions().find(id);
        if (!found || !found.value()) {
            continue;
        }
        const Submission& s = *found.value();
        if (m_json) {
            QJsonObject entry = toJson(s, {});
            entry.remove(QStringLiteral("attempt_list"));
            results.append(entry);
        }
        switch (s.state) {
        case Submission::State::Done:
            if (!m_json) {
                m_out << "  " << s.id << ": filed, CIP " << s.cip << ", protocollo " << s.protocollo << '\n';
            }
            break;
        case Submission::State::Rejected:
            ++rejected;
            if (!m_json) {
                m_out << "  " << s.id << ": rejected: " << problemText(s.problem) << '\n';
            }
            break;
        case Submission::State::Pending:
            ++waiting;
            if (!m_json) {
                m_out << "  " << s.id << ": waiting";
                if (!s.lastError.isEmpty()) {
                    m_out << " (" << s.lastError.simplified() << ')';
                }
                m_out << '\n';
            }
            break;
        }
    }
    const auto pendingChanges = m_session->user().outbox().count(OutboxItem::State::Pending);
    const int changes = pendingChanges ? pendingChanges.value() : 0;
    const int attention = m_session->user().sync()->pendingCount() - changes;
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("submissions"), results},
                                           {QStringLiteral("pending_changes"), changes},
                                           {QStringLiteral("changes_needing_attention"), attention}})
                     .toJson(QJsonDocument::Indented);
    } else {
        if (m_watched.isEmpty()) {
            m_out << "no submissions waiting\n";
        }
        m_out << "changes to anagrafiche and profile still to send: " << changes << '\n';
        if (attention > 0) {
            m_out << "changes the portal refused or that conflict (see the app): " << attention << '\n';
        }
    }
    m_out.flush();
    const bool stillWaiting =
        waiting > 0 || engine->state() == SubmissionEngine::State::Waiting || (!m_reached && changes > 0);
    if (stillWaiting) {
        m_err << "queued: the portal could not be reached";
        if (!engine->lastError().detail.isEmpty()) {
            m_err << " (" << portal::kindName(engine->lastError().kind) << ": " << engine->lastError().detail << ')';
        }
        m_err << "; will be sent at the next run of `inlinea-cli outbox retry` or of the app" << Qt::endl;
        m_session->finish(CliExit::Queued);
        return;
    }
    m_session->finish(rejected > 0 ? CliExit::Refused : CliExit::Ok);
}

} // namespace inlinea::cli
