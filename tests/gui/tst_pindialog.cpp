#include "tests/support/TestEnvironment.h"
#include "ui/dialogs/PinDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using inlinea::ui::PinDialog;

class TestPinDialog : public QObject {
    Q_OBJECT

    template <typename T> static T* child(PinDialog& d, const char* name)
    {
        return d.findChild<T*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { inlinea::test::isolate(); }

    void digitsOnlyFiveToEight()
    {
        PinDialog dialog(QStringLiteral("MARIO ROSSI"), 3);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* pin = child<QLineEdit>(dialog, "pinEdit");
        auto* ok = child<QPushButton>(dialog, "okButton");
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(pin, QStringLiteral("12ab3"));
        QCOMPARE(pin->text(), QStringLiteral("123")); // letters never get in
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(pin, QStringLiteral("45"));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(pin, QStringLiteral("678999"));
        QCOMPARE(pin->text().size(), PinDialog::MaxLength);
        QCOMPARE(child<QLabel>(dialog, "triesLabel")->text(), QStringLiteral("Tentativi rimasti: 3"));
        QVERIFY(!child<QLabel>(dialog, "warningLabel")->isVisible());

        const QByteArray taken = dialog.takePin();
        QCOMPARE(taken, QByteArray("12345678"));
        QVERIFY(pin->text().isEmpty()); // handed over once, not kept
    }

    void lastTryIsWarned()
    {
        PinDialog dialog(QString(), 1);
        dialog.show();
        auto* warning = child<QLabel>(dialog, "warningLabel");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("ultimo tentativo")));
        QVERIFY(warning->text().contains(QStringLiteral("PUK")));
    }

    void blockedExplainsWhatToDo()
    {
        PinDialog dialog(QStringLiteral("MARIO ROSSI"), 0);
        dialog.show();
        QVERIFY(dialog.isBlocked());
        QVERIFY(!child<QLineEdit>(dialog, "pinEdit")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "warningLabel")->text().contains(QStringLiteral("PUK")));
    }

    void unknownTriesAreSaidSo()
    {
        PinDialog dialog(QString(), std::nullopt);
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "triesLabel")->text().contains(QStringLiteral("non indica")));
    }

    void wrongPinMessageShown()
    {
        PinDialog dialog(QString(), 2);
        dialog.show();
        dialog.showError(QStringLiteral("PIN errato"));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
    }
};

QTEST_MAIN(TestPinDialog)
#include "tst_pindialog.moc"
