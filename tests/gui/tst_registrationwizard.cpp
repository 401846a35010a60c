// "Nuovo utente" against the reference portal (comune flavour, seeded, with the mail sink): live User ID and password
// checks, types and profiles, a registration confirmed with the link of the mail, a User ID already taken, and a
// Profilo Completo with its codice fiscale.
#include "app/auth/CredentialsApi.h"
#include "app/domain/CodiceFiscale.h"
#include "app/portal/PortalClient.h"
#include "app/portal/TlsTrust.h"
#include "tests/support/Answer.h"
#include "tests/support/CredentialsPortal.h"
#include "tests/support/MailSink.h"
#include "tests/support/PortalFixture.h"
#include "tests/support/TestEnvironment.h"
#include "ui/credentials/RegistrationWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

using namespace inlinea;
using auth::CredentialsError;
using test::Answer;
using ui::RegistrationWizard;

namespace {

const QString GoodPassword = QStringLiteral("Registrazione-Prova-2027");

template <typename T> T* child(const QWidget& w, const QString& name)
{
    auto* found = w.findChild<T*>(name);
    if (!found) {
        qFatal("no child %s", qPrintable(name));
    }
    return found;
}

QLineEdit* edit(const QWidget& w, const QString& name)
{
    return child<QLineEdit>(w, name);
}

QString labelText(const QWidget& w, const QString& name)
{
    auto* label = child<QLabel>(w, name);
    return label->isVisibleTo(&w) ? label->text() : QString();
}

// Key by key, as typed; QTest::keyClicks knows only ASCII, an accented letter comes as the text of an unknown key.
void keyClicks(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Replaces the text of a line edit as a user would: select all, type.
void type(QLineEdit* lineEdit, const QString& text)
{
    lineEdit->setFocus();
    lineEdit->selectAll();
    QTest::keyClick(lineEdit, Qt::Key_Backspace);
    keyClicks(lineEdit, text);
}

struct Person {
    QString tipo = QStringLiteral("aziende_professionisti_enti");
    QString profilo = QStringLiteral("base");
    QString nome;
    QString cognome;
    QString codiceFiscale;
    QString email;
    QString userId;
    QString password = GoodPassword;
    QString answer = QStringLiteral("  Fido ");
};

} // namespace

class TestRegistrationWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<test::CredentialsPortal> m_portal;
    auth::CredentialsApi* m_api = nullptr;
    portal::PortalInfo m_info;

    [[nodiscard]] std::unique_ptr<RegistrationWizard> wizard()
    {
        auto w = std::make_unique<RegistrationWizard>(m_info, m_api);
        w->show();
        return w;
    }

    // Fills the pages up to and including the self-declaration, checking that each lets the user on.
    static bool fillUntilSend(RegistrationWizard& w, const Person& p)
    {
        child<QRadioButton>(w, QStringLiteral("type_") + p.tipo)->click();
        child<QRadioButton>(w, QStringLiteral("profile_") + p.profilo)->click();
        if (!w.button(QWizard::NextButton)->isEnabled()) {
            return false;
        }
        w.next();
        type(edit(w, QStringLiteral("nome")), p.nome);
        type(edit(w, QStringLiteral("cognome")), p.cognome);
        if (!p.codiceFiscale.isEmpty()) {
            type(edit(w, QStringLiteral("codice_fiscale")), p.codiceFiscale);
        }
        type(edit(w, QStringLiteral("email")), p.email);
        type(edit(w, QStringLiteral("emailRepeat")), p.email);
        if (w.currentId() != RegistrationWizard::PersonalPage || !w.button(QWizard::NextButton)->isEnabled()) {
            return false;
        }
        w.next();
        type(edit(w, QStringLiteral("userIdEdit")), p.userId);
        type(edit(w, QStringLiteral("passwordEdit")), p.password);
        type(edit(w, QStringLiteral("passwordRepeatEdit")), p.password);
        if (w.currentId() != RegistrationWizard::CredentialsPage || !w.button(QWizard::NextButton)->isEnabled()) {
            return false;
        }
        w.next();
        child<QComboBox>(w, QStringLiteral("securityQuestionCombo"))->setCurrentIndex(1);
        type(edit(w, QStringLiteral("securityAnswerEdit")), p.answer);
        if (w.currentId() != RegistrationWizard::QuestionPage || !w.button(QWizard::NextButton)->isEnabled()) {
            return false;
        }
        w.next();
        return w.currentId() == RegistrationWizard::SendPage;
    }

