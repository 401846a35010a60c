#include "app/profile/Profile.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/profile/ProfilePage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace inlinea;
using profile::Profile;

Q_DECLARE_METATYPE(inlinea::profile::Profile)

namespace {

QLineEdit* edit(const QWidget& w, const char* key)
{
    auto* e = w.findChild<QLineEdit*>(QString::fromLatin1(key));
    Q_ASSERT(e);
    return e;
}

QLabel* label(const QWidget& w, const char* name)
{
    auto* l = w.findChild<QLabel*>(QString::fromLatin1(name));
    Q_ASSERT(l);
    return l;
}

QString shownError(const QWidget& w, const char* key)
{
    QLabel* l = label(w, (QByteArray(key) + "_error").constData());
    return l->isVisibleTo(&w) ? l->text() : QString();
}

void type(QWidget& w, const char* key, const QString& text)
{
    QLineEdit* e = edit(w, key);
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

void leave(QWidget& w, const char* key)
{
    QLineEdit* e = edit(w, key);
    e->setFocus();
    QTest::keyClick(e, Qt::Key_Tab);
}

QPushButton* button(const QWidget& w, const char* name)
{
    return w.findChild<QPushButton*>(QString::fromLatin1(name));
}

Profile mario(bool locked)
{
    Profile p;
    p.codiceFiscale = "RSSMRA85T10A562S";
    p.nome = "Mario";
    p.cognome = "Rossi";
    p.dataNascita = "1985-12-10";
    p.statoNascita = "Italia";
    p.provinciaNascita = "RM";
    p.comuneNascita = "Roma";
    p.cittadinanza = "italiana";
    p.email = "mario.rossi@example.it";
    p.emailConfirmed = true;
    p.residenzaIndirizzo = "Via Roma 1";
    p.residenzaComune = "Milano";
    p.residenzaCap = "20121";
    p.residenzaProvincia = "MI";
    p.authMethod = locked ? "spid" : "password";
    p.identityLocked = locked;
    p.version = 4;
    return p;
}

} // namespace

class TestProfilePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void showsEveryFieldOfTheProfile()
    {
        ui::ProfilePage page;
        page.show();
        QVERIFY(!button(page, "saveButton")->isEnabled());
        page.setProfile(mario(false), false);
        QCOMPARE(edit(page, "codice_fiscale")->text(), QStringLiteral("RSSMRA85T10A562S"));
        QCOMPARE(edit(page, "data_nascita")->text(), QStringLiteral("10/12/1985"));
        QCOMPARE(edit(page, "cittadinanza")->text(), QStringLiteral("italiana"));
        QCOMPARE(edit(page, "residenza_cap")->text(), QStringLiteral("20121"));
        QVERIFY(!label(page, "pendingLabel")->isVisibleTo(&page));
        QVERIFY(!button(page, "saveButton")->isEnabled());
        QCOMPARE(page.saveBlockedReason(), QStringLiteral("Nessuna modifica da salvare."));
        QVERIFY(!page.hasChanges());
        QCOMPARE(page.profile(), mario(false));

        // Cittadinanza is "italiana" unless said otherwise, without counting as a change.
        Profile blank = mario(false);
        blank.cittadinanza.clear();
        page.setProfile(blank, true);
        QCOMPARE(edit(page, "cittadinanza")->text(), QStringLiteral("italiana"));
        QVERIFY(!page.hasChanges());
        QVERIFY(label(page, "pendingLabel")->isVisibleTo(&page));
    }

    void identityFieldsAreReadOnlyWhenLocked_data()
    {
        QTest::addColumn<bool>("locked");
        QTest::newRow("SPID") << true;
        QTest::newRow("own credentials") << false;
    }

