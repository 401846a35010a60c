#include "SecurityQuestionPage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "SecretEdit.h"
#include "app/domain/FieldError.h"
#include "ui/ValidationText.h"
#include "ui/forms/FormField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace inlinea::ui {

SecurityQuestionPage::SecurityQuestionPage(const QList<portal::SecurityQuestion>& questions, QWidget* parent)
    : RegistrationPage(parent)
{
    setTitle(tr("Domanda di sicurezza"));
    setSubTitle(tr("Domanda e risposta proteggono il recupero della password: sono obbligatorie."));

    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("securityQuestionCombo"));
    for (const portal::SecurityQuestion& question : questions) {
        combo->addItem(question.text, question.id);
    }
    m_question = new FormField(combo, this);

    auto* answer = SecretEdit::answer(QStringLiteral("securityAnswerEdit"), nullptr);
    m_answer = new FormField(answer, this);

    auto* note = CredentialsLabels::note(QStringLiteral("securityNote"), this);
    note->setText(tr("Se dimentichi la password, il portale ti farà questa domanda: rispondendo correttamente "
                     "riceverai una password temporanea all'email della registrazione. Scegli una risposta che "
                     "ricorderai e che altri non possono indovinare. Nel confronto il portale non distingue "
                     "maiuscole e minuscole e ignora gli spazi all'inizio e alla fine."));

    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    auto* questionLabel = new QLabel(tr("Domanda *"), this);
    questionLabel->setBuddy(combo);
    form->addRow(questionLabel, m_question);
    auto* answerLabel = new QLabel(tr("Risposta *"), this);
    answerLabel->setBuddy(answer);
    form->addRow(answerLabel, m_answer);
    form->addRow(QString(), note);

    connect(m_question, &FormField::changed, this, &SecurityQuestionPage::revalidate);
    connect(m_answer, &FormField::changed, this, &SecurityQuestionPage::revalidate);
    revalidate();
}

QString SecurityQuestionPage::questionId() const
{
    return m_question->value();
}

QString SecurityQuestionPage::questionText() const
{
    return m_question->comboBox()->currentText();
}

QString SecurityQuestionPage::answer() const
{
    return m_answer->value();
}

void SecurityQuestionPage::clearAnswer()
{
    m_answer->setValue(QString());
}

bool SecurityQuestionPage::isComplete() const
{
    return m_valid;
}

bool SecurityQuestionPage::showFieldProblem(const portal::FieldProblem& problem)
{
    FormField* field = nullptr;
    if (problem.field == QLatin1String("/security_question")) {
        field = m_question;
    } else if (problem.field == QLatin1String("/security_answer")) {
        field = m_answer;
    }
    if (!field) {
        return false;
    }
    // The answer is never put into a sentence.
    field->setPortalProblem(CredentialsText::fieldProblem(problem, QString(), {}, {}));
    revalidate();
    return true;
}

void SecurityQuestionPage::revalidate()
{
    const bool answered = !answer().trimmed().isEmpty();
    m_answer->setProblem(answered ? QString() : ValidationText::message(domain::FieldError::required()), false);
    const bool valid =
        answered && !questionId().isEmpty() && !m_question->hasPortalProblem() && !m_answer->hasPortalProblem();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

} // namespace inlinea::ui
