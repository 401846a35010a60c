#pragma once

#include "AnagraficheFile.h"
#include "RowProblem.h"
#include "app/anagrafiche/Anagrafica.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace inlinea::cli {

// Checks one import row as the portal will (docs/anagrafiche-api.md) with the validators of app/domain: tipo;
// required fields per tipo; codice fiscale (16 characters for persons and professionals, 11 digits for companies
// and bodies), partita IVA, CAP, provinces, email, PEC, birth date (YYYY-MM-DD, or dd/mm/yyyy as spreadsheets
// show it), sex; a person's codice fiscale against the surname, name, birth date and sex that are given, and the
// legal representative's against their surname and name. Every problem of the row is reported, the first one of
// each check. Free-text length limits are the portal's: a row it refuses is reported from its answer.
class AnagraficaRowValidator {
public:
    explicit AnagraficaRowValidator(QDate today);

    // The anagrafica to create (trimmed, codes upper case, ISO birth date), or every problem of the row.
    // `columnCount`: how many fields each CSV record should have.
    [[nodiscard]] Result<anagrafiche::Anagrafica, QList<RowProblem>> validate(const ImportRow& row,
                                                                              int columnCount) const;

private:
    QDate m_today;
};

} // namespace inlinea::cli
