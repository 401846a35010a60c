#include "app/domain/CodiceFiscale.h"
#include "app/domain/FieldValidator.h"
#include "app/domain/ItalianDate.h"
#include "app/domain/PartitaIva.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <array>
#include <random>

using namespace inlinea::domain;

namespace {

// An independent re-implementation, written from ../shared/docs/domain.md with regular expressions and tables
// rather than the code under test's loops: the validators must accept exactly what this accepts.
namespace ref {

QString upperAscii(QString text)
{
    for (QChar& ch : text) {
        if (ch >= u'a' && ch <= u'z') {
            ch = QChar(char16_t(ch.unicode() - 32));
        }
    }
    return text;
}

// Compiled once per pattern: compiling on every call would make the reference the slow part of the test.
bool matches(const char* pattern, const QString& text)
{
    static QHash<const char*, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end()) {
        QRegularExpression re(QRegularExpression::anchoredPattern(QString::fromUtf8(pattern)));
        re.optimize();
        it = compiled.insert(pattern, re);
    }
    return it->match(text).hasMatch();
}

bool partitaIva(const QString& raw)
{
    const QString v = raw.trimmed();
    if (!matches("[0-9]{11}", v) || v.startsWith(QStringLiteral("0000000"))) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 11; ++i) {
        int d = v.at(i).digitValue();
        if (i % 2 == 1 && i < 10) {
            d *= 2;
            d = d / 10 + d % 10; // the sum of the digits of the double, i.e. "subtract 9"
        }
        sum += d;
    }
    return sum % 10 == 0;
}

int oddValue(QChar c)
{
    // The table of domain.md, as written there.
    static const QHash<QChar, int> table = [] {
        QHash<QChar, int> t;
        const QString text = QStringLiteral("0/A=1 1/B=0 2/C=5 3/D=7 4/E=9 5/F=13 6/G=15 7/H=17 8/I=19 9/J=21 K=2 L=4 "
                                            "M=18 N=20 O=11 P=3 Q=6 R=8 S=12 T=14 U=16 V=10 W=22 X=25 Y=24 Z=23");
        for (const QString& entry : text.split(u' ')) {
            const QStringList keyValue = entry.split(u'=');
            for (const QString& key : keyValue.at(0).split(u'/')) {
                t.insert(key.at(0), keyValue.at(1).toInt());
            }
        }
        return t;
    }();
    return table.value(c, -1000);
}

int daysIn(int month, int year, bool twoDigitYear)
{
    constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // Two digits: 19yy or 20yy, one of which is leap when yy is a multiple of 4 (00: 2000).
    const bool leap = twoDigitYear ? year % 4 == 0 : (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
    return month == 2 && leap ? 29 : days.at(static_cast<std::size_t>(month - 1));
}

bool codiceFiscale(const QString& raw)
{
    const QString v = upperAscii(raw.trimmed());
    if (matches("[0-9]{11}", v)) {
        return partitaIva(v);
    }
    if (!matches("[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", v)) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = v.at(i);
        sum += i % 2 == 0 ? oddValue(c) : (c.isDigit() ? c.digitValue() : c.unicode() - u'A');
    }
    if (v.at(15).unicode() != u'A' + sum % 26) {
        return false;
    }
    QString digits = v;
    for (const int i : {6, 7, 9, 10, 12, 13, 14}) {
        const qsizetype omocode = QStringView(u"LMNPQRSTUV").indexOf(v.at(i));
        if (omocode >= 0) {
            digits[i] = QChar(char16_t(u'0' + omocode));
        }
    }
    int day = digits.mid(9, 2).toInt();
    if (day > 40) {
        day -= 40;
    }
    const int month = int(QStringView(u"ABCDEHLMPRST").indexOf(v.at(8))) + 1;
    return day >= 1 && day <= daysIn(month, digits.mid(6, 2).toInt(), true);
}

bool cap(const QString& raw)
{
    return matches("[0-9]{5}", raw.trimmed());
}

bool email(const QString& raw)
{
    const QString v = raw.trimmed();
    return v.size() <= 254 &&
           matches("(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                   "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                   "(?![0-9]+$)[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]",
                   v);
}

bool date(const QString& raw)
{
    static const QRegularExpression re(QStringLiteral("\\A([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\\z"));
    const QRegularExpressionMatch m = re.match(raw.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year, false);
}

} // namespace ref

const QString kAlphabet =
    QStringLiteral("0123456789ABCDEFHJKLMNOPQRSTUVWXYZabcmz@./-_+' \t") + QString::fromUtf8("è０😀ı\u00A0ß");

class Fuzzer {
public:
    explicit Fuzzer(QSet<QString> provinces)
        : m_provinces(std::move(provinces))
    {}

    int pick(int below) { return std::uniform_int_distribution<int>(0, below - 1)(m_random); }
    QChar letter() { return QChar(char16_t(u'A' + pick(26))); }
    QChar digit() { return QChar(char16_t(u'0' + pick(10))); }

