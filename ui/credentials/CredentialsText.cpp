#include "CredentialsText.h"

#include "ui/ErrorText.h"
#include "ui/forms/PortalProblemText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace inlinea::ui {

using domain::PasswordPolicy;
using domain::PasswordProblem;
using domain::UserIdProblem;
using Kind = auth::CredentialsError::Kind;

namespace {

QString allowedSpecialList(const QString& allowed)
{
    QStringList quoted;
    for (const QChar c : allowed) {
        quoted << QStringLiteral("«%1»").arg(c);
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString CredentialsText::userIdProblem(const UserIdProblem& problem, const domain::UserIdRule::Settings& rule)
{
    using C = UserIdProblem::Code;
    switch (problem.code) {
    case C::TooShort: return tr("Lo User ID deve avere almeno %n caratteri.", nullptr, rule.minLength);
    case C::TooLong: return tr("Lo User ID può avere al massimo %n caratteri.", nullptr, rule.maxLength);
    case C::Space: return tr("Lo User ID non può contenere spazi (posizione %1).").arg(problem.position);
    case C::Dot: return tr("Lo User ID non può contenere il punto «.» (posizione %1).").arg(problem.position);
    case C::Asterisk: return tr("Lo User ID non può contenere l'asterisco «*» (posizione %1).").arg(problem.position);
    case C::AccentedLetter:
        return tr("Lo User ID non può contenere lettere accentate: «%1» (posizione %2). Usa la lettera senza accento.")
            .arg(problem.characterText())
            .arg(problem.position);
    case C::SpecialCharacter:
        if (rule.allowedSpecial.isEmpty()) {
            return tr("Lo User ID non può contenere il carattere «%1» (posizione %2): solo lettere e cifre.")
                .arg(problem.characterText())
                .arg(problem.position);
        }
        return tr("Lo User ID non può contenere il carattere «%1» (posizione %2): solo lettere, cifre e %3.")
            .arg(problem.characterText())
            .arg(problem.position)
            .arg(allowedSpecialList(rule.allowedSpecial));
    }
    return {};
}

QString CredentialsText::userIdRule(const domain::UserIdRule::Settings& rule)
{
    if (rule.allowedSpecial.isEmpty()) {
        return tr("Da %1 a %2 caratteri: lettere senza accento e cifre. Non sono ammessi spazi, punti, asterischi né "
                  "altri caratteri speciali.")
            .arg(rule.minLength)
            .arg(rule.maxLength);
    }
    return tr("Da %1 a %2 caratteri: lettere senza accento, cifre e %3. Non sono ammessi spazi, punti, asterischi né "
              "altri caratteri speciali.")
        .arg(rule.minLength)
        .arg(rule.maxLength)
        .arg(allowedSpecialList(rule.allowedSpecial));
}

QString CredentialsText::passwordProblem(PasswordProblem::Code code, const PasswordPolicy::Settings& policy)
{
    using C = PasswordProblem::Code;
    switch (code) {
    case C::TooShort: return tr("Almeno %n caratteri", nullptr, policy.minLength);
    case C::TooLong: return tr("Al massimo %n caratteri", nullptr, policy.maxLength);
    case C::NoLowercase: return tr("Almeno una lettera minuscola");
    case C::NoUppercase: return tr("Almeno una lettera maiuscola");
    case C::NoDigit: return tr("Almeno una cifra");
    case C::NoSymbol: return tr("Almeno un simbolo (ad esempio ! ? - _ #)");
    case C::ContainsUserId: return tr("Non deve contenere lo User ID");
    case C::SameAsCurrent: return tr("Deve essere diversa dalla password attuale");
    }
    return {};
}

QString CredentialsText::passwordProblems(const QList<PasswordProblem::Code>& codes,
                                          const PasswordPolicy::Settings& policy)
{
    QStringList lines;
    for (const auto code : codes) {
        lines << QStringLiteral("• ") + passwordProblem(code, policy);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CredentialsText::passwordPolicy(const PasswordPolicy::Settings& policy)
{
    QStringList needs;
    for (const auto requirement : policy.require) {
        switch (requirement) {
        case PasswordPolicy::Requirement::Lowercase: needs << tr("una lettera minuscola"); break;
        case PasswordPolicy::Requirement::Uppercase: needs << tr("una lettera maiuscola"); break;
        case PasswordPolicy::Requirement::Digit: needs << tr("una cifra"); break;
        case PasswordPolicy::Requirement::Symbol: needs << tr("un simbolo"); break;
        }
    }
    const QString length =
        tr("La password deve avere da %1 a %2 caratteri").arg(policy.minLength).arg(policy.maxLength);
    const QString rest = tr("non deve contenere lo User ID.");
    if (needs.isEmpty()) {
        return tr("%1 e %2").arg(length, rest);
    }
    return tr("%1, almeno %2; %3").arg(length, needs.join(QStringLiteral(", ")), rest);
}

QString CredentialsText::strength(int level)
{
    switch (level) {
    case 0: return tr("Molto debole");
    case 1: return tr("Debole");
    case 2: return tr("Discreta");
    case 3: return tr("Robusta");
    default: return tr("Molto robusta");
    }
}

QString CredentialsText::typeName(const QString& code)
{
    if (code == QLatin1String("cittadino")) {
        return tr("Cittadino");
    }
    if (code == QLatin1String("aziende_professionisti_enti")) {
        return tr("Aziende, Professionisti ed Enti");
    }
    if (code == QLatin1String("turisti")) {
        return tr("Turisti");
    }
    return code;
}

QString CredentialsText::typeExplanation(const QString& code)
{
    if (code == QLatin1String("cittadino")) {
        return tr("Per le persone fisiche. Puoi scegliere il Profilo Base o il Profilo Completo.");
    }
    if (code == QLatin1String("aziende_professionisti_enti")) {
        return tr("Per chi opera per conto di un'impresa, di uno studio professionale o di un ente. Per ora è "
                  "disponibile solo il Profilo Base.");
    }
    if (code == QLatin1String("turisti")) {
        return tr(
            "Per chi non risiede in Italia e usa i servizi per un soggiorno. Per ora è disponibile solo il Profilo "
            "Base.");
    }
    return {};
}

QString CredentialsText::profileName(const QString& code)
{
    if (code == QLatin1String("base")) {
        return tr("Profilo Base");
    }
    if (code == QLatin1String("completo")) {
        return tr("Profilo Completo");
    }
    return code;
}

QString CredentialsText::profileExplanation(const QString& code)
{
    if (code == QLatin1String("base")) {
        return tr("Accesso limitato ai servizi: bastano nome, cognome ed email.");
    }
    if (code == QLatin1String("completo")) {
        return tr("Tutte le operazioni online disponibili sul portale: serve anche il codice fiscale.");
    }
    return {};
}

QString CredentialsText::error(const auth::CredentialsError& error)
{
    switch (error.kind) {
    case Kind::InvalidCredentials:
        return tr("User ID o password non corretti. Dopo alcuni tentativi sbagliati l'accesso viene bloccato per "
                  "qualche minuto.");
    case Kind::Locked: {
        if (!error.lockedUntil.isValid()) {
            return tr("Troppi tentativi non riusciti: per sicurezza l'accesso è bloccato per qualche minuto. Riprova "
                      "più tardi.");
        }
        const QDateTime local = error.lockedUntil.toLocalTime();
        const QLocale locale;
        const QString when = local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                                  : locale.toString(local, QLocale::ShortFormat);
        return tr("Troppi tentativi non riusciti: per sicurezza l'accesso è bloccato fino alle %1. Riprova dopo "
                  "quell'ora.")
            .arg(when);
    }
    case Kind::EmailNotConfirmed:
        return tr("La registrazione non è ancora confermata: apri il link dell'email che il portale ti ha inviato, poi "
                  "accedi.");
    case Kind::RegistrationDisabled:
        return tr("Questo portale non rilascia più nuove credenziali: accedi con SPID o con la CNS.");
    case Kind::LoginDisabled:
        return tr("Questo portale non accetta più le proprie credenziali: accedi con SPID o con la CNS.");
    case Kind::ChangeExpired:
        return tr("È passato troppo tempo dall'accesso con la password temporanea: accedi di nuovo con la stessa "
                  "password temporanea e scegli subito la nuova.");
    case Kind::NoCredentials:
        return tr("Il tuo account accede con SPID o CNS e non ha una password del portale da cambiare.");
    case Kind::LinkInvalid:
        return tr("Il link di conferma non è valido o è già stato usato. Controlla di averlo copiato per intero.");
    case Kind::LinkExpired: return tr("Il link di conferma è scaduto: registrati di nuovo per riceverne uno nuovo.");
    case Kind::MailUnavailable:
        return tr(
            "Il portale non è riuscito a inviare l'email: nulla è stato registrato o cambiato. Riprova più tardi.");
    case Kind::Validation: return tr("Il portale ha segnalato dati da correggere: vedi i messaggi accanto ai campi.");
    case Kind::Portal: break;
    }
    return ErrorText::portal(error.portal);
}

QString CredentialsText::fieldProblem(const portal::FieldProblem& problem, const QString& value,
                                      const PasswordPolicy::Settings& policy, const domain::UserIdRule::Settings& rule)
{
    if (problem.field == QLatin1String("/user_id")) {
        if (problem.code == QLatin1String("taken")) {
            return tr("Questo User ID è già in uso: scegline un altro.");
        }
        if (const auto local = domain::UserIdRule::check(value, rule)) {
            return userIdProblem(*local, rule);
        }
    }
    if (problem.field == QLatin1String("/password") || problem.field == QLatin1String("/new_password")) {
        if (const auto code = PasswordProblem::codeFromName(problem.code)) {
            return passwordProblem(*code, policy);
        }
    }
    if (problem.field == QLatin1String("/current_password") && problem.code == QLatin1String("wrong_password")) {
        return tr("La password attuale non è corretta.");
    }
    if (problem.field == QLatin1String("/codice_fiscale") && problem.code == QLatin1String("taken")) {
        return tr("Questo codice fiscale è già registrato: se è il tuo, usa «Password dimenticata?».");
    }
    return PortalProblemText::message(problem, value);
}

} // namespace inlinea::ui
