#pragma once

#include "smartcard/CardError.h"
#include "smartcard/CardSessions.h"
#include "smartcard/PcscContext.h"
#include "smartcard/ReaderInfo.h"
#include "smartcard/ReaderMonitor.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace inlinea::smartcard {

// Lives in the one PC/SC thread, which owns the SCARDCONTEXT and every card handle. Its loop runs posted jobs, then
// blocks in SCardGetStatusChange; post() wakes it with SCardCancel (the one PC/SC call made from other threads).
// When pcscd goes away it reports the service unavailable, retries every `retryInterval`, and lists the readers
// again once the service is back. The loop never spins a Qt event loop: signals go out queued to CardService.
class CardWorker : public QObject {
    Q_OBJECT
public:
    struct Job {
        std::function<void(CardSessions&)> run;
        // Instead of run, when the job cannot run (no service, shutdown).
        std::function<void(const CardError&)> abort;
    };

    CardWorker(std::chrono::milliseconds retryInterval, bool extendedLength);
    ~CardWorker() override;

    // Any thread.
    void post(Job job);
    void requestStop();
    // Ends a wait in SCardGetStatusChange. pcsc-lite ignores a cancel that arrives just before the wait starts, so
    // callers repeat it (wakeIfPending) while their job has not started.
    void wake() noexcept;
    void wakeIfPending();
    [[nodiscard]] bool hasPendingJobs() const;
    [[nodiscard]] quint64 apduCount() const noexcept { return m_apduCount.load(std::memory_order_relaxed); }

    // The loop; connected to QThread::started. Returns after requestStop().
    void run();

Q_SIGNALS:
    void serviceAvailableChanged(bool available);
    void readersChanged(const QList<inlinea::smartcard::ReaderInfo>& readers);
    void cardInserted(const QString& reader);
    void cardRemoved(const QString& reader);

private:
    [[nodiscard]] bool establishContext();
    void loseContext(const CardError& why);
    void setServiceAvailable(bool available);
    void runPendingJobs();
    void abortPendingJobs(const CardError& why);
    void sleepUntilRetry();
    void publish(const std::vector<ReaderMonitor::State>& states, bool force = false);

    const std::chrono::milliseconds m_retryInterval;
    std::atomic<quint64> m_apduCount{0};
    std::atomic<bool> m_stopping{false};

    mutable std::mutex m_mutex; // guards m_jobs, m_cancelContext
    std::condition_variable m_wakeUp;
    std::deque<Job> m_jobs;
    std::optional<SCARDCONTEXT> m_cancelContext;

    // Worker thread only.
    PcscContext m_context;
    ReaderMonitor m_monitor;
    CardSessions m_sessions;
    std::vector<ReaderMonitor::State> m_published;
    std::optional<bool> m_serviceAvailable;
};

} // namespace inlinea::smartcard
