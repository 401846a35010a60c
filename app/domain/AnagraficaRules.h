#pragma once

#include "FieldCheck.h"
#include "FieldError.h"
#include "app/anagrafiche/Anagrafica.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace inlinea::domain {

// Which fields an anagrafica of each tipo has, which are required (docs/anagrafiche-api.md) and which rule checks
// each, by JSON key. Also the check of a person's codice fiscale against their name and birth data.
class AnagraficaRules {
public:
    using Tipo = anagrafiche::Anagrafica::Tipo;

    [[nodiscard]] static bool isVisible(Tipo tipo, QStringView key);
    [[nodiscard]] static bool isRequired(Tipo tipo, QStringView key);
    [[nodiscard]] static FieldRule rule(Tipo tipo, QStringView key);

    // The first error of one field of `anagrafica` (dates as gg/mm/aaaa, as typed), or nothing.
    [[nodiscard]] static std::optional<FieldError> check(Tipo tipo, QStringView key, const QString& value);

    // Does a person's codice fiscale agree with surname, name, birth date and sex?
    struct PersonCheck {
        enum class State {
            Incomplete,   // `missing` lists the keys still empty
            Unverifiable, // the codice fiscale or the birth date is itself wrong (`missing` lists which)
            Matches,
            Mismatch, // `error` says which part disagrees
        };
        State state = State::Incomplete;
        QStringList missing;
        std::optional<FieldError> error;
    };
    // `dataNascita` as typed (gg/mm/aaaa), `sesso` "M"/"F"/empty.
    [[nodiscard]] static PersonCheck checkPerson(const QString& codiceFiscale, const QString& cognome,
                                                 const QString& nome, const QString& dataNascita, const QString& sesso);
};

} // namespace inlinea::domain
