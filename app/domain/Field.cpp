#include "Field.h"

#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

constexpr std::array<std::pair<Field, const char16_t*>, 7> kNames{{
    {Field::CodiceFiscale, u"codice_fiscale"},
    {Field::PartitaIva, u"partita_iva"},
    {Field::Cap, u"cap"},
    {Field::Provincia, u"provincia"},
    {Field::Email, u"email"},
    {Field::Pec, u"pec"},
    {Field::Date, u"data"},
}};

} // namespace

QString fieldName(Field field)
{
    for (const auto& [value, name] : kNames) {
        if (value == field) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<Field> fieldFromName(QStringView name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QStringView(text)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace inlinea::domain
