"""First access with SPID (seed 004): "Conferma mail utente", the activation mail read
back from the Maildir of the mail sink, "Verifica Email", the single-use link that
completes the login, and "Indietro"."""

import datetime as dt
import mailbox
import os
import re
import time
import unittest
from email import policy
from email.parser import BytesParser
from urllib.parse import urlsplit

from inlinea_portal.spid import activation
from inlinea_portal.tokens import utc_now

from .spid_support import ANNA_CF, SP_URL, SpidWorld, done_params, forms, pkce_pair
from .support import Background, free_port

LINK_RE = re.compile(re.escape(SP_URL) + r"/anagrafica/attiva\?id=([A-Za-z0-9_-]+)")


class SpidFirstAccessTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        port = free_port()
        cls.world = SpidWorld({"SMTP_HOST": "127.0.0.1", "SMTP_PORT": port})
        cls.maildir = os.path.join(cls.world.state, "Maildir")
        cls.sink = Background(["mailsink", "--maildir", cls.maildir, "--port", str(port)],
                              os.path.join(cls.world.state, "mailsink.log"))
        cls.sink.wait_for_port(port)

    @classmethod
    def tearDownClass(cls):
        try:
            cls.sink.stop()
        finally:
            cls.world.close()

    def mail_to(self, address, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            box = mailbox.Maildir(self.maildir, create=False)
            for key in box.keys():
                path = os.path.join(self.maildir, "new", key)
                if not os.path.exists(path):
                    continue
                with open(path, "rb") as handle:
                    message = BytesParser(policy=policy.default).parse(handle)
                if message["To"] == address:
                    os.rename(path, os.path.join(self.maildir, "cur", key))  # read once
                    return message
            time.sleep(0.05)
        self.fail(f"nessuna email per {address}")

    def first_access(self, state="st-anna"):
        """ACS for Anna (unknown to the portal) -> the "Conferma mail utente" page."""
        verifier, challenge = pkce_pair()
        response = self.world.full_login("anna.bianchi", state=state, challenge=challenge)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response.headers["Location"].startswith("/auth/spid/email?t="))
        page = self.world.sp.get(response.headers["Location"])
        self.assertEqual(page.status_code, 200)
        return page, verifier

    def submit(self, page, email, action="procedi"):
        fields = forms(page.get_data(as_text=True))["conferma-mail"]["fields"]
        return self.world.sp.post("/auth/spid/email", data={"t": fields["t"], "email": email,
                                                            "action": action})

    def test_confirmation_mail_activates_and_completes_the_login(self):
        page, verifier = self.first_access()
        html = page.get_data(as_text=True)
        self.assertIn("Conferma mail utente", html)
        self.assertIn("Attenzione, mail non confermata.", html)
        for field, value in (("codice_fiscale", ANNA_CF), ("nome", "Anna"), ("cognome", "Bianchi")):
            self.assertRegex(html, rf'id="{field}" name="{field}" value="{value}" readonly')
        self.assertIn('id="indietro"', html)
        self.assertIn('id="procedi"', html)

        missing = self.submit(page, "")
        self.assertEqual(missing.status_code, 422)
        self.assertIn("obbligatorio", missing.get_data(as_text=True))
        verify = self.submit(page, "anna.bianchi@example.it")
        self.assertEqual(verify.status_code, 200)
        self.assertIn("Verifica Email", verify.get_data(as_text=True))

        message = self.mail_to("anna.bianchi@example.it")
        self.assertIn("Conferma email per l'accesso", message["Subject"])
        body = message.get_content()
        self.assertIn("Anna Bianchi (BNCNNA90A41F205W)", body)
        self.assertIn("Non rispondere a questo messaggio", body)
        link = urlsplit(LINK_RE.search(body).group(0))

        activated = self.world.sp.get(f"{link.path}?{link.query}")
        self.assertEqual(activated.status_code, 302)
        params = done_params(activated)
        self.assertEqual(params["state"], "st-anna")
        tokens = self.world.sp.post("/api/v1/auth/token", data={
            "grant_type": "authorization_code", "code": params["code"], "code_verifier": verifier})
        self.assertEqual(tokens.status_code, 200)
        self.assertEqual(tokens.get_json()["user"]["email_confirmed"], True)

        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            again = self.world.sp.get(f"{link.path}?{link.query}")
            unknown = self.world.sp.get("/anagrafica/attiva?id=nulla")
        self.assertEqual(again.status_code, 410)
        self.assertIn('content="activation_used"', again.get_data(as_text=True))
        self.assertEqual(unknown.status_code, 404)
        # From now on SPID logs Anna in directly.
        direct = self.world.full_login("anna.bianchi")
        self.assertEqual(direct.status_code, 302)
        self.assertIn("code", done_params(direct))

    def test_no_code_before_activation_and_link_after_the_login_closed(self):
        conn = self.world.db()
        conn.execute("DELETE FROM users WHERE codice_fiscale = ?", (ANNA_CF,))
        conn.close()
        page, _verifier = self.first_access("st-late")
        self.assertEqual(self.submit(page, "anna.tardi@example.it").status_code, 200)
        conn = self.world.db()
        self.assertEqual(conn.execute("SELECT COUNT(*) FROM auth_codes a JOIN spid_requests r "
                                      "ON r.id = a.request_id WHERE r.client_state = 'st-late'"
                                      ).fetchone()[0], 0)
        conn.execute("UPDATE spid_requests SET authenticated_at = '2000-01-01T00:00:00Z' "
                     "WHERE client_state = 'st-late'")
        conn.close()
        body = self.mail_to("anna.tardi@example.it").get_content()
        link = urlsplit(LINK_RE.search(body).group(0))
        late = self.world.sp.get(f"{link.path}?{link.query}")
        self.assertEqual(late.status_code, 200)
        self.assertIn("Email confermata", late.get_data(as_text=True))
        self.assertIn("accedi di nuovo", late.get_data(as_text=True))

    def test_indietro_ends_on_done_with_access_denied(self):
        conn = self.world.db()
        conn.execute("DELETE FROM users WHERE codice_fiscale = ?", (ANNA_CF,))
        conn.close()
        page, _verifier = self.first_access("st-back")
        back = self.submit(page, "", action="indietro")
        self.assertEqual(back.status_code, 302)
        self.assertEqual(done_params(back), {"error": "access_denied", "state": "st-back"})
        done = self.world.sp.get(back.headers["Location"])
        self.assertEqual(done.status_code, 200)
        self.assertIn("Accesso non completato", done.get_data(as_text=True))
        closed = self.submit(page, "anna@example.it")
        self.assertEqual(closed.status_code, 410)
        self.assertIn('content="spid_login_expired"', closed.get_data(as_text=True))

    def test_expired_activation_link(self):
        conn = self.world.db()
        user = conn.execute("INSERT INTO users (codice_fiscale, nome, cognome) VALUES "
                            "('VRDGPP78E20F205O', 'Giuseppe', 'Verdi')").lastrowid
        conn.close()
        conn = self.world.db()
        link_id = activation.create(conn, user, "g@example.it", None,
                                    utc_now() - dt.timedelta(days=2))
        conn.close()
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = self.world.sp.get(f"/anagrafica/attiva?id={link_id}")
        self.assertEqual(response.status_code, 410)
        self.assertIn('content="activation_expired"', response.get_data(as_text=True))


if __name__ == "__main__":
    unittest.main()
