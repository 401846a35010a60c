#include "tests/support/TestEnvironment.h"
#include "ui/LoginWindow.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace inlinea;
using portal::Flavour;
using portal::LoginMethod;
using portal::PortalInfo;

namespace {
PortalInfo info(Flavour flavour, QList<LoginMethod> methods, bool registration, bool reset = true)
{
    PortalInfo i;
    i.apiVersion = QStringLiteral("1");
    i.name = QStringLiteral("Portale di prova");
    i.authority = QStringLiteral("Città Metropolitana di Milano");
    i.flavour = flavour;
    i.loginMethods = std::move(methods);
    i.registrationEnabled = registration;
    i.credentials.login = i.loginMethods.contains(LoginMethod::Password);
    i.credentials.registration = registration;
    i.credentials.passwordReset = i.credentials.login && reset;
    return i;
}
} // namespace

class TestLoginWindow : public QObject {
    Q_OBJECT

    static QPushButton* button(QWidget& w, const char* name)
    {
        return w.findChild<QPushButton*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void noButtonsBeforeThePortalAnswers()
    {
        ui::LoginWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("waitingLabel"))->isVisible());
        QVERIFY(!button(w, "spidButton")->isVisible());
        QVERIFY(!button(w, "cnsButton")->isVisible());
        QVERIFY(!button(w, "loginButton")->isVisible());
        QVERIFY(button(w, "settingsButton")->isVisible());
    }

    void buttonsFollowTheCapabilities_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QList<LoginMethod>>("methods");
        QTest::addColumn<bool>("registration");
        QTest::addColumn<bool>("spid");
        QTest::addColumn<bool>("cns");
        QTest::addColumn<bool>("password");
        QTest::addColumn<bool>("newUser");
        QTest::addColumn<bool>("legacyNote");
        QTest::addColumn<bool>("reset");
        QTest::newRow("inlinea") << int(Flavour::Inlinea) << QList<LoginMethod>{LoginMethod::Spid, LoginMethod::Cns}
                                 << false << true << true << false << false << true << true;
        QTest::newRow("inlinea legacy") << int(Flavour::Inlinea)
                                        << QList<LoginMethod>{LoginMethod::Spid, LoginMethod::Cns,
                                                              LoginMethod::Password}
                                        << false << true << true << true << false << true << true;
        QTest::newRow("comune") << int(Flavour::Comune) << QList<LoginMethod>{LoginMethod::Password, LoginMethod::Spid}
                                << true << true << false << true << true << false << true;
        QTest::newRow("comune without reset")
            << int(Flavour::Comune) << QList<LoginMethod>{LoginMethod::Password, LoginMethod::Spid} << true << true
            << false << true << true << false << false;
    }
    void buttonsFollowTheCapabilities()
    {
        QFETCH(int, flavour);
        QFETCH(QList<LoginMethod>, methods);
        QFETCH(bool, registration);
        QFETCH(bool, spid);
        QFETCH(bool, cns);
        QFETCH(bool, password);
        QFETCH(bool, newUser);
        QFETCH(bool, legacyNote);
        QFETCH(bool, reset);
        ui::LoginWindow w;
        w.setPortalInfo(info(static_cast<Flavour>(flavour), methods, registration, reset));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(button(w, "spidButton")->isVisible(), spid);
        QCOMPARE(button(w, "cnsButton")->isVisible(), cns);
        QCOMPARE(button(w, "loginButton")->isVisible(), password);
        QCOMPARE(button(w, "forgotButton")->isVisible(), password && reset);
        QCOMPARE(button(w, "registerButton")->isVisible(), password && newUser);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("legacyNote"))->isVisible(), legacyNote);
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("waitingLabel"))->isVisible());
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("portalNameLabel"))
                    ->text()
                    .contains(QStringLiteral("Portale di prova")));
    }

    void signals()
    {
        ui::LoginWindow w;
        w.setPortalInfo(info(Flavour::Comune, {LoginMethod::Password, LoginMethod::Spid, LoginMethod::Cns}, true));
        w.show();
        QSignalSpy spid(&w, &ui::LoginWindow::spidRequested);
        QSignalSpy cns(&w, &ui::LoginWindow::cnsRequested);
        QSignalSpy login(&w, &ui::LoginWindow::passwordLoginRequested);
        QTest::mouseClick(button(w, "spidButton"), Qt::LeftButton);
        QTest::mouseClick(button(w, "cnsButton"), Qt::LeftButton);
        QCOMPARE(spid.count(), 1);
        QCOMPARE(cns.count(), 1);

        // Empty fields: a message, no attempt.
        QTest::mouseClick(button(w, "loginButton"), Qt::LeftButton);
        QCOMPARE(login.count(), 0);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("noticeLabel"))->isVisible());

        auto* user = w.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        auto* password = w.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(user, QStringLiteral("mariorossi"));
        QTest::keyClicks(password, QStringLiteral("segreta-123"));
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(login.count(), 1);
        QCOMPARE(login.first().at(0).toString(), QStringLiteral("mariorossi"));
        // The window does not keep the password once handed over.
        QVERIFY(password->text().isEmpty());
    }
};

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
