#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/CommandApdu.h"
#include "smartcard/ResponseApdu.h"

#include <QByteArray>

#include <functional>

namespace inlinea::smartcard {

// The transport-independent half of a T=0-friendly exchange: follows 61xx with GET RESPONSE (concatenating the
// data) and repeats a command answered 6Cxx with Le = xx. Kept apart from PC/SC so the logic runs in unit tests on a
// scripted raw exchange.
class ResponseChainer {
public:
    // Sends encoded command bytes, returns the raw answer (data + SW1 SW2) or a transport error.
    using RawExchange = std::function<Result<QByteArray, CardError>(const QByteArray& command)>;

    explicit ResponseChainer(RawExchange exchange);

    [[nodiscard]] Result<ResponseApdu, CardError> transmit(const CommandApdu& command);

private:
    [[nodiscard]] Result<ResponseApdu, CardError> exchangeOnce(const CommandApdu& command);

    RawExchange m_exchange;
};

} // namespace inlinea::smartcard
