#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace inlinea::portal {

// One entry of a 422 problem's `errors`: which field, the shared error code (docs/anagrafiche-api.md) and the
// portal's Italian sentence.
struct FieldProblem {
    QString field;
    QString code;
    QString detail;
    int position = 0;
    QString expected;

    [[nodiscard]] static QList<FieldProblem> parse(const QByteArray& problemJson);
};

} // namespace inlinea::portal
