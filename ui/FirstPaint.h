#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace inlinea::ui {

// Runs a function once, right after a widget's first paint has been handled. Work that the first frame does not need
// (TLS back-end and CA store, icon plugins, …) waits for it, so the window shows up sooner.
class FirstPaint : public QObject {
    Q_OBJECT
public:
    // The watcher belongs to the widget and goes away with it or after running.
    static void then(QWidget* widget, std::function<void()> action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FirstPaint(QWidget* widget, std::function<void()> action);

    std::function<void()> m_action;
    bool m_fired = false;
};

} // namespace inlinea::ui