    QString randomString(int maxLength)
    {
        // Code points, not QChars: the emoji is a surrogate pair.
        const QList<uint> alphabet = kAlphabet.toUcs4();
        QList<uint> out;
        const int length = pick(maxLength + 1);
        for (int i = 0; i < length; ++i) {
            out.append(alphabet.at(pick(int(alphabet.size()))));
        }
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(out.constData()), out.size());
    }

    QString validCodiceFiscale()
    {
        QString first15;
        for (int i = 0; i < 6; ++i) {
            first15.append(letter());
        }
        const int yy = pick(100);
        const int month = pick(12) + 1;
        const int day = pick(ref::daysIn(month, yy, true)) + 1 + (pick(2) == 0 ? 40 : 0);
        first15 += QStringLiteral("%1").arg(yy, 2, 10, QLatin1Char('0')) + QStringView(u"ABCDEHLMPRST").at(month - 1) +
                   QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0')) + (pick(5) == 0 ? QChar(u'Z') : letter()) +
                   digit() + digit() + digit();
        for (const int i : {6, 7, 9, 10, 12, 13, 14}) {
            if (pick(4) == 0) {
                first15[i] = QStringView(u"LMNPQRSTUV").at(first15.at(i).digitValue());
            }
        }
        for (char16_t check = u'A'; check <= u'Z'; ++check) {
            if (ref::codiceFiscale(first15 + QChar(check))) {
                return first15 + QChar(check);
            }
        }
        return {};
    }

    QString validPartitaIva()
    {
        for (;;) {
            QString first10;
            for (int i = 0; i < 10; ++i) {
                first10.append(digit());
            }
            for (int last = 0; last <= 9; ++last) {
                if (ref::partitaIva(first10 + QString::number(last))) {
                    return first10 + QString::number(last);
                }
            }
        }
    }

    // Values near the valid ones of each field, so that the accepting paths are exercised too.
    QString nearValue(Field field)
    {
        switch (field) {
        case Field::CodiceFiscale: return pick(4) == 0 ? validPartitaIva() : mutate(validCodiceFiscale());
        case Field::PartitaIva: return mutate(validPartitaIva());
        case Field::Cap: return digits(pick(3) + 4);
        case Field::Provincia: return QString(letter()) + letter();
        case Field::Email:
        case Field::Pec: {
            const std::array<QString, 9> parts{QStringLiteral("a"), QStringLiteral("mario"), QStringLiteral("."),
                                               QStringLiteral("@"), QStringLiteral("-"),     QStringLiteral("it"),
                                               QStringLiteral("1"), QStringLiteral("x+y"),   QStringLiteral(" ")};
            QString text;
            const int count = pick(8) + 1;
            for (int i = 0; i < count; ++i) {
                text += parts.at(static_cast<std::size_t>(pick(int(parts.size()))));
            }
            return text;
        }
        case Field::Date:
            return digits(pick(3) + 1) + (pick(10) == 0 ? u'-' : u'/') + digits(pick(3) + 1) + u'/' +
                   digits(pick(3) + 3);
        }
        return {};
    }

    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i) {
            text.append(digit());
        }
        return text;
    }

    QString mutate(QString text)
    {
        if (pick(2) == 0 && !text.isEmpty()) {
            // BMP characters only, so that one QChar is one character.
            static const QString bmp = QString(kAlphabet).remove(QString::fromUtf8("😀"));
            text[pick(int(text.size()))] = bmp.at(pick(int(bmp.size())));
        }
        return text;
    }

    bool reference(Field field, const QString& value) const
    {
        switch (field) {
        case Field::CodiceFiscale: return ref::codiceFiscale(value);
        case Field::PartitaIva: return ref::partitaIva(value);
        case Field::Cap: return ref::cap(value);
        case Field::Provincia: return m_provinces.contains(ref::upperAscii(value.trimmed()));
        case Field::Email:
        case Field::Pec: return ref::email(value);
        case Field::Date: return ref::date(value);
        }
        return false;
    }

private:
    std::mt19937 m_random{20240229u}; // fixed: a failure must be reproducible
    QSet<QString> m_provinces;
};

constexpr std::array<Field, 7> kFields{Field::CodiceFiscale, Field::PartitaIva, Field::Cap, Field::Provincia,
                                       Field::Email,         Field::Pec,        Field::Date};

} // namespace

class TestValidationFuzz : public QObject {
    Q_OBJECT
private:
    QSet<QString> m_provinces;
    int m_iterations = 0;
    QElapsedTimer m_timer;

