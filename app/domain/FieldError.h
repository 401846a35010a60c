#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace inlinea::domain {

// The first thing wrong with a field value: the code shared with the portal (docs/anagrafiche-api.md) plus the facts
// the ui needs to say it precisely. No sentences here: ui/ValidationText turns an error into words.
struct FieldError {
    enum class Code {
        Required,
        Length,
        InvalidCharacter,
        InvalidMonth,
        InvalidDay,
        NonexistentDate,
        CheckCharacter,
        CheckDigit,
        ZeroCompanyNumber,
        UnknownProvince,
        InvalidFormat,
        FutureDate,
        Mismatch,
        ReadOnly,
    };

    // What the value should have held where it went wrong (invalid_character, invalid_month, invalid_format).
    enum class Expected {
        Nothing,
        Letter,               // A-Z
        Digit,                // 0-9
        DigitOrOmocodeLetter, // codice fiscale: 0-9, or L M N P Q R S T U V standing for them (omocodia)
        MonthLetter,          // codice fiscale position 9: A B C D E H L M P R S T
        EmailAddress,         // nome@dominio.it
        DateGgMmAaaa,         // 22/08/1974
    };

    // Why an email or PEC is malformed, or which part of a codice fiscale disagrees with the person (mismatch).
    enum class Reason {
        None,
        // invalid_format of an email or PEC
        MissingAt,
        MultipleAt,
        EmptyLocalPart,
        LocalPartTooLong,   // over 64 characters
        LocalPartCharacter, // `found` is the character
        MisplacedDot,       // local part starts or ends with a dot, or has two in a row
        EmptyDomain,
        DomainWithoutDot,
        EmptyDomainLabel,     // "example..it", ".example.it", "example.it."
        DomainLabelCharacter, // `found` is the character
        DomainLabelHyphen,    // a label starts or ends with "-"
        DomainLabelTooLong,   // over 63 characters
        TopLevelDomain,       // one character or all digits
        TooLong,              // over 254 characters
        // mismatch of a codice fiscale: `found` is the part in the code, `expected` what the person's data give
        Surname,
        Name,
        BirthYear,
        BirthMonth,
        BirthDay,
        Sex,
        NotAPerson, // an 11-digit codice fiscale of a company or body
    };

    Code code = Code::Required;
    Expected expectedKind = Expected::Nothing;
    Reason reason = Reason::None;
    int position = 0;          // 1-based, counted in code points; 0 when no single character is at fault
    QString found;             // the character at fault, the check character/digit entered, or the mismatching part
    QString expected;          // check character or digit (the contract's `expected`), or what the person's data give
    int length = 0;            // length: characters entered (code points)
    int requiredLength = 0;    // length: what the field needs
    int alternativeLength = 0; // length: the other accepted length (11 digits for a codice fiscale), else 0
    // invalid_day (day is the day code), nonexistent_date, future_date: the date as read. A codice fiscale carries
    // only two year digits (yearDigits 2) because the century is not encoded.
    int day = 0;
    int month = 0;
    int year = 0;
    int yearDigits = 4;

    friend bool operator==(const FieldError&, const FieldError&) = default;

    [[nodiscard]] static FieldError required();
    [[nodiscard]] static FieldError wrongLength(int length, int requiredLength, int alternativeLength = 0);
    [[nodiscard]] static FieldError invalidCharacter(int position, QString found, Expected expectedKind);
    [[nodiscard]] static FieldError invalidFormat(Expected expectedKind, Reason reason = Reason::None,
                                                  QString found = {});
    [[nodiscard]] static FieldError nonexistentDate(int day, int month, int year, int yearDigits = 4);
};

// The contract's wire name of a code ("check_character"), and back.
[[nodiscard]] QString codeName(FieldError::Code code);
[[nodiscard]] std::optional<FieldError::Code> codeFromName(QStringView name);

} // namespace inlinea::domain
