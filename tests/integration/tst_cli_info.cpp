#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using inlinea::test::PortalFixture;

class TestCliInfo : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(INLINEA_CLI), args);
        process.waitForFinished(30000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static inline QTemporaryDir m_config;
    PortalFixture m_portal{PortalFixture::Options{.flavour = QStringLiteral("comune")}};

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void json()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--portal"), m_portal.baseUrl().toString(),
                           QStringLiteral("--ca"), m_portal.caFile(), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("flavour")).toString(), QStringLiteral("comune"));
        QVERIFY(!info.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(info.value(QStringLiteral("login_methods"))
                    .toVariant()
                    .toStringList()
                    .contains(QStringLiteral("password")));
        QCOMPARE(info.value(QStringLiteral("registration")).toBool(), true);
    }

    void text()
    {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--portal"), m_portal.baseUrl().toString(),
                           QStringLiteral("--ca"), m_portal.caFile()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("flavour: comune"));
    }

    void errorsHaveCodes()
    {
        Run r = cli({QStringLiteral("info"), QStringLiteral("--portal"), m_portal.baseUrl().toString()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("tls_untrusted"), r.err.constData());

        r = cli({QStringLiteral("info"), QStringLiteral("--portal"), QStringLiteral("http://example.it")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("insecure_scheme"));

        r = cli({QStringLiteral("info"), QStringLiteral("--portal"),
                 QStringLiteral("https://localhost:%1").arg(PortalFixture::freePort())});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("connection_refused"));

        r = cli({QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"
