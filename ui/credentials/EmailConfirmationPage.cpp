#include "EmailConfirmationPage.h"

#include "CredentialsLabels.h"
#include "CredentialsText.h"
#include "app/auth/CredentialsApi.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QWizard>

namespace inlinea::ui {

EmailConfirmationPage::EmailConfirmationPage(auth::CredentialsApi* api, QWidget* parent)
    : RegistrationPage(parent)
    , m_api(api)
    , m_intro(CredentialsLabels::plain(QStringLiteral("confirmIntro"), this))
    , m_link(new QLineEdit(this))
    , m_confirm(new QPushButton(tr("Conferma"), this))
    , m_message(CredentialsLabels::message(QStringLiteral("confirmMessage"), this))
{
    setTitle(tr("Controlla la posta"));
    setSubTitle(tr("Manca un ultimo passo: la conferma dell'indirizzo email."));
    setFinalPage(true);
    setButtonText(QWizard::CancelButton, tr("Chiudi"));

    auto* how = CredentialsLabels::plain(QStringLiteral("confirmHow"), this);
    how->setText(tr("Incolla qui il link dell'email, oppure solo il codice che segue «token=»:"));
    m_link->setObjectName(QStringLiteral("confirmLinkEdit"));
    m_link->setPlaceholderText(tr("https://…/api/v1/auth/register/confirm?token=…"));
    m_link->setClearButtonEnabled(true);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_confirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addWidget(how);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_link, &QLineEdit::textChanged, this, [this] {
        if (!m_confirmedUserId.isEmpty()) {
            return;
        }
        CredentialsLabels::clear(m_message);
        updateButton();
    });
    connect(m_link, &QLineEdit::returnPressed, this, &EmailConfirmationPage::confirm);
    connect(m_confirm, &QPushButton::clicked, this, &EmailConfirmationPage::confirm);
    updateButton();
}

void EmailConfirmationPage::setRegistration(const QString& maskedEmail, const QString& userId)
{
    m_intro->setText(tr("Abbiamo inviato un'email con un link di conferma a %1. La registrazione dello User ID %2 "
                        "sarà completa solo dopo che avrai aperto quel link: finché non lo apri non puoi accedere. "
                        "Puoi aprirlo nel browser oppure incollarlo qui sotto. Il link si può usare una sola volta.")
                         .arg(maskedEmail, userId));
}

bool EmailConfirmationPage::isComplete() const
{
    return !m_confirmedUserId.isEmpty();
}

QString EmailConfirmationPage::tokenFrom(const QString& pasted)
{
    const QString text = pasted.trimmed();
    const qsizetype query = text.indexOf(QLatin1Char('?'));
    if (query >= 0) {
        return QUrlQuery(text.mid(query + 1)).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).trimmed();
    }
    if (text.startsWith(QLatin1String("token="))) {
        return text.mid(6);
    }
    return text;
}

void EmailConfirmationPage::confirm()
{
    const QString token = tokenFrom(m_link->text());
    if (m_confirming || !m_confirmedUserId.isEmpty() || token.isEmpty()) {
        return;
    }
    m_confirming = true;
    updateButton();
    CredentialsLabels::showProgress(m_message, tr("Conferma in corso…"));
    m_api->confirmEmail(token, this, [this](const Result<QString, auth::CredentialsError>& result) {
        m_confirming = false;
        if (!result) {
            CredentialsLabels::showProblem(m_message, CredentialsText::error(result.error()));
            updateButton();
            return;
        }
        m_confirmedUserId = result.value();
        CredentialsLabels::showFine(
            m_message, tr("Registrazione confermata: ora puoi accedere con lo User ID %1.").arg(m_confirmedUserId));
        updateButton();
        Q_EMIT completeChanged();
        Q_EMIT confirmed(m_confirmedUserId);
    });
}

void EmailConfirmationPage::updateButton()
{
    const bool open = !m_confirming && m_confirmedUserId.isEmpty();
    m_link->setReadOnly(!open);
    m_confirm->setEnabled(open && !tokenFrom(m_link->text()).isEmpty());
}

} // namespace inlinea::ui
