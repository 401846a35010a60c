#include "smartcard/CommandApdu.h"

#include <QTest>

using inlinea::smartcard::CommandApdu;

class TestCommandApdu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("le"); // 0 = absent
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("case 1") << QByteArray() << 0 << QByteArray::fromHex("00a40000");
        QTest::newRow("case 2 short") << QByteArray() << 16 << QByteArray::fromHex("00a4000010");
        QTest::newRow("case 2 Le 256") << QByteArray() << 256 << QByteArray::fromHex("00a4000000");
        QTest::newRow("case 3 short") << QByteArray::fromHex("3f00") << 0 << QByteArray::fromHex("00a40000023f00");
        QTest::newRow("case 4 short") << QByteArray::fromHex("1101") << 255 << QByteArray::fromHex("00a40000021101ff");
        QTest::newRow("case 2 extended") << QByteArray() << 1024 << QByteArray::fromHex("00a40000000400");
        QTest::newRow("case 2 extended max") << QByteArray() << 65536 << QByteArray::fromHex("00a40000000000");
        const QByteArray big(256, '\x5a');
        QTest::newRow("case 3 extended") << big << 0 << (QByteArray::fromHex("00a40000000100") + big);
        QTest::newRow("case 4 extended") << big << 256
                                         << (QByteArray::fromHex("00a40000000100") + big + QByteArray::fromHex("0100"));
    }

    void encode()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, le);
        QFETCH(QByteArray, expected);
        const CommandApdu apdu(0x00, 0xA4, 0x00, 0x00, data, le == 0 ? std::nullopt : std::optional<int>(le));
        QCOMPARE(apdu.encode().toHex(), expected.toHex());
    }

    void wrongLengthRetryKeepsCommand()
    {
        const CommandApdu apdu(0x00, 0xB0, 0x01, 0x02, {}, 256);
        const CommandApdu retry = apdu.withLe(0x12);
        QCOMPARE(retry.encode().toHex(), QByteArray("00b0010212"));
        QVERIFY(!retry.isExtended());
    }
};

QTEST_APPLESS_MAIN(TestCommandApdu)
#include "tst_commandapdu.moc"
