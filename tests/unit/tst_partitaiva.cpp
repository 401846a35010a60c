#include "app/domain/PartitaIva.h"

#include <QTest>

using inlinea::domain::FieldError;
using inlinea::domain::PartitaIva;

Q_DECLARE_METATYPE(FieldError::Code)

class TestPartitaIva : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<FieldError::Code>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("expected");

        using C = FieldError::Code;
        // Valid values from ../shared/docs/domain.md and fiscal.make_partita_iva().
        QTest::newRow("example") << "00743110157" << true << C::Required << 0 << "";
        QTest::newRow("Milano office") << "12345670157" << true << C::Required << 0 << "";
        QTest::newRow("office 121") << "99999991211" << true << C::Required << 0 << "";
        QTest::newRow("public body") << "80012345676" << true << C::Required << 0 << "";
        QTest::newRow("trimmed") << "\t00743110157  " << true << C::Required << 0 << "";
        QTest::newRow("empty") << "" << false << C::Required << 0 << "";
        QTest::newRow("blank") << "   " << false << C::Required << 0 << "";
        QTest::newRow("10 digits") << "0074311015" << false << C::Length << 0 << "";
        QTest::newRow("12 digits") << "007431101570" << false << C::Length << 0 << "";
        QTest::newRow("IT prefix") << "IT00743110157" << false << C::Length << 0 << "";
        QTest::newRow("letter") << "0074311015A" << false << C::InvalidCharacter << 11 << "";
        QTest::newRow("leftmost") << "0A74311015B" << false << C::InvalidCharacter << 2 << "";
        QTest::newRow("full-width digit") << QString::fromUtf8("\xEF\xBC\x90"
                                                               "0743110157")
                                          << false << C::InvalidCharacter << 1 << "";
        QTest::newRow("Arabic-Indic digit")
            << QString::fromUtf8("0074311015\xD9\xA7") << false << C::InvalidCharacter << 11 << "";
        QTest::newRow("all zeros") << "00000000000" << false << C::ZeroCompanyNumber << 0 << "";
        QTest::newRow("zero company, bad check") << "00000001231" << false << C::ZeroCompanyNumber << 0 << "";
        QTest::newRow("check digit") << "00743110158" << false << C::CheckDigit << 0 << "7";
        QTest::newRow("check digit 0") << "12345670150" << false << C::CheckDigit << 0 << "7";
        QTest::newRow("transposition") << "00743101157" << false << C::CheckDigit << 0 << "6";
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(FieldError::Code, code);
        QFETCH(int, position);
        QFETCH(QString, expected);

        const auto piva = PartitaIva::parse(input);
        QCOMPARE(piva.hasValue(), valid);
        if (valid) {
            QCOMPARE(piva->text(), input.trimmed());
            return;
        }
        QCOMPARE(piva.error().code, code);
        QCOMPARE(piva.error().position, position);
        QCOMPARE(piva.error().expected, expected);
    }

    void parts()
    {
        const auto piva = PartitaIva::parse(u"00743110157");
        QVERIFY(piva.hasValue());
        QCOMPARE(piva->companyNumber(), QStringLiteral("0074311"));
        QCOMPARE(piva->officeCode(), QStringLiteral("015"));
    }

    void checkDigitErrorCarriesWhatWasEntered()
    {
        const auto piva = PartitaIva::parse(u"00743110158");
        QCOMPARE(piva.error().found, QStringLiteral("8"));
        QCOMPARE(piva.error().expected, QStringLiteral("7"));
    }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("first10");
        QTest::addColumn<int>("digit");
        QTest::newRow("example") << "0074311015" << 7;
        QTest::newRow("sum multiple of 10") << "0000000000" << 0;
        QTest::newRow("doubling over 9") << "0909090909" << 5; // 0+9+0+9+... = 45 -> 5
        QTest::newRow("body") << "8001234567" << 6;
    }
    void checkDigit()
    {
        QFETCH(QString, first10);
        QFETCH(int, digit);
        QCOMPARE(PartitaIva::checkDigit(first10), digit);
    }

    void everyOtherLastDigitIsRejected()
    {
        for (int last = 0; last <= 9; ++last) {
            const auto piva = PartitaIva::parse(QStringLiteral("0074311015%1").arg(last));
            QCOMPARE(piva.hasValue(), last == 7);
        }
    }
};

QTEST_APPLESS_MAIN(TestPartitaIva)
#include "tst_partitaiva.moc"
