#include "PasswordResetDialog.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "SecretEdit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

using auth::CredentialsError;

PasswordResetDialog::PasswordResetDialog(auth::CredentialsApi* api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_steps(new QStackedWidget(this))
    , m_userId(new QLineEdit(this))
    , m_question(CredentialsLabels::plain(QStringLiteral("resetQuestionLabel"), this))
    , m_answer(SecretEdit::answer(QStringLiteral("resetAnswerEdit"), this))
    , m_message(CredentialsLabels::message(QStringLiteral("resetMessage"), this))
    , m_back(new QPushButton(tr("Indietro"), this))
    , m_cancel(new QPushButton(tr("Annulla"), this))
    , m_next(new QPushButton(tr("Avanti"), this))
{
    setObjectName(QStringLiteral("passwordResetDialog"));
    setWindowTitle(tr("Password dimenticata"));
    setMinimumWidth(480);

    // Step 1: the User ID.
    auto* userIdPage = new QWidget(m_steps);
    auto* userIdIntro = CredentialsLabels::plain(QStringLiteral("resetUserIdIntro"), userIdPage);
    userIdIntro->setText(tr("Indica il tuo User ID: il portale ti farà la domanda di sicurezza che hai scelto alla "
                            "registrazione."));
    m_userId->setObjectName(QStringLiteral("resetUserIdEdit"));
    m_userId->setMaxLength(128);
    auto* userIdForm = new QFormLayout;
    userIdForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* userIdLabel = new QLabel(tr("User ID"), userIdPage);
    userIdLabel->setBuddy(m_userId);
    userIdForm->addRow(userIdLabel, m_userId);
    auto* userIdLayout = new QVBoxLayout(userIdPage);
    userIdLayout->setContentsMargins(0, 0, 0, 0);
    userIdLayout->addWidget(userIdIntro);
    userIdLayout->addLayout(userIdForm);
    userIdLayout->addStretch();

    // Step 2: the security question.
    auto* questionPage = new QWidget(m_steps);
    auto* questionIntro = CredentialsLabels::plain(QStringLiteral("resetQuestionIntro"), questionPage);
    questionIntro->setText(tr("Rispondi alla domanda di sicurezza:"));
    m_question->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto* answerForm = new QFormLayout;
    answerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* answerLabel = new QLabel(tr("Risposta"), questionPage);
    answerLabel->setBuddy(m_answer);
    answerForm->addRow(answerLabel, m_answer);
    auto* answerNote = CredentialsLabels::note(QStringLiteral("resetAnswerNote"), questionPage);
    answerNote->setText(tr("Non contano le maiuscole e le minuscole, né gli spazi all'inizio e alla fine della "
                           "risposta."));
    auto* questionLayout = new QVBoxLayout(questionPage);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addWidget(questionIntro);
    questionLayout->addWidget(m_question);
    questionLayout->addSpacing(6);
    questionLayout->addLayout(answerForm);
    questionLayout->addWidget(answerNote);
    questionLayout->addStretch();

    // Step 3: the same sentence whatever the portal did.
    auto* donePage = new QWidget(m_steps);
    auto* doneText = CredentialsLabels::plain(QStringLiteral("resetDoneText"), donePage);
    doneText->setText(tr("Se la risposta è corretta, riceverai a breve un'email con una password temporanea: accedi "
                         "con quella e scegli subito una nuova password."));
    auto* doneLayout = new QVBoxLayout(donePage);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(doneText);
    doneLayout->addStretch();

    m_steps->addWidget(userIdPage);
    m_steps->addWidget(questionPage);
    m_steps->addWidget(donePage);

    m_back->setObjectName(QStringLiteral("resetBackButton"));
    m_cancel->setObjectName(QStringLiteral("resetCancelButton"));
    m_next->setObjectName(QStringLiteral("resetNextButton"));
    m_next->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_userId, &QLineEdit::textChanged, this, &PasswordResetDialog::updateButtons);
    connect(m_answer, &QLineEdit::textChanged, this, &PasswordResetDialog::updateButtons);
    connect(m_next, &QPushButton::clicked, this, &PasswordResetDialog::next);
    connect(m_back, &QPushButton::clicked, this, &PasswordResetDialog::back);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    showStep(UserIdStep);
}

