"""GET /api/v1/me: the logged-in user's basic profile."""

from __future__ import annotations

from flask import Blueprint, g, jsonify

from ..db import request_connection
from ..errors import ApiProblem
from ..users import basic_profile
from .auth import require_auth

bp = Blueprint("me", __name__, url_prefix="/api/v1")


@bp.get("/me")
@require_auth
def me():
    profile = basic_profile(request_connection(), g.auth.user_id)
    if profile is None:  # the user was deleted while the session was open
        raise ApiProblem(401, "unauthorized", detail="L'utente di questa sessione non esiste più.",
                         headers={"WWW-Authenticate": 'Bearer realm="inlinea"'})
    version = profile.pop("version")
    response = jsonify({**profile, "auth_method": g.auth.auth_method})
    response.set_etag(str(version))
    return response
