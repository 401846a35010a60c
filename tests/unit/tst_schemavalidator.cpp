// SchemaValidator on the portal's real definitions, against the form data vectors shared with the portal
// (tests/data/form_validation_vectors.json; the format is described in server/tests/test_form_vectors.py: valid
// data per definition under "bases", cases as "set" then "remove" patches of a base, and the exact problems,
// {pointer, code}, one per value). The portal's server/tests/test_form_vectors.py checks the same file.
#include "app/forms/FormData.h"
#include "app/forms/SchemaValidator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using inlinea::forms::FormData;
using inlinea::forms::SchemaProblem;
using inlinea::forms::SchemaValidator;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject schemaOf(const QString& procedimento, const QString& version)
{
    return readJson(QStringLiteral(INLINEA_SOURCE_DIR "/server/inlinea_portal/procedimenti/") + procedimento +
                    QLatin1Char('-') + version + QStringLiteral(".json"))
        .value(QStringLiteral("schema"))
        .toObject();
}

QStringList described(const QList<SchemaProblem>& problems)
{
    QStringList out;
    for (const SchemaProblem& p : problems) {
        out.append(p.pointer + QLatin1Char(' ') + p.code);
    }
    return out;
}

SchemaValidator make(const QJsonObject& schema)
{
    auto result = SchemaValidator::create(schema);
    if (!result) {
        qFatal("schema not usable: %s", qPrintable(result.error().detail));
    }
    return std::move(result).value();
}

} // namespace

class TestSchemaValidator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_vectors = readJson(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/form_validation_vectors.json"));
        QVERIFY(!m_vectors.isEmpty());
        QVERIFY(m_vectors.value(QStringLiteral("cases")).toArray().size() >= 40);
    }

    void vectors_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue& entry : m_vectors.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject testCase = entry.toObject();
            QTest::newRow(qPrintable(testCase.value(QStringLiteral("name")).toString())) << testCase;
        }
    }
    void vectors()
    {
        QFETCH(QJsonObject, testCase);
        const QString baseName = testCase.value(QStringLiteral("base")).toString();
        const QJsonObject base = m_vectors.value(QStringLiteral("bases")).toObject().value(baseName).toObject();
        QVERIFY2(!base.isEmpty(), qPrintable(baseName));
        if (!m_validators.contains(baseName)) {
            const QJsonObject schema = schemaOf(base.value(QStringLiteral("procedimento")).toString(),
                                                base.value(QStringLiteral("version")).toString());
            QVERIFY(!schema.isEmpty());
            m_validators.insert(baseName, std::make_shared<SchemaValidator>(make(schema)));
        }
        FormData data(base.value(QStringLiteral("data")).toObject());
        for (const QJsonValue& patch : testCase.value(QStringLiteral("set")).toArray()) {
            const QJsonArray pair = patch.toArray();
            QVERIFY2(data.setValue(pair.at(0).toString(), pair.at(1)), qPrintable(pair.at(0).toString()));
        }
        for (const QJsonValue& pointer : testCase.value(QStringLiteral("remove")).toArray()) {
            QVERIFY2(data.remove(pointer.toString()), qPrintable(pointer.toString()));
        }

        QStringList expected;
        for (const QJsonValue& entry : testCase.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject problem = entry.toObject();
            expected.append(problem.value(QStringLiteral("pointer")).toString() + QLatin1Char(' ') +
                            problem.value(QStringLiteral("code")).toString());
        }
        expected.sort();
        const QList<SchemaProblem> problems = m_validators.value(baseName)->validate(data.data());
        QStringList details;
        for (const SchemaProblem& p : problems) {
            details.append(p.pointer + QStringLiteral(": ") + p.detail);
            QVERIFY2(!p.detail.isEmpty(), qPrintable(p.pointer));
        }
        QCOMPARE(problems.isEmpty(), testCase.value(QStringLiteral("valid")).toBool());
        QVERIFY2(described(problems) == expected,
                 qPrintable(QStringLiteral("got: ") + details.join(QStringLiteral("; "))));
    }

    void sameAnswerEveryTime()
    {
        const SchemaValidator validator = make(schemaOf(QStringLiteral("AUA"), QStringLiteral("2")));
        const QJsonObject data{{QStringLiteral("dichiarante"), QJsonObject{{QStringLiteral("cognome"), 5}}}};
        const QList<SchemaProblem> first = validator.validate(data);
        QVERIFY(!first.isEmpty());
        QCOMPARE(validator.validate(data), first);
        QVERIFY(described(first).contains(QStringLiteral("/dichiarante/cognome type")));
        QVERIFY(described(first).contains(QStringLiteral("/dichiarante/nome required")));
    }

    void unusableSchemaIsAnError_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("ref to nowhere") << QByteArray("{\"properties\": {\"a\": {\"$ref\": \"#/$defs/missing\"}}}");
        QTest::newRow("unknown type") << QByteArray("{\"type\": \"text\"}");
        QTest::newRow("type not a string") << QByteArray("{\"type\": 5}");
    }
    void unusableSchemaIsAnError()
    {
        QFETCH(QByteArray, schema);
        const auto result = SchemaValidator::create(QJsonDocument::fromJson(schema).object());
        QVERIFY(!result);
        QVERIFY(!result.error().detail.isEmpty());
    }

    void defsRefsAndPropertiesNamedLikeKeywords()
    {
        const QByteArray schema =
            "{"
            "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
            "\"$defs\": {\"day\": {\"type\": \"string\", \"format\": \"date\"}},"
            "\"type\": \"object\","
            "\"properties\": {"
            "\"format\": {\"type\": \"string\"},"
            "\"dates\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/day\"}, \"maxItems\": 2},"
            "\"a~b/c\": {\"type\": \"integer\"}"
            "},"
            "\"additionalProperties\": false,"
            "\"required\": [\"format\"]"
            "}";
        const SchemaValidator validator = make(QJsonDocument::fromJson(schema).object());
        const QJsonObject data = QJsonDocument::fromJson("{\"format\": 1, \"dates\": [\"2024-02-29\", \"2024-02-30\"],"
                                                         "\"a~b/c\": \"x\", \"x\": 1, \"y\": 2}")
                                     .object();
        QCOMPARE(described(validator.validate(data)),
                 QStringList({QStringLiteral("/a~0b~1c type"), QStringLiteral("/dates/1 format"),
                              QStringLiteral("/format type"), QStringLiteral("/x other"), QStringLiteral("/y other")}));
    }

private:
    QJsonObject m_vectors;
    QHash<QString, std::shared_ptr<SchemaValidator>> m_validators;
};

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
