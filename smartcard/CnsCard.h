#pragma once

#include "common/Result.h"
#include "smartcard/ApduTransport.h"
#include "smartcard/CardError.h"
#include "smartcard/CnsIdentity.h"
#include "smartcard/PersonalData.h"
#include "smartcard/PinStatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

namespace inlinea::smartcard {

// The CNS applet: file reads, PIN management and the raw RSA operation of the authentication key, on any
// ApduTransport. Does not open transactions or connections (the caller does) and keeps no secret.
class CnsCard {
public:
    struct Options {
        // 0x10; 0x90 on STIncard cards (CnsAtr::pinReference()).
        std::uint8_t pinReference = 0x10;
        // Bytes per READ BINARY: CNS cards are only known to accept Le up to 0xFF (OpenSC's limit too).
        int readChunk = 0xFF;
        // One extended-length READ BINARY per file and one extended PSO instead of chunks and command chaining,
        // for readers and cards known to support extended APDUs.
        bool extendedLength = false;
    };

    // Paths from the MF, without 3F00.
    static constexpr std::uint8_t SerialPath[] = {0x10, 0x00, 0x10, 0x03};
    static constexpr std::uint8_t CertificatePath[] = {0x11, 0x00, 0x11, 0x01};
    static constexpr std::uint8_t PersonalDataPath[] = {0x11, 0x00, 0x11, 0x02};
    static constexpr std::uint8_t AuthKeyReference = 0x01;
    static constexpr int PinMaxLength = 8;

    explicit CnsCard(ApduTransport& transport);
    CnsCard(ApduTransport& transport, Options options);

    // SELECT by path from the MF (P1 08), without asking for the FCP.
    [[nodiscard]] Status<CardError> selectPath(QByteArrayView path);

    // Reads the selected EF to its end (6282 / 6B00 / a short answer). `sizeOf`, given the bytes read so far,
    // may tell the file's meaningful size so the read stops there (no extra APDU for the end, no card padding).
    using SizeProbe = std::optional<qsizetype> (*)(const QByteArray& prefix);
    [[nodiscard]] Result<QByteArray, CardError> readBinary(SizeProbe sizeOf = nullptr);

    [[nodiscard]] Result<QString, CardError> readSerial();
    [[nodiscard]] Result<PersonalData, CardError> readPersonalData();
    [[nodiscard]] Result<QByteArray, CardError> readAuthCertificate();
    // Serial, personal data, certificate and PIN status (the caller fills reader and ATR).
    [[nodiscard]] Result<CnsIdentity, CardError> readIdentity();

    // The empty VERIFY: never a dummy PIN, which would spend a try.
    [[nodiscard]] Result<PinStatus, CardError> pinStatus();
    // WrongPin{triesLeft}, PinBlocked (also when this was the last try), InvalidInput for more than 8 bytes.
    [[nodiscard]] Status<CardError> verifyPin(const QByteArray& pin);
    [[nodiscard]] Status<CardError> changePin(const QByteArray& oldPin, const QByteArray& newPin);
    // RESET RETRY COUNTER with the PUK and a new PIN: WrongPuk{triesLeft}, PukBlocked.
    [[nodiscard]] Status<CardError> unblockPin(const QByteArray& puk, const QByteArray& newPin);

    // block^d mod n with the authentication key; `block` is already padded by the host (PKCS#1 v1.5 or PSS) and as
    // long as the modulus. SecurityNotSatisfied when the PIN is not verified in this card session.
    [[nodiscard]] Result<QByteArray, CardError> rawRsa(const QByteArray& block);

    // Total size of a DER element from its first bytes (the certificate file may be padded after it).
    [[nodiscard]] static std::optional<qsizetype> derSize(const QByteArray& prefix);

private:
    [[nodiscard]] Result<QByteArray, CardError> readFile(QByteArrayView path, SizeProbe sizeOf);
    [[nodiscard]] Status<CardError> sendPinCommand(std::uint8_t ins, std::uint8_t p1, QByteArray& data, bool puk);
    [[nodiscard]] Status<CardError> expectSuccess(const CommandApdu& command, const QString& what);

    ApduTransport& m_transport;
    Options m_options;
};

} // namespace inlinea::smartcard
