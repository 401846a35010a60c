// CardService when things go wrong: no pcscd at start, pcscd killed and restarted, the card pulled out in the middle
// of a read or after the PIN, cards that chain their answers (61xx) or insist on the exact Le (6Cxx), shutdown with
// requests in flight. Nothing may hang.
#include "CardServiceWait.h"
#include "CardStackFixture.h"
#include "RsaCheck.h"
#include "smartcard/CardService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <winscard.h>

using namespace inlinea::smartcard;
using inlinea::Result;
using inlinea::test::awaitIdentity;
using inlinea::test::awaitPinStatus;
using inlinea::test::awaitVerify;
using inlinea::test::CardStackFixture;
using inlinea::test::describe;
using Kind = CardError::Kind;

namespace {

const QString kReader = CardStackFixture::readerName(0);

bool cardShown(const CardService& service)
{
    const QList<ReaderInfo> readers = service.readers();
    return std::any_of(readers.cbegin(), readers.cend(),
                       [](const ReaderInfo& reader) { return reader.name == kReader && reader.cardPresent; });
}

QByteArray block(const char* message)
{
    return inlinea::test::pkcs1Sha256Block(message);
}

} // namespace

class TestCardRecovery : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CardStackFixture> m_stack;

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
    }

    void init() { m_stack = std::make_unique<CardStackFixture>(); }
    void cleanup() { m_stack.reset(); }

    void serviceUnavailableThenStarted()
    {
        const QString why = m_stack->reserve(); // no other test's pcscd may answer meanwhile
        QVERIFY2(why.isEmpty(), qPrintable(why));
        CardService::Options options;
        options.retryInterval = std::chrono::milliseconds(300);
        CardService service(options);
        QSignalSpy available(&service, &CardService::serviceAvailableChanged);
        QSignalSpy inserted(&service, &CardService::cardInserted);
        QTRY_COMPARE_WITH_TIMEOUT(available.count(), 1, 5000);
        QCOMPARE(available.first().first().toBool(), false);

        QElapsedTimer timer;
        timer.start();
        const auto identity = awaitIdentity(service, kReader, 5000);
        QVERIFY(identity && !*identity);
        QCOMPARE(identity->error().kind, Kind::ServiceUnavailable);
        const auto signature =
            inlinea::test::rawRsaFromOtherThread(service, kReader, block("x"), std::chrono::milliseconds(3000));
        QVERIFY(!signature);
        QCOMPARE(signature.error().kind, Kind::ServiceUnavailable);
        QVERIFY(timer.elapsed() < 2000);

        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(available.count(), 2, 10000);
        QCOMPARE(available.last().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 10000);
        const auto later = awaitIdentity(service, kReader);
        QVERIFY2(later && *later, describe(later).constData());
    }

    void pcscdRestart()
    {
        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        CardService service;
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);
        QVERIFY(*awaitVerify(service, kReader, "12345"));
        QSignalSpy available(&service, &CardService::serviceAvailableChanged);
        QSignalSpy removed(&service, &CardService::cardRemoved);
        QSignalSpy inserted(&service, &CardService::cardInserted);

        m_stack->stopPcscd();
        QTRY_COMPARE_WITH_TIMEOUT(available.count(), 1, 10000);
        QCOMPARE(available.first().first().toBool(), false);
        QCOMPARE(removed.count(), 1);
        QVERIFY(service.readers().isEmpty());
        const auto during = awaitIdentity(service, kReader, 5000);
        QVERIFY(during && !*during);
        QCOMPARE(during->error().kind, Kind::ServiceUnavailable);

        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(available.count(), 2, 10000);
        QCOMPARE(available.last().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 10000);
        QVERIFY(cardShown(service));
        const auto identity = awaitIdentity(service, kReader);
        QVERIFY2(identity && *identity, describe(identity).constData());
        // A new pcscd, a new card session: the PIN must be verified again.
        QVERIFY(!(*identity)->pinVerified);
        QCOMPARE((*identity)->pinTriesLeft, std::optional<int>(3));
    }

    void cardRemovedMidRead_data()
    {
        QTest::addColumn<int>("after");
        QTest::newRow("during the serial") << 1;
        QTest::newRow("during the certificate") << 6;
        QTest::newRow("at the PIN status") << 10;
    }

    void cardRemovedMidRead()
    {
        QFETCH(int, after);
        QVERIFY(m_stack->startPcscd().isEmpty());
        CardStackFixture::Card card;
        card.extraArgs = QStringList{QStringLiteral("--remove-after"), QString::number(after)};
        QVERIFY(m_stack->insert(card).isEmpty());
        CardService service;
        QSignalSpy removed(&service, &CardService::cardRemoved);
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);

        QElapsedTimer timer;
        timer.start();
        const auto identity = awaitIdentity(service, kReader, 15000);
        QVERIFY2(identity, "readIdentity hung after the card left");
        QVERIFY(!*identity);
        qInfo("removed after %d APDUs: %s in %lld ms", after, describe(identity).constData(), timer.elapsed());
        QVERIFY2(identity->error().kind == Kind::CardRemoved || identity->error().kind == Kind::NoCard,
                 describe(identity).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 10000);

        m_stack->remove(0);
        QVERIFY(m_stack->insert().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cardShown(service), 10000);
        const auto again = awaitIdentity(service, kReader);
        QVERIFY2(again && *again, describe(again).constData());
    }

    void reinsertedCardNeedsThePinAgain()
    {
        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        CardService service;
        QSignalSpy inserted(&service, &CardService::cardInserted);
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);
        QVERIFY(*awaitVerify(service, kReader, "12345"));
        m_stack->remove(0);
        QVERIFY(m_stack->insert().isEmpty());
        // Whether or not the worker noticed the swap yet, the cached connection must not be trusted.
        const auto signature =
            inlinea::test::rawRsaFromOtherThread(service, kReader, block("after swap"), std::chrono::seconds(10));
        QVERIFY(!signature);
        QVERIFY2(signature.error().kind == Kind::SecurityNotSatisfied || signature.error().kind == Kind::NoCard ||
                     signature.error().kind == Kind::CardRemoved,
                 qPrintable(signature.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 10000);
        const auto status = awaitPinStatus(service, kReader);
        QVERIFY(status && *status);
        QVERIFY(!(*status)->verified);
    }

    void cardQuirks_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("61xx response chaining") << QStringList{QStringLiteral("--chain-responses")};
        QTest::newRow("6Cxx strict Le") << QStringList{QStringLiteral("--strict-le")};
        QTest::newRow("both, tiny chunks")
            << QStringList{QStringLiteral("--chain-responses"), QStringLiteral("--strict-le"),
                           QStringLiteral("--chunk-size"), QStringLiteral("50")};
    }

    void cardQuirks()
    {
        QFETCH(QStringList, args);
        QVERIFY(m_stack->startPcscd().isEmpty());
        CardStackFixture::Card card;
        card.extraArgs = args;
        QVERIFY(m_stack->insert(card).isEmpty());
        CardService service;
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);
        const quint64 before = service.apduCount();
        const auto identity = awaitIdentity(service, kReader);
        QVERIFY2(identity && *identity, describe(identity).constData());
        QCOMPARE((*identity)->personal.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QVERIFY(*awaitVerify(service, kReader, "12345"));
        const auto signature =
            inlinea::test::rawRsaFromOtherThread(service, kReader, block("quirks"), std::chrono::seconds(10));
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().toString()));
        QVERIFY(inlinea::test::rsaPublicRecovers((*identity)->certificateDer, *signature, block("quirks")));
        qInfo("%s: %llu APDUs", qPrintable(args.join(u' ')),
              static_cast<unsigned long long>(service.apduCount() - before));
    }

    // Another application holds a transaction on the card: the worker waits for it, the blocking call does not.
    void timeoutWhileAnotherApplicationHoldsTheCard()
    {
        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        CardService service;
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);

        SCARDCONTEXT context = 0;
        QCOMPARE(SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context), SCARD_S_SUCCESS);
        SCARDHANDLE handle = 0;
        DWORD protocol = 0;
        QCOMPARE(SCardConnect(context, kReader.toUtf8().constData(), SCARD_SHARE_SHARED,
                              SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol),
                 SCARD_S_SUCCESS);
        QCOMPARE(SCardBeginTransaction(handle), SCARD_S_SUCCESS);

        QElapsedTimer timer;
        timer.start();
        const auto result =
            inlinea::test::rawRsaFromOtherThread(service, kReader, block("t"), std::chrono::milliseconds(500));
        const qint64 elapsed = timer.elapsed();
        SCardEndTransaction(handle, SCARD_LEAVE_CARD);
        SCardDisconnect(handle, SCARD_LEAVE_CARD);
        SCardReleaseContext(context);

        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Timeout);
        QVERIFY2(elapsed >= 450 && elapsed < 2000, qPrintable(QString::number(elapsed)));
        // Once the other application lets go, the service carries on.
        const auto status = awaitPinStatus(service, kReader);
        QVERIFY2(status && *status, describe(status).constData());
    }

    void shutdownWithRequestsInFlight()
    {
        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        int callbacks = 0;
        QObject context;
        QElapsedTimer timer;
        timer.start();
        {
            CardService service;
            QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);
            for (int i = 0; i < 5; ++i) {
                service.readIdentity(kReader, &context,
                                     [&callbacks](const Result<CnsIdentity, CardError>&) { ++callbacks; });
            }
        }
        QVERIFY(timer.elapsed() < 15000);
        QTest::qWait(100);
        QCOMPARE(callbacks, 0); // dropped with the service, never called on a dead object
    }

    // forgetCard never resets the card (other applications may be using it): the card forgets the PIN when pcscd
    // powers it down, after its grace period once nobody is connected (about 10 s with pcsc-lite 1.9).
    void forgetCardDisconnects()
    {
        QVERIFY(m_stack->startPcscd().isEmpty());
        QVERIFY(m_stack->insert().isEmpty());
        CardService service;
        QTRY_VERIFY_WITH_TIMEOUT(service.isServiceAvailable() && cardShown(service), 10000);
        QVERIFY(*awaitVerify(service, kReader, "12345"));
        QTest::qWait(12000);
        const auto kept = awaitPinStatus(service, kReader);
        QVERIFY(kept && *kept);
        QVERIFY((*kept)->verified); // our open connection keeps the card session, and the PIN with it

        service.forgetCard(kReader);
        QTest::qWait(12000);
        const auto later = awaitPinStatus(service, kReader);
        QVERIFY(later && *later);
        QVERIFY(!(*later)->verified);
    }
};

QTEST_GUILESS_MAIN(TestCardRecovery)
#include "tst_cardrecovery.moc"
