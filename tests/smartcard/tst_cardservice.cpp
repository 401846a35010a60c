// CardService against the real pcscd and the virtual CNS card: readers, hot-plug, identity, PIN life cycle, the raw
// RSA operation checked with the certificate's public key, and the APDU budget.
#include "CardServiceWait.h"
#include "CardStackFixture.h"
#include "RsaCheck.h"
#include "smartcard/CardService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QThread>

#include <memory>

using namespace inlinea::smartcard;
using inlinea::Result;
using inlinea::Status;
using inlinea::test::awaitCard;
using inlinea::test::CardStackFixture;
using Kind = CardError::Kind;

namespace {

const QString kReader = CardStackFixture::readerName(0);

const ReaderInfo* findReader(const QList<ReaderInfo>& readers, const QString& name)
{
    for (const ReaderInfo& reader : readers) {
        if (reader.name == name) {
            return &reader;
        }
    }
    return nullptr;
}

bool cardShown(const CardService& service, const QString& reader)
{
    const QList<ReaderInfo> readers = service.readers();
    const ReaderInfo* info = findReader(readers, reader);
    return info != nullptr && info->cardPresent;
}

std::optional<Result<CnsIdentity, CardError>> readIdentity(CardService& service, const QString& reader = kReader)
{
    return inlinea::test::awaitIdentity(service, reader);
}

std::optional<Result<PinStatus, CardError>> pinStatus(CardService& service)
{
    return inlinea::test::awaitPinStatus(service, kReader);
}

std::optional<Status<CardError>> verify(CardService& service, const char* pin)
{
    return inlinea::test::awaitVerify(service, kReader, pin);
}

Result<QByteArray, CardError> rawRsaFromOtherThread(CardService& service, const QByteArray& block,
                                                    std::chrono::milliseconds timeout = std::chrono::seconds(10))
{
    return inlinea::test::rawRsaFromOtherThread(service, kReader, block, timeout);
}

} // namespace

