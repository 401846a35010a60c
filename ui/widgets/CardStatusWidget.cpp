#include "CardStatusWidget.h"

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
    setText(tr("Smart card: non ancora gestita"),
            tr("Il lettore di smart card e la CNS/CRS saranno gestiti a partire dalla prossima versione."));
}

void CardStatusWidget::setText(const QString& text, const QString& toolTip)
{
    m_label->setText(text);
    setToolTip(toolTip);
}

QString CardStatusWidget::text() const
{
    return m_label->text();
}

} // namespace inlinea::ui
