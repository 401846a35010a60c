#include "PasswordChangeDialog.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "PasswordStrengthMeter.h"
#include "SecretEdit.h"
#include "app/auth/TokenRefresher.h"
#include "ui/ErrorText.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

using auth::CredentialsError;

namespace {

// A field with the sentence about it right underneath.
QWidget* withProblem(QWidget* field, QLabel* problem, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
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

    auto* intro = CredentialsLabels::plain(QStringLiteral("changeIntro"), this);
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

    auto* policy = CredentialsLabels::note(QStringLiteral("passwordPolicy"), this);
    policy->setText(CredentialsText::passwordPolicy(m_policy.settings()));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);

    auto* userId = new QLabel(m_userId, this);
    userId->setObjectName(QStringLiteral("changeUserId"));
    userId->setTextFormat(Qt::PlainText);
    form->addRow(tr("User ID"), userId);

    if (!forced) {
        m_current = SecretEdit::password(QStringLiteral("currentPasswordEdit"), this);
        m_currentProblem = CredentialsLabels::message(QStringLiteral("currentPasswordProblem"), this);
        auto* label = new QLabel(tr("Password attuale"), this);
        label->setBuddy(m_current);
        form->addRow(label, withProblem(m_current, m_currentProblem, this));
    }

    m_new = SecretEdit::password(QStringLiteral("newPasswordEdit"), this);
    auto* newLabel = new QLabel(tr("Nuova password"), this);
    newLabel->setBuddy(m_new);
    form->addRow(newLabel, m_new);

    m_meter = new PasswordStrengthMeter(this);
    // Room for the whole list of an empty field, so the dialog does not jump while the user types.
    m_meter->reserveRequirementLines(6);
    auto* strengthLabel = new QLabel(tr("Robustezza"), this);
    strengthLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    strengthLabel->setBuddy(m_meter);
    form->addRow(strengthLabel, m_meter);

    m_repeat = SecretEdit::password(QStringLiteral("repeatPasswordEdit"), this);
    m_repeatProblem = CredentialsLabels::message(QStringLiteral("repeatPasswordProblem"), this);
    auto* repeatLabel = new QLabel(tr("Ripeti la nuova password"), this);
    repeatLabel->setBuddy(m_repeat);
    form->addRow(repeatLabel, withProblem(m_repeat, m_repeatProblem, this));

    m_show = new QCheckBox(tr("Mostra le password"), this);
    m_show->setObjectName(QStringLiteral("showPasswords"));
    form->addRow(QString(), m_show);

    m_message = CredentialsLabels::message(QStringLiteral("changeMessage"), this);

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
            CredentialsLabels::clear(m_currentProblem);
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
    const QString current = m_current ? m_current->text() : QString();
    m_meter->assess(password, m_policy.check(password, m_userId, current), m_policy.settings(), m_newPortalProblem);
    m_new->setAccessibleDescription(m_meter->requirements());
    // Requirements of a password that can no longer be chosen here would only be noise.
    m_meter->setRequirementsVisible(!m_over);

    const QString repeat = m_repeat->text();
    CredentialsLabels::showProblem(m_repeatProblem,
                                   !repeat.isEmpty() && repeat != password
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
                CredentialsLabels::showProblem(
                    m_currentProblem,
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
    using Emphasis = CredentialsLabels::Emphasis;
    if (isError) {
        CredentialsLabels::showProblem(m_message, message, Emphasis::Bold);
    } else if (m_succeeded) {
        CredentialsLabels::showFine(m_message, message, Emphasis::Bold);
    } else {
        CredentialsLabels::showNote(m_message, message);
    }
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
