#include "ResponseApdu.h"

namespace inlinea::smartcard {

ResponseApdu::ResponseApdu(QByteArray data, std::uint8_t sw1, std::uint8_t sw2)
    : m_data(std::move(data))
    , m_sw1(sw1)
    , m_sw2(sw2)
{}

std::optional<ResponseApdu> ResponseApdu::parse(const QByteArray& raw)
{
    if (raw.size() < 2) {
        return std::nullopt;
    }
    const auto sw1 = static_cast<std::uint8_t>(raw.at(raw.size() - 2));
    const auto sw2 = static_cast<std::uint8_t>(raw.at(raw.size() - 1));
    return ResponseApdu(raw.left(raw.size() - 2), sw1, sw2);
}

std::optional<int> ResponseApdu::triesLeft() const noexcept
{
    if (m_sw1 == 0x63 && (m_sw2 & 0xF0) == 0xC0) {
        return m_sw2 & 0x0F;
    }
    return std::nullopt;
}

} // namespace inlinea::smartcard
