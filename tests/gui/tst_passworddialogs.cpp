// "Password dimenticata?" and the password change dialogs against the reference portal (comune flavour, seeded, with
// the mail sink): the reset through the dialog up to the temporary password in the mailbox, the forced change after a
// login with it, the voluntary change with a wrong and a right current password, what the dialogs reveal (nothing)
// for an unknown User ID or a wrong answer, and a lockout that says until when.
#include "app/auth/CredentialsApi.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenRefresher.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/Answer.h"
#include "tests/support/CredentialsPortal.h"
#include "tests/support/MailSink.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/credentials/CredentialsText.h"
#include "ui/credentials/PasswordChangeDialog.h"
#include "ui/credentials/PasswordResetDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

#include <memory>
#include <optional>

using namespace inlinea;
using auth::CredentialsError;
using domain::PasswordProblem;
using test::Answer;
using ui::CredentialsText;
using ui::PasswordChangeDialog;
using ui::PasswordResetDialog;

namespace {

const QString SeededUserId = QStringLiteral("mario_rossi85");
const QString SeededPassword = QStringLiteral("Inlinea-Prova-2026");
// The seed's second compilatore: CNS and SPID only, no password of the portal.
const QString SecondUser = QStringLiteral("NRELCU79D18A794O");
const QString ChosenPassword = QStringLiteral("Nuova-Scelta-2027!");
const QString VoluntaryPassword = QStringLiteral("Ancora-Diversa-2028");
const QString TemporaryPattern = QStringLiteral("Password temporanea: (\\S+)");
// Whatever the portal did with the answer, the dialog ends with this.
const QString DoneText = QStringLiteral("Se la risposta è corretta, riceverai a breve un'email con una password "
                                        "temporanea: accedi con quella e scegli subito una nuova password.");

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no child %s", name);
    }
    return found;
}

QLineEdit* edit(const QWidget& w, const char* name)
{
    return child<QLineEdit>(w, name);
}
QLabel* label(const QWidget& w, const char* name)
{
    return child<QLabel>(w, name);
}
QPushButton* button(const QWidget& w, const char* name)
{
    return child<QPushButton>(w, name);
}

// What the user reads in a label, empty when it is hidden.
QString shown(const QWidget& w, const char* name)
{
    QLabel* l = label(w, name);
    return l->isVisibleTo(&w) ? l->text() : QString();
}

void type(const QWidget& w, const char* name, const QString& text)
{
    QLineEdit* e = edit(w, name);
    e->setFocus();
    e->clear();
    QTest::keyClicks(e, text);
}

