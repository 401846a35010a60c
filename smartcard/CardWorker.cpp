#include "CardWorker.h"

#include <QLoggingCategory>
#include <QThread>

#include <algorithm>

namespace inlinea::smartcard {

namespace {

Q_LOGGING_CATEGORY(lcWorker, "inlinea.smartcard.worker")

const ReaderMonitor::State* findReader(const std::vector<ReaderMonitor::State>& states, const QString& name)
{
    const auto it = std::find_if(states.begin(), states.end(),
                                 [&name](const ReaderMonitor::State& state) { return state.info.name == name; });
    return it == states.end() ? nullptr : &*it;
}

} // namespace

CardWorker::CardWorker(std::chrono::milliseconds retryInterval, bool extendedLength)
    : m_retryInterval(retryInterval)
    , m_sessions(m_apduCount, extendedLength)
{}

CardWorker::~CardWorker()
{
    abortPendingJobs(CardError(CardError::Kind::Cancelled, QStringLiteral("card service stopped")));
}

void CardWorker::post(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wakeUp.notify_all();
    wake();
}

void CardWorker::requestStop()
{
    {
        // Under the mutex, so a worker about to sleep in sleepUntilRetry cannot miss it.
        const std::lock_guard lock(m_mutex);
        m_stopping.store(true);
    }
    m_wakeUp.notify_all();
    wake();
}

void CardWorker::wake() noexcept
{
    std::optional<SCARDCONTEXT> context;
    {
        const std::lock_guard lock(m_mutex);
        context = m_cancelContext;
    }
    if (context) {
        // Thread-safe in pcsc-lite; a context released meanwhile only yields SCARD_E_INVALID_HANDLE.
        SCardCancel(*context);
    }
}

void CardWorker::wakeIfPending()
{
    if (hasPendingJobs()) {
        wake();
    }
}

bool CardWorker::hasPendingJobs() const
{
    const std::lock_guard lock(m_mutex);
    return !m_jobs.empty();
}

void CardWorker::run()
{
    while (!m_stopping.load()) {
        if (!m_context.isValid() && !establishContext()) {
            abortPendingJobs(CardError(CardError::Kind::ServiceUnavailable, QStringLiteral("pcscd is not running")));
            sleepUntilRetry();
            continue;
        }
        runPendingJobs();
        if (m_stopping.load()) {
            break;
        }
        const auto timeout = static_cast<DWORD>(m_retryInterval.count());
        auto wake = m_monitor.wait(m_context.handle(), timeout);
        if (!wake) {
            loseContext(wake.error());
            // Whatever broke the wait, do not hammer pcscd with new contexts in a tight loop.
            sleepUntilRetry();
            continue;
        }
        if (*wake == ReaderMonitor::Wake::Changed) {
            publish(m_monitor.states());
        }
    }
    abortPendingJobs(CardError(CardError::Kind::Cancelled, QStringLiteral("card service stopped")));
    m_sessions.setContext(std::nullopt);
    {
        const std::lock_guard lock(m_mutex);
        m_cancelContext.reset();
    }
    m_context.release();
    QThread::currentThread()->quit();
}

bool CardWorker::establishContext()
{
    auto context = PcscContext::establish();
    if (!context) {
        setServiceAvailable(false);
        return false;
    }
    m_context = std::move(context).value();
    m_monitor.clear();
    if (auto refreshed = m_monitor.refresh(m_context.handle()); !refreshed) {
        loseContext(refreshed.error());
        return false;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_cancelContext = m_context.handle();
    }
    m_sessions.setContext(m_context.handle());
    setServiceAvailable(true);
    // Always tell the readers once the service is (back) up, even "none", so the UI can leave "loading".
    publish(m_monitor.states(), true);
    return true;
}

void CardWorker::loseContext(const CardError& why)
{
    qCInfo(lcWorker) << "PC/SC context lost:" << why.toString();
    {
        const std::lock_guard lock(m_mutex);
        m_cancelContext.reset();
    }
    m_sessions.setContext(std::nullopt);
    m_monitor.clear();
    m_context.release();
    // Readers and cards are unknown until the service is back.
    publish({});
    if (why.kind == CardError::Kind::ServiceUnavailable) {
        setServiceAvailable(false);
    }
}

void CardWorker::setServiceAvailable(bool available)
{
    if (m_serviceAvailable == available) {
        return;
    }
    m_serviceAvailable = available;
    Q_EMIT serviceAvailableChanged(available);
}

void CardWorker::runPendingJobs()
{
    while (!m_stopping.load()) {
        Job job;
        {
            const std::lock_guard lock(m_mutex);
            if (m_jobs.empty()) {
                return;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job.run(m_sessions);
    }
}

void CardWorker::abortPendingJobs(const CardError& why)
{
    std::deque<Job> jobs;
    {
        const std::lock_guard lock(m_mutex);
        jobs.swap(m_jobs);
    }
    for (Job& job : jobs) {
        job.abort(why);
    }
}

void CardWorker::sleepUntilRetry()
{
    std::unique_lock lock(m_mutex);
    m_wakeUp.wait_for(lock, m_retryInterval, [this] { return m_stopping.load() || !m_jobs.empty(); });
}

void CardWorker::publish(const std::vector<ReaderMonitor::State>& states, bool force)
{
    QStringList removed;
    QStringList inserted;
    for (const ReaderMonitor::State& before : m_published) {
        const ReaderMonitor::State* after = findReader(states, before.info.name);
        if (!before.info.cardPresent) {
            continue;
        }
        // Gone, emptied, or a different card (the event counter moved or the ATR changed) since the last look.
        if (after == nullptr || !after->info.cardPresent || after->events != before.events ||
            after->info.atr != before.info.atr) {
            removed << before.info.name;
        }
    }
    for (const ReaderMonitor::State& after : states) {
        if (!after.info.cardPresent) {
            continue;
        }
        const ReaderMonitor::State* before = findReader(m_published, after.info.name);
        if (before == nullptr || !before->info.cardPresent || removed.contains(after.info.name)) {
            inserted << after.info.name;
        }
    }
    for (const QString& reader : std::as_const(removed)) {
        m_sessions.forget(reader);
    }

    QList<ReaderInfo> infos;
    for (const ReaderMonitor::State& state : states) {
        infos << state.info;
    }
    QList<ReaderInfo> previous;
    for (const ReaderMonitor::State& state : m_published) {
        previous << state.info;
    }
    m_published = states;
    if (infos != previous || force) {
        Q_EMIT readersChanged(infos);
    }
    for (const QString& reader : std::as_const(removed)) {
        Q_EMIT cardRemoved(reader);
    }
    for (const QString& reader : std::as_const(inserted)) {
        Q_EMIT cardInserted(reader);
    }
}

} // namespace inlinea::smartcard
