#include "RegistrationWizard.h"

#include "CredentialsText.h"
#include "EmailConfirmationPage.h"
#include "PersonalDataPage.h"
#include "RegistrationCredentialsPage.h"
#include "RegistrationTypePage.h"
#include "SecurityQuestionPage.h"
#include "SelfDeclarationPage.h"
#include "app/auth/CredentialsApi.h"

#include <QAbstractButton>
#include <QList>
#include <QMessageBox>
#include <QStringList>

#include <algorithm>

namespace inlinea::ui {

RegistrationWizard::RegistrationWizard(const portal::PortalInfo& info, auth::CredentialsApi* api, QWidget* parent)
    : QWizard(parent)
    , m_info(info)
    , m_api(api)
    , m_typePage(new RegistrationTypePage(info.registrationTypes, this))
    , m_personalPage(new PersonalDataPage(this))
    , m_credentialsPage(new RegistrationCredentialsPage(info.credentials, this))
    , m_questionPage(new SecurityQuestionPage(info.credentials.securityQuestions, this))
    , m_sendPage(new SelfDeclarationPage(this))
    , m_confirmPage(new EmailConfirmationPage(api, this))
{
    setObjectName(QStringLiteral("registrationWizard"));
    setWindowTitle(tr("Nuovo utente"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(680, 600);
    // Said here rather than left to Qt's own translations, which the app may not ship.
    setButtonText(QWizard::BackButton, tr("< Indietro"));
    setButtonText(QWizard::NextButton, tr("Avanti >"));
    setButtonText(QWizard::CancelButton, tr("Annulla"));
    setButtonText(QWizard::FinishButton, tr("Fine"));

    setPage(TypePage, m_typePage);
    setPage(PersonalPage, m_personalPage);
    setPage(CredentialsPage, m_credentialsPage);
    setPage(QuestionPage, m_questionPage);
    setPage(SendPage, m_sendPage);
    setPage(ConfirmPage, m_confirmPage);
    setStartId(TypePage);

    connect(m_sendPage, &SelfDeclarationPage::sendRequested, this, &RegistrationWizard::send);
    connect(m_confirmPage, &EmailConfirmationPage::confirmed, this, &RegistrationWizard::confirmed);
}

QString RegistrationWizard::userId() const
{
    const QString confirmed = m_confirmPage->confirmedUserId();
    return confirmed.isEmpty() ? m_registeredUserId : confirmed;
}

void RegistrationWizard::initializePage(int id)
{
    if (id == PersonalPage) {
        m_personalPage->setCodiceFiscaleRequired(m_typePage->tipo() == QLatin1String("cittadino") &&
                                                 m_typePage->profilo() == QLatin1String("completo"));
    } else if (id == SendPage) {
        m_sendPage->setSummary(summary());
    }
    QWizard::initializePage(id);
}

void RegistrationWizard::reject()
{
    // The answer would still arrive and change nothing the user could see: wait for it.
    if (m_sendPage->isSending()) {
        return;
    }
    // Nothing typed is lost without the user saying so: a half-filled registration asks first.
    const bool typed = !m_personalPage->nome().isEmpty() || !m_personalPage->cognome().isEmpty() ||
                       !m_personalPage->email().isEmpty() || !m_credentialsPage->userId().isEmpty();
    if (m_registeredUserId.isEmpty() && typed &&
        QMessageBox::question(this, tr("Annullare la registrazione?"),
                              tr("I dati inseriti finora non sono stati inviati e andranno persi."),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard) {
        return;
    }
    QWizard::reject();
}

QString RegistrationWizard::summary() const
{
    QStringList lines{
        tr("Tipo: %1").arg(CredentialsText::typeName(m_typePage->tipo())),
        tr("Profilo: %1").arg(CredentialsText::profileName(m_typePage->profilo())),
        tr("Nome: %1").arg(m_personalPage->nome()),
        tr("Cognome: %1").arg(m_personalPage->cognome()),
    };
    if (!m_personalPage->codiceFiscale().isEmpty()) {
        lines << tr("Codice fiscale: %1").arg(m_personalPage->codiceFiscale());
    }
    lines << tr("Email: %1").arg(m_personalPage->email()) << tr("User ID: %1").arg(m_credentialsPage->userId())
          << tr("Domanda di sicurezza: %1").arg(m_questionPage->questionText())
          << tr("La password e la risposta alla domanda non sono mostrate.");
    return lines.join(QLatin1Char('\n'));
}

void RegistrationWizard::setSending(bool sending)
{
    m_sendPage->setSending(sending); // updates Registrati (and Back) through completeChanged
    if (sending) {
        button(QWizard::BackButton)->setEnabled(false);
    }
    button(QWizard::CancelButton)->setEnabled(!sending);
}

void RegistrationWizard::send()
{
    auth::RegistrationRequest request;
    request.tipo = m_typePage->tipo();
    request.profilo = m_typePage->profilo();
    request.userId = m_credentialsPage->userId();
    request.password = m_credentialsPage->password();
    request.email = m_personalPage->email();
    request.securityQuestionId = m_questionPage->questionId();
    request.securityAnswer = m_questionPage->answer();
    request.nome = m_personalPage->nome();
    request.cognome = m_personalPage->cognome();
    request.codiceFiscale = m_personalPage->codiceFiscale();
    request.accettoAutocertificazione = m_sendPage->declared();

    setSending(true);
    m_api->registerAccount(request, this,
                           [this, userId = request.userId](const Result<QString, auth::CredentialsError>& result) {
                               setSending(false);
                               if (!result) {
                                   onSendFailed(result.error());
                                   return;
                               }
                               m_registeredUserId = userId;
                               m_credentialsPage->clearPassword();
                               m_questionPage->clearAnswer();
                               m_confirmPage->setRegistration(result.value(), userId);
                               m_sendPage->setSent();
                               next();
                           });
}

void RegistrationWizard::onSendFailed(const auth::CredentialsError& error)
{
    if (error.kind != auth::CredentialsError::Kind::Validation) {
        m_sendPage->showError(CredentialsText::error(error));
        return;
    }
    const QList<RegistrationPage*> pages{m_typePage, m_personalPage, m_credentialsPage, m_questionPage, m_sendPage};
    int target = -1;
    QStringList elsewhere;
    for (const portal::FieldProblem& problem : error.fieldProblems) {
        bool shown = false;
        for (int id = TypePage; id <= SendPage; ++id) {
            if (pages.at(id)->showFieldProblem(problem)) {
                target = target < 0 ? id : std::min(target, id);
                shown = true;
                break;
            }
        }
        if (!shown) {
            elsewhere << problem.detail;
        }
    }
    // A problem of the declaration itself is already shown where the generic sentence would go.
    QStringList text;
    if (target != SendPage) {
        text << CredentialsText::error(error);
    }
    text << elsewhere;
    if (!text.isEmpty()) {
        m_sendPage->showError(text.join(QLatin1Char('\n')));
    }
    // Back to the first page with something to correct; pages in between keep what was typed.
    while (target >= 0 && currentId() > target) {
        back();
    }
}

} // namespace inlinea::ui
