#pragma once

#include "Field.h"
#include "FieldError.h"
#include "common/Result.h"

#include <QStringView>

namespace inlinea::domain {

// One entry point for forms: the first error of a value of the given kind, or Ok. Forms that need the parsed value
// (the decoded codice fiscale, the QDate) call the value classes directly.
class FieldValidator {
public:
    [[nodiscard]] static Status<FieldError> validate(Field field, QStringView text);
};

} // namespace inlinea::domain
