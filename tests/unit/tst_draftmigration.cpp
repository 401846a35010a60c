// Moving a draft to a newer version of its form: the plan (kept, needing attention, new required), the data it
// makes, and DraftStore::migrate with its undo on a real SQLite file.
#include "app/drafts/DraftMigration.h"
#include "app/drafts/DraftStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace inlinea;
using drafts::DraftMigration;
using drafts::DraftStore;
using drafts::MigratedValue;
using procedimenti::FormDefinition;
using Reason = MigratedValue::Reason;
using Type = forms::FormSchema::Type;

namespace {

FormDefinition portalDefinition(const QString& name)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + name + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return FormDefinition::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// Layout paths are written with "#" for "*": moc reads a slash-star in a raw string as the start of a comment.
FormDefinition parse(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json).replace('#', '*'), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test definition: %s", qPrintable(error.errorString()));
    }
    return FormDefinition::fromJson(document.object());
}

// Version 1 of a small form, and version 2 that drops a field, makes a text an integer, narrows two choices,
// drops a field of a repeated group and adds a required field.
FormDefinition oldForm()
{
    return parse(R"({"code": "PROVA", "version": "1", "title": "Prova",
      "schema": {"type": "object", "required": ["a"], "properties": {
        "a": {"type": "object", "required": ["nome"], "properties": {
          "nome": {"type": "string", "title": "Nome"},
          "vecchio": {"type": "string"},
          "numero": {"type": "string"},
          "scelta": {"type": "string", "enum": ["x", "y", "z"]},
          "multi": {"type": "array", "items": {"type": "string", "enum": ["p", "q", "r"]}}}},
        "righe": {"type": "array", "items": {"type": "object", "properties": {
          "desc": {"type": "string"}, "rimosso": {"type": "string"}}}}}},
      "layout": {"sections": [
        {"id": "a", "title": "Sezione A", "path": "/a", "fields": [
          {"path": "/a/nome", "label": "Nome"}, {"path": "/a/vecchio", "label": "Campo vecchio"},
          {"path": "/a/numero", "label": "Numero"}, {"path": "/a/scelta", "label": "Scelta"},
          {"path": "/a/multi", "label": "Multi"}]},
        {"id": "righe", "title": "Righe", "path": "/righe", "repeat": {"min": 0, "item_title": "Riga {n}"},
         "fields": [{"path": "/righe/#/desc", "label": "Descrizione"},
                    {"path": "/righe/#/rimosso", "label": "Rimosso"}]}]}})");
}

FormDefinition newForm()
{
    return parse(R"({"code": "PROVA", "version": "2", "title": "Prova", "previous_version": "1",
      "schema": {"type": "object", "required": ["a"], "properties": {
        "a": {"type": "object", "required": ["nome", "nuovo"], "properties": {
          "nome": {"type": "string"},
          "nuovo": {"type": "string", "title": "Nuovo campo"},
          "numero": {"type": "integer"},
          "scelta": {"type": "string", "enum": ["x", "y"]},
          "multi": {"type": "array", "items": {"type": "string", "enum": ["p", "q"]}}}},
        "righe": {"type": "array", "items": {"type": "object", "properties": {"desc": {"type": "string"}}}}}},
      "layout": {"sections": [
        {"id": "a", "title": "Sezione A", "path": "/a", "fields": [
          {"path": "/a/nome", "label": "Nome"}, {"path": "/a/nuovo", "label": "Nuovo campo"},
          {"path": "/a/numero", "label": "Numero"}, {"path": "/a/scelta", "label": "Scelta"},
          {"path": "/a/multi", "label": "Multi"}]},
        {"id": "righe", "title": "Righe", "path": "/righe", "repeat": {"min": 0, "item_title": "Riga {n}"},
         "fields": [{"path": "/righe/#/desc", "label": "Descrizione"}]}]}})");
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const MigratedValue* find(const QList<MigratedValue>& values, const QString& pointer)
{
    for (const MigratedValue& v : values) {
        if (v.pointer == pointer) {
            return &v;
        }
    }
    return nullptr;
}

QStringList pointers(const QList<drafts::RequiredField>& fields)
{
    QStringList result;
    for (const auto& f : fields) {
        result.append(f.pointer);
    }
    return result;
}

} // namespace