void PasswordResetDialog::setUserId(const QString& userId)
{
    m_userId->setText(userId.trimmed());
}

void PasswordResetDialog::done(int result)
{
    // The answer is a secret: it does not stay in a hidden dialog.
    m_answer->clear();
    QDialog::done(result);
}

QString PasswordResetDialog::userId() const
{
    return m_userId->text().trimmed();
}

void PasswordResetDialog::next()
{
    switch (static_cast<Step>(m_steps->currentIndex())) {
    case UserIdStep: askQuestion(); break;
    case QuestionStep: sendAnswer(); break;
    case DoneStep: accept(); break;
    }
}

void PasswordResetDialog::back()
{
    if (m_busy || m_steps->currentIndex() != QuestionStep) {
        return;
    }
    m_message->hide();
    showStep(UserIdStep);
}

void PasswordResetDialog::askQuestion()
{
    if (m_busy || !m_api || userId().isEmpty()) {
        return;
    }
    const QString id = userId();
    setBusy(true, tr("Richiesta della domanda di sicurezza…"));
    m_api->forgotPassword(id, this, [this, id](const Result<portal::SecurityQuestion, CredentialsError>& r) {
        setBusy(false);
        if (!r) {
            if (r.error().kind == CredentialsError::Kind::Validation) {
                showError(tr("Lo User ID indicato non è valido: scrivilo come alla registrazione."));
            } else {
                showError(CredentialsText::error(r.error()));
            }
            m_userId->setFocus();
            return;
        }
        if (m_askedUserId != id) {
            m_answer->clear(); // an answer typed for another User ID's question
        }
        m_askedUserId = id;
        m_question->setText(r.value().text);
        showStep(QuestionStep);
    });
}

void PasswordResetDialog::sendAnswer()
{
    if (m_busy || !m_api || m_answer->text().trimmed().isEmpty()) {
        return;
    }
    const QString id = m_askedUserId;
    setBusy(true, tr("Invio della risposta…"));
    m_api->answerSecurityQuestion(id, m_answer->text(), this, [this, id](const Status<CredentialsError>& r) {
        setBusy(false);
        if (!r) {
            if (r.error().kind == CredentialsError::Kind::Validation) {
                showError(tr("La risposta non è stata accettata così com'è: controlla di averla scritta per intero."));
            } else {
                showError(CredentialsText::error(r.error()));
            }
            m_answer->setFocus();
            return;
        }
        m_answer->clear();
        showStep(DoneStep);
        Q_EMIT answerSent(id);
    });
}

void PasswordResetDialog::showStep(Step step)
{
    m_steps->setCurrentIndex(step);
    switch (step) {
    case UserIdStep:
        m_next->setText(tr("Avanti"));
        m_userId->setFocus();
        break;
    case QuestionStep:
        m_next->setText(tr("Invia risposta"));
        m_answer->setFocus();
        break;
    case DoneStep: m_next->setText(tr("Chiudi")); break;
    }
    m_message->hide();
    updateButtons();
}

void PasswordResetDialog::updateButtons()
{
    const auto step = static_cast<Step>(m_steps->currentIndex());
    m_back->setVisible(step == QuestionStep);
    m_back->setEnabled(!m_busy);
    m_cancel->setVisible(step != DoneStep);
    m_cancel->setEnabled(!m_busy);
    bool ready = true;
    if (step == UserIdStep) {
        ready = !userId().isEmpty();
    } else if (step == QuestionStep) {
        ready = !m_answer->text().trimmed().isEmpty();
    }
    m_next->setEnabled(!m_busy && ready);
}

void PasswordResetDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_steps->setEnabled(!busy);
    if (busy) {
        CredentialsLabels::showNote(m_message, message);
        setCursor(Qt::BusyCursor);
    } else {
        m_message->hide();
        unsetCursor();
    }
    updateButtons();
}

void PasswordResetDialog::showError(const QString& message)
{
    CredentialsLabels::showProblem(m_message, message);
}

} // namespace inlinea::ui
