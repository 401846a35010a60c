#include "CredentialsApi.h"

#include "app/portal/PortalClient.h"

#include <QJsonDocument>

namespace inlinea::auth {

namespace {

using portal::PortalError;

// A 2xx answer without the fields the contract promises.
CredentialsError unexpectedAnswer(int status, const QString& what)
{
    return CredentialsError{
        CredentialsError::Kind::Portal, 0, {}, {}, PortalError{PortalError::Kind::NotAPortal, status, {}, what}};
}

QJsonObject jsonObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

CredentialsError CredentialsError::fromPortalError(const PortalError& error)
{
    CredentialsError result;
    result.portal = error;
    const QString& code = error.problemCode;
    if (code == QLatin1String("mail_unavailable")) {
        result.kind = Kind::MailUnavailable; // a 503: whatever kind the transport gave it, the portal said why
        return result;
    }
    if (error.kind != PortalError::Kind::HttpError && error.kind != PortalError::Kind::Unauthorized) {
        return result;
    }
    if (code == QLatin1String("invalid_credentials")) {
        result.kind = Kind::InvalidCredentials;
    } else if (code == QLatin1String("locked") || error.httpStatus == 429) {
        result.kind = Kind::Locked;
        const QJsonObject problem = jsonObject(error.body);
        result.retryAfterSeconds = qMax(0, problem.value(QStringLiteral("retry_after")).toInt(0));
        result.lockedUntil =
            QDateTime::fromString(problem.value(QStringLiteral("locked_until")).toString(), Qt::ISODate).toUTC();
        if (!result.lockedUntil.isValid() && result.retryAfterSeconds > 0) {
            result.lockedUntil = QDateTime::currentDateTimeUtc().addSecs(result.retryAfterSeconds);
        }
    } else if (code == QLatin1String("email_not_confirmed")) {
        result.kind = Kind::EmailNotConfirmed;
    } else if (code == QLatin1String("registration_disabled")) {
        result.kind = Kind::RegistrationDisabled;
    } else if (code == QLatin1String("password_login_disabled")) {
        result.kind = Kind::LoginDisabled;
    } else if (code == QLatin1String("invalid_change_token")) {
        result.kind = Kind::ChangeExpired;
    } else if (code == QLatin1String("no_credentials")) {
        result.kind = Kind::NoCredentials;
    } else if (code == QLatin1String("confirmation_invalid")) {
        result.kind = Kind::LinkInvalid;
    } else if (code == QLatin1String("confirmation_expired")) {
        result.kind = Kind::LinkExpired;
    } else if (code == QLatin1String("validation_failed") || error.httpStatus == 422) {
        result.kind = Kind::Validation;
        result.fieldProblems = portal::FieldProblem::parse(error.body);
    }
    return result;
}

CredentialsApi::CredentialsApi(portal::PortalClient* portal, QObject* parent)
    : QObject(parent)
    , m_portal(portal)
{}

void CredentialsApi::post(const QString& apiPath, const QJsonObject& body, const QString& bearer, QObject* context,
                          Handler handler)
{
    m_portal->post(apiPath, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer, context, std::move(handler));
}

void CredentialsApi::registerAccount(const RegistrationRequest& request, QObject* context, Callback<QString> callback)
{
    QJsonObject body{{QStringLiteral("tipo"), request.tipo},
                     {QStringLiteral("profilo"), request.profilo},
                     {QStringLiteral("user_id"), request.userId},
                     {QStringLiteral("password"), request.password},
                     {QStringLiteral("email"), request.email},
                     {QStringLiteral("security_question"), request.securityQuestionId},
                     {QStringLiteral("security_answer"), request.securityAnswer},
                     {QStringLiteral("nome"), request.nome},
                     {QStringLiteral("cognome"), request.cognome},
                     {QStringLiteral("accetto_autocertificazione"), request.accettoAutocertificazione}};
    if (!request.codiceFiscale.isEmpty()) {
        body.insert(QStringLiteral("codice_fiscale"), request.codiceFiscale);
    }
    post(QStringLiteral("/auth/register"), body, {}, context,
         [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             const QJsonObject answer = jsonObject(r->body);
             if (answer.value(QStringLiteral("status")).toString() != QLatin1String("confirmation_sent")) {
                 callback(fail(unexpectedAnswer(r->status, QStringLiteral("no confirmation_sent status"))));
                 return;
             }
             callback(answer.value(QStringLiteral("email")).toString());
         });
}

void CredentialsApi::confirmEmail(const QString& token, QObject* context, Callback<QString> callback)
{
    post(QStringLiteral("/auth/register/confirm"), QJsonObject{{QStringLiteral("token"), token}}, {}, context,
         [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             const QJsonObject answer = jsonObject(r->body);
             if (answer.value(QStringLiteral("status")).toString() != QLatin1String("confirmed")) {
                 callback(fail(unexpectedAnswer(r->status, QStringLiteral("no confirmed status"))));
                 return;
             }
             callback(answer.value(QStringLiteral("user_id")).toString());
         });
}

void CredentialsApi::login(const QString& userId, const QString& password, QObject* context,
                           Callback<LoginOutcome> callback)
{
    post(QStringLiteral("/auth/password/login"),
         QJsonObject{{QStringLiteral("user_id"), userId}, {QStringLiteral("password"), password}}, {}, context,
         [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             const QJsonObject answer = jsonObject(r->body);
             if (answer.value(QStringLiteral("password_change_required")).toBool(false)) {
                 const QString changeToken = answer.value(QStringLiteral("change_token")).toString();
                 if (changeToken.isEmpty()) {
                     callback(fail(unexpectedAnswer(r->status, QStringLiteral("no change_token in the answer"))));
                     return;
                 }
                 const qint64 expiresIn = answer.value(QStringLiteral("expires_in")).toInteger(0);
                 callback(LoginOutcome{
                     PasswordChangeRequired{changeToken, QDateTime::currentDateTimeUtc().addSecs(expiresIn)}});
                 return;
             }
             if (auto success = LoginSuccess::fromTokenAnswer(r->body, QStringLiteral("password"))) {
                 callback(LoginOutcome{std::move(*success)});
                 return;
             }
             callback(fail(unexpectedAnswer(r->status, QStringLiteral("no tokens in the answer"))));
         });
}

void CredentialsApi::changeTemporaryPassword(const QString& changeToken, const QString& newPassword, QObject* context,
                                             Callback<LoginSuccess> callback)
{
    post(QStringLiteral("/auth/password/change"),
         QJsonObject{{QStringLiteral("change_token"), changeToken}, {QStringLiteral("new_password"), newPassword}}, {},
         context, [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             if (auto success = LoginSuccess::fromTokenAnswer(r->body, QStringLiteral("password"))) {
                 callback(std::move(*success));
                 return;
             }
             callback(fail(unexpectedAnswer(r->status, QStringLiteral("no tokens in the answer"))));
         });
}

void CredentialsApi::changePassword(const QString& bearer, const QString& currentPassword, const QString& newPassword,
                                    QObject* context, StatusCallback callback)
{
    post(QStringLiteral("/auth/password/change"),
         QJsonObject{{QStringLiteral("current_password"), currentPassword},
                     {QStringLiteral("new_password"), newPassword}},
         bearer, context, [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             callback(Ok{});
         });
}

void CredentialsApi::forgotPassword(const QString& userId, QObject* context,
                                    Callback<portal::SecurityQuestion> callback)
{
    post(QStringLiteral("/auth/password/forgot"), QJsonObject{{QStringLiteral("user_id"), userId}}, {}, context,
         [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             const QJsonObject question = jsonObject(r->body).value(QStringLiteral("question")).toObject();
             portal::SecurityQuestion result{question.value(QStringLiteral("id")).toString(),
                                             question.value(QStringLiteral("text")).toString()};
             if (result.text.isEmpty()) {
                 callback(fail(unexpectedAnswer(r->status, QStringLiteral("no question in the answer"))));
                 return;
             }
             callback(std::move(result));
         });
}

void CredentialsApi::answerSecurityQuestion(const QString& userId, const QString& answer, QObject* context,
                                            StatusCallback callback)
{
    post(QStringLiteral("/auth/password/forgot/answer"),
         QJsonObject{{QStringLiteral("user_id"), userId}, {QStringLiteral("answer"), answer}}, {}, context,
         [callback = std::move(callback)](const Result<portal::HttpResponse, PortalError>& r) {
             if (!r) {
                 callback(fail(CredentialsError::fromPortalError(r.error())));
                 return;
             }
             callback(Ok{});
         });
}

} // namespace inlinea::auth
