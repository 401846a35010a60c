#include "tests/support/PortalFixture.h"
#include "tests/support/SilentServer.h"
#include "tests/support/TestEnvironment.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/widgets/PortalProbeWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace inlinea;
using inlinea::test::PortalFixture;

class TestFirstRunDialog : public QObject {
    Q_OBJECT

    PortalFixture m_portal;

    struct Ui {
        ui::FirstRunDialog dialog;
        QLineEdit* url = dialog.findChild<QLineEdit*>(QStringLiteral("portalUrlEdit"));
        QLineEdit* ca = dialog.findChild<QLineEdit*>(QStringLiteral("caFileEdit"));
        QPushButton* verify = dialog.findChild<QPushButton*>(QStringLiteral("verifyButton"));
        QPushButton* cont = dialog.findChild<QPushButton*>(QStringLiteral("continueButton"));
        QLabel* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
    };

    // Types the address as a user would and presses Enter; waits until the check is over.
    static void typeAndVerify(Ui& ui, const QString& url, const QString& ca)
    {
        ui.ca->clear();
        QTest::keyClicks(ui.ca, ca);
        ui.url->clear();
        QTest::keyClicks(ui.url, url);
        QTest::keyClick(ui.url, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.dialog.probe()->isChecking(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void successShowsThePortal()
    {
        Ui ui;
        ui.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ui.dialog));
        QVERIFY(!ui.cont->isEnabled());

        typeAndVerify(ui, QStringLiteral("localhost:%1").arg(m_portal.port()), m_portal.caFile());
        QVERIFY(ui.cont->isEnabled());
        QVERIFY(ui.dialog.probe()->info());
        QVERIFY2(ui.status->text().contains(ui.dialog.probe()->info()->name.toHtmlEscaped()),
                 qPrintable(ui.status->text()));
        QVERIFY(ui.status->text().contains(QStringLiteral("SPID")));
        QCOMPARE(ui.url->text(), m_portal.baseUrl().toString()); // normalised

        // Changing the address again withdraws the verification.
        QTest::keyClick(ui.url, Qt::Key_Backspace);
        QVERIFY(!ui.cont->isEnabled());
    }

    void eachBadAddressHasItsMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<QString>("expected"); // a phrase of the Italian message

        QTest::newRow("http") << QStringLiteral("http://localhost:%1").arg(m_portal.port()) << true << "https://";
        QTest::newRow("malformed") << "https://exa mple" << true << "non è valido";
        QTest::newRow("unknown host") << "https://portale.invalid" << true << "non esiste";
        QTest::newRow("refused") << QStringLiteral("https://localhost:%1").arg(PortalFixture::freePort()) << true
                                 << "rifiutato la connessione";
        QTest::newRow("untrusted") << m_portal.baseUrl().toString() << false << "autorità attendibile";
        QTest::newRow("not a portal") << m_portal.baseUrl().toString() + QStringLiteral("/altro") << true
                                      << "non è un portale";
    }
    void eachBadAddressHasItsMessage()
    {
        QFETCH(QString, url);
        QFETCH(bool, withCa);
        QFETCH(QString, expected);
        Ui ui;
        ui.dialog.show();
        typeAndVerify(ui, url, withCa ? m_portal.caFile() : QString());
        QVERIFY(!ui.cont->isEnabled());
        QVERIFY2(ui.status->text().contains(expected), qPrintable(ui.status->text()));
        // The address stays as typed so the user can correct it.
        QCOMPARE(ui.url->text(), url);
        QVERIFY(ui.url->isEnabled());
    }

    void timeoutDoesNotHangAndCanBeCancelled()
    {
        test::SilentServer silent;
        Ui ui;
        ui.dialog.probe()->setTimeout(std::chrono::milliseconds(700));
        ui.dialog.show();
        typeAndVerify(ui, QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()), QString());
        QVERIFY2(ui.status->text().contains(QStringLiteral("non ha risposto in tempo")), qPrintable(ui.status->text()));

        // A user who does not want to wait presses "Annulla verifica" while the window stays responsive.
        ui.dialog.probe()->setTimeout(std::chrono::seconds(30));
        QTest::mouseClick(ui.verify, Qt::LeftButton);
        QVERIFY(ui.dialog.probe()->isChecking());
        auto* cancel = ui.dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!ui.dialog.probe()->isChecking());
        QVERIFY(ui.status->text().contains(QStringLiteral("annullata")));
    }

    void expiredCertificate()
    {
        PortalFixture expired(PortalFixture::Options{.certificate = QStringLiteral("expired-server")});
        const QString why = expired.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        Ui ui;
        ui.dialog.show();
        typeAndVerify(ui, expired.baseUrl().toString(), expired.caFile());
        QVERIFY2(ui.status->text().contains(QStringLiteral("scaduto")), qPrintable(ui.status->text()));
    }

    void unreadableCaFile()
    {
        Ui ui;
        ui.dialog.show();
        typeAndVerify(ui, m_portal.baseUrl().toString(), QStringLiteral("/nonexistent/ca.pem"));
        QVERIFY2(ui.status->text().contains(QStringLiteral("non può essere letto")), qPrintable(ui.status->text()));
    }
};

QTEST_MAIN(TestFirstRunDialog)
#include "tst_firstrundialog.moc"