    // A tourist's personal data, to reach the User ID and the password.
    static void toCredentialsPage(RegistrationWizard& w)
    {
        child<QRadioButton>(w, QStringLiteral("type_turisti"))->click();
        w.next();
        type(edit(w, QStringLiteral("nome")), QStringLiteral("Anna"));
        type(edit(w, QStringLiteral("cognome")), QStringLiteral("Schmidt"));
        type(edit(w, QStringLiteral("email")), QStringLiteral("anna.schmidt@example.de"));
        type(edit(w, QStringLiteral("emailRepeat")), QStringLiteral("anna.schmidt@example.de"));
        w.next();
    }

    [[nodiscard]] QString confirmationLink(const QString& userId) const
    {
        return test::MailSink(m_portal->fixture().maildir())
            .firstMatch(
                QStringLiteral("User ID %1\\.[\\s\\S]*?(https://\\S*/register/confirm\\?token=[A-Za-z0-9_\\-]+)")
                    .arg(QRegularExpression::escape(userId)));
    }

    void loginSucceeds(const QString& userId, const QString& password, const QString& codiceFiscale = {})
    {
        Answer<Result<auth::LoginOutcome, CredentialsError>> login;
        m_api->login(userId, password, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY2(*login, *login ? "" : qPrintable(login->error().portal.detail));
        QVERIFY(login->value().success());
        if (!codiceFiscale.isEmpty()) {
            QCOMPARE(login->value().success()->user.codiceFiscale, codiceFiscale);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate();
        m_portal = std::make_unique<test::CredentialsPortal>();
        const QString failure = m_portal->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_api = m_portal->api();
        m_info = m_portal->info();
        QVERIFY(m_info.credentials.registration);
        QCOMPARE(m_info.registrationTypes.size(), 3);
    }

    void cleanupTestCase() { m_portal.reset(); }

    void userIdMessages_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("mario_rossi-90") << QStringLiteral("User ID valido") << true;
        QTest::newRow("space") << QStringLiteral("mario rossi")
                               << QStringLiteral("Lo User ID non può contenere spazi (posizione 6).") << false;
        QTest::newRow("dot") << QStringLiteral("mario.rossi")
                             << QStringLiteral("Lo User ID non può contenere il punto «.» (posizione 6).") << false;
        QTest::newRow("asterisk") << QStringLiteral("mariorossi*1")
                                  << QStringLiteral("Lo User ID non può contenere l'asterisco «*» (posizione 11).")
                                  << false;
        QTest::newRow("accented") << QStringLiteral("niccolò_bianchi")
                                  << QStringLiteral("Lo User ID non può contenere lettere accentate: «ò» (posizione "
                                                    "7). Usa la lettera senza accento.")
                                  << false;
        QTest::newRow("special") << QStringLiteral("mario@rossi")
                                 << QStringLiteral("Lo User ID non può contenere il carattere «@» (posizione 6): solo "
                                                   "lettere, cifre e «_», «-».")
                                 << false;
        QTest::newRow("seven characters")
            << QStringLiteral("mrossi7") << QStringLiteral("Lo User ID deve avere almeno 8 caratteri.") << false;
    }

    void userIdMessages()
    {
        QFETCH(QString, userId);
        QFETCH(QString, message);
        QFETCH(bool, valid);
        auto w = wizard();
        toCredentialsPage(*w);
        QCOMPARE(w->currentId(), int(RegistrationWizard::CredentialsPage));
        QVERIFY(labelText(*w, QStringLiteral("userIdRule")).contains(QStringLiteral("Da 8 a 64 caratteri")));
        QLineEdit* userIdEdit = edit(*w, QStringLiteral("userIdEdit"));
        keyClicks(userIdEdit, userId);
        QCOMPARE(labelText(*w, QStringLiteral("userIdMessage")), message);
        const QString style = child<QLabel>(*w, QStringLiteral("userIdMessage"))->styleSheet();
        QVERIFY2(style.contains(valid ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020")), qPrintable(style));
        // Live: one more keystroke changes the verdict.
        QTest::keyClick(userIdEdit, Qt::Key_Backspace);
        if (valid) {
            QCOMPARE(labelText(*w, QStringLiteral("userIdMessage")), QStringLiteral("User ID valido"));
        }
    }

    void passwordStrengthAndRequirements()
    {
        auto w = wizard();
        toCredentialsPage(*w);
        QCOMPARE(w->currentId(), int(RegistrationWizard::CredentialsPage));

        QLineEdit* userIdEdit = edit(*w, QStringLiteral("userIdEdit"));
        QLineEdit* password = edit(*w, QStringLiteral("passwordEdit"));
        QLineEdit* repeat = edit(*w, QStringLiteral("passwordRepeatEdit"));
        auto* bar = child<QProgressBar>(*w, QStringLiteral("strengthBar"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        QCOMPARE(bar->minimum(), 0);
        QCOMPARE(bar->maximum(), 4);
        QVERIFY(labelText(*w, QStringLiteral("passwordPolicy")).contains(QStringLiteral("da 10 a 128 caratteri")));
        type(userIdEdit, QStringLiteral("anna_schmidt"));

        QTest::keyClicks(password, QStringLiteral("a"));
        QCOMPARE(bar->value(), 0);
        QCOMPARE(labelText(*w, QStringLiteral("strengthLabel")), QStringLiteral("Molto debole"));
        QString problems = labelText(*w, QStringLiteral("passwordProblems"));
        for (const char* need :
             {"Almeno 10 caratteri", "Almeno una lettera maiuscola", "Almeno una cifra", "Almeno un simbolo"}) {
            QVERIFY2(problems.contains(QLatin1String(need)), qPrintable(problems));
        }
        QVERIFY(!problems.contains(QStringLiteral("minuscola")));

        QTest::keyClicks(password, QStringLiteral("bcdefghij")); // 10 lower-case letters
        QCOMPARE(bar->value(), 1);
        QCOMPARE(labelText(*w, QStringLiteral("strengthLabel")), QStringLiteral("Debole"));
        QVERIFY(!labelText(*w, QStringLiteral("passwordProblems")).contains(QStringLiteral("10 caratteri")));

        type(password, QStringLiteral("Abcdefgh1!"));
        QCOMPARE(bar->value(), 2);
        QCOMPARE(labelText(*w, QStringLiteral("passwordProblems")),
                 QStringLiteral("La password rispetta tutti i requisiti."));

        type(password, QStringLiteral("Abcdefgh1!-Xyz9#ab"));
        QCOMPARE(bar->value(), 4);
        QCOMPARE(labelText(*w, QStringLiteral("strengthLabel")), QStringLiteral("Molto robusta"));

        // The User ID inside the password, whatever the case.
        type(password, QStringLiteral("Anna_Schmidt-2027!"));
        QVERIFY(labelText(*w, QStringLiteral("passwordProblems"))
                    .contains(QStringLiteral("Non deve contenere lo User ID")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());

        type(password, GoodPassword);
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // not repeated yet
        QTest::keyClicks(repeat, QStringLiteral("Registrazione-X"));
        QCOMPARE(labelText(*w, QStringLiteral("passwordRepeatMessage")),
                 QStringLiteral("Le due password non coincidono."));
        type(repeat, GoodPassword);
        QVERIFY(labelText(*w, QStringLiteral("passwordRepeatMessage")).isEmpty());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());

        type(userIdEdit, QStringLiteral("anna.schmidt"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    }

    void typesAndProfiles()
    {
        auto w = wizard();
        auto* base = child<QRadioButton>(*w, QStringLiteral("profile_base"));
        auto* completo = child<QRadioButton>(*w, QStringLiteral("profile_completo"));
        for (const char* code : {"aziende_professionisti_enti", "turisti"}) {
            child<QRadioButton>(*w, QStringLiteral("type_") + QLatin1String(code))->click();
            QVERIFY(base->isEnabled());
            QVERIFY(base->isChecked());
            QVERIFY(!completo->isEnabled());
            QVERIFY(labelText(*w, QStringLiteral("profileUnavailable_completo"))
                        .contains(QStringLiteral("Non disponibile")));
        }
        child<QRadioButton>(*w, QStringLiteral("type_cittadino"))->click();
        QVERIFY(completo->isEnabled());
        QVERIFY(labelText(*w, QStringLiteral("profileUnavailable_completo")).isEmpty());
        QVERIFY(
            labelText(*w, QStringLiteral("profileExplanation_completo")).contains(QStringLiteral("codice fiscale")));
        completo->click();
        w->next();
        QCOMPARE(w->currentId(), int(RegistrationWizard::PersonalPage));
        QLineEdit* cf = edit(*w, QStringLiteral("codice_fiscale"));
        QVERIFY(cf->isVisibleTo(w.get()));
        type(edit(*w, QStringLiteral("nome")), QStringLiteral("Mario"));
        type(edit(*w, QStringLiteral("cognome")), QStringLiteral("Rossi"));
        type(edit(*w, QStringLiteral("email")), QStringLiteral("mario@example.org"));
        type(edit(*w, QStringLiteral("emailRepeat")), QStringLiteral("mario@example.org"));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // the codice fiscale is required

        type(cf, QStringLiteral("RSSMRA85T10A562X"));
        QVERIFY2(labelText(*w, QStringLiteral("codice_fiscale_error")).contains(QStringLiteral("controllo")),
                 qPrintable(labelText(*w, QStringLiteral("codice_fiscale_error"))));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        // Valid, but not Mario Rossi's.
        type(cf, QStringLiteral("VRDGLI90C55F205X").left(15) +
                     domain::CodiceFiscale::checkCharacter(QStringLiteral("VRDGLI90C55F205")));
        QVERIFY2(labelText(*w, QStringLiteral("codice_fiscale_error")).contains(QStringLiteral("cognome")),
                 qPrintable(labelText(*w, QStringLiteral("codice_fiscale_error"))));
        type(cf, QStringLiteral("rssmra85t10a562s"));
        QCOMPARE(cf->text(), QStringLiteral("RSSMRA85T10A562S"));
        QVERIFY(labelText(*w, QStringLiteral("codice_fiscale_error")).isEmpty());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());

        type(edit(*w, QStringLiteral("emailRepeat")), QStringLiteral("maria@example.org"));
        QVERIFY(labelText(*w, QStringLiteral("emailRepeat_error")).contains(QStringLiteral("non coincidono")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        type(edit(*w, QStringLiteral("emailRepeat")), QStringLiteral("mario@example.org"));

        // Back to a type with only the Profilo Base: no codice fiscale asked.
        w->back();
        child<QRadioButton>(*w, QStringLiteral("type_aziende_professionisti_enti"))->click();
        w->next();
        QVERIFY(!cf->isVisibleTo(w.get()));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    // Closing a half-filled wizard asks first; an empty one just closes.
    void cancellingAsksBeforeLosingWhatWasTyped()
    {
        auto w = wizard();
        w->next();
        type(edit(*w, QStringLiteral("nome")), QStringLiteral("Giulia"));
        const auto answerWith = [](QMessageBox::StandardButton choice) {
            QTimer::singleShot(0, [choice] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(choice)->click();
            });
        };
        answerWith(QMessageBox::Cancel);
        w->reject();
        QVERIFY(w->isVisible());
        QCOMPARE(edit(*w, QStringLiteral("nome"))->text(), QStringLiteral("Giulia"));
        answerWith(QMessageBox::Discard);
        w->reject();
        QVERIFY(!w->isVisible());

        auto empty = wizard();
        empty->reject(); // nothing typed: no question
        QVERIFY(!empty->isVisible());
    }

    void registerAndConfirmWithTheLink()
    {
        auto w = wizard();
        QSignalSpy confirmed(w.get(), &RegistrationWizard::confirmed);
        Person p;
        p.nome = QStringLiteral("Paolo");
        p.cognome = QStringLiteral("Ferrari");
        p.email = QStringLiteral("studio.ferrari@example.org");
        p.userId = QStringLiteral("studio_ferrari");
        QVERIFY(fillUntilSend(*w, p));

        const QString summary = labelText(*w, QStringLiteral("summaryLabel"));
        QVERIFY2(summary.contains(QStringLiteral("User ID: studio_ferrari")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Aziende, Professionisti ed Enti")));
        QVERIFY(summary.contains(QStringLiteral("Email: studio.ferrari@example.org")));
        QVERIFY(!summary.contains(GoodPassword));
        QVERIFY(!summary.contains(QStringLiteral("Fido")));

        QAbstractButton* commit = w->button(QWizard::CommitButton);
        QVERIFY(commit->isVisible());
        QCOMPARE(commit->text(), QStringLiteral("Registrati"));
        QVERIFY(!commit->isEnabled()); // the self-declaration first
        child<QCheckBox>(*w, QStringLiteral("selfDeclarationCheck"))->click();
        QVERIFY(commit->isEnabled());
        commit->click();
        // On its way: nothing can be pressed, the busy text says why.
        QVERIFY(!commit->isEnabled());
        QVERIFY(!w->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!w->button(QWizard::CancelButton)->isEnabled());
        QVERIFY(labelText(*w, QStringLiteral("sendStatus")).contains(QStringLiteral("in corso")));

        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegistrationWizard::ConfirmPage), 30000);
        const QString intro = labelText(*w, QStringLiteral("confirmIntro"));
        QVERIFY2(intro.contains(QStringLiteral("s************i@example.org")), qPrintable(intro));
        QVERIFY(intro.contains(QStringLiteral("studio_ferrari")));
        QVERIFY(edit(*w, QStringLiteral("passwordEdit"))->text().isEmpty());
        QVERIFY(edit(*w, QStringLiteral("passwordRepeatEdit"))->text().isEmpty());
        QVERIFY(edit(*w, QStringLiteral("securityAnswerEdit"))->text().isEmpty());
        QVERIFY(!w->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w->userId(), QStringLiteral("studio_ferrari"));

        QString link;
        QTRY_VERIFY_WITH_TIMEOUT(!(link = confirmationLink(p.userId)).isEmpty(), 20000);
        edit(*w, QStringLiteral("confirmLinkEdit"))->setText(link);
        QTest::mouseClick(child<QPushButton>(*w, QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, 30000);
        QCOMPARE(confirmed.at(0).at(0).toString(), QStringLiteral("studio_ferrari"));
        QCOMPARE(labelText(*w, QStringLiteral("confirmMessage")),
                 QStringLiteral("Registrazione confermata: ora puoi accedere con lo User ID studio_ferrari."));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w->userId(), QStringLiteral("studio_ferrari"));

        loginSucceeds(p.userId, p.password);
    }

    void takenUserIdGoesBackToTheCredentials()
    {
        auto w = wizard();
        Person p;
        p.tipo = QStringLiteral("cittadino");
        p.nome = QStringLiteral("Marco");
        p.cognome = QStringLiteral("Rossi");
        p.email = QStringLiteral("marco.rossi@example.org");
        p.userId = QStringLiteral("mario_rossi85");
        QVERIFY(fillUntilSend(*w, p));
        child<QCheckBox>(*w, QStringLiteral("selfDeclarationCheck"))->click();
        w->next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegistrationWizard::CredentialsPage), 30000);
        const QString message = labelText(*w, QStringLiteral("userIdMessage"));
        QVERIFY2(message.contains(QStringLiteral("già in uso")), qPrintable(message));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        // Nothing typed is lost.
        QCOMPARE(edit(*w, QStringLiteral("passwordEdit"))->text(), GoodPassword);
        QCOMPARE(edit(*w, QStringLiteral("passwordRepeatEdit"))->text(), GoodPassword);
        QCOMPARE(edit(*w, QStringLiteral("nome"))->text(), QStringLiteral("Marco"));
        QCOMPARE(edit(*w, QStringLiteral("securityAnswerEdit"))->text(), p.answer);

        type(edit(*w, QStringLiteral("userIdEdit")), QStringLiteral("marco_rossi77"));
        QCOMPARE(labelText(*w, QStringLiteral("userIdMessage")), QStringLiteral("User ID valido"));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
    }

    void profiloCompletoWithCodiceFiscale()
    {
        const auto cf = domain::CodiceFiscale::compute(QStringLiteral("Verdi"), QStringLiteral("Giulia"),
                                                       QDate(1990, 3, 15), domain::Sex::Female, QStringLiteral("F205"));
        QVERIFY(cf);
        const QString codiceFiscale = cf.value().text();

        auto w = wizard();
        QSignalSpy confirmed(w.get(), &RegistrationWizard::confirmed);
        Person p;
        p.tipo = QStringLiteral("cittadino");
        p.profilo = QStringLiteral("completo");
        p.nome = QStringLiteral("Giulia");
        p.cognome = QStringLiteral("Verdi");
        p.codiceFiscale = codiceFiscale.toLower();
        p.email = QStringLiteral("giulia.verdi@example.org");
        p.userId = QStringLiteral("giulia-verdi");
        QVERIFY(fillUntilSend(*w, p));
        QVERIFY(
            labelText(*w, QStringLiteral("summaryLabel")).contains(QStringLiteral("Codice fiscale: ") + codiceFiscale));
        QVERIFY(labelText(*w, QStringLiteral("summaryLabel")).contains(QStringLiteral("Profilo Completo")));
        child<QCheckBox>(*w, QStringLiteral("selfDeclarationCheck"))->click();
        w->next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegistrationWizard::ConfirmPage), 30000);

        // A link that is not one: said, and the field stays usable.
        QLineEdit* linkEdit = edit(*w, QStringLiteral("confirmLinkEdit"));
        linkEdit->setText(QStringLiteral("nonvalido123"));
        QTest::mouseClick(child<QPushButton>(*w, QStringLiteral("confirmButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(*w, QStringLiteral("confirmMessage")).contains(QStringLiteral("non è valido")), 30000);
        QCOMPARE(confirmed.count(), 0);

        // Only the token this time.
        QString link;
        QTRY_VERIFY_WITH_TIMEOUT(!(link = confirmationLink(p.userId)).isEmpty(), 20000);
        const QString token = link.mid(link.indexOf(QStringLiteral("token=")) + 6);
        type(linkEdit, token);
        QTest::keyClick(linkEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, 30000);
        QCOMPARE(confirmed.at(0).at(0).toString(), QStringLiteral("giulia-verdi"));
        QVERIFY(w->button(QWizard::FinishButton)->isEnabled());

        loginSucceeds(p.userId, p.password, codiceFiscale);
    }
    // The portal refuses a field of an earlier page: back there, the portal's sentence under the field.
    void takenCodiceFiscaleGoesBackToThePersonalData()
    {
        auto w = wizard();
        Person p;
        p.tipo = QStringLiteral("cittadino");
        p.profilo = QStringLiteral("completo");
        p.nome = QStringLiteral("Mario");
        p.cognome = QStringLiteral("Rossi");
        p.codiceFiscale = QStringLiteral("RSSMRA85T10A562S"); // the seeded user's
        p.email = QStringLiteral("altro.mario@example.org");
        p.userId = QStringLiteral("altro_mario_rossi");
        QVERIFY(fillUntilSend(*w, p));
        child<QCheckBox>(*w, QStringLiteral("selfDeclarationCheck"))->click();
        w->next();
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(RegistrationWizard::PersonalPage), 30000);
        const QString message = labelText(*w, QStringLiteral("codice_fiscale_error"));
        QVERIFY2(message.contains(QStringLiteral("già registrato")), qPrintable(message));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(edit(*w, QStringLiteral("userIdEdit"))->text(), p.userId);
    }

    // Anything but a field problem is said on the page itself; nothing typed is lost and it can be sent again.
    // Last: the portal is stopped.
    void portalDownKeepsEverything()
    {
        auto w = wizard();
        Person p;
        p.nome = QStringLiteral("Luca");
        p.cognome = QStringLiteral("Neri");
        p.email = QStringLiteral("luca.neri@example.org");
        p.userId = QStringLiteral("luca_neri_srl");
        QVERIFY(fillUntilSend(*w, p));
        child<QCheckBox>(*w, QStringLiteral("selfDeclarationCheck"))->click();
        m_portal->fixture().stop();
        w->next();
        QTRY_VERIFY_WITH_TIMEOUT(!labelText(*w, QStringLiteral("sendStatus")).contains(QStringLiteral("in corso")),
                                 60000);
        QCOMPARE(w->currentId(), int(RegistrationWizard::SendPage));
        QVERIFY(!labelText(*w, QStringLiteral("sendStatus")).isEmpty());
        QVERIFY(child<QLabel>(*w, QStringLiteral("sendStatus"))->styleSheet().contains(QStringLiteral("#b00020")));
        QVERIFY(w->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(w->button(QWizard::BackButton)->isEnabled());
        QVERIFY(w->button(QWizard::CancelButton)->isEnabled());
        QCOMPARE(edit(*w, QStringLiteral("passwordEdit"))->text(), GoodPassword);
        QCOMPARE(edit(*w, QStringLiteral("securityAnswerEdit"))->text(), p.answer);
    }
};

QTEST_MAIN(TestRegistrationWizard)
#include "tst_registrationwizard.moc"
