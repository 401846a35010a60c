#pragma once

#include "app/portal/FieldProblem.h"

#include <QWizardPage>

namespace inlinea::ui {

// A page of the registration wizard. When the portal refuses the registration (422), the wizard asks each page in
// turn to show the problems of its own fields; the first page that holds one is where the user is taken back to.
class RegistrationPage : public QWizardPage {
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

    // Shows the portal's problem beside its field; false when the field ("/user_id", ...) is not on this page.
    virtual bool showFieldProblem(const portal::FieldProblem& problem)
    {
        Q_UNUSED(problem)
        return false;
    }
};

} // namespace inlinea::ui
