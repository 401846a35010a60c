#include "PersonalData.h"

#include <array>
#include <optional>

namespace inlinea::smartcard {

namespace {

constexpr qsizetype HeaderSize = 6;
constexpr qsizetype FieldLengthSize = 2;

std::optional<int> hexNumber(QByteArrayView digits)
{
    if (digits.isEmpty()) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : digits) {
        int digit = 0;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else {
            return std::nullopt;
        }
        value = value * 16 + digit;
    }
    return value;
}

CardError malformed(const QString& why)
{
    return CardError(CardError::Kind::MalformedData, QStringLiteral("personal data: ") + why);
}

// ddmmyyyy; empty means "not on the card".
std::optional<QDate> parseDate(const QString& text)
{
    if (text.isEmpty()) {
        return QDate();
    }
    if (text.size() != 8) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (!c.isDigit()) {
            return std::nullopt;
        }
    }
    const QDate date(text.mid(4, 4).toInt(), text.mid(2, 2).toInt(), text.left(2).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

} // namespace

std::optional<qsizetype> PersonalData::declaredSize(const QByteArray& prefix)
{
    if (prefix.size() < HeaderSize) {
        return std::nullopt;
    }
    const auto total = hexNumber(QByteArrayView(prefix).first(HeaderSize));
    if (!total) {
        return std::nullopt;
    }
    return HeaderSize + *total;
}

Result<PersonalData, CardError> PersonalData::parse(const QByteArray& file)
{
    const auto size = declaredSize(file);
    if (!size) {
        return fail(malformed(QStringLiteral("bad header")));
    }
    if (*size > file.size()) {
        return fail(malformed(QStringLiteral("declared length %1 exceeds the file (%2 bytes)")
                                  .arg(*size - HeaderSize)
                                  .arg(file.size() - HeaderSize)));
    }

    PersonalData data;
    data.raw = file.left(*size);
    std::array<QString*, 16> text{&data.issuer,
                                  nullptr,
                                  nullptr,
                                  &data.surname,
                                  &data.name,
                                  nullptr,
                                  &data.sex,
                                  &data.height,
                                  &data.codiceFiscale,
                                  &data.citizenship,
                                  &data.birthPlace,
                                  &data.birthCountry,
                                  &data.birthCertificate,
                                  &data.residencePlace,
                                  &data.residenceAddress,
                                  &data.expatriateNotes};
    std::array<QDate*, 16> dates{nullptr, &data.issueDate, &data.expiryDate, nullptr, nullptr, &data.birthDate};

    const QByteArrayView body = QByteArrayView(data.raw).sliced(HeaderSize);
    qsizetype pos = 0;
    // Fields beyond the sixteen we know are skipped (with the same checks), so a longer layout still parses.
    for (std::size_t field = 0; pos < body.size(); ++field) {
        if (pos + FieldLengthSize > body.size()) {
            return fail(malformed(QStringLiteral("truncated length of field %1").arg(field)));
        }
        const auto length = hexNumber(body.sliced(pos, FieldLengthSize));
        if (!length) {
            return fail(malformed(QStringLiteral("length of field %1 is not hex").arg(field)));
        }
        pos += FieldLengthSize;
        if (*length > body.size() - pos) {
            return fail(malformed(QStringLiteral("field %1 runs past the end").arg(field)));
        }
        // Latin-1 maps every byte, so no card content can fail to decode.
        const QString value = QString::fromLatin1(body.sliced(pos, *length));
        pos += *length;
        if (field >= text.size()) {
            continue;
        }
        if (text[field] != nullptr) {
            *text[field] = value;
        } else if (dates[field] != nullptr) {
            const auto date = parseDate(value);
            if (!date) {
                return fail(malformed(QStringLiteral("field %1 is not a ddmmyyyy date").arg(field)));
            }
            *dates[field] = *date;
        }
    }
    return data;
}

} // namespace inlinea::smartcard
