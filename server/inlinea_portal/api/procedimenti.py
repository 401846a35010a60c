"""The catalog of procedimenti and their form definitions (`inlinea_portal/procedimenti`).

GET /api/v1/procedimenti                   {items: [{code, title, description, version,
                                            versions, signature_required}]}
GET /api/v1/procedimenti/{code}/{version}  the definition (schema + layout + attachments),
                                           strong ETag (If-None-Match -> 304); 404 unknown

Bearer token required like every other resource API (the forms are only useful to a
logged-in compilatore, and this keeps one rule for the whole /api/v1 except /info).
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from .. import procedimenti
from ..errors import ApiProblem
from .auth import require_auth

bp = Blueprint("procedimenti", __name__, url_prefix="/api/v1")


@bp.get("/procedimenti")
@require_auth
def list_procedimenti():
    return jsonify({"items": procedimenti.catalog()})


@bp.get("/procedimenti/<code>/<version>")
@require_auth
def get_procedimento(code: str, version: str):
    definition = procedimenti.get(code, version)
    if definition is None:
        known = procedimenti.registry().get(code)
        detail = (f"Il procedimento {code} non ha la versione {version} (versioni: "
                  f"{', '.join(sorted(known, key=int))})." if known
                  else f"Il procedimento {code} non esiste.")
        raise ApiProblem(404, "not_found", "Procedimento non trovato", detail)
    if request.if_none_match.contains(definition.etag):
        response = Response(status=304)
    else:
        response = Response(definition.raw, mimetype="application/json")
        response.headers["Cache-Control"] = "private, no-cache"
    response.set_etag(definition.etag)
    return response
