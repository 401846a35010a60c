"""The logged-in user's profile, "Modifica Dati Personali" (docs/anagrafiche-api.md).

GET /api/v1/me   the whole profile with its ETag (version)
PUT /api/v1/me   change it: If-Match required (428 / 412 with `current`)

PUT takes the profile as GET gives it; keys that are absent keep their value, read-only
keys (email_confirmed, email_pending, auth_method, identity_locked, version) are ignored.
With SPID or CNS (`identity_locked`) codice fiscale, nome and cognome come from the
identity: a different value is a `read_only` field error. A new email is not applied at
once: it becomes `email_pending` and a confirmation mail with a single-use link
(`/anagrafica/attiva`, spid/activation.py) goes to the new address; opening it makes it
the profile's email.
"""

from __future__ import annotations

import logging
import sqlite3

from flask import Blueprint, current_app, g, jsonify

from ..db import request_connection, transaction
from ..domain import validation as v
from ..errors import ApiProblem
from ..mail import MailError, send_mail
from ..spid import activation
from ..tokens import hash_token, iso, utc_now
from ..users import full_profile
from .auth import require_auth
from .common import FieldErrors, bool_value, check_if_match, conflict, json_object, text_value

bp = Blueprint("me", __name__, url_prefix="/api/v1")
log = logging.getLogger("inlinea_portal.me")

IDENTITY_FIELDS = ("codice_fiscale", "nome", "cognome")
LOCKED_METHODS = ("spid", "cns")
TEXT_FIELDS = ("stato_nascita", "comune_nascita", "residenza_indirizzo", "residenza_comune")
BOOLEAN_FIELDS = ("newsletter_eventi", "newsletter_servizi", "funzionario")
DEFAULT_CITTADINANZA = "italiana"
MAX_EMAIL_INPUT = 1000  # beyond any valid address: the syntax check says what is wrong
_IDENTITY_LABEL = {"codice_fiscale": "il codice fiscale", "nome": "il nome",
                   "cognome": "il cognome"}


def _profile(conn: sqlite3.Connection) -> dict:
    profile = full_profile(conn, g.auth.user_id)
    if profile is None:  # the user was deleted while the session was open
        raise ApiProblem(401, "unauthorized", detail="L'utente di questa sessione non esiste più.",
                         headers={"WWW-Authenticate": 'Bearer realm="inlinea"'})
    version = profile.pop("version")
    extra = {}
    if g.auth.auth_method == "password":
        # Registered with the portal's own credentials: the data are a self-declaration
        # (autocertificazione) that the user must keep up to date.
        extra["self_declared"] = True
        login = conn.execute("SELECT login FROM credentials WHERE user_id = ?",
                             (g.auth.user_id,)).fetchone()
        if login is not None:
            extra["user_id"] = login["login"]
    return {**profile, "auth_method": g.auth.auth_method,
            "identity_locked": g.auth.auth_method in LOCKED_METHODS, **extra,
            "version": version}


def _respond(profile: dict):
    response = jsonify(profile)
    response.set_etag(str(profile["version"]))
    return response


@bp.get("/me")
@require_auth
def me():
    return _respond(_profile(request_connection()))


