// The portal's own credentials against the reference portal (comune flavour, seeded): login, wrong password,
// lockout, security question, registration refused and accepted, e-mail confirmation, password changes.
#include "app/auth/CredentialsApi.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/Answer.h"
#include "tests/support/CredentialsPortal.h"
#include "tests/support/MailSink.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

using namespace inlinea;
using auth::CredentialsError;
using test::Answer;

namespace {

const QString SeededUserId = QStringLiteral("mario_rossi85");
const QString SeededPassword = QStringLiteral("Inlinea-Prova-2026");

// Why a call failed, for the test log (empty on success: QVERIFY2 evaluates its message either way).
QString describe(const portal::PortalError& error)
{
    return portal::kindName(error.kind) + QLatin1Char(' ') + QString::number(error.httpStatus) + QLatin1Char(' ') +
           error.problemCode + QLatin1Char(' ') + error.detail;
}
QString describe(const CredentialsError& error)
{
    return QString::number(static_cast<int>(error.kind)) + QLatin1Char(' ') + describe(error.portal);
}
template <typename T, typename E> QByteArray why(const Result<T, E>& result)
{
    return result ? QByteArray() : describe(result.error()).toUtf8();
}

} // namespace

class TestCredentialsApi : public QObject {
    Q_OBJECT

    std::unique_ptr<test::CredentialsPortal> m_portal;
    // The API of the portal the running case talks to (a case may start a portal of its own).
    auth::CredentialsApi* m_api = nullptr;

    using LoginAnswer = Answer<Result<auth::LoginOutcome, CredentialsError>>;
    using StatusAnswer = Answer<Status<CredentialsError>>;

