#include "ValidationText.h"

#include <QDate>

namespace inlinea::ui {

namespace {

using domain::FieldError;
using C = FieldError::Code;
using R = FieldError::Reason;

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

bool isBlank(const QString& found)
{
    return !found.isEmpty() && found.trimmed().isEmpty();
}

// The error's date as the user wrote it; a codice fiscale gives only the last two digits of the year.
QString dateText(const FieldError& error)
{
    const QString year =
        error.yearDigits == 2 ? twoDigits(error.year) : QStringLiteral("%1").arg(error.year, 4, 10, QLatin1Char('0'));
    return twoDigits(error.day) + u'/' + twoDigits(error.month) + u'/' + year;
}

} // namespace

QString ValidationText::message(const FieldError& error)
{
    switch (error.code) {
    case C::Required: return tr("Campo obbligatorio");
    case C::Length:
        if (error.alternativeLength > 0) {
            return tr("Lunghezza errata: servono %1 caratteri (o %2 cifre), inseriti %3")
                .arg(error.requiredLength)
                .arg(error.alternativeLength)
                .arg(error.length);
        }
        return tr("Lunghezza errata: servono %1 caratteri, inseriti %2").arg(error.requiredLength).arg(error.length);
    case C::InvalidCharacter: return invalidCharacter(error);
    case C::InvalidMonth:
        return tr("Mese di nascita non valido in posizione %1: «%2» non è una lettera di mese (A B C D E H L M P R S "
                  "T)")
            .arg(error.position)
            .arg(error.found);
    case C::InvalidDay:
        return tr("Giorno di nascita non valido: %1 (ammessi 01–31 per gli uomini, 41–71 per le donne)")
            .arg(twoDigits(error.day));
    case C::NonexistentDate: return nonexistentDate(error);
    case C::CheckCharacter:
        return tr("Carattere di controllo errato: atteso %1 (inserito %2)").arg(error.expected, error.found);
    case C::CheckDigit:
        return tr("Cifra di controllo errata, attesa %1 (inserita %2)").arg(error.expected, error.found);
    case C::ZeroCompanyNumber:
        return tr("Numero non valido: le prime 7 cifre (il numero di matricola) sono tutte zero");
    case C::UnknownProvince: return tr("«%1» non è la sigla di una provincia italiana").arg(error.found);
    case C::InvalidFormat:
        if (error.expectedKind == FieldError::Expected::DateGgMmAaaa) {
            return tr("Data non valida: scrivila come gg/mm/aaaa, ad esempio 22/08/1974");
        }
        if (error.expectedKind == FieldError::Expected::EmailAddress) {
            return invalidEmail(error);
        }
        return tr("Formato non valido");
    case C::FutureDate: return tr("La data di nascita %1 è successiva a oggi").arg(dateText(error));
    case C::Mismatch: return mismatch(error);
    case C::ReadOnly: return tr("Dato dell'identità digitale (SPID o CNS): non si può modificare");
    }
    return tr("Valore non valido");
}

QString ValidationText::summary(domain::Field field, const FieldError& error)
{
    QString text = message(error);
    // Every sentence above starts with an ordinary word (or «), so lower-casing it after the label is safe.
    if (!text.isEmpty()) {
        text[0] = text.at(0).toLower();
    }
    return tr("%1: %2").arg(fieldLabel(field), text);
}

QString ValidationText::fieldLabel(domain::Field field)
{
    switch (field) {
    case domain::Field::CodiceFiscale: return tr("Codice fiscale");
    case domain::Field::PartitaIva: return tr("Partita IVA");
    case domain::Field::Cap: return tr("CAP");
    case domain::Field::Provincia: return tr("Provincia");
    case domain::Field::Email: return tr("Email");
    case domain::Field::Pec: return tr("PEC");
    case domain::Field::Date: return tr("Data");
    }
    return {};
}

QString ValidationText::expectation(FieldError::Expected expected)
{
    switch (expected) {
    case FieldError::Expected::Letter: return tr("attesa una lettera");
    case FieldError::Expected::Digit: return tr("attesa una cifra");
    case FieldError::Expected::DigitOrOmocodeLetter:
        return tr("attesa una cifra (o una lettera di omocodia: L M N P Q R S T U V)");
    case FieldError::Expected::MonthLetter: return tr("attesa una lettera di mese (A B C D E H L M P R S T)");
    default: break;
    }
    return {};
}

QString ValidationText::invalidCharacter(const FieldError& error)
{
    const QString expected = expectation(error.expectedKind);
    if (isBlank(error.found)) {
        return expected.isEmpty() ? tr("Spazio non ammesso in posizione %1").arg(error.position)
                                  : tr("Spazio non ammesso in posizione %1: %2").arg(error.position).arg(expected);
    }
    return expected.isEmpty()
               ? tr("Carattere «%1» non valido in posizione %2").arg(error.found).arg(error.position)
               : tr("Carattere «%1» non valido in posizione %2: %3").arg(error.found).arg(error.position).arg(expected);
}

QString ValidationText::nonexistentDate(const FieldError& error)
{
    if (error.day == 0 && error.month == 0 && error.year == 0) {
        return tr("Data inesistente");
    }
    QString why;
    if (error.month < 1 || error.month > 12) {
        why = tr("il mese %1 non esiste").arg(error.month);
    } else if (error.day < 1) {
        why = tr("il giorno 0 non esiste");
    } else if (error.yearDigits == 4 && error.year == 0) {
        why = tr("l'anno 0 non esiste");
    } else if (error.month == 2 && error.day == 29) {
        why = error.yearDigits == 2 ? tr("il 29 febbraio esiste solo negli anni bisestili")
                                    : tr("il %1 non è bisestile").arg(error.year);
    } else if (error.month == 2 && error.yearDigits == 2) {
        why = tr("febbraio ha al massimo 29 giorni"); // the century, hence the leap year, is unknown
    } else {
        why = tr("%1 ha %2 giorni").arg(monthName(error.month)).arg(QDate(error.year, error.month, 1).daysInMonth());
    }
    return error.yearDigits == 2 ? tr("Data di nascita inesistente: %1 (%2)").arg(dateText(error), why)
                                 : tr("Data inesistente: %1 (%2)").arg(dateText(error), why);
}

QString ValidationText::invalidEmail(const FieldError& error)
{
    switch (error.reason) {
    case R::MissingAt: return tr("Indirizzo non valido: manca la @ (ad esempio nome@dominio.it)");
    case R::MultipleAt: return tr("Indirizzo non valido: contiene più di una @ (inserisci un solo indirizzo)");
    case R::EmptyLocalPart: return tr("Indirizzo non valido: manca il nome prima della @");
    case R::LocalPartTooLong: return tr("Indirizzo non valido: la parte prima della @ supera i 64 caratteri");
    case R::LocalPartCharacter:
        if (isBlank(error.found)) {
            return tr("Indirizzo non valido: non può contenere spazi");
        }
        return tr("Indirizzo non valido: il carattere «%1» non è ammesso prima della @").arg(error.found);
    case R::MisplacedDot:
        return tr("Indirizzo non valido: prima della @ il punto non può stare all'inizio, alla fine o due volte di "
                  "seguito");
    case R::EmptyDomain: return tr("Indirizzo non valido: manca il dominio dopo la @");
    case R::DomainWithoutDot:
        return tr("Indirizzo non valido: il dominio dopo la @ deve contenere un punto (ad esempio dominio.it)");
    case R::EmptyDomainLabel:
        return tr("Indirizzo non valido: nel dominio il punto non può stare all'inizio, alla fine o due volte di "
                  "seguito");
    case R::DomainLabelCharacter:
        if (isBlank(error.found)) {
            return tr("Indirizzo non valido: non può contenere spazi");
        }
        return tr("Indirizzo non valido: il carattere «%1» non è ammesso nel dominio").arg(error.found);
    case R::DomainLabelHyphen:
        return tr("Indirizzo non valido: una parte del dominio inizia o finisce con un trattino");
    case R::DomainLabelTooLong: return tr("Indirizzo non valido: una parte del dominio supera i 63 caratteri");
    case R::TopLevelDomain:
        return tr(
            "Indirizzo non valido: il dominio deve finire con un suffisso di almeno due lettere (ad esempio .it)");
    case R::TooLong: return tr("Indirizzo non valido: supera i 254 caratteri");
    default: break;
    }
    return tr("Indirizzo email non valido");
}

QString ValidationText::mismatch(const FieldError& error)
{
    switch (error.reason) {
    case R::Surname:
        return tr("Il codice fiscale non corrisponde al cognome: per questo cognome le prime tre lettere sono %1, "
                  "non %2")
            .arg(error.expected, error.found);
    case R::Name:
        return tr("Il codice fiscale non corrisponde al nome: per questo nome le lettere dalla 4ª alla 6ª sono %1, "
                  "non %2")
            .arg(error.expected, error.found);
    case R::BirthYear:
        return tr("Il codice fiscale non corrisponde all'anno di nascita: indica un anno che finisce per %1, la data "
                  "di nascita per %2")
            .arg(error.found, error.expected);
    case R::BirthMonth: {
        const auto month = [](const QString& letter) {
            return static_cast<int>(QStringView(u"ABCDEHLMPRST").indexOf(letter)) + 1;
        };
        return tr("Il codice fiscale non corrisponde al mese di nascita: indica %1 (%2), la data di nascita %3 (%4)")
            .arg(monthName(month(error.found)), error.found, monthName(month(error.expected)), error.expected);
    }
    case R::BirthDay:
        return tr("Il codice fiscale non corrisponde al giorno di nascita: indica il giorno %1, la data di nascita "
                  "il %2")
            .arg(error.found, error.expected);
    case R::Sex:
        return error.found == u"F" ? tr("Il codice fiscale non corrisponde al sesso: è il codice di una donna")
                                   : tr("Il codice fiscale non corrisponde al sesso: è il codice di un uomo");
    case R::NotAPerson: return tr("Un codice fiscale di 11 cifre è di una società o di un ente, non di una persona");
    default: break;
    }
    return tr("Il codice fiscale non corrisponde ai dati della persona");
}

QString ValidationText::monthName(int month)
{
    switch (month) {
    case 1: return tr("gennaio");
    case 2: return tr("febbraio");
    case 3: return tr("marzo");
    case 4: return tr("aprile");
    case 5: return tr("maggio");
    case 6: return tr("giugno");
    case 7: return tr("luglio");
    case 8: return tr("agosto");
    case 9: return tr("settembre");
    case 10: return tr("ottobre");
    case 11: return tr("novembre");
    case 12: return tr("dicembre");
    default: break;
    }
    return QString::number(month);
}

} // namespace inlinea::ui
