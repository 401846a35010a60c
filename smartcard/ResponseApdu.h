#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace inlinea::smartcard {

// A response APDU: data followed by the two status bytes SW1 SW2.
class ResponseApdu {
public:
    // Nullopt when the card answered fewer than two bytes (malformed).
    [[nodiscard]] static std::optional<ResponseApdu> parse(const QByteArray& raw);

    [[nodiscard]] const QByteArray& data() const noexcept { return m_data; }
    [[nodiscard]] std::uint8_t sw1() const noexcept { return m_sw1; }
    [[nodiscard]] std::uint8_t sw2() const noexcept { return m_sw2; }
    [[nodiscard]] std::uint16_t sw() const noexcept { return static_cast<std::uint16_t>((m_sw1 << 8) | m_sw2); }

    [[nodiscard]] bool isSuccess() const noexcept { return sw() == 0x9000; }
    // 61xx: more data waits for GET RESPONSE; xx is the count (00 means 256).
    [[nodiscard]] bool hasMoreData() const noexcept { return m_sw1 == 0x61; }
    // 6Cxx: the command must be repeated with Le = xx.
    [[nodiscard]] bool isWrongLength() const noexcept { return m_sw1 == 0x6C; }
    // 63Cx: verification failed, x tries left.
    [[nodiscard]] std::optional<int> triesLeft() const noexcept;

private:
    ResponseApdu(QByteArray data, std::uint8_t sw1, std::uint8_t sw2);

    QByteArray m_data;
    std::uint8_t m_sw1;
    std::uint8_t m_sw2;
};

} // namespace inlinea::smartcard
