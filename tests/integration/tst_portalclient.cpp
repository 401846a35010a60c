#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/SilentServer.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace inlinea;
using namespace inlinea::portal;
using inlinea::test::PortalFixture;

class TestPortalClient : public QObject {
    Q_OBJECT

    using InfoResult = Result<PortalInfo, PortalError>;

    // Asks for /api/v1/info and waits (in the test only) for the callback.
    std::optional<InfoResult> fetch(const QUrl& base, const QString& caFile,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(10))
    {
        const auto tls = TlsTrust::configuration(caFile);
        if (!tls) {
            return std::nullopt;
        }
        PortalClient client(base, tls.value());
        client.setTimeout(timeout);
        std::optional<InfoResult> result;
        client.fetchInfo(this, [&result](const InfoResult& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }

    void expectError(const std::optional<InfoResult>& r, PortalError::Kind kind)
    {
        QVERIFY2(r, "no answer");
        QVERIFY2(!r->hasValue(), "unexpected success");
        QCOMPARE(kindName(r->error().kind), kindName(kind));
    }

    PortalFixture m_portal;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void infoFromTheRealPortal()
    {
        const auto r = fetch(m_portal.baseUrl(), m_portal.caFile());
        QVERIFY(r);
        QVERIFY2(r->hasValue(), qPrintable(r->hasValue() ? QString() : r->error().detail));
        QVERIFY(!r->value().name.isEmpty());
        QCOMPARE(r->value().flavour, Flavour::Inlinea);
        QVERIFY(r->value().offers(LoginMethod::Spid));
        QVERIFY(r->value().offers(LoginMethod::Cns));
        QVERIFY(!r->value().offers(LoginMethod::Password));
        QVERIFY(r->value().limits.maxUploadBytes > 0);
    }

    void byIpAddressToo()
    {
        const auto r = fetch(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_portal.port())), m_portal.caFile());
        QVERIFY(r && r->hasValue());
    }

    void untrustedWithoutTheDevCa()
    {
        // Right after a trusted request to the same portal: a cached connection must not carry this one through.
        // The system store does not know the development CA: verification must fail, never be skipped.
        expectError(fetch(m_portal.baseUrl(), QString()), PortalError::Kind::TlsUntrusted);
    }

    void certificateFromAnotherCa()
    {
        PortalFixture other(PortalFixture::Options{.certificate = QStringLiteral("untrusted-server")});
        const QString why = other.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        expectError(fetch(other.baseUrl(), other.caFile()), PortalError::Kind::TlsUntrusted);
    }

    void expiredCertificate()
    {
        PortalFixture expired(PortalFixture::Options{.certificate = QStringLiteral("expired-server")});
        const QString why = expired.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        expectError(fetch(expired.baseUrl(), expired.caFile()), PortalError::Kind::TlsExpired);
    }

    void certificateForAnotherHost()
    {
        PortalFixture wrongHost(PortalFixture::Options{.certificate = QStringLiteral("wronghost-server")});
        const QString why = wrongHost.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        expectError(fetch(wrongHost.baseUrl(), wrongHost.caFile()), PortalError::Kind::TlsHostMismatch);
    }

    void webServerThatIsNotAPortal()
    {
        QUrl elsewhere = m_portal.baseUrl();
        elsewhere.setPath(QStringLiteral("/some/site"));
        expectError(fetch(elsewhere, m_portal.caFile()), PortalError::Kind::NotAPortal);
    }

    void nothingListening()
    {
        const QUrl url(QStringLiteral("https://localhost:%1").arg(PortalFixture::freePort()));
        expectError(fetch(url, m_portal.caFile()), PortalError::Kind::ConnectionRefused);
    }

    void unknownHost()
    {
        expectError(fetch(QUrl(QStringLiteral("https://portale.invalid")), QString()), PortalError::Kind::HostNotFound);
    }

    void serverThatNeverAnswers()
    {
        test::SilentServer silent;
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
        expectError(fetch(url, QString(), std::chrono::milliseconds(800)), PortalError::Kind::Timeout);
    }

    void plainHttpServer()
    {
        test::SilentServer http("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(http.serverPort()));
        expectError(fetch(url, QString()), PortalError::Kind::NotTls);
    }

    void problemJsonFromAnApiError()
    {
        const auto tls = TlsTrust::configuration(m_portal.caFile());
        QVERIFY(tls);
        PortalClient client(m_portal.baseUrl(), tls.value());
        std::optional<Result<HttpResponse, PortalError>> result;
        client.get(QStringLiteral("/no-such-endpoint"), this, [&result](const auto& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->hasValue());
        QCOMPARE(result->error().httpStatus, 404);
        QCOMPARE(result->error().problemCode, QStringLiteral("not_found"));
        QVERIFY(!result->error().detail.isEmpty());
    }

    void cancelledByTheCaller()
    {
        test::SilentServer silent;
        const auto tls = TlsTrust::configuration(QString());
        QVERIFY(tls);
        PortalClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())), tls.value());
        std::optional<InfoResult> result;
        client.fetchInfo(this, [&result](const InfoResult& r) { result = r; });
        QTest::qWait(100);
        client.cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
        expectError(result, PortalError::Kind::Cancelled);
    }

    void callbackDroppedWhenContextIsGone()
    {
        const auto tls = TlsTrust::configuration(m_portal.caFile());
        QVERIFY(tls);
        PortalClient client(m_portal.baseUrl(), tls.value());
        bool called = false;
        {
            QObject context;
            client.fetchInfo(&context, [&called](const InfoResult&) { called = true; });
        }
        QTest::qWait(1500);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portalclient.moc"
