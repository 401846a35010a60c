#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QHBoxLayout;
class QJsonObject;
class QLabel;
class QPushButton;
class QTabWidget;

namespace inlinea::drafts {
class DraftAutosaver;
class DraftStore;
} // namespace inlinea::drafts
namespace inlinea::forms {
class FormData;
}
namespace inlinea::procedimenti {
class CatalogCache;
struct FormDefinition;
} // namespace inlinea::procedimenti

namespace inlinea::ui {

class AttachmentsPanel;
class DraftActions;
class FormView;
struct DraftSendServices;

// A draft being compiled: the procedimento's form over the draft's data, every change saved to the local database
// within a fraction of a second (DraftAutosaver); closing the window saves what is left.
class DraftWindow : public QWidget {
    Q_OBJECT
public:
    // nullptr (with `why`) when the draft or its form definition is not on this computer.
    [[nodiscard]] static DraftWindow* open(drafts::DraftStore& store, const QString& draftId,
                                           const procedimenti::FormDefinition& definition, QString* why,
                                           QWidget* parent = nullptr);
    ~DraftWindow() override;

    // When `catalog` holds a newer version of the draft's form, a bar at the top offers to move the draft to it
    // (DraftMigrationDialog); after migrating the form is rebuilt on the new version and the bar offers undo.
    // `catalog` must outlive the window.
    void offerNewerVersion(procedimenti::CatalogCache& catalog);

    // Adds the "Allegati" tab and the actions to check, print and send the draft.
    void enableSending(const DraftSendServices& services);

    [[nodiscard]] const QString& draftId() const noexcept { return m_draftId; }
    [[nodiscard]] FormView* form() const noexcept { return m_form; }
    [[nodiscard]] forms::FormData* data() const noexcept { return m_data; }
    [[nodiscard]] const procedimenti::FormDefinition& definition() const { return *m_definition; }
    [[nodiscard]] AttachmentsPanel* attachmentsPanel() const noexcept { return m_attachments; }
    [[nodiscard]] DraftActions* actions() const noexcept { return m_actions; }
    [[nodiscard]] QTabWidget* tabs() const noexcept { return m_tabs; }
    // The draft's anagrafica as stored now (an anagrafica created offline gets the portal's id once accepted).
    [[nodiscard]] qint64 anagraficaId() const;
    // Saves what is not saved yet; false when the database refused.
    bool flush();

public Q_SLOTS:
    // The form's tab, the field's page, the field.
    void focusField(const QString& pointer);
    // The attachments' tab, scrolled to the slot.
    void showSlot(const QString& slot);

Q_SIGNALS:
    // form() was replaced by a view on another version of the form (migration or its undo).
    void formReplaced(inlinea::ui::FormView* form);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    DraftWindow(drafts::DraftStore& store, QString draftId, QWidget* parent);

    [[nodiscard]] std::optional<procedimenti::FormDefinition> newerDefinition() const;
    void showVersionBar();
    void showMigrationDialog();
    void undoMigration();
    void replaceForm(const procedimenti::FormDefinition& definition, const QJsonObject& data);
    void buildAttachments();
    void updateAttachmentsTab();

    drafts::DraftStore& m_store;
    procedimenti::CatalogCache* m_catalog = nullptr;
    std::unique_ptr<procedimenti::FormDefinition> m_definition;
    std::unique_ptr<procedimenti::FormDefinition> m_previousDefinition; // before a migration made here, for undo
    QWidget* m_versionBar = nullptr;
    QLabel* m_versionText = nullptr;
    QPushButton* m_versionButton = nullptr;
    QString m_draftId;
    forms::FormData* m_data;
    drafts::DraftAutosaver* m_autosaver;
    FormView* m_form = nullptr;
    QTabWidget* m_tabs = nullptr;
    AttachmentsPanel* m_attachments = nullptr;
    DraftActions* m_actions = nullptr;
    std::unique_ptr<DraftSendServices> m_services;
    QHBoxLayout* m_bottom = nullptr;
    QLabel* m_saved;
};

} // namespace inlinea::ui
