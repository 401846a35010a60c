// FormProblemList with the schema validator on AUA-2 (starting from the valid base data of the form vectors shared
// with the portal): what only the schema finds is added, in Italian, once per place, never inside a hidden section.
#include "app/forms/FormData.h"
#include "app/forms/SchemaValidator.h"
#include "ui/formview/FormProblemList.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace inlinea;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

QStringList pointers(const QList<ui::FormProblem>& problems)
{
    QStringList out;
    for (const ui::FormProblem& p : problems) {
        out.append(p.pointer);
    }
    return out;
}

} // namespace

class TestFormProblemList : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QJsonObject definition =
            readJson(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/AUA-2.json"));
        m_schema = forms::FormSchema(definition.value(QStringLiteral("schema")).toObject());
        m_sections = definition.value(QStringLiteral("layout")).toObject().value(QStringLiteral("sections")).toArray();
        auto validator = forms::SchemaValidator::create(m_schema.root());
        QVERIFY(validator);
        m_validator.emplace(std::move(validator).value());
        m_base = readJson(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/form_validation_vectors.json"))
                     .value(QStringLiteral("bases"))
                     .toObject()
                     .value(QStringLiteral("AUA-2"))
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject();
        QVERIFY(!m_base.isEmpty());
    }

    void validBaseHasNoProblems() { QCOMPARE(pointers(check(m_base)), QStringList()); }

    void schemaOnlyProblemIsAdded()
    {
        forms::FormData data(m_base);
        data.setValue(QStringLiteral("/gestore/soprannome"), QStringLiteral("Il Grande"));
        QJsonArray ateco;
        for (int i = 0; i < 11; ++i) {
            ateco.append(QJsonObject{{QStringLiteral("codice"), QStringLiteral("25.61")}});
        }
        data.setValue(QStringLiteral("/attivita/ateco_secondari"), ateco);
        const auto problems = check(data.data());
        QCOMPARE(pointers(problems),
                 QStringList({QStringLiteral("/gestore/soprannome"), QStringLiteral("/attivita/ateco_secondari")}));
        QCOMPARE(problems.at(0).sectionId, QStringLiteral("gestore"));
        QCOMPARE(problems.at(0).message, QStringLiteral("Valore non previsto dal modulo"));
        QVERIFY(!problems.at(0).missing);
        QCOMPARE(problems.at(1).sectionId, QStringLiteral("attivita"));
        QCOMPARE(problems.at(1).message, QStringLiteral("Al massimo 10 elementi"));
        QVERIFY(!problems.at(1).label.isEmpty());
    }

    void fieldCheckProblemIsNotRepeated()
    {
        forms::FormData data(m_base);
        data.remove(QStringLiteral("/dichiarante/cognome"));
        data.setValue(QStringLiteral("/stabilimento/ore_giorno"), 30);
        const auto problems = check(data.data());
        QCOMPARE(pointers(problems),
                 QStringList({QStringLiteral("/dichiarante/cognome"), QStringLiteral("/stabilimento/ore_giorno")}));
        QCOMPARE(check(data.data(), false).size(), problems.size());
    }

    void groupShortOfItemsShowsItsFieldsOnly()
    {
        forms::FormData data(m_base);
        data.setValue(QStringLiteral("/titoli/emissioni"), true);
        data.setValue(QStringLiteral("/emissioni/camini"), QJsonArray());
        const QStringList found = pointers(check(data.data()));
        QVERIFY(found.contains(QStringLiteral("/emissioni/camini/0/sigla")));
        QVERIFY(!found.contains(QStringLiteral("/emissioni/camini")));
    }

    void hiddenSectionsSayNothing()
    {
        forms::FormData data(m_base);
        // Left over from when the titolo was on: the portal's schema still reads it, the user no longer sees it.
        data.setValue(QStringLiteral("/emissioni/camini/0/portata"), -5);
        data.setValue(QStringLiteral("/emissioni/soprannome"), QStringLiteral("x"));
        QVERIFY(!m_validator->validate(data.data()).isEmpty());
        QCOMPARE(pointers(check(data.data())), QStringList());
    }

    void typeProblemInItalian()
    {
        forms::FormData data(m_base);
        data.setValue(QStringLiteral("/titoli/rumore"), QStringLiteral("no"));
        const auto problems = check(data.data());
        QCOMPARE(pointers(problems), QStringList({QStringLiteral("/titoli/rumore")}));
        QCOMPARE(problems.first().message, QStringLiteral("Scegliere sì o no"));
    }

private:
    QList<ui::FormProblem> check(const QJsonObject& data, bool withSchema = true) const
    {
        return ui::FormProblemList::check(m_schema, m_sections, data, withSchema ? &*m_validator : nullptr);
    }

    forms::FormSchema m_schema;
    QJsonArray m_sections;
    std::optional<forms::SchemaValidator> m_validator;
    QJsonObject m_base;
};

QTEST_MAIN(TestFormProblemList)
#include "tst_formproblemlist.moc"
