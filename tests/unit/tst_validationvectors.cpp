#include "app/domain/Field.h"
#include "app/domain/FieldError.h"
#include "app/domain/FieldValidator.h"
#include "app/domain/Provincia.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inlinea::domain;

// tests/data/validation_vectors.json is shared with the portal's tests: both implementations must give every value
// the same first error (code, and position/expected when the file gives them).
class TestValidationVectors : public QObject {
    Q_OBJECT
private:
    QJsonObject m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/validation_vectors.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        m_vectors = document.object();
        QCOMPARE(m_vectors.keys(), QStringList({"cases", "province"}));
        QVERIFY(m_vectors.value("cases").toArray().size() >= 80);
    }

    void provinceListIsCompiledIn()
    {
        QStringList fromFile;
        for (const QJsonValue code : m_vectors.value("province").toArray()) {
            fromFile.append(code.toString());
        }
        QCOMPARE(fromFile.size(), 107);
        QStringList sorted = fromFile;
        sorted.sort();
        QCOMPARE(fromFile, sorted);
        QCOMPARE(Provincia::all(), fromFile);
        for (const QString& code : fromFile) {
            QVERIFY(Provincia::parse(code).hasValue());
            QVERIFY(Provincia::parse(code.toLower()).hasValue());
        }
    }

    void everyCodeIsCovered()
    {
        // Codes that depend on today (future_date), on other fields (mismatch) or on the session (read_only) cannot
        // be vectors of a single value.
        QSet<QString> seen;
        for (const QJsonValue value : m_vectors.value("cases").toArray()) {
            const QJsonValue error = value.toObject().value("error");
            if (error.isObject()) {
                seen.insert(error.toObject().value("code").toString());
            }
        }
        for (const char* code :
             {"required", "length", "invalid_character", "invalid_month", "invalid_day", "nonexistent_date",
              "check_character", "check_digit", "zero_company_number", "unknown_province", "invalid_format"}) {
            QVERIFY2(seen.contains(QString::fromLatin1(code)), code);
        }
    }

    void vector_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QJsonValue>("error");
        QTest::addColumn<QString>("note");
        const QJsonArray cases = m_vectors.value("cases").toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QString field = c.value("field").toString();
            QTest::addRow("%d %s", int(i), qPrintable(field))
                << field << c.value("value").toString() << c.value("error") << c.value("note").toString();
        }
    }
    void vector()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QJsonValue, error);
        QFETCH(QString, note);
        const QByteArray context = (field + QStringLiteral(" «") + value + QStringLiteral("»: ") + note).toUtf8();

        const std::optional<Field> kind = fieldFromName(field);
        QVERIFY2(kind.has_value(), context.constData());
        const auto result = FieldValidator::validate(*kind, value);
        if (error.isNull()) {
            if (!result.hasValue()) {
                QFAIL((context + " gave " + codeName(result.error().code).toUtf8()).constData());
            }
            return;
        }
        QVERIFY2(!result.hasValue(), (context + " was accepted").constData());
        const QJsonObject expected = error.toObject();
        QCOMPARE(codeName(result.error().code), expected.value("code").toString());
        QCOMPARE(codeFromName(expected.value("code").toString()), result.error().code);
        // Absent in the file means absent here too: the portal sends no position or expected in those cases.
        QCOMPARE(result.error().position, expected.value("position").toInt(0));
        if (result.error().code == FieldError::Code::CheckCharacter ||
            result.error().code == FieldError::Code::CheckDigit) {
            QCOMPARE(result.error().expected, expected.value("expected").toString());
        } else {
            QVERIFY(!expected.contains("expected"));
        }
    }
};

QTEST_APPLESS_MAIN(TestValidationVectors)
#include "tst_validationvectors.moc"
