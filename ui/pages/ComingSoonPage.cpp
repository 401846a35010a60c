#include "ComingSoonPage.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace inlinea::ui {

ComingSoonPage::ComingSoonPage(const QString& title, const QString& intro, const QStringList& coming, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setObjectName(QStringLiteral("comingBox"));
    box->setStyleSheet(
        QStringLiteral("#comingBox { background: #f3f6fa; border: 1px solid #c9d6e3; border-radius: 4px; }"));
    QString items;
    for (const QString& item : coming) {
        items += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    auto* comingLabel = new QLabel(
        QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("In arrivo in questa sezione:").toHtmlEscaped(), items), box);
    comingLabel->setWordWrap(true);
    comingLabel->setTextFormat(Qt::RichText);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(comingLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addSpacing(8);
    layout->addWidget(box);
    layout->addStretch(1);
}

} // namespace inlinea::ui
