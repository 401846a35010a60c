"""SPID routes: /spid/metadata, /auth/spid/login (IdP chooser or AuthnRequest),
/spid/acs (every check of docs/spid.md), /auth/spid/done and /spid/slo."""

from __future__ import annotations

import logging
import os
import re
import secrets
from urllib.parse import urlencode

from flask import Blueprint, Response, redirect, request

from .. import tokens
from ..db import request_connection
from ..errors import ApiProblem
from ..saml.xml import new_id
from ..users import basic_profile, find_or_create_by_cf
from . import authn_request, codes, context, response as saml_response, store
from .pages import done_url, error_page, message_page, page
from .problems import SpidRejected
from .settings import ACS_PATH, DONE_PATH, LOGIN_PATH, METADATA_PATH, SLO_PATH
from .sp_metadata import build_sp_metadata

bp = Blueprint("spid", __name__)
log = logging.getLogger("inlinea_portal.spid")

_STATE_RE = re.compile(r"^[\x21-\x7e]{1,512}$")   # printable ASCII, no spaces
EMAIL_FORM_PATH = "/auth/spid/email"


def _configured(settings) -> bool:
    return os.path.exists(settings.key_file) and os.path.exists(settings.cert_file)


@bp.get(METADATA_PATH)
def metadata():
    settings, _registry = context()
    if not _configured(settings):
        raise ApiProblem(503, "spid_unavailable", "Accesso con SPID non disponibile",
                         "Il certificato SPID del portale non è stato creato.")
    return Response(build_sp_metadata(settings), mimetype="application/samlmetadata+xml")


def _login_params() -> tuple[str, str]:
    state = request.args.get("state", "")
    challenge = request.args.get("code_challenge", "")
    method = request.args.get("code_challenge_method", "S256")
    if not _STATE_RE.match(state):
        raise SpidRejected("spid_login_invalid", "state mancante o non valido")
    if method != "S256":
        raise SpidRejected("spid_login_invalid", f"code_challenge_method {method[:20]!r}")
    if not codes.CHALLENGE_RE.match(challenge):
        raise SpidRejected("spid_login_invalid", "code_challenge mancante o non S256")
    return state, challenge


@bp.get(LOGIN_PATH)
def login():
    settings, registry = context()
    try:
        state, challenge = _login_params()
        idps = registry.all()
        if not _configured(settings) or not idps:
            raise SpidRejected("spid_unavailable", "chiave SP o metadata IdP mancanti")
        entity_id = request.args.get("idp")
        if not entity_id:
            return _chooser(idps, state, challenge)
        idp = registry.get(entity_id)
        chosen = authn_request.choose_binding(settings, idp) if idp else None
        if chosen is None:
            raise SpidRejected("spid_idp_unknown", f"IdP {entity_id[:200]!r}")
    except SpidRejected as exc:
        log.warning("SPID accesso non avviato: codice=%s motivo=%s", exc.code, exc.reason)
        return error_page(exc)

    binding, location = chosen
    conn = request_connection()
    now = tokens.utc_now()
    store.purge(conn, now)
    request_id, relay_state = new_id(), secrets.token_urlsafe(24)
    store.create_request(conn, request_id, relay_state, idp.entity_id, state, challenge, now)
    authn = authn_request.build(settings, location, request_id, now)
    log.info("SPID richiesta: id=%s idp=%s binding=%s", request_id, idp.entity_id,
             binding.rsplit(":", 1)[-1])
    if binding.endswith("HTTP-POST"):
        html = authn_request.post_page(settings, location, authn, relay_state)
        result = Response(html, mimetype="text/html")
        result.headers["Cache-Control"] = "no-store"
        return result
    return redirect(authn_request.redirect_url(settings, location, authn, relay_state), 302)


def _chooser(idps, state: str, challenge: str) -> Response:
    entries = [{"entity_id": idp.entity_id, "name": idp.name,
                "url": LOGIN_PATH + "?" + urlencode({
                    "idp": idp.entity_id, "state": state, "code_challenge": challenge,
                    "code_challenge_method": "S256"})}
               for idp in idps]
    return page("chooser.html", page_title="Entra con SPID", idps=entries)


@bp.post(ACS_PATH)
def acs():
    settings, registry = context()
    conn = request_connection()
    now = tokens.utc_now()
    try:
        pending, identity = saml_response.validate(
            conn, settings, registry, request.form.get("SAMLResponse", ""),
            request.form.get("RelayState"), now)
    except SpidRejected as exc:
        log.warning("SPID risposta rifiutata: codice=%s richiesta=%s motivo=%s", exc.code,
                    exc.request_id or "-", exc.reason)
        return error_page(exc)

    user_id, created = find_or_create_by_cf(conn, identity.codice_fiscale, identity.nome,
                                            identity.cognome)
    store.set_authenticated(conn, pending["id"], user_id, identity.spid_code,
                            identity.session_index, now)
    profile = basic_profile(conn, user_id)
    log.info("SPID accesso riuscito: cf=%s utente=%s%s idp=%s livello=%s richiesta=%s "
             "email_confermata=%s", identity.codice_fiscale, user_id,
             " (nuovo)" if created else "", identity.idp_entity_id, identity.level,
             pending["id"], profile["email_confirmed"])
    if profile["email_confirmed"]:
        code = codes.issue(conn, store.get(conn, pending["id"]), now)
        return redirect(done_url(pending["client_state"], code=code), 302)
    token = store.new_form_token(conn, pending["id"])
    return redirect(f"{EMAIL_FORM_PATH}?{urlencode({'t': token})}", 302)


@bp.get(DONE_PATH)
def done():
    code, error = request.args.get("code"), request.args.get("error")
    if not request.args.get("state") or not (code or error):
        return error_page(SpidRejected("spid_done_invalid", "done senza state/code"))
    if code:
        return page("done.html", page_title="Accesso completato", outcome="ok")
    return page("done.html", page_title="Accesso non completato", outcome="error",
                error_code=error[:64])


@bp.route(SLO_PATH, methods=["GET", "POST"])
def slo():
    # The portal keeps no web session after the login (the app holds the tokens), so
    # there is nothing to end here; the app's logout revokes its tokens.
    return message_page("Uscita da SPID",
                        "Il portale non mantiene sessioni web SPID: per uscire usa il comando "
                        "«Esci» dell'applicazione, che revoca i suoi token.")
