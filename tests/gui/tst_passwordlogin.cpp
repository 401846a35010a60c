// The portal's own credentials through the app, on the real portal and keyring: which buttons each portal gets, a
// wrong password, a login that opens the main window (tokens in the keyring, never the password), the temporary
// password that must be changed before anything else, and an account without a codice fiscale.
#include "app/auth/CredentialsApi.h"
#include "app/auth/TokenStore.h"
#include "app/portal/ConnectivityMonitor.h"
#include "app/session/UserSession.h"
#include "smartcard/CardService.h"
#include "tests/support/MailSink.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/credentials/PasswordChangeDialog.h"
#include "ui/credentials/PasswordLoginController.h"
#include "ui/profile/ProfilePage.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace inlinea;

namespace {

const QString MarioUserId = QStringLiteral("mario_rossi85");
const QString MarioPassword = QStringLiteral("Inlinea-Prova-2026");

// Whether `needle` occurs in any file under `dir` (the password must be in none of the app's files).
bool occursUnder(const QString& dir, const QByteArray& needle)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestPasswordLogin : public QObject {
    Q_OBJECT

    test::PortalFixture m_comune{
        test::PortalFixture::Options{.flavour = QStringLiteral("comune"), .seed = true, .spid = true}};
    QTemporaryDir m_dir;
    smartcard::CardService m_cards;
    int m_settingsFiles = 0;

    std::unique_ptr<ui::AppController> start(test::PortalFixture& portal,
                                             std::unique_ptr<settings::AppSettings>& settings)
    {
        settings =
            std::make_unique<settings::AppSettings>(m_dir.filePath(QStringLiteral("s%1.ini").arg(++m_settingsFiles)));
        settings->setPortalUrl(portal.baseUrl());
        settings->setExtraCaFile(portal.caFile());
        auto controller = std::make_unique<ui::AppController>(*settings, &m_cards);
        controller->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(controller->monitor() && controller->monitor()->info(), 20000); }();
        return controller;
    }

    static QPushButton* button(QWidget* w, const char* name)
    {
        return w->findChild<QPushButton*>(QString::fromLatin1(name));
    }
    static QLineEdit* edit(QWidget* w, const char* name) { return w->findChild<QLineEdit*>(QString::fromLatin1(name)); }
    static QString notice(ui::AppController& c)
    {
        return c.loginWindow()->findChild<QLabel*>(QStringLiteral("noticeLabel"))->text();
    }

    static void typeCredentials(ui::AppController& c, const QString& userId, const QString& password)
    {
        ui::LoginWindow* w = c.loginWindow();
        edit(w, "usernameEdit")->setText(userId);
        edit(w, "passwordEdit")->setText(password);
        QTest::mouseClick(button(w, "loginButton"), Qt::LeftButton);
    }

    // A temporary password for `userId`, through "Password dimenticata?" of the portal and the mail sink.
    QString temporaryPassword(auth::CredentialsApi* api, const QString& userId, const QString& answer)
    {
        const int before = test::MailSink(m_comune.maildir()).count();
        std::optional<bool> answered;
        api->answerSecurityQuestion(userId, answer, this,
                                    [&answered](const Status<auth::CredentialsError>& s) { answered = bool(s); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answered.has_value() && *answered, 15000); }();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(test::MailSink(m_comune.maildir()).count() > before, 15000); }();
        return test::MailSink(m_comune.maildir()).firstMatch(QStringLiteral("Password temporanea: (\\S+)"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        QVERIFY(m_dir.isValid());
        const QString why = m_comune.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void eachPortalOffersWhatItHas()
    {
        std::unique_ptr<settings::AppSettings> settings;
        auto comune = start(m_comune, settings);
        ui::LoginWindow* w = comune->loginWindow();
        QVERIFY(button(w, "loginButton")->isVisible());
        QVERIFY(button(w, "registerButton")->isVisible());
        QVERIFY(button(w, "forgotButton")->isVisible());

        // Inlinea: no new credentials since 2021; with the legacy ones still accepted, login and reset only.
        test::PortalFixture legacy(test::PortalFixture::Options{.seed = true, .legacyCredentials = true});
        QString why = legacy.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        std::unique_ptr<settings::AppSettings> legacySettings;
        auto old = start(legacy, legacySettings);
        w = old->loginWindow();
        QVERIFY(button(w, "loginButton")->isVisible());
        QVERIFY(!button(w, "registerButton")->isVisible());
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("legacyNote"))->isVisible());

        test::PortalFixture inlinea(test::PortalFixture::Options{.seed = true});
        why = inlinea.start();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        std::unique_ptr<settings::AppSettings> inlineaSettings;
        auto plain = start(inlinea, inlineaSettings);
        w = plain->loginWindow();
        QVERIFY(!button(w, "loginButton")->isVisible());
        QVERIFY(!button(w, "registerButton")->isVisible());
        QVERIFY(!button(w, "forgotButton")->isVisible());
    }

    void wrongPasswordSaysSoAndKeepsTheUserId()
    {
        std::unique_ptr<settings::AppSettings> settings;
        auto c = start(m_comune, settings);
        typeCredentials(*c, MarioUserId, QStringLiteral("Sbagliata-2026!"));
        QTRY_VERIFY_WITH_TIMEOUT(notice(*c).contains(QStringLiteral("non corretti")), 15000);
        QVERIFY(!c->isLoggedIn());
        QCOMPARE(edit(c->loginWindow(), "usernameEdit")->text(), MarioUserId);
        QVERIFY(edit(c->loginWindow(), "passwordEdit")->text().isEmpty());
    }

