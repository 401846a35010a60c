#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"

#include <QByteArray>
#include <QDate>
#include <QMetaType>
#include <QString>

namespace inlinea::smartcard {

// The holder's data from EF_DatiPersonali (3F00/1100/1102). Dates are null when the card leaves them empty.
struct PersonalData {
    QString issuer; // issuer code
    QDate issueDate;
    QDate expiryDate; // of the card
    QString surname;
    QString name;
    QDate birthDate;
    QString sex;
    QString height;
    QString codiceFiscale;
    QString citizenship;
    QString birthPlace; // cadastral code of the municipality
    QString birthCountry;
    QString birthCertificate;
    QString residencePlace;
    QString residenceAddress;
    QString expatriateNotes;
    // The file as read, up to the declared length (the certificate's CN carries a hash of it).
    QByteArray raw;

    // Layout: six ASCII hex digits with the length of what follows them, then fields, each two ASCII hex digits of
    // length and that many bytes ("00" = empty). Bytes after the declared length are card padding and ignored.
    // MalformedData for a truncated, oversized or non-hex length or an invalid date; never reads out of bounds.
    [[nodiscard]] static Result<PersonalData, CardError> parse(const QByteArray& file);
    // The size of the meaningful part of the file, known from its first six bytes (to stop reading early).
    [[nodiscard]] static std::optional<qsizetype> declaredSize(const QByteArray& prefix);

    friend bool operator==(const PersonalData&, const PersonalData&) = default;
};

} // namespace inlinea::smartcard

Q_DECLARE_METATYPE(inlinea::smartcard::PersonalData)
