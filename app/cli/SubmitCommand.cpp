#include "SubmitCommand.h"

#include "CliExit.h"
#include "CliSession.h"
#include "OutboxCommand.h"
#include "app/forms/FormSchema.h"
#include "app/forms/SchemaValidator.h"
#include "app/portal/PortalClient.h"
#include "app/portal/PortalUrl.h"
#include "app/portal/TlsTrust.h"
#include "app/procedimenti/CatalogSync.h"
#include "app/settings/AppSettings.h"
#include "app/submissions/PreSendCheck.h"
#include "app/submissions/SubmissionEngine.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace inlinea::cli {

using submissions::PreSendCheck;
using submissions::PreSendProblem;
using submissions::Submission;
using submissions::SubmissionEngine;

namespace {

const char* problemKindName(PreSendProblem::Kind kind)
{
    switch (kind) {
    case PreSendProblem::Kind::AnagraficaNotOnPortal: return "anagrafica_not_on_portal";
    case PreSendProblem::Kind::SlotMissing: return "slot_missing";
    case PreSendProblem::Kind::SlotTooManyFiles: return "slot_too_many_files";
    case PreSendProblem::Kind::FileTooLarge: return "file_too_large";
    case PreSendProblem::Kind::FileTypeNotAccepted: return "file_type_not_accepted";
    case PreSendProblem::Kind::FileUnreadable: return "file_unreadable";
    case PreSendProblem::Kind::FileChanged: return "file_changed";
    case PreSendProblem::Kind::TooManyFiles: return "too_many_files";
    case PreSendProblem::Kind::SignatureMissing: return "signature_missing";
    }
    return "other";
}

// "upload:cv.pdf" -> "upload cv.pdf"
QString stepLabel(const QString& step)
{
    return step.startsWith(QLatin1String("upload:")) ? QStringLiteral("upload ") + step.mid(7) : step;
}

} // namespace

SubmitCommand::SubmitCommand(QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_session(new CliSession(err, this))
    , m_tty(isatty(fileno(stderr)) != 0)
{}

void SubmitCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("attach"),
                      QStringLiteral("submit: attach this file to the draft's slot first (repeatable)."),
                      QStringLiteral("slot=path")});
    parser.addOption({QStringLiteral("no-wait"),
                      QStringLiteral("submit: queue the submission and exit; `outbox retry` or the app sends it.")});
}

void SubmitCommand::usage(const QString& problem)
{
    m_err << "error: " << problem << "\nusage: inlinea-cli submit DRAFT [--attach SLOT=PATH ...] [--no-wait] [--json]"
          << Qt::endl;
    CliExit::quit(CliExit::Usage);
}

void SubmitCommand::run(const QCommandLineParser& parser)
{
    // The sync engine's "retrying in 2000 ms" is noise in a command that reports the outage itself and exits.
    QLoggingCategory::setFilterRules(QStringLiteral("inlinea.sync.info=false"));
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        usage(args.size() < 2 ? QStringLiteral("which draft?") : QStringLiteral("one draft at a time"));
        return;
    }
    m_draftId = args.at(1);
    for (const QString& spec : parser.values(QStringLiteral("attach"))) {
        const qsizetype equals = spec.indexOf(u'=');
        if (equals <= 0 || equals == spec.size() - 1) {
            usage(QStringLiteral("--attach needs SLOT=PATH, not ") + spec);
            return;
        }
        m_attach.append({spec.left(equals), QFileInfo(spec.mid(equals + 1)).absoluteFilePath()});
    }
    m_noWait = parser.isSet(QStringLiteral("no-wait"));
    m_json = parser.isSet(QStringLiteral("json"));
    m_session->open(parser, [this, &parser] { prepare(parser); });
}

void SubmitCommand::prepare(const QCommandLineParser& parser)
{
    if (!m_session->identifiedOnline()) {
        m_session->warnUnreachable();
        check();
        return;
    }
    m_preparing = 2;
    fetchLimits(parser);
    // Sends what waits first (an anagrafica created offline must reach the portal before a domanda for it) and
    // brings the catalog up to date, which the sync starts when it reaches the portal.
    m_session->sync([this](bool reached) {
        if (!reached) {
            m_session->warnUnreachable();
        }
        procedimenti::CatalogSync* catalog = m_session->user().catalogSync();
        if (reached && catalog->isRunning()) {
            connect(catalog, &procedimenti::CatalogSync::finished, this, &SubmitCommand::onPrepared,
                    Qt::SingleShotConnection);
            return;
        }
        onPrepared();
    });
}

