#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace inlinea::smartcard {

// Recognises a CNS/CRS card (regional service cards are CNS cards) from its ATR: historical bytes
// `00 6B <IC maker> <mask maker> <OS hi> <OS lo> 01 xx xx 'C' 'N' 'S' <CNS version> 31 80`, as OpenSC's itacns
// driver matches them, plus any other layout whose historical bytes carry "CNS" followed by a version byte.
class CnsAtr {
public:
    // Mask maker whose cards want the PIN as a local reference (P2 | 0x80), as OpenSC does.
    static constexpr std::uint8_t MaskMakerStIncard = 0x09;

    // Nullopt when the ATR is malformed or not a CNS.
    [[nodiscard]] static std::optional<CnsAtr> parse(const QByteArray& atr);
    [[nodiscard]] static bool isCns(const QByteArray& atr) { return parse(atr).has_value(); }

    // The ATR's historical bytes, found by walking the interface bytes (TA/TB/TC/TDi); empty if malformed.
    [[nodiscard]] static QByteArray historicalBytes(const QByteArray& atr);

    // High nibble major, low nibble minor: 0x10 = CNS 1.0 (1024-bit keys), 0x11 = 1.1.
    [[nodiscard]] std::uint8_t cnsVersion() const noexcept { return m_cnsVersion; }
    [[nodiscard]] QString versionString() const;
    // Zero when the ATR has the "CNS" marker but not the standard layout.
    [[nodiscard]] std::uint8_t icManufacturer() const noexcept { return m_icManufacturer; }
    [[nodiscard]] std::uint8_t maskManufacturer() const noexcept { return m_maskManufacturer; }
    [[nodiscard]] bool isStandardLayout() const noexcept { return m_standardLayout; }

    // The reference VERIFY / CHANGE / RESET RETRY COUNTER use for the PIN: 0x10, or 0x90 on STIncard cards.
    [[nodiscard]] std::uint8_t pinReference() const noexcept;

private:
    CnsAtr() = default;

    std::uint8_t m_cnsVersion = 0;
    std::uint8_t m_icManufacturer = 0;
    std::uint8_t m_maskManufacturer = 0;
    bool m_standardLayout = false;
};

} // namespace inlinea::smartcard
