#include "CardError.h"

namespace inlinea::smartcard {

QLatin1String CardError::kindName(Kind kind) noexcept
{
    switch (kind) {
    case Kind::ServiceUnavailable: return QLatin1String("ServiceUnavailable");
    case Kind::NoReader: return QLatin1String("NoReader");
    case Kind::ReaderGone: return QLatin1String("ReaderGone");
    case Kind::NoCard: return QLatin1String("NoCard");
    case Kind::CardRemoved: return QLatin1String("CardRemoved");
    case Kind::CardReset: return QLatin1String("CardReset");
    case Kind::CardInUse: return QLatin1String("CardInUse");
    case Kind::NotCns: return QLatin1String("NotCns");
    case Kind::WrongPin: return QLatin1String("WrongPin");
    case Kind::PinBlocked: return QLatin1String("PinBlocked");
    case Kind::WrongPuk: return QLatin1String("WrongPuk");
    case Kind::PukBlocked: return QLatin1String("PukBlocked");
    case Kind::SecurityNotSatisfied: return QLatin1String("SecurityNotSatisfied");
    case Kind::InvalidInput: return QLatin1String("InvalidInput");
    case Kind::MalformedData: return QLatin1String("MalformedData");
    case Kind::CardRefused: return QLatin1String("CardRefused");
    case Kind::Timeout: return QLatin1String("Timeout");
    case Kind::Cancelled: return QLatin1String("Cancelled");
    case Kind::Internal: return QLatin1String("Internal");
    }
    return QLatin1String("Unknown");
}

QString CardError::toString() const
{
    QString text = kindName();
    if (triesLeft >= 0) {
        text += QStringLiteral(" tries=%1").arg(triesLeft);
    }
    if (sw != 0) {
        text += QStringLiteral(" sw=") + QString::number(sw, 16).rightJustified(4, QLatin1Char('0')).toUpper();
    }
    if (!detail.isEmpty()) {
        text += QStringLiteral(": ") + detail;
    }
    return text;
}

} // namespace inlinea::smartcard
