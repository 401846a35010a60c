#include "CnsAtr.h"

namespace inlinea::smartcard {

namespace {

std::uint8_t byteAt(const QByteArray& bytes, qsizetype index)
{
    return static_cast<std::uint8_t>(bytes.at(index));
}

} // namespace

QByteArray CnsAtr::historicalBytes(const QByteArray& atr)
{
    // TS, T0, then interface bytes announced by the high nibble of T0 and of each TDi.
    if (atr.size() < 2) {
        return {};
    }
    const std::uint8_t ts = byteAt(atr, 0);
    if (ts != 0x3B && ts != 0x3F) {
        return {};
    }
    const int historicalCount = byteAt(atr, 1) & 0x0F;
    int presence = byteAt(atr, 1) >> 4;
    qsizetype index = 2;
    while (true) {
        for (int bit = 0; bit < 3; ++bit) {
            if (presence & (1 << bit)) {
                ++index;
            }
        }
        if ((presence & 0x08) == 0) {
            break;
        }
        if (index >= atr.size()) {
            return {};
        }
        presence = byteAt(atr, index) >> 4;
        ++index;
    }
    if (index + historicalCount > atr.size()) {
        return {};
    }
    return atr.mid(index, historicalCount);
}

std::optional<CnsAtr> CnsAtr::parse(const QByteArray& atr)
{
    const QByteArray historical = historicalBytes(atr);
    if (historical.isEmpty()) {
        return std::nullopt;
    }
    CnsAtr result;
    // H1..H15 of the CNS specification (the layout OpenSC checks).
    if (historical.size() >= 15 && byteAt(historical, 0) == 0x00 && byteAt(historical, 1) == 0x6B &&
        byteAt(historical, 6) == 0x01 && historical.mid(9, 3) == QByteArrayView("CNS") &&
        byteAt(historical, 13) == 0x31 && byteAt(historical, 14) == 0x80) {
        result.m_icManufacturer = byteAt(historical, 2);
        result.m_maskManufacturer = byteAt(historical, 3);
        result.m_cnsVersion = byteAt(historical, 12);
        result.m_standardLayout = true;
        return result;
    }
    // Variants (some regional CRS issues) keep the "CNS" marker and its version byte but not the whole layout.
    const qsizetype marker = historical.indexOf(QByteArrayView("CNS"));
    if (marker < 0 || marker + 3 >= historical.size()) {
        return std::nullopt;
    }
    result.m_cnsVersion = byteAt(historical, marker + 3);
    return result;
}

QString CnsAtr::versionString() const
{
    return QStringLiteral("%1.%2").arg(m_cnsVersion >> 4).arg(m_cnsVersion & 0x0F);
}

std::uint8_t CnsAtr::pinReference() const noexcept
{
    return m_maskManufacturer == MaskMakerStIncard ? 0x90 : 0x10;
}

} // namespace inlinea::smartcard
