#pragma once

#include "app/portal/PortalInfo.h"

#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace inlinea::ui {

class CardPanel;
class HeaderBar;
class PortalStatusWidget;

// "Accesso al sistema": one button per login method the portal offers (from /api/v1/info), nothing else.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(QWidget* parent = nullptr);

    // Nullopt while the portal has never answered: no buttons can be offered yet.
    void setPortalInfo(const std::optional<portal::PortalInfo>& info);
    // A message in the window (an error of the last attempt, or a notice).
    void showNotice(const QString& text, bool isError);

    [[nodiscard]] PortalStatusWidget* portalStatus() const noexcept { return m_portalStatus; }
    [[nodiscard]] CardPanel* cardPanel() const noexcept { return m_cardPanel; }
    // While a login runs: the buttons are disabled and the notice says what is happening.
    void setBusy(bool busy, const QString& text = {});
    // The User ID field (prefilled after a registration or a password reset; the password gets the focus).
    void setUserId(const QString& userId);
    [[nodiscard]] QString userId() const;
    // Whether data saved on this computer can be opened without logging in.
    void setOfflineCopyAvailable(bool available);

Q_SIGNALS:
    void spidRequested();
    void cnsRequested();
    void passwordLoginRequested(const QString& username, const QString& password);
    void registrationRequested();
    void passwordResetRequested();
    void settingsRequested();
    void offlineRequested();

private:
    QGroupBox* buildCardBox();
    QGroupBox* buildCredentialsBox();
    void submitCredentials();

    HeaderBar* m_header;
    QLabel* m_waiting;
    QGroupBox* m_cardBox;
    QWidget* m_spidColumn;
    QWidget* m_cnsColumn;
    QGroupBox* m_credentialsBox;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_register;
    QPushButton* m_forgot;
    QLabel* m_legacyNote;
    QLabel* m_notice;
    QPushButton* m_offline;
    PortalStatusWidget* m_portalStatus;
    CardPanel* m_cardPanel;
};

} // namespace inlinea::ui
