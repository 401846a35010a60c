"""The caller's anagrafiche (docs/anagrafiche-api.md).

GET    /api/v1/anagrafiche                 list: q, page, per_page (<= 500), sort, order
POST   /api/v1/anagrafiche                 create (optional Idempotency-Key) -> 201
GET    /api/v1/anagrafiche/{id}            one, with ETag (its version)
PUT    /api/v1/anagrafiche/{id}            replace (If-Match required: 428 / 412)
DELETE /api/v1/anagrafiche/{id}            delete (If-Match; 409 has_pratiche)
PUT    /api/v1/anagrafiche/{id}/watch      watch (no version change)
DELETE /api/v1/anagrafiche/{id}/watch      stop watching

Only the caller's own anagrafiche exist for it: someone else's id answers 404 exactly
like an unknown one.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from flask import Blueprint, Response, g, jsonify, request

from ..db import request_connection, transaction
from ..domain import validation as v
from ..errors import ApiProblem
from ..tokens import iso, utc_now
from .auth import require_auth
from .common import (
    MAX_TEXT, FieldErrors, check_if_match, conflict, fold, json_object, query_choice, query_int,
    text_value,
)

bp = Blueprint("anagrafiche", __name__, url_prefix="/api/v1")
log = logging.getLogger("inlinea_portal.anagrafiche")

TIPI = ("persona_fisica", "persona_giuridica", "ente", "professionista")
PERSON_TIPI = ("persona_fisica", "professionista")
_TIPO_LABEL = {
    "persona_fisica": "una persona fisica",
    "persona_giuridica": "una persona giuridica",
    "ente": "un ente",
    "professionista": "un professionista",
}
# Writable text fields, in the order of the JSON object.
TEXT_FIELDS = (
    "denominazione", "cognome", "nome", "sesso", "data_nascita", "comune_nascita",
    "provincia_nascita", "codice_fiscale", "partita_iva", "indirizzo", "comune", "cap",
    "provincia", "pec", "email", "telefono", "legale_rappresentante_cognome",
    "legale_rappresentante_nome", "legale_rappresentante_codice_fiscale",
    "legale_rappresentante_qualifica",
)
# Stored upper case (and trimmed, like every text).
CODE_FIELDS = frozenset({"sesso", "codice_fiscale", "partita_iva", "cap", "provincia",
                         "provincia_nascita", "legale_rappresentante_codice_fiscale"})
# Longer than any valid address: for these the syntax check says what is wrong
# (invalid_format, as in the app), not the generic text limit.
_MAX_LENGTH = {"email": 1000, "pec": 1000}
REQUIRED_ALWAYS = ("codice_fiscale", "indirizzo", "comune")
REQUIRED_BY_TIPO = {
    "persona_fisica": ("cognome", "nome"),
    "persona_giuridica": ("denominazione", "partita_iva", "pec"),
    "ente": ("denominazione", "pec"),
    "professionista": ("cognome", "nome", "partita_iva"),
}

SORTS = ("nome", "sede", "codice", "domande")
ORDERS = ("asc", "desc")
MAX_PER_PAGE = 500
DEFAULT_PER_PAGE = 50
MAX_QUERY = 200
_IDEMPOTENCY_KEY_RE = re.compile(r"^[\x21-\x7e][\x20-\x7e]{0,254}$")

_NAME_SQL = ("CASE WHEN a.tipo IN ('persona_fisica', 'professionista') "
             "THEN TRIM(COALESCE(a.cognome, '') || ' ' || COALESCE(a.nome, '')) "
             "ELSE COALESCE(a.denominazione, '') END")
_SEP = "\x1f"
_HAYSTACK_SQL = (
    f"inl_fold({_NAME_SQL} || '{_SEP}' || COALESCE(a.denominazione, '') || '{_SEP}' || "
    f"TRIM(COALESCE(a.nome, '') || ' ' || COALESCE(a.cognome, '')) || '{_SEP}' || "
    f"COALESCE(a.codice_fiscale, '') || '{_SEP}' || COALESCE(a.partita_iva, '') || '{_SEP}' || "
    "COALESCE(a.comune, ''))")
_DOMANDE_SQL = "(SELECT COUNT(*) FROM pratiche p WHERE p.anagrafica_id = a.id)"
_ORDER_KEYS = {
    "nome": (f"inl_fold({_NAME_SQL})",),
    "sede": ("inl_fold(a.comune)", "inl_fold(a.indirizzo)"),
    "codice": ("a.codice_fiscale", "a.partita_iva"),
    "domande": ("domande", f"inl_fold({_NAME_SQL})"),
}


# --- representation -----------------------------------------------------------------------

def to_json(row: sqlite3.Row) -> dict:
    body = {"id": row["id"], "tipo": row["tipo"]}
    body.update({key: row[key] for key in TEXT_FIELDS})
    body.update(watched=bool(row["watched"]), domande=row["domande"], version=row["version"],
                updated_at=row["updated_at"])
    return body


def _respond(body: dict, status: int = 200, headers: dict | None = None) -> Response:
    response = jsonify(body)
    response.status_code = status
    response.set_etag(str(body["version"]))
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _fetch(conn: sqlite3.Connection, anagrafica_id: int, user_id: int) -> sqlite3.Row | None:
    return conn.execute(f"SELECT a.*, {_DOMANDE_SQL} AS domande FROM anagrafiche a "
                        "WHERE a.id = ? AND a.owner_user_id = ?",
                        (anagrafica_id, user_id)).fetchone()


def _own(conn: sqlite3.Connection, anagrafica_id: int) -> sqlite3.Row:
    row = _fetch(conn, anagrafica_id, g.auth.user_id)
    if row is None:
        raise ApiProblem(404, "not_found", "Anagrafica non trovata",
                         f"Non esiste un'anagrafica {anagrafica_id} tra le tue.")
    return row


# --- validation -----------------------------------------------------------------------------

def validate(body: dict) -> dict:
    """The record to store (every writable column) from a request body; raises 422 with
    every field error. Read-only keys (id, watched, domande, version, updated_at) and
    unknown keys are ignored."""
    errors = FieldErrors()
    tipo = body.get("tipo")
    if tipo is None or tipo == "":
        errors.add("tipo", [{"code": "required", "detail": "il tipo è obbligatorio"}])
        tipo = None
    elif not isinstance(tipo, str) or tipo not in TIPI:
        errors.add("tipo", [{"code": "invalid_format",
                             "detail": "tipo sconosciuto: ammessi " + ", ".join(TIPI)}])
        tipo = None

    record = {"tipo": tipo}
    for key in TEXT_FIELDS:
        value = text_value(body, key, errors, _MAX_LENGTH.get(key, MAX_TEXT))
        if value is not None and key in CODE_FIELDS:
            value = v.normalise_code(value)
        record[key] = value

    required = REQUIRED_ALWAYS + (REQUIRED_BY_TIPO[tipo] if tipo else ())
    for key in required:
        if record[key] is None and not errors.has(key):
            who = f" per {_TIPO_LABEL[tipo]}" if tipo and key not in REQUIRED_ALWAYS else ""
            errors.add(key, [{"code": "required", "detail": f"campo obbligatorio{who}"}])

    def check(key: str, validator, *args, **kwargs) -> bool:
        """Run `validator` on a present, well-typed value; True when it is valid."""
        if record[key] is None or errors.has(key):
            return False
        return not errors.add(key, validator(record[key], *args, **kwargs))

    is_person = tipo in PERSON_TIPI
    kind = None if tipo is None else ("persona" if is_person else "numerico")
    cf_ok = check("codice_fiscale", v.check_codice_fiscale, kind)
    check("partita_iva", v.check_partita_iva)
    check("cap", v.check_cap)
    check("provincia", v.check_provincia)
    check("provincia_nascita", v.check_provincia)
    check("pec", v.check_pec)
    check("email", v.check_email)
    date_ok = check("data_nascita", v.check_iso_date, birth=True)
    sesso_ok = record["sesso"] is not None and not errors.has("sesso")
    if sesso_ok and record["sesso"] not in ("M", "F"):
        errors.add("sesso", [{"code": "invalid_format", "detail": "il sesso è M oppure F"}])
        sesso_ok = False
    lr_ok = check("legale_rappresentante_codice_fiscale", v.check_codice_fiscale, "persona")

    if cf_ok and is_person and len(record["codice_fiscale"]) == 16:
        errors.add("codice_fiscale", v.check_cf_matches_person(
            record["codice_fiscale"], record["cognome"], record["nome"],
            record["data_nascita"] if date_ok else None, record["sesso"] if sesso_ok else None))
    if lr_ok:
        errors.add("legale_rappresentante_codice_fiscale", v.check_cf_matches_person(
            record["legale_rappresentante_codice_fiscale"],
            record["legale_rappresentante_cognome"], record["legale_rappresentante_nome"]))
    errors.raise_if_any()
    return record


# --- list -----------------------------------------------------------------------------------

@bp.get("/anagrafiche")
@require_auth
def list_anagrafiche():
    q = (request.args.get("q") or "").replace(_SEP, " ").strip()
    if len(q) > MAX_QUERY:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Il parametro q ha al massimo {MAX_QUERY} caratteri.")
    page = query_int("page", 1, 1)
    per_page = query_int("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    sort = query_choice("sort", SORTS, "nome")
    order = query_choice("order", ORDERS, "asc")

    conn = request_connection()
    conn.create_function("inl_fold", 1, fold, deterministic=True)
    where, params = "a.owner_user_id = ?", [g.auth.user_id]
    if q:
        where += f" AND instr({_HAYSTACK_SQL}, ?) > 0"
        params.append(fold(q))
    total = conn.execute(f"SELECT COUNT(*) FROM anagrafiche a WHERE {where}",
                         params).fetchone()[0]
    direction = " DESC" if order == "desc" else ""
    order_by = ", ".join(key + direction for key in _ORDER_KEYS[sort] + ("a.id",))
    rows = conn.execute(
        f"SELECT a.*, {_DOMANDE_SQL} AS domande FROM anagrafiche a WHERE {where} "
        f"ORDER BY {order_by} LIMIT ? OFFSET ?",
        (*params, per_page, (page - 1) * per_page)).fetchall()
    return jsonify({"items": [to_json(row) for row in rows], "page": page,
                    "per_page": per_page, "total": total})


# --- create ---------------------------------------------------------------------------------

def _idempotency_key() -> str | None:
    raw = request.headers.get("Idempotency-Key")
    if raw is None:
        return None
    key = raw.strip()
    if not _IDEMPOTENCY_KEY_RE.match(key):
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "L'intestazione Idempotency-Key deve avere da 1 a 255 caratteri ASCII "
                         "stampabili.")
    return key


def _replay(conn: sqlite3.Connection, key: str) -> Response | None:
    """The answer for an Idempotency-Key already used by the caller, or None."""
    row = conn.execute("SELECT anagrafica_id FROM anagrafica_idempotency "
                       "WHERE user_id = ? AND key = ?", (g.auth.user_id, key)).fetchone()
    if row is None:
        return None
    anagrafica = (_fetch(conn, row["anagrafica_id"], g.auth.user_id)
                  if row["anagrafica_id"] is not None else None)
    if anagrafica is None:
        raise ApiProblem(409, "idempotency_key_used", "Chiave già usata",
                         "Con questa Idempotency-Key è già stata creata un'anagrafica, che poi "
                         "è stata eliminata: per crearne una nuova usa un'altra chiave.")
    log.info("anagrafica: richiesta ripetuta con la stessa Idempotency-Key, utente=%s id=%s",
             g.auth.user_id, anagrafica["id"])
    return _created(anagrafica)


def _created(row: sqlite3.Row) -> Response:
    return _respond(to_json(row), 201, {"Location": f"/api/v1/anagrafiche/{row['id']}"})


@bp.post("/anagrafiche")
@require_auth
def create_anagrafica():
    key = _idempotency_key()
    body = json_object()
    conn = request_connection()
    if key is not None:
        replay = _replay(conn, key)
        if replay is not None:
            return replay
    record = validate(body)
    now = iso(utc_now())
    with transaction(conn):
        # Re-checked under the write lock: a concurrent request with the same key may
        # have created it in the meantime.
        if key is not None and conn.execute(
                "SELECT 1 FROM anagrafica_idempotency WHERE user_id = ? AND key = ?",
                (g.auth.user_id, key)).fetchone():
            new_id = None
        else:
            columns = ("owner_user_id", "created_at", "updated_at") + tuple(record)
            new_id = conn.execute(
                f"INSERT INTO anagrafiche ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                (g.auth.user_id, now, now, *record.values())).lastrowid
            if key is not None:
                conn.execute("INSERT INTO anagrafica_idempotency (user_id, key, anagrafica_id, "
                             "created_at) VALUES (?, ?, ?, ?)",
                             (g.auth.user_id, key, new_id, now))
    if new_id is None:
        return _replay(conn, key)
    log.info("anagrafica creata: utente=%s id=%s", g.auth.user_id, new_id)
    return _created(_fetch(conn, new_id, g.auth.user_id))


# --- one anagrafica -------------------------------------------------------------------------

@bp.get("/anagrafiche/<int:id>")
@require_auth
def get_anagrafica(id: int):  # noqa: A002 - the path parameter of the contract
    return _respond(to_json(_own(request_connection(), id)))


def _conflict_check(row: sqlite3.Row) -> None:
    check_if_match(row["version"], to_json(row), "l'anagrafica",
                   "L'anagrafica è stata modificata")


def _stale(conn: sqlite3.Connection, anagrafica_id: int) -> ApiProblem:
    """The version changed between the check and the write: 412 with the new state (404
    if it was deleted meanwhile)."""
    row = _own(conn, anagrafica_id)
    return conflict(row["version"], to_json(row), "L'anagrafica è stata modificata")


@bp.put("/anagrafiche/<int:id>")
@require_auth
def put_anagrafica(id: int):  # noqa: A002
    conn = request_connection()
    row = _own(conn, id)
    _conflict_check(row)
    record = validate(json_object())
    current = {key: row[key] for key in record}
    if record == current:
        return _respond(to_json(row))  # nothing changed: same version
    assignments = ", ".join(f"{key} = ?" for key in record)
    with transaction(conn):
        updated = conn.execute(
            f"UPDATE anagrafiche SET {assignments}, version = version + 1, updated_at = ? "
            "WHERE id = ? AND owner_user_id = ? AND version = ?",
            (*record.values(), iso(utc_now()), id, g.auth.user_id, row["version"])).rowcount
    if not updated:
        raise _stale(conn, id)
    log.info("anagrafica modificata: utente=%s id=%s", g.auth.user_id, id)
    return _respond(to_json(_own(conn, id)))


@bp.delete("/anagrafiche/<int:id>")
@require_auth
def delete_anagrafica(id: int):  # noqa: A002
    conn = request_connection()
    row = _own(conn, id)
    _conflict_check(row)
    if row["domande"]:
        raise ApiProblem(409, "has_pratiche", "Anagrafica con pratiche",
                         f"L'anagrafica ha {row['domande']} "
                         f"{'pratica' if row['domande'] == 1 else 'pratiche'}: non si può "
                         "eliminare.")
    with transaction(conn):
        if conn.execute("SELECT 1 FROM pratiche WHERE anagrafica_id = ?", (id,)).fetchone():
            raise ApiProblem(409, "has_pratiche", "Anagrafica con pratiche",
                             "L'anagrafica ha delle pratiche: non si può eliminare.")
        deleted = conn.execute("DELETE FROM anagrafiche WHERE id = ? AND owner_user_id = ? "
                               "AND version = ?",
                               (id, g.auth.user_id, row["version"])).rowcount
    if not deleted:
        raise _stale(conn, id)
    log.info("anagrafica eliminata: utente=%s id=%s", g.auth.user_id, id)
    return Response(status=204)


@bp.route("/anagrafiche/<int:id>/watch", methods=["PUT", "DELETE"])
@require_auth
def watch_anagrafica(id: int):  # noqa: A002
    conn = request_connection()
    _own(conn, id)
    watched = 1 if request.method == "PUT" else 0
    # Watching is not a change of the anagrafica: neither version nor updated_at move.
    conn.execute("UPDATE anagrafiche SET watched = ? WHERE id = ? AND owner_user_id = ?",
                 (watched, id, g.auth.user_id))
    return _respond(to_json(_own(conn, id)))

