#pragma once

#include "FieldError.h"
#include "Sex.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace inlinea::domain {

// An Italian codice fiscale: 16 characters for a person (SSSNNNYYMDDLLLLC, ../shared/docs/domain.md), or 11 digits
// for a company or public body (checked like a partita IVA). A parsed value is valid and normalised (trimmed,
// upper case); the person's data are decoded with omocodia undone.
class CodiceFiscale {
public:
    enum class Kind { Person, Body };

    // Trims and upper-cases, then reports the first error in the order shared with the portal: required; length (16,
    // or 11 when all digits, which then follows PartitaIva's rules); invalid_character from left to right, except
    // that position 9 gives invalid_month; check_character; invalid_day; nonexistent_date. A date exists when it
    // exists in 19yy or 20yy: the century is not encoded, so 29 February needs yy divisible by 4 (00 is 2000).
    [[nodiscard]] static Result<CodiceFiscale, FieldError> parse(QStringView text);
    // The regular (non-omocode) code of a person. Errors: nonexistent_date for an invalid date, invalid_format for
    // a cadastral code that is not a letter and three digits.
    [[nodiscard]] static Result<CodiceFiscale, FieldError> compute(QStringView cognome, QStringView nome,
                                                                   QDate birthDate, Sex sex, QStringView cadastralCode);
    // The three letters of a surname: its consonants, then its vowels, then X. Accents are stripped ("Niccolò"),
    // anything but A-Z is ignored (apostrophes, spaces).
    [[nodiscard]] static QString surnameCode(QStringView cognome);
    // As surnameCode, except that a name with four or more consonants takes the 1st, 3rd and 4th.
    [[nodiscard]] static QString nameCode(QStringView nome);
    // The check letter of the first 15 characters. Precondition: 15 characters, each A-Z or 0-9.
    [[nodiscard]] static QChar checkCharacter(QStringView first15);
    // parse(cf), then checkAgainst() on the result: a malformed code gives its parse error.
    [[nodiscard]] static Status<FieldError> checkAgainst(QStringView cf, QStringView cognome, QStringView nome,
                                                         QDate birthDate, Sex sex);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] Kind kind() const { return m_kind; }

    // Person only (Kind::Person); with omocodia undone.
    [[nodiscard]] Sex sex() const { return m_sex; }
    [[nodiscard]] int birthDay() const { return m_day; }
    [[nodiscard]] int birthMonth() const { return m_month; }
    [[nodiscard]] int birthYearOfCentury() const { return m_yearOfCentury; }
    // The birth date in the most recent century that does not put it after `today`.
    [[nodiscard]] QDate birthDate(QDate today) const;
    // Belfiore code of the comune, or Z + 3 digits for a foreign state (e.g. Z112 Germany).
    [[nodiscard]] QString cadastralCode() const;
    [[nodiscard]] bool isOmocode() const { return m_omocodeCount > 0; }
    // How many of the 7 replaceable digits are letters.
    [[nodiscard]] int omocodeCount() const { return m_omocodeCount; }
    // The code with every omocodia letter turned back into its digit and the check letter recomputed.
    [[nodiscard]] QString regularForm() const;
    // The code the Agenzia delle Entrate gives the level-th homonym: the `level` rightmost replaceable digits
    // (positions 15, 14, 13, 11, 10, 8, 7) of the regular form become letters. Precondition: person, level 1-7.
    [[nodiscard]] CodiceFiscale omocodeVariant(int level) const;
    // mismatch when the code disagrees with the person: the first of surname, name, birth year, month, day, sex
    // (Reason says which; `found` is the code's part, `expected` what the data give). A body's code gives
    // mismatch/NotAPerson. An invalid birth date gives nonexistent_date. The birthplace is not checked.
    [[nodiscard]] Status<FieldError> checkAgainst(QStringView cognome, QStringView nome, QDate birthDate,
                                                  Sex sex) const;

private:
    CodiceFiscale(QString text, Kind kind);

    QString m_text;
    Kind m_kind = Kind::Person;
    Sex m_sex = Sex::Male;
    int m_day = 0;
    int m_month = 0;
    int m_yearOfCentury = 0;
    int m_omocodeCount = 0;
};

} // namespace inlinea::domain
