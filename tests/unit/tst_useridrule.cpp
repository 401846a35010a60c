#include "app/domain/UserIdRule.h"
#include "tests/support/VectorRows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace inlinea::domain;

// tests/data/userid_vectors.json is shared with the portal's tests: both sides must accept the same User IDs and
// refuse the others with the same code, character and position.
class TestUserIdRule : public QObject {
    Q_OBJECT
private:
    QJsonArray m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_vectors = inlinea::test::readVectors(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/userid_vectors.json"),
                                               QStringLiteral("user_ids"), &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(m_vectors.size() >= 20);
    }

    void everyCodeIsCovered()
    {
        QSet<QString> seen;
        bool valid = false;
        for (const QJsonValue value : m_vectors) {
            const QJsonObject vector = value.toObject();
            valid = valid || vector.value(QStringLiteral("valid")).toBool();
            seen.insert(vector.value(QStringLiteral("code")).toString());
        }
        QVERIFY(valid);
        for (const char* code :
             {"too_short", "too_long", "space", "dot", "asterisk", "accented_letter", "special_character"}) {
            QVERIFY2(seen.contains(QString::fromLatin1(code)), code);
        }
    }

    void vector_data() { inlinea::test::addVectorRows(m_vectors); }
    void vector()
    {
        QFETCH(QJsonObject, vector);
        const QString value = vector.value(QStringLiteral("value")).toString();
        const auto problem = UserIdRule::check(value);
        if (vector.value(QStringLiteral("valid")).toBool()) {
            QVERIFY2(!problem, qPrintable(problem ? UserIdProblem::codeName(problem->code) : QString()));
            return;
        }
        QVERIFY(problem);
        QCOMPARE(UserIdProblem::codeName(problem->code), vector.value(QStringLiteral("code")).toString());
        if (vector.contains(QStringLiteral("char"))) {
            QCOMPARE(problem->characterText(), vector.value(QStringLiteral("char")).toString());
            QCOMPARE(QString(problem->character), vector.value(QStringLiteral("char")).toString());
            QCOMPARE(problem->position, vector.value(QStringLiteral("position")).toInt());
        } else {
            QVERIFY(problem->character.isNull());
            QCOMPARE(problem->position, 0);
        }
    }

    void lengthLimitsAreInclusive()
    {
        QVERIFY(UserIdRule::check(QString(8, QLatin1Char('a'))) == std::nullopt);
        QVERIFY(UserIdRule::check(QString(64, QLatin1Char('a'))) == std::nullopt);
        QCOMPARE(UserIdRule::check(QString(7, QLatin1Char('a')))->code, UserIdProblem::Code::TooShort);
        QCOMPARE(UserIdRule::check(QString(65, QLatin1Char('a')))->code, UserIdProblem::Code::TooLong);
    }

    void characterBeforeLength()
    {
        const auto problem = UserIdRule::check(QStringLiteral("a.b"));
        QVERIFY(problem);
        QCOMPARE(problem->code, UserIdProblem::Code::Dot);
        QCOMPARE(problem->character, QLatin1Char('.'));
        QCOMPARE(problem->position, 2);
    }

    void otherWhitespaceIsASpace_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("leading space") << QStringLiteral(" mario_rossi85");
        QTest::newRow("trailing newline") << QStringLiteral("mario_rossi85\n");
        QTest::newRow("no-break space") << QString::fromUtf8("mario\u00a0rossi85");
        QTest::newRow("ideographic space") << QString::fromUtf8("mario\u3000rossi85");
    }
    void otherWhitespaceIsASpace()
    {
        QFETCH(QString, value);
        QCOMPARE(UserIdRule::check(value)->code, UserIdProblem::Code::Space);
    }

    void nonBmpCharacterIsCountedOnce()
    {
        // An emoji is one character (two UTF-16 units): positions after it count it once, as the portal does.
        const auto problem = UserIdRule::check(QString::fromUtf8("mario\U0001F600rossi"));
        QVERIFY(problem);
        QCOMPARE(problem->code, UserIdProblem::Code::SpecialCharacter);
        QCOMPARE(problem->position, 6);
        QCOMPARE(problem->codePoint, U'\U0001F600');
        QCOMPARE(problem->character, QChar(QChar::ReplacementCharacter));
        QCOMPARE(problem->characterText(), QString::fromUtf8("\U0001F600"));
        // Seven letters and an emoji are still too short only if nothing else is wrong: here the emoji comes first.
        QCOMPARE(UserIdRule::check(QString::fromUtf8("\U0001F600abcdefgh"))->position, 1);
    }

    void nonLatinLettersAreAccented()
    {
        QCOMPARE(UserIdRule::check(QString::fromUtf8("straße_85"))->code, UserIdProblem::Code::AccentedLetter);
        QCOMPARE(UserIdRule::check(QString::fromUtf8("αβγδεζηθ"))->code, UserIdProblem::Code::AccentedLetter);
    }

    void settingsFromThePortal()
    {
        UserIdRule::Settings settings;
        settings.minLength = 4;
        settings.maxLength = 10;
        settings.allowedSpecial = QStringLiteral("_");
        QVERIFY(UserIdRule::check(QStringLiteral("ab_c"), settings) == std::nullopt);
        QCOMPARE(UserIdRule::check(QStringLiteral("ab-c"), settings)->code, UserIdProblem::Code::SpecialCharacter);
        QCOMPARE(UserIdRule::check(QStringLiteral("abc"), settings)->code, UserIdProblem::Code::TooShort);
        QCOMPARE(UserIdRule::check(QStringLiteral("abcdefghijk"), settings)->code, UserIdProblem::Code::TooLong);
        // Dot, asterisk and spaces keep their own codes even if a portal listed them as allowed.
        settings.allowedSpecial = QStringLiteral(".* ");
        QCOMPARE(UserIdRule::check(QStringLiteral("ab.cdefg"), settings)->code, UserIdProblem::Code::Dot);
    }

    void codeNamesRoundTrip()
    {
        for (const auto code : {UserIdProblem::Code::TooShort, UserIdProblem::Code::TooLong, UserIdProblem::Code::Space,
                                UserIdProblem::Code::Dot, UserIdProblem::Code::Asterisk,
                                UserIdProblem::Code::AccentedLetter, UserIdProblem::Code::SpecialCharacter}) {
            QCOMPARE(UserIdProblem::codeFromName(UserIdProblem::codeName(code)), code);
        }
        QVERIFY(!UserIdProblem::codeFromName(QStringLiteral("taken")));
    }
};

QTEST_APPLESS_MAIN(TestUserIdRule)
#include "tst_useridrule.moc"
