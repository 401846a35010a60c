"""Token endpoint, logout and `require_auth` for every protected endpoint.

POST /api/v1/auth/token   grant_type=refresh_token (form or JSON) -> new token pair;
                          grant_type=authorization_code + code_verifier (SPID, PKCE S256)
POST /api/v1/auth/logout  (Bearer) revokes the session, optionally another refresh token
"""

from __future__ import annotations

import functools
import logging

from flask import Blueprint, Response, g, request

from .. import tokens
from ..db import request_connection
from ..errors import ApiProblem
from ..spid import codes
from ..users import basic_profile, login_user

bp = Blueprint("auth", __name__, url_prefix="/api/v1/auth")
log = logging.getLogger("inlinea_portal.auth")

REALM = 'Bearer realm="inlinea"'
SUPPORTED_GRANTS = ("refresh_token", "authorization_code")


def _unauthorized(detail: str, token_given: bool) -> ApiProblem:
    challenge = REALM + (', error="invalid_token"' if token_given else "")
    return ApiProblem(401, "unauthorized", detail=detail,
                      headers={"WWW-Authenticate": challenge})


def bearer_token() -> str | None:
    """The token of an `Authorization: Bearer …` header ('' when malformed)."""
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return ""
    return value.strip()


def authenticate_request() -> tokens.AccessInfo:
    """The caller's session (also stored in g.auth); raises a 401 problem otherwise."""
    if "auth" in g:
        return g.auth
    token = bearer_token()
    if token is None:
        raise _unauthorized("Occorre accedere: manca l'intestazione Authorization: Bearer.",
                            token_given=False)
    info = tokens.authenticate(request_connection(), token) if token else None
    if info is None:
        raise _unauthorized("Il token di accesso non è valido, è scaduto o è stato revocato.",
                            token_given=True)
    g.auth = info
    return info


def require_auth(view):
    """Decorator: the view runs only with a valid access token (see g.auth)."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        authenticate_request()
        return view(*args, **kwargs)

    return wrapper


def request_params() -> dict:
    """Parameters of a form-encoded or JSON body."""
    if request.is_json:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                             "Il corpo della richiesta non è un oggetto JSON valido.")
        return body
    return request.form.to_dict()


def _text_param(params: dict, name: str) -> str | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         f"Il parametro {name} deve essere una stringa.")
    return value


@bp.post("/token")
def token():
    params = request_params()
    grant_type = _text_param(params, "grant_type")
    if grant_type is None:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "Manca il parametro grant_type.")
    if grant_type not in SUPPORTED_GRANTS:
        raise ApiProblem(400, "unsupported_grant_type", "Tipo di concessione non supportato",
                         f"Il tipo di concessione «{grant_type[:40]}» non è supportato "
                         "da questo portale.")
    if grant_type == "authorization_code":
        return _authorization_code(params)
    refresh_token = _text_param(params, "refresh_token")
    if refresh_token is None:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "Manca il parametro refresh_token.")
    try:
        pair = tokens.refresh(request_connection(), refresh_token)
    except tokens.InvalidGrant as exc:
        level = logging.WARNING if exc.reason == "reused" else logging.INFO
        log.log(level, "refresh rifiutato: motivo=%s sessione=%s", exc.reason, exc.session_id)
        raise ApiProblem(400, "invalid_grant", "Autorizzazione non valida",
                         "Il refresh token non è valido, è scaduto o è stato revocato: "
                         "occorre accedere di nuovo.") from None
    log.info("token rinnovati: sessione=%s utente=%s", pair.session_id, pair.user_id)
    return pair.response()


def _authorization_code(params: dict):
    """SPID: the one-time code of /auth/spid/done plus the PKCE verifier -> tokens."""
    code = _text_param(params, "code")
    verifier = _text_param(params, "code_verifier")
    if code is None or verifier is None:
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "Mancano i parametri code e/o code_verifier.")
    if not codes.VERIFIER_RE.match(verifier):
        raise ApiProblem(400, "invalid_request", "Richiesta non valida",
                         "Il code_verifier deve avere da 43 a 128 caratteri ammessi da PKCE.")
    conn = request_connection()
    try:
        row = codes.redeem(conn, code, verifier)
    except codes.InvalidCode as exc:
        level = logging.WARNING if exc.reason in ("reused", "wrong_verifier") else logging.INFO
        log.log(level, "codice SPID rifiutato: motivo=%s sessione=%s", exc.reason,
                exc.session_id)
        raise ApiProblem(400, "invalid_grant", "Autorizzazione non valida",
                         "Il codice di autorizzazione non è valido, è scaduto, è già stato "
                         "usato o non corrisponde al code_verifier: occorre accedere di "
                         "nuovo.") from None
    pair = tokens.start_session(conn, row["user_id"], "spid")
    codes.attach_session(conn, row["code_hash"], pair.session_id)
    profile = basic_profile(conn, row["user_id"])
    log.info("SPID token emessi: sessione=%s utente=%s", pair.session_id, row["user_id"])
    return {**pair.response(), "user": login_user(profile)}


@bp.post("/logout")
@require_auth
def logout():
    params = request_params() if request.content_length else {}
    other = _text_param(params, "refresh_token")  # checked before anything is revoked
    conn = request_connection()
    auth = g.auth
    tokens.revoke_session(conn, auth.session_id, "logout")
    if other:
        found = tokens.session_of_refresh_token(conn, other)
        # Only the caller's own sessions: a stranger's token is silently ignored.
        if found is not None and found[1] == auth.user_id:
            tokens.revoke_session(conn, found[0], "logout")
    log.info("logout: sessione=%s utente=%s", auth.session_id, auth.user_id)
    return Response(status=204)
