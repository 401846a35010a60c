"""REST API v1 blueprints."""

from flask import Blueprint

from . import info

API_PREFIX = "/api/v1"


def blueprints() -> list[Blueprint]:
    return [info.bp]
