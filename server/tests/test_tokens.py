"""Tokens shared by every login: issue, refresh with rotation, reuse detection, expiry,
logout, GET /api/v1/me and its 401 answers (Flask test client, temporary database)."""

import datetime as dt
import hashlib
import os
import tempfile
import unittest

from inlinea_portal import create_app, tokens
from inlinea_portal.db import connect
from inlinea_portal.migrations import migrate
from inlinea_portal.users import find_or_create_by_cf

PROBLEM = "application/problem+json"
MARIO = "RSSMRA85T10A562S"
ANNA = "BNCNNA90A41F205W"


class TokenTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        migrate(os.path.join(self.tmp.name, "portal.sqlite3"))
        self.app = create_app({"TESTING": True, "STATE_DIR": self.tmp.name}, environ={})
        self.client = self.app.test_client()
        self.conn = connect(self.app.config["DATABASE"])
        self.addCleanup(self.conn.close)
        self.mario = self.conn.execute(
            "INSERT INTO users (codice_fiscale, nome, cognome, email, email_confirmed) VALUES "
            "(?, 'Mario', 'Rossi', 'mario.rossi@example.it', 1)", (MARIO,)).lastrowid

    def login(self, user_id=None, method="cns", **kwargs):
        return tokens.start_session(self.conn, user_id or self.mario, method, **kwargs)

    def me(self, access_token):
        return self.client.get("/api/v1/me", headers={"Authorization": f"Bearer {access_token}"})

    def refresh(self, refresh_token, as_json=False):
        body = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        if as_json:
            return self.client.post("/api/v1/auth/token", json=body)
        return self.client.post("/api/v1/auth/token", data=body)

    def assertProblem(self, response, status, code):
        self.assertEqual(response.status_code, status, response.get_data(as_text=True))
        self.assertEqual(response.mimetype, PROBLEM)
        body = response.get_json(force=True)
        self.assertEqual((body["status"], body["code"]), (status, code))
        self.assertEqual(body["type"], "urn:inlinea:problem:" + code)
        self.assertTrue(body["title"] and body["detail"])
        return body


class IssueTest(TokenTestCase):
    def test_session_tokens_are_opaque_and_stored_hashed(self):
        pair = self.login(cns_card_id="6001000000000014", cns_cert_serial="abc123")
        self.assertEqual(pair.expires_in, 900)
        self.assertGreaterEqual(len(pair.access_token), 43)
        self.assertNotEqual(pair.access_token, pair.refresh_token)
        rows = self.conn.execute("SELECT kind, token_hash, created_at, expires_at "
                                 "FROM auth_tokens ORDER BY id").fetchall()
        self.assertEqual([r["kind"] for r in rows], ["access", "refresh"])
        for row, token in zip(rows, (pair.access_token, pair.refresh_token)):
            self.assertEqual(row["token_hash"], hashlib.sha256(token.encode()).hexdigest())
        raw = b""
        for name in ("", "-wal"):
            path = self.app.config["DATABASE"] + name
            if os.path.exists(path):
                with open(path, "rb") as handle:
                    raw += handle.read()
        self.assertNotIn(pair.access_token.encode(), raw)
        self.assertNotIn(pair.refresh_token.encode(), raw)
        parse = lambda text: dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
        self.assertEqual(parse(rows[0]["expires_at"]) - parse(rows[0]["created_at"]),
                         dt.timedelta(minutes=15))
        self.assertEqual(parse(rows[1]["expires_at"]) - parse(rows[1]["created_at"]),
                         dt.timedelta(days=30))
        session = self.conn.execute("SELECT * FROM auth_sessions").fetchone()
        self.assertEqual((session["auth_method"], session["cns_card_id"],
                          session["cns_cert_serial"]), ("cns", "6001000000000014", "abc123"))

    def test_unknown_method_is_refused(self):
        with self.assertRaises(ValueError):
            self.login(method="magic")

    def test_me_returns_the_basic_profile(self):
        response = self.me(self.login(method="spid").access_token)
        self.assertEqual(response.status_code, 200)
        body = response.get_json()
        basic = {key: body[key] for key in ("codice_fiscale", "nome", "cognome", "email",
                                            "email_confirmed", "auth_method")}
        self.assertEqual(basic, {
            "codice_fiscale": MARIO, "nome": "Mario", "cognome": "Rossi",
            "email": "mario.rossi@example.it", "email_confirmed": True, "auth_method": "spid"})
        self.assertIs(body["identity_locked"], True)  # the full profile: see test_me_api
        self.assertEqual(response.headers["Cache-Control"], "no-store")
        self.assertTrue(response.headers["ETag"])

    def test_find_or_create_by_codice_fiscale(self):
        self.assertEqual(find_or_create_by_cf(self.conn, MARIO, "Altro", "Nome"),
                         (self.mario, False))
        row = self.conn.execute("SELECT nome, cognome FROM users WHERE id = ?",
                                (self.mario,)).fetchone()
        self.assertEqual(tuple(row), ("Mario", "Rossi"))  # existing names are kept
        anna, created = find_or_create_by_cf(self.conn, ANNA.lower())
        self.assertTrue(created)
        row = self.conn.execute("SELECT codice_fiscale, nome, cognome FROM users WHERE id = ?",
                                (anna,)).fetchone()
        self.assertEqual(tuple(row), (ANNA, "", ""))
        self.assertEqual(find_or_create_by_cf(self.conn, ANNA, "Anna", "Bianchi"), (anna, False))
        row = self.conn.execute("SELECT nome, cognome FROM users WHERE id = ?", (anna,)).fetchone()
        self.assertEqual(tuple(row), ("Anna", "Bianchi"))  # empty names are filled in


