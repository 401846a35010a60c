#pragma once

#include <QWidget>

class QLabel;

namespace inlinea::ui {

// Status-bar slot for the smart card (reader, card, holder). Filled by the CNS issue; until then it says so.
class CardStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit CardStatusWidget(QWidget* parent = nullptr);

    void setText(const QString& text, const QString& toolTip);
    [[nodiscard]] QString text() const;

private:
    QLabel* m_label;
};

} // namespace inlinea::ui
