#include "CardSessions.h"

#include "smartcard/CardConnection.h"
#include "smartcard/CardTransaction.h"
#include "smartcard/CnsAtr.h"
#include "smartcard/PcscTransport.h"

namespace inlinea::smartcard {

namespace {

using Kind = CardError::Kind;

// Errors after which the cached handle is useless: the next request connects afresh.
bool dropsConnection(const CardError& error)
{
    switch (error.kind) {
    case Kind::ServiceUnavailable:
    case Kind::ReaderGone:
    case Kind::CardRemoved:
    case Kind::CardReset:
    case Kind::Internal: return true;
    default: return false;
    }
}

} // namespace

CardSessions::CardSessions(std::atomic<quint64>& apduCounter, bool extendedLength)
    : m_apduCounter(apduCounter)
    , m_extendedLength(extendedLength)
{}

CardSessions::~CardSessions() = default;

void CardSessions::setContext(std::optional<SCARDCONTEXT> context)
{
    m_connections.clear();
    m_context = context;
}

void CardSessions::forget(const QString& reader)
{
    m_connections.erase(reader);
}

Result<CardConnection*, CardError> CardSessions::connection(const QString& reader)
{
    if (!m_context) {
        return fail(CardError(Kind::ServiceUnavailable, QStringLiteral("no PC/SC context")));
    }
    if (auto it = m_connections.find(reader); it != m_connections.end()) {
        // The card may have been swapped since the last request: ask pcscd (no APDU) before trusting the handle.
        if (it->second->check()) {
            return it->second.get();
        }
        m_connections.erase(it);
    }
    auto connected = CardConnection::connect(*m_context, reader);
    if (!connected) {
        return fail(connected.error());
    }
    CardConnection* raw = connected->get();
    m_connections[reader] = std::move(connected).value();
    return raw;
}

Status<CardError> CardSessions::withCard(const QString& reader, bool restartAfterReset, const Operation& operation)
{
    for (int attempt = 0;; ++attempt) {
        auto connected = connection(reader);
        if (!connected) {
            return fail(connected.error());
        }
        CardConnection& card = **connected;
        const auto atr = CnsAtr::parse(card.atr());
        if (!atr) {
            return fail(
                CardError(Kind::NotCns, QStringLiteral("ATR %1").arg(QString::fromLatin1(card.atr().toHex(' ')))));
        }
        Status<CardError> result = Ok{};
        bool reset = false;
        {
            auto transaction = CardTransaction::begin(card);
            if (!transaction) {
                result = fail(transaction.error());
            } else {
                PcscTransport transport(card, &m_apduCounter);
                CnsCard::Options options;
                options.pinReference = atr->pinReference();
                options.extendedLength = m_extendedLength;
                CnsCard cns(transport, options);
                result = operation(cns, card);
                reset = transport.resetObserved();
            }
        }
        if (!result && reset && restartAfterReset && attempt == 0) {
            continue; // the reset undid our SELECT: read again from the start
        }
        if (!result && dropsConnection(result.error())) {
            m_connections.erase(reader);
        }
        return result;
    }
}

Result<CnsIdentity, CardError> CardSessions::readIdentity(const QString& reader)
{
    CnsIdentity identity;
    auto done = withCard(reader, true, [&identity](CnsCard& card, const CardConnection& connection) {
        auto read = card.readIdentity();
        if (!read) {
            return Status<CardError>(fail(read.error()));
        }
        identity = std::move(read).value();
        identity.reader = connection.reader();
        identity.atr = connection.atr();
        return Status<CardError>(Ok{});
    });
    if (!done) {
        return fail(done.error());
    }
    return identity;
}

Result<PinStatus, CardError> CardSessions::pinStatus(const QString& reader)
{
    PinStatus status;
    auto done = withCard(reader, true, [&status](CnsCard& card, const CardConnection&) {
        auto read = card.pinStatus();
        if (!read) {
            return Status<CardError>(fail(read.error()));
        }
        status = *read;
        return Status<CardError>(Ok{});
    });
    if (!done) {
        return fail(done.error());
    }
    return status;
}

// PIN operations are never restarted: a second VERIFY could spend a second try.
Status<CardError> CardSessions::verifyPin(const QString& reader, const QByteArray& pin)
{
    return withCard(reader, false, [&pin](CnsCard& card, const CardConnection&) { return card.verifyPin(pin); });
}

Status<CardError> CardSessions::changePin(const QString& reader, const QByteArray& oldPin, const QByteArray& newPin)
{
    return withCard(reader, false,
                    [&](CnsCard& card, const CardConnection&) { return card.changePin(oldPin, newPin); });
}

Status<CardError> CardSessions::unblockPin(const QString& reader, const QByteArray& puk, const QByteArray& newPin)
{
    return withCard(reader, false, [&](CnsCard& card, const CardConnection&) { return card.unblockPin(puk, newPin); });
}

Result<QByteArray, CardError> CardSessions::rawRsa(const QString& reader, const QByteArray& block)
{
    QByteArray signature;
    auto done = withCard(reader, false, [&](CnsCard& card, const CardConnection&) {
        auto result = card.rawRsa(block);
        if (!result) {
            return Status<CardError>(fail(result.error()));
        }
        signature = std::move(result).value();
        return Status<CardError>(Ok{});
    });
    if (!done) {
        return fail(done.error());
    }
    return signature;
}

} // namespace inlinea::smartcard
