"""Stable codes of every refusal of the SPID login and first access, with HTTP status and
the Italian title and text of the error page. `reason` (technical) goes to the log only."""

from __future__ import annotations

_RESPONSE_REFUSED = "La risposta del gestore dell'identità SPID non è stata accettata"

# code -> (HTTP status, Italian title, Italian detail)
PROBLEMS = {
    # login request
    "spid_unavailable": (503, "Accesso con SPID non disponibile",
                         "L'accesso con SPID non è configurato su questo portale: riprova più "
                         "tardi o accedi con la CNS."),
    "spid_login_invalid": (400, "Richiesta di accesso non valida",
                           "L'applicazione ha chiesto l'accesso con parametri non validi."),
    "spid_idp_unknown": (400, "Gestore dell'identità sconosciuto",
                         "Il gestore dell'identità SPID indicato non è tra quelli ammessi."),
    # the Response (checks 1-11 of docs/spid.md)
    "spid_malformed": (400, _RESPONSE_REFUSED, "Il messaggio ricevuto non è leggibile."),
    "spid_version": (400, _RESPONSE_REFUSED, "La versione SAML del messaggio non è 2.0."),
    "spid_id": (400, _RESPONSE_REFUSED, "Il messaggio non ha un identificativo (ID)."),
    "spid_issue_instant": (400, _RESPONSE_REFUSED,
                           "La data di emissione (IssueInstant) manca o non è valida."),
    "spid_clock": (403, _RESPONSE_REFUSED,
                   "La data di emissione del messaggio è nel futuro, troppo vecchia o "
                   "precedente alla richiesta."),
    "spid_destination": (400, _RESPONSE_REFUSED,
                         "Il messaggio non è destinato a questo portale (Destination)."),
    "spid_in_response_to": (400, _RESPONSE_REFUSED,
                            "Il messaggio non indica a quale richiesta risponde."),
    "spid_in_response_to_unknown": (403, _RESPONSE_REFUSED,
                                    "Il messaggio risponde a una richiesta sconosciuta."),
    "spid_request_expired": (403, "Richiesta di accesso scaduta",
                             "È passato troppo tempo dalla richiesta di accesso: riprova."),
    "spid_replay": (403, _RESPONSE_REFUSED,
                    "Il messaggio è già stato usato: ogni accesso vale una sola volta."),
    "spid_relay_state": (400, _RESPONSE_REFUSED, "Il parametro RelayState non corrisponde."),
    "spid_issuer": (403, _RESPONSE_REFUSED,
                    "L'emittente (Issuer) manca, non è il gestore scelto o non è nel formato "
                    "previsto."),
    "spid_signature_missing": (403, _RESPONSE_REFUSED,
                               "L'asserzione non è firmata dal gestore dell'identità."),
    "spid_signature_invalid": (403, _RESPONSE_REFUSED,
                               "La firma non è valida o non è del gestore dell'identità."),
    "spid_signature_weak": (403, _RESPONSE_REFUSED,
                            "La firma usa algoritmi deboli (SHA-1) non ammessi da SPID."),
    "spid_assertion": (403, _RESPONSE_REFUSED, "L'asserzione manca o non è unica."),
    "spid_status": (401, "Accesso con SPID non riuscito",
                    "Il gestore dell'identità non ha autenticato l'utente."),
    "spid_nameid": (403, _RESPONSE_REFUSED,
                    "L'identificativo del soggetto (NameID) manca o non è conforme."),
    "spid_subject_confirmation": (403, _RESPONSE_REFUSED,
                                  "La conferma del soggetto (SubjectConfirmation) non è "
                                  "conforme o è scaduta."),
    "spid_conditions": (403, _RESPONSE_REFUSED,
                        "Le condizioni di validità dell'asserzione mancano o non sono "
                        "rispettate."),
    "spid_audience": (403, _RESPONSE_REFUSED,
                      "L'asserzione non è destinata a questo portale (Audience)."),
    "spid_authn_context": (403, _RESPONSE_REFUSED,
                           "Il livello di autenticazione manca o è inferiore a SPID 2."),
    "spid_attributes": (403, _RESPONSE_REFUSED,
                        "Mancano alcuni dati richiesti (nome, cognome, codice fiscale, codice "
                        "identificativo)."),
    "spid_fiscal_number": (403, _RESPONSE_REFUSED,
                           "Il codice fiscale ricevuto non è valido."),
    # SPID status codes (ErrorCode nrNN)
    "spid_nr19": (401, "Troppi tentativi errati",
                  "Autenticazione non riuscita: sono state inserite credenziali errate troppe "
                  "volte. Riprova più tardi o rivolgiti al tuo gestore dell'identità."),
    "spid_nr20": (403, "Livello di sicurezza insufficiente",
                  "Le tue credenziali SPID non sono del livello richiesto dal portale (SPID 2)."),
    "spid_nr21": (401, "Tempo scaduto",
                  "L'autenticazione non è stata completata in tempo: riprova."),
    "spid_nr22": (403, "Consenso negato",
                  "Hai negato il consenso all'invio dei dati al portale (NO ACCONSENTO): "
                  "senza questi dati l'accesso non è possibile."),
    "spid_nr23": (403, "Identità sospesa o revocata",
                  "La tua identità SPID risulta sospesa o revocata, oppure le credenziali "
                  "sono bloccate: rivolgiti al tuo gestore dell'identità."),
    "spid_nr25": (401, "Accesso annullato", "Hai annullato l'accesso con SPID."),
    # first access (Conferma mail utente) and activation link
    "spid_login_expired": (410, "Accesso scaduto",
                           "La procedura di accesso è scaduta o è già stata conclusa: "
                           "accedi di nuovo con SPID dall'applicazione."),
    "activation_invalid": (404, "Link non valido",
                           "Il link di attivazione non è valido: controlla di averlo copiato "
                           "per intero."),
    "activation_expired": (410, "Link scaduto",
                           "Il link di attivazione è scaduto: accedi di nuovo con SPID per "
                           "riceverne uno nuovo."),
    "activation_used": (410, "Link già usato",
                        "Il link di attivazione è già stato usato: accedi di nuovo con SPID."),
    "mail_unavailable": (503, "Invio email non riuscito",
                         "Non è stato possibile inviare la mail di conferma: riprova più tardi."),
    "too_many_mails": (429, "Troppe email inviate",
                       "Sono già state inviate troppe email di conferma per questo accesso: "
                       "controlla la posta (anche quella indesiderata) o accedi di nuovo."),
    "spid_done_invalid": (400, "Indirizzo non valido",
                          "Questo indirizzo va aperto solo al termine dell'accesso con SPID."),
}

# SPID ErrorCode -> our code
STATUS_ERROR_CODES = {19: "spid_nr19", 20: "spid_nr20", 21: "spid_nr21", 22: "spid_nr22",
                      23: "spid_nr23", 25: "spid_nr25"}


class SpidRejected(Exception):
    """A refusal with a stable `code`; `reason` is technical, for the log."""

    def __init__(self, code: str, reason: str):
        super().__init__(f"{code}: {reason}")
        if code not in PROBLEMS:
            raise ValueError(f"codice SPID sconosciuto: {code}")
        self.code, self.reason = code, reason
        self.status, self.title, self.detail = PROBLEMS[code]
        self.client_state: str | None = None   # the app's state, when the login is known
        self.request_id: str | None = None
