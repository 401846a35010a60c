#include "LoginWindow.h"

#include "ui/credentials/SecretEdit.h"
#include "ui/widgets/CardPanel.h"
#include "ui/widgets/HeaderBar.h"
#include "ui/widgets/PortalStatusWidget.h"

#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

using portal::LoginMethod;

namespace {

// Plain text, not rich text: a QLabel with HTML builds a whole text document, and these are on the first frame.
QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QPushButton* bigButton(const QString& text, const QString& objectName, const QString& colour, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(40);
    button->setCursor(Qt::PointingHandCursor);
    button->setStyleSheet(QStringLiteral("QPushButton { background: %1; color: white; font-weight: bold; border: none;"
                                         " border-radius: 4px; padding: 8px 18px; }"
                                         "QPushButton:focus { outline: 2px solid #ffb300; }")
                              .arg(colour));
    return button;
}

} // namespace

LoginWindow::LoginWindow(QWidget* parent)
    : QWidget(parent)
    , m_header(new HeaderBar(this))
    , m_waiting(new QLabel(this))
    , m_cardBox(nullptr)
    , m_spidColumn(nullptr)
    , m_cnsColumn(nullptr)
    , m_credentialsBox(nullptr)
    , m_username(nullptr)
    , m_password(nullptr)
    , m_register(nullptr)
    , m_forgot(nullptr)
    , m_legacyNote(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_offline(new QPushButton(tr("Consulta i dati salvati"), this))
    , m_portalStatus(new PortalStatusWidget(this))
    , m_cardPanel(new CardPanel(this))
{
    setWindowTitle(tr("Inlinea Desktop – Accesso"));
    resize(860, 640);

    auto* accessTitle = new QLabel(tr("Accesso al sistema"), this);
    QFont titleFont = accessTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    accessTitle->setFont(titleFont);
    auto* access = paragraph(tr("Le credenziali di accesso sono strettamente personali e si riferiscono alla persona "
                                "fisica che compilerà i moduli (il «compilatore»), che non è necessariamente il "
                                "rappresentante legale della ditta o chi firmerà il documento: può essere un delegato, "
                                "ad esempio un consulente."),
                             this);

    m_waiting->setObjectName(QStringLiteral("waitingLabel"));
    m_waiting->setWordWrap(true);
    m_waiting->setText(tr("Il portale non ha ancora risposto: le modalità di accesso compariranno appena sarà "
                          "raggiungibile."));

    m_cardBox = buildCardBox();
    m_credentialsBox = buildCredentialsBox();

    m_legacyNote->setObjectName(QStringLiteral("legacyNote"));
    m_legacyNote->setWordWrap(true);
    m_legacyNote->setText(tr("Come stabilito dal Decreto Semplificazioni, dal 1° marzo 2021 non vengono più rilasciate "
                             "nuove credenziali; dal 1° ottobre 2021 si accede solo con SPID o CNS."));
    m_legacyNote->setForegroundRole(QPalette::PlaceholderText);

    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* settings = new QPushButton(tr("Impostazioni…"), this);
    settings->setObjectName(QStringLiteral("settingsButton"));
    m_offline->setObjectName(QStringLiteral("offlineButton"));
    m_offline->setToolTip(tr("Apre le anagrafiche e i dati salvati su questo computer senza accedere al portale. Le "
                             "modifiche restano in attesa e vengono inviate dopo il prossimo accesso."));
    m_offline->hide();
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_portalStatus);
    footer->addStretch(1);
    footer->addWidget(m_offline);
    footer->addWidget(settings);

    auto* body = new QVBoxLayout;
    body->setContentsMargins(24, 12, 24, 12);
    body->addWidget(accessTitle);
    body->addWidget(access);
    body->addWidget(m_waiting);
    body->addWidget(m_cardBox);
    body->addWidget(m_cardPanel);
    body->addWidget(m_credentialsBox);
    body->addWidget(m_legacyNote);
    body->addWidget(m_notice);
    body->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    layout->addWidget(line);
    layout->addLayout(footer);

    connect(settings, &QPushButton::clicked, this, &LoginWindow::settingsRequested);
    connect(m_offline, &QPushButton::clicked, this, &LoginWindow::offlineRequested);
    setPortalInfo(std::nullopt);
}

