#include "CommandApdu.h"

#include <cassert>

namespace inlinea::smartcard {

CommandApdu::CommandApdu(std::uint8_t cla, std::uint8_t ins, std::uint8_t p1, std::uint8_t p2, QByteArray data,
                         std::optional<int> le)
    : m_cla(cla)
    , m_ins(ins)
    , m_p1(p1)
    , m_p2(p2)
    , m_data(std::move(data))
    , m_le(le)
{
    assert(m_data.size() <= 65535);
    assert(!m_le || (*m_le >= 1 && *m_le <= MaxLe));
}

bool CommandApdu::isExtended() const noexcept
{
    return m_data.size() > 255 || (m_le && *m_le > 256);
}

CommandApdu CommandApdu::withLe(int le) const
{
    return CommandApdu(m_cla, m_ins, m_p1, m_p2, m_data, le);
}

QByteArray CommandApdu::encode() const
{
    QByteArray out;
    out.reserve(m_data.size() + 9);
    out.append(static_cast<char>(m_cla));
    out.append(static_cast<char>(m_ins));
    out.append(static_cast<char>(m_p1));
    out.append(static_cast<char>(m_p2));

    const auto appendLength16 = [&out](int value) {
        out.append(static_cast<char>((value >> 8) & 0xFF));
        out.append(static_cast<char>(value & 0xFF));
    };

    if (!isExtended()) {
        if (!m_data.isEmpty()) {
            out.append(static_cast<char>(m_data.size()));
            out.append(m_data);
        }
        if (m_le) {
            // Le = 256 is encoded as 00 in the short form.
            out.append(static_cast<char>(*m_le == 256 ? 0 : *m_le));
        }
        return out;
    }

    // Extended form: a 00 marker, then two-byte Lc/Le; Le 65536 is encoded as 0000.
    out.append('\0');
    if (!m_data.isEmpty()) {
        appendLength16(static_cast<int>(m_data.size()));
        out.append(m_data);
    }
    if (m_le) {
        appendLength16(*m_le == MaxLe ? 0 : *m_le);
    }
    return out;
}

} // namespace inlinea::smartcard
