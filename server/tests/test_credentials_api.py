"""The portal's own credentials (issue 8): registration per type and profile, email
confirmation through the link read from the mail sink's Maildir, password login, the
security-question reset end to end, enumeration resistance, lockout per account and per
address (with an injected clock), flavours, /api/v1/info."""

import datetime as dt
import re
import tempfile
import unittest
from urllib.parse import urlsplit

from inlinea_portal import create_app
from inlinea_portal.api import registration as registration_api
from inlinea_portal.seed import DEMO_CREDENTIALS

from .api_support import MARIO_CF, ApiTestCase, MailSink

CONFIRM_RE = re.compile(
    r"https://portale\.test/api/v1/auth/register/confirm\?token=([A-Za-z0-9_-]+)")
TEMP_RE = re.compile(r"Password temporanea: (\S+)")
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)
DEMO_ID, DEMO_PASSWORD = DEMO_CREDENTIALS["user_id"], DEMO_CREDENTIALS["password"]

# A valid codice fiscale of a person the seed does not know: Giulia Verdi, born
# 1 January 1990 in Milano.
GIULIA_CF = "VRDGLI90A41F205X"


def registration(**overrides) -> dict:
    body = {"tipo": "turisti", "profilo": "base", "user_id": "giulia_verdi90",
            "password": "Giulia-Verdi-1990", "email": "giulia.verdi@example.it",
            "security_question": "q3", "security_answer": "Milano", "nome": "Giulia",
            "cognome": "Verdi", "accetto_autocertificazione": True}
    body.update(overrides)
    return {key: value for key, value in body.items() if value is not None}


class CredentialsTestCase(ApiTestCase):
    """A seeded portal, comune flavour, a mail sink and a clock the test moves."""

    flavour = {"FLAVOUR": "comune"}

    @classmethod
    def setUpClass(cls):
        cls.sink_dir = tempfile.TemporaryDirectory()
        cls.sink = MailSink(cls.sink_dir.name)
        cls.config = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": cls.sink.port, **cls.flavour}

    @classmethod
    def tearDownClass(cls):
        try:
            cls.sink.stop()
        finally:
            cls.sink_dir.cleanup()

    def setUp(self):
        super().setUp()
        self.now = START
        self.app.config["CLOCK"] = lambda: self.now

    def post(self, path: str, body: dict, address: str = "192.0.2.1", **kwargs):
        return self.client.post("/api/v1/auth" + path, json=body,
                                environ_base={"REMOTE_ADDR": address}, **kwargs)

    def login(self, user_id=DEMO_ID, password=DEMO_PASSWORD, **kwargs):
        return self.post("/password/login", {"user_id": user_id, "password": password},
                         **kwargs)

    def assertTokens(self, response) -> dict:
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        body = response.get_json()
        self.assertSchema(body, "LoginResponse")
        return body

    def register(self, **overrides):
        return self.post("/register", registration(**overrides))

    def confirm_link(self, address: str) -> str:
        message = self.sink.mail_to(address)
        self.assertIn("Conferma della registrazione", message["Subject"])
        return CONFIRM_RE.search(message.get_content()).group(0)


