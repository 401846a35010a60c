#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace inlinea::smartcard {

// An ISO 7816-4 command APDU. Chooses the short or the extended encoding from the lengths it carries.
class CommandApdu {
public:
    // Le value meaning "as many bytes as the card has" (256 short, 65536 extended).
    static constexpr int MaxLe = 65536;

    CommandApdu(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2, QByteArray data = {},
                std::optional<int> le = std::nullopt);

    [[nodiscard]] std::uint8_t cla() const noexcept { return m_cla; }
    [[nodiscard]] std::uint8_t ins() const noexcept { return m_ins; }
    [[nodiscard]] std::uint8_t p1() const noexcept { return m_p1; }
    [[nodiscard]] std::uint8_t p2() const noexcept { return m_p2; }
    [[nodiscard]] const QByteArray& data() const noexcept { return m_data; }
    [[nodiscard]] std::optional<int> le() const noexcept { return m_le; }

    // True when data longer than 255 bytes or Le above 256 force the extended form.
    [[nodiscard]] bool isExtended() const noexcept;

    // The same command with another expected length, for the 6Cxx "wrong Le" retry.
    [[nodiscard]] CommandApdu withLe(int le) const;

    [[nodiscard]] QByteArray encode() const;

private:
    std::uint8_t m_cla;
    std::uint8_t m_ins;
    std::uint8_t m_p1;
    std::uint8_t m_p2;
    QByteArray m_data;
    std::optional<int> m_le;
};

} // namespace inlinea::smartcard
