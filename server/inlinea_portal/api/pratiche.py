"""Pratiche: submission from the app ("Nuova richiesta"), list and detail.

POST /api/v1/pratiche          Idempotency-Key required; {anagrafica_id, procedimento,
                               version, data, attachments: [{slot, upload_id}]}
                               -> 201 {cip, protocollo, stato, receipt}
GET  /api/v1/pratiche          ?anagrafica=&stato=&page=&per_page= -> {items, page, per_page,
                               total}
GET  /api/v1/pratiche/{cip}    one pratica with its history and attachments

Idempotency: the same key from the same user with the same body (byte for byte: SHA-256 of
the request body) answers 201 again with the stored answer and `Idempotency-Replayed:
true`, never a second pratica (also for concurrent requests: the key is re-checked under
the write lock). The same key with another body: 422 `idempotency_key_reused`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3

from flask import Blueprint, Response, g, jsonify, request

from .. import procedimenti
from ..db import request_connection, transaction
from ..domain.pratiche import CIP_RE, STATES, format_protocollo, new_cip
from ..errors import ApiProblem
from ..tokens import iso, utc_now
from .auth import require_auth
from .common import json_object, query_int, validation_failed
from .info import LIMITS

bp = Blueprint("pratiche", __name__, url_prefix="/api/v1")
log = logging.getLogger("inlinea_portal.pratiche")

_IDEMPOTENCY_KEY_RE = re.compile(r"^[\x21-\x7e][\x20-\x7e]{0,254}$")
_CIP_ATTEMPTS = 50


def _idempotency_key() -> str:
    raw = request.headers.get("Idempotency-Key")
    if raw is None or not raw.strip():
        raise ApiProblem(428, "idempotency_key_required", "Chiave di idempotenza richiesta",
                         "Per inviare una pratica occorre l'intestazione Idempotency-Key "
                         "(generata dall'applicazione e ripetuta a ogni nuovo tentativo).")
    key = raw.strip()
    if not _IDEMPOTENCY_KEY_RE.match(key):
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "L'intestazione Idempotency-Key deve avere da 1 a 255 caratteri ASCII "
                         "stampabili.")
    return key


def _replay(conn: sqlite3.Connection, key: str, body_sha: str) -> Response | None:
    row = conn.execute("SELECT body_sha256, response FROM pratica_idempotency "
                       "WHERE user_id = ? AND key = ?", (g.auth.user_id, key)).fetchone()
    if row is None:
        return None
    if row["body_sha256"] != body_sha:
        raise ApiProblem(422, "idempotency_key_reused", "Chiave già usata",
                         "Questa Idempotency-Key è già stata usata per un invio diverso: "
                         "per una nuova pratica genera una nuova chiave.")
    body = json.loads(row["response"])
    log.info("pratica: invio ripetuto con la stessa Idempotency-Key, utente=%s cip=%s",
             g.auth.user_id, body["cip"])
    return _created(body, replayed=True)


def _created(body: dict, replayed: bool = False) -> Response:
    response = jsonify(body)
    response.status_code = 201
    response.headers["Location"] = f"/api/v1/pratiche/{body['cip']}"
    response.headers["Idempotency-Replayed"] = "true" if replayed else "false"
    return response


def _check_request(conn: sqlite3.Connection, body: dict):
    """(anagrafica row, definition, attachments with their upload rows); raises 404 for
    an anagrafica that is not the caller's and 422 with every field error."""
    errors: list[dict] = []
    anagrafica_id = body.get("anagrafica_id")
    if isinstance(anagrafica_id, bool) or not isinstance(anagrafica_id, int):
        errors.append({"field": "/anagrafica_id", "code": "required" if anagrafica_id is None
                       else "invalid_format", "detail": "l'id numerico dell'anagrafica"})
        anagrafica = None
    else:
        anagrafica = conn.execute("SELECT * FROM anagrafiche WHERE id = ? AND owner_user_id = ?",
                                  (anagrafica_id, g.auth.user_id)).fetchone()
        if anagrafica is None:
            raise ApiProblem(404, "not_found", "Anagrafica non trovata",
                             f"Non esiste un'anagrafica {anagrafica_id} tra le tue.")
    code, version = body.get("procedimento"), body.get("version")
    if isinstance(version, int) and not isinstance(version, bool):
        version = str(version)
    definition = None
    if not isinstance(code, str) or code not in procedimenti.registry():
        errors.append({"field": "/procedimento", "code": "required" if code is None
                       else "invalid_value", "detail": "procedimento sconosciuto"})
    else:
        definition = procedimenti.get(code, version) if isinstance(version, str) else None
        if definition is None:
            errors.append({"field": "/version", "code": "required" if version is None
                           else "invalid_value",
                           "detail": "versione del modulo sconosciuta: ammesse "
                                     + ", ".join(sorted(procedimenti.registry()[code], key=int))})
    data = body.get("data")
    if definition is not None:
        errors += procedimenti.validate_data(definition, data)
    attachments = body.get("attachments", [])
    checked: list[tuple[str, sqlite3.Row]] = []
    if not isinstance(attachments, list):
        errors.append({"field": "/attachments", "code": "invalid_format",
                       "detail": "deve essere un elenco"})
        attachments = []
    elif len(attachments) > LIMITS["max_attachments_per_pratica"]:
        errors.append({"field": "/attachments", "code": "length",
                       "detail": f"al massimo {LIMITS['max_attachments_per_pratica']} allegati"})
        attachments = []
    seen: set[str] = set()
    for index, item in enumerate(attachments):
        where = f"/attachments/{index}"
        if not isinstance(item, dict):
            errors.append({"field": where, "code": "invalid_format",
                           "detail": "deve essere un oggetto {slot, upload_id}"})
            continue
        slot_name, upload_id = item.get("slot"), item.get("upload_id")
        slot = definition.slots.get(slot_name) if definition and isinstance(slot_name, str) \
            else None
        if definition is not None and slot is None:
            errors.append({"field": f"{where}/slot", "code": "invalid_value",
                           "detail": "allegato non previsto dal modulo"})
        upload = None
        if isinstance(upload_id, str):
            upload = conn.execute("SELECT * FROM uploads WHERE id = ? AND owner_user_id = ?",
                                  (upload_id, g.auth.user_id)).fetchone()
        if upload is None:
            errors.append({"field": f"{where}/upload_id", "code": "not_found",
                           "detail": "file caricato non trovato"})
            continue
        if upload_id in seen:
            errors.append({"field": f"{where}/upload_id", "code": "duplicate",
                           "detail": "lo stesso file è allegato due volte"})
            continue
        seen.add(upload_id)
        if not upload["complete"]:
            errors.append({"field": f"{where}/upload_id", "code": "incomplete",
                           "detail": f"caricamento incompleto ({upload['received']} byte su "
                                     f"{upload['size']})"})
        elif slot is not None and upload["content_type"] not in slot["accepted_types"]:
            errors.append({"field": f"{where}/upload_id", "code": "invalid_type",
                           "detail": "tipo di file non ammesso per questo allegato: "
                                     + ", ".join(slot["accepted_types"])})
        elif slot is not None and upload["size"] > slot["max_bytes"]:
            errors.append({"field": f"{where}/upload_id", "code": "too_large",
                           "detail": f"file troppo grande per questo allegato (massimo "
                                     f"{slot['max_bytes']} byte)"})
        elif slot is not None:
            checked.append((slot_name, upload))
    if definition is not None:
        per_slot: dict[str, int] = {}
        for slot_name, _upload in checked:
            per_slot[slot_name] = per_slot.get(slot_name, 0) + 1
        given = {item.get("slot") for item in attachments if isinstance(item, dict)}
        for slot in definition.body["attachments"]:
            if per_slot.get(slot["slot"], 0) > slot["max_files"]:
                errors.append({"field": "/attachments", "code": "length", "slot": slot["slot"],
                               "detail": f"«{slot['title']}»: al massimo {slot['max_files']} "
                                         "file"})
            if (slot["slot"] not in given and isinstance(data, dict)
                    and procedimenti.slot_required(slot, data)):
                errors.append({"field": "/attachments", "code": "required", "slot": slot["slot"],
                               "detail": f"manca l'allegato obbligatorio «{slot['title']}»"})
    if errors:
        raise validation_failed(errors)
    return anagrafica, definition, checked


