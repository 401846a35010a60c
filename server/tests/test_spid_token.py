"""POST /api/v1/auth/token grant_type=authorization_code: PKCE S256, single use, expiry."""

import unittest

import jsonschema

from .spid_support import MARIO_CF, SpidWorld, done_params, pkce_pair
from .test_openapi import load_spec


class SpidCodeExchangeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.world = SpidWorld()
        cls.world.add_user()
        cls.spec = load_spec()

    @classmethod
    def tearDownClass(cls):
        cls.world.close()

    def login(self):
        verifier, challenge = pkce_pair()
        response = self.world.full_login(challenge=challenge)
        self.assertEqual(response.status_code, 302)
        return done_params(response)["code"], verifier

    def exchange(self, code, verifier, as_json=False):
        body = {"grant_type": "authorization_code", "code": code, "code_verifier": verifier}
        if as_json:
            return self.world.sp.post("/api/v1/auth/token", json=body)
        return self.world.sp.post("/api/v1/auth/token", data=body)

    def assertInvalidGrant(self, response):
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.mimetype, "application/problem+json")
        self.assertEqual(response.get_json()["code"], "invalid_grant")

    def test_right_verifier_gives_tokens_like_cns(self):
        code, verifier = self.login()
        response = self.exchange(code, verifier)
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        body = response.get_json()
        schema = {"$ref": "#/components/schemas/LoginResponse",
                  "components": self.spec["components"]}
        jsonschema.Draft202012Validator(schema).validate(body)
        self.assertEqual(body["user"], {"codice_fiscale": MARIO_CF, "nome": "Mario",
                                        "cognome": "Rossi", "email_confirmed": True})
        me = self.world.sp.get("/api/v1/me",
                               headers={"Authorization": f"Bearer {body['access_token']}"})
        self.assertEqual(me.get_json()["auth_method"], "spid")
        refreshed = self.world.sp.post("/api/v1/auth/token", data={
            "grant_type": "refresh_token", "refresh_token": body["refresh_token"]})
        self.assertEqual(refreshed.status_code, 200)

    def test_wrong_verifier_is_invalid_grant_and_spends_the_code(self):
        code, verifier = self.login()
        with self.assertLogs("inlinea_portal.auth", "WARNING"):
            self.assertInvalidGrant(self.exchange(code, pkce_pair()[0]))
        with self.assertLogs("inlinea_portal.auth", "WARNING"):
            self.assertInvalidGrant(self.exchange(code, verifier))

    def test_reuse_is_refused_and_revokes_the_session(self):
        code, verifier = self.login()
        first = self.exchange(code, verifier, as_json=True)
        self.assertEqual(first.status_code, 200)
        with self.assertLogs("inlinea_portal.auth", "WARNING"):
            self.assertInvalidGrant(self.exchange(code, verifier))
        me = self.world.sp.get("/api/v1/me", headers={
            "Authorization": f"Bearer {first.get_json()['access_token']}"})
        self.assertEqual(me.status_code, 401)

    def test_expired_and_unknown_codes(self):
        code, verifier = self.login()
        conn = self.world.db()
        conn.execute("UPDATE auth_codes SET expires_at = '2000-01-01T00:00:00Z'")
        conn.close()
        self.assertInvalidGrant(self.exchange(code, verifier))
        self.assertInvalidGrant(self.exchange("non-esiste", verifier))

    def test_missing_or_malformed_parameters(self):
        for body in ({"grant_type": "authorization_code", "code_verifier": "v" * 43},
                     {"grant_type": "authorization_code", "code": "c"},
                     {"grant_type": "authorization_code", "code": "c", "code_verifier": "corto"}):
            response = self.world.sp.post("/api/v1/auth/token", data=body)
            self.assertEqual(response.status_code, 400)
            self.assertEqual(response.get_json()["code"], "invalid_request")


if __name__ == "__main__":
    unittest.main()
