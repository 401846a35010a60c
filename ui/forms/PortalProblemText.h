#pragma once

#include "app/portal/FieldProblem.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// The sentence shown under a field for a portal's 422 field error: the portal's own Italian `detail` as a sentence,
// or, when it sent none, ValidationText's sentence for the shared code.
class PortalProblemText {
    Q_DECLARE_TR_FUNCTIONS(PortalProblemText)
public:
    // `value`: what the field holds, to name the character at fault when the portal gives only its position.
    [[nodiscard]] static QString message(const portal::FieldProblem& problem, const QString& value);
};

} // namespace inlinea::ui
