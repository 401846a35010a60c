#include "Anagrafica.h"

#include <QJsonValue>
#include <QStringList>

#include <array>

namespace inlinea::anagrafiche {

namespace {

constexpr std::array<std::pair<Anagrafica::Tipo, const char*>, 4> TipoKeys{{
    {Anagrafica::Tipo::PersonaFisica, "persona_fisica"},
    {Anagrafica::Tipo::PersonaGiuridica, "persona_giuridica"},
    {Anagrafica::Tipo::Ente, "ente"},
    {Anagrafica::Tipo::Professionista, "professionista"},
}};

const std::array<AnagraficaField, 21> TextFields{{
    {"denominazione", &Anagrafica::denominazione},
    {"cognome", &Anagrafica::cognome},
    {"nome", &Anagrafica::nome},
    {"sesso", &Anagrafica::sesso},
    {"data_nascita", &Anagrafica::dataNascita},
    {"comune_nascita", &Anagrafica::comuneNascita},
    {"provincia_nascita", &Anagrafica::provinciaNascita},
    {"codice_fiscale", &Anagrafica::codiceFiscale},
    {"partita_iva", &Anagrafica::partitaIva},
    {"indirizzo", &Anagrafica::indirizzo},
    {"comune", &Anagrafica::comune},
    {"cap", &Anagrafica::cap},
    {"provincia", &Anagrafica::provincia},
    {"pec", &Anagrafica::pec},
    {"email", &Anagrafica::email},
    {"telefono", &Anagrafica::telefono},
    {"legale_rappresentante_cognome", &Anagrafica::legaleRappresentanteCognome},
    {"legale_rappresentante_nome", &Anagrafica::legaleRappresentanteNome},
    {"legale_rappresentante_codice_fiscale", &Anagrafica::legaleRappresentanteCodiceFiscale},
    {"legale_rappresentante_qualifica", &Anagrafica::legaleRappresentanteQualifica},
    {"updated_at", &Anagrafica::updatedAt},
}};

// updated_at is the last entry: read from the portal, never sent.
constexpr std::size_t WritableTextFields = TextFields.size() - 1;

} // namespace

QString tipoKey(Anagrafica::Tipo tipo)
{
    for (const auto& [value, key] : TipoKeys) {
        if (value == tipo) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Anagrafica::Tipo> tipoFromKey(const QString& key)
{
    for (const auto& [value, name] : TipoKeys) {
        if (key == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

std::span<const AnagraficaField> textFields()
{
    return std::span<const AnagraficaField>(TextFields.data(), WritableTextFields);
}

const AnagraficaField* findTextField(QStringView key)
{
    for (const AnagraficaField& field : TextFields) {
        if (key == QLatin1String(field.key)) {
            return &field;
        }
    }
    return nullptr;
}

QString Anagrafica::displayName() const
{
    if (isPerson()) {
        const QString person = QStringList{cognome, nome}.join(QLatin1Char(' ')).trimmed();
        return person.isEmpty() ? denominazione : person;
    }
    return denominazione.isEmpty() ? QStringList{cognome, nome}.join(QLatin1Char(' ')).trimmed() : denominazione;
}

QString Anagrafica::displayAddress() const
{
    QString place = QStringList{cap, comune}.join(QLatin1Char(' ')).trimmed();
    if (!provincia.isEmpty()) {
        place += QStringLiteral(" (%1)").arg(provincia);
    }
    QStringList parts;
    if (!indirizzo.isEmpty()) {
        parts << indirizzo;
    }
    if (!place.trimmed().isEmpty()) {
        parts << place.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QString Anagrafica::displayCodes() const
{
    if (partitaIva.isEmpty() || partitaIva == codiceFiscale) {
        return codiceFiscale.isEmpty() ? partitaIva : codiceFiscale;
    }
    if (codiceFiscale.isEmpty()) {
        return partitaIva;
    }
    return codiceFiscale + QStringLiteral(" / ") + partitaIva;
}

Anagrafica Anagrafica::fromJson(const QJsonObject& json)
{
    Anagrafica a;
    a.id = json.value(QStringLiteral("id")).toInteger();
    a.tipo = tipoFromKey(json.value(QStringLiteral("tipo")).toString()).value_or(Tipo::PersonaGiuridica);
    for (const AnagraficaField& field : TextFields) {
        a.*field.member = json.value(QLatin1String(field.key)).toString();
    }
    a.watched = json.value(QStringLiteral("watched")).toBool();
    a.domande = json.value(QStringLiteral("domande")).toInt();
    a.version = json.value(QStringLiteral("version")).toInt();
    return a;
}

QJsonObject Anagrafica::toWritableJson() const
{
    QJsonObject json{{QStringLiteral("tipo"), tipoKey(tipo)}};
    for (const AnagraficaField& field : textFields()) {
        const QString& value = this->*field.member;
        json.insert(QLatin1String(field.key), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    return json;
}

QJsonObject Anagrafica::toJson() const
{
    QJsonObject json = toWritableJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("watched"), watched);
    json.insert(QStringLiteral("domande"), domande);
    json.insert(QStringLiteral("version"), version);
    json.insert(QStringLiteral("updated_at"), updatedAt.isEmpty() ? QJsonValue() : QJsonValue(updatedAt));
    return json;
}

} // namespace inlinea::anagrafiche
