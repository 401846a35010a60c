#pragma once

#include <QWidget>

#include <memory>

class QLabel;

namespace inlinea::drafts {
class DraftAutosaver;
class DraftStore;
} // namespace inlinea::drafts
namespace inlinea::forms {
class FormData;
}
namespace inlinea::procedimenti {
struct FormDefinition;
}

namespace inlinea::ui {

class FormView;

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

    [[nodiscard]] const QString& draftId() const noexcept { return m_draftId; }
    [[nodiscard]] FormView* form() const noexcept { return m_form; }
    [[nodiscard]] forms::FormData* data() const noexcept { return m_data; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    DraftWindow(drafts::DraftStore& store, QString draftId, QWidget* parent);

    QString m_draftId;
    forms::FormData* m_data;
    drafts::DraftAutosaver* m_autosaver;
    FormView* m_form = nullptr;
    QLabel* m_saved;
};

} // namespace inlinea::ui
