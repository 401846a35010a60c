#pragma once

#include "RowProblem.h"
#include "app/domain/FieldError.h"

#include <QString>

namespace inlinea::cli {

// A validation error of app/domain as the command line prints it: the contract's code plus the facts that make it
// precise, in fixed English words ("position 4, found x", "expected S", "part surname, found BNC, expected RSS").
// The sentences for people are ui/ValidationText's business.
class FieldErrorText {
public:
    [[nodiscard]] static RowProblem problem(const QString& field, const domain::FieldError& error);
    [[nodiscard]] static QString facts(const domain::FieldError& error);
    // snake_case names of the enums ("missing_at", "digit_or_omocode_letter"); empty for None / Nothing.
    [[nodiscard]] static QString reasonName(domain::FieldError::Reason reason);
    [[nodiscard]] static QString expectedName(domain::FieldError::Expected expected);
};

} // namespace inlinea::cli