class UnauthorizedTest(TokenTestCase):
    def check_401(self, response, invalid_token):
        body = self.assertProblem(response, 401, "unauthorized")
        challenge = response.headers["WWW-Authenticate"]
        self.assertTrue(challenge.startswith("Bearer"), challenge)
        self.assertEqual('error="invalid_token"' in challenge, invalid_token)
        return body

    def test_without_token(self):
        self.check_401(self.client.get("/api/v1/me"), invalid_token=False)

    def test_with_bad_or_malformed_token(self):
        self.check_401(self.me("non-un-token"), invalid_token=True)
        self.check_401(self.client.get("/api/v1/me", headers={"Authorization": "Basic eDp5"}),
                       invalid_token=True)
        self.check_401(self.client.get("/api/v1/me", headers={"Authorization": "Bearer "}),
                       invalid_token=True)

    def test_refresh_token_is_not_an_access_token(self):
        self.check_401(self.me(self.login().refresh_token), invalid_token=True)

    def test_expired_access_token(self):
        pair = self.login()
        later = tokens.utc_now() + dt.timedelta(minutes=15, seconds=1)
        self.assertIsNotNone(tokens.authenticate(self.conn, pair.access_token))
        self.assertIsNone(tokens.authenticate(self.conn, pair.access_token, now=later))
        self.conn.execute("UPDATE auth_tokens SET expires_at = '2000-01-01T00:00:00Z' "
                          "WHERE kind = 'access'")
        self.check_401(self.me(pair.access_token), invalid_token=True)


