"""The portal's own credentials (issue 8): password login, password change and "Password
dimenticata?" with the security question, plus what they share with registration
(registration.py): the flavour rules, the clock, the request helpers and the mail.

POST /api/v1/auth/password/login           {user_id, password} -> tokens, or change required
POST /api/v1/auth/password/change          change_token or Bearer + current_password
POST /api/v1/auth/password/forgot          {user_id} -> the security question
POST /api/v1/auth/password/forgot/answer   {user_id, answer} -> 202, temporary password mail

Flavours: `comune` offers everything; `inlinea` refuses registration and offers login,
change and reset only with LEGACY_CREDENTIALS (old accounts).

No answer tells whether a User ID exists: unknown User IDs get the same 401, a decoy
question and the same 202, cost one scrypt like a real check, and count towards the
lockout like real accounts. Lockout: LOCKOUT_ACCOUNT_FAILURES failures of one User ID, or
LOCKOUT_ADDRESS_FAILURES of one client address, within LOCKOUT_WINDOW lock it for
LOCKOUT_DURATION (429 with Retry-After). The clock is `app.config["CLOCK"]` when set
(tests), else tokens.utc_now.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from flask import Blueprint, Response, current_app, request

from .. import credentials as rules
from .. import tokens
from ..db import request_connection, transaction
from ..errors import ApiProblem
from ..mail import MailError, send_mail
from ..users import basic_profile, login_user
from .auth import authenticate_request, bearer_token
from .common import FieldErrors, json_object, validation_failed

bp = Blueprint("credentials", __name__, url_prefix="/api/v1/auth")
log = logging.getLogger("inlinea_portal.credentials")

LOCKOUT_WINDOW = dt.timedelta(minutes=15)
LOCKOUT_DURATION = dt.timedelta(minutes=15)
LOCKOUT_ACCOUNT_FAILURES = 5
LOCKOUT_ADDRESS_FAILURES = 20
TEMP_PASSWORD_TTL = dt.timedelta(hours=24)
CHANGE_TOKEN_TTL = dt.timedelta(minutes=10)
MAX_SECRET_INPUT = 1024  # characters of a password or answer read at all

# Hash used for unknown User IDs, so that they cost the same as real ones.
_DUMMY_HASH = rules.hash_secret("inlinea-dummy-password")


# --- flavour and clock -------------------------------------------------------------------

def login_offered(config) -> bool:
    return config["FLAVOUR"] == "comune" or bool(config["LEGACY_CREDENTIALS"])


def registration_offered(config) -> bool:
    return config["FLAVOUR"] == "comune"


def info_block(config) -> dict | None:
    """The "credentials" object of /api/v1/info (None when passwords are not offered)."""
    if not login_offered(config):
        return None
    return {
        "login": True,
        "registration": registration_offered(config),
        "password_reset": True,
        "user_id_rule": {"min_length": rules.USER_ID_MIN, "max_length": rules.USER_ID_MAX,
                         "allowed_special": rules.USER_ID_SPECIAL},
        "password_policy": {"min_length": rules.PASSWORD_MIN,
                            "max_length": rules.PASSWORD_MAX,
                            "require": list(rules.PASSWORD_REQUIRE)},
        "security_questions": [dict(q) for q in rules.SECURITY_QUESTIONS],
    }


def current_time() -> dt.datetime:
    clock = current_app.config.get("CLOCK")
    return clock() if clock else tokens.utc_now()


def _require_login_offered() -> None:
    if not login_offered(current_app.config):
        raise ApiProblem(403, "password_login_disabled", "Credenziali non disponibili",
                         "Questo portale non accetta più le proprie credenziali: accedi con "
                         "SPID o con la CNS.")


# --- lockout -----------------------------------------------------------------------------

def _client_address() -> str:
    return request.remote_addr or "unknown"


def _check_locked(conn: sqlite3.Connection, keys: list[tuple[str, str]],
                  now: dt.datetime) -> None:
    """429 `locked` when any (scope, key) is locked now."""
    until = None
    for scope, key in keys:
        row = conn.execute("SELECT locked_until FROM credential_lockouts WHERE scope = ? "
                           "AND key = ? AND locked_until > ?", (scope, key, tokens.iso(now))
                           ).fetchone()
        if row and (until is None or row["locked_until"] > until):
            until = row["locked_until"]
    if until is None:
        return
    locked_until = dt.datetime.strptime(until, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.timezone.utc)
    seconds = max(1, int((locked_until - now).total_seconds()))
    raise ApiProblem(429, "locked", "Accesso temporaneamente bloccato",
                     "Troppi tentativi non riusciti: l'accesso è bloccato per "
                     f"{(seconds + 59) // 60} minuti. Riprova più tardi.",
                     headers={"Retry-After": str(seconds)}, retry_after=seconds,
                     locked_until=until)


def _record_failure(conn: sqlite3.Connection, account_key: str, now: dt.datetime) -> None:
    since = tokens.iso(now - LOCKOUT_WINDOW)
    with transaction(conn):
        for scope, key, limit in (("account", account_key, LOCKOUT_ACCOUNT_FAILURES),
                                  ("address", _client_address(), LOCKOUT_ADDRESS_FAILURES)):
            conn.execute("INSERT INTO credential_failures (scope, key, at) VALUES (?, ?, ?)",
                         (scope, key, tokens.iso(now)))
            count = conn.execute("SELECT COUNT(*) FROM credential_failures WHERE scope = ? "
                                 "AND key = ? AND at > ?", (scope, key, since)).fetchone()[0]
            if count >= limit:
                conn.execute("INSERT OR REPLACE INTO credential_lockouts (scope, key, "
                              "locked_until) VALUES (?, ?, ?)",
                              (scope, key, tokens.iso(now + LOCKOUT_DURATION)))
                # The lock starts a new count: after it, another full series is needed.
                conn.execute("DELETE FROM credential_failures WHERE scope = ? AND key = ?",
                             (scope, key))
                log.warning("credenziali bloccate: ambito=%s per %d minuti", scope,
                            LOCKOUT_DURATION.total_seconds() // 60)
        conn.execute("DELETE FROM credential_failures WHERE at <= ?", (since,))


def _clear_failures(conn: sqlite3.Connection, account_key: str) -> None:
    conn.execute("DELETE FROM credential_failures WHERE scope = 'account' AND key = ?",
                 (account_key,))


# --- request helpers ---------------------------------------------------------------------

def secret_value(body: dict, key: str, errors: FieldErrors) -> str | None:
    """A password or answer: a string, not trimmed (spaces may be part of it)."""
    value = body.get(key)
    if value is None or value == "":
        errors.add("/" + key, [{"code": "required", "detail": "campo obbligatorio"}])
        return None
    if not isinstance(value, str):
        errors.add("/" + key, [{"code": "invalid_format", "detail": "deve essere un testo"}])
        return None
    if len(value) > MAX_SECRET_INPUT:
        errors.add("/" + key, [{"code": "too_long",
                                "detail": f"troppo lungo: al massimo {MAX_SECRET_INPUT}"}])
        return None
    return value


def user_id_value(body: dict, errors: FieldErrors) -> str | None:
    value = body.get("user_id")
    if value is None or value == "":
        errors.add("/user_id", [{"code": "required", "detail": "campo obbligatorio"}])
        return None
    if not isinstance(value, str):
        errors.add("/user_id", [{"code": "invalid_format", "detail": "deve essere un testo"}])
        return None
    return value[:MAX_SECRET_INPUT]


def pointer_errors(errors: FieldErrors) -> None:
    """FieldErrors of common.text_value use plain keys: make them JSON pointers."""
    for error in errors.items:
        if error["field"] and not error["field"].startswith("/"):
            error["field"] = "/" + error["field"]


USER_ID_DETAIL = {
    "too_short": f"deve avere almeno {rules.USER_ID_MIN} caratteri",
    "too_long": f"può avere al massimo {rules.USER_ID_MAX} caratteri",
    "space": "non può contenere spazi",
    "dot": "non può contenere il punto (.)",
    "asterisk": "non può contenere l'asterisco (*)",
    "accented_letter": "non può contenere lettere accentate",
    "special_character": "non può contenere caratteri speciali (ammessi solo _ e -)",
}
_PASSWORD_DETAIL = {
    "too_short": f"deve avere almeno {rules.PASSWORD_MIN} caratteri",
    "too_long": f"può avere al massimo {rules.PASSWORD_MAX} caratteri",
    "no_lowercase": "deve contenere almeno una lettera minuscola",
    "no_uppercase": "deve contenere almeno una lettera maiuscola",
    "no_digit": "deve contenere almeno una cifra",
    "no_symbol": "deve contenere almeno un carattere non alfanumerico",
    "contains_user_id": "non può contenere lo User ID",
    "same_as_current": "deve essere diversa da quella attuale",
}


def password_errors(field: str, codes: list[str]) -> list[dict]:
    return [{"field": field, "code": code, "detail": "la password " + _PASSWORD_DETAIL[code]}
            for code in codes]


def _credentials_by_key(conn: sqlite3.Connection, key: str) -> sqlite3.Row | None:
    return conn.execute("SELECT c.*, u.email FROM credentials c JOIN users u ON u.id = c.user_id "
                        "WHERE c.login_key = ?", (key,)).fetchone()


def mail_to(to: str, subject: str, body: str) -> None:
    send_mail(current_app.config, to, subject, body)


def mail_unavailable() -> ApiProblem:
    return ApiProblem(503, "mail_unavailable", "Email non inviata",
                      "Non è stato possibile inviare l'email: riprova più tardi.")


# --- login and change --------------------------------------------------------------------

def _invalid_credentials() -> ApiProblem:
    return ApiProblem(401, "invalid_credentials", "Credenziali non valide",
                      "User ID o password non corretti.")


def _token_answer(conn: sqlite3.Connection, uid: int) -> dict:
    # Tokens live on the real clock (tokens.authenticate has no injected one).
    pair = tokens.start_session(conn, uid, "password")
    login = conn.execute("SELECT login FROM credentials WHERE user_id = ?", (uid,)).fetchone()
    # The User ID as registered: an account without a codice fiscale (Profilo Base) is known by it alone.
    return {**pair.response(),
            "user": {**login_user(basic_profile(conn, uid)), "user_id": login["login"]}}


def _attempt(secret_field: str) -> tuple[sqlite3.Connection, dt.datetime, str, str]:
    """The start of every request that tries a secret for a User ID: passwords offered, a
    User ID and the secret in the body, neither this address nor the account locked.
    (connection, now, User ID key, secret)."""
    _require_login_offered()
    body = json_object()
    errors = FieldErrors()
    user_id = user_id_value(body, errors)
    secret = secret_value(body, secret_field, errors)
    errors.raise_if_any()
    conn = request_connection()
    now = current_time()
    key = rules.user_id_key(user_id)
    _check_locked(conn, [("address", _client_address()), ("account", key)], now)
    return conn, now, key, secret


@bp.post("/password/login")
def password_login():
    conn, now, key, password = _attempt("password")

    row = _credentials_by_key(conn, key)
    permanent = rules.verify_secret(password, row["password_hash"] if row else _DUMMY_HASH)
    temporary = False
    if not permanent:
        # Always a second scrypt, so that a wrong password costs the same whether the
        # User ID exists, has a temporary password or not.
        usable = (row is not None and row["temp_password_hash"] is not None
                  and row["temp_password_expires_at"] > tokens.iso(now))
        matches = rules.verify_secret(password, row["temp_password_hash"] if usable
                                      else _DUMMY_HASH)
        temporary = usable and matches
    if row is None or not (permanent or temporary):
        _record_failure(conn, key, now)
        log.info("accesso con password non riuscito")
        raise _invalid_credentials()
    with transaction(conn):
        _clear_failures(conn, key)
    if not row["email_confirmed"]:
        raise ApiProblem(403, "email_not_confirmed", "Email non confermata",
                         "Per accedere conferma prima la registrazione con il link ricevuto "
                         "per email.")
    if temporary or row["must_change"]:
        change_token = tokens.new_token()
        with transaction(conn):
            conn.execute("INSERT INTO password_change_tokens (token_hash, user_id, created_at, "
                         "expires_at) VALUES (?, ?, ?, ?)",
                         (tokens.hash_token(change_token), row["user_id"], tokens.iso(now),
                          tokens.iso(now + CHANGE_TOKEN_TTL)))
        log.info("accesso con password: cambio richiesto, utente=%s", row["user_id"])
        return {"password_change_required": True, "change_token": change_token,
                "expires_in": int(CHANGE_TOKEN_TTL.total_seconds())}
    log.info("accesso con password: utente=%s", row["user_id"])
    return _token_answer(conn, row["user_id"])


def _set_password(conn: sqlite3.Connection, uid: int, new_password: str,
                  now: dt.datetime) -> None:
    conn.execute("UPDATE credentials SET password_hash = ?, temp_password_hash = NULL, "
                 "temp_password_expires_at = NULL, must_change = 0, password_changed_at = ? "
                 "WHERE user_id = ?", (rules.hash_secret(new_password), tokens.iso(now), uid))


def _check_new_password(row: sqlite3.Row, new_password: str) -> None:
    same = (rules.verify_secret(new_password, row["password_hash"])
            or (row["temp_password_hash"] is not None
                and rules.verify_secret(new_password, row["temp_password_hash"])))
    codes = rules.check_password(new_password, row["login"], current_matches=same)
    if codes:
        raise validation_failed(password_errors("/new_password", codes))


@bp.post("/password/change")
def password_change():
    _require_login_offered()
    body = json_object()
    conn = request_connection()
    now = current_time()
    change_token = body.get("change_token")
    errors = FieldErrors()
    if change_token is not None or bearer_token() is None:
        if not isinstance(change_token, str) or not change_token:
            raise ApiProblem(401, "unauthorized", detail="Occorre il change_token ricevuto "
                             "all'accesso oppure un token di accesso (Bearer).",
                             headers={"WWW-Authenticate": 'Bearer realm="inlinea"'})
        new_password = secret_value(body, "new_password", errors)
        errors.raise_if_any()
        found = conn.execute("SELECT user_id FROM password_change_tokens WHERE token_hash = ? "
                             "AND used_at IS NULL AND expires_at > ?",
                             (tokens.hash_token(change_token), tokens.iso(now))).fetchone()
        if found is None:
            raise ApiProblem(401, "invalid_change_token", "Cambio password scaduto",
                             "Il permesso di cambiare la password non è valido o è scaduto: "
                             "accedi di nuovo.")
        row = conn.execute("SELECT * FROM credentials WHERE user_id = ?",
                           (found["user_id"],)).fetchone()
        _check_new_password(row, new_password)
        with transaction(conn):
            conn.execute("UPDATE password_change_tokens SET used_at = ? WHERE token_hash = ?",
                         (tokens.iso(now), tokens.hash_token(change_token)))
            _set_password(conn, row["user_id"], new_password, now)
        log.info("password cambiata dopo l'accesso temporaneo: utente=%s", row["user_id"])
        return _token_answer(conn, row["user_id"])

    auth = authenticate_request()
    current = secret_value(body, "current_password", errors)
    new_password = secret_value(body, "new_password", errors)
    errors.raise_if_any()
    row = conn.execute("SELECT * FROM credentials WHERE user_id = ?",
                       (auth.user_id,)).fetchone()
    if row is None:
        raise ApiProblem(409, "no_credentials", "Nessuna password",
                         "Questo utente accede solo con SPID o CNS: non ha una password.")
    _check_locked(conn, [("address", _client_address()), ("account", row["login_key"])], now)
    if not rules.verify_secret(current, row["password_hash"]):
        _record_failure(conn, row["login_key"], now)
        raise validation_failed([{"field": "/current_password", "code": "wrong_password",
                                  "detail": "la password attuale non è corretta"}])
    _check_new_password(row, new_password)
    with transaction(conn):
        _set_password(conn, auth.user_id, new_password, now)
    log.info("password cambiata: utente=%s", auth.user_id)
    return Response(status=204)


# --- "Password dimenticata?" -------------------------------------------------------------

def _decoy_secret(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT value FROM portal_secrets WHERE name = 'credentials_hmac'"
                        ).fetchone()["value"]


@bp.post("/password/forgot")
def forgot():
    _require_login_offered()
    body = json_object()
    errors = FieldErrors()
    user_id = user_id_value(body, errors)
    errors.raise_if_any()
    conn = request_connection()
    key = rules.user_id_key(user_id)
    _check_locked(conn, [("address", _client_address()), ("account", key)], current_time())
    row = _credentials_by_key(conn, key)
    question = (rules.question(row["security_question"]) if row is not None
                else rules.decoy_question(_decoy_secret(conn), user_id))
    return {"question": dict(question)}


@bp.post("/password/forgot/answer")
def forgot_answer():
    conn, now, key, answer = _attempt("answer")
    row = _credentials_by_key(conn, key)
    right = rules.verify_answer(answer, row["security_answer_hash"] if row else _DUMMY_HASH)
    if row is None or not right:
        _record_failure(conn, key, now)
        log.info("risposta alla domanda di sicurezza non accettata")
        return {"status": "sent_if_correct"}, 202

    temporary = rules.temporary_password()
    with transaction(conn):
        _clear_failures(conn, key)
        conn.execute("UPDATE credentials SET temp_password_hash = ?, "
                     "temp_password_expires_at = ? WHERE user_id = ?",
                     (rules.hash_secret(temporary), tokens.iso(now + TEMP_PASSWORD_TTL),
                      row["user_id"]))
    try:
        mail_to(row["email"], *_temporary_mail(row["login"], temporary))
    except MailError as exc:
        log.error("password temporanea non inviata: utente=%s %s", row["user_id"], exc)
        with transaction(conn):
            conn.execute("UPDATE credentials SET temp_password_hash = NULL, "
                         "temp_password_expires_at = NULL WHERE user_id = ?", (row["user_id"],))
        raise mail_unavailable() from None
    log.info("password temporanea inviata: utente=%s", row["user_id"])
    return {"status": "sent_if_correct"}, 202


def _temporary_mail(user_id: str, temporary: str) -> tuple[str, str]:
    authority = current_app.config["AUTHORITY"]
    hours = int(TEMP_PASSWORD_TTL.total_seconds() // 3600)
    subject = f"Password temporanea per i servizi on-line - {authority}"
    body = (
        f"È stata chiesta una nuova password per lo User ID {user_id} rispondendo alla "
        "domanda di sicurezza.\n\n"
        f"Password temporanea: {temporary}\n\n"
        f"È valida {hours} ore. Al primo accesso con questa password ti verrà chiesto di "
        "sceglierne una nuova personale. La password che usavi finora resta valida finché "
        "non la cambi.\n"
        "Se non hai chiesto tu una nuova password ignora questo messaggio.\n\n"
        f"{authority}\n\n"
        "Questa mail è stata generata automaticamente. Non rispondere a questo messaggio.\n"
    )
    return subject, body
