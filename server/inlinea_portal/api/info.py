"""GET /api/v1/info: what this portal offers, so the client can adapt its login window."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, current_app, jsonify, request

from .credentials import info_block as credentials_block

bp = Blueprint("info", __name__, url_prefix="/api/v1")

LIMITS = {
    "max_upload_bytes": 104857600,
    "max_attachments_per_pratica": 50,
    "allowed_attachment_types": [
        "application/pdf",
        "application/pkcs7-mime",
        "image/jpeg",
        "image/png",
        "application/xml",
    ],
    "max_spontaneous_integrations": 2,
    "upload_chunk_bytes": 1048576,
}

COMUNE_REGISTRATION_TYPES = [
    {"code": "cittadino", "profiles": ["base", "completo"]},
    {"code": "aziende_professionisti_enti", "profiles": ["base"]},
    {"code": "turisti", "profiles": ["base"]},
]


def login_methods(config) -> list[str]:
    if config["FLAVOUR"] == "comune":
        return ["password", "spid"]
    # Inlinea: no new credentials since 1 March 2021, only SPID/CNS since 1 October 2021;
    # old accounts may be re-enabled for tests with INLINEA_LEGACY_CREDENTIALS=1.
    methods = ["spid", "cns"]
    if config["LEGACY_CREDENTIALS"]:
        methods.append("password")
    return methods


def registration(config) -> dict:
    if config["FLAVOUR"] == "comune":
        return {"enabled": True, "types": COMUNE_REGISTRATION_TYPES}
    return {"enabled": False, "types": []}


def utc_now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def spid_login(config) -> dict:
    """spid_login_url (on the host the client used) and the IdPs of the chooser."""
    if "spid" not in login_methods(config):
        return {}
    from ..spid import context

    _settings, registry = context()
    return {
        "spid_login_url": request.host_url.rstrip("/") + "/auth/spid/login",
        "spid_idps": [{"entity_id": idp.entity_id, "name": idp.name} for idp in registry.all()],
    }


def cns_login_url(config) -> str | None:
    """https://<host the client used>:<CNS port>/api/v1/auth/cns, when CNS is offered."""
    if not config.get("CNS_PORT") or "cns" not in login_methods(config):
        return None
    host = request.host
    if host.startswith("["):  # [::1]:8443
        host = host[:host.index("]") + 1]
    else:
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return f"https://{host}:{config['CNS_PORT']}/api/v1/auth/cns"


@bp.get("/info")
def info():
    config = current_app.config
    body = {
        "api_version": "1",
        "name": config["PORTAL_NAME"],
        "flavour": config["FLAVOUR"],
        "authority": config["AUTHORITY"],
        "login_methods": login_methods(config),
        "registration": registration(config),
        "limits": LIMITS,
        "server_time": utc_now_iso(),
    }
    credentials = credentials_block(config)
    if credentials is not None:
        body["credentials"] = credentials
    cns_url = cns_login_url(config)
    if cns_url:
        body["cns_login_url"] = cns_url
    body.update(spid_login(config))
    return jsonify(body)