QGroupBox* LoginWindow::buildCardBox()
{
    auto* box = new QGroupBox(tr("Accesso con SPID o smart card"), this);

    m_spidColumn = new QWidget(box);
    auto* spid = bigButton(tr("Entra con SPID"), QStringLiteral("spidButton"), QStringLiteral("#0066cc"), m_spidColumn);
    auto* spidText =
        paragraph(tr("La propria identità digitale SPID, rilasciata da un gestore accreditato da AgID."), m_spidColumn);
    auto* spidLayout = new QVBoxLayout(m_spidColumn);
    spidLayout->addWidget(spid);
    spidLayout->addWidget(boldLabel(tr("Cosa occorre per accedere"), m_spidColumn));
    spidLayout->addWidget(spidText);
    spidLayout->addStretch(1);

    m_cnsColumn = new QWidget(box);
    auto* cns = bigButton(tr("Entra con CNS"), QStringLiteral("cnsButton"), QStringLiteral("#2e7d32"), m_cnsColumn);
    auto* cnsText = paragraph(tr("La Carta Nazionale dei Servizi (o la Carta Regionale dei Servizi), il suo codice PIN "
                                 "e un lettore di smart card."),
                              m_cnsColumn);
    auto* cnsLayout = new QVBoxLayout(m_cnsColumn);
    cnsLayout->addWidget(cns);
    cnsLayout->addWidget(boldLabel(tr("Cosa occorre per accedere"), m_cnsColumn));
    cnsLayout->addWidget(cnsText);
    cnsLayout->addStretch(1);

    auto* layout = new QHBoxLayout(box);
    layout->addWidget(m_spidColumn, 1);
    layout->addWidget(m_cnsColumn, 1);

    connect(spid, &QPushButton::clicked, this, &LoginWindow::spidRequested);
    connect(cns, &QPushButton::clicked, this, &LoginWindow::cnsRequested);
    return box;
}

QGroupBox* LoginWindow::buildCredentialsBox()
{
    auto* box = new QGroupBox(tr("Accesso con credenziali"), this);
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password = SecretEdit::password(QStringLiteral("passwordEdit"), box);
    auto* login = new QPushButton(tr("Accedi"), box);
    login->setObjectName(QStringLiteral("loginButton"));
    m_register = new QPushButton(tr("Nuovo utente"), box);
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_forgot = new QPushButton(tr("Password dimenticata?"), box);
    m_forgot->setObjectName(QStringLiteral("forgotButton"));
    m_forgot->setFlat(true);

    auto* form = new QFormLayout;
    m_username->setPlaceholderText(tr("Il tuo User ID"));
    form->addRow(tr("User ID:"), m_username);
    form->addRow(tr("Password:"), m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(login);
    buttons->addWidget(m_register);
    buttons->addStretch(1);
    buttons->addWidget(m_forgot);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(login, &QPushButton::clicked, this, &LoginWindow::submitCredentials);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginWindow::submitCredentials);
    connect(m_register, &QPushButton::clicked, this, &LoginWindow::registrationRequested);
    connect(m_forgot, &QPushButton::clicked, this, &LoginWindow::passwordResetRequested);
    return box;
}

void LoginWindow::submitCredentials()
{
    const QString user = m_username->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        showNotice(tr("Inserisci User ID e password."), true);
        return;
    }
    Q_EMIT passwordLoginRequested(user, m_password->text());
    // The password is not kept by this window once handed over.
    m_password->clear();
}

void LoginWindow::setPortalInfo(const std::optional<portal::PortalInfo>& info)
{
    m_waiting->setVisible(!info);
    if (!info) {
        m_header->setSubtitle(tr("Portale non ancora raggiunto"));
        m_cardBox->hide();
        m_credentialsBox->hide();
        m_legacyNote->hide();
        m_cardPanel->show(); // the card's state is worth seeing even before the portal answers
        return;
    }
    // Portals often carry the authority in their name already ("Inlinea – Città Metropolitana di Milano").
    const bool authorityInName = info->authority.isEmpty() || info->name.contains(info->authority);
    m_header->setSubtitle(authorityInName ? info->name : QStringLiteral("%1 — %2").arg(info->name, info->authority));
    m_spidColumn->setVisible(info->offers(LoginMethod::Spid));
    m_cnsColumn->setVisible(info->offers(LoginMethod::Cns));
    m_cardBox->setVisible(info->offers(LoginMethod::Spid) || info->offers(LoginMethod::Cns));
    m_cardPanel->setVisible(info->offers(LoginMethod::Cns));
    m_credentialsBox->setVisible(info->offers(LoginMethod::Password));
    // Capability-driven: one app, portals that offer different things.
    m_register->setVisible(info->registrationEnabled && info->credentials.registration);
    m_forgot->setVisible(info->credentials.passwordReset);
    m_legacyNote->setVisible(info->flavour == portal::Flavour::Inlinea);
}

void LoginWindow::setUserId(const QString& userId)
{
    m_username->setText(userId);
    m_password->setFocus();
}

QString LoginWindow::userId() const
{
    return m_username->text().trimmed();
}

void LoginWindow::setOfflineCopyAvailable(bool available)
{
    m_offline->setVisible(available);
}

void LoginWindow::setBusy(bool busy, const QString& text)
{
    m_cardBox->setEnabled(!busy);
    m_credentialsBox->setEnabled(!busy);
    m_cardPanel->setEnabled(!busy);
    if (busy) {
        showNotice(text, false);
    }
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void LoginWindow::showNotice(const QString& text, bool isError)
{
    m_notice->setStyleSheet(isError ? QStringLiteral("color: #b00020; font-weight: bold;")
                                    : QStringLiteral("color: #1f4e79;"));
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace inlinea::ui