class RegistrationTest(CredentialsTestCase):
    def test_register_confirm_by_link_then_login(self):
        response = self.register()
        self.assertEqual(response.status_code, 202, response.get_data(as_text=True))
        self.assertEqual(response.get_json(), {"status": "confirmation_sent",
                                               "email": "g**********i@example.it"})
        # Not confirmed yet: the right password says so, a wrong one does not.
        self.assertProblem(self.login("giulia_verdi90", "Giulia-Verdi-1990"), 403,
                           "email_not_confirmed")
        self.assertProblem(self.login("giulia_verdi90", "Sbagliata-123"), 401,
                           "invalid_credentials")

        link = urlsplit(self.confirm_link("giulia.verdi@example.it"))
        page = self.client.get(f"{link.path}?{link.query}")
        self.assertEqual(page.status_code, 200)
        self.assertIn("Registrazione confermata", page.get_data(as_text=True))
        again = self.client.get(f"{link.path}?{link.query}")
        self.assertEqual(again.status_code, 404)  # single use

        body = self.assertTokens(self.login("GIULIA_verdi90", "Giulia-Verdi-1990"))
        self.assertEqual(body["user"], {"codice_fiscale": None, "nome": "Giulia",
                                        "cognome": "Verdi", "email_confirmed": True,
                                        "user_id": "giulia_verdi90"})
        me = self.call("GET", "/api/v1/me", body["access_token"]).get_json()
        self.assertEqual((me["auth_method"], me["identity_locked"], me["self_declared"],
                          me["email"]), ("password", False, True, "giulia.verdi@example.it"))
        self.assertSchema(me, "Me")
        self.assertEqual(me["user_id"], "giulia_verdi90")
        # A Profilo Base account without a codice fiscale edits its profile and may stay without one.
        edited = self.call("PUT", "/api/v1/me", body["access_token"],
                           headers={"If-Match": f'"{me["version"]}"'},
                           json={**{k: me[k] for k in ("nome", "cognome", "email")},
                                 "codice_fiscale": None, "residenza_comune": "Milano"})
        self.assertEqual(edited.status_code, 200, edited.get_data(as_text=True))
        self.assertEqual((edited.get_json()["codice_fiscale"], edited.get_json()["residenza_comune"]),
                         (None, "Milano"))
        (row,) = self.rows("SELECT * FROM credentials WHERE login_key = 'giulia_verdi90'")
        self.assertEqual((row["login"], row["registration_type"], row["registration_profile"],
                          row["security_question"], row["email_confirmed"]),
                         ("giulia_verdi90", "turisti", "base", "q3", 1))
        for column in ("password_hash", "security_answer_hash"):
            self.assertTrue(row[column].startswith("scrypt$16384$8$1$"))
        self.assertNotIn("Milano", row["security_answer_hash"])

    def test_confirm_with_json(self):
        self.assertEqual(self.register(user_id="Verdi-G1").status_code, 202)
        token = re.search(r"token=([A-Za-z0-9_-]+)",
                          self.confirm_link("giulia.verdi@example.it")).group(1)
        response = self.post("/register/confirm", {"token": token})
        self.assertEqual(response.get_json(), {"status": "confirmed", "user_id": "Verdi-G1"})
        self.assertProblem(self.post("/register/confirm", {"token": token}), 404,
                           "confirmation_invalid")
        self.assertTokens(self.login("verdi-g1", "Giulia-Verdi-1990"))

    def test_expired_confirmation(self):
        self.assertEqual(self.register().status_code, 202)
        token = re.search(r"token=([A-Za-z0-9_-]+)",
                          self.confirm_link("giulia.verdi@example.it")).group(1)
        self.now = START + dt.timedelta(hours=25)
        self.assertProblem(self.post("/register/confirm", {"token": token}), 410,
                           "confirmation_expired")
        page = self.client.get(f"/api/v1/auth/register/confirm?token={token}")
        self.assertEqual(page.status_code, 410)
        self.assertIn("scaduto", page.get_data(as_text=True))

        # As the expired link says, registering again works: the User ID is free again.
        self.assertEqual(self.register().status_code, 202)
        fresh = re.search(r"token=([A-Za-z0-9_-]+)",
                          self.confirm_link("giulia.verdi@example.it")).group(1)
        self.assertNotEqual(fresh, token)
        confirmed = self.post("/register/confirm", {"token": fresh})
        self.assertEqual(confirmed.status_code, 200, confirmed.get_data(as_text=True))
        self.assertEqual(len(self.rows("SELECT 1 FROM credentials WHERE login_key = ?",
                                       "giulia_verdi90")), 1)

    def test_every_type_and_profile(self):
        offered = {("cittadino", "base"), ("cittadino", "completo"),
                   ("aziende_professionisti_enti", "base"), ("turisti", "base")}
        for index, (tipo, profilo) in enumerate(
                [(t, p) for t in registration_api.REGISTRATION_TYPES for p in ("base", "completo")]):
            with self.subTest(tipo=tipo, profilo=profilo):
                completo = (tipo, profilo) == ("cittadino", "completo")
                extra = {"codice_fiscale": GIULIA_CF} if completo else {}
                response = self.register(tipo=tipo, profilo=profilo,
                                         user_id=f"utente_{index:02d}",
                                         email=f"u{index}@example.it", **extra)
                if (tipo, profilo) in offered:
                    self.assertEqual(response.status_code, 202, response.get_data(as_text=True))
                    self.sink.mail_to(f"u{index}@example.it")
                else:
                    self.assertFieldErrors(response, {"/profilo": "not_offered"})

    def test_cittadino_completo_needs_a_valid_codice_fiscale(self):
        self.assertFieldErrors(self.register(tipo="cittadino", profilo="completo"),
                               {"/codice_fiscale": "required"})
        errors = self.assertFieldErrors(
            self.register(tipo="cittadino", profilo="completo", codice_fiscale=GIULIA_CF,
                          nome="Anna"), {"/codice_fiscale": "mismatch"})
        self.assertTrue(errors["/codice_fiscale"]["detail"])
        self.assertFieldErrors(self.register(tipo="cittadino", profilo="completo",
                                             codice_fiscale=MARIO_CF, nome="Mario",
                                             cognome="Rossi"),
                               {"/codice_fiscale": "taken"})
        response = self.register(tipo="cittadino", profilo="completo",
                                 codice_fiscale=GIULIA_CF.lower())
        self.assertEqual(response.status_code, 202, response.get_data(as_text=True))
        self.sink.mail_to("giulia.verdi@example.it")
        self.assertEqual(self.rows("SELECT codice_fiscale FROM users WHERE username = ?",
                                   "giulia_verdi90"), [{"codice_fiscale": GIULIA_CF}])

    def test_user_id_rule_taken_and_password_policy(self):
        errors = self.assertFieldErrors(self.register(user_id="giulia.verdi"),
                                        {"/user_id": "dot"})
        self.assertEqual((errors["/user_id"]["char"], errors["/user_id"]["position"]), (".", 7))
        self.assertFieldErrors(self.register(user_id="MARIO_Rossi85"), {"/user_id": "taken"})
        self.assertFieldErrors(self.register(password="giulia_verdi90-X1"),
                               {"/password": "contains_user_id"})
        body = self.assertProblem(self.register(password="corta"), 422, "validation_failed")
        self.assertEqual([e["code"] for e in body["errors"]],
                         ["too_short", "no_uppercase", "no_digit", "no_symbol"])

    def test_required_fields_and_autocertificazione(self):
        self.assertFieldErrors(self.register(accetto_autocertificazione=False),
                               {"/accetto_autocertificazione": "required"})
        self.assertFieldErrors(self.register(accetto_autocertificazione=None),
                               {"/accetto_autocertificazione": "required"})
        self.assertFieldErrors(self.post("/register", {}), {
            "/tipo": "required", "/profilo": "required", "/user_id": "required",
            "/password": "required", "/nome": "required", "/cognome": "required",
            "/email": "required", "/security_question": "required",
            "/security_answer": "required", "/accetto_autocertificazione": "required"})
        self.assertFieldErrors(self.register(email="giulia@", security_question="q9",
                                             security_answer="   "),
                               {"/email": "invalid_format", "/security_question": "invalid_value",
                                "/security_answer": "required"})
        self.assertEqual(self.rows("SELECT COUNT(*) AS n FROM credentials"), [{"n": 1}])


