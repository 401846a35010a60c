#include "app/card/CardMonitor.h"
#include "app/portal/ConnectivityMonitor.h"
#include "smartcard/CardService.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/widgets/PortalProbeWidget.h"
#include "ui/widgets/PortalStatusWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using State = portal::ConnectivityMonitor::State;

class TestAppController : public QObject {
    Q_OBJECT

    test::PortalFixture m_portal;
    // No pcscd runs for these tests: the card side reports "service not running".
    smartcard::CardService m_cards;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshSettingsFile() { return m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void firstRunThenLogin()
    {
        settings::AppSettings settings(freshSettingsFile());
        ui::AppController controller(settings, &m_cards);
        controller.start();
        QVERIFY(controller.firstRunDialog());
        QCOMPARE(controller.firstWindow(), controller.firstRunDialog());
        QVERIFY(!controller.loginWindow());

        ui::FirstRunDialog* dialog = controller.firstRunDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->probe()->setCaFile(m_portal.caFile());
        dialog->probe()->setAddress(m_portal.baseUrl().toString());
        dialog->probe()->verify();
        auto* cont = dialog->findChild<QPushButton*>(QStringLiteral("continueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(cont->isEnabled(), 20000);
        QTest::mouseClick(cont, Qt::LeftButton);

        QVERIFY(controller.loginWindow());
        QVERIFY(controller.loginWindow()->isVisible());
        QCOMPARE(settings.portalUrl(), m_portal.baseUrl());
        QCOMPARE(settings.extraCaFile(), m_portal.caFile());
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor() && controller.monitor()->state() == State::Online, 20000);
        QVERIFY(controller.loginWindow()->findChild<QPushButton*>(QStringLiteral("spidButton"))->isVisible());
        QCOMPARE(controller.loginWindow()->portalStatus()->text(), QStringLiteral("Portale online"));
    }

    void leavingTheFirstRunQuits()
    {
        settings::AppSettings settings(freshSettingsFile());
        ui::AppController controller(settings, &m_cards);
        QSignalSpy quit(&controller, &ui::AppController::quitRequested);
        controller.start();
        controller.firstRunDialog()->reject();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!settings.hasPortal());
    }

    void configuredPortalGoesStraightToLoginAndFollowsOutages()
    {
        test::PortalFixture portal;
        QString why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        settings::AppSettings settings(freshSettingsFile());
        settings.setPortalUrl(portal.baseUrl());
        settings.setExtraCaFile(portal.caFile());
        ui::AppController controller(settings, &m_cards);
        controller.start();
        QVERIFY(!controller.firstRunDialog());
        QCOMPARE(controller.firstWindow(), controller.loginWindow());
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor() && controller.monitor()->state() == State::Online, 20000);
        // Check often, so a check already under way when the portal goes or comes back is soon followed by another.
        controller.monitor()->setIntervals(std::chrono::milliseconds(300), std::chrono::milliseconds(300));

        portal.stop();
        controller.monitor()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor() && controller.monitor()->state() == State::Unreachable, 20000);
        QCOMPARE(controller.loginWindow()->portalStatus()->text(),
                 QStringLiteral("Portale non raggiungibile: connessione rifiutata"));
        // The buttons learnt while online stay usable.
        QVERIFY(controller.loginWindow()->findChild<QPushButton*>(QStringLiteral("cnsButton"))->isVisible());

        why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        controller.monitor()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor() && controller.monitor()->state() == State::Online, 20000);
    }

    void cnsWithoutCardServiceSaysWhatToDo()
    {
        settings::AppSettings settings(freshSettingsFile());
        settings.setPortalUrl(m_portal.baseUrl());
        settings.setExtraCaFile(m_portal.caFile());
        ui::AppController controller(settings, &m_cards);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor() && controller.monitor()->state() == State::Online, 20000);
        // The card service reports "no PC/SC service" once it has tried to reach pcscd.
        QTRY_COMPARE_WITH_TIMEOUT(controller.cardMonitor()->state(), card::CardMonitor::State::NoService, 20000);
        QTest::mouseClick(controller.loginWindow()->findChild<QPushButton*>(QStringLiteral("cnsButton")),
                          Qt::LeftButton);
        auto* notice = controller.loginWindow()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QVERIFY(notice->isVisible());
        // No pcscd runs here: the message names the service and how to start it.
        QVERIFY2(notice->text().contains(QStringLiteral("pcscd")), qPrintable(notice->text()));
        QVERIFY(!controller.isLoggedIn());
    }

    void unreadableCaIsReported()
    {
        settings::AppSettings settings(freshSettingsFile());
        settings.setPortalUrl(m_portal.baseUrl());
        settings.setExtraCaFile(QStringLiteral("/nonexistent/ca.pem"));
        ui::AppController controller(settings, &m_cards);
        controller.start();
        auto* notice = controller.loginWindow()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        // The portal connection is made right after the first paint.
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY(notice->text().contains(QStringLiteral("/nonexistent/ca.pem")));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
