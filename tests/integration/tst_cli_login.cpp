// `inlinea-cli login --user` with the portal's own credentials (comune flavour), then a command that uses the session
// it stored in the keyring. Runs inside tests/support/with-keyring.sh.
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QProcess>
#include <QTest>

using inlinea::test::PortalFixture;

class TestCliLogin : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    PortalFixture m_portal{PortalFixture::Options{.flavour = QStringLiteral("comune"), .seed = true}};

    Run cli(QStringList args, const QByteArray& input = {}) const
    {
        args << QStringLiteral("--portal") << m_portal.baseUrl().toString() << QStringLiteral("--ca")
             << m_portal.caFile();
        QProcess process;
        process.start(QStringLiteral(INLINEA_CLI), args);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        inlinea::test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void saysHowToLogIn()
    {
        const Run r = cli({QStringLiteral("login")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--user"), r.err.constData());
    }

    void wrongPasswordIsRefused()
    {
        const Run r = cli({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("mario_rossi85"),
                           QStringLiteral("--password-fd"), QStringLiteral("0")},
                          "Sbagliata-2026!\n");
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("invalid_credentials"), r.err.constData());
        QVERIFY(!r.err.contains("Sbagliata") && !r.out.contains("Sbagliata"));
    }

    void loginThenUseTheSession()
    {
        Run r = cli({QStringLiteral("login"), QStringLiteral("--user"), QStringLiteral("mario_rossi85"),
                     QStringLiteral("--password-fd"), QStringLiteral("0")},
                    "Inlinea-Prova-2026\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("logged in as mario_rossi85"));
        QVERIFY(!r.out.contains("Inlinea-Prova-2026") && !r.err.contains("Inlinea-Prova-2026"));

        // The session in the keyring serves the other commands, as a CNS or SPID one does.
        r = cli({QStringLiteral("anagrafiche"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.count('\n') > 10, r.out.constData()); // the seeded compilatore's 25 anagrafiche
    }
};

QTEST_GUILESS_MAIN(TestCliLogin)
#include "tst_cli_login.moc"
