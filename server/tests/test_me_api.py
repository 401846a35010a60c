"""GET/PUT /api/v1/me (docs/anagrafiche-api.md): the full profile, If-Match (428/412),
identity fields read-only in SPID/CNS sessions and editable with a password session,
field validation, and a change of email confirmed through the mail read from the sink's
Maildir."""

import re
import unittest
from urllib.parse import urlsplit

from .api_support import LUCA_CF, MARIO_CF, ApiTestCase, MailSink

PROFILE_KEYS = [
    "codice_fiscale", "nome", "cognome", "data_nascita", "stato_nascita", "provincia_nascita",
    "comune_nascita", "cittadinanza", "email", "email_confirmed", "email_pending",
    "newsletter_eventi", "newsletter_servizi", "funzionario", "residenza_indirizzo",
    "residenza_comune", "residenza_cap", "residenza_provincia", "auth_method",
    "identity_locked", "version"]
LINK_RE = re.compile(r"https://portale\.test/anagrafica/attiva\?id=([A-Za-z0-9_-]+)")


class MeTestCase(ApiTestCase):
    def me(self, token="mario"):
        response = self.call("GET", "/api/v1/me", token)
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        self.assertEqual(response.headers["ETag"], f'"{response.get_json()["version"]}"')
        return response.get_json()

    def put_me(self, body, if_match="current", token="mario"):
        headers = {}
        if if_match == "current":
            if_match = f'"{self.me(token)["version"]}"'
        if if_match is not None:
            headers["If-Match"] = if_match
        return self.call("PUT", "/api/v1/me", token, headers=headers, json=body)

    def ok(self, response) -> dict:
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        body = response.get_json()
        self.assertSchema(body, "Me")
        self.assertEqual(response.headers["ETag"], f'"{body["version"]}"')
        return body


class GetMeTest(MeTestCase):
    def test_needs_a_token(self):
        self.assertProblem(self.call("GET", "/api/v1/me", None), 401, "unauthorized")
        self.assertProblem(self.call("PUT", "/api/v1/me", None, json={}), 401, "unauthorized")

    def test_full_profile(self):
        body = self.me()
        self.assertSchema(body, "Me")
        self.assertEqual(list(body), PROFILE_KEYS)
        self.assertEqual({key: body[key] for key in (
            "codice_fiscale", "nome", "cognome", "data_nascita", "cittadinanza", "email",
            "email_confirmed", "email_pending", "residenza_cap", "residenza_provincia",
            "newsletter_eventi", "funzionario", "auth_method", "identity_locked", "version")}, {
            "codice_fiscale": MARIO_CF, "nome": "Mario", "cognome": "Rossi",
            "data_nascita": "1985-12-10", "cittadinanza": "italiana",
            "email": "mario.rossi@example.it", "email_confirmed": True, "email_pending": None,
            "residenza_cap": "20123", "residenza_provincia": "MI", "newsletter_eventi": False,
            "funzionario": False, "auth_method": "cns", "identity_locked": True, "version": 1})
        self.assertEqual(self.me("luca")["codice_fiscale"], LUCA_CF)

    def test_identity_locked_follows_the_login_method(self):
        for method, locked in (("cns", True), ("spid", True), ("password", False)):
            body = self.me(self.token(self.mario, method))
            self.assertEqual((body["auth_method"], body["identity_locked"]), (method, locked))


