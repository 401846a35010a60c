"""SPID service provider: SP metadata, AuthnRequest, ACS with every SPID check, the first
access email confirmation and the one-time authorization code (see README.md)."""

from __future__ import annotations

import threading

from flask import current_app

from .idp_registry import IdpRegistry
from .settings import SpSettings, sp_settings

_EXTENSION = "inlinea_spid"
_lock = threading.Lock()


def context() -> tuple[SpSettings, IdpRegistry]:
    """The app's SP settings and IdP registry (created on first use)."""
    app = current_app
    with _lock:
        if _EXTENSION not in app.extensions:
            settings = sp_settings(app.config)
            app.extensions[_EXTENSION] = (settings, IdpRegistry(settings.idp_metadata_dir))
        return app.extensions[_EXTENSION]


def blueprints():
    from . import first_access, views

    return [views.bp, first_access.bp]
