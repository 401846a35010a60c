#include "CardTransaction.h"

#include "smartcard/CardConnection.h"
#include "smartcard/PcscError.h"

namespace inlinea::smartcard {

CardTransaction::CardTransaction(CardConnection& connection)
    : m_connection(connection)
{}

CardTransaction::~CardTransaction()
{
    SCardEndTransaction(m_connection.handle(), SCARD_LEAVE_CARD);
}

Result<std::unique_ptr<CardTransaction>, CardError> CardTransaction::begin(CardConnection& connection)
{
    LONG rv = SCardBeginTransaction(connection.handle());
    if (rv == SCARD_W_RESET_CARD) {
        if (auto reconnected = connection.reconnect(); !reconnected) {
            return fail(reconnected.error());
        }
        rv = SCardBeginTransaction(connection.handle());
    }
    if (rv != SCARD_S_SUCCESS) {
        return fail(pcscError(rv, QLatin1String("SCardBeginTransaction")));
    }
    return std::unique_ptr<CardTransaction>(new CardTransaction(connection));
}

} // namespace inlinea::smartcard
