#pragma once

#include "smartcard/ApduTransport.h"
#include "smartcard/ResponseChainer.h"

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <vector>

namespace inlinea::smartcard {

class CardConnection;

// ApduTransport over a PC/SC card handle: 61xx/6Cxx through ResponseChainer, extended APDUs (64 KiB buffers), one
// reconnect-and-retry after SCARD_W_RESET_CARD, and PC/SC codes mapped to CardError (removed card, gone reader,
// stopped service).
class PcscTransport final : public ApduTransport {
public:
    // `counter`, when given, counts every APDU exchanged with the card (GET RESPONSE and retries included).
    explicit PcscTransport(CardConnection& connection, std::atomic<quint64>* counter = nullptr);

    [[nodiscard]] Result<ResponseApdu, CardError> transmit(const CommandApdu& command) override;

    // True once this transport had to reconnect after a reset: the card lost its selected file, security
    // environment and verified PIN, so a multi-APDU operation in progress may need to start over.
    [[nodiscard]] bool resetObserved() const noexcept { return m_resetObserved; }
    [[nodiscard]] quint64 exchanges() const noexcept { return m_exchanges; }

private:
    [[nodiscard]] Result<QByteArray, CardError> exchange(const QByteArray& command);
    [[nodiscard]] Result<QByteArray, CardError> explainEmptyAnswer();

    static constexpr int EmptyAnswerChecks = 20;
    static constexpr std::chrono::milliseconds EmptyAnswerInterval{50};

    CardConnection& m_connection;
    ResponseChainer m_chainer;
    std::vector<unsigned char> m_receive;
    std::atomic<quint64>* m_counter;
    quint64 m_exchanges = 0;
    bool m_resetObserved = false;
};

} // namespace inlinea::smartcard
