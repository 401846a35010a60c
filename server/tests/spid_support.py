"""In-process SPID world for the tests: the portal (SP) and the test IdP as Flask test
clients wired through files in a temporary state dir, plus a browser-like walk through
the pages (redirect, login form, consent, auto-posted Response)."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
import shutil
import tempfile
import threading
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

from inlinea_portal import create_app
from inlinea_portal.db import connect
from inlinea_portal.migrations import migrate
from inlinea_portal.saml.certs import ensure_idp_certificate, ensure_sp_certificate
from inlinea_portal.spid.settings import sp_settings
from inlinea_portal.spid.sp_metadata import write_sp_metadata
from inlinea_portal.testidp import create_idp_app
from inlinea_portal.testidp.settings import IdpSettings, default_paths

SP_URL = "https://portale.test"
IDP_URL = "https://idp.test"
MARIO_CF = "RSSMRA85T10A562S"
ANNA_CF = "BNCNNA90A41F205W"

_pki_lock = threading.Lock()
_pki_dir: str | None = None


def _shared_pki(profile) -> str:
    """Keys are made once per test process (RSA 2048 here, to keep the suite fast)."""
    global _pki_dir
    with _pki_lock:
        if _pki_dir is None:
            _pki_dir = tempfile.mkdtemp(prefix="inlinea-spid-pki-")
            ensure_sp_certificate(_pki_dir, profile, key_bits=2048)
            ensure_idp_certificate(_pki_dir, IDP_URL)
        return _pki_dir


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms: dict[str, dict] = {}
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._current = {"action": attrs.get("action"), "fields": {}}
            self.forms[attrs.get("id") or f"form{len(self.forms)}"] = self._current
        elif tag == "input" and self._current is not None and attrs.get("name"):
            self._current["fields"][attrs["name"]] = attrs.get("value") or ""


def forms(html: str) -> dict[str, dict]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


class SpidWorld:
    """Portal + IdP in-process. `sp_config` overrides the portal's config."""

    def __init__(self, sp_config: dict | None = None):
        self.tmp = tempfile.TemporaryDirectory()
        self.state = self.tmp.name
        migrate(os.path.join(self.state, "portal.sqlite3"))
        self.app = create_app({"TESTING": True, "STATE_DIR": self.state, "PUBLIC_URL": SP_URL,
                               **(sp_config or {})}, environ={})
        self.settings = sp_settings(self.app.config)
        pki = os.path.join(self.state, "pki")
        shutil.copytree(_shared_pki(self.settings.profile), pki)
        write_sp_metadata(self.settings, os.path.join(self.state, "spid-sp", "metadata.xml"))
        paths = default_paths(self.state)
        self.idp_settings = IdpSettings(IDP_URL, paths["key_file"], paths["cert_file"],
                                        paths["sp_metadata"], None, True, paths["metadata_file"])
        self.idp_app = create_idp_app(self.idp_settings)
        self.sp = self.app.test_client()
        self.idp = self.idp_app.test_client()

    def close(self):
        self.tmp.cleanup()

    def db(self):
        return connect(self.app.config["DATABASE"])

    def add_user(self, cf=MARIO_CF, nome="Mario", cognome="Rossi",
                 email="mario.rossi@example.it", confirmed=True) -> int:
        conn = self.db()
        try:
            return conn.execute("INSERT INTO users (codice_fiscale, nome, cognome, email, "
                                "email_confirmed) VALUES (?, ?, ?, ?, ?)",
                                (cf, nome, cognome, email, int(confirmed))).lastrowid
        finally:
            conn.close()

    # --- the browser's walk -------------------------------------------------------
    def start(self, state="stato-app", challenge=None, idp=IDP_URL):
        params = {"state": state, "code_challenge": challenge or pkce_pair()[1]}
        if idp:
            params["idp"] = idp
        return self.sp.get("/auth/spid/login", query_string=params)

    def to_idp(self, login_response):
        """Follow the SP's 302 (HTTP-Redirect) or auto-post page (HTTP-POST) to the IdP."""
        if login_response.status_code == 302:
            url = urlsplit(login_response.headers["Location"])
            assert f"{url.scheme}://{url.netloc}" == IDP_URL, url
            return self.idp.get(url.path + "?" + url.query)
        form = forms(login_response.get_data(as_text=True))["spid-authn-request"]
        return self.idp.post(urlsplit(form["action"]).path, data=form["fields"])

    def login(self, idp_page, username="mario.rossi", password="test", action="login",
              brk=None):
        sid = forms(idp_page.get_data(as_text=True))["login-form"]["fields"]["sid"]
        data = {"sid": sid, "username": username, "password": password, "action": action}
        if brk:
            data["break"] = brk
        return self.idp.post("/login", data=data)

    def consent(self, consent_page, action="consent", brk=None):
        sid = forms(consent_page.get_data(as_text=True))["consent-form"]["fields"]["sid"]
        data = {"sid": sid, "action": action}
        if brk:
            data["break"] = brk
        return self.idp.post("/consent", data=data)

    def response_form(self, idp_answer) -> dict:
        form = forms(idp_answer.get_data(as_text=True))["spid-response"]
        assert form["action"] == SP_URL + "/spid/acs", form["action"]
        return form["fields"]

    def post_acs(self, fields: dict):
        return self.sp.post("/spid/acs", data=fields)

    def saml_response(self, username="mario.rossi", brk=None, state="stato-app",
                      challenge=None) -> dict:
        """The form fields the IdP auto-posts after login and consent."""
        page = self.to_idp(self.start(state=state, challenge=challenge))
        consent_page = self.login(page, username=username, brk=brk)
        return self.response_form(self.consent(consent_page))

    def full_login(self, username="mario.rossi", brk=None, state="stato-app", challenge=None):
        return self.post_acs(self.saml_response(username, brk, state, challenge))


def done_params(response) -> dict:
    """code/state/error of a 302 to /auth/spid/done."""
    location = urlsplit(response.headers["Location"])
    assert location.path == "/auth/spid/done", location
    return {k: v[0] for k, v in parse_qs(location.query).items()}
