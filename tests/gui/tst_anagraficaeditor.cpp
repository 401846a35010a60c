#include "app/anagrafiche/Anagrafica.h"
#include "app/domain/CodiceFiscale.h"
#include "app/portal/FieldProblem.h"
#include "tests/support/TestEnvironment.h"
#include "ui/ValidationText.h"
#include "ui/anagrafiche/AnagraficaEditor.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

using namespace inlinea;
using anagrafiche::Anagrafica;
using Tipo = Anagrafica::Tipo;

Q_DECLARE_METATYPE(Tipo)

namespace {

QLineEdit* edit(const QWidget& w, const char* key)
{
    auto* e = w.findChild<QLineEdit*>(QString::fromLatin1(key));
    Q_ASSERT(e);
    return e;
}

QString shownError(const QWidget& w, const char* key)
{
    auto* label = w.findChild<QLabel*>(QString::fromLatin1(key) + "_error");
    Q_ASSERT(label);
    return label->isVisibleTo(&w) ? label->text() : QString();
}

void type(QWidget& w, const char* key, const QString& text)
{
    QLineEdit* e = edit(w, key);
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

// Leaves the field the way a user does: focus moves to another one.
void leave(QWidget& w, const char* key)
{
    QLineEdit* e = edit(w, key);
    e->setFocus();
    QTest::keyClick(e, Qt::Key_Tab);
    QVERIFY(!e->hasFocus());
}

void chooseSesso(QWidget& w, const QString& value)
{
    auto* sesso = w.findChild<QComboBox*>(QStringLiteral("sesso"));
    sesso->setCurrentIndex(sesso->findData(value));
}

QPushButton* saveButton(const QWidget& w)
{
    return w.findChild<QPushButton*>(QStringLiteral("saveButton"));
}

Anagrafica person()
{
    Anagrafica a;
    a.tipo = Tipo::PersonaFisica;
    return a;
}

} // namespace

class TestAnagraficaEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolate(); }

    void switchingTipoShowsTheRightFields_data()
    {
        QTest::addColumn<Tipo>("tipo");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        QTest::addColumn<QStringList>("required");
        const QStringList personal{"cognome", "nome", "sesso", "data_nascita", "comune_nascita", "provincia_nascita"};
        const QStringList body{"denominazione", "legale_rappresentante_cognome", "legale_rappresentante_nome",
                               "legale_rappresentante_codice_fiscale", "legale_rappresentante_qualifica"};
        const QStringList common{"codice_fiscale", "indirizzo", "comune", "cap", "provincia", "email", "telefono"};
        QTest::newRow("persona fisica") << Tipo::PersonaFisica << personal + common
                                        << body + QStringList{"partita_iva", "pec"}
                                        << QStringList{"cognome", "nome", "codice_fiscale", "indirizzo", "comune"};
        QTest::newRow("professionista") << Tipo::Professionista << personal + common + QStringList{"partita_iva", "pec"}
                                        << body << QStringList{"cognome",     "nome",      "codice_fiscale",
                                                               "partita_iva", "indirizzo", "comune"};
        QTest::newRow("persona giuridica")
            << Tipo::PersonaGiuridica << body + common + QStringList{"partita_iva", "pec"} << personal
            << QStringList{"denominazione", "codice_fiscale", "partita_iva", "indirizzo", "comune", "pec"};
        QTest::newRow("ente") << Tipo::Ente << body + common + QStringList{"partita_iva", "pec"} << personal
                              << QStringList{"denominazione", "codice_fiscale", "indirizzo", "comune", "pec"};
    }

    void switchingTipoShowsTheRightFields()
    {
        QFETCH(Tipo, tipo);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        QFETCH(QStringList, required);
        // Start from another tipo, so that the switch is what decides.
        Anagrafica initial;
        initial.tipo = tipo == Tipo::PersonaFisica ? Tipo::Ente : Tipo::PersonaFisica;
        ui::AnagraficaEditor editor(initial);
        editor.show();
        auto* combo = editor.findChild<QComboBox*>(QStringLiteral("tipo"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(tipo)));
        QCOMPARE(editor.tipo(), tipo);
        for (const QString& key : shown) {
            auto* widget = editor.findChild<QWidget*>(key);
            QVERIFY2(widget->isVisibleTo(&editor), qPrintable(key));
        }
        for (const QString& key : hidden) {
            QVERIFY2(!editor.findChild<QWidget*>(key)->isVisibleTo(&editor), qPrintable(key));
        }
        // Required fields are marked with * and listed as missing, in the form's order.
        QStringList starred;
        for (QLabel* label : editor.findChildren<QLabel*>()) {
            if (label->buddy() && label->isVisibleTo(&editor) && label->text().endsWith(" *")) {
                starred.append(label->buddy()->objectName());
            }
        }
        starred.sort();
        QStringList expected = required;
        expected.sort();
        QCOMPARE(starred, expected);
        QVERIFY(!saveButton(editor)->isEnabled());
        QVERIFY(editor.saveBlockedReason().startsWith("Manca: "));
        QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("codiceFiscaleCheck"))->isVisibleTo(&editor),
                 tipo == Tipo::PersonaFisica || tipo == Tipo::Professionista);
    }

    void groupsAreNamedForTheTipo()
    {
        ui::AnagraficaEditor editor(person());
        editor.show();
        QStringList titles;
        const auto visibleTitles = [&] {
            QStringList list;
            for (QGroupBox* box : editor.findChildren<QGroupBox*>()) {
                if (box->isVisibleTo(&editor)) {
                    list.append(box->title());
                }
            }
            list.sort();
            return list;
        };
        QCOMPARE(visibleTitles(), (QStringList{"Dati anagrafici", "Recapiti", "Residenza"}));
        editor.setTipo(Tipo::PersonaGiuridica);
        QCOMPARE(visibleTitles(),
                 (QStringList{"Dati della persona giuridica", "Legale rappresentante", "Recapiti", "Sede legale"}));
        QCOMPARE(editor.windowTitle(), QStringLiteral("Nuova anagrafica"));
        Anagrafica existing = person();
        existing.id = 12;
        QCOMPARE(ui::AnagraficaEditor(existing).windowTitle(), QStringLiteral("Modifica anagrafica"));
    }

    void invalidCodiceFiscaleIsExplainedAndBlocksSaving_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("shownWhileTyping");
        QTest::addColumn<QString>("message");
        QTest::newRow("check character") << "RSSMRA85T10A562X" << true
                                         << "Carattere di controllo errato: atteso S (inserito X)";
        // The sentence is ValidationText's for the domain's error.
        QTest::newRow("month letter") << "RSSMRA85Z10A562S" << true
                                      << ui::ValidationText::message(
                                             domain::CodiceFiscale::parse(u"RSSMRA85Z10A562S").error());
        QTest::newRow("too short: only once left")
            << "RSSMRA85T10" << false << "Lunghezza errata: servono 16 caratteri (o 11 cifre), inseriti 11";
        QTest::newRow("company code for a person")
            << "00743110157" << true
            << "Un codice fiscale di 11 cifre è di una società o di un ente, non di una persona";
    }

    void invalidCodiceFiscaleIsExplainedAndBlocksSaving()
    {
        QFETCH(QString, typed);
        QFETCH(bool, shownWhileTyping);
        QFETCH(QString, message);
        Anagrafica a = person();
        a.cognome = "Rossi";
        a.nome = "Mario";
        a.indirizzo = "Via Roma 1";
        a.comune = "Milano";
        ui::AnagraficaEditor editor(a);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        type(editor, "codice_fiscale", typed);
        QCOMPARE(shownError(editor, "codice_fiscale"), shownWhileTyping ? message : QString());
        leave(editor, "codice_fiscale");
        QCOMPARE(shownError(editor, "codice_fiscale"), message);
        QVERIFY(!saveButton(editor)->isEnabled());
        QCOMPARE(editor.saveBlockedReason(), QStringLiteral("Da correggere: Codice fiscale"));
        QCOMPARE(editor.findChild<QLabel*>(QStringLiteral("saveReason"))->text(), editor.saveBlockedReason());
        QCOMPARE(saveButton(editor)->toolTip(), editor.saveBlockedReason());
        // Nothing typed is lost, and Salva does nothing while something is wrong.
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QCOMPARE(edit(editor, "codice_fiscale")->text(), typed);
    }

    void emptyRequiredFieldIsNotShoutedBeforeItIsLeft()
    {
        ui::AnagraficaEditor editor(person());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QCOMPARE(shownError(editor, "cognome"), QString());
        QCOMPARE(editor.saveBlockedReason(),
                 QStringLiteral("Manca: Cognome, Nome, Codice fiscale, Indirizzo (residenza), Comune (residenza)"));
        leave(editor, "cognome");
        QCOMPARE(shownError(editor, "cognome"), QStringLiteral("Campo obbligatorio"));
        QCOMPARE(shownError(editor, "nome"), QString());
        type(editor, "cognome", "Rossi");
        QCOMPARE(shownError(editor, "cognome"), QString());
    }

    void codesAreUpperCasedAsTyped()
    {
        ui::AnagraficaEditor editor(person());
        editor.show();
        type(editor, "codice_fiscale", "rssmra85t10a562s");
        QCOMPARE(edit(editor, "codice_fiscale")->text(), QStringLiteral("RSSMRA85T10A562S"));
        type(editor, "provincia", "mi");
        QCOMPARE(edit(editor, "provincia")->text(), QStringLiteral("MI"));
        type(editor, "cognome", "de Rossi");
        QCOMPARE(edit(editor, "cognome")->text(), QStringLiteral("de Rossi"));
    }

    void validCompanyEnablesSavingAndReturnsWhatWasTyped()
    {
        Anagrafica initial;
        initial.tipo = Tipo::PersonaGiuridica;
        ui::AnagraficaEditor editor(initial);
        editor.show();
        type(editor, "denominazione", "Acme Ambiente S.r.l.");
        type(editor, "codice_fiscale", "00743110157");
        QCOMPARE(editor.saveBlockedReason(),
                 QStringLiteral("Manca: Partita IVA, Indirizzo (sede legale), Comune (sede legale), PEC"));
        type(editor, "partita_iva", "00743110157");
        type(editor, "indirizzo", "Via Vivaio 1");
        type(editor, "comune", "Milano");
        type(editor, "cap", "20122");
        type(editor, "provincia", "mi");
        type(editor, "pec", "acme@pec.example.it");
        type(editor, "email", "info@acme.example.it");
        type(editor, "telefono", "+39 02 1234567");
        type(editor, "legale_rappresentante_cognome", "Rossi");
        type(editor, "legale_rappresentante_nome", "Mario");
        type(editor, "legale_rappresentante_codice_fiscale", "rssmra85t10a562s");
        type(editor, "legale_rappresentante_qualifica", "Amministratore unico");
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(editor.saveBlockedReason()));
        QCOMPARE(editor.saveBlockedReason(), QString());
        QCOMPARE(saveButton(editor)->toolTip(), QString());

        Anagrafica expected = initial;
        expected.denominazione = "Acme Ambiente S.r.l.";
        expected.codiceFiscale = "00743110157";
        expected.partitaIva = "00743110157";
        expected.indirizzo = "Via Vivaio 1";
        expected.comune = "Milano";
        expected.cap = "20122";
        expected.provincia = "MI";
        expected.pec = "acme@pec.example.it";
        expected.email = "info@acme.example.it";
        expected.telefono = "+39 02 1234567";
        expected.legaleRappresentanteCognome = "Rossi";
        expected.legaleRappresentanteNome = "Mario";
        expected.legaleRappresentanteCodiceFiscale = "RSSMRA85T10A562S";
        expected.legaleRappresentanteQualifica = "Amministratore unico";
        QTest::mouseClick(saveButton(editor), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.anagrafica().toJson(), expected.toJson());
        QVERIFY(editor.anagrafica() == expected);
    }

    void personDatesAreShownItalianAndStoredIso()
    {
        Anagrafica a = person();
        a.id = 7;
        a.version = 3;
        a.cognome = "Rossi";
        a.nome = "Mario";
        a.sesso = "M";
        a.dataNascita = "1985-12-10";
        a.codiceFiscale = "RSSMRA85T10A562S";
        a.indirizzo = "Via Roma 1";
        a.comune = "Roma";
        a.denominazione = "kept from the portal";
        ui::AnagraficaEditor editor(a);
        editor.show();
        QCOMPARE(edit(editor, "data_nascita")->text(), QStringLiteral("10/12/1985"));
        QVERIFY2(saveButton(editor)->isEnabled(), qPrintable(editor.saveBlockedReason()));
        QVERIFY(editor.anagrafica() == a);
        type(editor, "data_nascita", "10/12/1985");
        QCOMPARE(editor.anagrafica().dataNascita, QStringLiteral("1985-12-10"));
    }

    void codiceFiscaleIsCheckedAgainstThePerson_data()
    {
        QTest::addColumn<QString>("cognome");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("sesso");
        QTest::addColumn<QString>("report");
        QTest::addColumn<bool>("ok");
        QTest::newRow("match") << "Rossi"
                               << "10/12/1985"
                               << "M" << QString::fromUtf8("✓ Il codice fiscale corrisponde ai dati anagrafici")
                               << true;
        QTest::newRow("surname") << "Bianchi"
                                 << "10/12/1985"
                                 << "M"
                                 << QString::fromUtf8("✗ Il codice fiscale non corrisponde al cognome: per questo "
                                                      "cognome le prime tre lettere sono BNC, non RSS")
                                 << false;
        QTest::newRow("day") << "Rossi"
                             << "11/12/1985"
                             << "M"
                             << QString::fromUtf8("✗ Il codice fiscale non corrisponde al giorno di nascita: indica "
                                                  "il giorno 10, la data di nascita il 11")
                             << false;
        QTest::newRow("sex") << "Rossi"
                             << "10/12/1985"
                             << "F"
                             << QString::fromUtf8(
                                    "✗ Il codice fiscale non corrisponde al sesso: è il codice di un uomo")
                             << false;
    }

    void codiceFiscaleIsCheckedAgainstThePerson()
    {
        QFETCH(QString, cognome);
        QFETCH(QString, data);
        QFETCH(QString, sesso);
        QFETCH(QString, report);
        QFETCH(bool, ok);
        Anagrafica a = person();
        a.indirizzo = "Via Roma 1";
        a.comune = "Roma";
        ui::AnagraficaEditor editor(a);
        editor.show();
        auto* check = editor.findChild<QLabel*>(QStringLiteral("codiceFiscaleCheck"));
        type(editor, "codice_fiscale", "RSSMRA85T10A562S");
        type(editor, "cognome", cognome);
        type(editor, "nome", "Mario");
        QVERIFY(check->text().contains("Si farà quando saranno inseriti: sesso, data di nascita"));
        type(editor, "data_nascita", data);
        chooseSesso(editor, sesso);
        // The check runs by itself once everything is filled in.
        QTextDocument doc;
        doc.setHtml(check->text());
        QCOMPARE(doc.toPlainText(), report);
        QCOMPARE(saveButton(editor)->isEnabled(), ok);
        QCOMPARE(editor.saveBlockedReason(), ok ? QString() : QStringLiteral("Da correggere: Codice fiscale"));
    }

    void portalErrorsAppearOnTheFields()
    {
        Anagrafica a;
        a.tipo = Tipo::PersonaGiuridica;
        a.id = 5;
        a.denominazione = "Acme";
        a.codiceFiscale = "00743110157";
        a.partitaIva = "00743110157";
        a.indirizzo = "Via Vivaio 1";
        a.comune = "Milano";
        a.pec = "acme@pec.example.it";
        ui::AnagraficaEditor editor(a);
        editor.show();
        QVERIFY(saveButton(editor)->isEnabled());
        editor.showPortalErrors({
            {"pec", "invalid_format", "il dominio non accetta PEC", 0, {}},
            {"partita_iva", "check_digit", {}, 11, "3"},
            {"watched", "read_only", "non modificabile", 0, {}},
        });
        QCOMPARE(shownError(editor, "pec"), QStringLiteral("Il dominio non accetta PEC"));
        QCOMPARE(shownError(editor, "partita_iva"), QStringLiteral("Cifra di controllo errata, attesa 3 (inserita 7)"));
        auto* elsewhere = editor.findChild<QLabel*>(QStringLiteral("portalErrors"));
        QVERIFY(elsewhere->isVisibleTo(&editor));
        QVERIFY(elsewhere->text().contains("watched: Non modificabile"));
        QVERIFY(!saveButton(editor)->isEnabled());
        QCOMPARE(editor.saveBlockedReason(), QStringLiteral("Da correggere: Partita IVA, PEC"));
        // Editing the field clears the portal's verdict on it.
        type(editor, "pec", "acme@pec.altro.it");
        QCOMPARE(shownError(editor, "pec"), QString());
        QCOMPARE(editor.saveBlockedReason(), QStringLiteral("Da correggere: Partita IVA"));
    }

    void switchingTipoLosesNothingTyped()
    {
        Anagrafica initial;
        initial.tipo = Tipo::PersonaGiuridica;
        ui::AnagraficaEditor editor(initial);
        editor.show();
        type(editor, "denominazione", "Acme");
        editor.setTipo(Tipo::PersonaFisica);
        type(editor, "cognome", "Rossi");
        QCOMPARE(editor.anagrafica().denominazione, QString());
        editor.setTipo(Tipo::PersonaGiuridica);
        QCOMPARE(edit(editor, "denominazione")->text(), QStringLiteral("Acme"));
        QCOMPARE(edit(editor, "cognome")->text(), QStringLiteral("Rossi"));
        QCOMPARE(editor.anagrafica().denominazione, QStringLiteral("Acme"));
        QCOMPARE(editor.anagrafica().cognome, QString());
    }
};

QTEST_MAIN(TestAnagraficaEditor)
#include "tst_anagraficaeditor.moc"
