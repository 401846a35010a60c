#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace inlinea::ui {

FirstPaint::FirstPaint(QWidget* widget, std::function<void()> action)
    : QObject(widget)
    , m_action(std::move(action))
{
    widget->installEventFilter(this);
}

void FirstPaint::then(QWidget* widget, std::function<void()> action)
{
    new FirstPaint(widget, std::move(action));
}

bool FirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        watched->removeEventFilter(this);
        // Queued: the paint in progress completes first.
        QTimer::singleShot(0, this, [this] {
            m_action();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inlinea::ui