class TestCardService : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CardStackFixture> m_stack;

    // A service with pcscd up and, unless told otherwise, Mario's card in slot 0.
    std::unique_ptr<CardService> startService(CardService::Options options = {}, bool withCard = true)
    {
        if (withCard) {
            const QString why = m_stack->insert();
            if (!why.isEmpty()) {
                qWarning("%s", qPrintable(why));
                return nullptr;
            }
        }
        auto service = std::make_unique<CardService>(options);
        const bool ready = QTest::qWaitFor(
            [&] { return service->isServiceAvailable() && (!withCard || cardShown(*service, kReader)); }, 10000);
        return ready ? std::move(service) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = CardStackFixture::missingPrerequisite(); !missing.isEmpty()) {
            QSKIP(qPrintable(missing));
        }
    }

    void init()
    {
        m_stack = std::make_unique<CardStackFixture>();
        const QString why = m_stack->startPcscd();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void cleanup() { m_stack.reset(); }

    void readersAndHotPlug()
    {
        auto service = startService({}, false);
        QVERIFY(service);
        QSignalSpy inserted(service.get(), &CardService::cardInserted);
        QSignalSpy removed(service.get(), &CardService::cardRemoved);
        QSignalSpy readersChanged(service.get(), &CardService::readersChanged);

        QList<ReaderInfo> readers = service->readers();
        QVERIFY(findReader(readers, kReader));
        QVERIFY(findReader(readers, CardStackFixture::readerName(1)));
        QVERIFY(!findReader(readers, kReader)->cardPresent);

        QVERIFY(m_stack->insert().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 1, 10000);
        QCOMPARE(inserted.first().first().toString(), kReader);
        QVERIFY(!readersChanged.isEmpty());
        readers = service->readers();
        const ReaderInfo* card = findReader(readers, kReader);
        QVERIFY(card && card->cardPresent && card->isCns && !card->exclusiveInUse);
        QCOMPARE(card->atr.toHex(), QByteArray("3bff1800ff8131fe55006b02090303010101434e531131809c"));

        // A second card in the second reader: both seen, the caller picks.
        CardStackFixture::Card anna;
        anna.person = QStringLiteral("anna");
        anna.slot = 1;
        QVERIFY(m_stack->insert(anna).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(inserted.count(), 2, 10000);
        QCOMPARE(inserted.at(1).first().toString(), CardStackFixture::readerName(1));
        const auto annaIdentity = ::readIdentity(*service, CardStackFixture::readerName(1));
        QVERIFY(annaIdentity && *annaIdentity);
        QCOMPARE((*annaIdentity)->personal.codiceFiscale, QStringLiteral("BNCNNA90A41F205W"));

        m_stack->remove(0);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 10000);
        QCOMPARE(removed.first().first().toString(), kReader);
        QVERIFY(!cardShown(*service, kReader));
        QVERIFY(cardShown(*service, CardStackFixture::readerName(1)));
    }

    void readIdentity()
    {
        auto service = startService();
        QVERIFY(service);
        const auto identity = ::readIdentity(*service);
        QVERIFY(identity);
        QVERIFY2(*identity, qPrintable(identity->hasValue() ? QString() : identity->error().toString()));
        const CnsIdentity& id = identity->value();
        QCOMPARE(id.reader, kReader);
        QCOMPARE(id.serial, QStringLiteral("6001000000000014"));
        QCOMPARE(id.personal.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(id.personal.surname, QStringLiteral("ROSSI"));
        QCOMPARE(id.personal.name, QStringLiteral("MARIO"));
        QCOMPARE(id.personal.birthDate, QDate(1985, 12, 10));
        QCOMPARE(id.personal.birthPlace, QStringLiteral("A562"));
        QVERIFY(id.personal.expiryDate.isValid());
        QVERIFY(id.personal.expiryDate > QDate::currentDate());
        QCOMPARE(id.pinTriesLeft, std::optional<int>(3));
        QVERIFY(!id.pinVerified);

        const QSslCertificate certificate(id.certificateDer, QSsl::Der);
        QVERIFY(!certificate.isNull());
        const QString commonName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
        QVERIFY2(commonName.startsWith(QStringLiteral("RSSMRA85T10A562S/6001000000000014.")), qPrintable(commonName));
    }

    void wrongPinBlocksAndPukUnblocks()
    {
        auto service = startService();
        QVERIFY(service);
        auto first = verify(*service, "00000");
        QVERIFY(first && !*first);
        QCOMPARE(first->error().kind, Kind::WrongPin);
        QCOMPARE(first->error().triesLeft, 2);
        auto status = pinStatus(*service);
        QVERIFY(status && *status);
        QCOMPARE((*status)->triesLeft, std::optional<int>(2));

        QCOMPARE(verify(*service, "00000")->error().triesLeft, 1);
        auto third = verify(*service, "00000");
        QCOMPARE(third->error().kind, Kind::PinBlocked);
        QCOMPARE(verify(*service, "12345")->error().kind, Kind::PinBlocked);
        status = pinStatus(*service);
        QVERIFY(status && *status && (*status)->isBlocked());

        auto wrongPuk = awaitCard<Status<CardError>>([&](QObject* context, auto callback) {
            service->unblockPin(kReader, "87654321", "54321", context, callback);
        });
        QVERIFY(wrongPuk && !*wrongPuk);
        QCOMPARE(wrongPuk->error().kind, Kind::WrongPuk);
        QCOMPARE(wrongPuk->error().triesLeft, 9);

        auto unblocked = awaitCard<Status<CardError>>([&](QObject* context, auto callback) {
            service->unblockPin(kReader, "12345678", "54321", context, callback);
        });
        QVERIFY2(unblocked && *unblocked, inlinea::test::describe(unblocked).constData());
        status = pinStatus(*service);
        QCOMPARE((*status)->triesLeft, std::optional<int>(3));
        auto verified = verify(*service, "54321");
        QVERIFY(verified && *verified);

        auto changed = awaitCard<Status<CardError>>(
            [&](QObject* context, auto callback) { service->changePin(kReader, "54321", "12345", context, callback); });
        QVERIFY(changed && *changed);
        QVERIFY(*verify(*service, "12345"));
    }

    void verifiedPinSignsAndApduBudget()
    {
        auto service = startService();
        QVERIFY(service);
        const QByteArray block = inlinea::test::pkcs1Sha256Block("client hello transcript");

        // Not verified yet: the card refuses the key.
        const auto refused = rawRsaFromOtherThread(*service, block);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::SecurityNotSatisfied);

        const quint64 before = service->apduCount();
        const auto identity = ::readIdentity(*service); // includes the PIN tries
        QVERIFY(identity && *identity);
        QVERIFY(*verify(*service, "12345"));
        const auto signature = rawRsaFromOtherThread(*service, block);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().toString()));
        const quint64 used = service->apduCount() - before;
        QCOMPARE(signature->size(), 256);
        QVERIFY(inlinea::test::rsaPublicRecovers((*identity)->certificateDer, *signature, block));

        const auto cardCount = m_stack->remove(0);
        qInfo("APDUs for read identity (incl. PIN tries) + verify + raw RSA: %llu (OpenSC: 63); the card answered "
              "%d in all",
              static_cast<unsigned long long>(used), cardCount.value_or(-1));
        QVERIFY(used <= 20);
    }

    void extendedApdus()
    {
        CardService::Options options;
        options.extendedLength = true;
        auto service = startService(options);
        QVERIFY(service);
        const quint64 before = service->apduCount();
        const auto identity = ::readIdentity(*service);
        QVERIFY2(identity && *identity, inlinea::test::describe(identity).constData());
        QVERIFY(*verify(*service, "12345"));
        const QByteArray block = inlinea::test::pkcs1Sha256Block("extended");
        const auto signature = rawRsaFromOtherThread(*service, block);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().toString()));
        QVERIFY(inlinea::test::rsaPublicRecovers((*identity)->certificateDer, *signature, block));
        qInfo("with extended APDUs: %llu APDUs", static_cast<unsigned long long>(service->apduCount() - before));
    }

    // The worker idles in SCardGetStatusChange with a 10 s timeout here: only SCardCancel gets it out in time.
    void blockingCallWakesTheWorker()
    {
        CardService::Options options;
        options.retryInterval = std::chrono::seconds(10);
        auto service = startService(options);
        QVERIFY(service);
        QVERIFY(*verify(*service, "12345"));
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        const auto signature =
            rawRsaFromOtherThread(*service, inlinea::test::pkcs1Sha256Block("wake"), std::chrono::milliseconds(3000));
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().toString()));
        qInfo("raw RSA answered in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 2000);
        for (int i = 0; i < 5; ++i) {
            QTest::qWait(50);
            const auto again = awaitCard<Result<PinStatus, CardError>>(
                [&](QObject* context, auto callback) { service->pinTriesLeft(kReader, context, callback); }, 3000);
            QVERIFY(again && *again);
            QVERIFY((*again)->verified);
        }
    }

    void noCardAndUnknownReader()
    {
        auto service = startService({}, false);
        QVERIFY(service);
        const auto empty = ::readIdentity(*service);
        QVERIFY(empty && !*empty);
        QCOMPARE(empty->error().kind, Kind::NoCard);
        const auto unknown = ::readIdentity(*service, QStringLiteral("No Such Reader 00 00"));
        QVERIFY(unknown && !*unknown);
        QCOMPARE(unknown->error().kind, Kind::NoReader);
    }
};

QTEST_GUILESS_MAIN(TestCardService)
#include "tst_cardservice.moc"
