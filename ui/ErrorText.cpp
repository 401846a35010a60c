#include "ErrorText.h"

namespace inlinea::ui {

using K = portal::PortalError::Kind;

QString ErrorText::portal(const portal::PortalError& error)
{
    switch (error.kind) {
    case K::InvalidUrl:
        return tr("L'indirizzo inserito non è valido. Scrivi l'indirizzo del portale, ad esempio "
                  "https://inlinea.cittametropolitana.mi.it.");
    case K::InsecureScheme:
        return tr("Il portale deve essere raggiunto con una connessione protetta: usa un indirizzo che inizia con "
                  "https://.");
    case K::HostNotFound:
        return tr("Il server indicato non esiste: controlla di aver scritto correttamente il nome del portale.");
    case K::ConnectionRefused:
        return tr("Il server ha rifiutato la connessione: il portale potrebbe essere spento o la porta sbagliata.");
    case K::Timeout: return tr("Il portale non ha risposto in tempo. Riprova tra poco o controlla la connessione.");
    case K::NotTls:
        return tr("Il server non usa una connessione protetta (TLS) su questa porta: non è l'indirizzo di un portale.");
    case K::TlsUntrusted:
        return tr("Il certificato del portale non è emesso da un'autorità attendibile. Se il portale usa una CA "
                  "interna, aggiungi il suo certificato nelle impostazioni.");
    case K::TlsExpired:
        return tr("Il certificato del portale è scaduto o non ancora valido. Verifica la data del computer o avvisa "
                  "il gestore del portale.");
    case K::TlsHostMismatch:
        return tr("Il certificato del portale è stato rilasciato per un altro indirizzo: la connessione potrebbe "
                  "non essere sicura.");
    case K::TlsOther: return tr("Non è stato possibile stabilire una connessione sicura con il portale.");
    case K::NotAPortal:
        return tr("A questo indirizzo risponde un server web, ma non è un portale compatibile con Inlinea Desktop. "
                  "Controlla l'indirizzo.");
    case K::UnsupportedApiVersion:
        return tr("Il portale usa una versione dell'interfaccia (%1) che questa versione di Inlinea Desktop non "
                  "conosce: aggiorna l'applicazione.")
            .arg(error.detail);
    case K::HttpError:
        if (error.httpStatus >= 500) {
            return tr("Il portale ha un problema temporaneo (errore %1). Riprova più tardi.").arg(error.httpStatus);
        }
        return tr("Il portale ha rifiutato la richiesta (errore %1).").arg(error.httpStatus);
    case K::Unauthorized: return tr("La sessione è scaduta: accedi di nuovo.");
    case K::NetworkDown: return tr("Il computer non è connesso alla rete.");
    case K::Cancelled: return tr("Operazione annullata.");
    case K::Other: break;
    }
    return tr("Errore di comunicazione con il portale.");
}

QString ErrorText::portalShort(const portal::PortalError& error)
{
    switch (error.kind) {
    case K::HostNotFound: return tr("server sconosciuto");
    case K::ConnectionRefused: return tr("connessione rifiutata");
    case K::Timeout: return tr("nessuna risposta");
    case K::NotTls:
    case K::TlsOther: return tr("connessione non sicura");
    case K::TlsUntrusted: return tr("certificato non attendibile");
    case K::TlsExpired: return tr("certificato scaduto");
    case K::TlsHostMismatch: return tr("certificato per un altro indirizzo");
    case K::NotAPortal: return tr("non è un portale");
    case K::UnsupportedApiVersion: return tr("versione non supportata");
    case K::HttpError: return tr("errore %1 del portale").arg(error.httpStatus);
    case K::NetworkDown: return tr("rete assente");
    default: break;
    }
    return tr("errore di comunicazione");
}

QString ErrorText::keyring(const QString& detail)
{
    return tr("Accesso riuscito, ma la sessione non può essere custodita nel portachiavi del sistema (%1): Inlinea "
              "Desktop non salva le credenziali in altri modi. Avvia il portachiavi e riprova.")
        .arg(detail);
}

QString ErrorText::trust(const portal::TrustError& error)
{
    switch (error.kind) {
    case portal::TrustError::Kind::FileUnreadable:
        return tr("Il file del certificato CA «%1» non può essere letto.").arg(error.path);
    case portal::TrustError::Kind::NoCertificate:
        return tr("Il file «%1» non contiene un certificato (PEM o DER).").arg(error.path);
    }
    return {};
}

} // namespace inlinea::ui