    void identityFieldsAreReadOnlyWhenLocked()
    {
        QFETCH(bool, locked);
        ui::ProfilePage page;
        page.show();
        page.setProfile(mario(locked), false);
        for (const char* key : {"codice_fiscale", "nome", "cognome"}) {
            QCOMPARE(edit(page, key)->isReadOnly(), locked);
        }
        for (const char* key : {"data_nascita", "comune_nascita", "email", "residenza_indirizzo"}) {
            QVERIFY(!edit(page, key)->isReadOnly());
        }
        QLabel* note = label(page, "identityNote");
        QCOMPARE(note->isVisibleTo(&page), locked);
        QVERIFY(note->text().contains(QStringLiteral("Dati forniti dall'identità digitale (SPID/CNS)")));
        if (!locked) {
            type(page, "nome", "Maria");
            QVERIFY(page.hasChanges());
            QCOMPARE(page.profile().nome, QStringLiteral("Maria"));
        }
    }

    void invalidCapBlocksSaving()
    {
        ui::ProfilePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setProfile(mario(false), false);
        type(page, "residenza_cap", "2012");
        QCOMPARE(shownError(page, "residenza_cap"), QString()); // still typing
        leave(page, "residenza_cap");
        QCOMPARE(shownError(page, "residenza_cap"),
                 QStringLiteral("Lunghezza errata: servono 5 caratteri, inseriti 4"));
        QVERIFY(!button(page, "saveButton")->isEnabled());
        QCOMPARE(page.saveBlockedReason(), QStringLiteral("Da correggere: CAP di residenza"));
        QCOMPARE(label(page, "saveReason")->text(), page.saveBlockedReason());
        type(page, "residenza_cap", "2O121");
        QCOMPARE(shownError(page, "residenza_cap"),
                 QString::fromUtf8("Carattere «O» non valido in posizione 2: attesa una cifra"));
        type(page, "residenza_cap", "20122");
        QCOMPARE(shownError(page, "residenza_cap"), QString());
        QVERIFY(button(page, "saveButton")->isEnabled());
        QCOMPARE(page.saveBlockedReason(), QString());
    }

    void passwordAccountWithoutCodiceFiscale()
    {
        ui::ProfilePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        Profile giulia = mario(false);
        giulia.codiceFiscale.clear();
        giulia.selfDeclared = true;
        giulia.userId = "giulia_verdi90";
        page.setProfile(giulia, false);
        // Profilo Base: no codice fiscale, and none is asked for.
        type(page, "residenza_comune", "Monza");
        QVERIFY(button(page, "saveButton")->isEnabled());
        QCOMPARE(page.saveBlockedReason(), QString());
        QVERIFY(!label(page, "selfDeclaredNote")->isHidden());
        QVERIFY(label(page, "selfDeclaredNote")->text().contains(QStringLiteral("autocertificazione")));
        QCOMPARE(label(page, "userIdLabel")->text(), QStringLiteral("giulia_verdi90"));
        QSignalSpy change(&page, &ui::ProfilePage::passwordChangeRequested);
        QTest::mouseClick(button(page, "changePasswordButton"), Qt::LeftButton);
        QCOMPARE(change.size(), 1);

        // A SPID profile: a codice fiscale is required, no password to change, no self-declaration.
        page.setProfile(mario(true), false);
        QVERIFY(button(page, "changePasswordButton")->isHidden());
        QVERIFY(label(page, "selfDeclaredNote")->isHidden());
    }

