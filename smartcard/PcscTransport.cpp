#include "PcscTransport.h"

#include "smartcard/CardConnection.h"
#include "smartcard/PcscError.h"

#include <thread>
#include <winscard.h>

namespace inlinea::smartcard {

PcscTransport::PcscTransport(CardConnection& connection, std::atomic<quint64>* counter)
    : m_connection(connection)
    , m_chainer([this](const QByteArray& command) { return exchange(command); })
    , m_receive(MAX_BUFFER_SIZE_EXTENDED)
    , m_counter(counter)
{}

Result<ResponseApdu, CardError> PcscTransport::transmit(const CommandApdu& command)
{
    return m_chainer.transmit(command);
}

Result<QByteArray, CardError> PcscTransport::exchange(const QByteArray& command)
{
    for (int attempt = 0;; ++attempt) {
        DWORD received = static_cast<DWORD>(m_receive.size());
        const LONG rv = SCardTransmit(m_connection.handle(), m_connection.protocolControl(),
                                      reinterpret_cast<const BYTE*>(command.constData()),
                                      static_cast<DWORD>(command.size()), nullptr, m_receive.data(), &received);
        if (rv == SCARD_S_SUCCESS) {
            ++m_exchanges;
            if (m_counter != nullptr) {
                m_counter->fetch_add(1, std::memory_order_relaxed);
            }
            if (received < 2) {
                return explainEmptyAnswer();
            }
            return QByteArray(reinterpret_cast<const char*>(m_receive.data()), static_cast<qsizetype>(received));
        }
        // Someone else reset the card: take our handle back (without another reset) and try once more.
        if (rv == SCARD_W_RESET_CARD && attempt == 0) {
            m_resetObserved = true;
            if (auto reconnected = m_connection.reconnect(); !reconnected) {
                return fail(reconnected.error());
            }
            continue;
        }
        return fail(pcscError(rv, QLatin1String("SCardTransmit")));
    }
}

Result<QByteArray, CardError> PcscTransport::explainEmptyAnswer()
{
    // A card pulled out mid-APDU can come back as "success, no bytes" (vpcd does this) before pcscd's reader
    // polling notices the removal. Give pcscd a moment to tell: a removed card must read as CardRemoved, not as a
    // card talking nonsense. Only this rare path waits, and only on the worker thread.
    for (int round = 0; round < EmptyAnswerChecks; ++round) {
        if (auto status = m_connection.check(); !status) {
            return fail(status.error());
        }
        std::this_thread::sleep_for(EmptyAnswerInterval);
    }
    return fail(CardError(CardError::Kind::MalformedData, QStringLiteral("the card answered without a status word")));
}

} // namespace inlinea::smartcard
