#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace inlinea::domain {

// The kinds of value with a shared validation rule (tests/data/validation_vectors.json names them the same way).
enum class Field { CodiceFiscale, PartitaIva, Cap, Provincia, Email, Pec, Date };

// "codice_fiscale", "partita_iva", "cap", "provincia", "email", "pec", "data"; and back.
[[nodiscard]] QString fieldName(Field field);
[[nodiscard]] std::optional<Field> fieldFromName(QStringView name);

} // namespace inlinea::domain
