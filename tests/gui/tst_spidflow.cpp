// "Entra con SPID" end to end on real components: the app's login window, the SPID window (Qt WebEngine, loaded as a
// plugin), the portal's SAML service provider and the test identity provider over real TLS, real SAML messages, the
// first-access mail read from the Maildir, the PKCE code exchange, tokens in gnome-keyring. The test plays the user by
// running JavaScript in the pages. Runs inside tests/support/with-keyring.sh.
#include "app/portal/ConnectivityMonitor.h"
#include "smartcard/CardService.h"
#include "tests/support/MailSink.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/spid/SpidLoginController.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace inlinea;

class TestSpidFlow : public QObject {
    Q_OBJECT

    test::PortalFixture m_portal{test::PortalFixture::Options{.spid = true}};
    QTemporaryDir m_dir;
    smartcard::CardService m_cards;
    int m_files = 0;

    // The activation link of the newest mail in the sink.
    QUrl activationLink() const
    {
        const QString link = test::MailSink(m_portal.maildir())
                                 .firstMatch(QStringLiteral("https://\\S+/anagrafica/attiva\\?id=[A-Za-z0-9_\\-]+"));
        return link.isEmpty() ? QUrl() : QUrl(link);
    }

    // Plays the user on whatever page is showing; returns when the SPID window is gone.
    void drive(ui::AppController& controller, const QString& username, const QString& consentButton)
    {
        QPointer<QDialog> dialog = controller.spidLogin()->dialog();
        QVERIFY(dialog);
        auto* view = dialog->findChild<QWebEngineView*>(QStringLiteral("spidView"));
        QVERIFY(view);
        QString lastStep;
        connect(view, &QWebEngineView::loadFinished, this, [this, view, username, consentButton, &lastStep](bool) {
            const QString script = QStringLiteral(R"JS(
(function(){
  var q = function(id){ return document.getElementById(id); };
  if (q('spid-idp-0')) { q('spid-idp-0').click(); return 'chooser'; }
  if (q('login-form')) { q('username').value = '%1'; q('password').value = 'test'; q('login').click(); return 'login'; }
  if (q('consent-form')) { q('%2').click(); return 'consent'; }
  if (q('conferma-mail')) { q('email').value = 'mario.rossi@example.it'; q('procedi').click(); return 'email'; }
  if (q('verifica-email')) { return 'verify'; }
  if (q('error-code')) { return 'error:' + q('error-code').textContent.trim(); }
  return document.title;
})())JS")
                                       .arg(username, consentButton);
            view->page()->runJavaScript(script, [this, view, &lastStep](const QVariant& step) {
                lastStep = step.toString();
                qInfo() << "page" << view->url().toString(QUrl::RemoveQuery) << "->" << lastStep;
                if (lastStep.startsWith(QLatin1String("error:"))) {
                    // The portal's error page stays on screen; the user reads it and closes the window.
                    QTimer::singleShot(300, view->window(), [view] { view->window()->close(); });
                }
                if (lastStep == QLatin1String("verify")) {
                    // The user opens the link from the mail, in the same window.
                    QTRY_VERIFY_WITH_TIMEOUT(!activationLink().isEmpty(), 15000);
                    view->load(activationLink());
                }
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 90000);
    }

    static void pressSpidOnceOnline(ui::AppController& controller)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            controller.monitor() && controller.monitor()->state() == portal::ConnectivityMonitor::State::Online, 20000);
        QTest::mouseClick(controller.loginWindow()->findChild<QPushButton*>(QStringLiteral("spidButton")),
                          Qt::LeftButton);
    }

    ui::AppController* makeController(settings::AppSettings& settings)
    {
        settings.setPortalUrl(m_portal.baseUrl());
        settings.setExtraCaFile(m_portal.caFile());
        auto* controller = new ui::AppController(settings, &m_cards, this);
        controller->start();
        return controller;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        const QString why = m_portal.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void firstAccessThroughTheMailLinkThenLoggedIn()
    {
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        std::unique_ptr<ui::AppController> controller(makeController(settings));
        pressSpidOnceOnline(*controller);
        drive(*controller, QStringLiteral("mario.rossi"), QStringLiteral("consent"));
        QTRY_VERIFY_WITH_TIMEOUT(controller->isLoggedIn(), 30000);
        QVERIFY(controller->mainWindow()->isVisible());
        QCOMPARE(controller->mainWindow()->findChild<QLabel*>(QStringLiteral("userNameLabel"))->text(),
                 QStringLiteral("Mario Rossi"));
    }

    void deniedConsentEndsOnItsMessage()
    {
        settings::AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        std::unique_ptr<ui::AppController> controller(makeController(settings));
        pressSpidOnceOnline(*controller);
        drive(*controller, QStringLiteral("anna.bianchi"), QStringLiteral("deny"));
        auto* notice = controller->loginWindow()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(notice->text().contains(QStringLiteral("NO ACCONSENTO")), qPrintable(notice->text()),
                                  20000);
        QVERIFY(!controller->isLoggedIn());
    }
};

int main(int argc, char* argv[])
{
    // As in the app: WebEngine needs shared contexts from the start.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSpidFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spidflow.moc"
