#include "app/portal/PortalError.h"
#include "tests/support/TestEnvironment.h"
#include "ui/ErrorText.h"
#include "ui/LanguageSetup.h"
#include "ui/LoginWindow.h"

#include <QPushButton>
#include <QTest>

using namespace inlinea;

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void choiceWinsOverSystem()
    {
        QCOMPARE(ui::LanguageSetup::effectiveLanguage(settings::Language::Italian), QLocale::Italian);
        QCOMPARE(ui::LanguageSetup::effectiveLanguage(settings::Language::English), QLocale::English);
    }

    void italianIsTheSource()
    {
        ui::LoginWindow w;
        QCOMPARE(w.findChild<QPushButton*>(QStringLiteral("spidButton"))->text(), QStringLiteral("Entra con SPID"));
    }

    // Runs last: translators stay installed for the rest of the process.
    void englishIsCompiledIn()
    {
        QObject owner;
        QVERIFY(ui::LanguageSetup::apply(settings::Language::English, &owner));
        ui::LoginWindow w;
        QCOMPARE(w.findChild<QPushButton*>(QStringLiteral("spidButton"))->text(), QStringLiteral("Sign in with SPID"));
        QCOMPARE(w.findChild<QPushButton*>(QStringLiteral("cnsButton"))->text(), QStringLiteral("Sign in with CNS"));
        const QString message =
            ui::ErrorText::portal(portal::PortalError{portal::PortalError::Kind::TlsExpired, 0, {}, {}});
        QVERIFY2(message.contains(QStringLiteral("expired")), qPrintable(message));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