def _changes(body: dict, current: dict) -> tuple[dict, str | None]:
    """(column -> new value, new email to confirm or None); raises 422."""
    errors = FieldErrors()
    changes: dict = {}
    locked = current["identity_locked"]

    for key in IDENTITY_FIELDS:
        if key not in body:
            continue
        value = text_value(body, key, errors)
        if errors.has(key):
            continue
        if key == "codice_fiscale" and value is not None:
            value = v.normalise_code(value)
        if locked:
            if (value or "") != (current[key] or ""):
                errors.add(key, [{"code": "read_only",
                                  "detail": f"{_IDENTITY_LABEL[key]} viene dall'identità "
                                            f"{current['auth_method'].upper()} e non si può "
                                            "modificare"}])
            continue
        if value is None and key == "codice_fiscale" and current[key] is None:
            continue  # an account registered without one (Profilo Base) may stay without one
        if value is None:
            errors.add(key, [{"code": "required", "detail": "campo obbligatorio"}])
        elif key == "codice_fiscale" and errors.add(key, v.check_codice_fiscale(value, "persona")):
            continue
        elif value != current[key]:
            changes[key] = value

    def optional(key: str, validator=None, code: bool = False, **kwargs) -> None:
        if key not in body:
            return
        value = text_value(body, key, errors)
        if errors.has(key):
            return
        if value is not None and code:
            value = v.normalise_code(value)
        if value is not None and validator is not None:
            if errors.add(key, validator(value, **kwargs)):
                return
        if value != current[key]:
            changes[key] = value

    for key in TEXT_FIELDS:
        optional(key)
    optional("provincia_nascita", v.check_provincia, code=True)
    optional("residenza_provincia", v.check_provincia, code=True)
    optional("residenza_cap", v.check_cap, code=True)
    optional("data_nascita", v.check_iso_date, birth=True)
    if "cittadinanza" in body:
        value = text_value(body, "cittadinanza", errors) or DEFAULT_CITTADINANZA
        if not errors.has("cittadinanza") and value != current["cittadinanza"]:
            changes["cittadinanza"] = value
    for key in BOOLEAN_FIELDS:
        if key in body:
            value = bool_value(body, key, errors, current[key])
            if value != current[key]:
                changes[key] = int(value)

    new_email = None
    if "email" in body:
        value = text_value(body, "email", errors, max_length=MAX_EMAIL_INPUT)
        if errors.has("email"):
            pass
        elif value is None:
            if current["email"] is not None:
                errors.add("email", [{"code": "required",
                                      "detail": "l'email non si può togliere: indica un altro "
                                                "indirizzo"}])
        elif not errors.add("email", v.check_email(value)):
            if value not in (current["email"], current["email_pending"]):
                new_email = value

    # The codice fiscale against the person's data, when any of them changes.
    merged = {key: changes.get(key, current[key])
              for key in IDENTITY_FIELDS + ("data_nascita",)}
    date_changed = "data_nascita" in changes and merged["data_nascita"] is not None
    if not locked and not any(errors.has(key) for key in merged) and (
            date_changed or any(key in changes for key in IDENTITY_FIELDS)):
        errors.add("codice_fiscale", v.check_cf_matches_person(
            merged["codice_fiscale"], merged["cognome"], merged["nome"],
            merged["data_nascita"]))
    elif locked and date_changed and not errors.has("data_nascita"):
        errors.add("data_nascita", v.check_cf_matches_person(
            merged["codice_fiscale"], data_nascita=merged["data_nascita"]))
    errors.raise_if_any()
    return changes, new_email


def _stale(conn: sqlite3.Connection) -> ApiProblem:
    current = _profile(conn)
    return conflict(current["version"], current, "Il profilo è stato modificato")


@bp.put("/me")
@require_auth
def put_me():
    conn = request_connection()
    current = _profile(conn)
    check_if_match(current["version"], current, "il profilo", "Il profilo è stato modificato")
    changes, new_email = _changes(json_object(), current)
    if not changes and new_email is None:
        return _respond(current)

    user_id = g.auth.user_id
    now = utc_now()
    link_id = None
    columns = dict(changes)
    if new_email is not None:
        columns["email_pending"] = new_email
    assignments = ", ".join(f"{key} = ?" for key in columns)
    try:
        with transaction(conn):
            updated = conn.execute(
                f"UPDATE users SET {assignments}, version = version + 1, updated_at = ? "
                "WHERE id = ? AND version = ?",
                (*columns.values(), iso(now), user_id, current["version"])).rowcount
            if updated and new_email is not None:
                activation.discard_email_changes(conn, user_id)
                link_id = activation.insert(conn, user_id, new_email, None, now, "email_change")
    except sqlite3.IntegrityError:
        # users.codice_fiscale is unique: another account has this one.
        raise ApiProblem(409, "codice_fiscale_in_use", "Codice fiscale già registrato",
                         "Il codice fiscale indicato appartiene già a un altro utente del "
                         "portale.") from None
    if not updated:
        raise _stale(conn)
    log.info("profilo modificato: utente=%s campi=%s", user_id, ",".join(sorted(columns)))
    profile = _profile(conn)
    if link_id is not None:
        _send_confirmation(conn, profile, new_email, link_id)
    return _respond(profile)


def _send_confirmation(conn: sqlite3.Connection, profile: dict, new_email: str,
                       link_id: str) -> None:
    config = current_app.config
    subject, body = activation.compose_change(config["AUTHORITY"], config["PUBLIC_URL"],
                                              profile, new_email, link_id)
    try:
        send_mail(config, new_email, subject, body)
    except MailError as exc:
        log.error("conferma della nuova email non inviata: utente=%s %s", g.auth.user_id, exc)
        # The other changes stay; the new address is forgotten, so that the user can ask
        # again (and the link that was never sent cannot be used).
        with transaction(conn):
            conn.execute("DELETE FROM email_activations WHERE id_hash = ?",
                         (hash_token(link_id),))
            conn.execute("UPDATE users SET email_pending = NULL, version = version + 1, "
                         "updated_at = ? WHERE id = ? AND email_pending = ?",
                         (iso(utc_now()), g.auth.user_id, new_email))
        current = _profile(conn)
        raise ApiProblem(503, "mail_unavailable", "Email non inviata",
                         "Non è stato possibile inviare l'email di conferma del nuovo "
                         "indirizzo: le altre modifiche sono salvate, la nuova email no. "
                         "Riprova più tardi.",
                         headers={"ETag": f'"{current["version"]}"'}, current=current) from None
    log.info("email di conferma del nuovo indirizzo inviata: utente=%s", g.auth.user_id)
