#include "CardConnection.h"

#include "smartcard/PcscError.h"

#include <array>

namespace inlinea::smartcard {

CardConnection::CardConnection(QString reader, SCARDHANDLE handle, DWORD protocol)
    : m_reader(std::move(reader))
    , m_handle(handle)
    , m_protocol(protocol)
{}

CardConnection::~CardConnection()
{
    SCardDisconnect(m_handle, SCARD_LEAVE_CARD);
}

Result<std::unique_ptr<CardConnection>, CardError> CardConnection::connect(SCARDCONTEXT context, const QString& reader)
{
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    const LONG rv = SCardConnect(context, name.constData(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                 &handle, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        CardError error = pcscError(rv, QLatin1String("SCardConnect"));
        // Before any APDU the card was never there: say "no card" / "no reader", not "removed" / "gone".
        if (error.kind == CardError::Kind::CardRemoved) {
            error.kind = CardError::Kind::NoCard;
        } else if (error.kind == CardError::Kind::ReaderGone) {
            error.kind = CardError::Kind::NoReader;
        }
        return fail(std::move(error));
    }
    std::unique_ptr<CardConnection> connection(new CardConnection(reader, handle, protocol));
    if (const LONG status = connection->readStatus(); status != SCARD_S_SUCCESS) {
        return fail(pcscError(status, QLatin1String("SCardStatus")));
    }
    return connection;
}

const SCARD_IO_REQUEST* CardConnection::protocolControl() const noexcept
{
    return m_protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
}

LONG CardConnection::readStatus()
{
    std::array<char, 256> readerName{};
    DWORD readerLength = static_cast<DWORD>(readerName.size());
    DWORD state = 0;
    DWORD protocol = 0;
    std::array<BYTE, MAX_ATR_SIZE> atr{};
    DWORD atrLength = static_cast<DWORD>(atr.size());
    const LONG rv = SCardStatus(m_handle, readerName.data(), &readerLength, &state, &protocol, atr.data(), &atrLength);
    if (rv == SCARD_S_SUCCESS) {
        m_atr = QByteArray(reinterpret_cast<const char*>(atr.data()), static_cast<qsizetype>(atrLength));
        m_protocol = protocol;
    }
    return rv;
}

Status<CardError> CardConnection::reconnect()
{
    DWORD protocol = 0;
    const LONG rv = SCardReconnect(m_handle, SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1,
                                   SCARD_LEAVE_CARD, &protocol);
    if (rv != SCARD_S_SUCCESS) {
        return fail(pcscError(rv, QLatin1String("SCardReconnect")));
    }
    m_protocol = protocol;
    if (const LONG status = readStatus(); status != SCARD_S_SUCCESS) {
        return fail(pcscError(status, QLatin1String("SCardStatus")));
    }
    return Ok{};
}

Status<CardError> CardConnection::check()
{
    const LONG rv = readStatus();
    if (rv == SCARD_S_SUCCESS) {
        return Ok{};
    }
    if (rv == SCARD_W_RESET_CARD) {
        return reconnect();
    }
    return fail(pcscError(rv, QLatin1String("SCardStatus")));
}

} // namespace inlinea::smartcard
