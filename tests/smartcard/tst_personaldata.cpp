#include "FakeCnsCard.h"
#include "smartcard/PersonalData.h"

#include <QRandomGenerator>
#include <QTest>

using inlinea::smartcard::CardError;
using inlinea::smartcard::PersonalData;
using inlinea::test::FakeCnsCard;

namespace {

QStringList marioFields()
{
    return {"I0001", "01022020", "01022030", "ROSSI", "MARIO", "10121985", "M", "180", "RSSMRA85T10A562S",
            "1",     "A562",     "",         "",      "",      "",         ""};
}

} // namespace

class TestPersonalData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesAllFields()
    {
        const QByteArray file = FakeCnsCard::encodePersonalData(marioFields());
        const auto parsed = PersonalData::parse(file);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->issuer, QStringLiteral("I0001"));
        QCOMPARE(parsed->issueDate, QDate(2020, 2, 1));
        QCOMPARE(parsed->expiryDate, QDate(2030, 2, 1));
        QCOMPARE(parsed->surname, QStringLiteral("ROSSI"));
        QCOMPARE(parsed->name, QStringLiteral("MARIO"));
        QCOMPARE(parsed->birthDate, QDate(1985, 12, 10));
        QCOMPARE(parsed->sex, QStringLiteral("M"));
        QCOMPARE(parsed->height, QStringLiteral("180"));
        QCOMPARE(parsed->codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(parsed->citizenship, QStringLiteral("1"));
        QCOMPARE(parsed->birthPlace, QStringLiteral("A562"));
        QCOMPARE(parsed->raw, file);
    }

    void ignoresPaddingAfterDeclaredLength()
    {
        const QByteArray file = FakeCnsCard::encodePersonalData(marioFields());
        const auto parsed = PersonalData::parse(file + QByteArray(200, '\0'));
        QVERIFY(parsed);
        QCOMPARE(parsed->raw, file);
        QCOMPARE(PersonalData::declaredSize(file + "junk"), std::optional<qsizetype>(file.size()));
    }

    void missingTrailingFieldsAreEmpty()
    {
        const auto parsed = PersonalData::parse(FakeCnsCard::encodePersonalData({"I0001", "", "01022030", "ROSSI"}));
        QVERIFY(parsed);
        QVERIFY(parsed->issueDate.isNull());
        QCOMPARE(parsed->expiryDate, QDate(2030, 2, 1));
        QCOMPARE(parsed->surname, QStringLiteral("ROSSI"));
        QVERIFY(parsed->name.isEmpty());
        QVERIFY(parsed->birthDate.isNull());
    }

    void extraFieldsAreSkipped()
    {
        QStringList fields = marioFields();
        fields << "EXTRA"
               << "MORE";
        const auto parsed = PersonalData::parse(FakeCnsCard::encodePersonalData(fields));
        QVERIFY(parsed);
        QCOMPARE(parsed->codiceFiscale, QStringLiteral("RSSMRA85T10A562S"));
    }

    void lowercaseHexLengthsAccepted()
    {
        const QByteArray file = "00000c" + QByteArray("0aABCDEFGHIJ");
        const auto parsed = PersonalData::parse(file);
        QVERIFY(parsed);
        QCOMPARE(parsed->issuer, QStringLiteral("ABCDEFGHIJ"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QByteArray good = FakeCnsCard::encodePersonalData(marioFields());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short header") << QByteArray("0000");
        QTest::newRow("non-hex header") << QByteArray("00G010") + good.mid(6);
        QTest::newRow("header with space") << QByteArray(" 00010") + good.mid(6);
        QTest::newRow("header with sign") << QByteArray("-00010") + good.mid(6);
        QTest::newRow("oversized total") << QByteArray("FFFFFF") + good.mid(6);
        QTest::newRow("total one too long")
            << QByteArray::number(good.size() - 5, 16).rightJustified(6, '0') + good.mid(6);
        QTest::newRow("truncated file") << good.left(good.size() - 3);
        QTest::newRow("truncated field length") << QByteArray("000003") + "05A";
        QTest::newRow("field runs past end") << QByteArray("000004") + "09AB";
        QTest::newRow("field length FF past end") << QByteArray("000004") + "FFAB";
        QTest::newRow("non-hex field length") << QByteArray("000004") + "0ZAB";
        QTest::newRow("NUL field length") << QByteArray("000004") + QByteArray("\0\0AB", 4);
        QTest::newRow("bad date") << FakeCnsCard::encodePersonalData({"I", "31022020"});
        QTest::newRow("short date") << FakeCnsCard::encodePersonalData({"I", "0102202"});
        QTest::newRow("letters in date") << FakeCnsCard::encodePersonalData({"I", "01O22020"});
    }

    void malformed()
    {
        QFETCH(QByteArray, file);
        const auto parsed = PersonalData::parse(file);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, CardError::Kind::MalformedData);
        QVERIFY(!parsed.error().detail.isEmpty());
    }

    // Random bytes and random mutations of a valid file: the parser may accept or refuse, never crash or read out
    // of bounds (run under ASan/valgrind to make the last part strict).
    void fuzz()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("fuzz seed %u", seed);
        QRandomGenerator random(seed);
        const QByteArray good = FakeCnsCard::encodePersonalData(marioFields());
        const QByteArray alphabet = "0123456789ABCDEFabcdef\xFF\x00 G";
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray input;
            if (round % 4 == 0) {
                input.resize(random.bounded(64));
                for (char& c : input) {
                    c = alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
                }
            } else {
                input = good;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits; ++e) {
                    const int position = random.bounded(static_cast<int>(input.size()));
                    switch (random.bounded(3)) {
                    case 0: input[position] = static_cast<char>(random.bounded(256)); break;
                    case 1: input.truncate(position); break;
                    default: input.insert(position, alphabet.at(random.bounded(static_cast<int>(alphabet.size()))));
                    }
                    if (input.isEmpty()) {
                        break;
                    }
                }
            }
            const auto parsed = PersonalData::parse(input);
            if (parsed) {
                ++accepted;
                QVERIFY(parsed->raw.size() <= input.size());
            } else {
                QCOMPARE(parsed.error().kind, CardError::Kind::MalformedData);
            }
        }
        qInfo("fuzz: %d of 20000 inputs parsed", accepted);
    }
};

QTEST_APPLESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
