#include "FieldErrorText.h"

#include <QStringList>

namespace inlinea::cli {

using domain::FieldError;
using C = FieldError::Code;
using R = FieldError::Reason;
using E = FieldError::Expected;

namespace {

QString number(int value)
{
    return QString::number(value);
}

QString date(const FieldError& error)
{
    QStringList parts;
    if (error.day != 0) {
        parts << QStringLiteral("day ") + number(error.day);
    }
    if (error.month != 0) {
        parts << QStringLiteral("month ") + number(error.month);
    }
    if (error.year != 0) {
        parts << QStringLiteral("year ") + number(error.year);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

RowProblem FieldErrorText::problem(const QString& field, const FieldError& error)
{
    return RowProblem{field, domain::codeName(error.code), facts(error)};
}

QString FieldErrorText::facts(const FieldError& error)
{
    QStringList parts;
    switch (error.code) {
    case C::Length:
        parts << QStringLiteral("found ") + number(error.length)
              << QStringLiteral("expected ") + number(error.requiredLength) +
                     (error.alternativeLength != 0 ? QStringLiteral(" or ") + number(error.alternativeLength)
                                                   : QString());
        break;
    case C::InvalidCharacter:
    case C::InvalidMonth:
        parts << QStringLiteral("position ") + number(error.position) << QStringLiteral("found ") + error.found;
        if (!expectedName(error.expectedKind).isEmpty()) {
            parts << QStringLiteral("expected ") + expectedName(error.expectedKind);
        }
        break;
    case C::InvalidDay: parts << QStringLiteral("day code ") + number(error.day); break;
    case C::NonexistentDate:
    case C::FutureDate:
        if (const QString d = date(error); !d.isEmpty()) {
            parts << d;
        }
        break;
    case C::CheckCharacter:
    case C::CheckDigit: parts << QStringLiteral("expected ") + error.expected; break;
    case C::UnknownProvince:
        if (!error.found.isEmpty()) {
            parts << QStringLiteral("found ") + error.found;
        }
        break;
    case C::InvalidFormat:
        if (!reasonName(error.reason).isEmpty()) {
            parts << QStringLiteral("reason ") + reasonName(error.reason);
        }
        if (!error.found.isEmpty()) {
            parts << QStringLiteral("found ") + error.found;
        }
        if (!expectedName(error.expectedKind).isEmpty()) {
            parts << QStringLiteral("expected ") + expectedName(error.expectedKind);
        }
        break;
    case C::Mismatch:
        parts << QStringLiteral("part ") + reasonName(error.reason);
        if (!error.found.isEmpty()) {
            parts << QStringLiteral("found ") + error.found;
        }
        if (!error.expected.isEmpty()) {
            parts << QStringLiteral("expected ") + error.expected;
        }
        break;
    case C::Required:
    case C::ZeroCompanyNumber:
    case C::ReadOnly: break;
    }
    return parts.join(QStringLiteral(", "));
}

QString FieldErrorText::reasonName(R reason)
{
    switch (reason) {
    case R::None: return {};
    case R::MissingAt: return QStringLiteral("missing_at");
    case R::MultipleAt: return QStringLiteral("multiple_at");
    case R::EmptyLocalPart: return QStringLiteral("empty_local_part");
    case R::LocalPartTooLong: return QStringLiteral("local_part_too_long");
    case R::LocalPartCharacter: return QStringLiteral("local_part_character");
    case R::MisplacedDot: return QStringLiteral("misplaced_dot");
    case R::EmptyDomain: return QStringLiteral("empty_domain");
    case R::DomainWithoutDot: return QStringLiteral("domain_without_dot");
    case R::EmptyDomainLabel: return QStringLiteral("empty_domain_label");
    case R::DomainLabelCharacter: return QStringLiteral("domain_label_character");
    case R::DomainLabelHyphen: return QStringLiteral("domain_label_hyphen");
    case R::DomainLabelTooLong: return QStringLiteral("domain_label_too_long");
    case R::TopLevelDomain: return QStringLiteral("top_level_domain");
    case R::TooLong: return QStringLiteral("too_long");
    case R::Surname: return QStringLiteral("surname");
    case R::Name: return QStringLiteral("name");
    case R::BirthYear: return QStringLiteral("birth_year");
    case R::BirthMonth: return QStringLiteral("birth_month");
    case R::BirthDay: return QStringLiteral("birth_day");
    case R::Sex: return QStringLiteral("sex");
    case R::NotAPerson: return QStringLiteral("not_a_person");
    }
    return {};
}

QString FieldErrorText::expectedName(E expected)
{
    switch (expected) {
    case E::Nothing: return {};
    case E::Letter: return QStringLiteral("letter");
    case E::Digit: return QStringLiteral("digit");
    case E::DigitOrOmocodeLetter: return QStringLiteral("digit_or_omocode_letter");
    case E::MonthLetter: return QStringLiteral("month_letter");
    case E::EmailAddress: return QStringLiteral("email_address");
    case E::DateGgMmAaaa: return QStringLiteral("dd/mm/yyyy");
    }
    return {};
}

} // namespace inlinea::cli
