#pragma once

#include "app/portal/ConnectivityMonitor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace inlinea::ui {

// Status-bar slot: a coloured dot and "Portale online / offline / non raggiungibile: motivo", with "Riprova".
class PortalStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit PortalStatusWidget(QWidget* parent = nullptr);

    void setMonitor(portal::ConnectivityMonitor* monitor);
    [[nodiscard]] QString text() const;

private:
    void refresh();

    QPointer<portal::ConnectivityMonitor> m_monitor;
    QLabel* m_dot;
    QLabel* m_label;
    QToolButton* m_retry;
};

} // namespace inlinea::ui