def _next_protocollo(conn: sqlite3.Connection, year: int) -> str:
    row = conn.execute("SELECT MAX(CAST(substr(protocollo, 6) AS INTEGER)) FROM pratiche "
                       "WHERE protocollo LIKE ?", (f"{year:04d}/%",)).fetchone()
    return format_protocollo(year, (row[0] or 0) + 1)


def _insert_pratica(conn, definition, anagrafica, data, raw_sha) -> tuple[int, str, str]:
    now = utc_now()
    protocollo = _next_protocollo(conn, now.year)
    for _attempt in range(_CIP_ATTEMPTS):
        cip = new_cip()
        if conn.execute("SELECT 1 FROM pratiche WHERE cip = ?", (cip,)).fetchone():
            continue
        pratica_id = conn.execute(
            "INSERT INTO pratiche (cip, anagrafica_id, owner_user_id, procedimento, "
            "procedimento_version, titolo, stato, protocollo, created_at, updated_at, "
            "data_json, body_sha256) VALUES (?, ?, ?, ?, ?, ?, 'protocollata', ?, ?, ?, ?, ?)",
            (cip, anagrafica["id"], g.auth.user_id, definition.code, definition.version,
             definition.body["title"], protocollo, iso(now), iso(now),
             json.dumps(data, ensure_ascii=False, separators=(",", ":")), raw_sha)).lastrowid
        break
    else:  # pragma: no cover - 26*26*100000*26 codes
        raise ApiProblem(503, "service_unavailable", detail="Nessun CIP libero: riprova.")
    for before, after, actor, note in (
            ("bozza", "inviata", "richiedente", "Inviata dall'applicazione"),
            ("inviata", "protocollata", "piattaforma", f"Protocollo {protocollo}")):
        conn.execute("INSERT INTO pratica_eventi (pratica_id, at, from_stato, to_stato, actor, "
                     "note) VALUES (?, ?, ?, ?, ?, ?)",
                     (pratica_id, iso(now), before, after, actor, note))
    return pratica_id, cip, protocollo


