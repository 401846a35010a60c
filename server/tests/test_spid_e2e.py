"""SPID end to end over real TLS: `manage.py serve` (SP) and `manage.py serve-idp
--test-mode` (IdP, SP metadata fetched by URL) as subprocesses; a browser-like walk
through login, consent, ACS, done, and the code exchange; a broken response asked for
through the IdP's /test/break switch."""

import json
import os
import tempfile
import unittest
from urllib.parse import urlencode, urlsplit

from .spid_support import forms, pkce_pair
from .support import Background, free_port, manage
from .tlsutil import PinnedHTTPSConnection, client_context


class SpidEndToEndTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        state = cls.tmp.name
        result = manage("seed", "--state", state)
        assert result.returncode == 0, result.stderr
        cls.sp_port, cls.idp_port = free_port(), free_port()
        cls.sp_url = f"https://localhost:{cls.sp_port}"
        cls.idp_url = f"https://localhost:{cls.idp_port}"
        cls.sp = Background(["serve", "--state", state, "--port", str(cls.sp_port),
                             "--workers", "1"], os.path.join(state, "serve.log"))
        try:
            cls.sp.wait_for_port(cls.sp_port, timeout=30)
            cls.idp = Background(["serve-idp", "--state", state, "--port", str(cls.idp_port),
                                  "--test-mode", "--sp-metadata", cls.sp_url + "/spid/metadata"],
                                 os.path.join(state, "idp.log"))
            cls.idp.wait_for_port(cls.idp_port, timeout=30)
        except Exception:
            cls.sp.stop()
            cls.tmp.cleanup()
            raise
        cls.context = client_context(os.path.join(state, "pki", "ca.pem"))

    @classmethod
    def tearDownClass(cls):
        try:
            cls.idp.stop()
            cls.sp.stop()
        finally:
            cls.tmp.cleanup()

    def call(self, method, url, form=None):
        parts = urlsplit(url)
        connection = PinnedHTTPSConnection(parts.hostname, parts.port, context=self.context,
                                           timeout=15)
        try:
            body = urlencode(form) if form is not None else None
            headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode("utf-8")
        finally:
            connection.close()

    def walk(self, state, challenge):
        """Login as Mario through both servers; the ACS answer (status, headers, body)."""
        login = f"{self.sp_url}/auth/spid/login?" + urlencode(
            {"idp": self.idp_url, "state": state, "code_challenge": challenge,
             "code_challenge_method": "S256"})
        status, headers, body = self.call("GET", login)
        self.assertEqual(status, 302, body)
        status, _, body = self.call("GET", headers["Location"])
        self.assertEqual(status, 200, body)
        sid = forms(body)["login-form"]["fields"]["sid"]
        status, _, body = self.call("POST", self.idp_url + "/login", {
            "sid": sid, "username": "mario.rossi", "password": "test", "action": "login"})
        self.assertIn("ACCONSENTO", body)
        status, _, body = self.call("POST", self.idp_url + "/consent",
                                    {"sid": sid, "action": "consent"})
        response_form = forms(body)["spid-response"]
        self.assertEqual(response_form["action"], self.sp_url + "/spid/acs")
        return self.call("POST", response_form["action"], response_form["fields"])

    def test_login_over_tls_and_code_exchange(self):
        status, _, body = self.call("GET", self.sp_url + "/api/v1/info")
        info = json.loads(body)
        self.assertEqual(info["spid_login_url"], self.sp_url + "/auth/spid/login")
        self.assertIn({"entity_id": self.idp_url, "name": "IdP di test Inlinea"},
                      info["spid_idps"])

        verifier, challenge = pkce_pair()
        status, headers, body = self.walk("e2e-state", challenge)
        self.assertEqual(status, 302, body)
        done = urlsplit(headers["Location"])
        self.assertEqual(done.path, "/auth/spid/done")
        status, _, body = self.call("GET", self.sp_url + headers["Location"])
        self.assertEqual(status, 200)
        self.assertIn("Accesso completato", body)
        params = dict(p.split("=", 1) for p in done.query.split("&"))
        self.assertEqual(params["state"], "e2e-state")
        status, _, body = self.call("POST", self.sp_url + "/api/v1/auth/token", {
            "grant_type": "authorization_code", "code": params["code"],
            "code_verifier": verifier})
        self.assertEqual(status, 200, body)
        self.assertEqual(json.loads(body)["user"]["codice_fiscale"], "RSSMRA85T10A562S")
        log = self.sp.wait_for_log("SPID token emessi")
        self.assertNotIn(params["code"], log)          # no codes in the access log

    def test_broken_response_through_the_test_switch(self):
        status, _, _ = self.call("POST", self.idp_url + "/test/break", {"case": "wrong_audience"})
        self.assertEqual(status, 204)
        status, _, body = self.walk("e2e-broken", pkce_pair()[1])
        self.assertEqual(status, 403)
        self.assertIn('content="spid_audience"', body)
        self.assertIn("codice=spid_audience", self.sp.wait_for_log("codice=spid_audience"))
        status, _, body = self.call("GET", self.idp_url + "/test/breaks")
        self.assertEqual(json.loads(body)["wrong_audience"]["expected"], "spid_audience")


if __name__ == "__main__":
    unittest.main()
