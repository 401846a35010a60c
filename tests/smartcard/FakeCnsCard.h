#pragma once

#include "smartcard/ApduTransport.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace inlinea::test {

// An in-memory CNS behind the ApduTransport interface, for CnsCard unit tests: files by path, PIN/PUK with try
// counters, MSE, PSO DECIPHER (chained or extended; the "RSA" is a byte-wise XOR so results are checkable). Every
// command is recorded so tests can count and inspect APDUs.
class FakeCnsCard final : public smartcard::ApduTransport {
public:
    FakeCnsCard();

    // Paths are the hex of the path without 3F00, e.g. "10001003".
    QMap<QByteArray, QByteArray> files;
    QByteArray pin = "12345";
    QByteArray puk = "12345678";
    int pinTries = 3;
    int pukTries = 10;
    static constexpr int PinMax = 3;
    static constexpr int PukMax = 10;
    bool verified = false;
    std::uint8_t pinReference = 0x10;
    // Answer to the empty VERIFY instead of the ISO one (e.g. 0x6D00 for a card that refuses it).
    std::optional<quint16> emptyVerifyAnswer;
    // Answer SELECT with P2 0C by 6A86 (a card that wants to return the FCP).
    bool refuseSelectWithoutFcp = false;
    // Fail the n-th transmit (0-based) with this transport error.
    std::optional<int> failAt;
    smartcard::CardError failure{smartcard::CardError::Kind::CardRemoved, QStringLiteral("fake removal")};

    QList<smartcard::CommandApdu> commands;

    [[nodiscard]] Result<smartcard::ResponseApdu, smartcard::CardError>
    transmit(const smartcard::CommandApdu& command) override;

    // The fake key operation: every byte XOR 0x5A.
    [[nodiscard]] static QByteArray fakeRsa(const QByteArray& block);
    // EF_DatiPersonali content from field values in card order (issuer, issue date, expiry date, surname, ...).
    [[nodiscard]] static QByteArray encodePersonalData(const QStringList& fields);
    // A DER SEQUENCE of `contentSize` bytes (a stand-in certificate).
    [[nodiscard]] static QByteArray derSequence(int contentSize);
    // Mario Rossi's files, as on the virtual card.
    void loadMario(int certificateContentSize = 1280);

private:
    [[nodiscard]] QByteArray answer(const smartcard::CommandApdu& command);
    [[nodiscard]] QByteArray pinCommand(const smartcard::CommandApdu& command);
    [[nodiscard]] QByteArray pso(const smartcard::CommandApdu& command);

    QByteArray m_selected;
    QByteArray m_chain;
    bool m_keySelected = false;
};

} // namespace inlinea::test
