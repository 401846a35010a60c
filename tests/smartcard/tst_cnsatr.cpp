#include "smartcard/CnsAtr.h"

#include <QTest>

using inlinea::smartcard::CnsAtr;

class TestCnsAtr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recognise_data()
    {
        QTest::addColumn<QByteArray>("atr");
        QTest::addColumn<bool>("isCns");
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("pinReference");
        QTest::addColumn<bool>("standard");

        // The known CNS ATR from the card documentation (STIncard mask, CNS 1.0).
        QTest::newRow("CNS 1.0 STIncard") << QByteArray::fromHex("3BFF1800FF8131FE55006B0209030301010143 4E53103180 9D")
                                          << true << 0x10 << 0x90 << true;
        // The virtual card's default ATR (CNS 1.1 for RSA-2048).
        QTest::newRow("CNS 1.1 vcard") << QByteArray::fromHex("3BFF1800FF8131FE55006B02090303010101434E531131809C")
                                       << true << 0x11 << 0x90 << true;
        // Siemens/Infineon layout with TD1 = C1 (TC2 present) and another mask maker: PIN reference stays 0x10.
        QTest::newRow("TD1 C1, mask 08") << QByteArray::fromHex("3BFF1800FFC10A31FE55006B0508C80501110143 4E5310318000")
                                         << true << 0x10 << 0x10 << true;
        // A regional variant with the CNS marker outside the standard positions.
        QTest::newRow("marker elsewhere")
            << QByteArray::fromHex("3B8A80010043 4E53 1200 11 22 33 44 00") << true << 0x12 << 0x10 << false;
        // Foreign cards.
        QTest::newRow("CIE 2.0 (ITID)") << QByteArray::fromHex("3BFF1800FF8131FE55006B020903030249544944202031 80 00")
                                        << false << 0 << 0 << false;
        QTest::newRow("CIE 1.0") << QByteArray::fromHex("3BF41800FF8131805500318000C7") << false << 0 << 0 << false;
        QTest::newRow("YubiKey") << QByteArray::fromHex("3BFD1300008131FE158073C021C057597562694B657940") << false << 0
                                 << 0 << false;
        QTest::newRow("empty") << QByteArray() << false << 0 << 0 << false;
        QTest::newRow("only TS") << QByteArray::fromHex("3B") << false << 0 << 0 << false;
        QTest::newRow("bad TS") << QByteArray::fromHex("00FF1800FF8131FE55006B02090303010101434E531131809C") << false
                                << 0 << 0 << false;
        QTest::newRow("truncated") << QByteArray::fromHex("3BFF1800FF8131FE55006B0209030301010143 4E") << false << 0
                                   << 0 << false;
        QTest::newRow("TD chain runs off") << QByteArray::fromHex("3B80") << false << 0 << 0 << false;
        QTest::newRow("marker without version") << QByteArray::fromHex("3B03 434E53") << false << 0 << 0 << false;
    }

    void recognise()
    {
        QFETCH(QByteArray, atr);
        QFETCH(bool, isCns);
        QFETCH(int, version);
        QFETCH(int, pinReference);
        QFETCH(bool, standard);
        QCOMPARE(CnsAtr::isCns(atr), isCns);
        const auto parsed = CnsAtr::parse(atr);
        QCOMPARE(parsed.has_value(), isCns);
        if (parsed) {
            QCOMPARE(int(parsed->cnsVersion()), version);
            QCOMPARE(int(parsed->pinReference()), pinReference);
            QCOMPARE(parsed->isStandardLayout(), standard);
        }
    }

    void historicalBytes()
    {
        const QByteArray atr = QByteArray::fromHex("3BFF1800FF8131FE55006B02090303010101434E531131809C");
        QCOMPARE(CnsAtr::historicalBytes(atr).toHex(), QByteArray("006b02090303010101434e53113180"));
        const auto parsed = CnsAtr::parse(atr);
        QVERIFY(parsed);
        QCOMPARE(int(parsed->icManufacturer()), 0x02);
        QCOMPARE(int(parsed->maskManufacturer()), 0x09);
        QCOMPARE(parsed->versionString(), QStringLiteral("1.1"));
    }

    void neverReadsPastTheEnd()
    {
        // Every prefix of a valid ATR must be handled (most are refused).
        const QByteArray atr = QByteArray::fromHex("3BFF1800FFC10A31FE55006B0508C80501110143 4E5310318000");
        for (int length = 0; length < atr.size(); ++length) {
            (void)CnsAtr::parse(atr.left(length));
        }
        QVERIFY(CnsAtr::isCns(atr));
    }
};

QTEST_APPLESS_MAIN(TestCnsAtr)
#include "tst_cnsatr.moc"
