"""WSGI entry point of the test IdP for gunicorn: `inlinea_portal.testidp.wsgi:app`."""

from . import create_idp_app

app = create_idp_app()
