#include "PortalStatusWidget.h"

#include "app/portal/ConnectivityMonitor.h"
#include "ui/ErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace inlinea::ui {

using State = portal::ConnectivityMonitor::State;

PortalStatusWidget::PortalStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QToolButton(this))
{
    m_label->setObjectName(QStringLiteral("portalStatusLabel"));
    m_dot->setText(QStringLiteral("●"));
    m_dot->setTextFormat(Qt::PlainText);
    m_label->setTextFormat(Qt::PlainText);
    m_retry->setText(tr("Riprova"));
    m_retry->setAutoRaise(true);
    m_retry->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    layout->addWidget(m_retry);
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (m_monitor) {
            m_monitor->checkNow();
        }
    });
    refresh();
}

void PortalStatusWidget::setMonitor(portal::ConnectivityMonitor* monitor)
{
    if (m_monitor) {
        disconnect(m_monitor, nullptr, this, nullptr);
    }
    m_monitor = monitor;
    if (m_monitor) {
        connect(m_monitor, &portal::ConnectivityMonitor::stateChanged, this, &PortalStatusWidget::refresh);
    }
    refresh();
}

QString PortalStatusWidget::text() const
{
    return m_label->text();
}

void PortalStatusWidget::refresh()
{
    QString colour = QStringLiteral("#9e9e9e");
    QString text = tr("Portale non configurato");
    QString tip;
    bool retry = false;
    if (m_monitor) {
        switch (m_monitor->state()) {
        case State::Checking: text = tr("Verifica del portale…"); break;
        case State::Online:
            colour = QStringLiteral("#2e7d32");
            text = tr("Portale online");
            tip = m_monitor->info() ? m_monitor->info()->name : QString();
            break;
        case State::Offline:
            text = tr("Offline: nessuna rete");
            retry = true;
            break;
        case State::Unreachable:
            colour = QStringLiteral("#c62828");
            text = tr("Portale non raggiungibile: %1")
                       .arg(m_monitor->lastError() ? ErrorText::portalShort(*m_monitor->lastError()) : QString());
            tip = m_monitor->lastError() ? ErrorText::portal(*m_monitor->lastError()) : QString();
            retry = true;
            break;
        }
    }
    // A coloured glyph through the palette: rich text here would cost more than the rest of the status bar.
    QPalette palette = m_dot->palette();
    palette.setColor(QPalette::WindowText, QColor(colour));
    m_dot->setPalette(palette);
    m_label->setText(text);
    setToolTip(tip);
    m_retry->setVisible(retry);
}

} // namespace inlinea::ui
