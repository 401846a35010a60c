"""Registration with the portal's own credentials (issue 8, comune flavour only).

POST /api/v1/auth/register                 new account -> 202 and a confirmation mail
GET  /api/v1/auth/register/confirm?token=  the link of the mail -> HTML page
POST /api/v1/auth/register/confirm         {token} -> 200 {status, user_id}

The account cannot log in before its email is confirmed (CONFIRM_TTL, single use); one
never confirmed in time is forgotten at the next registration, so its User ID and codice
fiscale are free again. Login, change and reset are in credentials.py.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3

from flask import Blueprint, current_app, request

from .. import credentials as rules
from .. import tokens
from ..db import request_connection, transaction
from ..domain import validation as v
from ..errors import ApiProblem
from ..mail import MailError
from ..spid.pages import message_page
from .common import FieldErrors, json_object, text_value, validation_failed
from .credentials import (USER_ID_DETAIL, current_time, mail_to, mail_unavailable,
                          password_errors, pointer_errors, registration_offered,
                          secret_value, user_id_value)

bp = Blueprint("registration", __name__, url_prefix="/api/v1/auth")
log = logging.getLogger("inlinea_portal.credentials.registration")


REGISTRATION_TYPES = {
    "cittadino": ("base", "completo"),
    "aziende_professionisti_enti": ("base",),
    "turisti": ("base",),
}
PROFILES = ("base", "completo")
CONFIRM_TTL = dt.timedelta(hours=24)
CONFIRM_PATH = "/api/v1/auth/register/confirm"


def _forget_expired_registrations(conn: sqlite3.Connection, now: dt.datetime) -> None:
    """Registrations never confirmed in time give their User ID and codice fiscale back:
    the expired link tells the user to register again, which must then be possible. An
    unconfirmed account never logged in, so it holds nothing else."""
    with transaction(conn):
        forgotten = conn.execute(
            "DELETE FROM users WHERE id IN (SELECT user_id FROM credentials "
            "WHERE email_confirmed = 0 AND confirm_expires_at <= ?)", (tokens.iso(now),)).rowcount
    if forgotten:
        log.info("registrazioni scadute senza conferma rimosse: %d", forgotten)


@bp.post("/register")
def register():
    config = current_app.config
    if not registration_offered(config):
        raise ApiProblem(403, "registration_disabled", "Registrazione non disponibile",
                         "Questo portale non rilascia nuove credenziali: accedi con SPID o "
                         "con la CNS.")
    body = json_object()
    errors = FieldErrors()
    conn = request_connection()
    _forget_expired_registrations(conn, current_time())

    tipo, profilo = body.get("tipo"), body.get("profilo")
    if tipo not in REGISTRATION_TYPES:
        errors.add("/tipo", [{"code": "required" if tipo in (None, "") else "invalid_value",
                              "detail": "tipo di registrazione: "
                                        + ", ".join(REGISTRATION_TYPES)}])
    if profilo not in PROFILES:
        errors.add("/profilo", [{"code": "required" if profilo in (None, "") else
                                 "invalid_value", "detail": "profilo: base o completo"}])
    elif tipo in REGISTRATION_TYPES and profilo not in REGISTRATION_TYPES[tipo]:
        errors.add("/profilo", [{"code": "not_offered",
                                 "detail": f"il profilo {profilo} non è disponibile per il "
                                           f"tipo {tipo}"}])

    user_id = user_id_value(body, errors)
    if user_id is not None:
        problem = rules.check_user_id(user_id)
        if problem:
            errors.add("/user_id", [{**problem, "detail": "lo User ID "
                                     + USER_ID_DETAIL[problem["code"]]}])
        elif conn.execute("SELECT 1 FROM credentials WHERE login_key = ?",
                          (rules.user_id_key(user_id),)).fetchone():
            errors.add("/user_id", [{"code": "taken", "detail": "lo User ID è già in uso: "
                                                               "scegline un altro"}])
    password = secret_value(body, "password", errors)
    if password is not None:
        errors.items.extend(password_errors("/password",
                                             rules.check_password(password, user_id)))

    nome = text_value(body, "nome", errors)
    cognome = text_value(body, "cognome", errors)
    email = text_value(body, "email", errors, max_length=254)
    cf_raw = text_value(body, "codice_fiscale", errors)
    pointer_errors(errors)
    for key, value in (("nome", nome), ("cognome", cognome), ("email", email)):
        if value is None and not errors.has("/" + key):
            errors.add("/" + key, [{"code": "required", "detail": "campo obbligatorio"}])
    if email is not None:
        errors.add("/email", v.check_email(email))

    question_id = body.get("security_question")
    if question_id in (None, ""):
        errors.add("/security_question", [{"code": "required", "detail": "campo obbligatorio"}])
    elif question_id not in rules.QUESTION_IDS:
        errors.add("/security_question", [{"code": "invalid_value",
                                           "detail": "domanda: " + ", ".join(rules.QUESTION_IDS)}])
    answer = secret_value(body, "security_answer", errors)
    if answer is not None and not rules.normalise_answer(answer):
        errors.add("/security_answer", [{"code": "required", "detail": "campo obbligatorio"}])

    codice_fiscale = v.normalise_code(cf_raw) if cf_raw else None
    cf_required = tipo == "cittadino" and profilo == "completo"
    if codice_fiscale is None:
        if cf_required and not errors.has("/codice_fiscale"):
            errors.add("/codice_fiscale", [{"code": "required",
                                            "detail": "obbligatorio per il Profilo Completo"}])
    elif not errors.add("/codice_fiscale", v.check_codice_fiscale(codice_fiscale, "persona")):
        if not errors.add("/codice_fiscale",
                          v.check_cf_matches_person(codice_fiscale, cognome, nome)):
            if conn.execute("SELECT 1 FROM users WHERE codice_fiscale = ?",
                            (codice_fiscale,)).fetchone():
                errors.add("/codice_fiscale", [{"code": "taken",
                                                "detail": "il codice fiscale è già registrato "
                                                          "sul portale"}])

    if body.get("accetto_autocertificazione") is not True:
        errors.add("/accetto_autocertificazione", [{
            "code": "required",
            "detail": "occorre dichiarare che i dati sono veri (autocertificazione)"}])
    if errors.items:
        raise validation_failed(errors.items)

    now = current_time()
    token = tokens.new_token()
    password_hash, answer_hash = rules.hash_secret(password), rules.hash_answer(answer)
    try:
        with transaction(conn):
            uid = conn.execute(
                "INSERT INTO users (codice_fiscale, username, nome, cognome, email, "
                "email_confirmed) VALUES (?, ?, ?, ?, ?, 0)",
                (codice_fiscale, user_id, nome, cognome, email)).lastrowid
            conn.execute(
                "INSERT INTO credentials (user_id, login, login_key, password_hash, "
                "email_confirmed, confirm_token_hash, confirm_expires_at, security_question, "
                "security_answer_hash, registration_type, registration_profile, "
                "self_declared_at, created_at, password_changed_at) "
                "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid, user_id, rules.user_id_key(user_id), password_hash,
                 tokens.hash_token(token), tokens.iso(now + CONFIRM_TTL), question_id,
                 answer_hash, tipo, profilo, tokens.iso(now), tokens.iso(now), tokens.iso(now)))
    except sqlite3.IntegrityError:
        # A concurrent registration won the User ID (or the codice fiscale).
        raise validation_failed([{"field": "/user_id", "code": "taken",
                                  "detail": "lo User ID è già in uso: scegline un altro"}]
                                ) from None
    try:
        mail_to(email, *_confirmation_mail(user_id, nome, cognome, token))
    except MailError as exc:
        log.error("registrazione: email di conferma non inviata: %s", exc)
        with transaction(conn):
            conn.execute("DELETE FROM users WHERE id = ?", (uid,))
        raise mail_unavailable() from None
    log.info("registrazione: utente=%s tipo=%s profilo=%s", uid, tipo, profilo)
    return {"status": "confirmation_sent", "email": rules.mask_email(email)}, 202


def _confirmation_mail(user_id: str, nome: str, cognome: str, token: str) -> tuple[str, str]:
    config = current_app.config
    authority = config["AUTHORITY"]
    link = f"{config['PUBLIC_URL']}{CONFIRM_PATH}?token={token}"
    subject = f"Conferma della registrazione ai servizi on-line - {authority}"
    body = (
        f"Gentile {nome} {cognome},\n\n"
        f"è stata chiesta la registrazione ai servizi on-line della {authority} con lo "
        f"User ID {user_id}.\n\n"
        "Per completare la registrazione conferma il tuo indirizzo email cliccando sul "
        f"seguente link:\n\n{link}\n\n"
        "Finché non confermi non è possibile accedere. Se il link non dovesse funzionare "
        "copialo nella barra degli indirizzi del browser.\n"
        f"Il link è valido per {int(CONFIRM_TTL.total_seconds() // 3600)} ore e si può usare "
        "una sola volta.\n\n"
        "I dati della registrazione sono un'autocertificazione: ricordati di tenerli "
        "aggiornati.\n"
        "Se non hai chiesto tu la registrazione ignora questo messaggio.\n\n"
        f"{authority}\n\n"
        "Questa mail è stata generata automaticamente. Non rispondere a questo messaggio.\n"
    )
    return subject, body


def _confirm(token: str) -> tuple[str | None, str]:
    """(User ID, "confirmed") or (None, "confirmation_invalid" | "confirmation_expired")."""
    conn = request_connection()
    now = current_time()
    with transaction(conn):
        row = conn.execute("SELECT user_id, login, confirm_expires_at FROM credentials "
                           "WHERE confirm_token_hash = ?", (tokens.hash_token(token),)
                           ).fetchone()
        if row is None:
            return None, "confirmation_invalid"
        if row["confirm_expires_at"] <= tokens.iso(now):
            return None, "confirmation_expired"
        conn.execute("UPDATE credentials SET email_confirmed = 1, confirm_token_hash = NULL, "
                     "confirm_expires_at = NULL WHERE user_id = ?", (row["user_id"],))
        conn.execute("UPDATE users SET email_confirmed = 1, version = version + 1, "
                     "updated_at = ? WHERE id = ?", (tokens.iso(now), row["user_id"]))
    log.info("registrazione confermata: utente=%s", row["user_id"])
    return row["login"], "confirmed"


_CONFIRM_PROBLEMS = {
    "confirmation_invalid": (404, "Link non valido",
                             "Il link di conferma non è valido o è già stato usato: "
                             "controlla di averlo copiato per intero."),
    "confirmation_expired": (410, "Link scaduto",
                             "Il link di conferma è scaduto: registrati di nuovo."),
}


@bp.get("/register/confirm")
def confirm_page():
    user_id, outcome = _confirm(request.args.get("token") or "")
    if user_id is None:
        status, title, detail = _CONFIRM_PROBLEMS[outcome]
        return message_page(title, detail, status=status)
    return message_page("Registrazione confermata",
                        f"La registrazione dello User ID {user_id} è confermata.",
                        "Ora puoi accedere dall'applicazione con il tuo User ID e la tua "
                        "password.")


@bp.post("/register/confirm")
def confirm_api():
    body = json_object()
    token = body.get("token")
    if not isinstance(token, str) or not token:
        raise validation_failed([{"field": "/token", "code": "required",
                                  "detail": "campo obbligatorio"}])
    user_id, outcome = _confirm(token)
    if user_id is None:
        status, title, detail = _CONFIRM_PROBLEMS[outcome]
        raise ApiProblem(status, outcome, title, detail)
    return {"status": "confirmed", "user_id": user_id}
