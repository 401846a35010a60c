#include "HeaderBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {
const QColor kPortalBlue(0x1f, 0x4e, 0x79);
}

HeaderBar::HeaderBar(QWidget* parent)
    : QWidget(parent)
    , m_subtitle(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("headerBar"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, kPortalBlue);
    palette.setColor(QPalette::WindowText, Qt::white);
    palette.setColor(QPalette::ButtonText, Qt::white);
    setPalette(palette);

    auto* title = new QLabel(tr("Servizi on-line ai cittadini e alle imprese"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("portalNameLabel"));

    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    m_layout->setContentsMargins(16, 10, 16, 10);
    m_layout->addLayout(titles, 1);
}

void HeaderBar::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
}

void HeaderBar::addAction(QWidget* widget)
{
    widget->setParent(this);
    m_layout->addWidget(widget);
}

} // namespace inlinea::ui
