#include "CnsCard.h"

#include "smartcard/SecureBytes.h"

#include <algorithm>

namespace inlinea::smartcard {

namespace {

using Kind = CardError::Kind;

// Offsets go in P1 P2 with bit 15 clear (a set bit means "short EF identifier").
constexpr qsizetype MaxOffset = 0x7FFF;

QString swText(quint16 sw)
{
    return QString::number(sw, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

CardError refused(const ResponseApdu& response, const QString& what)
{
    return CardError(Kind::CardRefused, what + QStringLiteral(" answered ") + swText(response.sw()), response.sw());
}

// Status words of VERIFY / CHANGE REFERENCE DATA / RESET RETRY COUNTER.
CardError pinError(const ResponseApdu& response, const QString& what, bool puk)
{
    const Kind wrong = puk ? Kind::WrongPuk : Kind::WrongPin;
    const Kind blocked = puk ? Kind::PukBlocked : Kind::PinBlocked;
    const quint16 sw = response.sw();
    if (const auto tries = response.triesLeft()) {
        // The try just spent was the last one: the reference is blocked now.
        return CardError(*tries == 0 ? blocked : wrong, what, sw, *tries);
    }
    switch (sw) {
    case 0x6300: return CardError(wrong, what, sw);
    case 0x6983: // authentication method blocked
    case 0x6984: return CardError(blocked, what, sw, 0);
    case 0x6982: return CardError(Kind::SecurityNotSatisfied, what, sw);
    case 0x6A80: return CardError(Kind::InvalidInput, what + QStringLiteral(": the card refused the new PIN"), sw);
    default: return refused(response, what);
    }
}

// A PIN or PUK as the card wants it: ASCII padded with FF to 8 bytes.
std::optional<QByteArray> padded(const QByteArray& secret)
{
    if (secret.isEmpty() || secret.size() > CnsCard::PinMaxLength) {
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(CnsCard::PinMaxLength * 2);
    out.append(secret);
    out.append(CnsCard::PinMaxLength - secret.size(), '\xFF');
    return out;
}

QByteArrayView pathView(const std::uint8_t (&path)[4])
{
    return QByteArrayView(path, 4);
}

} // namespace

CnsCard::CnsCard(ApduTransport& transport)
    : CnsCard(transport, Options{})
{}

CnsCard::CnsCard(ApduTransport& transport, Options options)
    : m_transport(transport)
    , m_options(options)
{
    m_options.readChunk = std::clamp(m_options.readChunk, 1, 256);
}

Status<CardError> CnsCard::expectSuccess(const CommandApdu& command, const QString& what)
{
    auto response = m_transport.transmit(command);
    if (!response) {
        return fail(response.error());
    }
    if (!response->isSuccess()) {
        return fail(refused(*response, what));
    }
    return Ok{};
}

Status<CardError> CnsCard::selectPath(QByteArrayView path)
{
    const QString what = QStringLiteral("select ") + QString::fromLatin1(path.toByteArray().toHex());
    auto response = m_transport.transmit(CommandApdu(0x00, 0xA4, 0x08, 0x0C, path.toByteArray()));
    if (!response) {
        return fail(response.error());
    }
    // Some cards insist on returning the FCP: ask again the way they like (one extra APDU, only on those cards).
    if (response->sw() == 0x6A86 || response->sw() == 0x6A87) {
        response = m_transport.transmit(CommandApdu(0x00, 0xA4, 0x08, 0x00, path.toByteArray(), 256));
        if (!response) {
            return fail(response.error());
        }
    }
    if (response->sw() == 0x6A82) {
        // A card without the CNS files is not a CNS, whatever its ATR says.
        return fail(CardError(Kind::NotCns, what + QStringLiteral(": file not found"), response->sw()));
    }
    if (!response->isSuccess()) {
        return fail(refused(*response, what));
    }
    return Ok{};
}

Result<QByteArray, CardError> CnsCard::readBinary(SizeProbe sizeOf)
{
    QByteArray content;
    std::optional<qsizetype> expected;
    // Cuts card padding after the meaningful size, once the probe can tell it.
    const auto finished = [&]() -> QByteArray {
        if (sizeOf != nullptr && !expected) {
            expected = sizeOf(content);
        }
        if (expected && content.size() > *expected) {
            content.truncate(*expected);
        }
        return content;
    };
    while (true) {
        if (sizeOf != nullptr && !expected) {
            expected = sizeOf(content);
        }
        if (expected && content.size() >= *expected) {
            return finished();
        }
        const qsizetype offset = content.size();
        if (offset > MaxOffset) {
            return fail(CardError(Kind::MalformedData, QStringLiteral("file longer than %1 bytes").arg(MaxOffset)));
        }
        int want = m_options.extendedLength ? CommandApdu::MaxLe : m_options.readChunk;
        if (expected) {
            want = static_cast<int>(std::min<qsizetype>(want, *expected - offset));
        }
        const CommandApdu read(0x00, 0xB0, static_cast<std::uint8_t>(offset >> 8),
                               static_cast<std::uint8_t>(offset & 0xFF), {}, want);
        auto response = m_transport.transmit(read);
        if (!response) {
            return fail(response.error());
        }
        const quint16 sw = response->sw();
        if (sw == 0x6B00) { // offset past the end: the previous chunk ended exactly at the end of the file
            return finished();
        }
        if (sw != 0x9000 && sw != 0x6282) {
            return fail(refused(*response, QStringLiteral("read binary at %1").arg(offset)));
        }
        content += response->data();
        // 6282 = end of file reached before Le bytes; a short answer means the same on cards that say 9000.
        if (sw == 0x6282 || response->data().size() < want) {
            return finished();
        }
    }
}

Result<QByteArray, CardError> CnsCard::readFile(QByteArrayView path, SizeProbe sizeOf)
{
    if (auto selected = selectPath(path); !selected) {
        return fail(selected.error());
    }
    return readBinary(sizeOf);
}

Result<QString, CardError> CnsCard::readSerial()
{
    auto file = readFile(pathView(SerialPath), nullptr);
    if (!file) {
        return fail(file.error());
    }
    QByteArray serial = *file;
    // Cards pad fixed-size files; the ID_Carta itself is ASCII digits (16 on current cards).
    while (!serial.isEmpty() && (serial.back() == '\0' || serial.back() == '\xFF' || serial.back() == ' ')) {
        serial.chop(1);
    }
    const bool printable = std::all_of(serial.cbegin(), serial.cend(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (serial.isEmpty() || serial.size() > 64 || !printable) {
        return fail(CardError(Kind::MalformedData,
                              QStringLiteral("serial number: %1 bytes, not printable ASCII").arg(file->size())));
    }
    return QString::fromLatin1(serial);
}

Result<PersonalData, CardError> CnsCard::readPersonalData()
{
    auto file = readFile(pathView(PersonalDataPath), &PersonalData::declaredSize);
    if (!file) {
        return fail(file.error());
    }
    return PersonalData::parse(*file);
}

std::optional<qsizetype> CnsCard::derSize(const QByteArray& prefix)
{
    if (prefix.size() < 2) {
        return std::nullopt;
    }
    const auto first = static_cast<std::uint8_t>(prefix.at(1));
    if (first < 0x80) {
        return 2 + first;
    }
    const int lengthBytes = first & 0x7F;
    if (lengthBytes == 0 || lengthBytes > 3) {
        return std::nullopt; // indefinite or absurd for a card file: read to the end instead
    }
    if (prefix.size() < 2 + lengthBytes) {
        return std::nullopt;
    }
    qsizetype length = 0;
    for (int i = 0; i < lengthBytes; ++i) {
        length = (length << 8) | static_cast<std::uint8_t>(prefix.at(2 + i));
    }
    return 2 + lengthBytes + length;
}

Result<QByteArray, CardError> CnsCard::readAuthCertificate()
{
    auto file = readFile(pathView(CertificatePath), &CnsCard::derSize);
    if (!file) {
        return fail(file.error());
    }
    const auto size = derSize(*file);
    if (file->isEmpty() || static_cast<std::uint8_t>(file->at(0)) != 0x30 || !size || *size != file->size()) {
        return fail(
            CardError(Kind::MalformedData,
                      QStringLiteral("certificate file of %1 bytes is not one DER sequence").arg(file->size())));
    }
    return file;
}

Result<CnsIdentity, CardError> CnsCard::readIdentity()
{
    CnsIdentity identity;
    auto serial = readSerial();
    if (!serial) {
        return fail(serial.error());
    }
    identity.serial = *serial;
    auto personal = readPersonalData();
    if (!personal) {
        return fail(personal.error());
    }
    identity.personal = *personal;
    auto certificate = readAuthCertificate();
    if (!certificate) {
        return fail(certificate.error());
    }
    identity.certificateDer = *certificate;
    auto pin = pinStatus();
    if (!pin) {
        return fail(pin.error());
    }
    identity.pinTriesLeft = pin->triesLeft;
    identity.pinVerified = pin->verified;
    return identity;
}

Result<PinStatus, CardError> CnsCard::pinStatus()
{
    auto response = m_transport.transmit(CommandApdu(0x00, 0x20, 0x00, m_options.pinReference));
    if (!response) {
        return fail(response.error());
    }
    if (const auto tries = response->triesLeft()) {
        return PinStatus{*tries, false};
    }
    switch (response->sw()) {
    case 0x9000: return PinStatus{std::nullopt, true}; // verified in this session; the counter is full
    case 0x6983: return PinStatus{0, false};           // blocked
    case 0x6700:                                       // cards that refuse the empty VERIFY: tries unknown
    case 0x6A86:
    case 0x6A88:
    case 0x6D00:
    case 0x6E00: return PinStatus{std::nullopt, false};
    default: return fail(refused(*response, QStringLiteral("verify (status)")));
    }
}

Status<CardError> CnsCard::sendPinCommand(std::uint8_t ins, std::uint8_t p1, QByteArray& data, bool puk)
{
    const QString what = ins == 0x20   ? QStringLiteral("verify")
                         : ins == 0x24 ? QStringLiteral("change PIN")
                                       : QStringLiteral("unblock PIN");
    // Scoped so the APDU (which shares `data`) is gone before `data` is wiped.
    Status<CardError> result = [&]() -> Status<CardError> {
        const CommandApdu command(0x00, ins, p1, m_options.pinReference, data);
        auto response = m_transport.transmit(command);
        if (!response) {
            return fail(response.error());
        }
        if (!response->isSuccess()) {
            return fail(pinError(*response, what, puk));
        }
        return Ok{};
    }();
    wipe(data);
    return result;
}

Status<CardError> CnsCard::verifyPin(const QByteArray& pin)
{
    auto data = padded(pin);
    if (!data) {
        return fail(CardError(Kind::InvalidInput, QStringLiteral("verify: PIN of %1 bytes").arg(pin.size())));
    }
    return sendPinCommand(0x20, 0x00, *data, false);
}

Status<CardError> CnsCard::changePin(const QByteArray& oldPin, const QByteArray& newPin)
{
    auto oldData = padded(oldPin);
    auto newData = padded(newPin);
    if (!oldData || !newData) {
        if (oldData) {
            wipe(*oldData);
        }
        if (newData) {
            wipe(*newData);
        }
        return fail(CardError(Kind::InvalidInput, QStringLiteral("change PIN: PIN length")));
    }
    oldData->append(*newData);
    wipe(*newData);
    return sendPinCommand(0x24, 0x00, *oldData, false);
}

Status<CardError> CnsCard::unblockPin(const QByteArray& puk, const QByteArray& newPin)
{
    auto pukData = padded(puk);
    auto pinData = padded(newPin);
    if (!pukData || !pinData) {
        if (pukData) {
            wipe(*pukData);
        }
        if (pinData) {
            wipe(*pinData);
        }
        return fail(CardError(Kind::InvalidInput, QStringLiteral("unblock PIN: PUK or PIN length")));
    }
    pukData->append(*pinData);
    wipe(*pinData);
    return sendPinCommand(0x2C, 0x00, *pukData, true);
}

Result<QByteArray, CardError> CnsCard::rawRsa(const QByteArray& block)
{
    // 512- to 4096-bit moduli; CNS cards have 1024 (version 1.0) or 2048.
    if (block.size() < 64 || block.size() > 512) {
        return fail(CardError(Kind::InvalidInput, QStringLiteral("raw RSA block of %1 bytes").arg(block.size())));
    }
    // Restore the default environment, then choose the key: another application may have left its own.
    // 00 22 F3 03 00: the CNS wants a zero Lc byte, which ISO only allows as an Le (OpenSC does the same).
    if (auto restored = expectSuccess(CommandApdu(0x00, 0x22, 0xF3, 0x03, {}, 256), QStringLiteral("MSE restore"));
        !restored) {
        return fail(restored.error());
    }
    const QByteArray keyTemplate = QByteArray::fromHex("830101");
    if (auto set = expectSuccess(CommandApdu(0x00, 0x22, 0xF1, 0xB8, keyTemplate), QStringLiteral("MSE set")); !set) {
        return fail(set.error());
    }

    // PSO DECIPHER with the padding indicator 00 in front: 257 bytes for RSA-2048, more than one short APDU.
    QByteArray payload;
    payload.reserve(block.size() + 1);
    payload.append('\0');
    payload.append(block);
    auto response = m_options.extendedLength
                        ? m_transport.transmit(CommandApdu(0x00, 0x2A, 0x80, 0x86, payload, CommandApdu::MaxLe))
                        : m_transport.transmitChained(CommandApdu(0x00, 0x2A, 0x80, 0x86, payload, 256));
    if (!response) {
        return fail(response.error());
    }
    if (response->sw() == 0x6982) {
        return fail(CardError(Kind::SecurityNotSatisfied, QStringLiteral("PSO decipher: PIN not verified"), 0x6982));
    }
    if (!response->isSuccess()) {
        return fail(refused(*response, QStringLiteral("PSO decipher")));
    }
    if (response->data().size() != block.size()) {
        return fail(CardError(
            Kind::MalformedData,
            QStringLiteral("PSO decipher returned %1 bytes for %2").arg(response->data().size()).arg(block.size())));
    }
    return response->data();
}

} // namespace inlinea::smartcard
