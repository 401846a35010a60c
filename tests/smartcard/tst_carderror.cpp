#include "smartcard/CardError.h"

#include <QSet>
#include <QTest>

using inlinea::smartcard::CardError;
using Kind = CardError::Kind;

class TestCardError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kindNamesAreDistinct()
    {
        QSet<QString> names;
        for (int kind = 0; kind <= static_cast<int>(Kind::Internal); ++kind) {
            const QString name = CardError::kindName(static_cast<Kind>(kind));
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(CardError(Kind::WrongPin).kindName(), QLatin1String("WrongPin"));
    }

    void toStringForLogs()
    {
        const CardError error(Kind::WrongPin, QStringLiteral("verify"), 0x63C2, 2);
        QCOMPARE(error.toString(), QStringLiteral("WrongPin tries=2 sw=63C2: verify"));
        QCOMPARE(CardError(Kind::NoCard).toString(), QStringLiteral("NoCard"));
    }
};

QTEST_APPLESS_MAIN(TestCardError)
#include "tst_carderror.moc"
