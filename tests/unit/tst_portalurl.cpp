#include "app/portal/PortalUrl.h"

#include <QTest>

using inlinea::portal::PortalError;
using inlinea::portal::PortalUrl;

class TestPortalUrl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << "inlinea.cittametropolitana.mi.it"
                                   << "https://inlinea.cittametropolitana.mi.it";
        QTest::newRow("spaces") << "  https://portal.example.it/  "
                                << "https://portal.example.it";
        QTest::newRow("port") << "localhost:8443"
                              << "https://localhost:8443";
        QTest::newRow("path kept") << "https://example.it/inlinea/"
                                   << "https://example.it/inlinea";
        QTest::newRow("pasted api url") << "https://example.it/inlinea/api/v1/info?x=1"
                                        << "https://example.it/inlinea";
        QTest::newRow("upper scheme") << "HTTPS://Example.it"
                                      << "https://example.it";
        QTest::newRow("credentials dropped") << "https://user:pw@example.it"
                                             << "https://example.it";
    }
    void normalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const auto url = PortalUrl::normalize(typed);
        QVERIFY2(url, qPrintable(url ? QString() : url.error().detail));
        QCOMPARE(url->toString(), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << "" << int(PortalError::Kind::InvalidUrl);
        QTest::newRow("blank") << "   " << int(PortalError::Kind::InvalidUrl);
        QTest::newRow("http") << "http://example.it" << int(PortalError::Kind::InsecureScheme);
        QTest::newRow("ftp") << "ftp://example.it" << int(PortalError::Kind::InsecureScheme);
        QTest::newRow("no host") << "https://" << int(PortalError::Kind::InvalidUrl);
        QTest::newRow("bad chars") << "https://exa mple.it" << int(PortalError::Kind::InvalidUrl);
    }
    void refused()
    {
        QFETCH(QString, typed);
        QFETCH(int, kind);
        const auto url = PortalUrl::normalize(typed);
        QVERIFY(!url);
        QCOMPARE(int(url.error().kind), kind);
    }

    void apiUrl()
    {
        QCOMPARE(PortalUrl::apiUrl(QUrl(QStringLiteral("https://e.it")), QStringLiteral("/info")).toString(),
                 QStringLiteral("https://e.it/api/v1/info"));
        QCOMPARE(PortalUrl::apiUrl(QUrl(QStringLiteral("https://e.it/base/")), QStringLiteral("me")).toString(),
                 QStringLiteral("https://e.it/base/api/v1/me"));
    }
};

QTEST_APPLESS_MAIN(TestPortalUrl)
#include "tst_portalurl.moc"
