#include "CardStatusWidget.h"

#include "app/card/CardMonitor.h"
#include "ui/CardText.h"

#include <QHBoxLayout>
#include <QLabel>

namespace inlinea::ui {

CardStatusWidget::CardStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setObjectName(QStringLiteral("cardStatusLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    refresh();
}

void CardStatusWidget::setMonitor(card::CardMonitor* monitor)
{
    if (m_monitor) {
        disconnect(m_monitor, nullptr, this, nullptr);
    }
    m_monitor = monitor;
    if (m_monitor) {
        connect(m_monitor, &card::CardMonitor::changed, this, &CardStatusWidget::refresh);
    }
    refresh();
}

void CardStatusWidget::refresh()
{
    if (!m_monitor) {
        m_label->setText(tr("Smart card: —"));
        setToolTip(QString());
        return;
    }
    m_label->setText(CardText::stateShort(*m_monitor));
    setToolTip(CardText::stateHint(*m_monitor));
}

QString CardStatusWidget::text() const
{
    return m_label->text();
}

} // namespace inlinea::ui