class TestDraftMigration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void auaVersion1To2CarriesEverything()
    {
        const FormDefinition v1 = portalDefinition("AUA-1");
        const FormDefinition v2 = portalDefinition("AUA-2");
        QCOMPARE(v2.previousVersion, QString("1"));
        const QJsonObject data = json(R"({
          "dichiarante": {"cognome": "Rossi", "nome": "Mario", "codice_fiscale": "RSSMRA85T10A562S",
                          "qualifica": "legale_rappresentante"},
          "stabilimento": {"indirizzo": "Via Roma", "comune": "Milano", "provincia": "MI"},
          "attivita": {"tipo_istanza": "rinnovo", "ateco": "25.61",
                       "materie_prime": [{"denominazione": "Acciaio", "quantita_anno": 12.5},
                                         {"denominazione": "Vernice", "stato_fisico": "liquido"}]},
          "titoli": {"scarichi": true, "emissioni": false, "emissioni_generale": false, "rumore": false,
                     "rifiuti": false},
          "scarichi": {"recettore": "pubblica_fognatura",
                       "punti_scarico": [{"sigla": "S1", "tipologia": "industriale", "portata_media": 3}]},
          "dichiarazioni": {"dpr445": true, "veridicita": true}})");
        const DraftMigration migration(v1, v2, data);
        QCOMPARE(migration.fromVersion(), QString("1"));
        QCOMPARE(migration.toVersion(), QString("2"));
        QVERIFY(migration.isLossless());
        QCOMPARE(migration.carried().size(), 24);
        QCOMPARE(migration.apply(), data);
        // Version 2 adds fields; the required ones sit in sections hidden unless a new titolo is chosen.
        for (const auto& required : migration.newRequired()) {
            QVERIFY2(!required.pointer.startsWith("/fanghi") && !required.pointer.startsWith("/agronomico"),
                     qPrintable(required.pointer));
        }
        QVERIFY2(migration.newRequired().isEmpty(), qPrintable(pointers(migration.newRequired()).join(", ")));

        // A titolo of version 2 opens its section, whose required fields are new.
        QJsonObject v2Data = migration.apply();
        QJsonObject titoli = v2Data.value("titoli").toObject();
        titoli.insert("fanghi", true);
        v2Data.insert("titoli", titoli);
        const DraftMigration again(v2, v2, v2Data);
        QVERIFY(again.isLossless());
        QVERIFY(again.newRequired().isEmpty()); // same version: nothing is new
    }

    void keptValuesStayUnchanged()
    {
        const QJsonObject data = json(R"({"a": {"nome": "Mario", "numero": "", "scelta": "y", "multi": ["q", "p"]},
                                          "righe": [{"desc": "uno"}]})");
        const DraftMigration migration(oldForm(), newForm(), data);
        QVERIFY(migration.isLossless());
        QCOMPARE(migration.carried().size(), 4);
        QVERIFY(find(migration.carried(), "/a/scelta"));
        QCOMPARE(find(migration.carried(), "/righe/0/desc")->value, QJsonValue("uno"));
        // A blank value of a field whose type changed is nothing to lose: dropped without a word.
        QCOMPARE(migration.apply(),
                 json(R"({"a": {"nome": "Mario", "scelta": "y", "multi": ["q", "p"]}, "righe": [{"desc": "uno"}]})"));
    }

    void removedFieldsAreListedWithTheirOldLabel()
    {
        const QJsonObject data = json(R"({"a": {"nome": "Mario", "vecchio": "testo scritto"},
                                          "righe": [{"desc": "uno", "rimosso": "x"}, {"rimosso": "solo"}]})");
        const DraftMigration migration(oldForm(), newForm(), data);
        QCOMPARE(migration.attention().size(), 3);
        const MigratedValue* old = find(migration.attention(), "/a/vecchio");
        QVERIFY(old);
        QCOMPARE(old->reason, Reason::Removed);
        QCOMPARE(old->label, QString("Campo vecchio"));
        QCOMPARE(old->path, QStringList{"Sezione A"});
        QCOMPARE(old->value, QJsonValue("testo scritto"));
        const MigratedValue* second = find(migration.attention(), "/righe/1/rimosso");
        QVERIFY(second);
        QCOMPARE(second->reason, Reason::Removed);
        QCOMPARE(second->label, QString("Rimosso"));
        QCOMPARE(second->path, (QStringList{"Righe", "Riga 2"}));
        // The second item keeps its place, empty, so item numbers do not shift.
        QCOMPARE(migration.apply(), json(R"({"a": {"nome": "Mario"}, "righe": [{"desc": "uno"}, {}]})"));
    }

    void aWholeGroupGoneIsListedValueByValue()
    {
        const QJsonObject data = json(R"({"a": {"nome": "Mario"}, "sparito": {"x": "1", "y": {"z": 2}}})");
        const DraftMigration migration(oldForm(), newForm(), data);
        QCOMPARE(migration.attention().size(), 2);
        QCOMPARE(find(migration.attention(), "/sparito/y/z")->value, QJsonValue(2));
        QCOMPARE(find(migration.attention(), "/sparito/x")->label, QString("x")); // no label anywhere
        QCOMPARE(migration.apply(), json(R"({"a": {"nome": "Mario"}})"));
    }

    void typeChange()
    {
        const QJsonObject data = json(R"({"a": {"nome": "Mario", "numero": "12"}})");
        const DraftMigration migration(oldForm(), newForm(), data);
        QCOMPARE(migration.attention().size(), 1);
        const MigratedValue& v = migration.attention().first();
        QCOMPARE(v.pointer, QString("/a/numero"));
        QCOMPARE(v.reason, Reason::TypeChanged);
        QCOMPARE(v.newType, Type::Integer);
        QCOMPARE(v.value, QJsonValue("12"));
        QCOMPARE(migration.apply(), json(R"({"a": {"nome": "Mario"}})"));

        // An integer field keeps whole numbers only.
        const FormDefinition numeric = parse(R"({"code": "N", "version": "1", "schema": {"type": "object",
            "properties": {"n": {"type": "number"}, "m": {"type": "number"}}}, "layout": {}})");
        const FormDefinition integer = parse(R"({"code": "N", "version": "2", "schema": {"type": "object",
            "properties": {"n": {"type": "integer"}, "m": {"type": "integer"}}}, "layout": {}})");
        const DraftMigration numbers(numeric, integer, json(R"({"n": 3, "m": 3.5})"));
        QCOMPARE(numbers.carried().size(), 1);
        QCOMPARE(numbers.attention().size(), 1);
        QCOMPARE(numbers.attention().first().pointer, QString("/m"));
        QCOMPARE(numbers.apply(), json(R"({"n": 3})"));
    }

    void enumValueRemoved()
    {
        const QJsonObject data = json(R"({"a": {"nome": "Mario", "scelta": "z", "multi": ["p", "r"]}})");
        const DraftMigration migration(oldForm(), newForm(), data);
        const MigratedValue* single = find(migration.attention(), "/a/scelta");
        QVERIFY(single);
        QCOMPARE(single->reason, Reason::NotAllowed);
        QCOMPARE(single->allowed, (QStringList{"x", "y"}));
        QCOMPARE(single->value, QJsonValue("z"));
        // A multiple choice keeps what is still allowed; only the dropped choice needs attention.
        const MigratedValue* multi = find(migration.attention(), "/a/multi");
        QVERIFY(multi);
        QCOMPARE(multi->value, QJsonValue(QJsonArray{"r"}));
        QCOMPARE(find(migration.carried(), "/a/multi")->value, QJsonValue(QJsonArray{"p"}));
        QCOMPARE(migration.apply(), json(R"({"a": {"nome": "Mario", "multi": ["p"]}})"));
    }

    void newRequiredFields()
    {
        // "nome" was required before too: the form marks it missing as usual, it is no news of version 2.
        const DraftMigration empty(oldForm(), newForm(), {});
        QCOMPARE(pointers(empty.newRequired()), QStringList{"/a/nuovo"});
        QCOMPARE(empty.newRequired().first().label, QString("Nuovo campo"));
        QCOMPARE(empty.newRequired().first().path, QStringList{"Sezione A"});
        QVERIFY(empty.isLossless());
        QCOMPARE(empty.apply(), QJsonObject());

        const DraftMigration filled(newForm(), newForm(), json(R"({"a": {"nome": "M", "nuovo": "n"}})"));
        QVERIFY(filled.newRequired().isEmpty());
    }

    void migrateAndUndoInTheStore()
    {
        auto db = store::LocalDatabase::open(m_dir.filePath("migrate.sqlite")).value();
        DraftStore store(*db);
        const QJsonObject oldData = json(R"({"a": {"nome": "Mario", "vecchio": "testo"}})");
        const auto created = store.create(7, "PROVA", "1", "Prova", oldData);
        QVERIFY(created.hasValue());
        const QString id = created->id;
        QVERIFY(!store.beforeMigration(id).value());

        const DraftMigration migration(oldForm(), newForm(), oldData);
        const auto revision = store.migrate(id, migration.toVersion(), migration.apply());
        QVERIFY(revision.hasValue());
        QCOMPARE(revision.value(), 1);
        auto loaded = store.load(id).value();
        QCOMPARE(loaded.definitionVersion, QString("2"));
        QCOMPARE(loaded.data, json(R"({"a": {"nome": "Mario"}})"));
        QCOMPARE(loaded.revision, 1);
        const auto before = store.beforeMigration(id).value();
        QVERIFY(before);
        QCOMPARE(before->definitionVersion, QString("1"));
        QCOMPARE(before->data, oldData);
        QVERIFY(before->migratedAt.isValid());

        QVERIFY(store.save(id, json(R"({"a": {"nome": "Mario", "nuovo": "x"}})")).hasValue());
        const auto undone = store.undoMigration(id);
        QVERIFY(undone.hasValue());
        QCOMPARE(undone.value(), 3);
        loaded = store.load(id).value();
        QCOMPARE(loaded.definitionVersion, QString("1"));
        QCOMPARE(loaded.data, oldData);
        QVERIFY(!store.beforeMigration(id).value());
        QCOMPARE(store.undoMigration(id).error().kind, drafts::DraftError::Kind::NotFound);

        // Removing the draft removes what it was before a migration too.
        QVERIFY(store.migrate(id, "2", {}).hasValue());
        QVERIFY(store.remove(id).hasValue());
        QVERIFY(!store.beforeMigration(id).value());
        QCOMPARE(store.migrate(id, "2", {}).error().kind, drafts::DraftError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDraftMigration)
#include "tst_draftmigration.moc"
