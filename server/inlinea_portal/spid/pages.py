"""Italian HTML pages of the SPID login (templates/spid/*.html), with headers that keep
codes out of caches and referrers."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Response, current_app, render_template

from .problems import SpidRejected
from .settings import DONE_PATH


def page(template: str, status: int = 200, **context) -> Response:
    config = current_app.config
    html = render_template(f"spid/{template}", portal_name=config["PORTAL_NAME"],
                           authority=config["AUTHORITY"], **context)
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def done_url(state: str, code: str | None = None, error: str | None = None) -> str:
    params = {"code": code} if code else {"error": error}
    params["state"] = state
    return f"{DONE_PATH}?{urlencode(params)}"


def error_page(exc: SpidRejected, client_state: str | None = None) -> Response:
    """The error page of a refusal, with its HTTP status; when the app's state is known,
    a link to the done URL with error=<code> lets the app close its login window."""
    state = client_state or getattr(exc, "client_state", None)
    return page("error.html", exc.status, page_title=exc.title, title=exc.title,
                detail=exc.detail, error_code=exc.code,
                back_url=done_url(state, error=exc.code) if state else None)


def message_page(title: str, *paragraphs: str, status: int = 200) -> Response:
    return page("message.html", status, page_title=title, title=title, paragraphs=paragraphs)
