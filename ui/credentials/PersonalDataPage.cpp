#include "PersonalDataPage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "app/domain/CodiceFiscale.h"
#include "app/domain/FieldCheck.h"
#include "ui/ValidationText.h"
#include "ui/forms/FormField.h"
#include "ui/forms/UpperCaseValidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace inlinea::ui {

using domain::FieldCheck;
using domain::FieldError;
using domain::FieldRule;

PersonalDataPage::PersonalDataPage(QWidget* parent)
    : RegistrationPage(parent)
    , m_form(new QFormLayout(this))
{
    setTitle(tr("Dati personali"));
    setSubTitle(tr("I campi con * sono obbligatori."));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);

    m_nome = addField(QStringLiteral("nome"), tr("Nome *"), QString());
    m_cognome = addField(QStringLiteral("cognome"), tr("Cognome *"), QString());
    m_codiceFiscale = addField(QStringLiteral("codice_fiscale"), tr("Codice fiscale *"), tr("16 caratteri"));
    m_codiceFiscale->lineEdit()->setValidator(new UpperCaseValidator(m_codiceFiscale->lineEdit()));
    m_codiceFiscale->setEditorWidth(24);
    m_email = addField(QStringLiteral("email"), tr("Email *"), tr("nome@dominio.it"));
    m_emailRepeat = addField(QStringLiteral("emailRepeat"), tr("Ripeti email *"), QString());

    auto* note = CredentialsLabels::note(QStringLiteral("emailNote"), this);
    note->setText(tr("Usa un indirizzo attivo che controlli: riceverai il link per completare la registrazione e, in "
                     "seguito, i documenti e le ricevute delle tue pratiche."));
    m_form->addRow(QString(), note);
    m_form->setRowVisible(m_codiceFiscale, false);
    revalidate();
}

FormField* PersonalDataPage::addField(const QString& objectName, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    auto* field = new FormField(edit, this);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    m_form->addRow(labelWidget, field);
    connect(field, &FormField::changed, this, &PersonalDataPage::revalidate);
    return field;
}

void PersonalDataPage::setCodiceFiscaleRequired(bool required)
{
    m_codiceFiscaleRequired = required;
    m_form->setRowVisible(m_codiceFiscale, required);
    revalidate();
}

QString PersonalDataPage::nome() const
{
    return m_nome->value().trimmed();
}

QString PersonalDataPage::cognome() const
{
    return m_cognome->value().trimmed();
}

QString PersonalDataPage::codiceFiscale() const
{
    return m_codiceFiscaleRequired ? FieldCheck::normalized(FieldRule::CodiceFiscalePersona, m_codiceFiscale->value())
                                   : QString();
}

QString PersonalDataPage::email() const
{
    return m_email->value().trimmed();
}

bool PersonalDataPage::isComplete() const
{
    return m_valid;
}

bool PersonalDataPage::showFieldProblem(const portal::FieldProblem& problem)
{
    FormField* field = nullptr;
    if (problem.field == QLatin1String("/nome")) {
        field = m_nome;
    } else if (problem.field == QLatin1String("/cognome")) {
        field = m_cognome;
    } else if (problem.field == QLatin1String("/codice_fiscale") && m_codiceFiscaleRequired) {
        field = m_codiceFiscale;
    } else if (problem.field == QLatin1String("/email")) {
        field = m_email;
    }
    if (!field) {
        return false;
    }
    field->setPortalProblem(CredentialsText::fieldProblem(problem, field->value(), {}, {}));
    revalidate();
    return true;
}

QString PersonalDataPage::codiceFiscaleProblem(bool* definite) const
{
    const QString value = m_codiceFiscale->value();
    if (const auto error = FieldCheck::check(FieldRule::CodiceFiscalePersona, value, true)) {
        *definite = FieldCheck::isDefinite(*error);
        return ValidationText::message(*error);
    }
    // The portal refuses a code that does not belong to the name typed: say so before sending. Only surname and
    // name are known here (no birth date), and omocodia never touches their letters.
    const QString code = FieldCheck::normalized(FieldRule::CodiceFiscalePersona, value);
    const auto mismatch = [&](FieldError::Reason reason, const QString& found, const QString& expected) {
        FieldError error;
        error.code = FieldError::Code::Mismatch;
        error.reason = reason;
        error.found = found;
        error.expected = expected;
        *definite = true;
        return ValidationText::message(error);
    };
    if (!cognome().isEmpty()) {
        const QString expected = domain::CodiceFiscale::surnameCode(cognome());
        if (code.left(3) != expected) {
            return mismatch(FieldError::Reason::Surname, code.left(3), expected);
        }
    }
    if (!nome().isEmpty()) {
        const QString expected = domain::CodiceFiscale::nameCode(nome());
        if (code.mid(3, 3) != expected) {
            return mismatch(FieldError::Reason::Name, code.mid(3, 3), expected);
        }
    }
    return {};
}

void PersonalDataPage::revalidate()
{
    bool valid = true;
    const auto apply = [&valid](FormField* field, const QString& problem, bool definite) {
        field->setProblem(problem, definite);
        valid = valid && problem.isEmpty() && !field->hasPortalProblem();
    };
    const auto checked = [](FieldRule rule, const QString& value, bool* definite) {
        const auto error = FieldCheck::check(rule, value, true);
        *definite = error && FieldCheck::isDefinite(*error);
        return error ? ValidationText::message(*error) : QString();
    };

    bool definite = false;
    QString problem = checked(FieldRule::Text, m_nome->value(), &definite);
    apply(m_nome, problem, definite);
    problem = checked(FieldRule::Text, m_cognome->value(), &definite);
    apply(m_cognome, problem, definite);
    if (m_codiceFiscaleRequired) {
        problem = codiceFiscaleProblem(&definite);
        apply(m_codiceFiscale, problem, definite);
    } else {
        m_codiceFiscale->setProblem(QString(), false);
    }
    problem = checked(FieldRule::Email, m_email->value(), &definite);
    apply(m_email, problem, definite);

    const QString repeat = m_emailRepeat->value().trimmed();
    if (repeat.isEmpty()) {
        problem = checked(FieldRule::Email, repeat, &definite);
    } else if (repeat.compare(email(), Qt::CaseInsensitive) != 0) {
        problem = tr("Le due email non coincidono: controlla di averle scritte uguali.");
        // Still typing the same address is not a mistake yet.
        definite = !email().startsWith(repeat, Qt::CaseInsensitive);
    } else {
        problem.clear();
    }
    apply(m_emailRepeat, problem, definite);

    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

} // namespace inlinea::ui
