#pragma once

#include <QLatin1String>
#include <QString>
#include <QtGlobal>

namespace inlinea::smartcard {

// Why a card operation failed, typed so that the UI can tell the user what to do (start pcscd, insert the card, mind
// the last PIN try...). `detail` is technical text for logs and diagnostics: it never contains a PIN or PUK.
struct CardError {
    enum class Kind {
        ServiceUnavailable,   // pcscd not running or restarting (SCARD_E_NO_SERVICE / SERVICE_STOPPED)
        NoReader,             // no such reader, or no reader at all
        ReaderGone,           // the reader disappeared during the operation
        NoCard,               // the reader is empty
        CardRemoved,          // the card left the reader during the operation
        CardReset,            // another application reset the card and reconnecting did not help
        CardInUse,            // another application holds the card exclusively
        NotCns,               // the ATR is not a CNS/CRS one
        WrongPin,             // triesLeft tells how many tries remain (-1: the card did not say)
        PinBlocked,           // 6983, or the last try was just spent: the PUK is needed
        WrongPuk,             // triesLeft as for WrongPin
        PukBlocked,           // the card cannot be unblocked any more
        SecurityNotSatisfied, // 6982: the PIN is not verified in this card session
        InvalidInput,         // a PIN/PUK/block the card cannot take (too long, wrong size)
        MalformedData,        // the card answered with data that does not parse
        CardRefused,          // any other status word (kept in `sw`)
        Timeout,
        Cancelled,
        Internal,
    };

    CardError() = default;
    explicit CardError(Kind errorKind, QString errorDetail = {}, quint16 statusWord = 0, int tries = -1)
        : kind(errorKind)
        , triesLeft(tries)
        , sw(statusWord)
        , detail(std::move(errorDetail))
    {}

    Kind kind = Kind::Internal;
    int triesLeft = -1;
    quint16 sw = 0;
    QString detail;

    // Stable English identifier of a kind, for logs and tests ("WrongPin"); not user text.
    [[nodiscard]] static QLatin1String kindName(Kind kind) noexcept;
    [[nodiscard]] QLatin1String kindName() const noexcept { return kindName(kind); }
    // "WrongPin tries=2 sw=63C2: verify" — for logs.
    [[nodiscard]] QString toString() const;
};

} // namespace inlinea::smartcard
