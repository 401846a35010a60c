#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace inlinea::ui {

// For the start-up benchmark: when the watched window has painted for the first time, prints the resident memory
// and quits. Resident memory is read from /proc/self/status.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    explicit StartupProbe(QObject* parent = nullptr);
    void watch(QObject* window);

    [[nodiscard]] static qint64 residentKiB();
    [[nodiscard]] static bool webEngineLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_done = false;
};

} // namespace inlinea::ui
