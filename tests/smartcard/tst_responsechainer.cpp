#include "smartcard/ResponseChainer.h"

#include <QTest>

using inlinea::fail;
using inlinea::Result;
using inlinea::smartcard::CardError;
using inlinea::smartcard::CommandApdu;
using inlinea::smartcard::ResponseChainer;

namespace {

// A scripted card: answers in order, and remembers what it was sent.
struct Script {
    QList<QByteArray> answers;
    QList<QByteArray> sent;
    std::optional<CardError> errorAt2;

    ResponseChainer chainer()
    {
        return ResponseChainer([this](const QByteArray& command) -> Result<QByteArray, CardError> {
            sent << command.toHex();
            if (errorAt2 && sent.size() == 2) {
                return fail(*errorAt2);
            }
            if (answers.isEmpty()) {
                return fail(CardError(CardError::Kind::Internal, QStringLiteral("script ran out")));
            }
            return QByteArray::fromHex(answers.takeFirst());
        });
    }
};

} // namespace

class TestResponseChainer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainAnswerPassesThrough()
    {
        Script script{{"01029000"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 2));
        QVERIFY(response);
        QCOMPARE(response->data().toHex(), QByteArray("0102"));
        QCOMPARE(response->sw(), 0x9000);
        QCOMPARE(script.sent, QList<QByteArray>{"00b0000002"});
    }

    void followsGetResponse()
    {
        // 61 04: four more bytes; then 61 00 (256 more, served in part), finally 9000.
        Script script{{"6104", "aabbccdd6100", "eeff9000"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0x2A, 0x80, 0x86, QByteArray(3, '\x01'), 256));
        QVERIFY(response);
        QCOMPARE(response->data().toHex(), QByteArray("aabbccddeeff"));
        QCOMPARE(response->sw(), 0x9000);
        QCOMPARE(script.sent.size(), 3);
        QCOMPARE(script.sent.at(1), QByteArray("00c0000004"));
        QCOMPARE(script.sent.at(2), QByteArray("00c0000000"));
    }

    void keepsFinalStatusOfChain()
    {
        Script script{{"6102", "01026282"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
        QVERIFY(response);
        QCOMPARE(response->sw(), 0x6282);
        QCOMPARE(response->data().toHex(), QByteArray("0102"));
    }

    void repeatsWithCorrectLe()
    {
        Script script{{"6c05", "01020304059000"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x01, 0x00, {}, 0xFF));
        QVERIFY(response);
        QCOMPARE(response->data().size(), 5);
        QCOMPARE(script.sent, (QList<QByteArray>{"00b00100ff", "00b0010005"}));
    }

    void wrongLengthThenMoreData()
    {
        Script script{{"6c00", "01026102", "03049000"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 0x10));
        QVERIFY(response);
        QCOMPARE(response->data().toHex(), QByteArray("01020304"));
        QCOMPARE(script.sent.at(1), QByteArray("00b0000000"));
    }

    void wrongLengthOnGetResponse()
    {
        Script script{{"6110", "6c03", "0102039000"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xA4, 0x08, 0x00, QByteArray::fromHex("1000"), 256));
        QVERIFY(response);
        QCOMPARE(response->data().toHex(), QByteArray("010203"));
        QCOMPARE(script.sent.at(2), QByteArray("00c0000003"));
    }

    void endlessChainIsAnError()
    {
        Script script;
        for (int i = 0; i < 2000; ++i) {
            script.answers << "00016101";
        }
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
        QVERIFY(!response);
        QCOMPARE(response.error().kind, CardError::Kind::MalformedData);
    }

    void repeatedWrongLengthIsReturnedNotLooped()
    {
        Script script{{"6c05", "6c04"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 0x10));
        QVERIFY(response);
        QCOMPARE(response->sw(), 0x6C04);
        QCOMPARE(script.sent.size(), 2);
    }

    void transportErrorsPropagate()
    {
        Script script{{"6110"}, {}, CardError(CardError::Kind::CardRemoved, QStringLiteral("gone"))};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
        QVERIFY(!response);
        QCOMPARE(response.error().kind, CardError::Kind::CardRemoved);
    }

    void answerWithoutStatusWordIsMalformed()
    {
        Script script{{"90"}, {}, {}};
        auto chainer = script.chainer();
        const auto response = chainer.transmit(CommandApdu(0x00, 0xB0, 0x00, 0x00, {}, 256));
        QVERIFY(!response);
        QCOMPARE(response.error().kind, CardError::Kind::MalformedData);
    }
};

QTEST_APPLESS_MAIN(TestResponseChainer)
#include "tst_responsechainer.moc"
