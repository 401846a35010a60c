#include "common/Result.h"

#include <QString>
#include <QTest>

using inlinea::fail;
using inlinea::Result;

namespace {
struct Error {
    int code;
};

Result<int, Error> parsePositive(int value)
{
    if (value <= 0) {
        return fail(Error{value});
    }
    return value;
}
} // namespace

class TestResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        const auto good = parsePositive(5);
        QVERIFY(good.hasValue());
        QVERIFY(static_cast<bool>(good));
        QCOMPARE(good.value(), 5);
        QCOMPARE(*good, 5);

        const auto bad = parsePositive(-3);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, -3);
    }

    void sameTypeForValueAndError()
    {
        // fail() disambiguates even when value and error have the same type.
        Result<QString, QString> ok(QStringLiteral("v"));
        Result<QString, QString> ko = fail(QStringLiteral("e"));
        QVERIFY(ok);
        QVERIFY(!ko);
        QCOMPARE(ko.error(), QStringLiteral("e"));
    }

    void moveOutValue()
    {
        Result<QString, Error> r(QStringLiteral("moved"));
        const QString taken = std::move(r).value();
        QCOMPARE(taken, QStringLiteral("moved"));
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
