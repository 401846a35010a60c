#pragma once

#include "RegistrationPage.h"
#include "app/portal/PortalInfo.h"

#include <QString>

class QLabel;
class QLineEdit;

namespace inlinea::ui {

class PasswordStrengthMeter;

// "Credenziali": the User ID and the password, each checked live against the portal's rules, with the exact rule a
// User ID breaks, a strength meter and the password requirements still unmet. The password lives only in its line
// edits (clear() empties them once the registration is sent).
class RegistrationCredentialsPage : public RegistrationPage {
    Q_OBJECT
public:
    explicit RegistrationCredentialsPage(const portal::PortalCredentials& credentials, QWidget* parent = nullptr);

    [[nodiscard]] QString userId() const;
    [[nodiscard]] QString password() const;
    void clearPassword();

    [[nodiscard]] bool isComplete() const override;
    bool showFieldProblem(const portal::FieldProblem& problem) override;

private:
    void updateUserId();
    void updatePassword();
    void updateComplete();
    [[nodiscard]] bool computeComplete() const;

    domain::UserIdRule::Settings m_rule;
    domain::PasswordPolicy m_policy;
    QLineEdit* m_userId;
    QLabel* m_userIdMessage;
    QLineEdit* m_password;
    QLineEdit* m_passwordRepeat;
    QLabel* m_repeatMessage;
    PasswordStrengthMeter* m_meter;
    QString m_userIdPortalProblem;   // the portal's verdict ("già in uso"), until the User ID is edited
    QString m_passwordPortalProblem; // likewise for the password
    bool m_complete = false;
};

} // namespace inlinea::ui
