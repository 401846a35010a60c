#pragma once

#include "FieldError.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace inlinea::domain {

// The sigla of an Italian province, metropolitan city or free municipal consortium (107 of them, as in
// tests/data/validation_vectors.json). Stored upper-case.
class Provincia {
public:
    // Trims and upper-cases, then: required, length (2), invalid_character (not A-Z, leftmost), unknown_province.
    [[nodiscard]] static Result<Provincia, FieldError> parse(QStringView text);
    [[nodiscard]] static bool isKnown(QStringView code);
    // Every sigla, sorted.
    [[nodiscard]] static QStringList all();

    [[nodiscard]] const QString& code() const { return m_code; }

private:
    explicit Provincia(QString code);

    QString m_code;
};

} // namespace inlinea::domain