class PutMeTest(MeTestCase):
    def test_if_match_rules(self):
        self.assertProblem(self.put_me({"funzionario": True}, if_match=None), 428,
                           "precondition_required")
        self.ok(self.put_me({"funzionario": True}, '"1"'))
        stale = self.put_me({"funzionario": False}, '"1"')
        body = self.assertProblem(stale, 412, "version_conflict")
        self.assertSchema(body, "ProfileConflict")
        self.assertEqual(stale.headers["ETag"], '"2"')
        self.assertEqual(body["current"], self.me())
        self.assertTrue(body["current"]["funzionario"])

    def test_flags_and_residence(self):
        body = self.ok(self.put_me({
            "newsletter_eventi": True, "newsletter_servizi": True, "funzionario": True,
            "residenza_indirizzo": " Via Dante 3 ", "residenza_comune": "Legnano",
            "residenza_cap": "20025", "residenza_provincia": "mi", "stato_nascita": "Italia",
            "comune_nascita": "Milano", "provincia_nascita": "mi"}))
        self.assertEqual((body["newsletter_eventi"], body["newsletter_servizi"],
                          body["funzionario"]), (True, True, True))
        self.assertEqual((body["residenza_indirizzo"], body["residenza_provincia"],
                          body["provincia_nascita"], body["version"]),
                         ("Via Dante 3", "MI", "MI", 2))
        # absent keys keep their value; null clears an optional text
        body = self.ok(self.put_me({"residenza_indirizzo": None, "cittadinanza": ""}))
        self.assertIsNone(body["residenza_indirizzo"])
        self.assertEqual((body["residenza_comune"], body["cittadinanza"]), ("Legnano", "italiana"))
        version = body["version"]
        # the profile as GET gives it changes nothing (read-only keys ignored)
        same = self.ok(self.put_me({**self.me(), "email_confirmed": False, "version": 99,
                                    "auth_method": "password", "identity_locked": False}))
        self.assertEqual(same["version"], version)
        self.assertEqual(same, self.me())

    def test_field_errors(self):
        errors = self.assertFieldErrors(self.put_me({
            "residenza_cap": "2012", "residenza_provincia": "XX", "provincia_nascita": "M1",
            "data_nascita": "2999-01-01", "funzionario": "sì", "newsletter_eventi": None,
            "stato_nascita": 5}), {
            "residenza_cap": "length", "residenza_provincia": "unknown_province",
            "provincia_nascita": "invalid_character", "data_nascita": "future_date",
            "funzionario": "invalid_format", "newsletter_eventi": "invalid_format",
            "stato_nascita": "invalid_format"})
        self.assertEqual(errors["provincia_nascita"]["position"], 2)
        self.assertFieldErrors(self.put_me({"data_nascita": "10/12/1985"}),
                               {"data_nascita": "invalid_format"})
        for body in ([], "x", None):
            self.assertFieldErrors(self.put_me(body), {"": "invalid_format"})
        self.assertEqual(self.me()["version"], 1)

    def test_birth_date_must_agree_with_the_identity(self):
        self.assertFieldErrors(self.put_me({"data_nascita": "1985-12-11"}),
                               {"data_nascita": "mismatch"})
        self.ok(self.put_me({"data_nascita": None}))
        self.assertEqual(self.ok(self.put_me({"data_nascita": "1985-12-10"}))["data_nascita"],
                         "1985-12-10")


class IdentityTest(MeTestCase):
    def test_identity_is_read_only_with_spid_and_cns(self):
        for method in ("cns", "spid"):
            token = self.token(self.mario, method)
            with self.subTest(method=method):
                errors = self.assertFieldErrors(self.put_me(
                    {"codice_fiscale": "BNCLRA90A41F205I", "nome": "Laura", "cognome": "Bianchi"},
                    token=token), {"codice_fiscale": "read_only", "nome": "read_only",
                                   "cognome": "read_only"})
                self.assertIn(method.upper(), errors["nome"]["detail"])
                self.assertFieldErrors(self.put_me({"nome": None}, token=token),
                                       {"nome": "read_only"})
                # the same values (even in lower case / with spaces) are not a change
                body = self.ok(self.put_me({"codice_fiscale": MARIO_CF.lower(), "nome": " Mario ",
                                            "cognome": "Rossi", "funzionario": method == "cns"},
                                           token=token))
                self.assertEqual((body["codice_fiscale"], body["nome"]), (MARIO_CF, "Mario"))
        self.assertEqual(self.rows("SELECT nome, cognome FROM users WHERE id = ?", self.mario),
                         [{"nome": "Mario", "cognome": "Rossi"}])

    def test_identity_is_editable_with_a_password_session(self):
        token = self.token(self.mario, "password")
        body = self.ok(self.put_me({"nome": "Maria"}, token=token))  # MRA as well
        self.assertEqual(body["nome"], "Maria")
        self.assertFieldErrors(self.put_me({"nome": "Anna"}, token=token),
                               {"codice_fiscale": "mismatch"})
        self.assertFieldErrors(self.put_me({"nome": "", "cognome": None}, token=token),
                               {"nome": "required", "cognome": "required"})
        errors = self.assertFieldErrors(self.put_me({"codice_fiscale": "RSSMRA85T10A562A"},
                                                    token=token),
                                        {"codice_fiscale": "check_character"})
        self.assertEqual(errors["codice_fiscale"]["expected"], "S")
        self.assertFieldErrors(self.put_me({"codice_fiscale": "00743110157"}, token=token),
                               {"codice_fiscale": "length"})
        self.assertFieldErrors(self.put_me({"data_nascita": "1985-12-11"}, token=token),
                               {"codice_fiscale": "mismatch"})
        body = self.ok(self.put_me({"codice_fiscale": "bnclra90a41f205i", "nome": "Laura",
                                    "cognome": "Bianchi", "data_nascita": "1990-01-01"},
                                   token=token))
        self.assertEqual((body["codice_fiscale"], body["nome"], body["cognome"]),
                         ("BNCLRA90A41F205I", "Laura", "Bianchi"))

    def test_codice_fiscale_of_another_user(self):
        token = self.token(self.mario, "password")
        luca = self.me("luca")
        response = self.put_me({"codice_fiscale": LUCA_CF, "nome": luca["nome"],
                                "cognome": luca["cognome"], "data_nascita": None}, token=token)
        self.assertProblem(response, 409, "codice_fiscale_in_use")
        self.assertEqual(self.me()["codice_fiscale"], MARIO_CF)


