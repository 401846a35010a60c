#pragma once

#include "app/forms/FormSchema.h"
#include "app/forms/SchemaValidator.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// What a problem found by the schema means, in a sentence for the user (the limits read from the schema).
class SchemaProblemText {
    Q_DECLARE_TR_FUNCTIONS(SchemaProblemText)
public:
    [[nodiscard]] static QString message(const forms::SchemaProblem& problem, const forms::FormSchema& schema);
};

} // namespace inlinea::ui
