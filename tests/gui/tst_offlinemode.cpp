// With the portal down the user can still open what was saved on this computer: the login window offers it, the
// main window shows the cached list without a session, changes wait in the outbox, and the next login sends them.
#include "app/session/UserSession.h"
#include "app/store/LocalDatabase.h"
#include "app/sync/SyncEngine.h"
#include "smartcard/CardService.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/PortalSession.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;

namespace {
const QString Compilatore = QStringLiteral("RSSMRA85T10A562S");
}

class TestOfflineMode : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    smartcard::CardService m_cards; // no pcscd here: the card side says so

private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void savedDataOpensWithThePortalDownAndChangesGoOutAtTheNextLogin()
    {
        test::PortalFixture::Options options;
        options.seed = true;
        test::PortalFixture portal(options);
        QString why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString host = portal.baseUrl().host();
        const QString dbPath = store::LocalDatabase::defaultPath(host, Compilatore);

        // A first session saw the data (what the app does after a login).
        {
            auto seen = test::PortalSession::open(portal, Compilatore, dbPath, &why);
            QVERIFY2(seen, qPrintable(why));
            seen->user().sync()->syncNow();
            QTRY_COMPARE_WITH_TIMEOUT(seen->user().anagrafiche().count({}).value(), 25, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(seen->user().sync()->state(), sync::SyncEngine::State::Idle, 20000);
        }
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("s.ini")));
        settings.setPortalUrl(portal.baseUrl());
        settings.setExtraCaFile(portal.caFile());
        settings.setLastUser(host, Compilatore);
        portal.stop();

        ui::AppController controller(settings, &m_cards);
        controller.start();
        auto* offline = controller.loginWindow()->findChild<QPushButton*>(QStringLiteral("offlineButton"));
        QVERIFY(offline);
        QTRY_VERIFY(offline->isVisible());
        offline->click();
        QVERIFY(controller.isOffline());
        QVERIFY(!controller.isLoggedIn());
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!controller.loginWindow()->isVisible());
        auto* table = controller.mainWindow()->findChild<QTableView*>(QStringLiteral("anagraficheTable"));
        QTRY_COMPARE(table->model()->rowCount(), 25);
        QVERIFY(controller.mainWindow()
                    ->findChild<QLabel*>(QStringLiteral("userNameLabel"))
                    ->text()
                    .contains(QStringLiteral("Mario Rossi")));

        // An edit made offline waits.
        session::UserSession* user = controller.userSession();
        QVERIFY(user);
        anagrafiche::Anagrafica edited = user->anagrafiche().all().value().first();
        edited.telefono = QStringLiteral("02 5550000");
        QVERIFY(user->sync()->saveAnagrafica(edited));
        QTest::qWait(200);
        QCOMPARE(user->sync()->pendingCount(), 1);

        // "Esci" goes back to the login window, which still offers the saved data.
        controller.mainWindow()->findChild<QPushButton*>(QStringLiteral("logoutButton"))->click();
        QVERIFY(!controller.isOffline());
        QVERIFY(controller.loginWindow()->isVisible());
        QVERIFY(offline->isVisible());

        // The next login uses the same local database: the change goes out.
        why = portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto next = test::PortalSession::open(portal, Compilatore, dbPath, &why);
        QVERIFY2(next, qPrintable(why));
        QCOMPARE(next->user().sync()->pendingCount(), 1);
        next->user().sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(next->user().sync()->pendingCount(), 0, 20000);
        QCOMPARE(next->user().anagrafiche().find(edited.id).value()->telefono, QStringLiteral("02 5550000"));
    }
};

QTEST_MAIN(TestOfflineMode)
#include "tst_offlinemode.moc"
