#pragma once

#include "app/auth/CredentialsApi.h"
#include "app/auth/LoginSuccess.h"
#include "app/domain/PasswordPolicy.h"
#include "app/domain/UserIdRule.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inlinea::auth {
class TokenRefresher;
}

namespace inlinea::ui {

class PasswordStrengthMeter;

// Choosing a new password of the portal's own credentials, in one of two situations:
//  - forced: the user logged in with a temporary password; nothing else is possible before replacing it, and the
//    change itself opens the session (loggedIn);
//  - voluntary: a logged-in user changes the password from the profile, proving the current one (changed).
// Every unmet requirement of the portal's policy is listed live and a strength meter follows the typing; "Salva" is
// possible only when the policy is met and the repetition matches. Passwords live only in the fields and are
// cleared once used or when the dialog closes: never logged nor stored.
class PasswordChangeDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Forced, Voluntary };

    [[nodiscard]] static PasswordChangeDialog* forced(auth::CredentialsApi* api,
                                                      const portal::PortalCredentials& credentials,
                                                      const QString& userId, const auth::PasswordChangeRequired& change,
                                                      QWidget* parent = nullptr);
    [[nodiscard]] static PasswordChangeDialog* voluntary(auth::CredentialsApi* api, auth::TokenRefresher* tokens,
                                                         const portal::PortalCredentials& credentials,
                                                         const QString& userId, QWidget* parent = nullptr);

    [[nodiscard]] Mode mode() const noexcept { return m_mode; }

    void done(int result) override;

Q_SIGNALS:
    // Forced mode: the new password is set and the portal opened the session.
    void loggedIn(const inlinea::auth::LoginSuccess& session);
    // Voluntary mode: the portal accepted the new password (the session goes on).
    void changed();

private:
    PasswordChangeDialog(Mode mode, auth::CredentialsApi* api, auth::TokenRefresher* tokens,
                         const portal::PortalCredentials& credentials, QString userId,
                         auth::PasswordChangeRequired change, QWidget* parent);

    void buildUi();
    void revalidate();
    void save();
    void saveForced();
    void saveVoluntary(const QString& bearer);
    void handleError(const auth::CredentialsError& error);
    // The change cannot happen in this dialog any more (expired permission, no password): only closing is left.
    void endWithout(const QString& message);
    void setBusy(bool busy, const QString& message = {});
    void showMessage(const QString& message, bool isError);
    void clearPasswords();
    [[nodiscard]] bool canSave() const;

    Mode m_mode;
    QPointer<auth::CredentialsApi> m_api;
    QPointer<auth::TokenRefresher> m_tokens;
    domain::PasswordPolicy m_policy;
    domain::UserIdRule::Settings m_userIdRule;
    QString m_userId;
    auth::PasswordChangeRequired m_change;

    QLineEdit* m_current = nullptr;
    QLabel* m_currentProblem = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_repeatProblem = nullptr;
    QCheckBox* m_show = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QString m_newPortalProblem; // the portal's verdict on the new password, until it is edited
    bool m_busy = false;
    bool m_over = false;      // nothing more to save: changed, or impossible here
    bool m_succeeded = false; // voluntary change done: closing the dialog accepts it
};

} // namespace inlinea::ui
