"""Non-API pages: a small Italian home page and the health check."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify
from markupsafe import escape

from .api.info import login_methods

bp = Blueprint("web", __name__)

_HOME = """<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>{name}</title></head>
<body>
<h1>{name}</h1>
<p>Servizi on-line ai cittadini e alle imprese &ndash; {authority}.</p>
<p>Questo è il portale di riferimento usato da <strong>Inlinea Desktop</strong>.
Modalità di accesso: {methods}.</p>
<p>Le informazioni per i programmi sono su <a href="/api/v1/info">/api/v1/info</a>.</p>
</body>
</html>
"""

_METHOD_LABELS = {"spid": "SPID", "cns": "CNS/CRS", "password": "credenziali del portale"}


@bp.get("/")
def home():
    config = current_app.config
    methods = ", ".join(_METHOD_LABELS[m] for m in login_methods(config))
    html = _HOME.format(name=escape(config["PORTAL_NAME"]),
                        authority=escape(config["AUTHORITY"]), methods=escape(methods))
    return Response(html, mimetype="text/html")


@bp.get("/healthz")
def healthz():
    return jsonify({"status": "ok"})
