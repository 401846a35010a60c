#include "PasswordStrengthMeter.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {

QString strengthColor(int level)
{
    if (level <= 1) {
        return QLatin1String(CredentialsLabels::ProblemColor);
    }
    return level == 2 ? QStringLiteral("#c77700") : QLatin1String(CredentialsLabels::FineColor);
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_word(new QLabel(this))
    , m_requirements(CredentialsLabels::message(QStringLiteral("passwordProblems"), this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_bar->setAccessibleName(tr("Robustezza della password"));
    m_word->setObjectName(QStringLiteral("strengthLabel"));
    m_word->setMinimumWidth(m_word->fontMetrics().horizontalAdvance(CredentialsText::strength(4)) + 8);
    m_requirements->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* strength = new QHBoxLayout;
    strength->setSpacing(8);
    strength->addWidget(m_bar, 1);
    strength->addWidget(m_word);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(strength);
    layout->addWidget(m_requirements);
}

void PasswordStrengthMeter::assess(const QString& password, const QList<domain::PasswordProblem::Code>& unmet,
                                   const domain::PasswordPolicy::Settings& policy, const QString& portalProblem)
{
    const int level = password.isEmpty() ? 0 : domain::PasswordPolicy::strength(password);
    m_bar->setValue(level);
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(strengthColor(level)));
    m_word->setText(password.isEmpty() ? QString() : CredentialsText::strength(level));
    m_bar->setAccessibleDescription(m_word->text());

    QString problems = CredentialsText::passwordProblems(unmet, policy);
    if (!portalProblem.isEmpty()) {
        problems = portalProblem + (problems.isEmpty() ? QString() : QStringLiteral("\n")) + problems;
    }
    if (problems.isEmpty()) {
        CredentialsLabels::showFine(m_requirements, tr("La password rispetta tutti i requisiti."));
    } else if (password.isEmpty()) {
        CredentialsLabels::showNote(m_requirements, tr("Requisiti:") + QLatin1Char('\n') + problems);
    } else {
        CredentialsLabels::showProblem(m_requirements, tr("Manca ancora:") + QLatin1Char('\n') + problems);
    }
    m_requirements->setVisible(m_requirementsVisible);
}

void PasswordStrengthMeter::reserveRequirementLines(int lines)
{
    m_requirements->setMinimumHeight(m_requirements->fontMetrics().lineSpacing() * lines);
}

void PasswordStrengthMeter::setRequirementsVisible(bool visible)
{
    m_requirementsVisible = visible;
    m_requirements->setVisible(visible && !m_requirements->text().isEmpty());
}

QString PasswordStrengthMeter::requirements() const
{
    return m_requirements->text();
}

} // namespace inlinea::ui