void SubmitCommand::fetchLimits(const QCommandLineParser& parser)
{
    // The session does not keep the portal's /info: ask for it beside the sync (same address, trust and timeout).
    const settings::AppSettings settings;
    const auto url =
        portal::PortalUrl::normalize(parser.isSet(QStringLiteral("portal")) ? parser.value(QStringLiteral("portal"))
                                                                            : settings.portalUrl().toString());
    const auto tls = portal::TlsTrust::configuration(
        parser.isSet(QStringLiteral("ca")) ? parser.value(QStringLiteral("ca")) : settings.extraCaFile());
    if (!url || !tls) {
        onPrepared();
        return;
    }
    auto* client = new portal::PortalClient(url.value(), tls.value(), this);
    client->setTimeout(std::chrono::milliseconds(parser.value(QStringLiteral("timeout")).toInt()));
    client->fetchInfo(this, [this, client](const Result<portal::PortalInfo, portal::PortalError>& info) {
        if (info) {
            m_limits = info.value().limits;
        }
        client->deleteLater();
        onPrepared();
    });
}

void SubmitCommand::onPrepared()
{
    if (--m_preparing == 0) {
        check();
    }
}

void SubmitCommand::check()
{
    session::UserSession& user = m_session->user();
    const auto draft = user.drafts().load(m_draftId);
    if (!draft) {
        if (draft.error().kind == drafts::DraftError::Kind::NotFound) {
            m_err << "error: no draft with id " << m_draftId << Qt::endl;
            finishWith(CliExit::NotFound);
        } else {
            m_err << "error: cannot read the local database: " << draft.error().detail << Qt::endl;
            finishWith(CliExit::LocalStore);
        }
        return;
    }
    const auto definition = user.catalog().definition(draft->procedimento, draft->definitionVersion);
    if (!definition) {
        m_err << "error: cannot read the local database: " << definition.error().detail << Qt::endl;
        finishWith(CliExit::LocalStore);
        return;
    }
    if (!definition.value()) {
        m_err << "error: the form " << draft->procedimento << " version " << draft->definitionVersion
              << " is not in the local copy yet: run the command again while the portal can be reached" << Qt::endl;
        finishWith(CliExit::Portal);
        return;
    }
    // What the form shows is what is sent: values left in sections an answer has hidden stay in the draft only.
    drafts::Draft sending = draft.value();
    sending.data = forms::FormSchema::withoutHiddenSections(definition.value()->layout, sending.data);
    if (!attachFiles(sending, *definition.value()) || reportProblems(sending, *definition.value())) {
        return;
    }
    submit(sending);
}

bool SubmitCommand::attachFiles(const drafts::Draft& draft, const procedimenti::FormDefinition& definition)
{
    QStringList slots;
    for (const QJsonValue& slot : definition.attachments) {
        slots << slot.toObject().value(QStringLiteral("slot")).toString();
    }
    for (const Attach& attach : std::as_const(m_attach)) {
        if (!slots.contains(attach.slot)) {
            m_err << "error: " << draft.procedimento << " has no attachment slot " << attach.slot
                  << " (slots: " << slots.join(QStringLiteral(", ")) << ')' << Qt::endl;
            finishWith(CliExit::Usage);
            return false;
        }
        const auto attached = m_session->user().attachments().attach(draft.id, attach.slot, attach.path);
        if (attached || attached.error().kind == submissions::AttachError::Kind::AlreadyThere) {
            continue;
        }
        using Kind = submissions::AttachError::Kind;
        const submissions::AttachError& error = attached.error();
        if (error.kind == Kind::Store) {
            m_err << "error: cannot write the local database: " << error.detail << Qt::endl;
            finishWith(CliExit::LocalStore);
        } else {
            m_err << "error: cannot attach " << attach.path << ": "
                  << (error.kind == Kind::NotAFile ? QStringLiteral("not a file") : error.detail) << Qt::endl;
            finishWith(CliExit::Usage);
        }
        return false;
    }
    return true;
}

