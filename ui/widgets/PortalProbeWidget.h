#pragma once

#include "app/portal/PortalInfo.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inlinea::portal {
class PortalClient;
}

namespace inlinea::ui {

// Address of the portal and optional extra CA, a "Verifica" button, and what the portal answered.
// Shared by the first-run dialog and the settings dialog. Never blocks: the check runs asynchronously and can be
// cancelled; editing the address after a successful check invalidates it.
class PortalProbeWidget : public QWidget {
    Q_OBJECT
public:
    explicit PortalProbeWidget(QWidget* parent = nullptr);

    void setAddress(const QString& url);
    void setCaFile(const QString& path);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    [[nodiscard]] QString caFile() const;
    // Set only after a successful check of the current address.
    [[nodiscard]] const std::optional<portal::PortalInfo>& info() const noexcept { return m_info; }
    [[nodiscard]] const QUrl& verifiedUrl() const noexcept { return m_verifiedUrl; }
    [[nodiscard]] bool isChecking() const noexcept { return !m_client.isNull(); }

public Q_SLOTS:
    void verify();
    void cancel();

Q_SIGNALS:
    void verified();
    // A verified address stopped being verified (edited, or replaced by setAddress()).
    void invalidated();
    // The user typed in the address or CA field.
    void edited();

private:
    void onUserEdit();
    void invalidate();
    void browseCa();
    void showChecking(const QUrl& url);
    void showError(const QString& message, const QString& detail);
    void showInfo(const portal::PortalInfo& info);
    void finishCheck();

    QLineEdit* m_urlEdit;
    QLineEdit* m_caEdit;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelButton;
    QLabel* m_statusLabel;
    QPointer<portal::PortalClient> m_client;
    std::chrono::milliseconds m_timeout;
    std::optional<portal::PortalInfo> m_info;
    QUrl m_verifiedUrl;
};

} // namespace inlinea::ui
