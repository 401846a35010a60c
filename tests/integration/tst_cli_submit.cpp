// `inlinea-cli submit` and `inlinea-cli outbox` against the reference portal, on a session put in the real keyring
// (runs inside tests/support/with-keyring.sh), with the command's settings and data in temporary folders: a draft
// filed with its files, one stopped by the pre-send check, and one queued while the portal is down and filed by
// `outbox retry` once it is back, exactly once.
#include "app/anagrafiche/AnagraficheApi.h"
#include "app/auth/LoginSuccess.h"
#include "app/auth/TokenStore.h"
#include "app/drafts/DraftStore.h"
#include "app/portal/TlsTrust.h"
#include "app/settings/AppSettings.h"
#include "tests/support/FormVectors.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;

namespace {

const QString User = QStringLiteral("RSSMRA85T10A562S");
// The keyring service of the app and of inlinea-cli.
const QString KeyringService = QStringLiteral("Inlinea Desktop");
const QRegularExpression Cip(QStringLiteral("^CIP: ([A-Z]{2}[0-9]{5}[A-Z])$"), QRegularExpression::MultilineOption);
const QRegularExpression SubmissionId(QStringLiteral("^submission (\\d+)"), QRegularExpression::MultilineOption);

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QByteArray all() const { return out + "\n--- stderr ---\n" + err; }
};

} // namespace

