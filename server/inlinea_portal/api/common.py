"""Helpers shared by the resource APIs (anagrafiche, profile): JSON bodies, field errors,
conditional requests (If-Match -> 428/412) and a case- and accent-insensitive fold."""

from __future__ import annotations

import unicodedata

from flask import request

from ..errors import ApiProblem

MAX_TEXT = 200  # characters of any free text field


def fold(text: str | None) -> str:
    """Lower case without accents: how search and sorting compare names."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def json_object() -> dict:
    """The request body as a JSON object, else 422 (the error's field is "", the body)."""
    body = request.get_json(force=True, silent=True)
    if not isinstance(body, dict):
        raise validation_failed([{
            "field": "", "code": "invalid_format",
            "detail": "il corpo della richiesta deve essere un oggetto JSON"}])
    return body


def validation_failed(errors: list[dict]) -> ApiProblem:
    fields = sorted({error["field"] for error in errors if error["field"]})
    detail = ("Alcuni dati non sono validi: " + ", ".join(fields) + "." if fields
              else "La richiesta non è valida.")
    return ApiProblem(422, "validation_failed", "Dati non validi", detail, errors=errors)


class FieldErrors:
    """Collects field errors (`{"field", "code", "detail", ...}`)."""

    def __init__(self):
        self.items: list[dict] = []

    def add(self, field: str, errors: list[dict]) -> bool:
        """Add the errors of one validator; True when there were some."""
        for error in errors:
            self.items.append({"field": field, **error})
        return bool(errors)

    def has(self, field: str) -> bool:
        return any(error["field"] == field for error in self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise validation_failed(self.items)


def text_value(body: dict, key: str, errors: FieldErrors, max_length: int = MAX_TEXT,
               default=None) -> str | None:
    """A text field: trimmed, "" -> None; a non-string -> invalid_format."""
    value = body.get(key, default)
    if value is None:
        return None
    if not isinstance(value, str):
        errors.add(key, [{"code": "invalid_format", "detail": "deve essere un testo"}])
        return None
    value = value.strip()
    if not value:
        return None
    if len(value) > max_length:
        errors.add(key, [{"code": "length",
                          "detail": f"troppo lungo: {len(value)} caratteri, al massimo "
                                    f"{max_length}"}])
        return None
    return value


def bool_value(body: dict, key: str, errors: FieldErrors, default: bool = False) -> bool:
    value = body.get(key, default)
    if not isinstance(value, bool):
        errors.add(key, [{"code": "invalid_format", "detail": "deve essere true o false"}])
        return default
    return value


def etag(version: int) -> str:
    return f'"{version}"'


def check_if_match(version: int, current: dict, noun: str, changed: str) -> None:
    """428 without If-Match; 412 `version_conflict` (see `conflict`) when the header does
    not name the current version. `*` matches (RFC 9110). `noun`: "l'anagrafica";
    `changed`: "L'anagrafica è stata modificata"."""
    if "If-Match" not in request.headers:
        raise ApiProblem(428, "precondition_required", "Precondizione richiesta",
                         f"Per modificare {noun} occorre l'intestazione If-Match con la "
                         "versione letta (ETag).")
    if not request.if_match.contains(str(version)):
        raise conflict(version, current, changed)


def conflict(version: int, current: dict, changed: str) -> ApiProblem:
    """412 `version_conflict` carrying the portal's state in `current` and its ETag."""
    return ApiProblem(412, "version_conflict", "Modificata da un'altra parte",
                      f"{changed} da un'altra parte (versione attuale {version}): "
                      "confronta i dati e riprova.",
                      headers={"ETag": etag(version)}, current=current)


def query_int(name: str, default: int, minimum: int, maximum: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < minimum or (maximum is not None and value > maximum):
        bounds = f"da {minimum} a {maximum}" if maximum is not None else f"almeno {minimum}"
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Il parametro {name} deve essere un numero intero {bounds}.")
    return value


def query_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    value = request.args.get(name) or default
    if value not in choices:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Il parametro {name} ammette solo: {', '.join(choices)}.")
    return value
