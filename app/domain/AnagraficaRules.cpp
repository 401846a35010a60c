#include "AnagraficaRules.h"

#include "app/domain/CodiceFiscale.h"
#include "app/domain/ItalianDate.h"

namespace inlinea::domain {

namespace {

using Tipo = AnagraficaRules::Tipo;

bool isPerson(Tipo tipo)
{
    return tipo == Tipo::PersonaFisica || tipo == Tipo::Professionista;
}

bool isPersonOnly(QStringView key)
{
    return key == u"cognome" || key == u"nome" || key == u"sesso" || key == u"data_nascita" ||
           key == u"comune_nascita" || key == u"provincia_nascita";
}

bool isBodyOnly(QStringView key)
{
    return key == u"denominazione" || key.startsWith(u"legale_rappresentante_");
}

} // namespace

bool AnagraficaRules::isVisible(Tipo tipo, QStringView key)
{
    if (isPersonOnly(key)) {
        return isPerson(tipo);
    }
    if (isBodyOnly(key)) {
        return !isPerson(tipo);
    }
    // A professional has a partita IVA and, by law, a PEC; a private person neither.
    if (key == u"partita_iva" || key == u"pec") {
        return tipo != Tipo::PersonaFisica;
    }
    return true;
}

bool AnagraficaRules::isRequired(Tipo tipo, QStringView key)
{
    if (!isVisible(tipo, key)) {
        return false;
    }
    if (key == u"codice_fiscale" || key == u"indirizzo" || key == u"comune") {
        return true;
    }
    if (key == u"cognome" || key == u"nome") {
        return isPerson(tipo);
    }
    if (key == u"denominazione" || key == u"pec") {
        return tipo == Tipo::PersonaGiuridica || tipo == Tipo::Ente;
    }
    if (key == u"partita_iva") {
        return tipo == Tipo::PersonaGiuridica || tipo == Tipo::Professionista;
    }
    return false;
}

FieldRule AnagraficaRules::rule(Tipo tipo, QStringView key)
{
    if (key == u"codice_fiscale") {
        return isPerson(tipo) ? FieldRule::CodiceFiscalePersona : FieldRule::CodiceFiscale;
    }
    if (key == u"legale_rappresentante_codice_fiscale") {
        return FieldRule::CodiceFiscalePersona;
    }
    if (key == u"partita_iva") {
        return FieldRule::PartitaIva;
    }
    if (key == u"cap") {
        return FieldRule::Cap;
    }
    if (key == u"provincia" || key == u"provincia_nascita") {
        return FieldRule::Provincia;
    }
    if (key == u"email") {
        return FieldRule::Email;
    }
    if (key == u"pec") {
        return FieldRule::Pec;
    }
    if (key == u"data_nascita") {
        return FieldRule::BirthDate;
    }
    return FieldRule::Text;
}

std::optional<FieldError> AnagraficaRules::check(Tipo tipo, QStringView key, const QString& value)
{
    return FieldCheck::check(rule(tipo, key), value, isRequired(tipo, key));
}

AnagraficaRules::PersonCheck AnagraficaRules::checkPerson(const QString& codiceFiscale, const QString& cognome,
                                                          const QString& nome, const QString& dataNascita,
                                                          const QString& sesso)
{
    PersonCheck result;
    const std::pair<const char*, const QString*> inputs[] = {{"cognome", &cognome},
                                                             {"nome", &nome},
                                                             {"sesso", &sesso},
                                                             {"data_nascita", &dataNascita},
                                                             {"codice_fiscale", &codiceFiscale}};
    for (const auto& [key, value] : inputs) {
        if (value->trimmed().isEmpty()) {
            result.missing.append(QString::fromLatin1(key));
        }
    }
    if (!result.missing.isEmpty()) {
        return result;
    }
    const auto cf = CodiceFiscale::parse(codiceFiscale);
    const auto date = ItalianDate::parseBirthDate(dataNascita, QDate::currentDate());
    if (!cf || cf->kind() != CodiceFiscale::Kind::Person) {
        result.missing.append(QStringLiteral("codice_fiscale"));
    }
    if (!date) {
        result.missing.append(QStringLiteral("data_nascita"));
    }
    if (!result.missing.isEmpty()) {
        result.state = PersonCheck::State::Unverifiable;
        return result;
    }
    const Sex sex = sesso.trimmed() == u"F" ? Sex::Female : Sex::Male;
    const auto match = cf->checkAgainst(cognome, nome, *date, sex);
    if (match) {
        result.state = PersonCheck::State::Matches;
    } else {
        result.state = PersonCheck::State::Mismatch;
        result.error = match.error();
    }
    return result;
}

} // namespace inlinea::domain
