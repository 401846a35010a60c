#pragma once

#include "RegistrationPage.h"

#include <QList>
#include <QString>

class QFormLayout;
class QLabel;

namespace inlinea::ui {

class FormField;

// "Dati personali": nome, cognome, the codice fiscale (only for a Profilo Completo) and the e-mail address, typed
// twice. Each field says under itself what is wrong, with the rules of app/domain the portal shares.
class PersonalDataPage : public RegistrationPage {
    Q_OBJECT
public:
    explicit PersonalDataPage(QWidget* parent = nullptr);

    // The Profilo Completo of a Cittadino needs the codice fiscale; otherwise the field is hidden and not sent.
    void setCodiceFiscaleRequired(bool required);

    [[nodiscard]] QString nome() const;
    [[nodiscard]] QString cognome() const;
    // Upper case and trimmed; empty when not required.
    [[nodiscard]] QString codiceFiscale() const;
    [[nodiscard]] QString email() const;

    [[nodiscard]] bool isComplete() const override;
    bool showFieldProblem(const portal::FieldProblem& problem) override;

private:
    [[nodiscard]] FormField* addField(const QString& objectName, const QString& label, const QString& placeholder);
    void revalidate();
    [[nodiscard]] QString codiceFiscaleProblem(bool* definite) const;

    QFormLayout* m_form;
    FormField* m_nome;
    FormField* m_cognome;
    FormField* m_codiceFiscale;
    FormField* m_email;
    FormField* m_emailRepeat;
    bool m_codiceFiscaleRequired = false;
    bool m_valid = false;
};

} // namespace inlinea::ui
