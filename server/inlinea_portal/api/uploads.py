"""Resumable attachment uploads (sha256-checked), stored in <state>/uploads/<id>.

POST /api/v1/uploads        {filename, size, sha256, content_type} -> 201 upload
PUT  /api/v1/uploads/{id}   Content-Range: bytes a-b/total, the bytes a..b -> 200 upload
GET  /api/v1/uploads/{id}   -> 200 upload

An upload is `{id, filename, size, sha256, content_type, chunk_size, received, complete}`.
A chunk must start at `received` (else 409 `upload_offset_mismatch` with `received`) and
be at most `chunk_size` bytes (413). When the last byte arrives the SHA-256 of the whole
file is checked: a mismatch answers 422 `sha256_mismatch` and resets the upload to
`received: 0`. Limits (`max_upload_bytes`, `allowed_attachment_types`,
`upload_chunk_bytes`) are those of /api/v1/info. Only the owner sees an upload.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import secrets

from flask import Blueprint, current_app, g, jsonify, request

from ..db import request_connection, transaction
from ..errors import ApiProblem
from ..tokens import iso, utc_now
from .auth import require_auth
from .common import FieldErrors, json_object, text_value
from .info import LIMITS

bp = Blueprint("uploads", __name__, url_prefix="/api/v1")
log = logging.getLogger("inlinea_portal.uploads")

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_RANGE_RE = re.compile(r"^bytes ([0-9]+)-([0-9]+)/([0-9]+)$")
_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def upload_dir() -> str:
    path = os.path.join(current_app.config["STATE_DIR"], "uploads")
    os.makedirs(path, exist_ok=True)
    return path


def upload_path(upload_id: str) -> str:
    return os.path.join(upload_dir(), upload_id)


def to_json(row) -> dict:
    return {"id": row["id"], "filename": row["filename"], "size": row["size"],
            "sha256": row["sha256"], "content_type": row["content_type"],
            "chunk_size": LIMITS["upload_chunk_bytes"], "received": row["received"],
            "complete": bool(row["complete"])}


def own_upload(conn, upload_id: str):
    row = None
    if _ID_RE.match(upload_id):
        row = conn.execute("SELECT * FROM uploads WHERE id = ? AND owner_user_id = ?",
                           (upload_id, g.auth.user_id)).fetchone()
    if row is None:
        raise ApiProblem(404, "not_found", "Caricamento non trovato",
                         f"Non esiste un caricamento {upload_id} tra i tuoi.")
    return row


@bp.post("/uploads")
@require_auth
def create_upload():
    body = json_object()
    errors = FieldErrors()
    filename = text_value(body, "filename", errors, 255)
    content_type = text_value(body, "content_type", errors, 100)
    sha = body.get("sha256")
    size = body.get("size")
    if filename is None and not errors.has("filename"):
        errors.add("filename", [{"code": "required", "detail": "campo obbligatorio"}])
    elif filename and ("/" in filename or "\\" in filename or "\x00" in filename):
        errors.add("filename", [{"code": "invalid_character",
                                 "detail": "il nome non può contenere / o \\"}])
    if content_type is None and not errors.has("content_type"):
        errors.add("content_type", [{"code": "required", "detail": "campo obbligatorio"}])
    if not isinstance(sha, str) or not _SHA_RE.match(sha.lower()):
        errors.add("sha256", [{"code": "invalid_format",
                               "detail": "SHA-256 in esadecimale (64 caratteri)"}])
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        errors.add("size", [{"code": "invalid_format",
                             "detail": "la dimensione è un numero intero di byte, almeno 1"}])
    errors.raise_if_any()
    if size > LIMITS["max_upload_bytes"]:
        raise ApiProblem(413, "upload_too_large", "File troppo grande",
                         f"Il file supera il limite di {LIMITS['max_upload_bytes']} byte.",
                         max_upload_bytes=LIMITS["max_upload_bytes"])
    content_type = content_type.lower()
    if content_type not in LIMITS["allowed_attachment_types"]:
        raise ApiProblem(415, "unsupported_attachment_type", "Tipo di file non ammesso",
                         "Sono ammessi solo: " + ", ".join(LIMITS["allowed_attachment_types"])
                         + ".", allowed_attachment_types=LIMITS["allowed_attachment_types"])
    upload_id = secrets.token_urlsafe(18)
    now = iso(utc_now())
    conn = request_connection()
    with transaction(conn):
        conn.execute("INSERT INTO uploads (id, owner_user_id, filename, content_type, size, "
                     "sha256, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (upload_id, g.auth.user_id, filename, content_type, size, sha.lower(),
                      now, now))
    open(upload_path(upload_id), "wb").close()
    log.info("caricamento aperto: utente=%s id=%s size=%s", g.auth.user_id, upload_id, size)
    response = jsonify(to_json(own_upload(conn, upload_id)))
    response.status_code = 201
    response.headers["Location"] = f"/api/v1/uploads/{upload_id}"
    return response


@bp.get("/uploads/<id>")
@require_auth
def get_upload(id: str):  # noqa: A002 - the path parameter of the contract
    return jsonify(to_json(own_upload(request_connection(), id)))


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@bp.put("/uploads/<id>")
@require_auth
def put_chunk(id: str):  # noqa: A002
    upload_id = id
    conn = request_connection()
    row = own_upload(conn, upload_id)
    match = _RANGE_RE.match(request.headers.get("Content-Range", "").strip())
    if not match:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "Occorre l'intestazione Content-Range: bytes inizio-fine/totale.")
    start, end, total = map(int, match.groups())
    if total != row["size"] or end < start or end >= total:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Content-Range non coerente con la dimensione dichiarata "
                         f"({row['size']} byte).")
    length = end - start + 1
    if length > LIMITS["upload_chunk_bytes"]:
        raise ApiProblem(413, "chunk_too_large", "Blocco troppo grande",
                         f"Ogni blocco è al massimo di {LIMITS['upload_chunk_bytes']} byte.")
    if (request.content_length or 0) > LIMITS["upload_chunk_bytes"]:
        raise ApiProblem(413, "chunk_too_large", "Blocco troppo grande",
                         f"Ogni blocco è al massimo di {LIMITS['upload_chunk_bytes']} byte.")
    chunk = request.get_data(cache=False)
    if len(chunk) != length:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Il blocco ha {len(chunk)} byte, Content-Range ne indica {length}.")
    path = upload_path(upload_id)
    with transaction(conn):  # one chunk of one upload at a time
        row = own_upload(conn, upload_id)
        if row["complete"]:
            raise ApiProblem(409, "upload_complete", "Caricamento già completato",
                             "Il file è già stato caricato per intero.",
                             received=row["received"])
        if start != row["received"]:
            raise ApiProblem(409, "upload_offset_mismatch", "Posizione errata",
                             f"Il blocco deve iniziare dal byte {row['received']}.",
                             received=row["received"])
        with open(path, "r+b" if os.path.exists(path) else "wb") as handle:
            handle.seek(start)
            handle.write(chunk)
            handle.truncate()
        received, complete, mismatch = end + 1, 0, False
        if received == row["size"]:
            if _file_sha256(path) == row["sha256"]:
                complete = 1
            else:
                mismatch, received = True, 0
                open(path, "wb").close()
        conn.execute("UPDATE uploads SET received = ?, complete = ?, updated_at = ? "
                     "WHERE id = ?", (received, complete, iso(utc_now()), upload_id))
    if mismatch:
        log.warning("caricamento: SHA-256 diverso, azzerato: utente=%s id=%s",
                    g.auth.user_id, upload_id)
        raise ApiProblem(422, "sha256_mismatch", "File alterato",
                         "Lo SHA-256 del file ricevuto non corrisponde a quello dichiarato: "
                         "il caricamento è stato azzerato, ricomincia dal byte 0.", received=0)
    return jsonify(to_json(own_upload(conn, upload_id)))
