#pragma once

#include "smartcard/CardService.h"

#include <QObject>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

namespace inlinea::test {

// Runs an asynchronous CardService request and spins the test's event loop until its callback arrives.
// `request(context, callback)` must start the request. Nullopt after `timeoutMs` without an answer.
template <typename R, typename Request> std::optional<R> awaitCard(Request request, int timeoutMs = 15000)
{
    std::optional<R> result;
    QObject context;
    request(&context, [&result](R value) { result.emplace(std::move(value)); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

inline std::optional<Result<smartcard::CnsIdentity, smartcard::CardError>>
awaitIdentity(smartcard::CardService& service, const QString& reader, int timeoutMs = 15000)
{
    return awaitCard<Result<smartcard::CnsIdentity, smartcard::CardError>>(
        [&](QObject* context, auto callback) { service.readIdentity(reader, context, callback); }, timeoutMs);
}

inline std::optional<Result<smartcard::PinStatus, smartcard::CardError>> awaitPinStatus(smartcard::CardService& service,
                                                                                        const QString& reader)
{
    return awaitCard<Result<smartcard::PinStatus, smartcard::CardError>>(
        [&](QObject* context, auto callback) { service.pinTriesLeft(reader, context, callback); });
}

inline std::optional<Status<smartcard::CardError>> awaitVerify(smartcard::CardService& service, const QString& reader,
                                                               const char* pin)
{
    return awaitCard<Status<smartcard::CardError>>(
        [&](QObject* context, auto callback) { service.verifyPin(reader, QByteArray(pin), context, callback); });
}

// rawRsaBlocking from a thread of its own, as Qt's network thread calls it during a TLS handshake.
inline Result<QByteArray, smartcard::CardError> rawRsaFromOtherThread(smartcard::CardService& service,
                                                                      const QString& reader, const QByteArray& block,
                                                                      std::chrono::milliseconds timeout)
{
    std::optional<Result<QByteArray, smartcard::CardError>> result;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { result.emplace(service.rawRsaBlocking(reader, block, timeout)); }));
    thread->start();
    thread->wait();
    return std::move(*result);
}

// For QVERIFY2 messages.
template <typename R> QByteArray describe(const std::optional<R>& result)
{
    if (!result) {
        return "no answer (timeout)";
    }
    return result->hasValue() ? QByteArray("ok") : result->error().toString().toUtf8();
}

} // namespace inlinea::test
