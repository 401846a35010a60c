#include "RegistrationCredentialsPage.h"

#include "CredentialsText.h"
#include "RegistrationLabels.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace inlinea::ui {

namespace {

QString strengthColor(int level)
{
    if (level <= 1) {
        return QStringLiteral("#b00020");
    }
    return level == 2 ? QStringLiteral("#c77700") : QStringLiteral("#1b7f3b");
}

} // namespace

RegistrationCredentialsPage::RegistrationCredentialsPage(const portal::PortalCredentials& credentials, QWidget* parent)
    : RegistrationPage(parent)
    , m_rule(credentials.userIdRule)
    , m_policy(credentials.passwordPolicy)
    , m_userId(new QLineEdit(this))
    , m_userIdMessage(RegistrationLabels::message(QStringLiteral("userIdMessage"), this))
    , m_password(new QLineEdit(this))
    , m_passwordRepeat(new QLineEdit(this))
    , m_repeatMessage(RegistrationLabels::message(QStringLiteral("passwordRepeatMessage"), this))
    , m_strengthBar(new QProgressBar(this))
    , m_strengthLabel(new QLabel(this))
    , m_problems(RegistrationLabels::message(QStringLiteral("passwordProblems"), this))
{
    setTitle(tr("Credenziali"));
    setSubTitle(tr("Scegli lo User ID e la password con cui accederai ai servizi del portale."));

    m_userId->setObjectName(QStringLiteral("userIdEdit"));
    m_userId->setMaxLength(m_rule.maxLength + 16); // room to see "too long" rather than a silent stop
    auto* rule = RegistrationLabels::note(QStringLiteral("userIdRule"), this);
    rule->setText(CredentialsText::userIdRule(m_rule));

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordRepeat->setObjectName(QStringLiteral("passwordRepeatEdit"));
    m_passwordRepeat->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_password, m_passwordRepeat}) {
        // Password mode already refuses copy and drag; input methods must not learn or suggest it either.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    auto* policy = RegistrationLabels::note(QStringLiteral("passwordPolicy"), this);
    policy->setText(CredentialsText::passwordPolicy(m_policy.settings()));

    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setValue(0);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(12);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setMinimumWidth(m_strengthLabel->fontMetrics().horizontalAdvance(CredentialsText::strength(4)) +
                                     8);
    auto* strengthRow = new QHBoxLayout;
    strengthRow->setSpacing(8);
    strengthRow->addWidget(m_strengthBar, 1);
    strengthRow->addWidget(m_strengthLabel);

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
    addLabel(tr("Robustezza"), m_strengthBar);
    grid->addLayout(strengthRow, row++, 1);
    addField(m_problems);
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
        RegistrationLabels::showProblem(m_userIdMessage, m_userIdPortalProblem);
    } else if (text.isEmpty()) {
        RegistrationLabels::clear(m_userIdMessage);
    } else if (const auto problem = domain::UserIdRule::check(text, m_rule)) {
        RegistrationLabels::showProblem(m_userIdMessage, CredentialsText::userIdProblem(*problem, m_rule));
    } else {
        RegistrationLabels::showFine(m_userIdMessage, tr("User ID valido"));
    }
    m_userId->setAccessibleDescription(m_userIdMessage->text());
    updateComplete();
}

void RegistrationCredentialsPage::updatePassword()
{
    const QString password = m_password->text();
    const int level = password.isEmpty() ? 0 : domain::PasswordPolicy::strength(password);
    m_strengthBar->setValue(level);
    m_strengthBar->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(strengthColor(level)));
    m_strengthLabel->setText(password.isEmpty() ? QString() : CredentialsText::strength(level));
    m_strengthBar->setAccessibleDescription(m_strengthLabel->text());

    const auto codes = m_policy.check(password, userId());
    QString problems = CredentialsText::passwordProblems(codes, m_policy.settings());
    if (!m_passwordPortalProblem.isEmpty()) {
        problems = m_passwordPortalProblem + (problems.isEmpty() ? QString() : QStringLiteral("\n")) + problems;
    }
    if (problems.isEmpty()) {
        RegistrationLabels::showFine(m_problems, tr("La password rispetta tutti i requisiti."));
    } else if (password.isEmpty()) {
        RegistrationLabels::showProgress(m_problems, tr("Requisiti:") + QLatin1Char('\n') + problems);
    } else {
        RegistrationLabels::showProblem(m_problems, tr("Manca ancora:") + QLatin1Char('\n') + problems);
    }

    const QString repeat = m_passwordRepeat->text();
    if (!repeat.isEmpty() && repeat != password && !password.startsWith(repeat)) {
        RegistrationLabels::showProblem(m_repeatMessage, tr("Le due password non coincidono."));
    } else {
        RegistrationLabels::clear(m_repeatMessage);
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
