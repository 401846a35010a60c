#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace inlinea::anagrafiche {

// A company, professional, public body or person on whose behalf pratiche are filed, as the portal stores it
// (docs/anagrafiche-api.md). Every text field is kept as typed; empty means absent.
struct Anagrafica {
    enum class Tipo { PersonaFisica, PersonaGiuridica, Ente, Professionista };

    qint64 id = 0; // portal id; negative for one created offline and not yet sent
    Tipo tipo = Tipo::PersonaGiuridica;
    QString denominazione;
    QString cognome;
    QString nome;
    QString sesso;       // "M" / "F"
    QString dataNascita; // ISO yyyy-MM-dd
    QString comuneNascita;
    QString provinciaNascita;
    QString codiceFiscale;
    QString partitaIva;
    QString indirizzo;
    QString comune;
    QString cap;
    QString provincia;
    QString pec;
    QString email;
    QString telefono;
    QString legaleRappresentanteCognome;
    QString legaleRappresentanteNome;
    QString legaleRappresentanteCodiceFiscale;
    QString legaleRappresentanteQualifica;
    bool watched = false;
    int domande = 0;
    int version = 0; // 0: never seen by the portal
    QString updatedAt;

    // Persons are named by surname and name, everyone else by denomination.
    [[nodiscard]] bool isPerson() const noexcept { return tipo == Tipo::PersonaFisica || tipo == Tipo::Professionista; }
    [[nodiscard]] bool isLocalOnly() const noexcept { return id < 0; }
    // "Rossi Mario" or "Acme S.r.l.": what the list shows in its first column.
    [[nodiscard]] QString displayName() const;
    // "Via Roma 1, 20121 Milano (MI)".
    [[nodiscard]] QString displayAddress() const;
    // "RSSMRA85T10A562S / 01234567890" without empty parts.
    [[nodiscard]] QString displayCodes() const;

    // The portal's JSON (unknown keys ignored; missing ones left empty).
    [[nodiscard]] static Anagrafica fromJson(const QJsonObject& json);
    // Every field, read-only ones included (the local cache keeps this).
    [[nodiscard]] QJsonObject toJson() const;
    // Only what a create or update may send.
    [[nodiscard]] QJsonObject toWritableJson() const;

    friend bool operator==(const Anagrafica&, const Anagrafica&) = default;
};

[[nodiscard]] QString tipoKey(Anagrafica::Tipo tipo);
[[nodiscard]] std::optional<Anagrafica::Tipo> tipoFromKey(const QString& key);

// The editable text fields by their JSON key, for code that treats them alike: the conflict view's field
// comparison, CSV import and export.
struct AnagraficaField {
    const char* key;
    QString Anagrafica::*member;
};
[[nodiscard]] std::span<const AnagraficaField> textFields();
[[nodiscard]] const AnagraficaField* findTextField(QStringView key);

} // namespace inlinea::anagrafiche
