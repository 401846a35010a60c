#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <winscard.h>

namespace inlinea::smartcard {

// Owns one SCARDHANDLE (shared mode). Disconnecting always leaves the card as it is (SCARD_LEAVE_CARD): resetting
// it would log out every other application using the card, and our own verified PIN with it.
class CardConnection {
public:
    // NoReader for an unknown reader, NoCard for an empty one, CardInUse when another application holds the card
    // exclusively.
    [[nodiscard]] static Result<std::unique_ptr<CardConnection>, CardError> connect(SCARDCONTEXT context,
                                                                                    const QString& reader);
    ~CardConnection();
    CardConnection(const CardConnection&) = delete;
    CardConnection& operator=(const CardConnection&) = delete;

    [[nodiscard]] const QString& reader() const noexcept { return m_reader; }
    [[nodiscard]] const QByteArray& atr() const noexcept { return m_atr; }
    [[nodiscard]] SCARDHANDLE handle() const noexcept { return m_handle; }
    [[nodiscard]] const SCARD_IO_REQUEST* protocolControl() const noexcept;

    // After SCARD_W_RESET_CARD (someone else reset the card): take the handle back without resetting again.
    [[nodiscard]] Status<CardError> reconnect();
    // Asks pcscd, without an APDU, whether the handle still refers to the card it was opened on; reconnects after a
    // reset. CardRemoved when the card left (even if another one is in the reader now).
    [[nodiscard]] Status<CardError> check();

private:
    CardConnection(QString reader, SCARDHANDLE handle, DWORD protocol);
    [[nodiscard]] LONG readStatus();

    QString m_reader;
    SCARDHANDLE m_handle;
    DWORD m_protocol;
    QByteArray m_atr;
};

} // namespace inlinea::smartcard
