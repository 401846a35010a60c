"""REST API v1 blueprints."""

from flask import Blueprint

from . import anagrafiche, auth, credentials, info, me, pratiche, procedimenti, registration, uploads

API_PREFIX = "/api/v1"


def blueprints() -> list[Blueprint]:
    return [info.bp, auth.bp, credentials.bp, registration.bp, me.bp, anagrafiche.bp, procedimenti.bp,
            uploads.bp, pratiche.bp]
