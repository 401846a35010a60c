#pragma once

#include <QDialog>

class QPushButton;

namespace inlinea::ui {

class PortalProbeWidget;

// Shown when no portal is configured: asks for its address, checks it, and shows who answered.
// "Continua" is enabled only once the current address has been verified.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget* parent = nullptr);

    [[nodiscard]] PortalProbeWidget* probe() const noexcept { return m_probe; }

private:
    PortalProbeWidget* m_probe;
    QPushButton* m_continueButton;
};

} // namespace inlinea::ui
