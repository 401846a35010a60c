#pragma once

#include "app/domain/PasswordPolicy.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace inlinea::ui {

// The live verdict on a password being chosen: a 0..4 strength bar with its word, and underneath the requirements
// of the portal's policy — all of them before typing, then those still unmet, then that every one is met. It only
// shows what it is told: the caller checks the password against the policy and passes the unmet requirements.
class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    // `portalProblem`: the portal's own verdict on this password (one or more lines), listed first.
    void assess(const QString& password, const QList<domain::PasswordProblem::Code>& unmet,
                const domain::PasswordPolicy::Settings& policy, const QString& portalProblem = {});

    // Keeps room for this many lines of requirements, so what is below does not move while the user types.
    void reserveRequirementLines(int lines);
    void setRequirementsVisible(bool visible);
    // The requirements as shown, for the accessible description of the password field.
    [[nodiscard]] QString requirements() const;

private:
    QProgressBar* m_bar;
    QLabel* m_word;
    QLabel* m_requirements;
    bool m_requirementsVisible = true;
};

} // namespace inlinea::ui