    [[nodiscard]] static auth::RegistrationRequest registration(const QString& userId)
    {
        return test::CredentialsPortal::registration(userId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        m_portal = std::make_unique<test::CredentialsPortal>(
            test::PortalFixture::Options{.flavour = QStringLiteral("comune"), .seed = true});
        const QString failure = m_portal->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_api = m_portal->api();
    }

    void init() { m_api = m_portal->api(); }

    void cleanupTestCase()
    {
        m_api = nullptr;
        m_portal.reset();
    }

    void infoStatesTheCredentials()
    {
        const portal::PortalCredentials& credentials = m_portal->info().credentials;
        QVERIFY(credentials.login);
        QVERIFY(credentials.registration);
        QVERIFY(credentials.passwordReset);
        QCOMPARE(credentials.userIdRule.minLength, 8);
        QCOMPARE(credentials.userIdRule.maxLength, 64);
        QCOMPARE(credentials.userIdRule.allowedSpecial, QStringLiteral("_-"));
        QCOMPARE(credentials.passwordPolicy.minLength, 10);
        QCOMPARE(credentials.passwordPolicy.maxLength, 128);
        QCOMPARE(credentials.passwordPolicy.require.size(), 4);
        QCOMPARE(credentials.securityQuestions.size(), 5);
        QCOMPARE(credentials.securityQuestions.first().id, QStringLiteral("q1"));
    }

    void loginWithTheSeededUser()
    {
        LoginAnswer answer;
        m_api->login(SeededUserId, SeededPassword, this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(*answer, why(*answer).constData());
        const auth::LoginOutcome& outcome = answer->value();
        QVERIFY(!outcome.changeRequired());
        QVERIFY(outcome.success() != nullptr);
        QVERIFY(!outcome.success()->tokens.accessToken.isEmpty());
        QVERIFY(!outcome.success()->tokens.refreshToken.isEmpty());
        QCOMPARE(outcome.success()->tokens.authMethod, QStringLiteral("password"));
        QCOMPARE(outcome.success()->user.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
    }

    void userIdIsCaseInsensitive()
    {
        LoginAnswer answer;
        m_api->login(SeededUserId.toUpper(), SeededPassword, this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(*answer, why(*answer).constData());
    }

    void wrongPasswordIsInvalidCredentials()
    {
        LoginAnswer answer;
        m_api->login(SeededUserId, QStringLiteral("Inlinea-Prova-2025"), this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().kind, CredentialsError::Kind::InvalidCredentials);
        QCOMPARE(answer->error().portal.httpStatus, 401);
        // The error carries the portal's problem, never what was typed.
        QVERIFY(!answer->error().portal.body.contains("Inlinea-Prova-2025"));
    }

    void repeatedFailuresLock()
    {
        const QString unknown = QStringLiteral("nessuno_qui_99");
        for (int i = 0; i < 5; ++i) {
            LoginAnswer answer;
            m_api->login(unknown, QStringLiteral("Sbagliata-0000"), this, answer.callback());
            QVERIFY(answer.wait());
            QVERIFY(!*answer);
            QCOMPARE(answer->error().kind, CredentialsError::Kind::InvalidCredentials);
        }
        LoginAnswer locked;
        m_api->login(unknown, QStringLiteral("Sbagliata-0000"), this, locked.callback());
        QVERIFY(locked.wait());
        QVERIFY(!*locked);
        QCOMPARE(locked->error().kind, CredentialsError::Kind::Locked);
        QCOMPARE(locked->error().portal.httpStatus, 429);
        QVERIFY(locked->error().retryAfterSeconds > 0);
        QVERIFY(locked->error().retryAfterSeconds <= 15 * 60);
        QVERIFY(locked->error().lockedUntil.isValid());
        QVERIFY(locked->error().lockedUntil > QDateTime::currentDateTimeUtc());
    }

    void forgotAsksTheSecurityQuestion()
    {
        Answer<Result<portal::SecurityQuestion, CredentialsError>> known;
        m_api->forgotPassword(SeededUserId, this, known.callback());
        QVERIFY(known.wait());
        QVERIFY2(*known, why(*known).constData());
        QCOMPARE(known->value().id, QStringLiteral("q1"));
        QVERIFY(!known->value().text.isEmpty());

        // An unknown User ID gets a plausible question too, the same one every time.
        Answer<Result<portal::SecurityQuestion, CredentialsError>> unknown;
        m_api->forgotPassword(QStringLiteral("nessuno_altro_7"), this, unknown.callback());
        QVERIFY(unknown.wait());
        QVERIFY2(*unknown, why(*unknown).constData());
        QVERIFY(!unknown->value().text.isEmpty());
        Answer<Result<portal::SecurityQuestion, CredentialsError>> again;
        m_api->forgotPassword(QStringLiteral("nessuno_altro_7"), this, again.callback());
        QVERIFY(again.wait());
        QVERIFY(*again);
        QCOMPARE(again->value().id, unknown->value().id);
    }

    void wrongAnswerRevealsNothing()
    {
        StatusAnswer answer;
        m_api->answerSecurityQuestion(SeededUserId, QStringLiteral("Non lo so"), this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(*answer, why(*answer).constData());
    }

    void invalidUserIdIsRefused()
    {
        Answer<Result<QString, CredentialsError>> answer;
        m_api->registerAccount(registration(QStringLiteral("giulia.bianchi")), this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().kind, CredentialsError::Kind::Validation);
        QCOMPARE(answer->error().portal.httpStatus, 422);
        const auto& problems = answer->error().fieldProblems;
        const auto userId = std::find_if(problems.begin(), problems.end(), [](const portal::FieldProblem& p) {
            return p.field == QLatin1String("/user_id");
        });
        QVERIFY(userId != problems.end());
        QCOMPARE(userId->code, QStringLiteral("dot"));
        QCOMPARE(userId->position, 7);
    }

    void takenUserIdIsRefused()
    {
        Answer<Result<QString, CredentialsError>> answer;
        m_api->registerAccount(registration(QStringLiteral("MARIO_ROSSI85")), this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().kind, CredentialsError::Kind::Validation);
        QVERIFY(std::any_of(
            answer->error().fieldProblems.begin(), answer->error().fieldProblems.end(),
            [](const portal::FieldProblem& p) { return p.field == QLatin1String("/user_id") && p.code == "taken"; }));
    }

    void passwordChangeInTheSession()
    {
        LoginAnswer login;
        m_api->login(SeededUserId, SeededPassword, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY2(*login, why(*login).constData());
        const QString bearer = login->value().success()->tokens.accessToken;

        StatusAnswer wrongCurrent;
        m_api->changePassword(bearer, QStringLiteral("Non-E-Questa-1"), QStringLiteral("Altra-Prova-2027"), this,
                              wrongCurrent.callback());
        QVERIFY(wrongCurrent.wait());
        QVERIFY(!*wrongCurrent);
        QCOMPARE(wrongCurrent->error().kind, CredentialsError::Kind::Validation);
        QCOMPARE(wrongCurrent->error().fieldProblems.first().field, QStringLiteral("/current_password"));

        StatusAnswer weak;
        m_api->changePassword(bearer, SeededPassword, QStringLiteral("corta"), this, weak.callback());
        QVERIFY(weak.wait());
        QVERIFY(!*weak);
        QCOMPARE(weak->error().kind, CredentialsError::Kind::Validation);
        QVERIFY(!weak->error().fieldProblems.isEmpty());
        QCOMPARE(weak->error().fieldProblems.first().field, QStringLiteral("/new_password"));

        StatusAnswer changed;
        m_api->changePassword(bearer, SeededPassword, QStringLiteral("Altra-Prova-2027"), this, changed.callback());
        QVERIFY(changed.wait());
        QVERIFY2(*changed, why(*changed).constData());

        LoginAnswer withNew;
        m_api->login(SeededUserId, QStringLiteral("Altra-Prova-2027"), this, withNew.callback());
        QVERIFY(withNew.wait());
        QVERIFY2(*withNew, why(*withNew).constData());
    }

    void registrationDisabledOnInlinea()
    {
        test::CredentialsPortal portal(test::PortalFixture::Options{}); // inlinea flavour: SPID and CNS only since 2021
        const QString failure = portal.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_api = portal.api();
        Answer<Result<QString, CredentialsError>> answer;
        m_api->registerAccount(registration(QStringLiteral("giulia_bianchi")), this, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().kind, CredentialsError::Kind::RegistrationDisabled);
        QCOMPARE(answer->error().portal.httpStatus, 403);
    }

    // With the mail sink (it comes with the SPID side): registration and its confirmation, the temporary password.
    void mailFlows()
    {
        test::CredentialsPortal portal; // comune, with the mail sink
        const QString failure = portal.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_api = portal.api();

        // Registration: accepted, mailed, not usable before the confirmation.
        Answer<Result<QString, CredentialsError>> registered;
        m_api->registerAccount(registration(QStringLiteral("giulia_bianchi")), this, registered.callback());
        QVERIFY(registered.wait());
        QVERIFY2(*registered, why(*registered).constData());
        QVERIFY(!registered->value().isEmpty());
        QVERIFY(registered->value() != QLatin1String("giulia.bianchi@example.org"));

        LoginAnswer early;
        m_api->login(QStringLiteral("giulia_bianchi"), QStringLiteral("Nuova-Prova-2027"), this, early.callback());
        QVERIFY(early.wait());
        QVERIFY(!*early);
        QCOMPARE(early->error().kind, CredentialsError::Kind::EmailNotConfirmed);

        QString token;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(token = test::MailSink(portal.fixture().maildir())
                          .firstMatch(QStringLiteral("register/confirm\\?token=([A-Za-z0-9_\\-]+)")))
                 .isEmpty(),
            20000);
        Answer<Result<QString, CredentialsError>> confirmed;
        m_api->confirmEmail(token, this, confirmed.callback());
        QVERIFY(confirmed.wait());
        QVERIFY2(*confirmed, why(*confirmed).constData());
        QCOMPARE(confirmed->value(), QStringLiteral("giulia_bianchi"));

        LoginAnswer confirmedLogin;
        m_api->login(QStringLiteral("giulia_bianchi"), QStringLiteral("Nuova-Prova-2027"), this,
                     confirmedLogin.callback());
        QVERIFY(confirmedLogin.wait());
        QVERIFY2(*confirmedLogin, why(*confirmedLogin).constData());
        QVERIFY(!confirmedLogin->value().changeRequired());

        // "Password dimenticata?": the right answer (normalised by the portal) mails a temporary password, which
        // only allows choosing a new one.
        StatusAnswer answered;
        m_api->answerSecurityQuestion(SeededUserId, QStringLiteral("  fido "), this, answered.callback());
        QVERIFY(answered.wait());
        QVERIFY2(*answered, why(*answered).constData());
        QString temporary;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(temporary =
                  test::MailSink(portal.fixture().maildir()).firstMatch(QStringLiteral("Password temporanea: (\\S+)")))
                 .isEmpty(),
            20000);

        LoginAnswer withTemporary;
        m_api->login(SeededUserId, temporary, this, withTemporary.callback());
        QVERIFY(withTemporary.wait());
        QVERIFY2(*withTemporary, why(*withTemporary).constData());
        QVERIFY(withTemporary->value().changeRequired());
        const auth::PasswordChangeRequired change = *withTemporary->value().change();
        QVERIFY(!change.changeToken.isEmpty());
        QVERIFY(change.expiresAt > QDateTime::currentDateTimeUtc());

        Answer<Result<auth::LoginSuccess, CredentialsError>> weak;
        m_api->changeTemporaryPassword(change.changeToken, QStringLiteral("mario_rossi85-X1"), this, weak.callback());
        QVERIFY(weak.wait());
        QVERIFY(!*weak);
        QCOMPARE(weak->error().kind, CredentialsError::Kind::Validation);
        QCOMPARE(weak->error().fieldProblems.first().code, QStringLiteral("contains_user_id"));

        Answer<Result<auth::LoginSuccess, CredentialsError>> changed;
        m_api->changeTemporaryPassword(change.changeToken, QStringLiteral("Scelta-Nuova-2028"), this,
                                       changed.callback());
        QVERIFY(changed.wait());
        QVERIFY2(*changed, why(*changed).constData());
        QCOMPARE(changed->value().tokens.authMethod, QStringLiteral("password"));
        QVERIFY(!changed->value().tokens.accessToken.isEmpty());

        LoginAnswer withChosen;
        m_api->login(SeededUserId, QStringLiteral("Scelta-Nuova-2028"), this, withChosen.callback());
        QVERIFY(withChosen.wait());
        QVERIFY2(*withChosen, why(*withChosen).constData());
        QVERIFY(!withChosen->value().changeRequired());
    }
};

QTEST_GUILESS_MAIN(TestCredentialsApi)
#include "tst_credentialsapi.moc"
