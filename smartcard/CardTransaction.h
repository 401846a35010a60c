#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"

#include <memory>

namespace inlinea::smartcard {

class CardConnection;

// SCardBeginTransaction ... SCardEndTransaction(SCARD_LEAVE_CARD) around a multi-APDU operation, so no other
// application's APDU lands between our SELECT and READ BINARY or between MSE and PSO.
class CardTransaction {
public:
    // Reconnects once when another application reset the card meanwhile.
    [[nodiscard]] static Result<std::unique_ptr<CardTransaction>, CardError> begin(CardConnection& connection);
    ~CardTransaction();
    CardTransaction(const CardTransaction&) = delete;
    CardTransaction& operator=(const CardTransaction&) = delete;

private:
    explicit CardTransaction(CardConnection& connection);

    CardConnection& m_connection;
};

} // namespace inlinea::smartcard
