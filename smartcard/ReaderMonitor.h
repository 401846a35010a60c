#pragma once

#include "common/Result.h"
#include "smartcard/CardError.h"
#include "smartcard/ReaderInfo.h"

#include <QByteArray>
#include <QList>

#include <vector>
#include <winscard.h>

namespace inlinea::smartcard {

// Watches the readers of one PC/SC context with SCardGetStatusChange, including the `\\?PnP?\Notification`
// pseudo-reader so readers plugged in or out end the wait too. Worker thread only; SCardCancel on the context (from
// any thread) ends a wait early.
class ReaderMonitor {
public:
    enum class Wake { Changed, Timeout, Cancelled };

    // A reader's state plus pcsc-lite's event counter: a card swapped between two waits changes the counter even
    // though "present" reads the same before and after.
    struct State {
        ReaderInfo info;
        quint32 events = 0;
    };

    // Lists the readers again and reads their current state (no wait).
    [[nodiscard]] Status<CardError> refresh(SCARDCONTEXT context);
    // Blocks until a reader or card changes, `timeoutMs` passes or SCardCancel. ServiceUnavailable when the context
    // died with pcscd.
    [[nodiscard]] Result<Wake, CardError> wait(SCARDCONTEXT context, DWORD timeoutMs);

    [[nodiscard]] std::vector<State> states() const;
    void clear();

private:
    struct Entry {
        QByteArray name; // SCARD_READERSTATE points into it: entries are rebuilt, never edited in place
        DWORD state = SCARD_STATE_UNAWARE;
        QByteArray atr;
    };

    [[nodiscard]] Result<Wake, CardError> getStatusChange(SCARDCONTEXT context, DWORD timeoutMs);
    [[nodiscard]] Status<CardError> listReaders(SCARDCONTEXT context);

    std::vector<Entry> m_entries;
    DWORD m_pnpState = SCARD_STATE_UNAWARE;
    bool m_pnpSupported = true;
};

} // namespace inlinea::smartcard
