#pragma once

#include "FieldError.h"
#include "common/Result.h"

#include <QString>
#include <QStringView>

namespace inlinea::domain {

// A CAP (codice di avviamento postale): 5 ASCII digits; leading zeros matter (00118 Roma).
class Cap {
public:
    // Trims, then: required, length, invalid_character (leftmost).
    [[nodiscard]] static Result<Cap, FieldError> parse(QStringView text);

    [[nodiscard]] const QString& text() const { return m_text; }

private:
    explicit Cap(QString text);

    QString m_text;
};

} // namespace inlinea::domain
