#pragma once

#include "app/settings/AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace inlinea::ui {

class PortalProbeWidget;

// Portal address, additional trusted CA and language. A changed address must be verified before saving.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(settings::AppSettings& settings, QWidget* parent = nullptr);

    [[nodiscard]] PortalProbeWidget* probe() const noexcept { return m_probe; }
    [[nodiscard]] bool portalChanged() const noexcept { return m_portalChanged; }
    [[nodiscard]] bool languageChanged() const noexcept { return m_languageChanged; }

    void accept() override;

private:
    void updateSaveButton();

    settings::AppSettings& m_settings;
    PortalProbeWidget* m_probe;
    QComboBox* m_language;
    QLabel* m_languageNote;
    QPushButton* m_saveButton;
    bool m_addressTouched = false;
    bool m_portalChanged = false;
    bool m_languageChanged = false;
};

} // namespace inlinea::ui
