#include "ReaderMonitor.h"

#include "smartcard/CnsAtr.h"
#include "smartcard/PcscError.h"

namespace inlinea::smartcard {

namespace {

constexpr char PnpReader[] = "\\\\?PnP?\\Notification";

CardError monitorError(LONG code, QLatin1String operation)
{
    CardError error = pcscError(code, operation);
    // A context that pcscd no longer knows (it restarted) is as good as no service: start over.
    if (isServiceLoss(code)) {
        error.kind = CardError::Kind::ServiceUnavailable;
    }
    return error;
}

} // namespace

void ReaderMonitor::clear()
{
    m_entries.clear();
    m_pnpState = SCARD_STATE_UNAWARE;
}

Status<CardError> ReaderMonitor::listReaders(SCARDCONTEXT context)
{
    // The list can grow between the size query and the read: try again a few times.
    for (int attempt = 0; attempt < 5; ++attempt) {
        DWORD size = 0;
        LONG rv = SCardListReaders(context, nullptr, nullptr, &size);
        if (rv == SCARD_E_NO_READERS_AVAILABLE) {
            m_entries.clear();
            return Ok{};
        }
        if (rv != SCARD_S_SUCCESS) {
            return fail(monitorError(rv, QLatin1String("SCardListReaders")));
        }
        QByteArray buffer(static_cast<qsizetype>(size), '\0');
        rv = SCardListReaders(context, nullptr, buffer.data(), &size);
        if (rv == SCARD_E_INSUFFICIENT_BUFFER) {
            continue;
        }
        if (rv == SCARD_E_NO_READERS_AVAILABLE) {
            m_entries.clear();
            return Ok{};
        }
        if (rv != SCARD_S_SUCCESS) {
            return fail(monitorError(rv, QLatin1String("SCardListReaders")));
        }
        // A multi-string: names separated by NUL, ended by an empty one.
        std::vector<Entry> entries;
        for (const QByteArray& name : buffer.left(static_cast<qsizetype>(size)).split('\0')) {
            if (!name.isEmpty()) {
                entries.push_back(Entry{name, SCARD_STATE_UNAWARE, {}});
            }
        }
        m_entries = std::move(entries);
        return Ok{};
    }
    return fail(CardError(CardError::Kind::Internal, QStringLiteral("reader list keeps changing")));
}

Status<CardError> ReaderMonitor::refresh(SCARDCONTEXT context)
{
    if (auto listed = listReaders(context); !listed) {
        return listed;
    }
    // UNAWARE states answer at once with the current state.
    auto read = getStatusChange(context, 0);
    if (!read) {
        return fail(read.error());
    }
    return Ok{};
}

Result<ReaderMonitor::Wake, CardError> ReaderMonitor::getStatusChange(SCARDCONTEXT context, DWORD timeoutMs)
{
    std::vector<SCARD_READERSTATE> states(m_entries.size() + (m_pnpSupported ? 1 : 0));
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        states[i].szReader = m_entries[i].name.constData();
        states[i].dwCurrentState = m_entries[i].state;
    }
    if (m_pnpSupported) {
        states.back().szReader = PnpReader;
        states.back().dwCurrentState = m_pnpState;
    }
    const LONG rv = SCardGetStatusChange(context, timeoutMs, states.data(), static_cast<DWORD>(states.size()));
    if (rv == SCARD_E_TIMEOUT) {
        return Wake::Timeout;
    }
    if (rv == SCARD_E_CANCELLED) {
        return Wake::Cancelled;
    }
    if (rv == SCARD_E_UNKNOWN_READER || rv == SCARD_E_READER_UNAVAILABLE) {
        // A reader went away between listing and waiting.
        if (auto listed = refresh(context); !listed) {
            return fail(listed.error());
        }
        return Wake::Changed;
    }
    if (rv != SCARD_S_SUCCESS) {
        return fail(monitorError(rv, QLatin1String("SCardGetStatusChange")));
    }

    bool changed = false;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const SCARD_READERSTATE& state = states[i];
        changed = changed || (state.dwEventState & SCARD_STATE_CHANGED) != 0;
        m_entries[i].state = state.dwEventState;
        m_entries[i].atr = (state.dwEventState & SCARD_STATE_PRESENT)
                               ? QByteArray(reinterpret_cast<const char*>(state.rgbAtr),
                                            static_cast<qsizetype>(std::min<DWORD>(state.cbAtr, MAX_ATR_SIZE)))
                               : QByteArray();
    }
    if (m_pnpSupported) {
        const DWORD pnp = states.back().dwEventState;
        if (pnp & SCARD_STATE_UNKNOWN) {
            // A pcsc-lite without hot-plug notification: fall back to listing on every timeout.
            m_pnpSupported = false;
        } else {
            m_pnpState = pnp;
            if (pnp & SCARD_STATE_CHANGED) {
                if (auto refreshed = refresh(context); !refreshed) {
                    return fail(refreshed.error());
                }
                changed = true;
            }
        }
    }
    return changed ? Wake::Changed : Wake::Timeout;
}

Result<ReaderMonitor::Wake, CardError> ReaderMonitor::wait(SCARDCONTEXT context, DWORD timeoutMs)
{
    auto wake = getStatusChange(context, timeoutMs);
    if (wake && *wake == Wake::Timeout && !m_pnpSupported) {
        if (auto refreshed = refresh(context); !refreshed) {
            return fail(refreshed.error());
        }
        return Wake::Changed;
    }
    return wake;
}

std::vector<ReaderMonitor::State> ReaderMonitor::states() const
{
    std::vector<State> out;
    out.reserve(m_entries.size());
    for (const Entry& entry : m_entries) {
        State state;
        state.info.name = QString::fromUtf8(entry.name);
        state.info.cardPresent = (entry.state & SCARD_STATE_PRESENT) != 0;
        state.info.atr = entry.atr;
        state.info.isCns = state.info.cardPresent && CnsAtr::isCns(entry.atr);
        state.info.exclusiveInUse = (entry.state & SCARD_STATE_EXCLUSIVE) != 0;
        // pcsc-lite keeps a per-reader event counter in the high 16 bits.
        state.events = static_cast<quint32>((entry.state >> 16) & 0xFFFF);
        out.push_back(std::move(state));
    }
    return out;
}

} // namespace inlinea::smartcard