class MailFailureTest(CredentialsTestCase):
    def setUp(self):
        super().setUp()
        from .support import free_port

        self.app.config["SMTP_PORT"] = free_port()  # nobody listens there

    def test_registration_is_undone_when_the_mail_cannot_be_sent(self):
        with self.assertLogs("inlinea_portal.credentials", "ERROR"):
            self.assertProblem(self.register(), 503, "mail_unavailable")
        self.assertEqual(self.rows("SELECT COUNT(*) AS n FROM users WHERE username = ?",
                                   "giulia_verdi90"), [{"n": 0}])

    def test_temporary_password_is_forgotten_when_the_mail_cannot_be_sent(self):
        with self.assertLogs("inlinea_portal.credentials", "ERROR"):
            self.assertProblem(self.post("/password/forgot/answer", {
                "user_id": DEMO_ID, "answer": "Fido"}), 503, "mail_unavailable")
        self.assertEqual(self.rows("SELECT temp_password_hash FROM credentials"),
                         [{"temp_password_hash": None}])


class PasswordLoginTest(CredentialsTestCase):
    def test_seeded_user_logs_in(self):
        body = self.assertTokens(self.login())
        self.assertEqual(body["user"]["codice_fiscale"], MARIO_CF)
        session = self.rows("SELECT auth_method FROM auth_sessions ORDER BY id DESC LIMIT 1")
        self.assertEqual(session, [{"auth_method": "password"}])
        refreshed = self.post("/token", {"grant_type": "refresh_token",
                                         "refresh_token": body["refresh_token"]})
        self.assertEqual(refreshed.status_code, 200)

    def test_wrong_password_and_unknown_user_look_the_same(self):
        wrong = self.assertProblem(self.login(password="Sbagliata-2026"), 401,
                                   "invalid_credentials")
        unknown = self.assertProblem(self.login(user_id="nessuno_qui"), 401,
                                     "invalid_credentials")
        for body in (wrong, unknown):
            body.pop("instance")
        self.assertEqual(wrong, unknown)

    def test_missing_fields(self):
        self.assertFieldErrors(self.post("/password/login", {}),
                               {"/user_id": "required", "/password": "required"})

    def test_change_with_a_session(self):
        token = self.assertTokens(self.login())["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        self.assertFieldErrors(self.post("/password/change", {
            "current_password": "Sbagliata-1", "new_password": "Nuova-Password-1"},
            headers=auth), {"/current_password": "wrong_password"})
        self.assertFieldErrors(self.post("/password/change", {
            "current_password": DEMO_PASSWORD, "new_password": DEMO_PASSWORD}, headers=auth),
            {"/new_password": "same_as_current"})
        self.assertFieldErrors(self.post("/password/change", {
            "current_password": DEMO_PASSWORD, "new_password": "nuova"}, headers=auth),
            {"/new_password": "too_short"})
        response = self.post("/password/change", {"current_password": DEMO_PASSWORD,
                                                  "new_password": "Nuova-Password-1"},
                             headers=auth)
        self.assertEqual(response.status_code, 204, response.get_data(as_text=True))
        self.assertProblem(self.login(), 401, "invalid_credentials")
        self.assertTokens(self.login(password="Nuova-Password-1"))

    def test_change_needs_a_token_or_a_session(self):
        self.assertProblem(self.post("/password/change", {"new_password": "Nuova-Password-1"}),
                           401, "unauthorized")
        self.assertProblem(self.post("/password/change", {"change_token": "x" * 43,
                                                          "new_password": "Nuova-Password-1"}),
                           401, "invalid_change_token")
        luca = {"Authorization": f"Bearer {self.luca_token}"}  # CNS only: no password
        self.assertProblem(self.post("/password/change", {
            "current_password": "x", "new_password": "Nuova-Password-1"}, headers=luca),
            409, "no_credentials")


