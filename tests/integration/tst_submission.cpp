// Invia end to end: files uploaded and the domanda sent through a proxy that loses answers, answers 500, delays past
// the client's timeout, delivers twice and cuts uploads, plus an application restart between upload and send.
// Whatever happens on the way, each submission becomes exactly one pratica on the portal, and the client holds the
// CIP the portal gave it.
#include "app/submissions/DraftAttachments.h"
#include "app/submissions/SubmissionEngine.h"
#include "app/sync/SyncEngine.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/FormVectors.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using submissions::AttachedFile;
using submissions::Submission;
using submissions::SubmissionEngine;
using Fault = test::FaultProxy::Fault;

namespace {

const QString User = QStringLiteral("RSSMRA85T10A562S");
const QRegularExpression CipFormat(QStringLiteral("^[A-Z]{2}[0-9]{5}[A-Z]$"));

} // namespace

class TestSubmission : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PortalFixture> m_portal;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<test::PortalSession> m_session;
    QString m_databasePath;
    qint64 m_anagraficaId = 0;
    QJsonObject m_data;
    QList<AttachedFile> m_files;

    QString writeFile(const QString& name, const QByteArray& head, qint64 size)
    {
        QByteArray content = head;
        content.resize(size);
        auto* random = QRandomGenerator::global();
        for (qint64 i = head.size(); i < size; ++i) {
            content[i] = char(random->bounded(256));
        }
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            return {};
        }
        return path;
    }

    [[nodiscard]] QString openSession()
    {
        QString why;
        m_session =
            test::PortalSession::open(*m_portal, User, m_databasePath, &why, QStringLiteral("cns"), m_proxy->baseUrl());
        if (!m_session) {
            return why;
        }
        // Short enough that a held answer times out within the test, long enough for a 1 MiB chunk on a busy machine.
        m_session->client()->setTimeout(std::chrono::milliseconds(4000));
        engine()->setRetryDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(800));
        return {};
    }

    SubmissionEngine* engine() const { return m_session->user().submissionEngine(); }

    int portalCount() const { return test::praticheOnPortal(*m_portal, User); }

    // Submits the domanda and waits until the portal filed it (or refused it).
    Submission submitAndWait()
    {
        auto created =
            engine()->submit(QStringLiteral("draft-x"), m_anagraficaId, QStringLiteral("BANDO_PROFESSIONISTI"),
                             QStringLiteral("1"), QStringLiteral("Bando"), m_data, m_files);
        if (!created) {
            return {};
        }
        return waitFor(created.value().id);
    }

    Submission waitFor(qint64 id)
    {
        Submission now;
        (void)QTest::qWaitFor(
            [&] {
                now = *m_session->user().submissions().find(id).value();
                return now.state != Submission::State::Pending;
            },
            90000);
        return now;
    }

    // The CIP the client holds is the portal's record of that submission (same key, same body hash).
    void verifyFiled(const Submission& filed, int countBefore)
    {
        QCOMPARE(filed.state, Submission::State::Done);
        QVERIFY2(CipFormat.match(filed.cip).hasMatch(), qPrintable(filed.cip));
        QCOMPARE(filed.receipt.value(QStringLiteral("cip")).toString(), filed.cip);
        QCOMPARE(filed.receipt.value(QStringLiteral("attachments")).toArray().size(), m_files.size());
        QCOMPARE(filed.receipt.value(QStringLiteral("body_sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(filed.body, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(portalCount(), countBefore + 1);
    }

    int postsThatReachedThePortal() const
    {
        int reached = 0;
        for (const auto& request : m_proxy->requests()) {
            if (request.method == u"POST" && request.path.startsWith(u"/api/v1/pratiche")) {
                reached += request.forwarded;
            }
        }
        return reached;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        m_data = test::validFormData(QStringLiteral("BANDO_PROFESSIONISTI-1"));
        QVERIFY(!m_data.isEmpty());
        test::PortalFixture::Options options;
        options.seed = true;
        m_portal = std::make_unique<test::PortalFixture>(options);
        QString why = m_portal->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_proxy = std::make_unique<test::FaultProxy>(*m_portal);
        why = m_proxy->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_databasePath = m_dir.filePath(QStringLiteral("user.sqlite"));
        why = openSession();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        QSignalSpy synced(m_session->user().sync(), &sync::SyncEngine::synced);
        m_session->user().sync()->syncNow();
        QVERIFY(synced.wait(30000));
        const auto all = m_session->user().anagrafiche().all().value();
        QVERIFY(!all.isEmpty());
        m_anagraficaId = all.first().id;

        // A CV over several chunks and a small identity document.
        const QString cv = writeFile(QStringLiteral("cv.pdf"), "%PDF-1.4\n", 2 * 1024 * 1024 + 4321);
        const QString id = writeFile(QStringLiteral("documento.pdf"), "%PDF-1.4\n", 40000);
        m_files = {submissions::DraftAttachments::describe(QStringLiteral("curriculum"), cv).value(),
                   submissions::DraftAttachments::describe(QStringLiteral("documento_identita"), id).value()};
        QCOMPARE(m_files.first().contentType, QStringLiteral("application/pdf"));
    }

    void cleanup() { QVERIFY(m_proxy->clearRules().isEmpty()); }

    void cleanSubmission()
    {
        const int before = portalCount();
        const Submission filed = submitAndWait();
        verifyFiled(filed, before);
        const auto attempts = m_session->user().submissions().attempts(filed.id).value();
        QCOMPARE(attempts.size(), 3); // two uploads and the request
        QCOMPARE(attempts.last().outcome, QStringLiteral("ok"));
    }

    void lostAnswerIsRepeatedWithTheSameKey_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("reached"); // times the request reached the portal
        QTest::newRow("answer lost") << Fault::DropAfter << 2;
        QTest::newRow("500 after processing") << Fault::Status500After << 2;
        QTest::newRow("answer later than the timeout") << Fault::DelayAfter << 2;
        QTest::newRow("delivered twice") << Fault::Duplicate << 2;
        QTest::newRow("never reached") << Fault::DropBefore << 1;
        QTest::newRow("500 before processing") << Fault::Status500 << 1;
    }

    void lostAnswerIsRepeatedWithTheSameKey()
    {
        QFETCH(Fault, fault);
        QFETCH(int, reached);
        test::FaultProxy::Rule rule;
        rule.fault = fault;
        rule.method = QStringLiteral("POST");
        rule.path = QStringLiteral("^/api/v1/pratiche$");
        rule.seconds = 6; // beyond the client's 4 s timeout
        QVERIFY(m_proxy->addRule(rule).isEmpty());
        const int before = portalCount();
        const int postsBefore = postsThatReachedThePortal();
        const Submission filed = submitAndWait();
        verifyFiled(filed, before);
        QCOMPARE(postsThatReachedThePortal() - postsBefore, reached);
        const auto attempts = m_session->user().submissions().attempts(filed.id).value();
        QVERIFY(attempts.size() >= 3);
        // Qt may resend a request itself when a kept-alive connection closes without an answer, so the engine's
        // own retry is not always what repeats it; either way the repeat is answered from the portal's record.
        // The portal's own record of the first delivery answers the repeat.
        QCOMPARE(attempts.last().outcome, reached == 2 ? QStringLiteral("replayed") : QStringLiteral("ok"));
    }

    void uploadsResumeAfterCutsAndErrors()
    {
        test::FaultProxy::Rule cut;
        cut.fault = Fault::ResetMidBody;
        cut.method = QStringLiteral("PUT");
        cut.path = QStringLiteral("^/api/v1/uploads/");
        QVERIFY(m_proxy->addRule(cut).isEmpty());
        test::FaultProxy::Rule refused;
        refused.fault = Fault::Status500;
        refused.method = QStringLiteral("POST");
        refused.path = QStringLiteral("^/api/v1/uploads$");
        QVERIFY(m_proxy->addRule(refused).isEmpty());
        test::FaultProxy::Rule lost;
        lost.fault = Fault::DropAfter;
        lost.method = QStringLiteral("PUT");
        lost.path = QStringLiteral("^/api/v1/uploads/");
        QVERIFY(m_proxy->addRule(lost).isEmpty());
        const int before = portalCount();
        const Submission filed = submitAndWait();
        verifyFiled(filed, before);
        QStringList outcomes;
        for (const auto& attempt : m_session->user().submissions().attempts(filed.id).value()) {
            outcomes << attempt.step + QLatin1Char('=') + attempt.outcome;
        }
        QVERIFY2(outcomes.size() >= 4, qPrintable(outcomes.join(u", ")));
        QStringList faults;
        for (const auto& request : m_proxy->requests()) {
            faults << request.fault;
        }
        QVERIFY(faults.contains(QStringLiteral("reset_mid_body")));
        QVERIFY(faults.contains(QStringLiteral("drop_after")));
        QVERIFY(faults.contains(QStringLiteral("status_500")));
    }

    void restartBetweenUploadAndSend()
    {
        // The request never gets through: the app is closed with the files uploaded and the request unanswered.
        test::FaultProxy::Rule down;
        down.fault = Fault::DropAfter;
        down.method = QStringLiteral("POST");
        down.path = QStringLiteral("^/api/v1/pratiche$");
        down.count = -1;
        QVERIFY(m_proxy->addRule(down).isEmpty());
        const int before = portalCount();
        const int postsBefore = postsThatReachedThePortal();
        const qint64 id =
            engine()
                ->submit(QStringLiteral("draft-r"), m_anagraficaId, QStringLiteral("BANDO_PROFESSIONISTI"),
                         QStringLiteral("1"), QStringLiteral("Bando"), m_data, m_files)
                .value()
                .id;
        QVERIFY(QTest::qWaitFor([&] { return postsThatReachedThePortal() > postsBefore; }, 60000));
        QCOMPARE(portalCount(), before + 1); // filed, but the client does not know
        m_session.reset();
        QVERIFY(m_proxy->clearRules().isEmpty());

        QString why = openSession();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        engine()->sendNow(); // what a new session does once it reaches the portal
        const Submission filed = waitFor(id);
        QCOMPARE(filed.state, Submission::State::Done);
        QVERIFY(CipFormat.match(filed.cip).hasMatch());
        QCOMPARE(portalCount(), before + 1);
        QCOMPARE(m_session->user().submissions().attempts(id).value().last().outcome, QStringLiteral("replayed"));
    }

    void refusedDataIsKeptForTheUser()
    {
        QJsonObject wrong = m_data;
        wrong.remove(QStringLiteral("dichiarazioni"));
        const int before = portalCount();
        auto created =
            engine()->submit(QStringLiteral("draft-w"), m_anagraficaId, QStringLiteral("BANDO_PROFESSIONISTI"),
                             QStringLiteral("1"), QStringLiteral("Bando"), wrong, m_files);
        QVERIFY(created);
        QSignalSpy attention(engine(), &SubmissionEngine::attentionNeeded);
        const Submission refused = waitFor(created.value().id);
        QCOMPARE(refused.state, Submission::State::Rejected);
        QVERIFY(refused.problem.contains("validation_failed"));
        QCOMPARE(refused.data, wrong); // nothing lost
        QCOMPARE(attention.size(), 1);
        QCOMPARE(portalCount(), before);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_proxy.reset();
        m_portal.reset();
    }
};

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
