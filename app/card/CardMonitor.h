#pragma once

#include "smartcard/CardError.h"
#include "smartcard/CnsIdentity.h"
#include "smartcard/ReaderInfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace inlinea::smartcard {
class CardService;
}

namespace inlinea::card {

// What the login window and the status bar show about the card: which reader, whether a CNS is in it and whose it
// is, read without the PIN as soon as the card arrives. Each state has its own words in the UI: the first complaint
// of card users is "card not detected", and the cause (no PC/SC service, no reader, no card, not a CNS) matters.
class CardMonitor : public QObject {
    Q_OBJECT
public:
    enum class State {
        Starting,   // the card service has not reported yet
        NoService,  // pcscd is not running
        NoReader,   // no reader connected
        NoCard,     // a reader, but empty
        NotCns,     // a card that is not a CNS/CRS (not a failure)
        Reading,    // reading the holder's data
        Ready,      // identity() is set
        ReadFailed, // see lastError()
    };
    Q_ENUM(State)

    explicit CardMonitor(smartcard::CardService* cards, QObject* parent = nullptr);

    [[nodiscard]] State state() const noexcept { return m_state; }
    [[nodiscard]] const QList<smartcard::ReaderInfo>& readers() const noexcept { return m_readers; }
    [[nodiscard]] QString currentReader() const { return m_reader; }
    [[nodiscard]] const std::optional<smartcard::CnsIdentity>& identity() const noexcept { return m_identity; }
    [[nodiscard]] const std::optional<smartcard::CardError>& lastError() const noexcept { return m_error; }
    [[nodiscard]] smartcard::CardService* cards() const noexcept { return m_cards; }

    // The user's choice among several readers (remembered by the caller); empty = automatic.
    void setPreferredReader(const QString& reader);
    // Reads the identity again (e.g. to refresh the PIN tries after a failed attempt).
    void refresh();

Q_SIGNALS:
    void changed();
    // The card the session was opened with has left its reader.
    void cardRemoved(const QString& reader);

private:
    void onReaders(const QList<smartcard::ReaderInfo>& readers);
    void onServiceAvailable(bool available);
    void choose();
    void readIdentity();
    void setState(State state);

    smartcard::CardService* m_cards;
    State m_state = State::Starting;
    bool m_serviceAvailable = false;
    QList<smartcard::ReaderInfo> m_readers;
    QString m_preferred;
    QString m_reader;
    QByteArray m_readAtr; // the ATR whose identity we hold (or are reading)
    std::optional<smartcard::CnsIdentity> m_identity;
    std::optional<smartcard::CardError> m_error;
    quint64 m_readGeneration = 0;
};

} // namespace inlinea::card
