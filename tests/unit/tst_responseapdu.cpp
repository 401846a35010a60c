#include "smartcard/ResponseApdu.h"

#include <QTest>

using inlinea::smartcard::ResponseApdu;

class TestResponseApdu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void malformed()
    {
        QVERIFY(!ResponseApdu::parse(QByteArray()));
        QVERIFY(!ResponseApdu::parse(QByteArray::fromHex("90")));
    }

    void statusWords_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<bool>("success");
        QTest::addColumn<bool>("moreData");
        QTest::addColumn<bool>("wrongLength");
        QTest::addColumn<int>("tries"); // -1 = not a verification answer
        QTest::addColumn<QByteArray>("data");

        QTest::newRow("ok with data") << QByteArray::fromHex("01029000") << true << false << false << -1
                                      << QByteArray::fromHex("0102");
        QTest::newRow("ok empty") << QByteArray::fromHex("9000") << true << false << false << -1 << QByteArray();
        QTest::newRow("61xx") << QByteArray::fromHex("6110") << false << true << false << -1 << QByteArray();
        QTest::newRow("6Cxx") << QByteArray::fromHex("6c12") << false << false << true << -1 << QByteArray();
        QTest::newRow("wrong pin 2 left")
            << QByteArray::fromHex("63c2") << false << false << false << 2 << QByteArray();
        QTest::newRow("wrong pin 0 left")
            << QByteArray::fromHex("63c0") << false << false << false << 0 << QByteArray();
        QTest::newRow("63 not Cx") << QByteArray::fromHex("6381") << false << false << false << -1 << QByteArray();
        QTest::newRow("blocked") << QByteArray::fromHex("6983") << false << false << false << -1 << QByteArray();
    }

    void statusWords()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, success);
        QFETCH(bool, moreData);
        QFETCH(bool, wrongLength);
        QFETCH(int, tries);
        QFETCH(QByteArray, data);
        const auto r = ResponseApdu::parse(raw);
        QVERIFY(r);
        QCOMPARE(r->isSuccess(), success);
        QCOMPARE(r->hasMoreData(), moreData);
        QCOMPARE(r->isWrongLength(), wrongLength);
        QCOMPARE(r->triesLeft().value_or(-1), tries);
        QCOMPARE(r->data(), data);
    }
};

QTEST_APPLESS_MAIN(TestResponseApdu)
#include "tst_responseapdu.moc"
