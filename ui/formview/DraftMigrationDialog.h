#pragma once

#include "app/drafts/DraftMigration.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace inlinea::ui {

// Asks whether to move a draft to the new version of its form, showing what that does first: how many values are
// carried over, the values that would not fit (label, current value, why) and the new required fields. Accepted:
// "Aggiorna la bozza"; rejected: "Continua con la versione attuale". The caller migrates (migration().apply()).
class DraftMigrationDialog : public QDialog {
    Q_OBJECT
public:
    explicit DraftMigrationDialog(drafts::DraftMigration migration, QWidget* parent = nullptr);

    [[nodiscard]] const drafts::DraftMigration& migration() const noexcept { return m_migration; }

    // A draft value as the user reads it (choices humanized, Sì/No, numbers in the locale's format).
    [[nodiscard]] static QString valueText(const QJsonValue& value);
    // Why a value does not fit the new version.
    [[nodiscard]] static QString reasonText(const drafts::MigratedValue& value);

private:
    drafts::DraftMigration m_migration;
};

} // namespace inlinea::ui
