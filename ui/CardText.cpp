#include "CardText.h"

#include "ui/ErrorText.h"

namespace inlinea::ui {

using State = card::CardMonitor::State;
using K = smartcard::CardError::Kind;

QString CardText::stateShort(const card::CardMonitor& monitor)
{
    switch (monitor.state()) {
    case State::Starting: return tr("Smart card: verifica…");
    case State::NoService: return tr("Smart card: servizio non attivo");
    case State::NoReader: return tr("Smart card: nessun lettore");
    case State::NoCard: return tr("Smart card: lettore vuoto");
    case State::NotCns: return tr("Smart card: non è una CNS/CRS");
    case State::Reading: return tr("Smart card: lettura…");
    case State::ReadFailed: return tr("Smart card: errore di lettura");
    case State::Ready: break;
    }
    const auto& person = monitor.identity()->personal;
    return tr("CNS di %1 %2").arg(person.name, person.surname);
}

QString CardText::stateHint(const card::CardMonitor& monitor)
{
    switch (monitor.state()) {
    case State::Starting: return tr("Ricerca dei lettori di smart card in corso…");
    case State::NoService:
        return tr("Il servizio per le smart card (pcscd) non è attivo: avvialo, ad esempio con «sudo systemctl start "
                  "pcscd», oppure installa il pacchetto pcscd.");
    case State::NoReader: return tr("Nessun lettore di smart card collegato: collega il lettore.");
    case State::NoCard: return tr("Inserisci la CNS o la CRS nel lettore.");
    case State::NotCns:
        return tr("La carta inserita non è una Carta Nazionale dei Servizi né una Carta Regionale dei Servizi.");
    case State::Reading: return tr("Lettura dei dati della carta…");
    case State::ReadFailed:
        return monitor.lastError() ? error(*monitor.lastError()) : tr("Non è stato possibile leggere la carta.");
    case State::Ready: break;
    }
    return {};
}

QString CardText::error(const smartcard::CardError& e)
{
    switch (e.kind) {
    case K::ServiceUnavailable: return tr("Il servizio per le smart card (pcscd) non è attivo.");
    case K::NoReader: return tr("Il lettore di smart card non è collegato.");
    case K::ReaderGone: return tr("Il lettore è stato scollegato durante l'operazione.");
    case K::NoCard: return tr("Nel lettore non c'è nessuna carta.");
    case K::CardRemoved: return tr("La carta è stata rimossa durante l'operazione: reinseriscila e riprova.");
    case K::CardReset: return tr("Un altro programma ha reimpostato la carta: riprova.");
    case K::CardInUse: return tr("La carta è in uso da un altro programma: chiudilo e riprova.");
    case K::NotCns: return tr("La carta inserita non è una CNS/CRS.");
    case K::WrongPin:
        if (e.triesLeft < 0) {
            return tr("PIN errato.");
        }
        if (e.triesLeft == 1) {
            return tr("PIN errato. Resta un solo tentativo: se sbagli ancora la carta verrà bloccata.");
        }
        return tr("PIN errato. Tentativi rimasti: %n.", nullptr, e.triesLeft);
    case K::PinBlocked:
        return tr("Il PIN è bloccato per troppi tentativi errati: per sbloccarlo serve il PUK della carta.");
    case K::WrongPuk: return tr("PUK errato. Tentativi rimasti: %n.", nullptr, qMax(e.triesLeft, 0));
    case K::PukBlocked: return tr("Anche il PUK è bloccato: rivolgiti all'ente che ha rilasciato la carta.");
    case K::SecurityNotSatisfied: return tr("La carta non ha accettato l'operazione: il PIN non risulta verificato.");
    case K::InvalidInput: return tr("Il PIN deve avere da 5 a 8 cifre.");
    case K::MalformedData: return tr("I dati letti dalla carta non sono validi.");
    case K::CardRefused:
        return tr("La carta ha rifiutato l'operazione (codice %1).").arg(e.sw, 4, 16, QLatin1Char('0')).toUpper();
    case K::Timeout: return tr("La carta non ha risposto in tempo.");
    case K::Cancelled: return tr("Operazione annullata.");
    case K::Internal: break;
    }
    return tr("Errore della smart card.");
}

QString CardText::loginError(const auth::CnsAuthError& e)
{
    using Stage = auth::CnsAuthError::Stage;
    using LK = auth::CnsLoginError::Kind;
    switch (e.stage) {
    case Stage::Pin: return error(e.card);
    case Stage::Keyring: return ErrorText::keyring(e.keyring.detail);
    case Stage::Login: break;
    }
    switch (e.login.kind) {
    case LK::CardKey: return tr("Il certificato della carta non può essere usato per l'accesso.");
    case LK::CardOperationFailed:
        return tr("La carta non ha completato la firma per la connessione sicura (è stata rimossa?). Riprova.");
    case LK::CertificateRefused: {
        const QString& code = e.login.problemCode;
        if (code == QLatin1String("cns_certificate_expired")) {
            return tr("Il portale ha rifiutato la carta: il suo certificato è scaduto. Rinnova la carta presso l'ente "
                      "che l'ha rilasciata.");
        }
        if (code == QLatin1String("cns_certificate_revoked")) {
            return tr("Il portale ha rifiutato la carta: il suo certificato è stato revocato.");
        }
        if (code == QLatin1String("cns_unknown_ca")) {
            return tr("Il portale ha rifiutato la carta: non è stata emessa da un'autorità che il portale riconosce.");
        }
        if (code == QLatin1String("cns_no_certificate")) {
            return tr("Il portale non ha ricevuto il certificato della carta.");
        }
        return tr("Il portale ha rifiutato il certificato della carta: %1").arg(e.login.portal.detail);
    }
    case LK::Portal: break;
    }
    return ErrorText::portal(e.login.portal);
}

} // namespace inlinea::ui