    void saveRequestedCarriesTheEditedProfile()
    {
        ui::ProfilePage page;
        page.show();
        page.setProfile(mario(true), false);
        QSignalSpy saved(&page, &ui::ProfilePage::saveRequested);
        type(page, "residenza_indirizzo", "Corso Buenos Aires 10 ");
        type(page, "residenza_provincia", "mb");
        type(page, "data_nascita", "10/12/1985");
        page.findChild<QCheckBox*>(QStringLiteral("newsletter_servizi"))->setChecked(true);
        page.findChild<QCheckBox*>(QStringLiteral("funzionario"))->setChecked(true);
        QVERIFY(button(page, "revertButton")->isEnabled());
        QTest::mouseClick(button(page, "saveButton"), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        Profile expected = mario(true);
        expected.residenzaIndirizzo = "Corso Buenos Aires 10";
        expected.residenzaProvincia = "MB";
        expected.newsletterServizi = true;
        expected.funzionario = true;
        QCOMPARE(saved.at(0).at(0).value<Profile>(), expected);
        // What was saved is the new starting point.
        QVERIFY(!page.hasChanges());
        QVERIFY(!button(page, "saveButton")->isEnabled());
    }

    void revertGoesBackToTheLastProfile()
    {
        ui::ProfilePage page;
        page.show();
        page.setProfile(mario(false), false);
        type(page, "residenza_comune", "Monza");
        page.findChild<QCheckBox*>(QStringLiteral("newsletter_eventi"))->setChecked(true);
        QVERIFY(page.hasChanges());
        QTest::mouseClick(button(page, "revertButton"), Qt::LeftButton);
        QCOMPARE(edit(page, "residenza_comune")->text(), QStringLiteral("Milano"));
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("newsletter_eventi"))->isChecked());
        QVERIFY(!page.hasChanges());
    }

    void aNewProfileKeepsWhatTheUserIsTyping()
    {
        ui::ProfilePage page;
        page.show();
        page.setProfile(mario(false), false);
        type(page, "residenza_comune", "Monza");
        Profile fromPortal = mario(false);
        fromPortal.residenzaComune = "Sesto San Giovanni";
        fromPortal.comuneNascita = "Napoli";
        fromPortal.version = 5;
        page.setProfile(fromPortal, false);
        QCOMPARE(edit(page, "residenza_comune")->text(), QStringLiteral("Monza"));
        QCOMPARE(edit(page, "comune_nascita")->text(), QStringLiteral("Napoli"));
        QCOMPARE(page.profile().version, 5);
    }

    void emailChangeIsExplained()
    {
        ui::ProfilePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setProfile(mario(true), false);
        QLabel* note = label(page, "emailChangeNote");
        QLabel* waiting = label(page, "emailPending");
        QVERIFY(!note->isVisibleTo(&page));
        QVERIFY(!waiting->isVisibleTo(&page));
        type(page, "email", "mario@nuovo.example.it");
        QVERIFY(note->isVisibleTo(&page));
        QCOMPARE(note->text(), QStringLiteral("Ti invieremo un messaggio all'indirizzo nuovo per confermarlo"));
        type(page, "email", "mario@nuovo");
        leave(page, "email");
        QVERIFY(shownError(page, "email").startsWith("Indirizzo non valido"));
        QCOMPARE(page.saveBlockedReason(), QStringLiteral("Da correggere: Email"));

        // The portal keeps the old address until the new one is confirmed.
        Profile afterSync = mario(true);
        afterSync.emailPending = "mario@nuovo.example.it";
        page.setProfile(afterSync, false);
        type(page, "email", "mario.rossi@example.it");
        QVERIFY(!note->isVisibleTo(&page));
        QVERIFY(waiting->isVisibleTo(&page));
        QCOMPARE(waiting->text(), QStringLiteral("In attesa di conferma: mario@nuovo.example.it"));
    }

    void portalErrorsAppearOnTheFields()
    {
        ui::ProfilePage page;
        page.show();
        page.setProfile(mario(true), false);
        page.showPortalErrors(
            {{"cognome", "read_only", {}, 0, {}}, {"residenza_cap", "length", "lunghezza errata", 0, {}}});
        QCOMPARE(shownError(page, "cognome"),
                 QString::fromUtf8("Dato dell'identità digitale (SPID o CNS): non si può modificare"));
        QCOMPARE(shownError(page, "residenza_cap"), QStringLiteral("Lunghezza errata"));
    }

    void mainWindowShowsItForProfilo()
    {
        ui::MainWindow w;
        QVERIFY(w.profilePage());
        w.showSection(ui::MainWindow::Section::Profilo);
        w.show();
        QVERIFY(w.profilePage()->isVisible());
    }
};

QTEST_MAIN(TestProfilePage)
#include "tst_profilepage.moc"
