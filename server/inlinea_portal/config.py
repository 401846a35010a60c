"""Portal settings: environment variables (set by `manage.py serve`) plus overrides."""

from __future__ import annotations

import os

from .db import db_path

SERVER_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_STATE_DIR = os.path.join(SERVER_DIR, ".state")
DEFAULT_NAME = "Inlinea – Città Metropolitana di Milano"
DEFAULT_AUTHORITY = "Città Metropolitana di Milano"
FLAVOURS = ("inlinea", "comune")
MAIL_FROM = "Inlinea <noreply@inlinea.localhost>"
DEFAULT_PUBLIC_URL = "https://localhost:8443"
DEFAULT_IPA_CODE = "c_f205"
SPID_BINDINGS = ("redirect", "post")

_TRUE = {"1", "true", "yes", "on", "si", "sì"}


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in _TRUE


def from_env(environ=None) -> dict:
    """Flask config keys derived from INLINEA_* environment variables."""
    env = os.environ if environ is None else environ
    state = os.path.abspath(env.get("INLINEA_STATE") or DEFAULT_STATE_DIR)
    return {
        "STATE_DIR": state,
        "DATABASE": db_path(state),
        "FLAVOUR": env.get("INLINEA_FLAVOUR") or "inlinea",
        "PORTAL_NAME": env.get("INLINEA_NAME") or DEFAULT_NAME,
        "AUTHORITY": env.get("INLINEA_AUTHORITY") or DEFAULT_AUTHORITY,
        "LEGACY_CREDENTIALS": _flag(env.get("INLINEA_LEGACY_CREDENTIALS")),
        "SMTP_HOST": env.get("INLINEA_SMTP_HOST") or "127.0.0.1",
        "SMTP_PORT": int(env.get("INLINEA_SMTP_PORT") or 2525),
        "MAIL_FROM": env.get("INLINEA_MAIL_FROM") or MAIL_FROM,
        # Port of `manage.py serve-cns` on the same host, advertised by /api/v1/info.
        "CNS_PORT": int(env["INLINEA_CNS_PORT"]) if env.get("INLINEA_CNS_PORT") else None,
        # SPID service provider (see spid/settings.py for the defaults derived from these).
        "PUBLIC_URL": (env.get("INLINEA_PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/"),
        "SPID_ENTITY_ID": env.get("INLINEA_SPID_ENTITY_ID") or None,  # default: PUBLIC_URL
        "SPID_IPA_CODE": env.get("INLINEA_SPID_IPA_CODE") or DEFAULT_IPA_CODE,
        "SPID_IDP_METADATA_DIR": env.get("INLINEA_SPID_IDP_METADATA_DIR") or None,
        "SPID_BINDING": env.get("INLINEA_SPID_BINDING") or "redirect",
        "SPID_CONTACT_EMAIL": env.get("INLINEA_SPID_CONTACT_EMAIL") or "spid@inlinea.localhost",
    }


def build(overrides: dict | None = None, environ=None) -> dict:
    config = from_env(environ)
    config.update(overrides or {})
    if "STATE_DIR" in (overrides or {}) and "DATABASE" not in overrides:
        config["DATABASE"] = db_path(config["STATE_DIR"])
    if config["FLAVOUR"] not in FLAVOURS:
        raise ValueError(f"flavour sconosciuto: {config['FLAVOUR']!r} (ammessi: {FLAVOURS})")
    if config["SPID_BINDING"] not in SPID_BINDINGS:
        raise ValueError(f"binding SPID sconosciuto: {config['SPID_BINDING']!r} "
                         f"(ammessi: {SPID_BINDINGS})")
    return config
