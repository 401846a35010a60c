// FormSchema (the schema side of the form data) on the portal's real definitions.
#include "app/forms/FormSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using inlinea::forms::FormSchema;
using Type = FormSchema::Type;

namespace {

QJsonObject definition(const QString& code)
{
    QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + code + ".json");
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

void collectFields(const QJsonArray& sections, QStringList& paths)
{
    for (const QJsonValue& s : sections) {
        for (const QJsonValue& f : s.toObject().value("fields").toArray()) {
            paths.append(f.toObject().value("path").toString());
        }
        collectFields(s.toObject().value("sections").toArray(), paths);
    }
}

} // namespace

class TestFormSchema : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyLayoutFieldHasASchemaNode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("fields");
        QTest::newRow("AUA-2") << "AUA-2" << 212;
        QTest::newRow("AUA-1") << "AUA-1" << 146;
        QTest::newRow("EMISSIONI_272-1") << "EMISSIONI_272-1" << 62;
        QTest::newRow("SCARICHI-1") << "SCARICHI-1" << 94;
        QTest::newRow("BANDO_PROFESSIONISTI-1") << "BANDO_PROFESSIONISTI-1" << 34;
    }
    void everyLayoutFieldHasASchemaNode()
    {
        QFETCH(QString, code);
        QFETCH(int, fields);
        const QJsonObject def = definition(code);
        QVERIFY(!def.isEmpty());
        const FormSchema schema(def.value("schema").toObject());
        QStringList paths;
        collectFields(def.value("layout").toObject().value("sections").toArray(), paths);
        QCOMPARE(paths.size(), fields);
        for (const QString& path : paths) {
            const Type type = schema.type(path);
            QVERIFY2(type != Type::Unknown && type != Type::Object, qPrintable(path));
        }
    }

    void typesFormatsAndLimits()
    {
        const FormSchema schema(definition("EMISSIONI_272-1").value("schema").toObject());
        QCOMPARE(schema.type("/dichiarante/cognome"), Type::String);
        QCOMPARE(schema.format("/dichiarante/data_nascita"), QString("date"));
        QCOMPARE(schema.format("/gestore/pec"), QString("email"));
        QCOMPARE(schema.enumValues("/dichiarante/qualifica").first(), QString("legale_rappresentante"));
        QCOMPARE(schema.type("/attivita"), Type::Array);
        QCOMPARE(schema.type("/attivita/*/consumo_giornaliero"), Type::Number);
        QCOMPARE(schema.type("/attivita/3/consumo_giornaliero"), Type::Number);
        QCOMPARE(schema.minimum("/attivita/*/consumo_giornaliero"), std::optional<double>(0));
        QVERIFY(!schema.maximum("/attivita/*/consumo_giornaliero"));
        QCOMPARE(schema.type("/emissioni/convogliate"), Type::Boolean);
        QCOMPARE(schema.type("/emissioni/convogliate_dati/camini/*/altezza"), Type::Number);
        QVERIFY(schema.node("/nope").isEmpty());
        QVERIFY(schema.node("/dichiarante/cognome/deeper").isEmpty());
        QVERIFY(!schema.pattern("/gestore/sede_cap").isEmpty());
    }

    void arrayOfEnum()
    {
        const FormSchema schema(definition("BANDO_PROFESSIONISTI-1").value("schema").toObject());
        QCOMPARE(schema.type("/candidatura/ambiti"), Type::Array);
        QVERIFY(schema.enumValues("/candidatura/ambiti").contains("acustica"));
    }

    void requiredFromParent()
    {
        const FormSchema schema(definition("EMISSIONI_272-1").value("schema").toObject());
        QVERIFY(schema.isRequired("/dichiarante/cognome"));
        QVERIFY(!schema.isRequired("/dichiarante/telefono"));
        QVERIFY(schema.isRequired("/emissioni"));
    }

    void requiredByCondition()
    {
        const FormSchema schema(definition("EMISSIONI_272-1").value("schema").toObject());
        const QJsonObject off{{"emissioni", QJsonObject{{"convogliate", false}}}};
        const QJsonObject on{{"emissioni", QJsonObject{{"convogliate", true}}}};
        QVERIFY(!schema.isRequired("/emissioni/convogliate_dati", off));
        QVERIFY(!schema.isRequired("/emissioni/convogliate_dati", {}));
        QVERIFY(schema.isRequired("/emissioni/convogliate_dati", on));

        const FormSchema aua(definition("AUA-2").value("schema").toObject());
        QVERIFY(!aua.isRequired("/scarichi", {}));
        QVERIFY(aua.isRequired("/scarichi", QJsonObject{{"titoli", QJsonObject{{"scarichi", true}}}}));
        QVERIFY(!aua.isRequired("/scarichi", QJsonObject{{"titoli", QJsonObject{{"scarichi", false}}}}));
    }

    void refsToDefs()
    {
        const QJsonObject cap{{"type", "string"}, {"pattern", "^[0-9]{5}$"}};
        const QJsonObject addr{{"type", "object"},
                               {"properties", QJsonObject{{"cap", QJsonObject{{"$ref", "#/$defs/cap"}}}}},
                               {"required", QJsonArray{"cap"}}};
        const QJsonObject root{
            {"type", "object"},
            {"$defs", QJsonObject{{"cap", cap}, {"addr", addr}}},
            {"properties", QJsonObject{{"sede", QJsonObject{{"$ref", "#/$defs/addr"}, {"title", "Sede"}}}}}};
        const FormSchema schema(root);
        QCOMPARE(schema.type("/sede"), Type::Object);
        QCOMPARE(schema.node("/sede").value("title").toString(), QString("Sede"));
        QCOMPARE(schema.type("/sede/cap"), Type::String);
        QCOMPARE(schema.pattern("/sede/cap"), QString("^[0-9]{5}$"));
        QVERIFY(schema.isRequired("/sede/cap"));
    }

    void visibility()
    {
        const QJsonObject def = definition("EMISSIONI_272-1");
        QJsonObject conditional;
        for (const QJsonValue& s : def.value("layout").toObject().value("sections").toArray()) {
            for (const QJsonValue& n : s.toObject().value("sections").toArray()) {
                if (n.toObject().contains("visible_when")) {
                    conditional = n.toObject();
                }
            }
        }
        QCOMPARE(conditional.value("id").toString(), QString("convogliate_dati"));
        QVERIFY(!FormSchema::isVisible(conditional, {}));
        QVERIFY(FormSchema::isVisible(conditional, QJsonObject{{"emissioni", QJsonObject{{"convogliate", true}}}}));
        QVERIFY(!FormSchema::isVisible(conditional, QJsonObject{{"emissioni", QJsonObject{{"convogliate", false}}}}));
        QVERIFY(FormSchema::isVisible(QJsonObject{{"id", "x"}}, {}));
    }

    void hiddenSectionsAreNotSent()
    {
        const QJsonObject layout = definition("EMISSIONI_272-1").value("layout").toObject();
        const QJsonObject camini{{"numero_camini", 2}, {"camini", QJsonArray{QJsonObject{{"sigla", "E1"}}}}};
        QJsonObject data{
            {"emissioni", QJsonObject{{"convogliate", true}, {"diffuse", false}, {"convogliate_dati", camini}}},
            {"bollo", QJsonObject{{"modalita", "virtuale"}}}};
        QCOMPARE(FormSchema::withoutHiddenSections(layout, data), data); // shown: kept

        QJsonObject emissioni = data.value("emissioni").toObject();
        emissioni.insert("convogliate", false);
        data.insert("emissioni", emissioni);
        const QJsonObject sent = FormSchema::withoutHiddenSections(layout, data);
        const QJsonObject sentEmissioni = sent.value("emissioni").toObject();
        QVERIFY(!sentEmissioni.contains("convogliate_dati"));
        QCOMPARE(sentEmissioni.value("diffuse"), QJsonValue(false));
        QCOMPARE(sent.value("bollo"), data.value("bollo"));
    }
};

QTEST_GUILESS_MAIN(TestFormSchema)
#include "tst_formdataschema.moc"
