#include "app/domain/CodiceFiscale.h"

#include <QTest>

using inlinea::domain::CodiceFiscale;
using inlinea::domain::FieldError;
using inlinea::domain::Sex;

Q_DECLARE_METATYPE(Sex)
Q_DECLARE_METATYPE(FieldError::Reason)
Q_DECLARE_METATYPE(FieldError::Code)

// Expected codes come from ../shared/docs/domain.md and from the portal's fiscal.py, never from the code under test.
class TestCodiceFiscale : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<QDate>("birthDate"); // decoded with today = 2025-06-01
        QTest::addColumn<QString>("place");
        QTest::addColumn<int>("omocodeCount");
        QTest::addColumn<QString>("regular");

        const QDate rossi(1985, 12, 10);
        QTest::newRow("plain") << "RSSMRA85T10A562S"
                               << "RSSMRA85T10A562S" << Sex::Male << rossi << "A562" << 0 << "RSSMRA85T10A562S";
        QTest::newRow("lower case, spaces")
            << "  rssmra85t10a562s "
            << "RSSMRA85T10A562S" << Sex::Male << rossi << "A562" << 0 << "RSSMRA85T10A562S";
        QTest::newRow("omocode 1") << "RSSMRA85T10A56NH"
                                   << "RSSMRA85T10A56NH" << Sex::Male << rossi << "A562" << 1 << "RSSMRA85T10A562S";
        QTest::newRow("omocode at position 7 only")
            << "RSSMRAU5T10A562P"
            << "RSSMRAU5T10A562P" << Sex::Male << rossi << "A562" << 1 << "RSSMRA85T10A562S";
        QTest::newRow("omocode in the day")
            << "RSSMRA85T1LA562V"
            << "RSSMRA85T1LA562V" << Sex::Male << rossi << "A562" << 1 << "RSSMRA85T10A562S";
        QTest::newRow("woman") << "BNCLRA90A41F205I"
                               << "BNCLRA90A41F205I" << Sex::Female << QDate(1990, 1, 1) << "F205" << 0
                               << "BNCLRA90A41F205I";
        QTest::newRow("woman day 71") << "FOXLAX03M71Z404D"
                                      << "FOXLAX03M71Z404D" << Sex::Female << QDate(2003, 8, 31) << "Z404" << 0
                                      << "FOXLAX03M71Z404D";
        QTest::newRow("foreign birth") << "MLLHNS80L12Z112I"
                                       << "MLLHNS80L12Z112I" << Sex::Male << QDate(1980, 7, 12) << "Z112" << 0
                                       << "MLLHNS80L12Z112I";
        QTest::newRow("29 February 2000")
            << "NREGLI00B69H501I"
            << "NREGLI00B69H501I" << Sex::Female << QDate(2000, 2, 29) << "H501" << 0 << "NREGLI00B69H501I";
        QTest::newRow("29 February 2020")
            << "NGXIOX20B69L219H"
            << "NGXIOX20B69L219H" << Sex::Female << QDate(2020, 2, 29) << "L219" << 0 << "NGXIOX20B69L219H";
        QTest::newRow("fully omocode") << "NRELCUUQBNVHRLMZ"
                                       << "NRELCUUQBNVHRLMZ" << Sex::Male << QDate(1984, 2, 29) << "H501" << 7
                                       << "NRELCU84B29H501S";
        QTest::newRow("year 24, not after today: 2024")
            << "RSSMRA24T10A562D"
            << "RSSMRA24T10A562D" << Sex::Male << QDate(2024, 12, 10) << "A562" << 0 << "RSSMRA24T10A562D";
        QTest::newRow("year 25 after today is 1925")
            << "RSSMRA25T10A562E"
            << "RSSMRA25T10A562E" << Sex::Male << QDate(1925, 12, 10) << "A562" << 0 << "RSSMRA25T10A562E";
    }
    void decode()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(Sex, sex);
        QFETCH(QDate, birthDate);
        QFETCH(QString, place);
        QFETCH(int, omocodeCount);
        QFETCH(QString, regular);

        const auto cf = CodiceFiscale::parse(input);
        QVERIFY2(cf.hasValue(), qPrintable(input));
        QCOMPARE(cf->text(), text);
        QCOMPARE(cf->kind(), CodiceFiscale::Kind::Person);
        QCOMPARE(cf->sex(), sex);
        QCOMPARE(cf->birthDay(), birthDate.day());
        QCOMPARE(cf->birthMonth(), birthDate.month());
        QCOMPARE(cf->birthYearOfCentury(), birthDate.year() % 100);
        QCOMPARE(cf->birthDate(QDate(2025, 6, 1)), birthDate);
        QCOMPARE(cf->cadastralCode(), place);
        QCOMPARE(cf->omocodeCount(), omocodeCount);
        QCOMPARE(cf->isOmocode(), omocodeCount > 0);
        QCOMPARE(cf->regularForm(), regular);
    }

    void centuryFollowsToday()
    {
        const auto cf = CodiceFiscale::parse(u"RSSMRA24T10A562D");
        QVERIFY(cf.hasValue());
        QCOMPARE(cf->birthDate(QDate(2024, 12, 10)), QDate(2024, 12, 10));
        QCOMPARE(cf->birthDate(QDate(2024, 12, 9)), QDate(1924, 12, 10));
    }

    void body()
    {
        const auto cf = CodiceFiscale::parse(u" 80012345676 ");
        QVERIFY(cf.hasValue());
        QCOMPARE(cf->kind(), CodiceFiscale::Kind::Body);
        QCOMPARE(cf->text(), QStringLiteral("80012345676"));
        QVERIFY(!cf->birthDate(QDate(2025, 1, 1)).isValid());
        QCOMPARE(cf->regularForm(), QStringLiteral("80012345676"));

        const auto wrong = CodiceFiscale::parse(u"80012345677");
        QVERIFY(!wrong.hasValue());
        QCOMPARE(wrong.error().code, FieldError::Code::CheckDigit);
        QCOMPARE(wrong.error().expected, QStringLiteral("6"));
    }

    void omocodia_data()
    {
        QTest::addColumn<QString>("regular");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("variant");
        // From fiscal.omocode(), which replaces the rightmost digits first, as the Agenzia delle Entrate does.
        const QStringList rossi{"RSSMRA85T10A56NH", "RSSMRA85T10A5SNT", "RSSMRA85T10ARSNO", "RSSMRA85T1LARSNR",
                                "RSSMRA85TMLARSNC", "RSSMRA8RTMLARSNO", "RSSMRAURTMLARSNL"};
        const QStringList bianchi{"BNCLRA90A41F20RD", "BNCLRA90A41F2LRO", "BNCLRA90A41FNLRD", "BNCLRA90A4MFNLRV",
                                  "BNCLRA90AQMFNLRH", "BNCLRA9LAQMFNLRS", "BNCLRAVLAQMFNLRH"};
        for (int level = 1; level <= 7; ++level) {
            QTest::addRow("man level %d", level) << "RSSMRA85T10A562S" << level << rossi.at(level - 1);
            QTest::addRow("woman level %d", level) << "BNCLRA90A41F205I" << level << bianchi.at(level - 1);
        }
    }
    void omocodia()
    {
        QFETCH(QString, regular);
        QFETCH(int, level);
        QFETCH(QString, variant);

        const auto base = CodiceFiscale::parse(regular);
        QVERIFY(base.hasValue());
        QCOMPARE(base->omocodeVariant(level).text(), variant);

        const auto parsed = CodiceFiscale::parse(variant);
        QVERIFY2(parsed.hasValue(), qPrintable(variant));
        QCOMPARE(parsed->omocodeCount(), level);
        QVERIFY(parsed->isOmocode());
        QCOMPARE(parsed->regularForm(), regular);
        QCOMPARE(parsed->sex(), base->sex());
        QCOMPARE(parsed->birthDate(QDate(2025, 6, 1)), base->birthDate(QDate(2025, 6, 1)));
        QCOMPARE(parsed->cadastralCode(), base->cadastralCode());
        // The variant of a variant is taken from the regular form.
        QCOMPARE(parsed->omocodeVariant(level).text(), variant);
    }

    void surnameCode_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("code");
        QTest::newRow("consonants") << "Rossi"
                                    << "RSS";
        QTest::newRow("three consonants of many") << "Bianchi"
                                                  << "BNC";
        QTest::newRow("short: X") << "Fo"
                                  << "FOX";
        QTest::newRow("consonant then vowel") << "Re"
                                              << "REX";
        QTest::newRow("vowels only") << "Ai"
                                     << "AIX";
        QTest::newRow("one letter") << "O"
                                    << "OXX";
        QTest::newRow("empty") << ""
                               << "XXX";
        QTest::newRow("apostrophe") << "D'Angelo"
                                    << "DNG";
        QTest::newRow("space") << "De Luca"
                               << "DLC";
        QTest::newRow("umlaut") << "Müller"
                                << "MLL";
        QTest::newRow("initial accent") << "Àlvarez"
                                        << "LVR";
        QTest::newRow("final accent") << "Nicolò"
                                      << "NCL";
        QTest::newRow("diaeresis vowel") << "Zoë"
                                         << "ZOE";
        QTest::newRow("cedilla") << "Çelik"
                                 << "CLK";
        QTest::newRow("surname: no 4-consonant rule") << "van der Berg"
                                                      << "VND";
        QTest::newRow("two consonants") << "Ng"
                                        << "NGX";
        QTest::newRow("upper case") << "DELL'ACQUA"
                                    << "DLL";
    }
    void surnameCode()
    {
        QFETCH(QString, surname);
        QFETCH(QString, code);
        QCOMPARE(CodiceFiscale::surnameCode(surname), code);
    }

    void nameCode_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("three consonants") << "Mario"
                                          << "MRA";
        QTest::newRow("4+ consonants: 1st, 3rd, 4th") << "Gianfranco"
                                                      << "GFR";
        QTest::newRow("exactly 4 consonants") << "Alberto"
                                              << "LRT";
        QTest::newRow("4 consonants, repeated") << "Niccolò"
                                                << "NCL";
        QTest::newRow("Francesco") << "Francesco"
                                   << "FNC";
        QTest::newRow("Cristina") << "Cristina"
                                  << "CST";
        QTest::newRow("Giovanni") << "Giovanni"
                                  << "GNN";
        QTest::newRow("two names") << "Maria Grazia"
                                   << "MGR";
        QTest::newRow("hyphen") << "Jean-Pierre"
                                << "JPR";
        QTest::newRow("two consonants") << "Luca"
                                        << "LCU";
        QTest::newRow("double consonant") << "Anna"
                                          << "NNA";
        QTest::newRow("vowel first") << "Ugo"
                                     << "GUO";
        QTest::newRow("short: X") << "Al"
                                  << "LAX";
        QTest::newRow("short") << "Bo"
                               << "BOX";
        QTest::newRow("vowels only") << "Io"
                                     << "IOX";
        QTest::newRow("accented initial") << "Ènrico"
                                          << "NRC";
        QTest::newRow("diaeresis") << "Zoë"
                                   << "ZOE";
        QTest::newRow("Eva") << "Eva"
                             << "VEA";
        QTest::newRow("empty") << ""
                               << "XXX";
    }
    void nameCode()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(CodiceFiscale::nameCode(name), code);
    }

    void compute_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("code");
        QTest::newRow("Mario Rossi") << "Rossi"
                                     << "Mario" << QDate(1985, 12, 10) << Sex::Male << "A562"
                                     << "RSSMRA85T10A562S";
        QTest::newRow("Laura Bianchi") << "Bianchi"
                                       << "Laura" << QDate(1990, 1, 1) << Sex::Female << "F205"
                                       << "BNCLRA90A41F205I";
        QTest::newRow("accents, apostrophe, 4 consonants") << "Dell'Acqua"
                                                           << "Niccolò" << QDate(1970, 5, 3) << Sex::Male << "F205"
                                                           << "DLLNCL70E03F205D";
        QTest::newRow("short names, woman on the 31st, abroad") << "Fo"
                                                                << "Al" << QDate(2003, 8, 31) << Sex::Female << "z404"
                                                                << "FOXLAX03M71Z404D";
        QTest::newRow("umlaut, hyphen") << "Müller"
                                        << "Jean-Pierre" << QDate(1999, 12, 31) << Sex::Male << "Z112"
                                        << "MLLJPR99T31Z112K";
        QTest::newRow("two-word names") << "De Luca"
                                        << "Maria Grazia" << QDate(1962, 2, 28) << Sex::Female << "H501"
                                        << "DLCMGR62B68H501Z";
        QTest::newRow("29 February") << "Ng"
                                     << "Io" << QDate(2020, 2, 29) << Sex::Female << "L219"
                                     << "NGXIOX20B69L219H";
    }
    void compute()
    {
        QFETCH(QString, surname);
        QFETCH(QString, name);
        QFETCH(QDate, birthDate);
        QFETCH(Sex, sex);
        QFETCH(QString, place);
        QFETCH(QString, code);
        const auto cf = CodiceFiscale::compute(surname, name, birthDate, sex, place);
        QVERIFY(cf.hasValue());
        QCOMPARE(cf->text(), code);
        QVERIFY(cf->checkAgainst(surname, name, birthDate, sex).hasValue());
    }

    void computeRejectsBadInput()
    {
        const auto badPlace = CodiceFiscale::compute(u"Rossi", u"Mario", QDate(1985, 12, 10), Sex::Male, u"A56");
        QVERIFY(!badPlace.hasValue());
        QCOMPARE(badPlace.error().code, FieldError::Code::InvalidFormat);
        const auto badDate = CodiceFiscale::compute(u"Rossi", u"Mario", QDate(), Sex::Male, u"A562");
        QVERIFY(!badDate.hasValue());
        QCOMPARE(badDate.error().code, FieldError::Code::NonexistentDate);
    }

    void checkCharacter()
    {
        QCOMPARE(CodiceFiscale::checkCharacter(u"RSSMRA85T10A562"), QChar(u'S'));
        QCOMPARE(CodiceFiscale::checkCharacter(u"RSSMRA85T10A56N"), QChar(u'H'));
    }

    void checkAgainst_data()
    {
        QTest::addColumn<QString>("cf");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<FieldError::Code>("code"); // Required stands for "no error"
        QTest::addColumn<FieldError::Reason>("reason");
        QTest::addColumn<QString>("found");
        QTest::addColumn<QString>("expected");

        using R = FieldError::Reason;
        using C = FieldError::Code;
        const QString cf = QStringLiteral("RSSMRA85T10A562S");
        const QDate born(1985, 12, 10);
        QTest::newRow("match") << cf << "Rossi"
                               << "Mario" << born << Sex::Male << C::Required << R::None << ""
                               << "";
        QTest::newRow("match, lower case, trimmed") << " rssmra85t10a562s"
                                                    << "ROSSI"
                                                    << "mario" << born << Sex::Male << C::Required << R::None << ""
                                                    << "";
        QTest::newRow("match, omocode") << "RSSMRAURTMLARSNL"
                                        << "Rossi"
                                        << "Mario" << born << Sex::Male << C::Required << R::None << ""
                                        << "";
        QTest::newRow("match, other century")
            << cf << "Rossi"
            << "Mario" << QDate(1885, 12, 10) << Sex::Male << C::Required << R::None << ""
            << "";
        QTest::newRow("match, accents") << "DLLNCL70E03F205D"
                                        << "DELL'ACQUA"
                                        << "niccolo" << QDate(1970, 5, 3) << Sex::Male << C::Required << R::None << ""
                                        << "";
        QTest::newRow("surname") << cf << "Rizzi"
                                 << "Mario" << born << Sex::Male << C::Mismatch << R::Surname << "RSS"
                                 << "RZZ";
        QTest::newRow("name") << cf << "Rossi"
                              << "Marco" << born << Sex::Male << C::Mismatch << R::Name << "MRA"
                              << "MRC";
        QTest::newRow("surname before name") << cf << "Rizzi"
                                             << "Marco" << born << Sex::Male << C::Mismatch << R::Surname << "RSS"
                                             << "RZZ";
        QTest::newRow("year") << cf << "Rossi"
                              << "Mario" << QDate(1986, 12, 10) << Sex::Male << C::Mismatch << R::BirthYear << "85"
                              << "86";
        QTest::newRow("month") << cf << "Rossi"
                               << "Mario" << QDate(1985, 11, 10) << Sex::Male << C::Mismatch << R::BirthMonth << "T"
                               << "S";
        QTest::newRow("day") << cf << "Rossi"
                             << "Mario" << QDate(1985, 12, 11) << Sex::Male << C::Mismatch << R::BirthDay << "10"
                             << "11";
        QTest::newRow("sex") << cf << "Rossi"
                             << "Mario" << born << Sex::Female << C::Mismatch << R::Sex << "M"
                             << "F";
        QTest::newRow("woman's code, man") << "BNCLRA90A41F205I"
                                           << "Bianchi"
                                           << "Laura" << QDate(1990, 1, 1) << Sex::Male << C::Mismatch << R::Sex << "F"
                                           << "M";
        QTest::newRow("day before sex") << "BNCLRA90A41F205I"
                                        << "Bianchi"
                                        << "Laura" << QDate(1990, 1, 2) << Sex::Male << C::Mismatch << R::BirthDay
                                        << "01"
                                        << "02";
        QTest::newRow("company") << "00743110157"
                                 << "Rossi"
                                 << "Mario" << born << Sex::Male << C::Mismatch << R::NotAPerson << "00743110157"
                                 << "";
        QTest::newRow("malformed code") << "RSSMRA85T10A562A"
                                        << "Rossi"
                                        << "Mario" << born << Sex::Male << C::CheckCharacter << R::None << "A"
                                        << "S";
        QTest::newRow("invalid date") << cf << "Rossi"
                                      << "Mario" << QDate() << Sex::Male << C::NonexistentDate << R::None << ""
                                      << "";
    }
    void checkAgainst()
    {
        QFETCH(QString, cf);
        QFETCH(QString, surname);
        QFETCH(QString, name);
        QFETCH(QDate, birthDate);
        QFETCH(Sex, sex);
        QFETCH(FieldError::Code, code);
        QFETCH(FieldError::Reason, reason);
        QFETCH(QString, found);
        QFETCH(QString, expected);

        const auto result = CodiceFiscale::checkAgainst(cf, surname, name, birthDate, sex);
        if (code == FieldError::Code::Required) {
            QVERIFY(result.hasValue());
            return;
        }
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().reason, reason);
        QCOMPARE(result.error().found, found);
        QCOMPARE(result.error().expected, expected);
    }

    void errorDetails()
    {
        // The facts ui/ValidationText needs beyond the contract's code, position and expected.
        const auto month = CodiceFiscale::parse(u"RSSMRA85Z10A562S");
        QVERIFY(!month.hasValue());
        QCOMPARE(month.error().code, FieldError::Code::InvalidMonth);
        QCOMPARE(month.error().position, 9);
        QCOMPARE(month.error().found, QStringLiteral("Z"));

        const auto character = CodiceFiscale::parse(u"RSSMRAA5T10A562S");
        QVERIFY(!character.hasValue());
        QCOMPARE(character.error().expectedKind, FieldError::Expected::DigitOrOmocodeLetter);
        QCOMPARE(character.error().found, QStringLiteral("A"));

        const auto emoji = CodiceFiscale::parse(QString::fromUtf8("RSSMRA85T10A562\xF0\x9F\x98\x80"));
        QVERIFY(!emoji.hasValue());
        QCOMPARE(emoji.error().position, 16);
        QCOMPARE(emoji.error().found, QString::fromUtf8("\xF0\x9F\x98\x80"));

        const auto length = CodiceFiscale::parse(u"RSSMRA85T10A562");
        QCOMPARE(length.error().length, 15);
        QCOMPARE(length.error().requiredLength, 16);
        QCOMPARE(length.error().alternativeLength, 11);

        const auto check = CodiceFiscale::parse(u"RSSMRA85T10A562A");
        QCOMPARE(check.error().found, QStringLiteral("A"));
        QCOMPARE(check.error().expected, QStringLiteral("S"));

        const auto day = CodiceFiscale::parse(u"RSSMRA85TPRA562N"); // omocode day 35
        QCOMPARE(day.error().code, FieldError::Code::InvalidDay);
        QCOMPARE(day.error().day, 35);

        const auto date = CodiceFiscale::parse(u"RSSMRA85B30A562G");
        QCOMPARE(date.error().code, FieldError::Code::NonexistentDate);
        QCOMPARE(date.error().day, 30);
        QCOMPARE(date.error().month, 2);
        QCOMPARE(date.error().year, 85);
        QCOMPARE(date.error().yearDigits, 2);
    }
};

QTEST_APPLESS_MAIN(TestCodiceFiscale)
#include "tst_codicefiscale.moc"
