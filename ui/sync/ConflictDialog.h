#pragma once

#include "app/sync/Outbox.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QWidget;

namespace inlinea::ui {

// An anagrafica changed here and, meanwhile, on the portal (an outbox item in Conflict): the two versions side by
// side, one row per field that differs, each with its own choice. Identical fields stay hidden unless asked for.
// The dialog only decides; the caller passes the result to SyncEngine (resolveWith / keepPortalVersion).
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice {
        None,   // cancelled
        Mine,   // send my version as it is
        Portal, // drop my change, keep the portal's version
        Merge,  // send my version with the fields chosen from the portal's
    };
    enum class Side { Mine, Portal };

    explicit ConflictDialog(const sync::OutboxItem& item, QWidget* parent = nullptr);

    [[nodiscard]] Choice choice() const noexcept { return m_choice; }
    // What to pass to SyncEngine::resolveWith: my payload (Mine), the portal's writable fields (Portal), or my
    // payload with every field chosen "Portale" taken from the portal's record (Merge, also before a choice).
    [[nodiscard]] QJsonObject mergedPayload() const;

    // The JSON keys of the fields that differ, in the editor's order.
    [[nodiscard]] QStringList differingKeys() const;
    [[nodiscard]] Side fieldChoice(const QString& key) const;
    void setFieldChoice(const QString& key, Side side);

private:
    struct FieldRow {
        QString key;
        QString mine;
        QString portal;
        QButtonGroup* group = nullptr; // differing fields only
        QList<QWidget*> widgets;
    };

    void buildRows();
    // The portal's record as a create or update would send it.
    [[nodiscard]] QJsonObject portalWritable() const;
    void addRow(QGridLayout* grid, int line, FieldRow& row);
    void finish(Choice choice);
    void showEqualFields(bool show);
    [[nodiscard]] const FieldRow* findRow(const QString& key) const;
    [[nodiscard]] QWidget* buildDeleteSummary();

    sync::OutboxItem m_item;
    QList<FieldRow> m_rows;
    Choice m_choice = Choice::None;
    QCheckBox* m_showEqual = nullptr;
    QLabel* m_equalHeading = nullptr;
    QScrollArea* m_scroll = nullptr;
};

} // namespace inlinea::ui
