#pragma once

#include <QJsonObject>
#include <QString>

#include <span>

namespace inlinea::profile {

// The logged-in compilatore's own data ("Modifica Dati Personali"), as GET /api/v1/me returns it.
struct Profile {
    QString codiceFiscale;
    QString nome;
    QString cognome;
    QString dataNascita; // ISO yyyy-MM-dd
    QString statoNascita;
    QString provinciaNascita;
    QString comuneNascita;
    QString cittadinanza;
    QString email;
    bool emailConfirmed = false;
    QString emailPending; // a new address waiting for the user to open the confirmation mail
    bool newsletterEventi = false;
    bool newsletterServizi = false;
    bool funzionario = false;
    QString residenzaIndirizzo;
    QString residenzaComune;
    QString residenzaCap;
    QString residenzaProvincia;
    QString authMethod;
    // SPID and CNS sessions: codice fiscale, nome and cognome come from the identity and cannot be changed.
    bool identityLocked = false;
    // Password sessions: the data are a self-declaration the user keeps current; the User ID they log in with.
    bool selfDeclared = false;
    QString userId;
    int version = 0;

    [[nodiscard]] static Profile fromJson(const QJsonObject& json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject toWritableJson() const;

    friend bool operator==(const Profile&, const Profile&) = default;
};

// The text fields by their JSON key (identity ones first), for the conflict view and the outbox.
struct ProfileField {
    const char* key;
    QString Profile::*member;
    bool identity;
};
[[nodiscard]] std::span<const ProfileField> profileTextFields();

} // namespace inlinea::profile
