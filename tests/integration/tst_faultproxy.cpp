// tests/support/FaultProxy in front of the real portal: the app's client verifies the proxy's TLS with the dev CA,
// gets the portal's answers through it, and sees the faults it injects.
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QTest>

#include <optional>

using namespace inlinea;
using namespace inlinea::portal;
using inlinea::test::FaultProxy;
using inlinea::test::PortalFixture;

class TestFaultProxy : public QObject {
    Q_OBJECT

    using InfoResult = Result<PortalInfo, PortalError>;

    // One client for the whole test, as the app keeps one: its connections are kept alive through the proxy.
    std::optional<InfoResult> fetchInfo()
    {
        std::optional<InfoResult> result;
        m_client->fetchInfo(this, [&result](const InfoResult& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }

    std::optional<Result<HttpResponse, PortalError>> post(PortalClient& client)
    {
        std::optional<Result<HttpResponse, PortalError>> result;
        client.post(QStringLiteral("info"), QByteArrayLiteral("{}"), QString(), this,
                    [&result](const Result<HttpResponse, PortalError>& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
            return std::nullopt;
        }
        return result;
    }

    PortalFixture m_portal;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<PortalClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_proxy = std::make_unique<FaultProxy>(m_portal);
        why = m_proxy->start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const auto tls = TlsTrust::configuration(m_portal.caFile());
        QVERIFY(tls);
        m_client = std::make_unique<PortalClient>(m_proxy->baseUrl(), tls.value());
        m_client->setTimeout(std::chrono::seconds(10));
    }

    void cleanup() { QVERIFY(m_proxy->clearRules().isEmpty()); }

    void cleanupTestCase()
    {
        m_client.reset();
        m_proxy.reset();
    }

    void infoThroughTheProxy()
    {
        const auto r = fetchInfo();
        QVERIFY(r);
        QVERIFY2(r->hasValue(), qPrintable(r->hasValue() ? QString() : r->error().detail));
        QCOMPARE(r->value().flavour, Flavour::Inlinea);
        const auto requests = m_proxy->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QStringLiteral("GET"));
        QCOMPARE(requests.first().path, QStringLiteral("/api/v1/info"));
        QCOMPARE(requests.first().forwarded, 1);
        QCOMPARE(requests.first().clientStatus, 200);
        QVERIFY(requests.first().fault.isEmpty());
    }

    void droppedConnectionIsAnError()
    {
        // Qt sends a request again (a few times) when the connection closes before the answer's headers: only a
        // fault on every attempt reaches the caller.
        QVERIFY(m_proxy
                    ->addRule({.fault = FaultProxy::Fault::DropBefore,
                               .path = QStringLiteral("^/api/v1/info$"),
                               .method = QStringLiteral("GET"),
                               .count = -1})
                    .isEmpty());
        const qsizetype before = m_proxy->requests().size();
        const auto r = fetchInfo();
        QVERIFY(r);
        QVERIFY2(!r->hasValue(), "the client did not see the dropped connection");
        QCOMPARE(r->error().httpStatus, 0);
        const auto requests = m_proxy->requests().mid(before);
        QVERIFY(requests.size() >= 2); // Qt 6.4.2 tries four times, each on a new connection after the first
        QCOMPARE(requests.constLast().connection - requests.constFirst().connection, requests.size() - 1);
        for (const auto& request : requests) {
            QCOMPARE(request.fault, QStringLiteral("drop_before"));
            QCOMPARE(request.outcome, QStringLiteral("dropped"));
            QCOMPARE(request.forwarded, 0);
            QCOMPARE(request.clientStatus, 0);
        }
        QVERIFY(m_proxy->clearRules().isEmpty());
        const auto again = fetchInfo();
        QVERIFY(again && again->hasValue());
    }

    void oneDroppedGetIsSentAgainByQt()
    {
        QVERIFY(m_proxy->addRule({.fault = FaultProxy::Fault::DropBefore, .path = QStringLiteral("^/api/v1/info$")})
                    .isEmpty());
        const qsizetype before = m_proxy->requests().size();
        const auto r = fetchInfo();
        QVERIFY(r && r->hasValue());
        const auto requests = m_proxy->requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).outcome, QStringLiteral("dropped"));
        QCOMPARE(requests.at(1).outcome, QStringLiteral("answered"));
        QCOMPARE(requests.at(1).forwarded, 1);
    }

    // Qt cannot tell a kept-alive connection the server closed while idle from one closed on the request, and sends
    // even a POST again: a lost answer becomes a duplicate delivery, which only an Idempotency-Key makes harmless.
    void aPostWhoseAnswerIsLostIsSentAgainByQt()
    {
        const auto warmUp = fetchInfo();
        QVERIFY(warmUp && warmUp->hasValue());
        QVERIFY(m_proxy
                    ->addRule({.fault = FaultProxy::Fault::DropAfter,
                               .path = QStringLiteral("^/api/v1/info$"),
                               .method = QStringLiteral("POST")})
                    .isEmpty());
        const qsizetype before = m_proxy->requests().size();
        const auto result = post(*m_client);
        QVERIFY(result && !result->hasValue());
        QCOMPARE(result->error().httpStatus, 405); // the second delivery's answer
        const auto requests = m_proxy->requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).outcome, QStringLiteral("dropped"));
        QCOMPARE(requests.at(0).forwarded, 1);
        QCOMPARE(requests.at(0).upstreamStatus, 405);
        QCOMPARE(requests.at(1).outcome, QStringLiteral("answered"));
        QCOMPARE(requests.at(1).forwarded, 1);
    }

    void aPartlySentAnswerIsAnError()
    {
        QVERIFY(m_proxy
                    ->addRule({.fault = FaultProxy::Fault::DropAfter,
                               .path = QStringLiteral("^/api/v1/info$"),
                               .method = QStringLiteral("POST"),
                               .partialAnswer = true})
                    .isEmpty());
        const qsizetype before = m_proxy->requests().size();
        const auto result = post(*m_client);
        QVERIFY(result && !result->hasValue());
        const auto requests = m_proxy->requests().mid(before);
        QCOMPARE(requests.size(), 1); // not sent again
        QCOMPARE(requests.first().forwarded, 1);
        QCOMPARE(requests.first().outcome, QStringLiteral("dropped"));
    }

    void status500IsThePortalsProblemFormat()
    {
        QVERIFY(m_proxy->addRule({.fault = FaultProxy::Fault::Status500, .path = QStringLiteral("^/api/v1/info$")})
                    .isEmpty());
        const auto r = fetchInfo();
        QVERIFY(r && !r->hasValue());
        QCOMPARE(kindName(r->error().kind), kindName(PortalError::Kind::HttpError));
        QCOMPARE(r->error().httpStatus, 500);
        QCOMPARE(r->error().problemCode, QStringLiteral("internal_error"));
        QCOMPARE(m_proxy->requests().last().forwarded, 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