@bp.post("/pratiche")
@require_auth
def create_pratica():
    key = _idempotency_key()
    raw = request.get_data(cache=True)
    raw_sha = hashlib.sha256(raw).hexdigest()
    conn = request_connection()
    replay = _replay(conn, key, raw_sha)
    if replay is not None:
        return replay
    body = json_object()
    anagrafica, definition, attachments = _check_request(conn, body)
    with transaction(conn):
        # Re-checked under the write lock: a concurrent request with the same key may have
        # created the pratica meanwhile.
        if conn.execute("SELECT 1 FROM pratica_idempotency WHERE user_id = ? AND key = ?",
                        (g.auth.user_id, key)).fetchone():
            answer = None
        else:
            pratica_id, cip, protocollo = _insert_pratica(conn, definition, anagrafica,
                                                          body["data"], raw_sha)
            for slot, upload in attachments:
                conn.execute("INSERT INTO pratica_allegati (pratica_id, slot, upload_id) "
                             "VALUES (?, ?, ?)", (pratica_id, slot, upload["id"]))
            created_at = conn.execute("SELECT created_at FROM pratiche WHERE id = ?",
                                      (pratica_id,)).fetchone()[0]
            answer = {
                "cip": cip, "protocollo": protocollo, "stato": "protocollata",
                "receipt": {
                    "cip": cip, "protocollo": protocollo, "procedimento": definition.code,
                    "version": definition.version, "titolo": definition.body["title"],
                    "anagrafica_id": anagrafica["id"], "created_at": created_at,
                    "body_sha256": raw_sha,
                    "attachments": [{"slot": slot, "upload_id": upload["id"],
                                     "filename": upload["filename"], "size": upload["size"],
                                     "sha256": upload["sha256"]}
                                    for slot, upload in attachments],
                },
            }
            conn.execute("INSERT INTO pratica_idempotency (user_id, key, body_sha256, "
                         "pratica_id, response, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                         (g.auth.user_id, key, raw_sha, pratica_id,
                          json.dumps(answer, ensure_ascii=False), created_at))
    if answer is None:
        return _replay(conn, key, raw_sha)
    log.info("pratica protocollata: utente=%s cip=%s procedimento=%s/%s", g.auth.user_id,
             answer["cip"], definition.code, definition.version)
    return _created(answer)


# --- reading ----------------------------------------------------------------------------------

_COLUMNS = ("cip", "anagrafica_id", "procedimento", "procedimento_version", "titolo", "stato",
            "protocollo", "protocollo_suap", "codice_registro", "scadenza_integrazioni",
            "created_at", "updated_at")


def summary(row: sqlite3.Row) -> dict:
    return {key: row[key] for key in _COLUMNS}


@bp.get("/pratiche")
@require_auth
def list_pratiche():
    where, params = ["owner_user_id = ?"], [g.auth.user_id]
    if request.args.get("anagrafica"):
        where.append("anagrafica_id = ?")
        params.append(query_int("anagrafica", 0, 1))
    stato = request.args.get("stato")
    if stato:
        if stato not in STATES:
            raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                             "Il parametro stato ammette solo: " + ", ".join(STATES) + ".")
        where.append("stato = ?")
        params.append(stato)
    page = query_int("page", 1, 1)
    per_page = query_int("per_page", 50, 1, 500)
    conn = request_connection()
    sql_where = " AND ".join(where)
    total = conn.execute(f"SELECT COUNT(*) FROM pratiche WHERE {sql_where}", params).fetchone()[0]
    rows = conn.execute(f"SELECT * FROM pratiche WHERE {sql_where} "
                        "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        (*params, per_page, (page - 1) * per_page)).fetchall()
    return jsonify({"items": [summary(row) for row in rows], "page": page,
                    "per_page": per_page, "total": total})


@bp.get("/pratiche/<cip>")
@require_auth
def get_pratica(cip: str):
    conn = request_connection()
    row = None
    if CIP_RE.match(cip.upper()):
        row = conn.execute("SELECT * FROM pratiche WHERE cip = ? AND owner_user_id = ?",
                           (cip.upper(), g.auth.user_id)).fetchone()
    if row is None:
        raise ApiProblem(404, "not_found", "Pratica non trovata",
                         f"Non esiste una pratica con CIP {cip} tra le tue.")
    body = summary(row)
    body["data"] = json.loads(row["data_json"]) if row["data_json"] else None
    body["eventi"] = [dict(event) for event in conn.execute(
        "SELECT at, from_stato, to_stato, actor, note FROM pratica_eventi WHERE pratica_id = ? "
        "ORDER BY at, id", (row["id"],))]
    body["allegati"] = [dict(item) for item in conn.execute(
        "SELECT a.slot, u.id AS upload_id, u.filename, u.content_type, u.size, u.sha256 "
        "FROM pratica_allegati a JOIN uploads u ON u.id = a.upload_id "
        "WHERE a.pratica_id = ? ORDER BY a.rowid", (row["id"],))]
    return jsonify(body)
