#include "Profile.h"

#include <QJsonValue>

#include <array>

namespace inlinea::profile {

namespace {

const std::array<ProfileField, 13> TextFields{{
    {"codice_fiscale", &Profile::codiceFiscale, true},
    {"nome", &Profile::nome, true},
    {"cognome", &Profile::cognome, true},
    {"data_nascita", &Profile::dataNascita, false},
    {"stato_nascita", &Profile::statoNascita, false},
    {"provincia_nascita", &Profile::provinciaNascita, false},
    {"comune_nascita", &Profile::comuneNascita, false},
    {"cittadinanza", &Profile::cittadinanza, false},
    {"email", &Profile::email, false},
    {"residenza_indirizzo", &Profile::residenzaIndirizzo, false},
    {"residenza_comune", &Profile::residenzaComune, false},
    {"residenza_cap", &Profile::residenzaCap, false},
    {"residenza_provincia", &Profile::residenzaProvincia, false},
}};

struct BoolField {
    const char* key;
    bool Profile::*member;
};
constexpr std::array<BoolField, 3> Choices{{
    {"newsletter_eventi", &Profile::newsletterEventi},
    {"newsletter_servizi", &Profile::newsletterServizi},
    {"funzionario", &Profile::funzionario},
}};

} // namespace

std::span<const ProfileField> profileTextFields()
{
    return TextFields;
}

Profile Profile::fromJson(const QJsonObject& json)
{
    Profile p;
    for (const ProfileField& field : TextFields) {
        p.*field.member = json.value(QLatin1String(field.key)).toString();
    }
    for (const BoolField& field : Choices) {
        p.*field.member = json.value(QLatin1String(field.key)).toBool();
    }
    p.emailConfirmed = json.value(QStringLiteral("email_confirmed")).toBool();
    p.emailPending = json.value(QStringLiteral("email_pending")).toString();
    p.authMethod = json.value(QStringLiteral("auth_method")).toString();
    p.identityLocked = json.value(QStringLiteral("identity_locked")).toBool();
    p.selfDeclared = json.value(QStringLiteral("self_declared")).toBool();
    p.userId = json.value(QStringLiteral("user_id")).toString();
    p.version = json.value(QStringLiteral("version")).toInt();
    return p;
}

QJsonObject Profile::toWritableJson() const
{
    QJsonObject json;
    for (const ProfileField& field : TextFields) {
        const QString& value = this->*field.member;
        json.insert(QLatin1String(field.key), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    for (const BoolField& field : Choices) {
        json.insert(QLatin1String(field.key), this->*field.member);
    }
    return json;
}

QJsonObject Profile::toJson() const
{
    QJsonObject json = toWritableJson();
    json.insert(QStringLiteral("email_confirmed"), emailConfirmed);
    json.insert(QStringLiteral("email_pending"), emailPending.isEmpty() ? QJsonValue() : QJsonValue(emailPending));
    json.insert(QStringLiteral("auth_method"), authMethod);
    json.insert(QStringLiteral("identity_locked"), identityLocked);
    if (selfDeclared) {
        json.insert(QStringLiteral("self_declared"), true);
    }
    if (!userId.isEmpty()) {
        json.insert(QStringLiteral("user_id"), userId);
    }
    json.insert(QStringLiteral("version"), version);
    return json;
}

} // namespace inlinea::profile