bool SubmitCommand::reportProblems(const drafts::Draft& draft, const procedimenti::FormDefinition& definition)
{
    bool blocking = false;
    auto validator = forms::SchemaValidator::create(definition.schema);
    if (!validator) {
        m_err << "error: the form's schema cannot be used: " << validator.error().detail << Qt::endl;
        finishWith(CliExit::LocalStore);
        return true;
    }
    for (const forms::SchemaProblem& problem : validator.value().validate(draft.data)) {
        blocking = true;
        m_problems.append(QJsonObject{{QStringLiteral("pointer"), problem.pointer},
                                      {QStringLiteral("code"), problem.code},
                                      {QStringLiteral("blocking"), true}});
        if (!m_json) {
            m_err << (problem.pointer.isEmpty() ? QStringLiteral("/") : problem.pointer) << ": " << problem.code
                  << '\n';
        }
    }
    const auto files = m_session->user().attachments().list(draft.id);
    if (!files) {
        m_err << "error: cannot read the local database: " << files.error().detail << Qt::endl;
        finishWith(CliExit::LocalStore);
        return true;
    }
    for (const PreSendProblem& problem :
         PreSendCheck::check(definition, draft.data, draft.anagraficaId, files.value(), m_limits, true)) {
        blocking = blocking || problem.blocking;
        QJsonObject json{{QStringLiteral("kind"), QLatin1String(problemKindName(problem.kind))},
                         {QStringLiteral("blocking"), problem.blocking}};
        if (!problem.slot.isEmpty()) {
            json.insert(QStringLiteral("slot"), problem.slot);
        }
        if (!problem.path.isEmpty()) {
            json.insert(QStringLiteral("file"), problem.path);
        }
        if (problem.limit > 0) {
            json.insert(QStringLiteral("limit"), problem.limit);
        }
        if (!problem.detail.isEmpty()) {
            json.insert(QStringLiteral("detail"), problem.detail);
        }
        m_problems.append(json);
        if (m_json) {
            continue;
        }
        m_err << (problem.blocking ? "" : "warning: ") << problemKindName(problem.kind);
        if (!problem.slot.isEmpty()) {
            m_err << " slot " << problem.slot;
            if (!problem.slotTitle.isEmpty()) {
                m_err << " (" << problem.slotTitle << ')';
            }
        }
        if (!problem.path.isEmpty()) {
            m_err << " file " << problem.path;
        }
        if (problem.limit > 0) {
            m_err << " limit " << problem.limit;
        }
        if (!problem.detail.isEmpty()) {
            m_err << ": " << problem.detail;
        }
        if (problem.kind == PreSendProblem::Kind::SignatureMissing) {
            m_err << " (the procedimento asks for a signed domanda; it is sent unsigned)";
        }
        m_err << '\n';
    }
    m_err.flush();
    if (blocking) {
        if (m_json) {
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("state"), QStringLiteral("blocked")},
                                               {QStringLiteral("problems"), m_problems}})
                         .toJson(QJsonDocument::Indented);
            m_out.flush();
        }
        m_err << "not submitted: correct the problems above" << Qt::endl;
        finishWith(CliExit::InvalidRows);
    }
    return blocking;
}

void SubmitCommand::submit(const drafts::Draft& draft)
{
    session::UserSession& user = m_session->user();
    const auto files = user.attachments().list(draft.id);
    if (!files) {
        m_err << "error: cannot read the local database: " << files.error().detail << Qt::endl;
        finishWith(CliExit::LocalStore);
        return;
    }
    // --no-wait only queues it: the process would end in the middle of an upload otherwise.
    const auto created =
        m_noWait ? user.submissions().create(draft.id, draft.anagraficaId, draft.procedimento, draft.definitionVersion,
                                             draft.title, draft.data, files.value())
                 : user.submissionEngine()->submit(draft.id, draft.anagraficaId, draft.procedimento,
                                                   draft.definitionVersion, draft.title, draft.data, files.value());
    if (!created) {
        m_err << "error: cannot write the local database: " << created.error().detail << Qt::endl;
        finishWith(CliExit::LocalStore);
        return;
    }
    m_submission = created.value().id;
    if (m_noWait) {
        if (m_json) {
            m_out << QJsonDocument(OutboxCommand::toJson(created.value(), {})).toJson(QJsonDocument::Indented);
        } else {
            m_out << "submission " << m_submission << '\n';
        }
        m_out.flush();
        m_err << "queued: will be sent at the next run of `inlinea-cli outbox retry` or of the app" << Qt::endl;
        finishWith(CliExit::Ok);
        return;
    }
    m_err << "submission " << m_submission << ": sending" << Qt::endl;
    watch();
}

