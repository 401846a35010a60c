#pragma once

#include "RegistrationPage.h"

#include <QString>

class QLabel;

namespace inlinea::ui {

class WrappingCheckBox;

// "Autocertificazione e invio": what will be sent (never the password nor the answer), the required declaration that
// the data are true, and "Registrati". The page only asks for the sending (sendRequested()) and shows how it is
// going; the wizard sends.
class SelfDeclarationPage : public RegistrationPage {
    Q_OBJECT
public:
    explicit SelfDeclarationPage(QWidget* parent = nullptr);

    // Plain text, one "Label: value" per line.
    void setSummary(const QString& summary);
    [[nodiscard]] bool declared() const;

    // While the registration is on its way: nothing can be changed, the busy text is shown.
    void setSending(bool sending);
    [[nodiscard]] bool isSending() const noexcept { return m_sending; }
    // The portal accepted the registration: the wizard may move on.
    void setSent();
    // Why the registration failed (red); empty clears it.
    void showError(const QString& text);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool validatePage() override;
    bool showFieldProblem(const portal::FieldProblem& problem) override;

Q_SIGNALS:
    void sendRequested();

private:
    QLabel* m_summary;
    WrappingCheckBox* m_declaration;
    QLabel* m_status;
    bool m_sending = false;
    bool m_sent = false;
};

} // namespace inlinea::ui
