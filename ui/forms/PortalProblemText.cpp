#include "PortalProblemText.h"

#include "ui/ValidationText.h"

namespace inlinea::ui {

QString PortalProblemText::message(const portal::FieldProblem& problem, const QString& value)
{
    if (!problem.detail.isEmpty()) {
        QString text = problem.detail;
        text[0] = text.at(0).toUpper();
        return text;
    }
    const auto code = domain::codeFromName(problem.code);
    if (!code) {
        return tr("Valore non accettato dal portale");
    }
    using C = domain::FieldError::Code;
    domain::FieldError error;
    error.code = *code;
    error.expected = problem.expected;
    error.position = problem.position;
    const QString trimmed = value.trimmed();
    if (problem.position > 0 && problem.position <= trimmed.size()) {
        error.found = trimmed.at(problem.position - 1);
    } else if ((*code == C::CheckDigit || *code == C::CheckCharacter) && !trimmed.isEmpty()) {
        error.found = trimmed.back();
    }
    error.length = static_cast<int>(trimmed.size());
    return ValidationText::message(error);
}

} // namespace inlinea::ui
