#include "SpidText.h"

namespace inlinea::ui {

QString SpidText::error(const QString& code, const QString& detail)
{
    if (code == QLatin1String("closed")) {
        return tr("Accesso con SPID interrotto: la finestra è stata chiusa.");
    }
    if (code == QLatin1String("timeout")) {
        return tr("L'accesso con SPID non è stato completato in tempo: riprova.");
    }
    if (code == QLatin1String("load_failed")) {
        return tr("La pagina di accesso non si è caricata: il gestore SPID o il portale non sono raggiungibili. "
                  "Riprova più tardi.");
    }
    if (code == QLatin1String("state_mismatch")) {
        return tr("La risposta ricevuta non corrisponde alla richiesta di accesso: per sicurezza è stata scartata. "
                  "Riprova.");
    }
    if (code == QLatin1String("untrusted_certificate")) {
        return tr("La pagina di accesso non ha un certificato attendibile (%1): l'accesso è stato interrotto.")
            .arg(detail);
    }
    if (code == QLatin1String("spid_nr19")) {
        return tr("Accesso non riuscito: troppi tentativi con credenziali errate presso il gestore SPID.");
    }
    if (code == QLatin1String("spid_nr20")) {
        return tr("Accesso non riuscito: le credenziali usate non hanno il livello di sicurezza richiesto (SPID 2).");
    }
    if (code == QLatin1String("spid_nr21")) {
        return tr("Accesso non riuscito: il tempo per l'autenticazione presso il gestore SPID è scaduto.");
    }
    if (code == QLatin1String("spid_nr22")) {
        return tr("Accesso non effettuato: non hai dato il consenso all'invio dei dati (NO ACCONSENTO).");
    }
    if (code == QLatin1String("spid_nr23")) {
        return tr("Accesso non riuscito: l'identità SPID risulta sospesa o revocata.");
    }
    if (code == QLatin1String("spid_nr25")) {
        return tr("Accesso con SPID annullato presso il gestore.");
    }
    if (code.startsWith(QLatin1String("spid_"))) {
        return tr("Il portale ha rifiutato la risposta del gestore SPID (codice %1).").arg(code);
    }
    return tr("Accesso con SPID non riuscito (%1).").arg(code);
}

} // namespace inlinea::ui
