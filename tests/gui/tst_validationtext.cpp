#include "app/domain/CodiceFiscale.h"
#include "app/domain/FieldValidator.h"
#include "app/domain/ItalianDate.h"
#include "ui/ValidationText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inlinea::domain;
using inlinea::ui::ValidationText;

namespace {

QString messageFor(Field field, const QString& value)
{
    const auto result = FieldValidator::validate(field, value);
    return result.hasValue() ? QString() : ValidationText::message(result.error());
}

} // namespace

// The Italian source sentences (no translator installed): each says what is wrong, where, and what was expected.
class TestValidationText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("required") << "cap"
                                  << "" << QString::fromUtf8("Campo obbligatorio");
        QTest::newRow("cf length") << "codice_fiscale"
                                   << "RSSMRA85T10A562"
                                   << QString::fromUtf8(
                                          "Lunghezza errata: servono 16 caratteri (o 11 cifre), inseriti 15");
        QTest::newRow("cap length") << "cap"
                                    << "2012" << QString::fromUtf8("Lunghezza errata: servono 5 caratteri, inseriti 4");
        QTest::newRow("letter for digit")
            << "codice_fiscale"
            << "RSSMRAA5T10A562S"
            << QString::fromUtf8(
                   "Carattere «A» non valido in posizione 7: attesa una cifra (o una lettera di omocodia: "
                   "L M N P Q R S T U V)");
        QTest::newRow("digit for letter")
            << "codice_fiscale"
            << "RSS4RA85T10A562S" << QString::fromUtf8("Carattere «4» non valido in posizione 4: attesa una lettera");
        QTest::newRow("space") << "codice_fiscale"
                               << "RSSMRA85T1 A562S"
                               << QString::fromUtf8("Spazio non ammesso in posizione 11: attesa una cifra (o una "
                                                    "lettera di omocodia: L M N P Q R S T U V)");
        QTest::newRow("piva letter") << "partita_iva"
                                     << "0074311015A"
                                     << QString::fromUtf8("Carattere «A» non valido in posizione 11: attesa una cifra");
        QTest::newRow("month")
            << "codice_fiscale"
            << "RSSMRA85Z10A562S"
            << QString::fromUtf8("Mese di nascita non valido in posizione 9: «Z» non è una lettera di mese (A B C D "
                                 "E H L M P R S T)");
        QTest::newRow("check character") << "codice_fiscale"
                                         << "RSSMRA85T10A562A"
                                         << QString::fromUtf8("Carattere di controllo errato: atteso S (inserito A)");
        QTest::newRow("day") << "codice_fiscale"
                             << "RSSMRA85TPRA562N"
                             << QString::fromUtf8("Giorno di nascita non valido: 35 (ammessi 01–31 per gli uomini, "
                                                  "41–71 per le donne)");
        QTest::newRow("cf 30 February")
            << "codice_fiscale"
            << "RSSMRA85B30A562G"
            << QString::fromUtf8("Data di nascita inesistente: 30/02/85 (febbraio ha al massimo 29 giorni)");
        QTest::newRow("cf 29 February") << "codice_fiscale"
                                        << "RSSMRA85B29A562Z"
                                        << QString::fromUtf8("Data di nascita inesistente: 29/02/85 (il 29 febbraio "
                                                             "esiste solo negli anni bisestili)");
        QTest::newRow("check digit") << "partita_iva"
                                     << "00743110158"
                                     << QString::fromUtf8("Cifra di controllo errata, attesa 7 (inserita 8)");
        QTest::newRow("zero company") << "partita_iva"
                                      << "00000000000"
                                      << QString::fromUtf8("Numero non valido: le prime 7 cifre (il numero di "
                                                           "matricola) sono tutte zero");
        QTest::newRow("province") << "provincia"
                                  << "xx" << QString::fromUtf8("«XX» non è la sigla di una provincia italiana");
        QTest::newRow("date format") << "data"
                                     << "1974-08-22"
                                     << QString::fromUtf8("Data non valida: scrivila come gg/mm/aaaa, ad esempio "
                                                          "22/08/1974");
        QTest::newRow("31 April") << "data"
                                  << "31/04/2024"
                                  << QString::fromUtf8("Data inesistente: 31/04/2024 (aprile ha 30 giorni)");
        QTest::newRow("not leap") << "data"
                                  << "29/02/2023"
                                  << QString::fromUtf8("Data inesistente: 29/02/2023 (il 2023 non è bisestile)");
        QTest::newRow("30 February 2023")
            << "data"
            << "30/02/2023" << QString::fromUtf8("Data inesistente: 30/02/2023 (febbraio ha 28 giorni)");
        QTest::newRow("month 13") << "data"
                                  << "15/13/2024"
                                  << QString::fromUtf8("Data inesistente: 15/13/2024 (il mese 13 non esiste)");
        QTest::newRow("email no @") << "email"
                                    << "mario.rossi"
                                    << QString::fromUtf8(
                                           "Indirizzo non valido: manca la @ (ad esempio nome@dominio.it)");
        QTest::newRow("email space") << "pec"
                                     << "mario rossi@pec.it"
                                     << QString::fromUtf8("Indirizzo non valido: non può contenere spazi");
        QTest::newRow("email domain") << "email"
                                      << "mario@example"
                                      << QString::fromUtf8("Indirizzo non valido: il dominio dopo la @ deve contenere "
                                                           "un punto (ad esempio dominio.it)");
    }
    void sentences()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QCOMPARE(messageFor(*fieldFromName(field), value), message);
    }

    void summaryNamesTheField()
    {
        const auto result = FieldValidator::validate(Field::PartitaIva, u"00743110158");
        QCOMPARE(ValidationText::summary(Field::PartitaIva, result.error()),
                 QString::fromUtf8("Partita IVA: cifra di controllo errata, attesa 7 (inserita 8)"));
    }

    void mismatchAndFutureDate()
    {
        const auto sex =
            CodiceFiscale::checkAgainst(u"RSSMRA85T10A562S", u"Rossi", u"Mario", QDate(1985, 12, 10), Sex::Female);
        QCOMPARE(ValidationText::message(sex.error()),
                 QString::fromUtf8("Il codice fiscale non corrisponde al sesso: è il codice di un uomo"));
        const auto month =
            CodiceFiscale::checkAgainst(u"RSSMRA85T10A562S", u"Rossi", u"Mario", QDate(1985, 11, 10), Sex::Male);
        QCOMPARE(ValidationText::message(month.error()),
                 QString::fromUtf8("Il codice fiscale non corrisponde al mese di nascita: indica dicembre (T), la "
                                   "data di nascita novembre (S)"));
        const auto surname =
            CodiceFiscale::checkAgainst(u"RSSMRA85T10A562S", u"Rizzi", u"Mario", QDate(1985, 12, 10), Sex::Male);
        QCOMPARE(ValidationText::message(surname.error()),
                 QString::fromUtf8("Il codice fiscale non corrisponde al cognome: per questo cognome le prime tre "
                                   "lettere sono RZZ, non RSS"));
        const auto future = ItalianDate::parseBirthDate(u"02/01/2025", QDate(2025, 1, 1));
        QCOMPARE(ValidationText::message(future.error()),
                 QString::fromUtf8("La data di nascita 02/01/2025 è successiva a oggi"));
    }

    // Every error of the shared vectors gets a sentence that names its position and expected character.
    void everyVectorHasASentence()
    {
        QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/validation_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
        for (const QJsonValue value : cases) {
            const QJsonObject c = value.toObject();
            if (!c.value("error").isObject()) {
                continue;
            }
            const QJsonObject error = c.value("error").toObject();
            const QString text = messageFor(*fieldFromName(c.value("field").toString()), c.value("value").toString());
            QVERIFY(!text.isEmpty());
            if (error.contains("position")) {
                QVERIFY2(text.contains(QStringLiteral(" %1").arg(error.value("position").toInt())), qPrintable(text));
            }
            if (error.contains("expected")) {
                QVERIFY2(text.contains(QStringLiteral(" %1").arg(error.value("expected").toString())),
                         qPrintable(text));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestValidationText)
#include "tst_validationtext.moc"
