#pragma once

#include "app/domain/Field.h"
#include "app/domain/FieldError.h"

#include <QCoreApplication>
#include <QString>

namespace inlinea::ui {

// Field errors (app/domain) as precise sentences: what is wrong, where, and what was expected.
class ValidationText {
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
public:
    // The sentence shown under the field, e.g. "Carattere di controllo errato: atteso S (inserito A)".
    [[nodiscard]] static QString message(const domain::FieldError& error);
    // For a list of a form's errors: "Partita IVA: cifra di controllo errata, attesa 7 (inserita 8)".
    [[nodiscard]] static QString summary(domain::Field field, const domain::FieldError& error);
    [[nodiscard]] static QString fieldLabel(domain::Field field);

private:
    [[nodiscard]] static QString expectation(domain::FieldError::Expected expected);
    [[nodiscard]] static QString invalidCharacter(const domain::FieldError& error);
    [[nodiscard]] static QString nonexistentDate(const domain::FieldError& error);
    [[nodiscard]] static QString invalidEmail(const domain::FieldError& error);
    [[nodiscard]] static QString mismatch(const domain::FieldError& error);
    [[nodiscard]] static QString monthName(int month);
};

} // namespace inlinea::ui