class ForgotPasswordTest(CredentialsTestCase):
    def test_reset_end_to_end(self):
        question = self.post("/password/forgot", {"user_id": "Mario_Rossi85"})
        self.assertEqual(question.get_json(), {"question": {
            "id": "q1", "text": "Il nome del tuo primo animale domestico?"}})
        answer = self.post("/password/forgot/answer", {"user_id": DEMO_ID,
                                                       "answer": "  fido "})
        self.assertEqual((answer.status_code, answer.get_json()),
                         (202, {"status": "sent_if_correct"}))
        message = self.sink.mail_to("mario.rossi@example.it")
        self.assertIn("Password temporanea", message["Subject"])
        temporary = TEMP_RE.search(message.get_content()).group(1)
        (row,) = self.rows("SELECT temp_password_hash FROM credentials WHERE login_key = ?",
                           DEMO_ID)
        self.assertNotIn(temporary, row["temp_password_hash"])

        required = self.login(password=temporary)
        self.assertEqual(required.status_code, 200)
        body = required.get_json()
        self.assertSchema(body, "PasswordChangeRequired")
        self.assertEqual((body["password_change_required"], body["expires_in"]), (True, 600))
        self.assertNotIn("access_token", body)

        change = {"change_token": body["change_token"]}
        self.assertFieldErrors(self.post("/password/change", {**change,
                                                              "new_password": temporary}),
                               {"/new_password": "same_as_current"})
        self.assertFieldErrors(self.post("/password/change", {
            **change, "new_password": "X-mario_rossi85-1"}), {"/new_password": "contains_user_id"})
        tokens = self.assertTokens(self.post("/password/change", {
            **change, "new_password": "Nuova-Password-2026"}))
        self.assertEqual(self.call("GET", "/api/v1/me", tokens["access_token"]).status_code, 200)
        # The change token is spent, the temporary and the old password are gone.
        self.assertProblem(self.post("/password/change", {**change,
                                                          "new_password": "Altra-Password-1"}),
                           401, "invalid_change_token")
        self.assertProblem(self.login(password=temporary), 401, "invalid_credentials")
        self.assertProblem(self.login(), 401, "invalid_credentials")
        self.assertTokens(self.login(password="Nuova-Password-2026"))

    def test_old_password_works_until_changed_and_temporary_expires(self):
        self.post("/password/forgot/answer", {"user_id": DEMO_ID, "answer": "Fido"})
        temporary = TEMP_RE.search(self.sink.mail_to("mario.rossi@example.it").get_content()
                                   ).group(1)
        self.assertTokens(self.login())
        self.now = START + dt.timedelta(hours=24, seconds=1)
        self.assertProblem(self.login(password=temporary), 401, "invalid_credentials")

    def test_change_token_expires(self):
        self.post("/password/forgot/answer", {"user_id": DEMO_ID, "answer": "Fido"})
        temporary = TEMP_RE.search(self.sink.mail_to("mario.rossi@example.it").get_content()
                                   ).group(1)
        change_token = self.login(password=temporary).get_json()["change_token"]
        self.now = START + dt.timedelta(minutes=11)
        self.assertProblem(self.post("/password/change", {
            "change_token": change_token, "new_password": "Nuova-Password-2026"}),
            401, "invalid_change_token")

    def test_unknown_user_id_is_indistinguishable(self):
        first = self.post("/password/forgot", {"user_id": "nessuno_qui"}).get_json()
        self.assertEqual(set(first), {"question"})
        self.assertIn(first["question"]["id"], ["q1", "q2", "q3", "q4", "q5"])
        self.assertEqual(self.post("/password/forgot", {"user_id": "NESSUNO_qui"}).get_json(),
                         first)
        seen = {self.post("/password/forgot", {"user_id": f"utente_{i:03d}"}
                          ).get_json()["question"]["id"] for i in range(30)}
        self.assertGreater(len(seen), 1)
        for user_id, answer in (("nessuno_qui", "Fido"), (DEMO_ID, "Gatto")):
            response = self.post("/password/forgot/answer", {"user_id": user_id,
                                                             "answer": answer})
            self.assertEqual((response.status_code, response.get_json()),
                             (202, {"status": "sent_if_correct"}))
        self.assertEqual(self.sink.unread_to("mario.rossi@example.it"), 0)


