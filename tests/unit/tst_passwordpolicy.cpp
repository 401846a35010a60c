#include "app/domain/PasswordPolicy.h"
#include "tests/support/VectorRows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace inlinea::domain;
using Code = PasswordProblem::Code;

namespace {
QStringList sortedNames(const QList<Code>& codes)
{
    QStringList names;
    for (const Code code : codes) {
        names.append(PasswordProblem::codeName(code));
    }
    names.sort();
    return names;
}
} // namespace

// The "passwords" section of tests/data/userid_vectors.json, shared with the portal: both sides must report the
// same set of failing codes.
class TestPasswordPolicy : public QObject {
    Q_OBJECT
private:
    QJsonArray m_vectors;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_vectors = inlinea::test::readVectors(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/userid_vectors.json"),
                                               QStringLiteral("passwords"), &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(m_vectors.size() >= 10);
    }

    void everyCodeIsCovered()
    {
        QSet<QString> seen;
        for (const QJsonValue value : m_vectors) {
            for (const QJsonValue code : value.toObject().value(QStringLiteral("codes")).toArray()) {
                seen.insert(code.toString());
            }
        }
        // same_as_current needs the current password: covered below unless the file gives "current".
        for (const char* code :
             {"too_short", "too_long", "no_lowercase", "no_uppercase", "no_digit", "no_symbol", "contains_user_id"}) {
            QVERIFY2(seen.contains(QString::fromLatin1(code)), code);
        }
    }

    void vector_data() { inlinea::test::addVectorRows(m_vectors); }
    void vector()
    {
        QFETCH(QJsonObject, vector);
        const auto codes = PasswordPolicy().check(vector.value(QStringLiteral("value")).toString(),
                                                  vector.value(QStringLiteral("user_id")).toString(),
                                                  vector.value(QStringLiteral("current")).toString());
        QStringList expected;
        for (const QJsonValue code : vector.value(QStringLiteral("codes")).toArray()) {
            expected.append(code.toString());
        }
        expected.sort();
        QCOMPARE(sortedNames(codes), expected);
        QCOMPARE(codes.isEmpty(), vector.value(QStringLiteral("valid")).toBool());
    }

    void codesComeInContractOrder()
    {
        const auto codes = PasswordPolicy().check(QString(), QStringLiteral("mario_rossi85"));
        QCOMPARE(codes,
                 (QList<Code>{Code::TooShort, Code::NoLowercase, Code::NoUppercase, Code::NoDigit, Code::NoSymbol}));
    }

    void sameAsCurrent()
    {
        const PasswordPolicy policy;
        const QString current = QStringLiteral("Inlinea-Prova-2026");
        QCOMPARE(policy.check(current, QStringLiteral("mario_rossi85"), current), QList<Code>{Code::SameAsCurrent});
        QVERIFY(policy.check(QStringLiteral("Inlinea-Prova-2027"), QStringLiteral("mario_rossi85"), current).isEmpty());
        // Comparison is exact: another case is another password.
        QVERIFY(policy.check(QStringLiteral("INLINEA-prova-2026"), QStringLiteral("mario_rossi85"), current).isEmpty());
    }

    void noUserIdNoUserIdCheck()
    {
        QVERIFY(PasswordPolicy().check(QStringLiteral("Inlinea-Prova-2026"), QString()).isEmpty());
    }

    void settingsFromThePortal()
    {
        PasswordPolicy::Settings settings;
        settings.minLength = 6;
        settings.maxLength = 8;
        settings.require = {PasswordPolicy::Requirement::Digit};
        const PasswordPolicy policy(settings);
        QVERIFY(policy.check(QStringLiteral("abcde1"), QStringLiteral("utente_x")).isEmpty());
        QCOMPARE(policy.check(QStringLiteral("abcdef"), QStringLiteral("utente_x")), QList<Code>{Code::NoDigit});
        QCOMPARE(policy.check(QStringLiteral("abcdefgh1"), QStringLiteral("utente_x")), QList<Code>{Code::TooLong});
        QCOMPARE(PasswordPolicy::requirementFromName(QStringLiteral("symbol")), PasswordPolicy::Requirement::Symbol);
        QVERIFY(!PasswordPolicy::requirementFromName(QStringLiteral("emoji")));
    }

    void strength_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("strength");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("7 mixed") << QStringLiteral("Aa1-Aa1") << 0;
        QTest::newRow("8 mixed") << QStringLiteral("Aa1-Aa1-") << 1;
        QTest::newRow("long lowercase") << QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa") << 1;
        QTest::newRow("10 two classes") << QStringLiteral("Passwordxx") << 2;
        QTest::newRow("12 four classes") << QStringLiteral("Password123!") << 2;
        QTest::newRow("14 three classes") << QStringLiteral("Passwordxxxx12") << 3;
        QTest::newRow("18 four classes") << QStringLiteral("Inlinea-Prova-2026") << 4;
        QTest::newRow("passphrase") << QStringLiteral("cavallo batteria graffetta") << 2;
    }
    void strength()
    {
        QFETCH(QString, password);
        QFETCH(int, strength);
        QCOMPARE(PasswordPolicy::strength(password), strength);
    }

    void codeNamesRoundTrip()
    {
        for (const auto code : {Code::TooShort, Code::TooLong, Code::NoLowercase, Code::NoUppercase, Code::NoDigit,
                                Code::NoSymbol, Code::ContainsUserId, Code::SameAsCurrent}) {
            QCOMPARE(PasswordProblem::codeFromName(PasswordProblem::codeName(code)), code);
        }
    }
};

QTEST_APPLESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
