"""`manage.py issue-token` (dev/test only): a session for a seeded user without a login,
printed as the login answer; the tokens work with the API like any other."""

import json
import os
import tempfile
import unittest

from inlinea_portal import create_app

from .api_support import LUCA_CF, MARIO_CF
from .support import manage

LOGIN_USER = {"codice_fiscale": MARIO_CF, "nome": "Mario", "cognome": "Rossi",
              "email_confirmed": True}


class IssueTokenTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.state = cls.tmp.name
        result = manage("seed", "--state", cls.state)
        assert result.returncode == 0, result.stderr
        cls.app = create_app({"TESTING": True, "STATE_DIR": cls.state}, environ={})
        cls.client = cls.app.test_client()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def issue(self, *args):
        result = manage("issue-token", "--state", self.state, *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count("\n"), 1)  # one JSON line, nothing else
        return json.loads(result.stdout)

    def me(self, access_token):
        return self.client.get("/api/v1/me",
                               headers={"Authorization": f"Bearer {access_token}"})

    def test_answer_is_a_login_answer(self):
        answer = self.issue("--codice-fiscale", MARIO_CF)
        self.assertEqual(list(answer), ["access_token", "refresh_token", "expires_in",
                                        "token_type", "user"])
        self.assertEqual((answer["token_type"], answer["expires_in"], answer["user"]),
                         ("Bearer", 900, LOGIN_USER))
        self.assertGreaterEqual(len(answer["access_token"]), 43)
        self.assertNotEqual(answer["access_token"], answer["refresh_token"])
        listing = self.client.get("/api/v1/anagrafiche",
                                  headers={"Authorization": f"Bearer {answer['access_token']}"})
        self.assertEqual(listing.get_json()["total"], 25)
        me = self.me(answer["access_token"]).get_json()
        self.assertEqual((me["auth_method"], me["identity_locked"]), ("cns", True))
        # the refresh token rotates like any other
        refreshed = self.client.post("/api/v1/auth/token", data={
            "grant_type": "refresh_token", "refresh_token": answer["refresh_token"]})
        self.assertEqual(refreshed.status_code, 200)
        self.assertEqual(self.me(refreshed.get_json()["access_token"]).status_code, 200)

    def test_auth_methods_and_users(self):
        for method, locked in (("cns", True), ("spid", True), ("password", False)):
            with self.subTest(method=method):
                answer = self.issue("--codice-fiscale", MARIO_CF.lower(), "--auth-method", method)
                me = self.me(answer["access_token"]).get_json()
                self.assertEqual((me["auth_method"], me["identity_locked"]), (method, locked))
        luca = self.issue("--codice-fiscale", LUCA_CF)
        self.assertEqual(luca["user"]["codice_fiscale"], LUCA_CF)
        self.assertEqual(self.client.get("/api/v1/anagrafiche", headers={
            "Authorization": f"Bearer {luca['access_token']}"}).get_json()["total"], 3)

    def test_refusals(self):
        unknown = manage("issue-token", "--state", self.state, "--codice-fiscale",
                         "BNCLRA90A41F205I")
        self.assertEqual((unknown.returncode, unknown.stdout), (1, ""))
        self.assertIn("nessun utente", unknown.stderr)
        with tempfile.TemporaryDirectory() as empty:
            missing = manage("issue-token", "--state", empty, "--codice-fiscale", MARIO_CF)
            self.assertEqual((missing.returncode, missing.stdout), (1, ""))
            self.assertIn("seed", missing.stderr)
            self.assertEqual(os.listdir(empty), [])  # no database was created
        wrong_method = manage("issue-token", "--state", self.state, "--codice-fiscale",
                              MARIO_CF, "--auth-method", "magic")
        self.assertEqual(wrong_method.returncode, 2)
        no_cf = manage("issue-token", "--state", self.state)
        self.assertEqual(no_cf.returncode, 2)


if __name__ == "__main__":
    unittest.main()