class LockoutTest(CredentialsTestCase):
    def setUp(self):
        super().setUp()
        # Every test here fails logins; the lock is logged as a warning.
        self.enterContext(self.assertLogs("inlinea_portal.credentials", "INFO"))

    def assertLocked(self, response, seconds: int) -> dict:
        body = self.assertProblem(response, 429, "locked")
        self.assertEqual(response.headers["Retry-After"], str(seconds))
        self.assertEqual(body["retry_after"], seconds)
        return body

    def test_account_locks_after_five_failures_and_recovers(self):
        for _ in range(5):
            self.assertProblem(self.login(password="Sbagliata-1"), 401, "invalid_credentials")
        body = self.assertLocked(self.login(), 900)
        self.assertEqual(body["locked_until"], "2026-03-02T09:15:00Z")
        # Locked per account: another address too, and the reset as well.
        self.assertLocked(self.login(address="198.51.100.7"), 900)
        self.assertLocked(self.post("/password/forgot", {"user_id": DEMO_ID}), 900)
        self.assertLocked(self.post("/password/forgot/answer", {"user_id": DEMO_ID,
                                                                "answer": "Fido"}), 900)
        self.now = START + dt.timedelta(minutes=10)
        self.assertLocked(self.login(), 300)
        self.now = START + dt.timedelta(minutes=15)
        self.assertTokens(self.login())

    def test_failures_outside_the_window_do_not_count(self):
        for minute in range(4):
            self.now = START + dt.timedelta(minutes=minute)
            self.login(password="Sbagliata-1")
        self.now = START + dt.timedelta(minutes=19)  # the first failures are old now
        for _ in range(3):
            self.assertProblem(self.login(password="Sbagliata-1"), 401, "invalid_credentials")
        self.assertTokens(self.login())

    def test_success_resets_the_count(self):
        for _ in range(4):
            self.login(password="Sbagliata-1")
        self.assertTokens(self.login())
        for _ in range(4):
            self.login(password="Sbagliata-1")
        self.assertTokens(self.login())

    def test_wrong_answers_count(self):
        for _ in range(5):
            self.post("/password/forgot/answer", {"user_id": DEMO_ID, "answer": "Gatto"})
        self.assertLocked(self.login(), 900)

    def test_unknown_user_id_locks_the_same_way(self):
        for _ in range(5):
            self.assertProblem(self.login(user_id="nessuno_qui"), 401, "invalid_credentials")
        self.assertLocked(self.login(user_id="nessuno_qui"), 900)

    def test_address_locks_after_twenty_failures(self):
        for index in range(20):
            self.assertProblem(self.login(user_id=f"utente_{index:03d}", address="203.0.113.5"),
                               401, "invalid_credentials")
        self.assertLocked(self.login(address="203.0.113.5"), 900)
        self.assertTokens(self.login(address="203.0.113.6"))  # another address
        self.now = START + dt.timedelta(minutes=15)
        self.assertTokens(self.login(address="203.0.113.5"))


