#pragma once

#include "FormFieldSpec.h"

#include <QWidget>

class QCheckBox;
class QLabel;

namespace inlinea::ui {

class FormField;
struct FormContext;

// The editor of one field of a FormView, by the field's kind: a line edit (text, codes, numbers with their unit,
// dates gg/mm/aaaa), a combo box (enum), a check box (boolean) or a column of check boxes (a set of enum values).
// Every edit is written to the FormData at once; the field's problem is shown under it.
class FormFieldEditor : public QWidget {
    Q_OBJECT
public:
    FormFieldEditor(FormFieldSpec spec, FormContext* context, QWidget* parent = nullptr);
    ~FormFieldEditor() override;

    [[nodiscard]] const FormFieldSpec& spec() const noexcept { return m_spec; }
    // The widget that takes the focus (the line edit, combo box or first check box).
    [[nodiscard]] QWidget* focusTarget() const noexcept { return m_focus; }
    // The sentence now shown under the field.
    [[nodiscard]] QString shownError() const;
    // Shows the field's problem at once, as if the user had been here.
    void markTouched();

private:
    void buildLine();
    void buildCombo();
    void buildCheck();
    void buildMulti();
    void onEdited();
    void onCheckToggled(bool checked);
    void onMultiToggled();
    void onDataChanged(const QString& pointer);
    void loadValue();
    void refreshProblem();

    FormFieldSpec m_spec;
    FormContext* m_context;
    FormField* m_field = nullptr;
    QWidget* m_focus = nullptr;
    QCheckBox* m_check = nullptr;
    QList<QCheckBox*> m_multi;
    QLabel* m_error = nullptr; // for check boxes (FormField has its own)
    bool m_touched = false;
    bool m_writing = false;
};

} // namespace inlinea::ui