void click(const QWidget& w, const char* name)
{
    QPushButton* b = button(w, name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

QString describe(const CredentialsError& error)
{
    return QString::number(static_cast<int>(error.kind)) + QLatin1Char(' ') + QString::number(error.portal.httpStatus) +
           QLatin1Char(' ') + error.portal.problemCode;
}
template <typename T, typename E> QByteArray why(const Result<T, E>& result)
{
    return result ? QByteArray() : describe(result.error()).toUtf8();
}

} // namespace

class TestPasswordDialogs : public QObject {
    Q_OBJECT

    std::unique_ptr<test::CredentialsPortal> m_portal;
    auth::CredentialsApi* m_api = nullptr;
    portal::PortalClient* m_client = nullptr;
    portal::PortalCredentials m_credentials;
    QString m_seededQuestion;

    using LoginAnswer = Answer<Result<auth::LoginOutcome, CredentialsError>>;

    [[nodiscard]] test::MailSink mail() const { return test::MailSink(m_portal->fixture().maildir()); }

    // The reset through the dialog, as the user does it; the question shown and the User ID handed back.
    struct ResetRun {
        QString question;
        QString finishedFor;
        QString doneText;
    };
    void runReset(const QString& userId, const QString& answer, ResetRun& run, bool prefill = false)
    {
        PasswordResetDialog dialog(m_api);
        connect(&dialog, &PasswordResetDialog::answerSent, this,
                [&run](const QString& finishedFor) { run.finishedFor = finishedFor; });
        if (prefill) {
            dialog.setUserId(userId);
        }
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!prefill) {
            QVERIFY(!button(dialog, "resetNextButton")->isEnabled());
            type(dialog, "resetUserIdEdit", userId);
        }
        QCOMPARE(edit(dialog, "resetUserIdEdit")->text(), userId);
        click(dialog, "resetNextButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit(dialog, "resetAnswerEdit")->isVisible(), 30000);
        run.question = shown(dialog, "resetQuestionLabel");
        QVERIFY(!run.question.isEmpty());
        QVERIFY(!button(dialog, "resetNextButton")->isEnabled());
        type(dialog, "resetAnswerEdit", answer);
        QCOMPARE(button(dialog, "resetNextButton")->text(), QStringLiteral("Invia risposta"));
        click(dialog, "resetNextButton");
        QTRY_VERIFY_WITH_TIMEOUT(label(dialog, "resetDoneText")->isVisible(), 30000);
        run.doneText = shown(dialog, "resetDoneText");
        QVERIFY(shown(dialog, "resetMessage").isEmpty());
        QVERIFY(edit(dialog, "resetAnswerEdit")->text().isEmpty()); // the answer does not linger
        click(dialog, "resetNextButton");                           // "Chiudi"
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // A login with `password` that opens a session (not a change).
    [[nodiscard]] std::optional<auth::LoginSuccess> logIn(const QString& password)
    {
        LoginAnswer login;
        m_api->login(SeededUserId, password, this, login.callback());
        if (!login.wait() || !*login || login->value().changeRequired()) {
            qWarning() << "login failed:" << (login.wait() ? why(*login) : QByteArray("timeout"));
            return std::nullopt;
        }
        return *login->value().success();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        m_portal = std::make_unique<test::CredentialsPortal>();
        const QString failure = m_portal->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_api = m_portal->api();
        m_client = m_portal->client();
        m_credentials = m_portal->info().credentials;
        QVERIFY(m_credentials.passwordReset);
        for (const portal::SecurityQuestion& question : m_credentials.securityQuestions) {
            if (question.id == QLatin1String("q1")) {
                m_seededQuestion = question.text;
            }
        }
        QVERIFY(!m_seededQuestion.isEmpty());
    }

    void cleanupTestCase() { m_portal.reset(); }

    // An unknown User ID gets a plausible question and the same ending; nothing is mailed.
    void unknownUserIdRevealsNothing()
    {
        const int mails = mail().count();
        ResetRun run;
        runReset(QStringLiteral("nessuno_qui_42"), QStringLiteral("Fido"), run);
        if (QTest::currentTestFailed()) {
            return;
        }
        bool known = false;
        for (const portal::SecurityQuestion& question : m_credentials.securityQuestions) {
            known = known || question.text == run.question;
        }
        QVERIFY2(known, qPrintable(run.question));
        QCOMPARE(run.doneText, DoneText);
        QCOMPARE(run.finishedFor, QStringLiteral("nessuno_qui_42"));
        QTest::qWait(1500);
        QCOMPARE(mail().count(), mails);
    }

    // A wrong answer ends the same way; nothing is mailed.
    void wrongAnswerRevealsNothing()
    {
        const int mails = mail().count();
        ResetRun run;
        runReset(SeededUserId, QStringLiteral("Rex"), run);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(run.question, m_seededQuestion);
        QCOMPARE(run.doneText, DoneText);
        QTest::qWait(1500);
        QCOMPARE(mail().count(), mails);
    }

    // The right answer, typed with other case and spaces around it: the temporary password arrives.
    void resetMailsTheTemporaryPassword()
    {
        QVERIFY(mail().firstMatch(TemporaryPattern).isEmpty());
        ResetRun run;
        runReset(SeededUserId, QStringLiteral(" fido "), run, true);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(run.question, m_seededQuestion);
        QCOMPARE(run.doneText, DoneText);
        QCOMPARE(run.finishedFor, SeededUserId);
        QTRY_VERIFY_WITH_TIMEOUT(!mail().firstMatch(TemporaryPattern).isEmpty(), 15000);
    }

    // The temporary password leads to the forced change; the new password opens the session.
    void forcedChangeAfterTheTemporaryPassword()
    {
        const QString temporary = mail().firstMatch(TemporaryPattern);
        QVERIFY(!temporary.isEmpty());
        LoginAnswer login;
        m_api->login(SeededUserId, temporary, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY2(*login, why(*login).constData());
        QVERIFY(login->value().changeRequired());
        const auth::PasswordChangeRequired change = *login->value().change();

        std::unique_ptr<PasswordChangeDialog> dialog(
            PasswordChangeDialog::forced(m_api, m_credentials, SeededUserId, change, nullptr));
        std::optional<auth::LoginSuccess> session;
        connect(dialog.get(), &PasswordChangeDialog::loggedIn, this,
                [&session](const auth::LoginSuccess& s) { session = s; });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")) == nullptr);
        QVERIFY(shown(*dialog, "changeIntro").contains(QStringLiteral("password temporanea")));
        QCOMPARE(shown(*dialog, "passwordPolicy"), CredentialsText::passwordPolicy(m_credentials.passwordPolicy));
        QVERIFY(!button(*dialog, "saveButton")->isEnabled());

        // The requirements, live: a weak password is refused here, before any request.
        const auto& policy = m_credentials.passwordPolicy;
        auto* bar = child<QProgressBar>(*dialog, "strengthBar");
        type(*dialog, "newPasswordEdit", QStringLiteral("corta"));
        QString problems = shown(*dialog, "passwordProblems");
        QVERIFY(problems.contains(CredentialsText::passwordProblem(PasswordProblem::Code::TooShort, policy)));
        QVERIFY(problems.contains(CredentialsText::passwordProblem(PasswordProblem::Code::NoUppercase, policy)));
        QVERIFY(problems.contains(CredentialsText::passwordProblem(PasswordProblem::Code::NoDigit, policy)));
        QCOMPARE(bar->value(), domain::PasswordPolicy::strength(QStringLiteral("corta")));
        QCOMPARE(shown(*dialog, "strengthLabel"), CredentialsText::strength(bar->value()));
        type(*dialog, "repeatPasswordEdit", QStringLiteral("corta"));
        QVERIFY(!button(*dialog, "saveButton")->isEnabled());

        type(*dialog, "newPasswordEdit", QStringLiteral("Mario_Rossi85-2027"));
        problems = shown(*dialog, "passwordProblems");
        QVERIFY(problems.contains(CredentialsText::passwordProblem(PasswordProblem::Code::ContainsUserId, policy)));
        QVERIFY(!problems.contains(CredentialsText::passwordProblem(PasswordProblem::Code::TooShort, policy)));
        QVERIFY(!button(*dialog, "saveButton")->isEnabled());

        // A good one, repeated wrong, then right.
        type(*dialog, "newPasswordEdit", ChosenPassword);
        QCOMPARE(shown(*dialog, "passwordProblems"), QStringLiteral("La password rispetta tutti i requisiti."));
        QCOMPARE(bar->value(), 4);
        type(*dialog, "repeatPasswordEdit", ChosenPassword + QLatin1Char('x'));
        QVERIFY(!shown(*dialog, "repeatPasswordProblem").isEmpty());
        QVERIFY(!button(*dialog, "saveButton")->isEnabled());
        type(*dialog, "repeatPasswordEdit", ChosenPassword);
        QVERIFY(shown(*dialog, "repeatPasswordProblem").isEmpty());
        QVERIFY(button(*dialog, "saveButton")->isEnabled());

        click(*dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(session.has_value(), 30000);
        QVERIFY(!session->tokens.accessToken.isEmpty());
        QVERIFY(!session->tokens.refreshToken.isEmpty());
        QCOMPARE(session->tokens.authMethod, QStringLiteral("password"));
        QCOMPARE(session->user.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());
        QVERIFY(edit(*dialog, "newPasswordEdit")->text().isEmpty());
        QVERIFY(edit(*dialog, "repeatPasswordEdit")->text().isEmpty());

        // From now on the chosen password is the password.
        QVERIFY(logIn(ChosenPassword).has_value());
    }

    // A change permission the portal no longer honours: said so, only closing is left, no session.
    void expiredChangeIsSaid()
    {
        const auth::PasswordChangeRequired change{QStringLiteral("scaduto-o-mai-esistito"),
                                                  QDateTime::currentDateTimeUtc().addSecs(600)};
        std::unique_ptr<PasswordChangeDialog> dialog(
            PasswordChangeDialog::forced(m_api, m_credentials, SeededUserId, change, nullptr));
        bool loggedIn = false;
        connect(dialog.get(), &PasswordChangeDialog::loggedIn, this, [&loggedIn] { loggedIn = true; });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        type(*dialog, "newPasswordEdit", QStringLiteral("Altra-Scelta-2029!"));
        type(*dialog, "repeatPasswordEdit", QStringLiteral("Altra-Scelta-2029!"));
        click(*dialog, "saveButton");
        CredentialsError expired;
        expired.kind = CredentialsError::Kind::ChangeExpired;
        QTRY_COMPARE_WITH_TIMEOUT(shown(*dialog, "changeMessage"), CredentialsText::error(expired), 30000);
        QVERIFY(!button(*dialog, "saveButton")->isVisible());
        QVERIFY(edit(*dialog, "newPasswordEdit")->text().isEmpty());
        QCOMPARE(button(*dialog, "cancelButton")->text(), QStringLiteral("Chiudi"));
        click(*dialog, "cancelButton");
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QVERIFY(!loggedIn);
    }

    // The voluntary change of a logged-in user: the current password proven, then "Password cambiata".
    void voluntaryChange()
    {
        const auto session = logIn(ChosenPassword);
        QVERIFY(session.has_value());
        std::unique_ptr<auth::TokenRefresher> tokens(auth::TokenClient::refresherFor(m_client, session->tokens));
        std::unique_ptr<PasswordChangeDialog> dialog(
            PasswordChangeDialog::voluntary(m_api, tokens.get(), m_credentials, SeededUserId, nullptr));
        int changed = 0;
        connect(dialog.get(), &PasswordChangeDialog::changed, this, [&changed] { ++changed; });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

        // The new password must differ from the current one.
        type(*dialog, "currentPasswordEdit", VoluntaryPassword);
        type(*dialog, "newPasswordEdit", VoluntaryPassword);
        type(*dialog, "repeatPasswordEdit", VoluntaryPassword);
        QVERIFY(shown(*dialog, "passwordProblems")
                    .contains(CredentialsText::passwordProblem(PasswordProblem::Code::SameAsCurrent,
                                                               m_credentials.passwordPolicy)));
        QVERIFY(!button(*dialog, "saveButton")->isEnabled());

        // A wrong current password: said next to its field; the rest stays typed.
        type(*dialog, "currentPasswordEdit", QStringLiteral("Non-E-Questa-1"));
        QVERIFY(button(*dialog, "saveButton")->isEnabled());
        click(*dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(!shown(*dialog, "currentPasswordProblem").isEmpty(), 30000);
        QCOMPARE(shown(*dialog, "currentPasswordProblem"), QStringLiteral("La password attuale non è corretta."));
        QCOMPARE(edit(*dialog, "newPasswordEdit")->text(), VoluntaryPassword);
        QCOMPARE(changed, 0);

        // The right one.
        type(*dialog, "currentPasswordEdit", ChosenPassword);
        QVERIFY(shown(*dialog, "currentPasswordProblem").isEmpty());
        click(*dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, "changeMessage").startsWith(QStringLiteral("Password cambiata")),
                                 30000);
        QCOMPARE(changed, 1);
        QVERIFY(edit(*dialog, "currentPasswordEdit")->text().isEmpty());
        QVERIFY(edit(*dialog, "newPasswordEdit")->text().isEmpty());
        QVERIFY(!button(*dialog, "saveButton")->isVisible());
        click(*dialog, "cancelButton"); // "Chiudi"
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QVERIFY(logIn(VoluntaryPassword).has_value());
    }

    // A user who logs in only with SPID or CNS has no password of the portal: said so, only closing is left.
    void noCredentialsIsSaid()
    {
        QString issueWhy;
        const auto session = auth::LoginSuccess::fromTokenAnswer(
            m_portal->fixture().issueTokens(SecondUser, QStringLiteral("cns"), &issueWhy), QStringLiteral("cns"));
        QVERIFY2(session.has_value(), qPrintable(issueWhy));
        std::unique_ptr<auth::TokenRefresher> tokens(auth::TokenClient::refresherFor(m_client, session->tokens));
        std::unique_ptr<PasswordChangeDialog> dialog(PasswordChangeDialog::voluntary(
            m_api, tokens.get(), m_credentials, QStringLiteral("luca_neri79"), nullptr));
        int changed = 0;
        connect(dialog.get(), &PasswordChangeDialog::changed, this, [&changed] { ++changed; });
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        type(*dialog, "currentPasswordEdit", QStringLiteral("Qualunque-2026"));
        type(*dialog, "newPasswordEdit", QStringLiteral("Nessuna-Password-2027"));
        type(*dialog, "repeatPasswordEdit", QStringLiteral("Nessuna-Password-2027"));
        click(*dialog, "saveButton");
        CredentialsError none;
        none.kind = CredentialsError::Kind::NoCredentials;
        QTRY_COMPARE_WITH_TIMEOUT(shown(*dialog, "changeMessage"), CredentialsText::error(none), 30000);
        QVERIFY(!button(*dialog, "saveButton")->isVisible());
        QVERIFY(edit(*dialog, "currentPasswordEdit")->text().isEmpty());
        QCOMPARE(changed, 0);
        click(*dialog, "cancelButton");
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }

    // Too many wrong current passwords lock the account: the dialog says until when.
    void voluntaryChangeLocked()
    {
        const auto session = logIn(VoluntaryPassword); // a good login clears the account's count
        QVERIFY(session.has_value());
        std::unique_ptr<auth::TokenRefresher> tokens(auth::TokenClient::refresherFor(m_client, session->tokens));
        std::unique_ptr<PasswordChangeDialog> dialog(
            PasswordChangeDialog::voluntary(m_api, tokens.get(), m_credentials, SeededUserId, nullptr));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        type(*dialog, "newPasswordEdit", QStringLiteral("Terza-Scelta-2030!"));
        type(*dialog, "repeatPasswordEdit", QStringLiteral("Terza-Scelta-2030!"));
        for (int i = 0; i < 5; ++i) {
            type(*dialog, "currentPasswordEdit", QStringLiteral("Sbagliata-%1").arg(i));
            click(*dialog, "saveButton");
            QTRY_VERIFY_WITH_TIMEOUT(!shown(*dialog, "currentPasswordProblem").isEmpty(), 30000);
        }
        type(*dialog, "currentPasswordEdit", VoluntaryPassword);
        click(*dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(shown(*dialog, "changeMessage").startsWith(QStringLiteral("Troppi tentativi")), 30000);
        const QString message = shown(*dialog, "changeMessage");
        QVERIFY2(message.contains(QStringLiteral("bloccato fino alle")), qPrintable(message));
        // Nothing typed is lost: the user can try again after the time said.
        QCOMPARE(edit(*dialog, "newPasswordEdit")->text(), QStringLiteral("Terza-Scelta-2030!"));
    }

    // After 5 wrong logins the account is locked: the reset dialog says until when and keeps the User ID.
    void lockoutSaysUntilWhen()
    {
        const QString userId = QStringLiteral("bloccato_qui_1");
        for (int i = 0; i < 5; ++i) {
            LoginAnswer wrong;
            m_api->login(userId, QStringLiteral("Sbagliata-0000"), this, wrong.callback());
            QVERIFY(wrong.wait());
            QVERIFY(!*wrong);
            QCOMPARE(wrong->error().kind, CredentialsError::Kind::InvalidCredentials);
        }
        LoginAnswer locked;
        m_api->login(userId, QStringLiteral("Sbagliata-0000"), this, locked.callback());
        QVERIFY(locked.wait());
        QVERIFY(!*locked);
        QCOMPARE(locked->error().kind, CredentialsError::Kind::Locked);
        QVERIFY(locked->error().lockedUntil.isValid());
        const QString expected = CredentialsText::error(locked->error());
        QVERIFY2(expected.contains(QStringLiteral("bloccato fino alle")), qPrintable(expected));

        PasswordResetDialog dialog(m_api);
        dialog.setUserId(userId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(dialog, "resetNextButton");
        QTRY_COMPARE_WITH_TIMEOUT(shown(dialog, "resetMessage"), expected, 30000);
        QVERIFY(label(dialog, "resetMessage")->styleSheet().contains(QStringLiteral("#b00020")));
        QCOMPARE(edit(dialog, "resetUserIdEdit")->text(), userId);
        QVERIFY(edit(dialog, "resetUserIdEdit")->isVisible());
        QVERIFY(button(dialog, "resetNextButton")->isEnabled());
    }
};

QTEST_MAIN(TestPasswordDialogs)
#include "tst_passworddialogs.moc"