class InlineaFlavourTest(CredentialsTestCase):
    flavour = {"FLAVOUR": "inlinea"}

    def test_no_registration_no_passwords(self):
        self.assertProblem(self.register(), 403, "registration_disabled")
        self.assertProblem(self.login(), 403, "password_login_disabled")
        self.assertProblem(self.post("/password/forgot", {"user_id": DEMO_ID}), 403,
                           "password_login_disabled")
        self.assertNotIn("credentials", self.client.get("/api/v1/info").get_json())

    def test_legacy_credentials_allow_login_and_reset_only(self):
        self.app.config["LEGACY_CREDENTIALS"] = True
        self.assertProblem(self.register(), 403, "registration_disabled")
        self.assertTokens(self.login())
        self.assertEqual(self.post("/password/forgot", {"user_id": DEMO_ID}).status_code, 200)


class InfoCredentialsTest(unittest.TestCase):
    def info(self, **config):
        app = create_app({"TESTING": True, **config}, environ={})
        return app.test_client().get("/api/v1/info").get_json()

    def test_per_flavour(self):
        comune = self.info(FLAVOUR="comune")
        self.assertEqual(comune["credentials"], {
            "login": True, "registration": True, "password_reset": True,
            "user_id_rule": {"min_length": 8, "max_length": 64, "allowed_special": "_-"},
            "password_policy": {"min_length": 10, "max_length": 128,
                                "require": ["lowercase", "uppercase", "digit", "symbol"]},
            "security_questions": [
                {"id": "q1", "text": "Il nome del tuo primo animale domestico?"},
                {"id": "q2", "text": "Il cognome da nubile di tua madre?"},
                {"id": "q3", "text": "La città in cui sei nato?"},
                {"id": "q4", "text": "Il nome della tua scuola elementare?"},
                {"id": "q5", "text": "Il modello della tua prima automobile?"}]})
        self.assertTrue(comune["registration"]["enabled"])  # kept as it was
        self.assertNotIn("credentials", self.info())
        legacy = self.info(LEGACY_CREDENTIALS=True)["credentials"]
        self.assertEqual((legacy["login"], legacy["registration"], legacy["password_reset"]),
                         (True, False, True))


if __name__ == "__main__":
    unittest.main()
