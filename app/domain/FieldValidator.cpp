#include "FieldValidator.h"

#include "Cap.h"
#include "CodiceFiscale.h"
#include "EmailAddress.h"
#include "ItalianDate.h"
#include "PartitaIva.h"
#include "Provincia.h"

namespace inlinea::domain {

namespace {

template <typename T> Status<FieldError> statusOf(const Result<T, FieldError>& result)
{
    if (!result) {
        return fail(result.error());
    }
    return Ok{};
}

} // namespace

Status<FieldError> FieldValidator::validate(Field field, QStringView text)
{
    switch (field) {
    case Field::CodiceFiscale: return statusOf(CodiceFiscale::parse(text));
    case Field::PartitaIva: return statusOf(PartitaIva::parse(text));
    case Field::Cap: return statusOf(Cap::parse(text));
    case Field::Provincia: return statusOf(Provincia::parse(text));
    case Field::Email:
    case Field::Pec: return statusOf(EmailAddress::parse(text));
    case Field::Date: return statusOf(ItalianDate::parse(text));
    }
    return Ok{};
}

} // namespace inlinea::domain
