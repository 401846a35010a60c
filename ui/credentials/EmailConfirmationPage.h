#pragma once

#include "RegistrationPage.h"

#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inlinea::auth {
class CredentialsApi;
}

namespace inlinea::ui {

// "Controlla la posta": the registration is complete only once the link mailed to the user is opened. Either in the
// browser, or here: the whole link, or just its token, pasted into the field and confirmed with the portal.
class EmailConfirmationPage : public RegistrationPage {
    Q_OBJECT
public:
    explicit EmailConfirmationPage(auth::CredentialsApi* api, QWidget* parent = nullptr);

    // What the portal answered to the registration: the address as it masks it.
    void setRegistration(const QString& maskedEmail, const QString& userId);
    // The User ID the portal confirmed; empty until then.
    [[nodiscard]] QString confirmedUserId() const { return m_confirmedUserId; }

    [[nodiscard]] bool isComplete() const override;

    // The token of a confirmation link ("…/register/confirm?token=abc"), or the text itself when it is only a token.
    [[nodiscard]] static QString tokenFrom(const QString& pasted);

Q_SIGNALS:
    void confirmed(const QString& userId);

private:
    void confirm();
    void updateButton();

    auth::CredentialsApi* m_api;
    QLabel* m_intro;
    QLineEdit* m_link;
    QPushButton* m_confirm;
    QLabel* m_message;
    QString m_confirmedUserId;
    bool m_confirming = false;
};

} // namespace inlinea::ui
