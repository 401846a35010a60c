#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace inlinea::card {
class CardMonitor;
}

namespace inlinea::ui {

// Status-bar slot for the smart card: whose CNS is in the reader, or why there is none.
class CardStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit CardStatusWidget(QWidget* parent = nullptr);

    void setMonitor(card::CardMonitor* monitor);
    [[nodiscard]] QString text() const;

private:
    void refresh();

    QPointer<card::CardMonitor> m_monitor;
    QLabel* m_label;
};

} // namespace inlinea::ui
