#include "app/auth/LoginSuccess.h"

#include <QTest>

using inlinea::auth::LoggedInUser;

class TestLoggedInUser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codiceFiscaleIsTheKey()
    {
        LoggedInUser user;
        user.codiceFiscale = QStringLiteral("rssmra85t10a562s");
        user.userId = QStringLiteral("mario.rossi");
        QCOMPARE(user.storageKey(), QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(user.identifier(), QStringLiteral("rssmra85t10a562s"));
        QCOMPARE(LoggedInUser::identifierOf(user.storageKey()), QStringLiteral("RSSMRA85T10A562S"));
    }

    // A Profilo Base account has no codice fiscale: its data are filed under the User ID, marked so that no User ID
    // can name the files of a codice fiscale.
    void userIdWithoutCodiceFiscale()
    {
        LoggedInUser user;
        user.userId = QStringLiteral("Giulia_Verdi90");
        QCOMPARE(user.storageKey(), QStringLiteral("USER:GIULIA_VERDI90"));
        QCOMPARE(user.identifier(), QStringLiteral("Giulia_Verdi90"));
        QCOMPARE(LoggedInUser::identifierOf(user.storageKey()), QStringLiteral("GIULIA_VERDI90"));
        // The prefix is recognised in any case.
        QCOMPARE(LoggedInUser::identifierOf(QStringLiteral("user:giulia_verdi90")), QStringLiteral("giulia_verdi90"));
        LoggedInUser lookalike;
        lookalike.userId = QStringLiteral("RSSMRA85T10A562S");
        QVERIFY(lookalike.storageKey() != QStringLiteral("RSSMRA85T10A562S"));
    }
};

QTEST_GUILESS_MAIN(TestLoggedInUser)
#include "tst_loggedinuser.moc"
