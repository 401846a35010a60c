#pragma once

#include <QString>

namespace inlinea::cli {

// One thing wrong with a row of an import, as the report prints it, one per line and meant for scripts as much as
// for people: "row 3: codice_fiscale: check_character (expected S)".
struct RowProblem {
    QString field; // the JSON key; empty when the row as a whole is wrong
    QString code;  // the contract's field error code, or a row-level one (field_count)
    QString facts; // "expected S", "position 4, found x"; may be empty

    // "codice_fiscale: check_character (expected S)"
    [[nodiscard]] QString toString() const
    {
        QString text = field.isEmpty() ? code : field + QStringLiteral(": ") + code;
        if (!facts.isEmpty()) {
            text += QStringLiteral(" (") + facts + QLatin1Char(')');
        }
        return text;
    }
};

} // namespace inlinea::cli
