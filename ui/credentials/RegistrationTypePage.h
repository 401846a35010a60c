#pragma once

#include "RegistrationPage.h"
#include "app/portal/PortalInfo.h"

#include <QList>
#include <QString>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace inlinea::ui {

// "Tipo e profilo": the registration types the portal offers and, for the chosen one, its profiles; a profile the
// type does not offer is shown but cannot be chosen.
class RegistrationTypePage : public RegistrationPage {
    Q_OBJECT
public:
    explicit RegistrationTypePage(const QList<portal::RegistrationType>& types, QWidget* parent = nullptr);

    // Codes as the portal names them ("cittadino", "base"); empty when none is chosen.
    [[nodiscard]] QString tipo() const;
    [[nodiscard]] QString profilo() const;

    [[nodiscard]] bool isComplete() const override;
    bool showFieldProblem(const portal::FieldProblem& problem) override;

private:
    void updateProfiles();

    QList<portal::RegistrationType> m_types;
    QStringList m_profiles; // every profile any type offers, in the portal's order
    QButtonGroup* m_typeGroup;
    QButtonGroup* m_profileGroup;
    QList<QRadioButton*> m_typeButtons;
    QList<QRadioButton*> m_profileButtons;
    QList<QLabel*> m_profileNotes;
    QLabel* m_problem;
};

} // namespace inlinea::ui
