#include "FakeCnsCard.h"
#include "smartcard/CnsCard.h"

#include <QTest>

using inlinea::smartcard::CardError;
using inlinea::smartcard::CnsCard;
using inlinea::smartcard::CommandApdu;
using inlinea::smartcard::PinStatus;
using inlinea::test::FakeCnsCard;
using Kind = CardError::Kind;

Q_DECLARE_METATYPE(CardError::Kind)

namespace {

int countIns(const FakeCnsCard& card, std::uint8_t ins)
{
    return static_cast<int>(std::count_if(card.commands.cbegin(), card.commands.cend(),
                                          [ins](const CommandApdu& c) { return c.ins() == ins; }));
}

QByteArray block256()
{
    QByteArray block(256, '\0');
    block[1] = '\x01';
    for (int i = 2; i < 200; ++i) {
        block[i] = '\xFF';
    }
    for (int i = 201; i < 256; ++i) {
        block[i] = static_cast<char>(i);
    }
    return block;
}

} // namespace

class TestCnsCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readIdentityInFewApdus()
    {
        FakeCnsCard fake;
        fake.loadMario(1280); // certificate of 1284 bytes: 6 reads of at most 255
        CnsCard card(fake);
        const auto identity = card.readIdentity();
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().toString()));
        QCOMPARE(identity->serial, QStringLiteral("6001000000000014"));
        QCOMPARE(identity->personal.codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(identity->personal.surname, QStringLiteral("ROSSI"));
        QCOMPARE(identity->personal.expiryDate, QDate(2030, 2, 1));
        QCOMPARE(identity->certificateDer, FakeCnsCard::derSequence(1280));
        QCOMPARE(identity->pinTriesLeft, std::optional<int>(3));
        QVERIFY(!identity->pinVerified);
        // 3 SELECT + serial 1 + personal data 1 + certificate 6 + empty VERIFY 1.
        QCOMPARE(fake.commands.size(), 12);
        for (const CommandApdu& command : std::as_const(fake.commands)) {
            if (command.ins() == 0xB0) {
                QVERIFY(command.le() && *command.le() <= 0xFF);
            }
        }
    }

    void readStopsAtEndOfFile_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("reads");
        QTest::newRow("one short chunk") << 16 << 1;
        QTest::newRow("exact chunk") << 255 << 2; // 9000 with 255 bytes, then 6B00
        QTest::newRow("two chunks") << 300 << 2;
        QTest::newRow("exact two chunks") << 510 << 3;
        QTest::newRow("empty file") << 0 << 1;
    }

    void readStopsAtEndOfFile()
    {
        QFETCH(int, size);
        QFETCH(int, reads);
        FakeCnsCard fake;
        fake.files["10001003"] = QByteArray(size, 'x');
        CnsCard card(fake);
        QVERIFY(card.selectPath(QByteArray::fromHex("10001003")));
        const auto content = card.readBinary();
        QVERIFY(content);
        QCOMPARE(content->size(), size);
        QCOMPARE(countIns(fake, 0xB0), reads);
    }

    void sizeProbeAvoidsTheEndProbe()
    {
        FakeCnsCard fake;
        fake.files["11001101"] = FakeCnsCard::derSequence(510 - 4); // exactly two chunks, no padding
        CnsCard card(fake);
        const auto certificate = card.readAuthCertificate();
        QVERIFY(certificate);
        QCOMPARE(certificate->size(), 510);
        QCOMPARE(countIns(fake, 0xB0), 2);
    }

    void extendedReadsEachFileOnce()
    {
        FakeCnsCard fake;
        fake.loadMario(1280);
        CnsCard::Options options;
        options.extendedLength = true;
        CnsCard card(fake, options);
        const auto identity = card.readIdentity();
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().toString()));
        QCOMPARE(countIns(fake, 0xB0), 3);
        QCOMPARE(fake.commands.size(), 7);
    }

    void selectFallsBackToFcp()
    {
        FakeCnsCard fake;
        fake.loadMario();
        fake.refuseSelectWithoutFcp = true;
        CnsCard card(fake);
        const auto serial = card.readSerial();
        QVERIFY(serial);
        QCOMPARE(countIns(fake, 0xA4), 2);
        QCOMPARE(fake.commands.at(1).p2(), 0x00);
    }

    void missingFileMeansNotCns()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        const auto serial = card.readSerial();
        QVERIFY(!serial);
        QCOMPARE(serial.error().kind, Kind::NotCns);
        QCOMPARE(serial.error().sw, 0x6A82);
    }

    void malformedCertificate()
    {
        FakeCnsCard fake;
        fake.files["11001101"] = QByteArray::fromHex("31820010") + QByteArray(16, 'a');
        CnsCard card(fake);
        const auto certificate = card.readAuthCertificate();
        QVERIFY(!certificate);
        QCOMPARE(certificate.error().kind, Kind::MalformedData);
    }

    void transportErrorStopsTheRead()
    {
        FakeCnsCard fake;
        fake.loadMario();
        fake.failAt = 6; // during the certificate
        CnsCard card(fake);
        const auto identity = card.readIdentity();
        QVERIFY(!identity);
        QCOMPARE(identity.error().kind, Kind::CardRemoved);
        QCOMPARE(fake.commands.size(), 7);
    }

    void pinStatus_data()
    {
        QTest::addColumn<int>("answer"); // 0: the fake's ISO behaviour with 2 tries left
        QTest::addColumn<int>("tries");  // -1: unknown
        QTest::addColumn<bool>("verified");
        QTest::newRow("63C2") << 0 << 2 << false;
        QTest::newRow("verified") << 0x9000 << -1 << true;
        QTest::newRow("blocked") << 0x6983 << 0 << false;
        QTest::newRow("refused 6700") << 0x6700 << -1 << false;
        QTest::newRow("refused 6A86") << 0x6A86 << -1 << false;
        QTest::newRow("refused 6D00") << 0x6D00 << -1 << false;
    }

    void pinStatus()
    {
        QFETCH(int, answer);
        QFETCH(int, tries);
        QFETCH(bool, verified);
        FakeCnsCard fake;
        fake.pinTries = 2;
        if (answer != 0) {
            fake.emptyVerifyAnswer = static_cast<quint16>(answer);
        }
        CnsCard card(fake);
        const auto status = card.pinStatus();
        QVERIFY(status);
        QCOMPARE(status->triesLeft, tries < 0 ? std::nullopt : std::optional<int>(tries));
        QCOMPARE(status->verified, verified);
        QCOMPARE(fake.commands.size(), 1);
        QVERIFY(fake.commands.first().data().isEmpty()); // never a dummy PIN
        QCOMPARE(fake.pinTries, 2);
    }

    void pinStatusOtherAnswerIsRefused()
    {
        FakeCnsCard fake;
        fake.emptyVerifyAnswer = 0x6F00;
        CnsCard card(fake);
        const auto status = card.pinStatus();
        QVERIFY(!status);
        QCOMPARE(status.error().kind, Kind::CardRefused);
        QCOMPARE(status.error().sw, 0x6F00);
    }

    void verifyPadsAndCountsTries()
    {
        FakeCnsCard fake;
        fake.pinReference = 0x90;
        CnsCard::Options options;
        options.pinReference = 0x90;
        CnsCard card(fake, options);

        auto wrong = card.verifyPin("11111");
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Kind::WrongPin);
        QCOMPARE(wrong.error().triesLeft, 2);
        QVERIFY(!wrong.error().detail.contains(QStringLiteral("11111")));
        QCOMPARE(fake.commands.last().data().toHex(), QByteArray("3131313131ffffff"));
        QCOMPARE(fake.commands.last().p2(), 0x90);

        QVERIFY(card.verifyPin("12345"));
        QCOMPARE(fake.pinTries, 3);

        for (int i = 0; i < 2; ++i) {
            QCOMPARE(card.verifyPin("00000").error().kind, Kind::WrongPin);
        }
        const auto last = card.verifyPin("00000");
        QCOMPARE(last.error().kind, Kind::PinBlocked); // 63C0: the last try is gone
        QCOMPARE(last.error().triesLeft, 0);
        QCOMPARE(card.verifyPin("12345").error().kind, Kind::PinBlocked); // 6983
        QCOMPARE(card.pinStatus()->triesLeft, std::optional<int>(0));
    }

    void pinLengthCheckedBeforeSending()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        QCOMPARE(card.verifyPin("123456789").error().kind, Kind::InvalidInput);
        QCOMPARE(card.verifyPin("").error().kind, Kind::InvalidInput);
        QCOMPARE(card.changePin("12345", "123456789").error().kind, Kind::InvalidInput);
        QCOMPARE(card.unblockPin("", "12345").error().kind, Kind::InvalidInput);
        QVERIFY(fake.commands.isEmpty());
    }

    void changePin()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        const auto wrong = card.changePin("99999", "54321");
        QCOMPARE(wrong.error().kind, Kind::WrongPin);
        QCOMPARE(wrong.error().triesLeft, 2);
        QVERIFY(card.changePin("12345", "54321"));
        QCOMPARE(fake.commands.last().data().toHex(), QByteArray("3132333435ffffff3534333231ffffff"));
        QCOMPARE(fake.pin, QByteArray("54321"));
    }

    void unblockWithPuk()
    {
        FakeCnsCard fake;
        fake.pinTries = 0;
        CnsCard card(fake);
        const auto wrong = card.unblockPin("00000000", "54321");
        QCOMPARE(wrong.error().kind, Kind::WrongPuk);
        QCOMPARE(wrong.error().triesLeft, 9);
        QVERIFY(card.unblockPin("12345678", "54321"));
        QCOMPARE(fake.pinTries, 3);
        QVERIFY(card.verifyPin("54321"));

        fake.pukTries = 1;
        QCOMPARE(card.unblockPin("00000000", "54321").error().kind, Kind::PukBlocked);
        QCOMPARE(card.unblockPin("12345678", "54321").error().kind, Kind::PukBlocked);
    }

    void rawRsaNeedsVerifiedPin()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        const auto result = card.rawRsa(block256());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::SecurityNotSatisfied);
    }

    void rawRsaChained()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        QVERIFY(card.verifyPin("12345"));
        fake.commands.clear();
        const auto result = card.rawRsa(block256());
        QVERIFY(result);
        QCOMPARE(*result, FakeCnsCard::fakeRsa(block256()));
        QCOMPARE(fake.commands.size(), 4);
        QCOMPARE(fake.commands.at(0).encode().toHex(), QByteArray("0022f30300"));
        QCOMPARE(fake.commands.at(1).encode().toHex(), QByteArray("002 2f1b803830101").replace(' ', ""));
        QCOMPARE(fake.commands.at(2).cla(), 0x10);
        QCOMPARE(fake.commands.at(2).data().size(), 255);
        QCOMPARE(fake.commands.at(2).data().at(0), '\0');
        QVERIFY(!fake.commands.at(2).isExtended());
        QCOMPARE(fake.commands.at(3).cla(), 0x00);
        QCOMPARE(fake.commands.at(3).data().size(), 2);
        QCOMPARE(fake.commands.at(3).le(), std::optional<int>(256));
    }

    void rawRsaExtended()
    {
        FakeCnsCard fake;
        CnsCard::Options options;
        options.extendedLength = true;
        CnsCard card(fake, options);
        QVERIFY(card.verifyPin("12345"));
        fake.commands.clear();
        const auto result = card.rawRsa(block256());
        QVERIFY(result);
        QCOMPARE(*result, FakeCnsCard::fakeRsa(block256()));
        QCOMPARE(fake.commands.size(), 3);
        QVERIFY(fake.commands.at(2).isExtended());
        QCOMPARE(fake.commands.at(2).data().size(), 257);
    }

    void rawRsaRefusesOddBlocks()
    {
        FakeCnsCard fake;
        CnsCard card(fake);
        QCOMPARE(card.rawRsa(QByteArray(10, 'a')).error().kind, Kind::InvalidInput);
        QCOMPARE(card.rawRsa(QByteArray(600, 'a')).error().kind, Kind::InvalidInput);
        QVERIFY(fake.commands.isEmpty());
    }

    void chainStopsAtARefusedPart()
    {
        FakeCnsCard fake;
        const auto answer = fake.transmitChained(CommandApdu(0x00, 0xD6, 0x00, 0x00, QByteArray(600, 'a')));
        QVERIFY(answer);
        QCOMPARE(answer->sw(), 0x6884);
        QCOMPARE(fake.commands.size(), 1);
        QCOMPARE(fake.commands.first().cla(), 0x10);
    }

    void derSize_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<int>("size"); // -1: unknown
        QTest::newRow("short form") << QByteArray::fromHex("3005") << 7;
        QTest::newRow("one length byte") << QByteArray::fromHex("3081c8") << 203;
        QTest::newRow("two length bytes") << QByteArray::fromHex("30820500") << 1284;
        QTest::newRow("incomplete") << QByteArray::fromHex("3082") << -1;
        QTest::newRow("indefinite") << QByteArray::fromHex("3080") << -1;
        QTest::newRow("absurd") << QByteArray::fromHex("3089") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void derSize()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(int, size);
        QCOMPARE(CnsCard::derSize(prefix), size < 0 ? std::nullopt : std::optional<qsizetype>(size));
    }
};

QTEST_APPLESS_MAIN(TestCnsCard)
#include "tst_cnscard.moc"
