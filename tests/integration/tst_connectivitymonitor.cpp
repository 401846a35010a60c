#include "app/portal/ConnectivityMonitor.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace inlinea;
using namespace inlinea::portal;
using State = ConnectivityMonitor::State;

class TestConnectivityMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void followsThePortalGoingAwayAndComingBack()
    {
        test::PortalFixture portal;
        QString why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));

        const auto tls = TlsTrust::configuration(portal.caFile());
        QVERIFY(tls);
        PortalClient client(portal.baseUrl(), tls.value());
        client.setTimeout(std::chrono::seconds(3));
        ConnectivityMonitor monitor(&client);
        monitor.setIntervals(std::chrono::milliseconds(300), std::chrono::milliseconds(300));
        QList<State> seen;
        connect(&monitor, &ConnectivityMonitor::stateChanged, this, [&seen](State s) { seen.append(s); });

        QCOMPARE(monitor.state(), State::Checking);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, 10000);
        QVERIFY(monitor.info());
        QVERIFY(!monitor.lastError());

        portal.stop();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Unreachable, 10000);
        QVERIFY(monitor.lastError());
        QCOMPARE(kindName(monitor.lastError()->kind), kindName(PortalError::Kind::ConnectionRefused));

        why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, 10000);
        QCOMPARE(seen.first(), State::Online);
        QVERIFY(seen.contains(State::Unreachable));
        QCOMPARE(seen.last(), State::Online);
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "tst_connectivitymonitor.moc"
