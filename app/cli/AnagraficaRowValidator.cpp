#include "AnagraficaRowValidator.h"

#include "FieldErrorText.h"
#include "app/domain/AnagraficaRules.h"
#include "app/domain/Cap.h"
#include "app/domain/CodiceFiscale.h"
#include "app/domain/EmailAddress.h"
#include "app/domain/FieldText.h"
#include "app/domain/ItalianDate.h"
#include "app/domain/PartitaIva.h"
#include "app/domain/Provincia.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace inlinea::cli {

using anagrafiche::Anagrafica;
using domain::CodiceFiscale;
using domain::FieldError;
using Tipo = Anagrafica::Tipo;

namespace {

const QString Tipi = QStringLiteral("persona_fisica, persona_giuridica, ente, professionista");
const QString MonthLetters = QStringLiteral("ABCDEHLMPRST");
constexpr Tipo AllTipi[] = {Tipo::PersonaFisica, Tipo::PersonaGiuridica, Tipo::Ente, Tipo::Professionista};

// Stored upper case, as the portal does.
bool isCode(QStringView key)
{
    static const QStringList codes{QStringLiteral("sesso"),
                                   QStringLiteral("codice_fiscale"),
                                   QStringLiteral("partita_iva"),
                                   QStringLiteral("cap"),
                                   QStringLiteral("provincia"),
                                   QStringLiteral("provincia_nascita"),
                                   QStringLiteral("legale_rappresentante_codice_fiscale")};
    return codes.contains(key);
}

QString asciiUpper(const QString& text)
{
    QString result = text;
    for (QChar& c : result) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            c = QChar(static_cast<char16_t>(c.unicode() - u'a' + u'A'));
        }
    }
    return result;
}

// The editor's rules (app/domain/AnagraficaRules); without a known tipo, what every tipo requires.
QStringList requiredFields(std::optional<Tipo> tipo)
{
    QStringList required;
    for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
        const QString key = QLatin1String(field.key);
        const bool always = std::all_of(std::begin(AllTipi), std::end(AllTipi),
                                        [&key](Tipo t) { return domain::AnagraficaRules::isRequired(t, key); });
        if (tipo ? domain::AnagraficaRules::isRequired(*tipo, key) : always) {
            required << key;
        }
    }
    return required;
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

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

template <typename T> std::optional<FieldError> errorOf(const Result<T, FieldError>& result)
{
    return result ? std::nullopt : std::optional<FieldError>(result.error());
}

// The checks of one row, collecting its problems.
class RowCheck {
public:
    RowCheck(const ImportRow& row, QDate today)
        : m_today(today)
    {
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            const QString key = QLatin1String(field.key);
            const QString value = row.values.value(key).trimmed();
            m_values.insert(key, isCode(key) ? asciiUpper(value) : value);
        }
        for (const QString& key : row.notText) {
            m_problems.append(RowProblem{key, QStringLiteral("invalid_format"), QStringLiteral("expected text")});
            m_failed.append(key);
        }
        const QString tipo = row.values.value(QStringLiteral("tipo")).trimmed().toLower();
        if (tipo.isEmpty() && !m_failed.contains(QStringLiteral("tipo"))) {
            add(QStringLiteral("tipo"), FieldError::required());
        } else if (!tipo.isEmpty()) {
            m_tipo = anagrafiche::tipoFromKey(tipo);
            if (!m_tipo) {
                m_problems.append(RowProblem{QStringLiteral("tipo"), QStringLiteral("invalid_format"),
                                             QStringLiteral("expected one of ") + Tipi});
            }
        }
    }

    void run()
    {
        for (const QString& key : requiredFields(m_tipo)) {
            if (value(key).isEmpty() && !m_failed.contains(key)) {
                add(key, FieldError::required());
            }
        }
        const std::optional<CodiceFiscale> cf = codiceFiscale();
        check(QStringLiteral("partita_iva"), [](const QString& v) { return errorOf(domain::PartitaIva::parse(v)); });
        check(QStringLiteral("cap"), [](const QString& v) { return errorOf(domain::Cap::parse(v)); });
        for (const QString& key : {QStringLiteral("provincia"), QStringLiteral("provincia_nascita")}) {
            check(key, [](const QString& v) { return errorOf(domain::Provincia::parse(v)); });
        }
        for (const QString& key : {QStringLiteral("pec"), QStringLiteral("email")}) {
            check(key, [](const QString& v) { return errorOf(domain::EmailAddress::parse(v)); });
        }
        const std::optional<QDate> birth = birthDate();
        const std::optional<domain::Sex> sex = sesso();
        if (cf && isPerson()) {
            matchPerson(QStringLiteral("codice_fiscale"), *cf, value(QStringLiteral("cognome")),
                        value(QStringLiteral("nome")), birth, sex);
        }
        if (const auto representative = personCode(QStringLiteral("legale_rappresentante_codice_fiscale"))) {
            matchPerson(QStringLiteral("legale_rappresentante_codice_fiscale"), *representative,
                        value(QStringLiteral("legale_rappresentante_cognome")),
                        value(QStringLiteral("legale_rappresentante_nome")), std::nullopt, std::nullopt);
        }
    }

    [[nodiscard]] QList<RowProblem> problems() const
    {
        // In the order of the columns, so that a row's report reads left to right.
        QList<RowProblem> sorted = m_problems;
        const QStringList order = AnagraficheFile::columns();
        std::stable_sort(sorted.begin(), sorted.end(), [&order](const RowProblem& a, const RowProblem& b) {
            return order.indexOf(a.field) < order.indexOf(b.field);
        });
        return sorted;
    }

    [[nodiscard]] Anagrafica anagrafica() const
    {
        Anagrafica a;
        a.tipo = m_tipo.value_or(Tipo::PersonaGiuridica);
        for (const anagrafiche::AnagraficaField& field : anagrafiche::textFields()) {
            a.*field.member = value(QLatin1String(field.key));
        }
        a.dataNascita = m_isoBirthDate.value_or(a.dataNascita);
        return a;
    }

