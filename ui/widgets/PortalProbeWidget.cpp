#include "PortalProbeWidget.h"

#include "app/portal/PortalClient.h"
#include "app/portal/PortalUrl.h"
#include "app/portal/TlsTrust.h"
#include "ui/ErrorText.h"
#include "ui/LoginMethodText.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

PortalProbeWidget::PortalProbeWidget(QWidget* parent)
    : QWidget(parent)
    , m_urlEdit(new QLineEdit(this))
    , m_caEdit(new QLineEdit(this))
    , m_verifyButton(new QPushButton(tr("Verifica"), this))
    , m_cancelButton(new QPushButton(tr("Annulla verifica"), this))
    , m_statusLabel(new QLabel(this))
    , m_timeout(portal::PortalClient::DefaultTimeout)
{
    m_urlEdit->setObjectName(QStringLiteral("portalUrlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://inlinea.cittametropolitana.mi.it"));
    m_urlEdit->setClearButtonEnabled(true);
    m_caEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caEdit->setPlaceholderText(tr("nessuna (solo le autorità di certificazione del sistema)"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::RichText);
    m_statusLabel->setMinimumHeight(64);
    m_statusLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* browse = new QPushButton(tr("Sfoglia…"), this);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caEdit, 1);
    caRow->addWidget(browse);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_urlEdit, 1);
    urlRow->addWidget(m_verifyButton);
    urlRow->addWidget(m_cancelButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Indirizzo del portale:"), urlRow);
    form->addRow(tr("Certificato CA aggiuntivo:"), caRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);

    connect(m_verifyButton, &QPushButton::clicked, this, &PortalProbeWidget::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, &PortalProbeWidget::cancel);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &PortalProbeWidget::verify);
    connect(m_urlEdit, &QLineEdit::textEdited, this, &PortalProbeWidget::onUserEdit);
    connect(m_caEdit, &QLineEdit::textEdited, this, &PortalProbeWidget::onUserEdit);
    connect(browse, &QPushButton::clicked, this, &PortalProbeWidget::browseCa);
}

void PortalProbeWidget::setAddress(const QString& url)
{
    m_urlEdit->setText(url);
    invalidate();
}

void PortalProbeWidget::setCaFile(const QString& path)
{
    m_caEdit->setText(path);
    invalidate();
}

QString PortalProbeWidget::caFile() const
{
    return m_caEdit->text().trimmed();
}

void PortalProbeWidget::onUserEdit()
{
    invalidate();
    Q_EMIT edited();
}

void PortalProbeWidget::invalidate()
{
    cancel();
    if (m_info) {
        m_info.reset();
        m_verifiedUrl.clear();
        m_statusLabel->clear();
        Q_EMIT invalidated();
    }
}

void PortalProbeWidget::browseCa()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificato della CA"), m_caEdit->text(),
                                                      tr("Certificati (*.pem *.crt *.cer *.der);;Tutti i file (*)"));
    if (!path.isEmpty()) {
        setCaFile(path);
        Q_EMIT edited();
    }
}

void PortalProbeWidget::verify()
{
    cancel();
    m_info.reset();
    m_verifiedUrl.clear();

    const auto url = portal::PortalUrl::normalize(m_urlEdit->text());
    if (!url) {
        showError(ErrorText::portal(url.error()), {});
        return;
    }
    const auto tls = portal::TlsTrust::configuration(caFile());
    if (!tls) {
        showError(ErrorText::trust(tls.error()), {});
        return;
    }

    auto* client = new portal::PortalClient(url.value(), tls.value(), this);
    client->setTimeout(m_timeout);
    m_client = client;
    showChecking(url.value());
    const QUrl checked = url.value();
    client->fetchInfo(this, [this, client, checked](const Result<portal::PortalInfo, portal::PortalError>& r) {
        if (client != m_client) {
            return; // an answer to a check the user already replaced
        }
        finishCheck();
        if (!r) {
            if (r.error().kind != portal::PortalError::Kind::Cancelled) {
                showError(ErrorText::portal(r.error()), r.error().detail);
            }
            return;
        }
        m_info = r.value();
        m_verifiedUrl = checked;
        m_urlEdit->setText(checked.toString());
        showInfo(r.value());
        Q_EMIT verified();
    });
}

void PortalProbeWidget::cancel()
{
    if (m_client) {
        m_client->cancelAll();
        finishCheck();
        m_statusLabel->setText(tr("Verifica annullata."));
    }
}

void PortalProbeWidget::finishCheck()
{
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_verifyButton->show();
    m_cancelButton->hide();
    m_urlEdit->setEnabled(true);
}

void PortalProbeWidget::showChecking(const QUrl& url)
{
    m_verifyButton->hide();
    m_cancelButton->show();
    m_statusLabel->setText(tr("Connessione a %1 in corso…").arg(url.host().toHtmlEscaped()));
}

void PortalProbeWidget::showError(const QString& message, const QString& detail)
{
    QString html = QStringLiteral("<p style='color:#b00020'><b>%1</b></p>").arg(message.toHtmlEscaped());
    if (!detail.isEmpty()) {
        html += QStringLiteral("<p style='color:#555'><small>%1</small></p>")
                    .arg(tr("Dettaglio tecnico: %1").arg(detail).toHtmlEscaped());
    }
    m_statusLabel->setText(html);
    m_urlEdit->setFocus();
}

void PortalProbeWidget::showInfo(const portal::PortalInfo& info)
{
    QStringList methods;
    for (const auto method : info.loginMethods) {
        methods.append(LoginMethodText::name(method));
    }
    QString html =
        QStringLiteral("<p style='color:#1b5e20'><b>%1</b></p>").arg(tr("Portale raggiunto.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>").arg(info.name.toHtmlEscaped());
    if (!info.authority.isEmpty()) {
        html += QStringLiteral("<br>%1").arg(info.authority.toHtmlEscaped());
    }
    html +=
        QStringLiteral("<br>%1</p>").arg(tr("Accesso con: %1").arg(methods.join(QStringLiteral(", "))).toHtmlEscaped());
    m_statusLabel->setText(html);
}

} // namespace inlinea::ui
