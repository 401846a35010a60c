"""First access with SPID (seed 004): "Conferma mail utente" form, the activation mail,
"Verifica Email", and the activation link that confirms the email and, if the login is
still open, completes it with an authorization code."""

from __future__ import annotations

import logging

from flask import Blueprint, current_app, redirect, request

from .. import tokens
from ..db import request_connection
from ..mail import MailError, send_mail
from ..users import basic_profile
from . import activation, codes, context, store
from .pages import done_url, error_page, message_page, page
from .problems import SpidRejected
from .views import EMAIL_FORM_PATH

bp = Blueprint("spid_first_access", __name__)
log = logging.getLogger("inlinea_portal.spid")


def _open_login(conn, token: str, now):
    pending = store.by_form_token(conn, token) if token else None
    if not store.login_open(pending, now):
        raise SpidRejected("spid_login_expired", "modulo di conferma email scaduto o chiuso")
    return pending


def _form(token: str, profile: dict, email: str = "", email_error: str | None = None,
          status: int = 200):
    return page("confirm_email.html", status, page_title="Conferma mail utente",
                action=EMAIL_FORM_PATH, token=token, profile=profile, email=email,
                email_error=email_error)


@bp.get(EMAIL_FORM_PATH)
def email_form():
    conn = request_connection()
    token = request.args.get("t", "")
    try:
        pending = _open_login(conn, token, tokens.utc_now())
    except SpidRejected as exc:
        return error_page(exc)
    profile = basic_profile(conn, pending["user_id"])
    return _form(token, profile, profile["email"] or "")


@bp.post(EMAIL_FORM_PATH)
def email_submit():
    conn = request_connection()
    now = tokens.utc_now()
    token = request.form.get("t", "")
    try:
        pending = _open_login(conn, token, now)
    except SpidRejected as exc:
        return error_page(exc)
    if request.form.get("action") == "indietro":
        store.finish(conn, pending["id"], "cancelled", now)
        log.info("SPID primo accesso annullato: richiesta=%s utente=%s", pending["id"],
                 pending["user_id"])
        return redirect(done_url(pending["client_state"], error="access_denied"), 302)

    profile = basic_profile(conn, pending["user_id"])
    email, problem = activation.check_email(request.form.get("email"))
    if problem:
        return _form(token, profile, email, problem, status=422)
    if store.count_mail(conn, pending["id"]) > activation.MAX_MAILS_PER_LOGIN:
        return error_page(SpidRejected("too_many_mails", "limite di email"),
                          pending["client_state"])
    link_id = activation.create(conn, pending["user_id"], email, pending["id"], now)
    config = current_app.config
    settings, _registry = context()
    subject, body = activation.compose(config["AUTHORITY"], settings.public_url, profile, link_id)
    try:
        send_mail(config, email, subject, body)
    except MailError as exc:
        log.error("SPID primo accesso: %s", exc)
        return error_page(SpidRejected("mail_unavailable", str(exc)), pending["client_state"])
    log.info("SPID primo accesso: email di attivazione inviata, richiesta=%s utente=%s",
             pending["id"], pending["user_id"])
    return page("verify_email.html", page_title="Verifica Email", email=email)


@bp.get(activation.ACTIVATION_PATH)
def activate():
    conn = request_connection()
    now = tokens.utc_now()
    try:
        row = activation.activate(conn, request.args.get("id", ""), now)
    except SpidRejected as exc:
        log.warning("attivazione email rifiutata: codice=%s motivo=%s", exc.code, exc.reason)
        return error_page(exc)
    log.info("email confermata: utente=%s scopo=%s", row["user_id"], row["purpose"])
    if row["purpose"] == "email_change":
        return message_page("Email confermata",
                            f"Il nuovo indirizzo {row['email']} è confermato: da ora è "
                            "l'email del tuo profilo.")
    pending = store.get(conn, row["request_id"])
    if store.login_open(pending, now) and pending["user_id"] == row["user_id"]:
        code = codes.issue(conn, pending, now)
        if code:
            return redirect(done_url(pending["client_state"], code=code), 302)
    return message_page("Email confermata",
                        "La tua email è stata confermata.",
                        "Per continuare accedi di nuovo con SPID dall'applicazione: da ora "
                        "l'accesso sarà diretto.")