private:
    [[nodiscard]] QString value(const QString& key) const { return m_values.value(key); }
    [[nodiscard]] bool isPerson() const { return m_tipo == Tipo::PersonaFisica || m_tipo == Tipo::Professionista; }
    [[nodiscard]] bool present(const QString& key) const { return !value(key).isEmpty() && !m_failed.contains(key); }

    void add(const QString& key, const FieldError& error)
    {
        m_problems.append(FieldErrorText::problem(key, error));
        m_failed.append(key);
    }

    template <typename Validate> bool check(const QString& key, Validate validate)
    {
        if (!present(key)) {
            return false;
        }
        if (const std::optional<FieldError> error = validate(value(key))) {
            add(key, *error);
            return false;
        }
        return true;
    }

    [[nodiscard]] static int length(const QString& text)
    {
        return domain::FieldText::size(domain::FieldText::normalize(text, domain::FieldText::Case::Keep));
    }

    // 16 characters for a person, 11 digits for a company or body, either when the tipo is unknown.
    std::optional<CodiceFiscale> codiceFiscale()
    {
        const QString key = QStringLiteral("codice_fiscale");
        if (!present(key)) {
            return std::nullopt;
        }
        if (m_tipo && !isPerson()) {
            const int size = length(value(key));
            if (size != 11) {
                add(key, FieldError::wrongLength(size, 11));
                return std::nullopt;
            }
            check(key, [](const QString& v) { return errorOf(domain::PartitaIva::parse(v)); });
            return std::nullopt;
        }
        return m_tipo ? personCode(key) : parsed(key);
    }

    std::optional<CodiceFiscale> personCode(const QString& key)
    {
        if (!present(key)) {
            return std::nullopt;
        }
        if (const int size = length(value(key)); size != 16) {
            add(key, FieldError::wrongLength(size, 16));
            return std::nullopt;
        }
        return parsed(key);
    }

    std::optional<CodiceFiscale> parsed(const QString& key)
    {
        auto cf = CodiceFiscale::parse(value(key));
        if (!cf) {
            add(key, cf.error());
            return std::nullopt;
        }
        return std::move(cf).value();
    }

    // YYYY-MM-DD as on the wire, or dd/mm/yyyy as a spreadsheet in Italian shows it.
    std::optional<QDate> birthDate()
    {
        const QString key = QStringLiteral("data_nascita");
        if (!present(key)) {
            return std::nullopt;
        }
        static const QRegularExpression iso(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
        const QRegularExpressionMatch match = iso.match(value(key));
        std::optional<QDate> date;
        if (match.hasMatch()) {
            const int year = match.captured(1).toInt();
            const int month = match.captured(2).toInt();
            const int day = match.captured(3).toInt();
            if (year == 0 || !QDate::isValid(year, month, day)) {
                add(key, FieldError::nonexistentDate(day, month, year));
                return std::nullopt;
            }
            date = QDate(year, month, day);
            if (*date > m_today) {
                FieldError future = FieldError::nonexistentDate(day, month, year);
                future.code = FieldError::Code::FutureDate;
                add(key, future);
                return std::nullopt;
            }
        } else if (value(key).contains(QLatin1Char('/'))) {
            const auto typed = domain::ItalianDate::parseBirthDate(value(key), m_today);
            if (!typed) {
                add(key, typed.error());
                return std::nullopt;
            }
            date = typed.value();
        } else {
            m_problems.append(RowProblem{key, QStringLiteral("invalid_format"), QStringLiteral("expected YYYY-MM-DD")});
            m_failed.append(key);
            return std::nullopt;
        }
        m_isoBirthDate = date->toString(Qt::ISODate);
        return date;
    }

    std::optional<domain::Sex> sesso()
    {
        const QString key = QStringLiteral("sesso");
        if (!present(key)) {
            return std::nullopt;
        }
        if (value(key) == QLatin1String("M")) {
            return domain::Sex::Male;
        }
        if (value(key) == QLatin1String("F")) {
            return domain::Sex::Female;
        }
        m_problems.append(RowProblem{key, QStringLiteral("invalid_format"), QStringLiteral("expected M or F")});
        m_failed.append(key);
        return std::nullopt;
    }

    // One mismatch per part that disagrees, as the portal reports them; parts not given are not compared.
    void matchPerson(const QString& key, const CodiceFiscale& cf, const QString& cognome, const QString& nome,
                     std::optional<QDate> birth, std::optional<domain::Sex> sex)
    {
        using R = FieldError::Reason;
        const QString& code = cf.text();
        QList<FieldError> found;
        if (!cognome.isEmpty() && CodiceFiscale::surnameCode(cognome) != code.left(3)) {
            found << mismatch(R::Surname, code.left(3), CodiceFiscale::surnameCode(cognome));
        }
        if (!nome.isEmpty() && CodiceFiscale::nameCode(nome) != code.mid(3, 3)) {
            found << mismatch(R::Name, code.mid(3, 3), CodiceFiscale::nameCode(nome));
        }
        if (birth) {
            if (const int yy = birth->year() % 100; yy != cf.birthYearOfCentury()) {
                found << mismatch(R::BirthYear, twoDigits(cf.birthYearOfCentury()), twoDigits(yy));
            }
            if (birth->month() != cf.birthMonth()) {
                found << mismatch(R::BirthMonth, MonthLetters.at(cf.birthMonth() - 1),
                                  MonthLetters.at(birth->month() - 1));
            }
            if (birth->day() != cf.birthDay()) {
                found << mismatch(R::BirthDay, twoDigits(cf.birthDay()), twoDigits(birth->day()));
            }
        }
        if (sex && *sex != cf.sex()) {
            const auto letter = [](domain::Sex s) {
                return s == domain::Sex::Female ? QStringLiteral("F") : QStringLiteral("M");
            };
            found << mismatch(R::Sex, letter(cf.sex()), letter(*sex));
        }
        for (const FieldError& error : found) {
            m_problems.append(FieldErrorText::problem(key, error));
        }
    }

    QDate m_today;
    QHash<QString, QString> m_values;
    std::optional<Tipo> m_tipo;
    std::optional<QString> m_isoBirthDate;
    QList<RowProblem> m_problems;
    QStringList m_failed; // fields with a problem already: not checked further
};

} // namespace

AnagraficaRowValidator::AnagraficaRowValidator(QDate today)
    : m_today(today)
{}

Result<Anagrafica, QList<RowProblem>> AnagraficaRowValidator::validate(const ImportRow& row, int columnCount) const
{
    if (row.fieldCount >= 0) {
        return fail(QList<RowProblem>{
            RowProblem{{},
                       QStringLiteral("field_count"),
                       QStringLiteral("found %1, expected %2").arg(row.fieldCount).arg(columnCount)}});
    }
    RowCheck check(row, m_today);
    check.run();
    if (QList<RowProblem> problems = check.problems(); !problems.isEmpty()) {
        return fail(std::move(problems));
    }
    return check.anagrafica();
}

} // namespace inlinea::cli
