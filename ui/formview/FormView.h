#pragma once

#include "FormContext.h"
#include "FormProblemList.h"
#include "app/forms/SchemaValidator.h"
#include "app/procedimenti/Procedimento.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace inlinea::ui {

// A procedimento's form over its data: on the left the index of the top-level sections, each with a completion mark
// (every required field filled in) or the number of wrong values; on the right the selected section's page.
// Pages are built the first time they are shown. Every edit goes to the FormData at once.
class FormView : public QWidget {
    Q_OBJECT
public:
    // `data` must outlive the view.
    FormView(procedimenti::FormDefinition definition, forms::FormData* formData, QWidget* parent = nullptr);
    ~FormView() override;

    // Everything still to fix, in layout order (kept up to date as the data changes).
    [[nodiscard]] QList<FormProblem> errors() const;
    // Shows the field's page, scrolls to it and gives it the focus; false when no visible field has that pointer.
    bool focusField(const QString& pointer);

    // Top-level sections by id: whether each is shown (visible_when), complete, and how many values are wrong.
    [[nodiscard]] QStringList sectionIds() const;
    [[nodiscard]] bool isSectionVisible(const QString& id) const;
    [[nodiscard]] bool isSectionComplete(const QString& id) const;
    [[nodiscard]] int sectionErrorCount(const QString& id) const;
    [[nodiscard]] QString currentSection() const;
    void showSection(const QString& id);

Q_SIGNALS:
    // The list of errors() changed.
    void errorsChanged();

private:
    void buildIndex();
    void onIndexSelection();
    QWidget* ensurePage(int index);
    void onDataChanged(const QString& pointer);
    void refreshProblems() const;
    void refreshIndex();
    int sectionOf(const QString& pointer) const;

    procedimenti::FormDefinition m_definition;
    QJsonArray m_sections;
    std::unique_ptr<FormContext> m_context;
    std::optional<forms::SchemaValidator> m_validator; // the whole schema, as the portal checks it
    QTreeWidget* m_index = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<QWidget*> m_built; // per section: its page once built, else nullptr
    mutable QList<FormProblem> m_problems;
    mutable bool m_problemsDirty = true;
    bool m_refreshQueued = false;
};

} // namespace inlinea::ui
