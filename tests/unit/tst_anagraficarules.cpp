#include "app/domain/AnagraficaRules.h"

#include <QTest>

using namespace inlinea;
using domain::AnagraficaRules;
using Tipo = anagrafiche::Anagrafica::Tipo;

// The required fields per tipo of docs/anagrafiche-api.md, shared by the editor and the CSV import.
class TestAnagraficaRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requiredFieldsFollowTheContract_data()
    {
        QTest::addColumn<Tipo>("tipo");
        QTest::addColumn<QStringList>("required");
        const QStringList common{QStringLiteral("codice_fiscale"), QStringLiteral("indirizzo"),
                                 QStringLiteral("comune")};
        QTest::newRow("persona fisica") << Tipo::PersonaFisica
                                        << (common + QStringList{QStringLiteral("cognome"), QStringLiteral("nome")});
        QTest::newRow("persona giuridica")
            << Tipo::PersonaGiuridica
            << (common +
                QStringList{QStringLiteral("denominazione"), QStringLiteral("partita_iva"), QStringLiteral("pec")});
        QTest::newRow("ente") << Tipo::Ente
                              << (common + QStringList{QStringLiteral("denominazione"), QStringLiteral("pec")});
        QTest::newRow("professionista") << Tipo::Professionista
                                        << (common + QStringList{QStringLiteral("cognome"), QStringLiteral("nome"),
                                                                 QStringLiteral("partita_iva")});
    }

    void requiredFieldsFollowTheContract()
    {
        QFETCH(Tipo, tipo);
        QFETCH(QStringList, required);
        QStringList found;
        for (const auto& field : anagrafiche::textFields()) {
            if (AnagraficaRules::isRequired(tipo, QString::fromLatin1(field.key))) {
                found << QLatin1String(field.key);
            }
        }
        found.sort();
        required.sort();
        QCOMPARE(found, required);
    }

    void personCheckSaysWhichPartDisagrees()
    {
        const auto ok =
            AnagraficaRules::checkPerson(QStringLiteral("RSSMRA85T10A562S"), QStringLiteral("Rossi"),
                                         QStringLiteral("Mario"), QStringLiteral("10/12/1985"), QStringLiteral("M"));
        QCOMPARE(ok.state, AnagraficaRules::PersonCheck::State::Matches);
        const auto wrongName =
            AnagraficaRules::checkPerson(QStringLiteral("RSSMRA85T10A562S"), QStringLiteral("Rossi"),
                                         QStringLiteral("Luigi"), QStringLiteral("10/12/1985"), QStringLiteral("M"));
        QCOMPARE(wrongName.state, AnagraficaRules::PersonCheck::State::Mismatch);
        QCOMPARE(wrongName.error->reason, domain::FieldError::Reason::Name);
        const auto incomplete = AnagraficaRules::checkPerson(QStringLiteral("RSSMRA85T10A562S"), QString(),
                                                             QStringLiteral("Mario"), QString(), QStringLiteral("M"));
        QCOMPARE(incomplete.state, AnagraficaRules::PersonCheck::State::Incomplete);
        QCOMPARE(incomplete.missing, (QStringList{QStringLiteral("cognome"), QStringLiteral("data_nascita")}));
    }
};

QTEST_APPLESS_MAIN(TestAnagraficaRules)
#include "tst_anagraficarules.moc"
