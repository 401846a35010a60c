#pragma once

#include "app/portal/PortalInfo.h"

#include <QString>
#include <QWizard>

namespace inlinea::auth {
class CredentialsApi;
struct CredentialsError;
} // namespace inlinea::auth

namespace inlinea::ui {

class EmailConfirmationPage;
class PersonalDataPage;
class RegistrationCredentialsPage;
class RegistrationTypePage;
class SecurityQuestionPage;
class SelfDeclarationPage;

// "Nuovo utente": registration with the portal's own credentials, for portals that issue them (comune flavour).
// Type and profile, personal data, User ID and password, security question, self-declaration and sending, then the
// e-mail confirmation. When the portal refuses a field the wizard goes back to the page holding it; nothing typed is
// lost. The password and the answer stay in their fields and are cleared once the registration is sent.
class RegistrationWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TypePage, PersonalPage, CredentialsPage, QuestionPage, SendPage, ConfirmPage };

    RegistrationWizard(const portal::PortalInfo& info, auth::CredentialsApi* api, QWidget* parent = nullptr);

    // The User ID the portal confirmed; before the confirmation, the one registered; empty before that.
    [[nodiscard]] QString userId() const;

    void initializePage(int id) override;
    void reject() override;

Q_SIGNALS:
    // The e-mail confirmation succeeded: the account can log in with this User ID.
    void confirmed(const QString& userId);

private:
    void send();
    void onSendFailed(const auth::CredentialsError& error);
    void setSending(bool sending);
    [[nodiscard]] QString summary() const;

    portal::PortalInfo m_info;
    auth::CredentialsApi* m_api;
    RegistrationTypePage* m_typePage;
    PersonalDataPage* m_personalPage;
    RegistrationCredentialsPage* m_credentialsPage;
    SecurityQuestionPage* m_questionPage;
    SelfDeclarationPage* m_sendPage;
    EmailConfirmationPage* m_confirmPage;
    QString m_registeredUserId;
};

} // namespace inlinea::ui
