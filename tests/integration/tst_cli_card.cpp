// `inlinea-cli card info` and `inlinea-cli login --cns` on the virtual card behind the real pcscd, against the
// reference portal's CNS endpoint. Runs inside tests/support/with-keyring.sh.
#include "tests/smartcard/CnsPortalStack.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using inlinea::test::CardStackFixture;
using inlinea::test::PortalFixture;

class TestCliCard : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess process;
        process.start(QStringLiteral(INLINEA_CLI), args);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    inlinea::test::CnsPortalStack m_stack;
    PortalFixture* m_portal = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
        const QString why = m_stack.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_portal = &m_stack.portal();
    }

    void cardInfo()
    {
        Run r = cli({QStringLiteral("card"), QStringLiteral("info")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("codice fiscale: RSSMRA85T10A562S"));
        QVERIFY(r.out.contains("pin tries left: 3"));

        r = cli({QStringLiteral("card"), QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        const QJsonObject identity = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(identity.value(QStringLiteral("codice_fiscale")).toString(), QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(identity.value(QStringLiteral("surname")).toString(), QStringLiteral("ROSSI"));
        QVERIFY(!identity.value(QStringLiteral("expiry_date")).toString().isEmpty());
    }

    void loginWithPinFromAFileDescriptor()
    {
        const QStringList base{QStringLiteral("login"),        QStringLiteral("--cns"), QStringLiteral("--portal"),
                               m_portal->baseUrl().toString(), QStringLiteral("--ca"),  m_portal->caFile(),
                               QStringLiteral("--pin-fd"),     QStringLiteral("0")};
        Run r = cli(base, "11111\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("WrongPin"), r.err.constData());

        r = cli(base, "12345\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("logged in as RSSMRA85T10A562S"));
        // The PIN never shows up in what the command prints.
        QVERIFY(!r.out.contains("12345\n") && !r.err.contains("12345\n"));
    }

    void noCardNoLogin()
    {
        m_stack.cards().remove();
        // pcscd notices the removal within a moment; until then the card vanishes mid-read (exit 5).
        Run r;
        for (int attempt = 0; attempt < 10 && r.exitCode != 4; ++attempt) {
            r = cli({QStringLiteral("card"), QStringLiteral("info")});
            QVERIFY(r.exitCode == 4 || r.exitCode == 5);
        }
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("no_cns"));
    }
};

QTEST_GUILESS_MAIN(TestCliCard)
#include "tst_cli_card.moc"