    void loginOpensTheMainWindowAndKeepsOnlyTokens()
    {
        std::unique_ptr<settings::AppSettings> settings;
        auto c = start(m_comune, settings);
        typeCredentials(*c, MarioUserId, MarioPassword);
        QTRY_VERIFY_WITH_TIMEOUT(c->isLoggedIn(), 20000);
        QVERIFY(c->mainWindow()->isVisible());
        QVERIFY(!c->loginWindow()->isVisible());
        QCOMPARE(c->mainWindow()->findChild<QLabel*>(QStringLiteral("userNameLabel"))->text(),
                 QStringLiteral("Mario Rossi"));

        // The tokens are in the keyring; the password is nowhere on disk.
        auth::TokenStore store(QStringLiteral("Inlinea Desktop"));
        std::optional<std::optional<auth::Tokens>> kept;
        store.load(settings->portalUrl(), this,
                   [&kept](const Result<std::optional<auth::Tokens>, auth::KeyringError>& r) {
                       kept = r ? r.value() : std::nullopt;
                   });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), 10000);
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->authMethod, QStringLiteral("password"));
        settings->sync();
        QVERIFY(!occursUnder(m_dir.path(), MarioPassword.toUtf8()));
        QVERIFY(
            !occursUnder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), MarioPassword.toUtf8()));

        // The profile reminds that the data are a self-declaration, and offers the password change.
        auto* profile = c->mainWindow()->profilePage();
        auto* reminder = profile->findChild<QLabel*>(QStringLiteral("selfDeclaredNote"));
        QTRY_VERIFY_WITH_TIMEOUT(!reminder->isHidden(), 15000);
        QVERIFY(reminder->text().contains(QStringLiteral("autocertificazione")));
        QVERIFY(!button(profile, "changePasswordButton")->isHidden());
        QCOMPARE(profile->findChild<QLabel*>(QStringLiteral("userIdLabel"))->text(), MarioUserId);
    }

    void temporaryPasswordMustBeChangedFirst()
    {
        std::unique_ptr<settings::AppSettings> settings;
        auto c = start(m_comune, settings);
        const QString temporary = temporaryPassword(c->passwordLogin()->api(), MarioUserId, QStringLiteral("  FIDO "));
        QVERIFY(!temporary.isEmpty());

        typeCredentials(*c, MarioUserId, temporary);
        ui::PasswordChangeDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = c->loginWindow()->findChild<ui::PasswordChangeDialog*>()) && dialog->isVisible(), 15000);
        QVERIFY(!c->isLoggedIn()); // nothing opens before the new password is chosen
        const QString chosen = QStringLiteral("Nuova-Password-2026");
        edit(dialog, "newPasswordEdit")->setText(chosen);
        edit(dialog, "repeatPasswordEdit")->setText(chosen);
        QTRY_VERIFY(button(dialog, "saveButton")->isEnabled());
        QTest::mouseClick(button(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(c->isLoggedIn(), 20000);
        QVERIFY(c->mainWindow()->isVisible());

        // The new password is the one that works from now on; the seeded one is restored for the other cases.
        auth::CredentialsApi* api = c->passwordLogin()->api();
        std::optional<bool> restored;
        auto refresher = c->sessionTokens();
        refresher->accessToken(this, [&](const auto& token) {
            QVERIFY(bool(token));
            api->changePassword(token.value(), chosen, MarioPassword, this,
                                [&restored](const Status<auth::CredentialsError>& s) { restored = bool(s); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 15000);
        QVERIFY(*restored);
    }

    void accountWithoutCodiceFiscaleHasItsOwnData()
    {
        std::unique_ptr<settings::AppSettings> settings;
        auto c = start(m_comune, settings);
        auth::CredentialsApi* api = c->passwordLogin()->api();
        auth::RegistrationRequest request;
        request.tipo = QStringLiteral("turisti");
        request.profilo = QStringLiteral("base");
        request.userId = QStringLiteral("anna_turista");
        request.password = QStringLiteral("Vacanze-Milano-2026");
        request.email = QStringLiteral("anna.turista@example.org");
        request.securityQuestionId = QStringLiteral("q1");
        request.securityAnswer = QStringLiteral("Micio");
        request.nome = QStringLiteral("Anna");
        request.cognome = QStringLiteral("Turista");
        request.accettoAutocertificazione = true;
        std::optional<bool> registered;
        api->registerAccount(request, this,
                             [&registered](const Result<QString, auth::CredentialsError>& r) { registered = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 15000);
        QVERIFY(*registered);
        QString token;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(token = test::MailSink(m_comune.maildir())
                          .firstMatch(QStringLiteral("register/confirm\\?token=([A-Za-z0-9_\\-]+)")))
                 .isEmpty(),
            15000);
        std::optional<bool> confirmed;
        api->confirmEmail(token, this,
                          [&confirmed](const Result<QString, auth::CredentialsError>& r) { confirmed = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(confirmed.has_value(), 15000);
        QVERIFY(*confirmed);

        typeCredentials(*c, request.userId, request.password);
        QTRY_VERIFY_WITH_TIMEOUT(c->isLoggedIn(), 20000);
        QVERIFY(c->userSession()); // its local database exists, filed under the User ID
        QCOMPARE(settings->lastUser(m_comune.baseUrl().host()), QStringLiteral("USER:ANNA_TURISTA"));
    }
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    TestPasswordLogin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passwordlogin.moc"
