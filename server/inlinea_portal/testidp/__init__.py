"""Test SPID identity provider (`manage.py serve-idp`): signed metadata, login form,
consent page as in seed 004, SPID error codes, and broken responses on demand."""

from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from . import settings as settings_module
from .metadata import build_idp_metadata, write_idp_metadata
from .sessions import Sessions
from .sp_registry import SpRegistry


@dataclass
class IdpState:
    settings: settings_module.IdpSettings
    registry: SpRegistry
    sessions: Sessions
    metadata: bytes
    cert_pem: str


def create_idp_app(settings: settings_module.IdpSettings | None = None,
                   environ: dict | None = None) -> Flask:
    """The IdP app for `settings` (default: from INLINEA_IDP_* variables of `environ`).
    Its signed metadata is written to settings.metadata_file when that is set."""
    from .views import EXTENSION, bp

    settings = settings or settings_module.from_env(environ)
    app = Flask(__name__, static_folder=None)
    metadata = build_idp_metadata(settings)
    if settings.metadata_file:
        write_idp_metadata(settings, settings.metadata_file, metadata)
    app.extensions[EXTENSION] = IdpState(settings, SpRegistry(settings.sp_metadata,
                                                              settings.ca_file),
                                         Sessions(), metadata, settings.read_cert())
    app.register_blueprint(bp)

    @app.errorhandler(HTTPException)
    def _http_error(exc):
        return Response(f"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
                        f"<title>Errore {exc.code}</title></head><body><h1>Errore {exc.code}"
                        f"</h1><p>Indirizzo o metodo non previsto dall'IdP di test.</p>"
                        f"</body></html>", status=exc.code, mimetype="text/html")

    @app.after_request
    def _headers(response):
        response.headers["X-Inlinea-Test-IdP"] = "1"
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    return app
