"""Routes of the test IdP: /metadata, /sso (HTTP-Redirect and HTTP-POST), the login form
(/login), the consent page (/consent), /slo, and with --test-mode /test/breaks and
/test/break (the broken-response switch)."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, jsonify, render_template, request

from ..saml import bindings
from ..saml.ns import SPID_ATTRIBUTES
from ..saml.xml import utc_now
from . import authn, responses
from .breaks import BREAKS, describe
from .users import MAX_WRONG_PASSWORDS, PASSWORD, find

bp = Blueprint("idp", __name__)
log = logging.getLogger("inlinea_portal.testidp")
EXTENSION = "inlinea_test_idp"


class Refused(Exception):
    def __init__(self, detail: str, status: int = 400):
        super().__init__(detail)
        self.detail, self.status = detail, status


def state():
    return current_app.extensions[EXTENSION]


def _page(template: str, status: int = 200, **context) -> Response:
    settings = state().settings
    html = render_template(f"idp/{template}", idp_name=settings.name,
                           test_mode=settings.test_mode, **context)
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(Refused)
def _refused(exc: Refused):
    log.warning("IdP: richiesta rifiutata: %s", exc.detail)
    return _page("message.html", exc.status, title="Richiesta non valida", detail=exc.detail)


@bp.get("/metadata")
def metadata():
    return Response(state().metadata, mimetype="application/samlmetadata+xml")


@bp.route("/sso", methods=["GET", "POST"])
def sso():
    idp = state()
    try:
        if request.method == "GET":
            info = authn.from_redirect(idp.registry, request.query_string.decode("ascii"),
                                       idp.settings.sso_url, utc_now())
        else:
            info = authn.from_post(idp.registry, request.form.get("SAMLRequest", ""),
                                   request.form.get("RelayState"), idp.settings.sso_url,
                                   utc_now())
    except (authn.RequestRefused, UnicodeDecodeError) as exc:
        raise Refused(f"Richiesta di autenticazione non accettata: {exc}") from None
    sid = idp.sessions.start(info)
    log.info("IdP: richiesta %s da %s", info.request_id, info.sp.entity_id)
    return _login_page(sid, info.sp.organization)


def _login_page(sid: str, sp_name: str, error: str | None = None, username: str = ""):
    return _page("login.html", title="Accedi con SPID", sid=sid, sp_name=sp_name, error=error,
                 username=username)


def _session():
    sid = request.form.get("sid", "")
    session = state().sessions.get(sid)
    if session is None:
        raise Refused("Sessione di accesso scaduta o sconosciuta: ricomincia dal fornitore "
                      "dei servizi.")
    case = (request.form.get("break") or "").strip()
    if case:
        if not state().settings.test_mode:
            raise Refused("Il parametro break è ammesso solo con --test-mode.")
        if case not in BREAKS:
            raise Refused(f"Caso di test sconosciuto: {case[:60]}")
        session.break_case = case
    return sid, session


@bp.post("/login")
def login():
    sid, session = _session()
    sp_name = session.request.sp.organization
    if request.form.get("action") == "cancel":
        return _answer(sid, session, error_number=25)
    username = (request.form.get("username") or "").strip()
    user = find(username)
    if user is None or request.form.get("password") != PASSWORD:
        key = username.lower()
        session.wrong_passwords[key] = session.wrong_passwords.get(key, 0) + 1
        left = MAX_WRONG_PASSWORDS - session.wrong_passwords[key]
        if left <= 0:
            return _answer(sid, session, error_number=19)
        return _login_page(sid, sp_name, f"Credenziali non valide: restano {left} tentativi.",
                           username)
    if user.suspended:
        return _answer(sid, session, error_number=23)
    session.user = user
    values = user.attributes()
    labels = dict(SPID_ATTRIBUTES)
    data = [(labels.get(name, name), values[name].removeprefix("TINIT-"))
            for name in session.request.attributes if name in values]
    return _page("consent.html", title="Consenso", sid=sid, sp_name=sp_name, data=data)


@bp.post("/consent")
def consent():
    sid, session = _session()
    if session.user is None:
        raise Refused("Occorre prima autenticarsi.")
    if request.form.get("action") != "consent":
        return _answer(sid, session, error_number=22)
    return _answer(sid, session)


def _answer(sid: str, session, error_number: int | None = None) -> Response:
    idp = state()
    info = session.request
    now = utc_now()
    context = responses.ResponseContext(idp.settings.entity_id, info.sp.entity_id, info.acs_url,
                                        info.request_id, info.issue_instant, info.attributes,
                                        info.level)
    case_name = idp.sessions.take_break(session)
    case = BREAKS.get(case_name) if case_name else None
    if error_number is None and case is not None and case.status:
        error_number = case.status
    if error_number is not None:
        parts = responses.error(context, error_number, now)
    else:
        parts = responses.success(context, session.user, now)
    if case is not None and case.apply is not None and error_number is None:
        case.apply(parts)
    xml = responses.serialize(parts, idp.settings.key_file, idp.cert_pem)
    idp.sessions.end(sid)
    log.info("IdP: risposta a %s per %s: %s%s", info.request_id, info.sp.entity_id,
             f"ErrorCode nr{error_number}" if error_number else "successo",
             f" (break={case_name})" if case_name else "")
    html = bindings.post_form_page(info.acs_url, {"SAMLResponse": bindings.encode_post(xml),
                                                  "RelayState": info.relay_state},
                                   "spid-response", "Invio della risposta al fornitore dei servizi")
    response = Response(html, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/slo", methods=["GET", "POST"])
def slo():
    return _page("message.html", title="Uscita", detail="Nessuna sessione SPID attiva.")


def _test_only():
    if not state().settings.test_mode:
        raise Refused("Funzione disponibile solo con --test-mode.", status=404)


@bp.get("/test/breaks")
def test_breaks():
    _test_only()
    return jsonify(describe())


@bp.post("/test/break")
def test_break():
    _test_only()
    body = request.get_json(silent=True) if request.is_json else request.form
    case = ((body or {}).get("case") or "").strip()
    if case and case not in BREAKS:
        raise Refused(f"Caso di test sconosciuto: {case[:60]}")
    state().sessions.set_next_break(case or None)
    return Response(status=204)