class EmailChangeTest(MeTestCase):
    @classmethod
    def setUpClass(cls):
        import tempfile

        cls.sink_dir = tempfile.TemporaryDirectory()
        cls.sink = MailSink(cls.sink_dir.name)
        cls.config = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": cls.sink.port}

    @classmethod
    def tearDownClass(cls):
        try:
            cls.sink.stop()
        finally:
            cls.sink_dir.cleanup()

    def open_link(self, body: str):
        link = urlsplit(LINK_RE.search(body).group(0))
        return self.client.get(f"{link.path}?{link.query}")

    def test_new_email_is_confirmed_by_the_link(self):
        with self.assertLogs("inlinea_portal.me", "INFO"):
            body = self.ok(self.put_me({"email": " mario.nuovo@example.it "}))
        self.assertEqual((body["email"], body["email_pending"], body["email_confirmed"],
                          body["version"]),
                         ("mario.rossi@example.it", "mario.nuovo@example.it", True, 2))
        message = self.sink.mail_to("mario.nuovo@example.it")
        self.assertIn("Conferma del nuovo indirizzo email", message["Subject"])
        text = message.get_content()
        self.assertIn("Mario Rossi (RSSMRA85T10A562S)", text)
        self.assertIn("mario.nuovo@example.it", text)
        self.assertEqual(self.sink.unread_to("mario.rossi@example.it"), 0)

        page = self.open_link(text)
        self.assertEqual(page.status_code, 200)
        self.assertIn("Email confermata", page.get_data(as_text=True))
        self.assertIn("mario.nuovo@example.it", page.get_data(as_text=True))
        after = self.me()
        self.assertEqual((after["email"], after["email_pending"], after["email_confirmed"],
                          after["version"]), ("mario.nuovo@example.it", None, True, 3))
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            self.assertEqual(self.open_link(text).status_code, 410)  # single use
        self.assertEqual(self.me()["version"], 3)

    def test_a_newer_change_replaces_the_pending_one(self):
        self.ok(self.put_me({"email": "primo@example.it"}))
        first = self.sink.mail_to("primo@example.it").get_content()
        # the pending address again: nothing changes, no second mail
        same = self.ok(self.put_me({"email": "primo@example.it"}))
        self.assertEqual(same["version"], 2)
        self.ok(self.put_me({"email": "secondo@example.it"}))
        second = self.sink.mail_to("secondo@example.it").get_content()
        self.assertEqual(self.me()["email_pending"], "secondo@example.it")
        self.assertEqual(self.sink.unread_to("primo@example.it"), 0)
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            self.assertEqual(self.open_link(first).status_code, 404)  # replaced
        self.assertEqual(self.open_link(second).status_code, 200)
        self.assertEqual(self.me()["email"], "secondo@example.it")

    def test_current_email_and_errors(self):
        self.assertEqual(self.ok(self.put_me({"email": "mario.rossi@example.it"}))["version"], 1)
        self.assertFieldErrors(self.put_me({"email": "mario@example"}),
                               {"email": "invalid_format"})
        self.assertFieldErrors(self.put_me({"email": None}), {"email": "required"})
        self.assertFieldErrors(self.put_me({"email": "x" * 400}), {"email": "invalid_format"})
        self.assertEqual(self.me()["email_pending"], None)

    def test_mail_failure_keeps_the_other_changes(self):
        self.app.config["SMTP_PORT"] = self.sink.port + 1 if self.sink.port < 65535 else 1
        with self.assertLogs("inlinea_portal.me", "ERROR"):
            response = self.put_me({"email": "nuovo@example.it", "newsletter_servizi": True})
        body = self.assertProblem(response, 503, "mail_unavailable")
        self.assertSchema(body, "ProfileConflict")
        self.assertEqual(response.headers["ETag"], f'"{body["current"]["version"]}"')
        current = self.me()
        self.assertEqual(body["current"], current)
        self.assertEqual((current["newsletter_servizi"], current["email_pending"],
                          current["email"]), (True, None, "mario.rossi@example.it"))
        self.assertEqual(self.rows("SELECT COUNT(*) AS n FROM email_activations"), [{"n": 0}])


if __name__ == "__main__":
    unittest.main()
