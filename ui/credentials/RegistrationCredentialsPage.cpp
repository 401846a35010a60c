#include "RegistrationCredentialsPage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "PasswordStrengthMeter.h"
#include "SecretEdit.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace inlinea::ui {

RegistrationCredentialsPage::RegistrationCredentialsPage(const portal::PortalCredentials& credentials, QWidget* parent)
    : RegistrationPage(parent)
    , m_rule(credentials.userIdRule)
    , m_policy(credentials.passwordPolicy)
    , m_userId(new QLineEdit(this))
    , m_userIdMessage(CredentialsLabels::message(QStringLiteral("userIdMessage"), this))
    , m_password(SecretEdit::password(QStringLiteral("passwordEdit"), this))
    , m_passwordRepeat(SecretEdit::password(QStringLiteral("passwordRepeatEdit"), this))
    , m_repeatMessage(CredentialsLabels::message(QStringLiteral("passwordRepeatMessage"), this))
    , m_meter(new PasswordStrengthMeter(this))
{
    setTitle(tr("Credenziali"));
    setSubTitle(tr("Scegli lo User ID e la password con cui accederai ai servizi del portale."));

    m_userId->setObjectName(QStringLiteral("userIdEdit"));
    m_userId->setMaxLength(m_rule.maxLength + 16); // room to see "too long" rather than a silent stop
    auto* rule = CredentialsLabels::note(QStringLiteral("userIdRule"), this);
    rule->setText(CredentialsText::userIdRule(m_rule));

    auto* policy = CredentialsLabels::note(QStringLiteral("passwordPolicy"), this);
    policy->setText(CredentialsText::passwordPolicy(m_policy.settings()));

    // A grid rather than a form layout: the wrapped sentences under each field get their full height.
    auto* grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    grid->setHorizontalSpacing(12);
    int row = 0;
    const auto addLabel = [this, grid, &row](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        grid->addWidget(label, row, 0);
        return label;
    };
    const auto addField = [grid, &row](QWidget* widget) { grid->addWidget(widget, row++, 1); };
    const auto addGap = [grid, &row] { grid->addItem(new QSpacerItem(0, 10), row++, 1); };

    addLabel(tr("User ID *"), m_userId);
    addField(m_userId);
    addField(m_userIdMessage);
    addField(rule);
    addGap();
    addLabel(tr("Password *"), m_password);
    addField(m_password);
    addField(policy);
    addGap();
    addLabel(tr("Ripeti password *"), m_passwordRepeat);
    addField(m_passwordRepeat);
    addField(m_repeatMessage);
    addGap();
    // Level with the bar, not centred on the requirements below it.
    addLabel(tr("Robustezza"), m_meter)->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    addField(m_meter);
    grid->setRowStretch(row, 1);

    connect(m_userId, &QLineEdit::textChanged, this, [this] {
        m_userIdPortalProblem.clear();
        updateUserId();
        updatePassword(); // the password must not contain the User ID
    });
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_passwordPortalProblem.clear();
        updatePassword();
    });
    connect(m_passwordRepeat, &QLineEdit::textChanged, this, &RegistrationCredentialsPage::updatePassword);
    updateUserId();
    updatePassword();
}

QString RegistrationCredentialsPage::userId() const
{
    return m_userId->text();
}

QString RegistrationCredentialsPage::password() const
{
    return m_password->text();
}

void RegistrationCredentialsPage::clearPassword()
{
    m_password->clear();
    m_passwordRepeat->clear();
}

bool RegistrationCredentialsPage::isComplete() const
{
    return m_complete;
}

bool RegistrationCredentialsPage::showFieldProblem(const portal::FieldProblem& problem)
{
    if (problem.field == QLatin1String("/user_id")) {
        m_userIdPortalProblem = CredentialsText::fieldProblem(problem, userId(), m_policy.settings(), m_rule);
        updateUserId();
        return true;
    }
    if (problem.field == QLatin1String("/password")) {
        const QString text = CredentialsText::fieldProblem(problem, QString(), m_policy.settings(), m_rule);
        m_passwordPortalProblem += (m_passwordPortalProblem.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        updatePassword();
        return true;
    }
    return false;
}

void RegistrationCredentialsPage::updateUserId()
{
    const QString text = userId();
    if (!m_userIdPortalProblem.isEmpty()) {
        CredentialsLabels::showProblem(m_userIdMessage, m_userIdPortalProblem);
    } else if (text.isEmpty()) {
        CredentialsLabels::clear(m_userIdMessage);
    } else if (const auto problem = domain::UserIdRule::check(text, m_rule)) {
        CredentialsLabels::showProblem(m_userIdMessage, CredentialsText::userIdProblem(*problem, m_rule));
    } else {
        CredentialsLabels::showFine(m_userIdMessage, tr("User ID valido"));
    }
    m_userId->setAccessibleDescription(m_userIdMessage->text());
    updateComplete();
}

void RegistrationCredentialsPage::updatePassword()
{
    const QString password = m_password->text();
    m_meter->assess(password, m_policy.check(password, userId()), m_policy.settings(), m_passwordPortalProblem);
    m_password->setAccessibleDescription(m_meter->requirements());

    const QString repeat = m_passwordRepeat->text();
    if (!repeat.isEmpty() && repeat != password && !password.startsWith(repeat)) {
        CredentialsLabels::showProblem(m_repeatMessage, tr("Le due password non coincidono."));
    } else {
        CredentialsLabels::clear(m_repeatMessage);
    }
    updateComplete();
}

bool RegistrationCredentialsPage::computeComplete() const
{
    return !userId().isEmpty() && m_userIdPortalProblem.isEmpty() && !domain::UserIdRule::check(userId(), m_rule) &&
           m_passwordPortalProblem.isEmpty() && m_policy.check(password(), userId()).isEmpty() &&
           m_passwordRepeat->text() == password();
}

void RegistrationCredentialsPage::updateComplete()
{
    const bool complete = computeComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged();
    }
}

} // namespace inlinea::ui
