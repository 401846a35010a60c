#pragma once

#include "LoginSuccess.h"
#include "app/portal/FieldProblem.h"
#include "app/portal/PortalError.h"
#include "app/portal/PortalInfo.h"
#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <variant>

namespace inlinea::portal {
class PortalClient;
struct HttpResponse;
} // namespace inlinea::portal

namespace inlinea::auth {

// Why a request about the portal's own credentials failed, in the terms a login or registration window needs.
struct CredentialsError {
    enum class Kind {
        InvalidCredentials,   // 401 invalid_credentials: wrong User ID or password (one answer for both)
        Locked,               // 429 locked: too many failures for the account or this address
        EmailNotConfirmed,    // 403 email_not_confirmed: right password, registration not confirmed yet
        RegistrationDisabled, // 403 registration_disabled: this portal issues no new credentials
        Validation,           // 422 validation_failed: see fieldProblems
        LoginDisabled,        // 403 password_login_disabled: this portal no longer accepts its own credentials
        ChangeExpired,        // 401 invalid_change_token: the temporary-password login is too old; log in again
        NoCredentials,        // 409 no_credentials: an account that logs in only with SPID or CNS has no password
        LinkInvalid,          // 404 confirmation_invalid: not a confirmation link of this portal (or already used)
        LinkExpired,          // 410 confirmation_expired
        MailUnavailable,      // 503 mail_unavailable: nothing was sent; try again later
        Portal,               // anything else (unreachable, TLS, session expired, ...): see portal
    };

    Kind kind = Kind::Portal;
    int retryAfterSeconds = 0;                 // Locked
    QDateTime lockedUntil;                     // Locked (UTC); invalid when the portal did not say
    QList<portal::FieldProblem> fieldProblems; // Validation: field is a JSON pointer ("/user_id", "/new_password")
    portal::PortalError portal;                // the underlying error, always set (its body never holds a password)

    [[nodiscard]] static CredentialsError fromPortalError(const portal::PortalError& error);
};

// Everything POST /api/v1/auth/register needs. Kept only for the request: nothing of it is logged or stored.
struct RegistrationRequest {
    QString tipo;    // "cittadino", "aziende_professionisti_enti", "turisti"
    QString profilo; // "base", "completo"
    QString userId;
    QString password;
    QString email;
    QString securityQuestionId;
    QString securityAnswer;
    QString nome;
    QString cognome;
    QString codiceFiscale; // required for cittadino/completo; sent only when given
    bool accettoAutocertificazione = false;
};

// A login with a temporary password: no tokens yet, only the right to choose a new password.
struct PasswordChangeRequired {
    QString changeToken;
    QDateTime expiresAt; // UTC
};

struct LoginOutcome {
    std::variant<LoginSuccess, PasswordChangeRequired> value;

    [[nodiscard]] bool changeRequired() const { return std::holds_alternative<PasswordChangeRequired>(value); }
    [[nodiscard]] const LoginSuccess* success() const { return std::get_if<LoginSuccess>(&value); }
    [[nodiscard]] const PasswordChangeRequired* change() const { return std::get_if<PasswordChangeRequired>(&value); }
};

// The portal's own credentials (comune flavour): registration, e-mail confirmation, login, password change and the
// security-question reset. Public endpoints, except the password change of a logged-in user (bearer).
// Passwords and answers go only into request bodies: never into logs, errors or storage.
class CredentialsApi : public QObject {
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const Result<T, CredentialsError>&)>;
    using StatusCallback = std::function<void(const Status<CredentialsError>&)>;

    explicit CredentialsApi(portal::PortalClient* portal, QObject* parent = nullptr);

    // POST /auth/register → the e-mail address the confirmation went to, as the portal masks it.
    void registerAccount(const RegistrationRequest& request, QObject* context, Callback<QString> callback);
    // POST /auth/register/confirm {token} → the confirmed User ID.
    void confirmEmail(const QString& token, QObject* context, Callback<QString> callback);
    // POST /auth/password/login → tokens (auth method "password") or a required password change.
    void login(const QString& userId, const QString& password, QObject* context, Callback<LoginOutcome> callback);
    // POST /auth/password/change with the change token of a temporary-password login → tokens.
    void changeTemporaryPassword(const QString& changeToken, const QString& newPassword, QObject* context,
                                 Callback<LoginSuccess> callback);
    // POST /auth/password/change as a logged-in user (bearer = access token); 204, the session stays.
    void changePassword(const QString& bearer, const QString& currentPassword, const QString& newPassword,
                        QObject* context, StatusCallback callback);
    // POST /auth/password/forgot → the security question (a plausible one even for an unknown User ID).
    void forgotPassword(const QString& userId, QObject* context, Callback<portal::SecurityQuestion> callback);
    // POST /auth/password/forgot/answer → success whether or not the answer was right (the portal reveals nothing);
    // a temporary password is mailed when it was.
    void answerSecurityQuestion(const QString& userId, const QString& answer, QObject* context,
                                StatusCallback callback);

private:
    using Handler = std::function<void(const Result<portal::HttpResponse, portal::PortalError>&)>;
    void post(const QString& apiPath, const QJsonObject& body, const QString& bearer, QObject* context,
              Handler handler);

    portal::PortalClient* m_portal;
};

} // namespace inlinea::auth
