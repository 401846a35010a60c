#pragma once

#include "app/forms/FormData.h"
#include "app/forms/FormSchema.h"

#include <QHash>
#include <QString>

namespace inlinea::ui {

class FormFieldEditor;

// What the widgets of one FormView share: the data they edit, its schema, and the editors now built, by pointer.
struct FormContext {
    forms::FormData* data = nullptr;
    forms::FormSchema schema;
    QHash<QString, FormFieldEditor*> editors;
};

} // namespace inlinea::ui