void SubmitCommand::watch()
{
    SubmissionEngine* engine = m_session->user().submissionEngine();
    const auto later = [this] { QTimer::singleShot(0, this, &SubmitCommand::evaluate); };
    connect(engine, &SubmissionEngine::progress, this, &SubmitCommand::onProgress);
    connect(engine, &SubmissionEngine::submissionChanged, this, [later](qint64) { later(); });
    connect(engine, &SubmissionEngine::stateChanged, this, [this, later](SubmissionEngine::State state) {
        if (state == SubmissionEngine::State::Sending) {
            m_sawSending = true;
        }
        later();
    });
    if (engine->state() == SubmissionEngine::State::Sending) {
        m_sawSending = true; // busy with an older submission: ours follows
    }
}

void SubmitCommand::onProgress(qint64 id, const QString& step, qint64 sent, qint64 total)
{
    if (id != m_submission) {
        return;
    }
    const int percent = total > 0 ? int(sent * 100 / total) : -1;
    if (step != m_progressStep) {
        if (m_tty && !m_progressStep.isEmpty()) {
            m_err << '\n';
        }
        m_progressStep = step;
        m_progressPercent = -1;
        if (!m_tty) {
            m_err << stepLabel(step)
                  << (total > 0 ? QStringLiteral(": %1 bytes").arg(total) : QStringLiteral(": waiting for the portal"))
                  << Qt::endl;
        }
    }
    if (percent == m_progressPercent) {
        return;
    }
    m_progressPercent = percent;
    if (m_tty) {
        m_err << '\r' << stepLabel(step)
              << (percent >= 0 ? QStringLiteral(" %1%").arg(percent, 3) : QStringLiteral(": waiting for the portal"));
        m_err.flush();
    } else if (percent == 100) {
        m_err << stepLabel(step) << ": 100%" << Qt::endl;
    }
}

void SubmitCommand::evaluate()
{
    if (m_finished) {
        return;
    }
    const auto found = m_session->user().submissions().find(m_submission);
    if (!found || !found.value()) {
        m_err << "error: cannot read the local database: "
              << (found ? QStringLiteral("submission gone") : found.error().detail) << Qt::endl;
        finishWith(CliExit::LocalStore);
        return;
    }
    const Submission& s = *found.value();
    SubmissionEngine* engine = m_session->user().submissionEngine();
    const bool waiting = m_sawSending && engine->state() != SubmissionEngine::State::Sending;
    if (s.state == Submission::State::Pending && !waiting) {
        return;
    }
    if (m_tty && !m_progressStep.isEmpty()) {
        m_err << Qt::endl;
    }
    const auto attempts = m_session->user().submissions().attempts(s.id);
    const QList<submissions::SubmissionAttempt> tried =
        attempts ? attempts.value() : QList<submissions::SubmissionAttempt>();
    if (m_json) {
        QJsonObject json = OutboxCommand::toJson(s, tried);
        if (!m_problems.isEmpty()) {
            json.insert(QStringLiteral("problems"), m_problems);
        }
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    switch (s.state) {
    case Submission::State::Done:
        if (!m_json) {
            m_out << "submission " << s.id << " filed\n"
                  << "CIP: " << s.cip << '\n'
                  << "protocollo: " << s.protocollo << "\n\nAttempts:\n";
            OutboxCommand::printAttempts(m_out, tried);
        }
        m_out.flush();
        finishWith(CliExit::Ok);
        return;
    case Submission::State::Rejected:
        m_out.flush();
        m_err << "submission " << s.id << " rejected: " << OutboxCommand::problemText(s.problem) << Qt::endl;
        m_err << "correct the draft and submit it again, or fix the file and run `inlinea-cli outbox retry " << s.id
              << '`' << Qt::endl;
        finishWith(CliExit::Refused);
        return;
    case Submission::State::Pending: break;
    }
    if (!m_json) {
        m_out << "submission " << s.id << '\n';
    }
    m_out.flush();
    m_err << "portal unreachable";
    if (!engine->lastError().detail.isEmpty()) {
        m_err << " (" << portal::kindName(engine->lastError().kind) << ": " << engine->lastError().detail << ')';
    }
    m_err << "\nqueued: will be sent at the next run of `inlinea-cli outbox retry` or of the app" << Qt::endl;
    finishWith(CliExit::Queued);
}

void SubmitCommand::finishWith(int code)
{
    m_finished = true;
    m_session->finish(code);
}

} // namespace inlinea::cli
