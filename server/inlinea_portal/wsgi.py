"""WSGI entry point for gunicorn: `inlinea_portal.wsgi:app` (config from INLINEA_*)."""

from . import create_app

app = create_app()