class RefreshTest(TokenTestCase):
    def test_refresh_rotates_form_and_json(self):
        first = self.login()
        for as_json in (False, True):
            response = self.refresh(first.refresh_token, as_json=as_json)
            self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
            body = response.get_json()
            self.assertEqual(set(body), {"access_token", "token_type", "expires_in",
                                         "refresh_token"})
            self.assertEqual((body["token_type"], body["expires_in"]), ("Bearer", 900))
            self.assertNotEqual(body["refresh_token"], first.refresh_token)
            self.assertEqual(response.headers["Cache-Control"], "no-store")
            self.assertEqual(self.me(body["access_token"]).get_json()["auth_method"], "cns")
            first = tokens.TokenPair(body["access_token"], body["refresh_token"], 900, 0, 0)
        old = self.conn.execute("SELECT COUNT(*) FROM auth_tokens WHERE kind = 'refresh' "
                                "AND revoked_at IS NOT NULL AND replaced_by IS NOT NULL")
        self.assertEqual(old.fetchone()[0], 2)

    def test_reuse_of_a_rotated_refresh_token_revokes_the_family(self):
        first = self.login()
        other = self.login()  # another login of the same user stays alive
        second = self.refresh(first.refresh_token).get_json()
        with self.assertLogs("inlinea_portal.auth", level="INFO") as logs:
            self.assertProblem(self.refresh(first.refresh_token), 400, "invalid_grant")
        self.assertIn("reused", "\n".join(logs.output))
        self.assertProblem(self.refresh(second["refresh_token"]), 400, "invalid_grant")
        self.assertEqual(self.me(second["access_token"]).status_code, 401)
        self.assertEqual(self.me(first.access_token).status_code, 401)
        self.assertEqual(self.me(other.access_token).status_code, 200)
        reason = self.conn.execute("SELECT revoked_reason FROM auth_sessions WHERE id = ?",
                                   (first.session_id,)).fetchone()[0]
        self.assertEqual(reason, "refresh_reuse")

    def test_expired_refresh_token(self):
        pair = self.login()
        later = tokens.utc_now() + dt.timedelta(days=30, seconds=1)
        with self.assertRaises(tokens.InvalidGrant) as caught:
            tokens.refresh(self.conn, pair.refresh_token, now=later)
        self.assertEqual(caught.exception.reason, "expired")
        self.conn.execute("UPDATE auth_tokens SET expires_at = '2000-01-01T00:00:00Z' "
                          "WHERE kind = 'refresh'")
        body = self.assertProblem(self.refresh(pair.refresh_token), 400, "invalid_grant")
        self.assertIn("accedere di nuovo", body["detail"])

    def test_bad_requests(self):
        self.assertProblem(self.refresh("sconosciuto"), 400, "invalid_grant")
        post = self.client.post
        self.assertProblem(post("/api/v1/auth/token", data={}), 400, "invalid_request")
        self.assertProblem(post("/api/v1/auth/token", data={"grant_type": "refresh_token"}),
                           400, "invalid_request")
        self.assertProblem(post("/api/v1/auth/token", json=["grant_type"]), 400,
                           "invalid_request")
        self.assertProblem(post("/api/v1/auth/token",
                                json={"grant_type": "refresh_token", "refresh_token": 5}),
                           400, "invalid_request")
        self.assertProblem(post("/api/v1/auth/token", data={"grant_type": "password"}),
                           400, "unsupported_grant_type")
        self.assertProblem(self.client.get("/api/v1/auth/token"), 405, "method_not_allowed")

    def test_logs_never_contain_tokens(self):
        pair = self.login()
        with self.assertLogs("inlinea_portal.auth", level="INFO") as logs:
            new = self.refresh(pair.refresh_token).get_json()
            self.refresh(pair.refresh_token)
            self.client.post("/api/v1/auth/logout",
                             headers={"Authorization": f"Bearer {new['access_token']}"})
        text = "\n".join(logs.output)
        for secret in (pair.access_token, pair.refresh_token, new["access_token"],
                       new["refresh_token"]):
            self.assertNotIn(secret, text)


class LogoutTest(TokenTestCase):
    def logout(self, access_token, **body):
        return self.client.post("/api/v1/auth/logout", data=body or None,
                                headers={"Authorization": f"Bearer {access_token}"})

    def test_logout_revokes_the_session(self):
        pair = self.login()
        response = self.logout(pair.access_token)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.get_data(), b"")
        self.assertEqual(self.me(pair.access_token).status_code, 401)
        self.assertProblem(self.refresh(pair.refresh_token), 400, "invalid_grant")
        self.assertProblem(self.logout(pair.access_token), 401, "unauthorized")

    def test_logout_with_a_refresh_token_of_the_same_user(self):
        current, mine = self.login(), self.login(method="spid")
        anna = find_or_create_by_cf(self.conn, ANNA, "Anna", "Bianchi")[0]
        theirs = self.login(anna)
        self.assertEqual(self.logout(current.access_token,
                                     refresh_token=mine.refresh_token).status_code, 204)
        self.assertEqual(self.me(mine.access_token).status_code, 401)
        self.assertEqual(self.logout(self.login().access_token,
                                     refresh_token=theirs.refresh_token).status_code, 204)
        self.assertEqual(self.me(theirs.access_token).status_code, 200)  # not the caller's

    def test_logout_needs_a_token(self):
        self.assertProblem(self.client.post("/api/v1/auth/logout"), 401, "unauthorized")


if __name__ == "__main__":
    unittest.main()