    // Our verdict must equal the reference's; on a valid value, the parsed form is the normalised input.
    bool agrees(const Fuzzer& fuzzer, Field field, const QString& value)
    {
        ++m_iterations;
        const bool ours = FieldValidator::validate(field, value).hasValue();
        if (ours != fuzzer.reference(field, value)) {
            qWarning().noquote() << fieldName(field) << value.toUtf8().toPercentEncoding() << "ours:" << ours;
            return false;
        }
        if (ours && field == Field::Date) {
            const auto date = ItalianDate::parse(value);
            return date->isValid() && ItalianDate::parse(ItalianDate::format(*date)).value() == *date;
        }
        if (ours && field == Field::CodiceFiscale) {
            const auto cf = CodiceFiscale::parse(value);
            return cf->text() == ref::upperAscii(value.trimmed()) &&
                   (cf->kind() == CodiceFiscale::Kind::Body || CodiceFiscale::parse(cf->regularForm()).hasValue());
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(INLINEA_SOURCE_DIR "/tests/data/validation_vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonValue code : QJsonDocument::fromJson(file.readAll()).object().value("province").toArray()) {
            m_provinces.insert(code.toString());
        }
        QCOMPARE(m_provinces.size(), 107);
        m_timer.start();
    }

    void referenceAgreesWithTheDocumentedExamples()
    {
        QVERIFY(ref::codiceFiscale(QStringLiteral("RSSMRA85T10A562S")));
        QVERIFY(ref::codiceFiscale(QStringLiteral("RSSMRA85T10A56NH")));
        QVERIFY(!ref::codiceFiscale(QStringLiteral("RSSMRA85T10A562A")));
        QVERIFY(ref::partitaIva(QStringLiteral("00743110157")));
        QVERIFY(!ref::partitaIva(QStringLiteral("00743110158")));
    }

    void randomStrings()
    {
        Fuzzer fuzzer(m_provinces);
        for (int i = 0; i < 20000; ++i) {
            const QString value = fuzzer.randomString(i % 3 == 0 ? 20 : 6);
            for (const Field field : kFields) {
                QVERIFY(agrees(fuzzer, field, value));
            }
        }
    }

    void nearValidValues()
    {
        Fuzzer fuzzer(m_provinces);
        int accepted = 0;
        for (int i = 0; i < 12000; ++i) {
            for (const Field field : kFields) {
                const QString value = fuzzer.nearValue(field);
                QVERIFY(agrees(fuzzer, field, value));
                accepted += FieldValidator::validate(field, value).hasValue() ? 1 : 0;
            }
        }
        // Enough of them valid for the accepting paths to have been compared as well.
        QVERIFY2(accepted > 10000, qPrintable(QString::number(accepted)));
    }

    void everySubstitutionOfACodiceFiscale()
    {
        Fuzzer fuzzer(m_provinces);
        const QList<uint> alphabet = kAlphabet.toUcs4();
        for (int n = 0; n < 150; ++n) {
            const QString valid = fuzzer.validCodiceFiscale();
            QVERIFY(CodiceFiscale::parse(valid).hasValue());
            const QList<uint> code = valid.toUcs4();
            for (int position = 0; position < 16; ++position) {
                for (const uint replacement : alphabet) {
                    if (replacement == code.at(position)) {
                        continue;
                    }
                    QList<uint> changed = code;
                    changed[position] = replacement;
                    const QString value =
                        QString::fromUcs4(reinterpret_cast<const char32_t*>(changed.constData()), changed.size());
                    QVERIFY(agrees(fuzzer, Field::CodiceFiscale, value));
                    const auto result = CodiceFiscale::parse(value);
                    if (result.hasValue()) {
                        continue; // only a-z for A-Z: the same code
                    }
                    // The rest of the code is valid, so a character error can only be at the changed position.
                    const FieldError& error = result.error();
                    if (error.code == FieldError::Code::Length) {
                        QVERIFY(QChar::isSpace(char32_t(replacement)) && (position == 0 || position == 15));
                    } else if (error.code == FieldError::Code::InvalidCharacter ||
                               error.code == FieldError::Code::InvalidMonth) {
                        QCOMPARE(error.position, position + 1);
                    }
                }
            }
        }
    }

    void everySubstitutionOfAPartitaIva()
    {
        Fuzzer fuzzer(m_provinces);
        for (int n = 0; n < 300; ++n) {
            const QString valid = fuzzer.validPartitaIva();
            for (int position = 0; position < 11; ++position) {
                for (const QChar replacement : QStringLiteral("0123456789AOo -.")) {
                    if (replacement == valid.at(position)) {
                        continue;
                    }
                    QString value = valid;
                    value[position] = replacement;
                    QVERIFY(agrees(fuzzer, Field::PartitaIva, value));
                    // A single changed digit is always caught (the doubling maps 0-9 to distinct digits).
                    QVERIFY(!PartitaIva::parse(value).hasValue());
                    QVERIFY(!CodiceFiscale::parse(value).hasValue());
                }
            }
        }
    }

    void cleanupTestCase()
    {
        qInfo("%d values compared in %lld ms", m_iterations, m_timer.elapsed());
        QVERIFY(m_iterations >= 100000);
    }
};

QTEST_APPLESS_MAIN(TestValidationFuzz)
#include "tst_validationfuzz.moc"
