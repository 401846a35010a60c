#include "WrappingCheckBox.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>

namespace inlinea::ui {

WrappingCheckBox::WrappingCheckBox(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_box(new QCheckBox(this))
    , m_text(new QLabel(this))
{
    m_box->setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("_text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->installEventFilter(this);
    setFocusProxy(m_box);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
}

void WrappingCheckBox::setText(const QString& text)
{
    m_text->setText(text);
    m_box->setAccessibleName(text);
}

QString WrappingCheckBox::text() const
{
    return m_text->text();
}

bool WrappingCheckBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
        m_box->toggle();
        m_box->setFocus(Qt::MouseFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace inlinea::ui
