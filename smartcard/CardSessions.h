#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/CnsCard.h"
#include "smartcard/CnsIdentity.h"
#include "smartcard/PinStatus.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <winscard.h>

namespace inlinea::smartcard {

class CardConnection;

// The card operations of the worker thread: one cached connection per reader (kept open after VERIFY so the card
// stays powered in the session where the PIN is verified), a transaction around every operation, CNS checks on the
// ATR. Worker thread only.
class CardSessions {
public:
    CardSessions(std::atomic<quint64>& apduCounter, bool extendedLength);
    ~CardSessions();
    CardSessions(const CardSessions&) = delete;
    CardSessions& operator=(const CardSessions&) = delete;

    // The context connections are made on; setting another one (or none) drops every connection.
    void setContext(std::optional<SCARDCONTEXT> context);
    // Disconnects (SCARD_LEAVE_CARD) from the card in `reader`, if connected.
    void forget(const QString& reader);

    [[nodiscard]] Result<CnsIdentity, CardError> readIdentity(const QString& reader);
    [[nodiscard]] Result<PinStatus, CardError> pinStatus(const QString& reader);
    [[nodiscard]] Status<CardError> verifyPin(const QString& reader, const QByteArray& pin);
    [[nodiscard]] Status<CardError> changePin(const QString& reader, const QByteArray& oldPin,
                                              const QByteArray& newPin);
    [[nodiscard]] Status<CardError> unblockPin(const QString& reader, const QByteArray& puk, const QByteArray& newPin);
    [[nodiscard]] Result<QByteArray, CardError> rawRsa(const QString& reader, const QByteArray& block);

private:
    using Operation = std::function<Status<CardError>(CnsCard& card, const CardConnection& connection)>;

    // Connects (or reuses the connection), checks the ATR, opens a transaction and runs `operation` on a CnsCard.
    // `restartAfterReset`: run a read-only operation once more when another application reset the card under it.
    [[nodiscard]] Status<CardError> withCard(const QString& reader, bool restartAfterReset, const Operation& operation);
    [[nodiscard]] Result<CardConnection*, CardError> connection(const QString& reader);

    std::atomic<quint64>& m_apduCounter;
    bool m_extendedLength;
    std::optional<SCARDCONTEXT> m_context;
    std::map<QString, std::unique_ptr<CardConnection>> m_connections;
};

} // namespace inlinea::smartcard
