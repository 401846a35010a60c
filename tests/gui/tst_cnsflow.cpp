// The whole "Entra con CNS" as a user lives it, on real components: the login window with the card panel, our PIN
// dialog, the virtual CNS card behind the real pcscd, the portal's CNS endpoint, gnome-keyring; then the card pulled
// while logged in. Runs inside tests/support/with-keyring.sh.
#include "app/card/CardMonitor.h"
#include "app/portal/ConnectivityMonitor.h"
#include "smartcard/CardService.h"
#include "tests/smartcard/CnsPortalStack.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/PinDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace inlinea;
using test::CardStackFixture;

class TestCnsFlow : public QObject {
    Q_OBJECT

    test::CnsPortalStack m_stack;
    test::PortalFixture* m_portal = nullptr;
    QTemporaryDir m_dir;

    // Answers the PIN dialog as soon as it opens (it runs its own modal loop).
    void answerPinDialog(const QString& pin, QString* triesSeen)
    {
        QTimer::singleShot(100, this, [this, pin, triesSeen] {
            auto* dialog = qobject_cast<ui::PinDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                answerPinDialog(pin, triesSeen);
                return;
            }
            *triesSeen = dialog->findChild<QLabel*>(QStringLiteral("triesLabel"))->text();
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("pinEdit")), pin);
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
        const QString why = m_stack.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_portal = &m_stack.portal();
    }

    void wrongPinThenLoginThenCardPulled()
    {
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setPortalUrl(m_portal->baseUrl());
        settings.setExtraCaFile(m_portal->caFile());
        smartcard::CardService cards;
        ui::AppController controller(settings, &cards);
        controller.start();
        ui::LoginWindow* login = controller.loginWindow();
        QVERIFY(QTest::qWaitForWindowExposed(login));
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.monitor() && controller.monitor()->state() == portal::ConnectivityMonitor::State::Online, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.cardMonitor()->state() == card::CardMonitor::State::Ready, 20000);
        // The card panel shows whose card it is before any PIN.
        QTRY_COMPARE(login->findChild<QLabel*>(QStringLiteral("holderLabel"))->text(), QStringLiteral("MARIO ROSSI"));
        QCOMPARE(login->findChild<QLabel*>(QStringLiteral("cfLabel"))->text(), QStringLiteral("RSSMRA85T10A562S"));

        auto* cns = login->findChild<QPushButton*>(QStringLiteral("cnsButton"));
        auto* notice = login->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QString triesSeen;

        // A wrong PIN: one try spent, a message with the tries left, nothing retried.
        answerPinDialog(QStringLiteral("99999"), &triesSeen);
        QTest::mouseClick(cns, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("PIN errato")), 20000);
        QCOMPARE(triesSeen, QStringLiteral("Tentativi rimasti: 3"));
        QVERIFY2(notice->text().contains(QStringLiteral("2")), qPrintable(notice->text()));
        QVERIFY(!controller.isLoggedIn());
        QTRY_COMPARE_WITH_TIMEOUT(login->findChild<QLabel*>(QStringLiteral("triesLabel"))->text(), QStringLiteral("2"),
                                  20000);

        // The right PIN: the main window opens as that user.
        answerPinDialog(QStringLiteral("12345"), &triesSeen);
        QTest::mouseClick(cns, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isLoggedIn(), 30000);
        QCOMPARE(triesSeen, QStringLiteral("Tentativi rimasti: 2"));
        QVERIFY(controller.mainWindow()->isVisible());
        QVERIFY(!login->isVisible());
        // The name as the portal knows the user.
        QCOMPARE(controller.mainWindow()->findChild<QLabel*>(QStringLiteral("userNameLabel"))->text().toUpper(),
                 QStringLiteral("MARIO ROSSI"));

        // The card leaves the reader: the session ends and the user is told why.
        m_stack.cards().remove();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoggedIn(), 20000);
        QVERIFY(login->isVisible());
        QVERIFY(!controller.mainWindow()->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("rimossa")), qPrintable(notice->text()));
    }
};

QTEST_MAIN(TestCnsFlow)
#include "tst_cnsflow.moc"
