#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/CnsIdentity.h"
#include "smartcard/PinStatus.h"
#include "smartcard/ReaderInfo.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <functional>

namespace inlinea::smartcard {

class CardSessions;
class CardWorker;

// The public face of the smart-card layer, living in the caller's thread. All PC/SC work happens in one worker
// thread (CardWorker); requests are queued to it and their callbacks come back in this object's thread, dropped if
// their context object died meanwhile. Readers are chosen by the caller: every request names one.
//
// PINs and PUKs: pass them with std::move; the service wipes its buffer once the request is over and never logs or
// keeps them (the verified state lives in the card, kept by leaving the connection open).
class CardService : public QObject {
    Q_OBJECT
public:
    struct Options {
        // How often to try again to reach pcscd while it is not running.
        std::chrono::milliseconds retryInterval{1000};
        // Extended-length APDUs for reading files and for the RSA operation (one APDU instead of a chain); only
        // for readers and cards known to support them.
        bool extendedLength = false;
    };

    explicit CardService(QObject* parent = nullptr);
    explicit CardService(Options options, QObject* parent = nullptr);
    // Stops the worker (SCardCancel, quit, wait); pending callbacks are dropped, blocking calls get Cancelled.
    ~CardService() override;

    // Last known state, as reported by the signals (false / empty until the worker first reports).
    [[nodiscard]] bool isServiceAvailable() const noexcept { return m_serviceAvailable; }
    [[nodiscard]] QList<ReaderInfo> readers() const { return m_readers; }

    // Callbacks run in this object's thread; `context` must live in that thread too and ends them if destroyed.
    template <typename T> using Callback = std::function<void(T)>;

    // Serial, personal data, certificate and PIN status in one transaction.
    void readIdentity(const QString& reader, QObject* context, Callback<Result<CnsIdentity, CardError>> callback);
    void pinTriesLeft(const QString& reader, QObject* context, Callback<Result<PinStatus, CardError>> callback);
    // Leaves the card connected afterwards, so the verified state persists for the TLS handshake (rawRsaBlocking).
    void verifyPin(const QString& reader, QByteArray pin, QObject* context, Callback<Status<CardError>> callback);
    void changePin(const QString& reader, QByteArray oldPin, QByteArray newPin, QObject* context,
                   Callback<Status<CardError>> callback);
    void unblockPin(const QString& reader, QByteArray puk, QByteArray newPin, QObject* context,
                    Callback<Status<CardError>> callback);
    // Disconnects from the card in `reader` (without resetting it).
    void forgetCard(const QString& reader);

    // The card's raw RSA operation on a padded block, for the TLS handshake on Qt's network thread. Blocks the
    // calling thread (any thread but the worker's) up to `timeout`: Timeout then, and the request is dropped if it
    // has not started. SecurityNotSatisfied when the PIN is not verified.
    [[nodiscard]] Result<QByteArray, CardError> rawRsaBlocking(const QString& reader, const QByteArray& block,
                                                               std::chrono::milliseconds timeout);

    // APDUs exchanged with cards since the service started (for benchmarks and diagnostics).
    [[nodiscard]] quint64 apduCount() const noexcept;

Q_SIGNALS:
    // The first emission after construction tells the initial state.
    void serviceAvailableChanged(bool available);
    void readersChanged(const QList<inlinea::smartcard::ReaderInfo>& readers);
    void cardInserted(const QString& reader);
    void cardRemoved(const QString& reader);

private:
    template <typename R> void submit(QObject* context, Callback<R> callback, std::function<R(CardSessions&)> work);

    QThread m_thread;
    CardWorker* m_worker = nullptr;
    // Repeats the wake-up while posted requests wait (see CardWorker::wake).
    QTimer m_kick;
    bool m_serviceAvailable = false;
    QList<ReaderInfo> m_readers;
};

} // namespace inlinea::smartcard
