"""Reference portal for Inlinea Desktop (Flask application factory)."""

from __future__ import annotations

from flask import Flask

from . import config as config_module, errors
from .db import close_request_connection


def base_app(config: dict | None = None, environ: dict | None = None) -> Flask:
    """Flask app with the portal's settings, problem+json errors, common headers and a
    per-request database connection, but no routes (shared with the CNS app)."""
    app = Flask(__name__, static_folder=None)
    app.config.update(config_module.build(config, environ))
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    errors.register(app)
    app.teardown_appcontext(close_request_connection)

    @app.after_request
    def _common_headers(response):
        response.headers["X-Inlinea-Portal"] = "1"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if response.mimetype in ("application/json", errors.PROBLEM_MIMETYPE):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app


def create_app(config: dict | None = None, environ: dict | None = None) -> Flask:
    """Build the app from INLINEA_* variables of `environ` (default os.environ), then
    apply the `config` overrides. Tests pass environ={} to ignore the caller's shell."""
    from . import api, spid, web

    app = base_app(config, environ)
    app.register_blueprint(web.bp)
    for blueprint in api.blueprints() + spid.blueprints():
        app.register_blueprint(blueprint)
    return app
