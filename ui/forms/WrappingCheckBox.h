#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace inlinea::ui {

// A check box whose text wraps (QCheckBox's never does, and the portal's opt-in sentences are long). Clicking the
// text toggles the box, as with a plain check box.
class WrappingCheckBox : public QWidget {
    Q_OBJECT
public:
    // `objectName` names the check box itself.
    explicit WrappingCheckBox(const QString& objectName, QWidget* parent = nullptr);

    [[nodiscard]] QCheckBox* checkBox() const noexcept { return m_box; }
    void setText(const QString& text);
    [[nodiscard]] QString text() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCheckBox* m_box;
    QLabel* m_text;
};

} // namespace inlinea::ui
