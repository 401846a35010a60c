#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inlinea::ui {

// Asks the card's PIN in our own window: masked, digits only (5–8), with the tries left shown before typing, a clear
// warning on the last try and, for a blocked card, what to do instead. It never keeps the PIN: takePin() hands it
// over once and clears the field.
class PinDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MinLength = 5;
    static constexpr int MaxLength = 8;

    // triesLeft: nullopt when the card does not tell; 0 when the PIN is blocked.
    PinDialog(const QString& holder, std::optional<int> triesLeft, QWidget* parent = nullptr);
    ~PinDialog() override;

    // The last attempt's result, e.g. after a wrong PIN ("PIN errato, restano 2 tentativi").
    void showError(const QString& message);

    [[nodiscard]] QByteArray takePin();
    [[nodiscard]] bool isBlocked() const noexcept { return m_blocked; }

private:
    void updateState();

    QLabel* m_triesLabel;
    QLabel* m_warning;
    QLabel* m_error;
    QLineEdit* m_pin;
    QPushButton* m_ok;
    bool m_blocked = false;
    std::optional<int> m_triesLeft;
};

} // namespace inlinea::ui
