#include "PcscError.h"

namespace inlinea::smartcard {

namespace {

CardError::Kind kindOf(LONG code) noexcept
{
    using Kind = CardError::Kind;
    switch (code) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR: return Kind::ServiceUnavailable;
    case SCARD_E_NO_READERS_AVAILABLE: return Kind::NoReader;
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE: return Kind::ReaderGone;
    case SCARD_W_REMOVED_CARD:
    case SCARD_E_NO_SMARTCARD: return Kind::CardRemoved;
    case SCARD_W_RESET_CARD: return Kind::CardReset;
    case SCARD_E_SHARING_VIOLATION: return Kind::CardInUse;
    case SCARD_E_TIMEOUT: return Kind::Timeout;
    case SCARD_E_CANCELLED: return Kind::Cancelled;
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_W_UNSUPPORTED_CARD:
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_E_NOT_TRANSACTED: return Kind::CardRefused;
    default: return Kind::Internal;
    }
}

} // namespace

bool isServiceLoss(LONG code) noexcept
{
    return code == SCARD_E_NO_SERVICE || code == SCARD_E_SERVICE_STOPPED || code == SCARD_E_INVALID_HANDLE ||
           code == SCARD_F_COMM_ERROR;
}

CardError pcscError(LONG code, QLatin1String operation)
{
    const auto unsignedCode = static_cast<quint32>(code);
    return CardError(kindOf(code), QStringLiteral("%1: %2 (0x%3)")
                                       .arg(operation, QString::fromLatin1(pcsc_stringify_error(code)))
                                       .arg(unsignedCode, 8, 16, QLatin1Char('0')));
}

} // namespace inlinea::smartcard
