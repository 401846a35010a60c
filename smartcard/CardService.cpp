#include "CardService.h"

#include "smartcard/CardSessions.h"
#include "smartcard/CardWorker.h"
#include "smartcard/SecureBytes.h"

#include <QMetaObject>
#include <QPointer>

#include <condition_variable>
#include <mutex>
#include <optional>

namespace inlinea::smartcard {

namespace {

constexpr std::chrono::milliseconds KickInterval{20};

void registerMetaTypes()
{
    qRegisterMetaType<ReaderInfo>();
    qRegisterMetaType<QList<ReaderInfo>>();
    qRegisterMetaType<PinStatus>();
    qRegisterMetaType<CnsIdentity>();
    qRegisterMetaType<PersonalData>();
}

} // namespace

CardService::CardService(QObject* parent)
    : CardService(Options{}, parent)
{}

CardService::CardService(Options options, QObject* parent)
    : QObject(parent)
    , m_worker(new CardWorker(options.retryInterval, options.extendedLength))
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("inlinea-pcsc"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &CardWorker::run);

    connect(m_worker, &CardWorker::serviceAvailableChanged, this, [this](bool available) {
        m_serviceAvailable = available;
        Q_EMIT serviceAvailableChanged(available);
    });
    connect(m_worker, &CardWorker::readersChanged, this, [this](const QList<ReaderInfo>& readers) {
        m_readers = readers;
        Q_EMIT readersChanged(readers);
    });
    connect(m_worker, &CardWorker::cardInserted, this, &CardService::cardInserted);
    connect(m_worker, &CardWorker::cardRemoved, this, &CardService::cardRemoved);

    m_kick.setInterval(KickInterval);
    connect(&m_kick, &QTimer::timeout, this, [this] {
        if (m_worker->hasPendingJobs()) {
            m_worker->wake();
        } else {
            m_kick.stop();
        }
    });
    m_thread.start();
}

CardService::~CardService()
{
    m_kick.stop();
    m_worker->requestStop();
    m_thread.quit();
    // A cancel that reaches pcsc-lite just before the worker enters its wait is lost: repeat it until it exits.
    while (!m_thread.wait(static_cast<unsigned long>(KickInterval.count()))) {
        m_worker->wake();
    }
    // The thread has finished: nothing runs in the worker any more, so it can go from here.
    delete m_worker;
}

quint64 CardService::apduCount() const noexcept
{
    return m_worker->apduCount();
}

template <typename R>
void CardService::submit(QObject* context, Callback<R> callback, std::function<R(CardSessions&)> work)
{
    const QPointer<QObject> guard(context != nullptr ? context : this);
    // Runs in the worker thread; the result travels to this object's thread, where the guard is checked.
    auto deliver = [this, guard, callback](R result) {
        QMetaObject::invokeMethod(
            this,
            [guard, callback, result = std::move(result)]() {
                if (guard) {
                    callback(result);
                }
            },
            Qt::QueuedConnection);
    };
    CardWorker::Job job;
    job.run = [work = std::move(work), deliver](CardSessions& sessions) { deliver(work(sessions)); };
    job.abort = [deliver](const CardError& error) { deliver(R(fail(error))); };
    m_worker->post(std::move(job));
    m_kick.start();
}

void CardService::readIdentity(const QString& reader, QObject* context,
                               Callback<Result<CnsIdentity, CardError>> callback)
{
    submit<Result<CnsIdentity, CardError>>(context, std::move(callback),
                                           [reader](CardSessions& sessions) { return sessions.readIdentity(reader); });
}

void CardService::pinTriesLeft(const QString& reader, QObject* context, Callback<Result<PinStatus, CardError>> callback)
{
    submit<Result<PinStatus, CardError>>(context, std::move(callback),
                                         [reader](CardSessions& sessions) { return sessions.pinStatus(reader); });
}

void CardService::verifyPin(const QString& reader, QByteArray pin, QObject* context,
                            Callback<Status<CardError>> callback)
{
    submit<Status<CardError>>(context, std::move(callback),
                              [reader, secret = holdSecret(std::move(pin))](CardSessions& sessions) {
                                  return sessions.verifyPin(reader, *secret);
                              });
}

void CardService::changePin(const QString& reader, QByteArray oldPin, QByteArray newPin, QObject* context,
                            Callback<Status<CardError>> callback)
{
    submit<Status<CardError>>(context, std::move(callback),
                              [reader, oldSecret = holdSecret(std::move(oldPin)),
                               newSecret = holdSecret(std::move(newPin))](CardSessions& sessions) {
                                  return sessions.changePin(reader, *oldSecret, *newSecret);
                              });
}

void CardService::unblockPin(const QString& reader, QByteArray puk, QByteArray newPin, QObject* context,
                             Callback<Status<CardError>> callback)
{
    submit<Status<CardError>>(context, std::move(callback),
                              [reader, pukSecret = holdSecret(std::move(puk)),
                               pinSecret = holdSecret(std::move(newPin))](CardSessions& sessions) {
                                  return sessions.unblockPin(reader, *pukSecret, *pinSecret);
                              });
}

void CardService::forgetCard(const QString& reader)
{
    CardWorker::Job job;
    job.run = [reader](CardSessions& sessions) { sessions.forget(reader); };
    job.abort = [](const CardError&) {};
    m_worker->post(std::move(job));
    m_kick.start();
}

Result<QByteArray, CardError> CardService::rawRsaBlocking(const QString& reader, const QByteArray& block,
                                                          std::chrono::milliseconds timeout)
{
    if (QThread::currentThread() == &m_thread) {
        return fail(CardError(CardError::Kind::Internal, QStringLiteral("rawRsaBlocking called on the PC/SC thread")));
    }
    // Shared with the job, which may outlive this call when it times out.
    struct Exchange {
        std::mutex mutex;
        std::condition_variable done;
        std::optional<Result<QByteArray, CardError>> result;
        bool abandoned = false;
        bool started = false;
    };
    auto exchange = std::make_shared<Exchange>();
    const auto finish = [exchange](Result<QByteArray, CardError> result) {
        {
            const std::lock_guard lock(exchange->mutex);
            exchange->result.emplace(std::move(result));
        }
        exchange->done.notify_all();
    };

    CardWorker::Job job;
    job.run = [exchange, finish, reader, block](CardSessions& sessions) {
        {
            const std::lock_guard lock(exchange->mutex);
            if (exchange->abandoned) {
                return; // the caller gave up: do not use the key for nobody
            }
            exchange->started = true;
        }
        finish(sessions.rawRsa(reader, block));
    };
    job.abort = [finish](const CardError& error) { finish(fail(error)); };
    m_worker->post(std::move(job));

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(exchange->mutex);
    while (!exchange->result) {
        if (std::chrono::steady_clock::now() >= deadline) {
            exchange->abandoned = true;
            return fail(CardError(CardError::Kind::Timeout,
                                  QStringLiteral("raw RSA: no answer within %1 ms").arg(timeout.count())));
        }
        const auto slice =
            std::min<std::chrono::steady_clock::duration>(KickInterval, deadline - std::chrono::steady_clock::now());
        exchange->done.wait_for(lock, slice);
        if (!exchange->result && !exchange->started) {
            lock.unlock();
            m_worker->wakeIfPending();
            lock.lock();
        }
    }
    return std::move(*exchange->result);
}

} // namespace inlinea::smartcard