class TestCliSubmit : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PortalFixture> m_portal;
    QTemporaryDir m_config;
    QTemporaryDir m_data;
    QTemporaryDir m_files;
    qint64 m_anagraficaId = 0;
    QJsonObject m_valid;
    QString m_cv;
    QString m_id;

    Run cli(const QStringList& args) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_files.path());
        process.start(QStringLiteral(INLINEA_CLI), args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        Run r{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        return r;
    }

    QString writePdf(const QString& name, qint64 size) const
    {
        QByteArray content("%PDF-1.4\n");
        while (content.size() < size - 7) {
            content.append(char('a' + QRandomGenerator::global()->bounded(26)));
        }
        content.append("\n%%EOF\n");
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return file.fileName();
    }

    // A draft in the command's local database (where the app's draft window saves it).
    QString createDraft(const QString& title, const QJsonObject& data, qint64 anagraficaId = 0) const
    {
        auto db = store::LocalDatabase::open(store::LocalDatabase::defaultPath(m_portal->baseUrl().host(), User));
        if (!db) {
            return {};
        }
        drafts::DraftStore store(*db.value());
        auto created = store.create(anagraficaId != 0 ? anagraficaId : m_anagraficaId,
                                    QStringLiteral("BANDO_PROFESSIONISTI"), QStringLiteral("1"), title, data);
        return created ? created.value().id : QString();
    }

    int portalCount() const { return test::praticheOnPortal(*m_portal, User); }

    // The local submissions as `outbox list --json` shows them.
    QJsonArray localSubmissions() const
    {
        const Run run = cli({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        if (run.exitCode != 0) {
            qWarning() << run.all();
            return {};
        }
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("submissions")).toArray();
    }

    QStringList attachArgs() const
    {
        return {QStringLiteral("--attach"), QStringLiteral("curriculum=cv.pdf"), QStringLiteral("--attach"),
                QStringLiteral("documento_identita=") + m_id};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_data.isValid() && m_files.isValid());
        test::isolate();
        // The command's locations, so defaultPath() here is the command's (not the test mode's).
        QStandardPaths::setTestModeEnabled(false);
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("Inlinea"));
        QCoreApplication::setApplicationName(QStringLiteral("Inlinea Desktop"));

        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        QString issueWhy;
        auto login = auth::LoginSuccess::fromTokenAnswer(m_portal->issueTokens(User, QStringLiteral("cns"), &issueWhy),
                                                         QStringLiteral("cns"));
        QVERIFY2(login, qPrintable(issueWhy));
        auth::TokenStore store(KeyringService);
        std::optional<Status<auth::KeyringError>> saved;
        store.save(m_portal->baseUrl(), login->tokens, this, [&saved](const auto& r) { saved = r; });
        QVERIFY(QTest::qWaitFor([&saved] { return saved.has_value(); }, 15000));
        QVERIFY2(saved->hasValue(), qPrintable(saved->hasValue() ? QString() : saved->error().detail));

        settings::AppSettings settings(m_config.filePath(QStringLiteral("Inlinea/Inlinea Desktop.conf")));
        settings.setPortalUrl(m_portal->baseUrl());
        settings.setExtraCaFile(m_portal->caFile());
        settings.sync();

        // An anagrafica of the seed user, as the portal has it.
        QString sessionWhy;
        auto other =
            test::PortalSession::open(*m_portal, User, m_files.filePath(QStringLiteral("other.sqlite")), &sessionWhy);
        QVERIFY2(other, qPrintable(sessionWhy));
        std::optional<QList<anagrafiche::Anagrafica>> all;
        other->user().anagraficheApi()->all(
            other->client(), [&all](const Result<QList<anagrafiche::Anagrafica>, portal::PortalError>& r) {
                all = r ? r.value() : QList<anagrafiche::Anagrafica>();
            });
        QVERIFY(QTest::qWaitFor([&all] { return all.has_value(); }, 20000));
        QVERIFY(!all->isEmpty());
        m_anagraficaId = all->first().id;

        m_valid = test::validFormData(QStringLiteral("BANDO_PROFESSIONISTI-1"));
        QVERIFY(!m_valid.isEmpty());
        m_cv = writePdf(QStringLiteral("cv.pdf"), 300 * 1024);
        m_id = writePdf(QStringLiteral("id.pdf"), 20 * 1024);
        QVERIFY(!m_cv.isEmpty() && !m_id.isEmpty());

        // The first command online makes the local database and names its user.
        const Run list = cli({QStringLiteral("outbox")});
        QVERIFY2(list.exitCode == 0, list.all().constData());
        QVERIFY2(list.out.contains("Submissions:"), list.all().constData());
    }

    void argumentErrors()
    {
        QCOMPARE(cli({QStringLiteral("submit")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("submit"), QStringLiteral("x"), QStringLiteral("--attach"), QStringLiteral("cv")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("show"), QStringLiteral("abc")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("frobnicate")}).exitCode, 2);
        const Run unknown = cli({QStringLiteral("submit"), QStringLiteral("00000000-0000-0000-0000-000000000000")});
        QVERIFY2(unknown.exitCode == 11, unknown.all().constData());
        QCOMPARE(cli({QStringLiteral("outbox"), QStringLiteral("show"), QStringLiteral("999")}).exitCode, 11);
        const QString draft = createDraft(QStringLiteral("Slot sbagliato"), m_valid);
        const Run badSlot =
            cli({QStringLiteral("submit"), draft, QStringLiteral("--attach"), QStringLiteral("foto=cv.pdf")});
        QVERIFY2(badSlot.exitCode == 2, badSlot.all().constData());
        QVERIFY2(badSlot.err.contains("no attachment slot foto"), badSlot.all().constData());
    }

    void submitsAndFiles()
    {
        const int before = portalCount();
        QVERIFY(before >= 0);
        const QString draft = createDraft(QStringLiteral("Bando CLI"), m_valid);
        QVERIFY(!draft.isEmpty());

        const Run run = cli(QStringList{QStringLiteral("submit"), draft} + attachArgs());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        const auto cip = Cip.match(QString::fromUtf8(run.out));
        QVERIFY2(cip.hasMatch(), run.all().constData());
        QVERIFY2(run.out.contains("protocollo: ") && run.out.contains("Attempts:"), run.all().constData());
        QVERIFY2(run.err.contains("upload cv.pdf") && run.err.contains("100%"), run.all().constData());
        QCOMPARE(portalCount(), before + 1);

        const auto id = SubmissionId.match(QString::fromUtf8(run.out));
        QVERIFY(id.hasMatch());
        const Run show = cli({QStringLiteral("outbox"), QStringLiteral("show"), id.captured(1)});
        QVERIFY2(show.exitCode == 0, show.all().constData());
        QVERIFY2(show.out.contains("state: done"), show.all().constData());
        QVERIFY2(show.out.contains(("cip: " + cip.captured(1)).toUtf8()), show.all().constData());
        QVERIFY2(show.out.contains("upload:cv.pdf") && show.out.contains("upload:id.pdf"), show.all().constData());
        QVERIFY2(show.out.contains("send"), show.all().constData());
        QVERIFY2(show.out.contains("uploaded"), show.all().constData());
        QVERIFY2(show.out.contains("Receipt:"), show.all().constData());

        const Run json =
            cli({QStringLiteral("outbox"), QStringLiteral("show"), id.captured(1), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(shown.value(QStringLiteral("cip")).toString(), cip.captured(1));
        QCOMPARE(shown.value(QStringLiteral("attempt_list")).toArray().size(), 3); // two uploads and the request
    }

    void blockedByThePreSendCheck()
    {
        const int before = portalCount();
        const qsizetype local = localSubmissions().size();
        QJsonObject data = m_valid;
        QJsonObject professionista = data.value(QStringLiteral("professionista")).toObject();
        professionista.remove(QStringLiteral("cognome"));
        data.insert(QStringLiteral("professionista"), professionista);
        const QString draft = createDraft(QStringLiteral("Senza cognome"), data);

        // No files either: the required slots are reported too.
        const Run run = cli({QStringLiteral("submit"), draft});
        QVERIFY2(run.exitCode == 8, run.all().constData());
        QVERIFY2(run.err.contains("/professionista/cognome: required"), run.all().constData());
        QVERIFY2(run.err.contains("slot_missing slot curriculum"), run.all().constData());
        QVERIFY2(run.err.contains("not submitted"), run.all().constData());
        QCOMPARE(localSubmissions().size(), local);
        QCOMPARE(portalCount(), before);
    }

    void refusedByThePortal()
    {
        const int before = portalCount();
        // Passes every local check, but the anagrafica is not the user's: the portal refuses it (404), for good.
        const QString draft = createDraft(QStringLiteral("Anagrafica altrui"), m_valid, 999999);
        const Run run = cli(QStringList{QStringLiteral("submit"), draft} + attachArgs());
        QVERIFY2(run.exitCode == 14, run.all().constData());
        QVERIFY2(run.err.contains("rejected: "), run.all().constData());
        const auto id = SubmissionId.match(QString::fromUtf8(run.err));
        QVERIFY2(id.hasMatch(), run.all().constData());

        // Reopened and refused again.
        const Run retried = cli({QStringLiteral("outbox"), QStringLiteral("retry"), id.captured(1)});
        QVERIFY2(retried.exitCode == 14, retried.all().constData());
        QVERIFY2(retried.err.contains("reopened") && retried.out.contains(": rejected: "), retried.all().constData());
        const Run show = cli({QStringLiteral("outbox"), QStringLiteral("show"), id.captured(1)});
        QVERIFY2(show.out.contains("state: rejected") && show.out.contains("problem: "), show.all().constData());
        QCOMPARE(portalCount(), before);
    }

    void queuedWithoutWaiting()
    {
        const int before = portalCount();
        const QString draft = createDraft(QStringLiteral("Bando senza attesa"), m_valid);
        const Run run =
            cli(QStringList{QStringLiteral("submit"), draft, QStringLiteral("--no-wait"), QStringLiteral("--json")} +
                attachArgs());
        QVERIFY2(run.exitCode == 0, run.all().constData());
        const QJsonObject queued = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(queued.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(portalCount(), before);

        const Run retried = cli({QStringLiteral("outbox"), QStringLiteral("retry"), QStringLiteral("--json")});
        QVERIFY2(retried.exitCode == 0, retried.all().constData());
        const QJsonArray sent =
            QJsonDocument::fromJson(retried.out).object().value(QStringLiteral("submissions")).toArray();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().toObject().value(QStringLiteral("id")), queued.value(QStringLiteral("id")));
        QCOMPARE(sent.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(portalCount(), before + 1);
    }

    void queuedWhileThePortalIsDownThenRetried()
    {
        const int before = portalCount();
        const QString draft = createDraft(QStringLiteral("Bando in coda"), m_valid);

        m_portal->stop();
        const Run queued = cli(QStringList{QStringLiteral("submit"), draft} + attachArgs());
        QVERIFY2(queued.exitCode == 9, queued.all().constData());
        QVERIFY2(queued.err.contains("queued: will be sent at the next run of `inlinea-cli outbox retry`"),
                 queued.all().constData());
        const auto id = SubmissionId.match(QString::fromUtf8(queued.out));
        QVERIFY2(id.hasMatch(), queued.all().constData());

        // Offline, the outbox still shows it.
        const Run offline = cli({QStringLiteral("outbox"), QStringLiteral("list")});
        QVERIFY2(offline.exitCode == 0, offline.all().constData());
        QVERIFY2(offline.out.contains(draft.toUtf8()) && offline.out.contains("pending"), offline.all().constData());
        const Run stillDown = cli({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(stillDown.exitCode == 9, stillDown.all().constData());

        const QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const Run retried = cli({QStringLiteral("outbox"), QStringLiteral("retry")});
        QVERIFY2(retried.exitCode == 0, retried.all().constData());
        QVERIFY2(QRegularExpression(QStringLiteral("%1: filed, CIP [A-Z]{2}[0-9]{5}[A-Z]").arg(id.captured(1)))
                     .match(QString::fromUtf8(retried.out))
                     .hasMatch(),
                 retried.all().constData());
        QCOMPARE(portalCount(), before + 1);

        // A second retry has nothing left to send and files nothing more.
        const Run again = cli({QStringLiteral("outbox"), QStringLiteral("retry"), id.captured(1)});
        QVERIFY2(again.exitCode == 0, again.all().constData());
        QCOMPARE(portalCount(), before + 1);
        bool found = false;
        for (const QJsonValue& value : localSubmissions()) {
            const QJsonObject s = value.toObject();
            if (s.value(QStringLiteral("id")).toInteger() == id.captured(1).toLongLong()) {
                found = true;
                QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
                QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{2}[0-9]{5}[A-Z]$"))
                            .match(s.value(QStringLiteral("cip")).toString())
                            .hasMatch());
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCliSubmit)
#include "tst_cli_submit.moc"
