#include "CodiceFiscale.h"

#include "FieldText.h"
#include "PartitaIva.h"

#include <array>
#include <utility>

namespace inlinea::domain {

namespace {

constexpr QStringView kMonthLetters = u"ABCDEHLMPRST"; // January ... December
constexpr QStringView kOmocodeLetters = u"LMNPQRSTUV"; // stand for 0 ... 9
constexpr QStringView kVowels = u"AEIOU";
// 0-based indexes of the digits that omocodia may replace, left to right; the Agenzia replaces from the right.
constexpr std::array<qsizetype, 7> kOmocodePositions{6, 7, 9, 10, 12, 13, 14};
// Values of A-Z (and of 0-9, which count as A-J) at odd 1-based positions.
constexpr std::array<int, 26> kOddValues{1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                         20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
constexpr int kWomanDayOffset = 40;

bool isOmocodePosition(std::size_t index)
{
    for (const qsizetype position : kOmocodePositions) {
        if (static_cast<std::size_t>(position) == index) {
            return true;
        }
    }
    return false;
}

FieldError::Expected expectationAt(std::size_t index)
{
    if (index == 8) {
        return FieldError::Expected::MonthLetter;
    }
    return isOmocodePosition(index) ? FieldError::Expected::DigitOrOmocodeLetter : FieldError::Expected::Letter;
}

bool allowed(char32_t c, FieldError::Expected expectation)
{
    switch (expectation) {
    case FieldError::Expected::MonthLetter: return c < 0x10000 && kMonthLetters.contains(QChar(char16_t(c)));
    case FieldError::Expected::DigitOrOmocodeLetter:
        return FieldText::isDigit(c) || (c < 0x10000 && kOmocodeLetters.contains(QChar(char16_t(c))));
    default: return FieldText::isLetter(c);
    }
}

// Upper-case A-Z only, accents stripped by compatibility decomposition ("ò" -> "o" + combining grave).
QString lettersOf(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString letters;
    for (const QChar ch : decomposed) {
        const char16_t c = ch.unicode();
        if (c >= u'a' && c <= u'z') {
            letters.append(QChar(char16_t(c - u'a' + u'A')));
        } else if (c >= u'A' && c <= u'Z') {
            letters.append(ch);
        }
    }
    return letters;
}

void split(QStringView text, QString& consonants, QString& vowels)
{
    for (const QChar ch : lettersOf(text)) {
        (kVowels.contains(ch) ? vowels : consonants).append(ch);
    }
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

FieldError mismatch(FieldError::Reason reason, QString found, QString expected)
{
    FieldError error;
    error.code = FieldError::Code::Mismatch;
    error.reason = reason;
    error.found = std::move(found);
    error.expected = std::move(expected);
    return error;
}

} // namespace

CodiceFiscale::CodiceFiscale(QString text, Kind kind)
    : m_text(std::move(text))
    , m_kind(kind)
{}

Result<CodiceFiscale, FieldError> CodiceFiscale::parse(QStringView text)
{
    const std::u32string value = FieldText::normalize(text, FieldText::Case::Upper);
    if (value.empty()) {
        return fail(FieldError::required());
    }
    if (value.size() == 11 && FieldText::allDigits(value)) {
        auto body = PartitaIva::parse(FieldText::toQString(value));
        if (!body) {
            return fail(body.error());
        }
        return CodiceFiscale(body->text(), Kind::Body);
    }
    if (value.size() != 16) {
        return fail(FieldError::wrongLength(FieldText::size(value), 16, 11));
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const FieldError::Expected expectation = expectationAt(i);
        if (!allowed(value[i], expectation)) {
            return fail(
                FieldError::invalidCharacter(static_cast<int>(i) + 1, FieldText::toQString(value[i]), expectation));
        }
    }
    // Every character is now A-Z or 0-9, so one UTF-16 unit each.
    CodiceFiscale cf(FieldText::toQString(value), Kind::Person);
    const QChar check = checkCharacter(QStringView(cf.m_text).left(15));
    if (cf.m_text.at(15) != check) {
        FieldError error;
        error.code = FieldError::Code::CheckCharacter;
        error.found = cf.m_text.right(1);
        error.expected = QString(check);
        return fail(std::move(error));
    }

    const QString regular = cf.regularForm();
    for (const qsizetype position : kOmocodePositions) {
        cf.m_omocodeCount += regular.at(position) != cf.m_text.at(position) ? 1 : 0;
    }
    const int dayCode = QStringView(regular).mid(9, 2).toInt();
    cf.m_yearOfCentury = QStringView(regular).mid(6, 2).toInt();
    cf.m_month = static_cast<int>(kMonthLetters.indexOf(regular.at(8))) + 1;
    if (dayCode >= 1 && dayCode <= 31) {
        cf.m_sex = Sex::Male;
        cf.m_day = dayCode;
    } else if (dayCode >= 1 + kWomanDayOffset && dayCode <= 31 + kWomanDayOffset) {
        cf.m_sex = Sex::Female;
        cf.m_day = dayCode - kWomanDayOffset;
    } else {
        FieldError error;
        error.code = FieldError::Code::InvalidDay;
        error.day = dayCode;
        return fail(std::move(error));
    }
    if (!QDate::isValid(1900 + cf.m_yearOfCentury, cf.m_month, cf.m_day) &&
        !QDate::isValid(2000 + cf.m_yearOfCentury, cf.m_month, cf.m_day)) {
        return fail(FieldError::nonexistentDate(cf.m_day, cf.m_month, cf.m_yearOfCentury, 2));
    }
    return cf;
}

Result<CodiceFiscale, FieldError> CodiceFiscale::compute(QStringView cognome, QStringView nome, QDate birthDate,
                                                         Sex sex, QStringView cadastralCode)
{
    if (!birthDate.isValid()) {
        return fail(FieldError::nonexistentDate(0, 0, 0));
    }
    const std::u32string place = FieldText::normalize(cadastralCode, FieldText::Case::Upper);
    if (place.size() != 4 || !FieldText::isLetter(place[0]) || !FieldText::allDigits(place.substr(1))) {
        return fail(FieldError::invalidFormat(FieldError::Expected::Nothing));
    }
    const int day = birthDate.day() + (sex == Sex::Female ? kWomanDayOffset : 0);
    const int yearOfCentury = ((birthDate.year() % 100) + 100) % 100;
    QString first15 = surnameCode(cognome) + nameCode(nome) + twoDigits(yearOfCentury) +
                      kMonthLetters.at(birthDate.month() - 1) + twoDigits(day) + FieldText::toQString(place);
    first15.append(checkCharacter(first15));
    return parse(first15);
}

QString CodiceFiscale::surnameCode(QStringView cognome)
{
    QString consonants;
    QString vowels;
    split(cognome, consonants, vowels);
    return (consonants + vowels + QStringLiteral("XXX")).left(3);
}

QString CodiceFiscale::nameCode(QStringView nome)
{
    QString consonants;
    QString vowels;
    split(nome, consonants, vowels);
    if (consonants.size() >= 4) {
        return QString(consonants.at(0)) + consonants.at(2) + consonants.at(3);
    }
    return (consonants + vowels + QStringLiteral("XXX")).left(3);
}

QChar CodiceFiscale::checkCharacter(QStringView first15)
{
    int sum = 0;
    for (qsizetype i = 0; i < first15.size() && i < 15; ++i) {
        const char16_t c = first15.at(i).unicode();
        const int index = c <= u'9' ? c - u'0' : c - u'A';
        // Index 0 is 1-based position 1, an odd one.
        sum += i % 2 == 0 ? kOddValues.at(static_cast<std::size_t>(index)) : index;
    }
    return QChar(static_cast<char16_t>(u'A' + sum % 26));
}

Status<FieldError> CodiceFiscale::checkAgainst(QStringView cf, QStringView cognome, QStringView nome, QDate birthDate,
                                               Sex sex)
{
    const auto parsed = parse(cf);
    if (!parsed) {
        return fail(parsed.error());
    }
    return parsed->checkAgainst(cognome, nome, birthDate, sex);
}

QDate CodiceFiscale::birthDate(QDate today) const
{
    if (m_kind != Kind::Person) {
        return {};
    }
    for (const int century : {2000, 1900}) {
        const QDate candidate(century + m_yearOfCentury, m_month, m_day);
        if (candidate.isValid() && candidate <= today) {
            return candidate;
        }
    }
    return {};
}

QString CodiceFiscale::cadastralCode() const
{
    return m_kind == Kind::Person ? regularForm().mid(11, 4) : QString();
}

QString CodiceFiscale::regularForm() const
{
    if (m_kind != Kind::Person) {
        return m_text;
    }
    QString regular = m_text.left(15);
    for (const qsizetype position : kOmocodePositions) {
        const qsizetype digit = kOmocodeLetters.indexOf(regular.at(position));
        if (digit >= 0) {
            regular[position] = QChar(static_cast<char16_t>(u'0' + digit));
        }
    }
    regular.append(checkCharacter(regular));
    return regular;
}

CodiceFiscale CodiceFiscale::omocodeVariant(int level) const
{
    QString variant = regularForm().left(15);
    for (int i = 0; i < level && i < static_cast<int>(kOmocodePositions.size()); ++i) {
        const qsizetype position = kOmocodePositions.at(kOmocodePositions.size() - 1 - static_cast<std::size_t>(i));
        variant[position] = kOmocodeLetters.at(variant.at(position).unicode() - u'0');
    }
    variant.append(checkCharacter(variant));
    return parse(variant).value();
}

Status<FieldError> CodiceFiscale::checkAgainst(QStringView cognome, QStringView nome, QDate birthDate, Sex sex) const
{
    using R = FieldError::Reason;
    if (m_kind != Kind::Person) {
        return fail(mismatch(R::NotAPerson, m_text, {}));
    }
    if (!birthDate.isValid()) {
        return fail(FieldError::nonexistentDate(0, 0, 0));
    }
    if (const QString expected = surnameCode(cognome); expected != m_text.left(3)) {
        return fail(mismatch(R::Surname, m_text.left(3), expected));
    }
    if (const QString expected = nameCode(nome); expected != m_text.mid(3, 3)) {
        return fail(mismatch(R::Name, m_text.mid(3, 3), expected));
    }
    if (const int yy = ((birthDate.year() % 100) + 100) % 100; yy != m_yearOfCentury) {
        return fail(mismatch(R::BirthYear, twoDigits(m_yearOfCentury), twoDigits(yy)));
    }
    if (birthDate.month() != m_month) {
        return fail(mismatch(R::BirthMonth, QString(kMonthLetters.at(m_month - 1)),
                             QString(kMonthLetters.at(birthDate.month() - 1))));
    }
    if (birthDate.day() != m_day) {
        return fail(mismatch(R::BirthDay, twoDigits(m_day), twoDigits(birthDate.day())));
    }
    if (sex != m_sex) {
        const auto letter = [](Sex s) { return s == Sex::Female ? QStringLiteral("F") : QStringLiteral("M"); };
        return fail(mismatch(R::Sex, letter(m_sex), letter(sex)));
    }
    return Ok{};
}

} // namespace inlinea::domain
