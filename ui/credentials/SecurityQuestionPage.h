#pragma once

#include "RegistrationPage.h"
#include "app/portal/PortalInfo.h"

#include <QList>
#include <QString>

namespace inlinea::ui {

class FormField;

// "Domanda di sicurezza": one of the portal's questions and its answer, which later lets the user reset a forgotten
// password. The answer lives only in its line edit (clearAnswer() once the registration is sent).
class SecurityQuestionPage : public RegistrationPage {
    Q_OBJECT
public:
    explicit SecurityQuestionPage(const QList<portal::SecurityQuestion>& questions, QWidget* parent = nullptr);

    [[nodiscard]] QString questionId() const;
    [[nodiscard]] QString questionText() const;
    [[nodiscard]] QString answer() const;
    void clearAnswer();

    [[nodiscard]] bool isComplete() const override;
    bool showFieldProblem(const portal::FieldProblem& problem) override;

private:
    void revalidate();

    FormField* m_question;
    FormField* m_answer;
    bool m_valid = false;
};

} // namespace inlinea::ui
