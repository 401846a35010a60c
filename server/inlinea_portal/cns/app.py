"""The WSGI app of the CNS port: POST /api/v1/auth/cns (see cns/server.py for TLS).

The TLS server puts what it learnt in the handshake into the WSGI environ under
TLS_ENVIRON_KEY (a TlsPeer); without it (plain HTTP, test client) there is no
certificate and the answer is cns_no_certificate.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from flask import Blueprint, Flask, current_app, request
from OpenSSL import crypto

from .. import base_app, tokens
from ..db import request_connection
from ..errors import ApiProblem
from ..users import basic_profile, find_or_create_by_cf, login_user
from .checks import CnsRejected, CnsTrust, check_client_certificate

TLS_ENVIRON_KEY = "inlinea.tls_peer"
TRUST_EXTENSION = "inlinea_cns_trust"
MAX_BODY = 64 * 1024

bp = Blueprint("cns", __name__, url_prefix="/api/v1/auth")
log = logging.getLogger("inlinea_portal.cns")
_trust_lock = threading.Lock()


@dataclass
class TlsPeer:
    """What the handshake revealed about the client (no secrets)."""
    certificate: crypto.X509 | None = None
    chain: list = field(default_factory=list)
    handshake_errors: list = field(default_factory=list)  # (OpenSSL errno, depth)
    protocol: str = ""
    cipher: str = ""


def create_cns_app(config: dict | None = None, environ: dict | None = None,
                   trust: CnsTrust | None = None) -> Flask:
    """`config` may set CNS_CA_FILE and CNS_CRL_FILE, or `trust` is given directly."""
    app = base_app({"MAX_CONTENT_LENGTH": MAX_BODY, **(config or {})}, environ)
    if trust is not None:
        app.extensions[TRUST_EXTENSION] = trust
    app.register_blueprint(bp)
    return app


def _trust() -> CnsTrust:
    app = current_app
    with _trust_lock:
        if TRUST_EXTENSION not in app.extensions:
            ca, crl = app.config.get("CNS_CA_FILE"), app.config.get("CNS_CRL_FILE")
            if not ca or not crl:
                raise RuntimeError("CNS_CA_FILE/CNS_CRL_FILE non configurati")
            app.extensions[TRUST_EXTENSION] = CnsTrust(ca, crl)
        return app.extensions[TRUST_EXTENSION]


def _holder_for_log(cert: crypto.X509 | None) -> str:
    """cf=… seriale=… of a presented certificate, for the log (never trusted)."""
    if cert is None:
        return "cf=- seriale=-"
    common_name = cert.get_subject().commonName or ""
    return f"cf={common_name.partition('/')[0][:16] or '-'} seriale={cert.get_serial_number():x}"


@bp.post("/cns")
def cns_login():
    peer = request.environ.get(TLS_ENVIRON_KEY) or TlsPeer()
    where = f"da={request.remote_addr} tls={peer.protocol or '-'}"
    try:
        trust = _trust() if peer.certificate is not None else None
        identity = check_client_certificate(trust, peer.certificate, peer.chain)
    except CnsRejected as exc:
        log.warning("CNS accesso rifiutato: codice=%s %s %s motivo=%s errori_handshake=%s",
                    exc.code, _holder_for_log(peer.certificate), where, exc.reason,
                    peer.handshake_errors or "-")
        raise ApiProblem(exc.status, exc.code, exc.title, exc.detail) from None

    conn = request_connection()
    user_id, created = find_or_create_by_cf(conn, identity.codice_fiscale, identity.nome,
                                            identity.cognome)
    pair = tokens.start_session(conn, user_id, "cns", identity.card_id, identity.serial)
    profile = basic_profile(conn, user_id)
    log.info("CNS accesso riuscito: cf=%s carta=%s seriale=%s utente=%s%s sessione=%s %s",
             identity.codice_fiscale, identity.card_id or "-", identity.serial, user_id,
             " (nuovo)" if created else "", pair.session_id, where)
    return {**pair.response(), "user": login_user(profile)}
