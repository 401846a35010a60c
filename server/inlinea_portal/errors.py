"""Every error leaves the portal as application/problem+json (RFC 9457), in Italian."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

PROBLEM_MIMETYPE = "application/problem+json"
TYPE_PREFIX = "urn:inlinea:problem:"

# status -> (stable code, Italian title, default Italian detail)
_KNOWN = {
    400: ("bad_request", "Richiesta non valida", "La richiesta non è comprensibile."),
    401: ("unauthorized", "Autenticazione richiesta", "Occorre accedere per usare questa funzione."),
    403: ("forbidden", "Accesso negato", "Non hai i permessi per questa operazione."),
    404: ("not_found", "Risorsa non trovata", "L'indirizzo richiesto non esiste su questo portale."),
    405: ("method_not_allowed", "Metodo non consentito", None),
    406: ("not_acceptable", "Formato non disponibile", "Il formato di risposta richiesto non è disponibile."),
    409: ("conflict", "Conflitto", "La richiesta è in conflitto con lo stato attuale della risorsa."),
    412: ("precondition_failed", "Precondizione non soddisfatta",
          "La risorsa è stata modificata da un'altra parte: ricarica e riprova."),
    413: ("payload_too_large", "Contenuto troppo grande", "Il contenuto inviato supera il limite consentito."),
    415: ("unsupported_media_type", "Formato non supportato", "Il tipo di contenuto inviato non è supportato."),
    422: ("validation_failed", "Dati non validi", "Alcuni dati inviati non sono validi."),
    428: ("precondition_required", "Precondizione richiesta",
          "Per modificare questa risorsa occorre l'intestazione If-Match."),
    429: ("too_many_requests", "Troppe richieste", "Hai inviato troppe richieste: riprova più tardi."),
    500: ("internal_error", "Errore interno del server",
          "Si è verificato un errore imprevisto. Riprova più tardi."),
    503: ("service_unavailable", "Servizio non disponibile", "Il servizio è momentaneamente non disponibile."),
}


class ApiProblem(Exception):
    """Raise from a view to answer with a problem; `errors` lists field errors."""

    def __init__(self, status: int, code: str | None = None, title: str | None = None,
                 detail: str | None = None, errors: list[dict] | None = None,
                 headers: dict | None = None, **extra):
        super().__init__(detail or title or code)
        self.status, self.code, self.title, self.detail = status, code, title, detail
        self.errors, self.headers, self.extra = errors, headers or {}, extra


def problem(status: int, code: str | None = None, title: str | None = None,
            detail: str | None = None, errors: list[dict] | None = None,
            headers: dict | None = None, **extra) -> Response:
    known_code, known_title, known_detail = _KNOWN.get(status, (f"http_{status}", "Errore", None))
    code = code or known_code
    body = {
        "type": TYPE_PREFIX + code,
        "title": title or known_title,
        "status": status,
        "detail": detail or known_detail or title or known_title,
        "code": code,
        "instance": request.path,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    response = current_app.json.response(body)
    response.status_code = status
    response.mimetype = PROBLEM_MIMETYPE
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _http_exception(exc: HTTPException):
    if exc.code is None or exc.code < 400:
        return exc  # redirects and the like are not errors
    headers = {}
    detail = None
    if isinstance(exc, MethodNotAllowed):
        allowed = sorted(exc.valid_methods or [])
        if allowed:
            headers["Allow"] = ", ".join(allowed)
        detail = (f"Il metodo {request.method} non è consentito per questo indirizzo."
                  + (f" Metodi ammessi: {', '.join(allowed)}." if allowed else ""))
    return problem(exc.code, detail=detail, headers=headers)


def _api_problem(exc: ApiProblem):
    return problem(exc.status, exc.code, exc.title, exc.detail, exc.errors, exc.headers,
                   **exc.extra)


def _unexpected(exc: Exception):
    # The traceback goes to the log; the client learns nothing about internals.
    current_app.logger.exception("Errore non gestito su %s %s", request.method, request.path)
    return problem(500)


def register(app: Flask) -> None:
    app.register_error_handler(ApiProblem, _api_problem)
    app.register_error_handler(HTTPException, _http_exception)
    app.register_error_handler(Exception, _unexpected)
