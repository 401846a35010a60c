#include "PasswordChangeDialog.h"

#include "CredentialsText.h"
#include "app/auth/TokenRefresher.h"
#include "ui/ErrorText.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

using auth::CredentialsError;

namespace {

constexpr auto ErrorColor = "#b00020";
constexpr auto FineColor = "#1b7f3b";
constexpr auto NoteColor = "#555555";

QString colored(const char* color)
{
    return QStringLiteral("color: %1;").arg(QLatin1String(color));
}

QString strengthColor(int level)
{
    if (level <= 1) {
        return QLatin1String(ErrorColor);
    }
    return level == 2 ? QStringLiteral("#c77700") : QLatin1String(FineColor);
}

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit* passwordEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase |
                              Qt::ImhHiddenText);
    edit->setMaxLength(1024);
    return edit;
}

// A field with the sentence about it right underneath.
QWidget* withProblem(QWidget* field, QLabel* problem, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    problem->setStyleSheet(colored(ErrorColor));
    problem->hide();
    return box;
}

void showProblem(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

PasswordChangeDialog* PasswordChangeDialog::forced(auth::CredentialsApi* api,
                                                   const portal::PortalCredentials& credentials, const QString& userId,
                                                   const auth::PasswordChangeRequired& change, QWidget* parent)
{
    return new PasswordChangeDialog(Mode::Forced, api, nullptr, credentials, userId, change, parent);
}

PasswordChangeDialog* PasswordChangeDialog::voluntary(auth::CredentialsApi* api, auth::TokenRefresher* tokens,
                                                      const portal::PortalCredentials& credentials,
                                                      const QString& userId, QWidget* parent)
{
    return new PasswordChangeDialog(Mode::Voluntary, api, tokens, credentials, userId, {}, parent);
}

PasswordChangeDialog::PasswordChangeDialog(Mode mode, auth::CredentialsApi* api, auth::TokenRefresher* tokens,
                                           const portal::PortalCredentials& credentials, QString userId,
                                           auth::PasswordChangeRequired change, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_api(api)
    , m_tokens(tokens)
    , m_policy(credentials.passwordPolicy)
    , m_userIdRule(credentials.userIdRule)
    , m_userId(std::move(userId))
    , m_change(std::move(change))
{
    setObjectName(QStringLiteral("passwordChangeDialog"));
    buildUi();
    revalidate();
}

void PasswordChangeDialog::buildUi()
{
    const bool forced = m_mode == Mode::Forced;
    setWindowTitle(forced ? tr("Scegli una nuova password") : tr("Cambia password"));
    setMinimumWidth(520);

    auto* intro = wrappingLabel(QStringLiteral("changeIntro"), this);
    if (forced) {
        QString text = tr("Hai effettuato l'accesso con una password temporanea: prima di qualsiasi altra operazione "
                          "devi sostituirla con una nuova password personale.");
        if (m_change.expiresAt.isValid()) {
            const QDateTime local = m_change.expiresAt.toLocalTime();
            text += QLatin1Char(' ') + tr("Salvala entro le %1, altrimenti dovrai accedere di nuovo con la password "
                                          "temporanea.")
                                           .arg(QLocale().toString(local.time(), QLocale::ShortFormat));
        }
        intro->setText(text);
    } else {
        intro->setText(tr("Per cambiare la password del portale indica quella attuale e scegli la nuova. Resti "
                          "collegato; dal prossimo accesso userai la nuova password."));
    }

    auto* policy = wrappingLabel(QStringLiteral("passwordPolicy"), this);
    policy->setText(CredentialsText::passwordPolicy(m_policy.settings()));
    policy->setStyleSheet(colored(NoteColor));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);

    auto* userId = new QLabel(m_userId, this);
    userId->setObjectName(QStringLiteral("changeUserId"));
    userId->setTextFormat(Qt::PlainText);
    form->addRow(tr("User ID"), userId);

    if (!forced) {
        m_current = passwordEdit(QStringLiteral("currentPasswordEdit"), this);
        m_currentProblem = wrappingLabel(QStringLiteral("currentPasswordProblem"), this);
        auto* label = new QLabel(tr("Password attuale"), this);
        label->setBuddy(m_current);
        form->addRow(label, withProblem(m_current, m_currentProblem, this));
    }

    m_new = passwordEdit(QStringLiteral("newPasswordEdit"), this);
    auto* newLabel = new QLabel(tr("Nuova password"), this);
    newLabel->setBuddy(m_new);
    form->addRow(newLabel, m_new);

    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 4);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setMaximumHeight(12);
    m_strengthBar->setAccessibleName(tr("Robustezza della password"));
    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setMinimumWidth(fontMetrics().horizontalAdvance(CredentialsText::strength(4)) + 8);
    auto* strength = new QHBoxLayout;
    strength->addWidget(m_strengthBar, 1);
    strength->addWidget(m_strengthLabel);
    form->addRow(tr("Robustezza"), strength);

    m_problems = wrappingLabel(QStringLiteral("passwordProblems"), this);
    // Room for the whole list of an empty field, so the dialog does not jump while the user types.
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problems->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    form->addRow(QString(), m_problems);

    m_repeat = passwordEdit(QStringLiteral("repeatPasswordEdit"), this);
    m_repeatProblem = wrappingLabel(QStringLiteral("repeatPasswordProblem"), this);
    auto* repeatLabel = new QLabel(tr("Ripeti la nuova password"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, withProblem(m_repeat, m_repeatProblem, this));

    m_show = new QCheckBox(tr("Mostra le password"), this);
    m_show->setObjectName(QStringLiteral("showPasswords"));
    form->addRow(QString(), m_show);

    m_message = wrappingLabel(QStringLiteral("changeMessage"), this);
    m_message->hide();

    m_cancel = new QPushButton(tr("Annulla"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_save = new QPushButton(tr("Salva la nuova password"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(policy);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);

    if (m_current) {
        connect(m_current, &QLineEdit::textChanged, this, [this] {
            showProblem(m_currentProblem, QString());
            revalidate();
        });
    }
    connect(m_new, &QLineEdit::textChanged, this, [this] {
        m_newPortalProblem.clear();
        revalidate();
    });
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordChangeDialog::revalidate);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto echo = show ? QLineEdit::Normal : QLineEdit::Password;
        for (QLineEdit* edit : {m_current, m_new, m_repeat}) {
            if (edit) {
                edit->setEchoMode(echo);
            }
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &PasswordChangeDialog::save);
    (m_current ? m_current : m_new)->setFocus();
}

void PasswordChangeDialog::revalidate()
{
    const QString password = m_new->text();
    const int level = password.isEmpty() ? 0 : domain::PasswordPolicy::strength(password);
    m_strengthBar->setValue(level);
    m_strengthBar->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background-color: %1; }").arg(strengthColor(level)));
    m_strengthLabel->setText(password.isEmpty() ? QString() : CredentialsText::strength(level));
    m_strengthBar->setAccessibleDescription(m_strengthLabel->text());

    const QString current = m_current ? m_current->text() : QString();
    QString problems =
        CredentialsText::passwordProblems(m_policy.check(password, m_userId, current), m_policy.settings());
    if (!m_newPortalProblem.isEmpty()) {
        problems = m_newPortalProblem + (problems.isEmpty() ? QString() : QStringLiteral("\n")) + problems;
    }
    if (password.isEmpty()) {
        m_problems->setStyleSheet(colored(NoteColor));
        m_problems->setText(tr("Requisiti:") + QLatin1Char('\n') + problems);
    } else if (!problems.isEmpty()) {
        m_problems->setStyleSheet(colored(ErrorColor));
        m_problems->setText(tr("Manca ancora:") + QLatin1Char('\n') + problems);
    } else {
        m_problems->setStyleSheet(colored(FineColor));
        m_problems->setText(tr("La password rispetta tutti i requisiti."));
    }
    m_new->setAccessibleDescription(m_problems->text());
    // Requirements of a password that can no longer be chosen here would only be noise.
    m_problems->setVisible(!m_over);

    const QString repeat = m_repeat->text();
    showProblem(m_repeatProblem, !repeat.isEmpty() && repeat != password
                                     ? tr("Le due password non coincidono: ripeti esattamente la nuova password.")
                                     : QString());

    m_save->setEnabled(canSave());
}

bool PasswordChangeDialog::canSave() const
{
    if (m_busy || m_over || !m_api) {
        return false;
    }
    const QString password = m_new->text();
    const QString current = m_current ? m_current->text() : QString();
    if (m_mode == Mode::Voluntary && (current.isEmpty() || !m_tokens)) {
        return false;
    }
    return !password.isEmpty() && m_newPortalProblem.isEmpty() && m_repeat->text() == password &&
           m_policy.check(password, m_userId, current).isEmpty();
}

void PasswordChangeDialog::save()
{
    if (!canSave()) {
        return;
    }
    m_message->hide();
    setBusy(true, tr("Salvataggio della nuova password…"));
    if (m_mode == Mode::Forced) {
        saveForced();
        return;
    }
    m_tokens->accessToken(this, [this](const Result<QString, portal::PortalError>& token) {
        if (!token) {
            setBusy(false);
            showMessage(ErrorText::portal(token.error()), true);
            return;
        }
        saveVoluntary(token.value());
    });
}

void PasswordChangeDialog::saveForced()
{
    m_api->changeTemporaryPassword(m_change.changeToken, m_new->text(), this,
                                   [this](const Result<auth::LoginSuccess, CredentialsError>& r) {
                                       setBusy(false);
                                       if (!r) {
                                           handleError(r.error());
                                           return;
                                       }
                                       m_over = true;
                                       clearPasswords();
                                       Q_EMIT loggedIn(r.value());
                                       accept();
                                   });
}

void PasswordChangeDialog::saveVoluntary(const QString& bearer)
{
    if (!m_api) {
        setBusy(false);
        return;
    }
    m_api->changePassword(bearer, m_current->text(), m_new->text(), this, [this](const Status<CredentialsError>& r) {
        setBusy(false);
        if (!r) {
            handleError(r.error());
            return;
        }
        m_over = true;
        m_succeeded = true;
        clearPasswords();
        revalidate();
        for (QWidget* input : std::initializer_list<QWidget*>{m_current, m_new, m_repeat, m_show}) {
            input->setEnabled(false);
        }
        m_save->hide();
        m_cancel->setText(tr("Chiudi"));
        m_cancel->setDefault(true);
        m_cancel->setFocus();
        showMessage(tr("Password cambiata. Dal prossimo accesso usa la nuova password."), false);
        Q_EMIT changed();
    });
}

void PasswordChangeDialog::handleError(const CredentialsError& error)
{
    using Kind = CredentialsError::Kind;
    switch (error.kind) {
    case Kind::ChangeExpired:
    case Kind::NoCredentials: endWithout(CredentialsText::error(error)); return;
    case Kind::Validation: {
        bool shown = false;
        QStringList newProblems;
        for (const portal::FieldProblem& problem : error.fieldProblems) {
            if (problem.field == QLatin1String("/current_password") && m_currentProblem) {
                showProblem(m_currentProblem,
                            CredentialsText::fieldProblem(problem, QString(), m_policy.settings(), m_userIdRule));
                m_current->setFocus();
                m_current->selectAll();
                shown = true;
            } else if (problem.field == QLatin1String("/new_password")) {
                newProblems << QStringLiteral("• ") +
                                   CredentialsText::fieldProblem(problem, QString(), m_policy.settings(), m_userIdRule);
            }
        }
        if (!newProblems.isEmpty()) {
            m_newPortalProblem = newProblems.join(QLatin1Char('\n'));
            revalidate();
            if (!shown) {
                m_new->setFocus();
            }
            shown = true;
        }
        if (!shown) {
            showMessage(CredentialsText::error(error), true);
        }
        return;
    }
    case Kind::Portal:
        // A token we believed valid was refused: the next attempt gets a fresh one.
        if (error.portal.httpStatus == 401 && m_tokens) {
            m_tokens->invalidateAccessToken();
        }
        break;
    default: break;
    }
    showMessage(CredentialsText::error(error), true);
}

void PasswordChangeDialog::endWithout(const QString& message)
{
    m_over = true;
    clearPasswords();
    revalidate();
    for (QWidget* input : std::initializer_list<QWidget*>{m_current, m_new, m_repeat, m_show}) {
        if (input) {
            input->setEnabled(false);
        }
    }
    m_save->hide();
    m_cancel->setText(tr("Chiudi"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    showMessage(message, true);
}

void PasswordChangeDialog::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    for (QWidget* input : std::initializer_list<QWidget*>{m_current, m_new, m_repeat, m_show, m_cancel}) {
        if (input) {
            input->setEnabled(!busy);
        }
    }
    if (busy) {
        showMessage(message, false);
        setCursor(Qt::BusyCursor);
    } else {
        m_message->hide();
        unsetCursor();
    }
    m_save->setEnabled(canSave());
}

void PasswordChangeDialog::showMessage(const QString& message, bool isError)
{
    m_message->setStyleSheet(colored(isError ? ErrorColor : (m_succeeded ? FineColor : NoteColor)));
    if (isError || m_succeeded) {
        m_message->setStyleSheet(m_message->styleSheet() + QStringLiteral(" font-weight: bold;"));
    }
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PasswordChangeDialog::clearPasswords()
{
    for (QLineEdit* edit : {m_current, m_new, m_repeat}) {
        if (edit) {
            edit->clear();
        }
    }
}

void PasswordChangeDialog::done(int result)
{
    clearPasswords();
    // After a voluntary change, closing in any way acknowledges it.
    QDialog::done(m_succeeded ? QDialog::Accepted : result);
}

} // namespace inlinea::ui
