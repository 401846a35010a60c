"""The SP's ACS over the test IdP (in-process): the happy path, one negative test per
SPID check (every break case of the test IdP), replay, and the SPID status errors."""

import base64
import re
import unittest

from inlinea_portal.testidp.breaks import BREAKS

from .spid_support import IDP_URL, MARIO_CF, SpidWorld, done_params, forms

ERROR_CODE_RE = re.compile(r'id="error-code" class="code" data-error-code="([^"]+)"')


def error_code(response) -> str | None:
    match = ERROR_CODE_RE.search(response.get_data(as_text=True))
    return match.group(1) if match else None


class SpidAcsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.world = SpidWorld()
        cls.world.add_user()

    @classmethod
    def tearDownClass(cls):
        cls.world.close()

    def assertRefused(self, response, code, status=None):
        self.assertIn(response.status_code, (400, 401, 403))
        if status is not None:
            self.assertEqual(response.status_code, status)
        self.assertEqual(response.mimetype, "text/html")
        self.assertEqual(error_code(response), code, response.get_data(as_text=True)[-600:])
        self.assertIn(f'<meta name="inlinea-error-code" content="{code}">',
                      response.get_data(as_text=True))

    def refused_login(self, code, **kwargs):
        """A full login that the SP must refuse with `code`, logged with the reason."""
        with self.assertLogs("inlinea_portal.spid", "WARNING") as logs:
            response = self.world.full_login(**kwargs)
        self.assertRefused(response, code)
        self.assertTrue(any(f"codice={code}" in line and "motivo=" in line
                            for line in logs.output), logs.output)
        return response

    def test_happy_path_redirects_to_done_with_code_and_state(self):
        response = self.world.full_login(state="s-123")
        self.assertEqual(response.status_code, 302)
        params = done_params(response)
        self.assertEqual(params["state"], "s-123")
        self.assertGreaterEqual(len(params["code"]), 40)
        done = self.world.sp.get(response.headers["Location"])
        self.assertEqual(done.status_code, 200)
        self.assertIn("Accesso completato, puoi tornare all'applicazione",
                      done.get_data(as_text=True))
        self.assertEqual(done.headers["Referrer-Policy"], "no-referrer")
        conn = self.world.db()
        row = conn.execute("SELECT r.spid_code, u.codice_fiscale FROM spid_requests r "
                           "JOIN users u ON u.id = r.user_id WHERE r.finished_reason = 'code' "
                           "ORDER BY r.created_at DESC LIMIT 1").fetchone()
        conn.close()
        self.assertEqual(tuple(row), ("TEST0000000001", MARIO_CF))

    def test_same_response_twice_is_a_replay(self):
        fields = self.world.saml_response()
        self.assertEqual(self.world.post_acs(fields).status_code, 302)
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            self.assertRefused(self.world.post_acs(fields), "spid_replay", 403)

    def test_relay_state_must_match_the_request(self):
        fields = self.world.saml_response()
        fields["RelayState"] = "altro"
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            self.assertRefused(self.world.post_acs(fields), "spid_relay_state", 400)

    def test_refusal_page_links_back_to_the_app(self):
        response = self.refused_login("spid_audience", brk="wrong_audience", state="st-9")
        forms_found = response.get_data(as_text=True)
        self.assertIn('href="/auth/spid/done?error=spid_audience&amp;state=st-9"', forms_found)

    def test_garbage_and_entities_are_malformed(self):
        bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]>'
                b'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&a;'
                b'</samlp:Response>')
        for value in ("non-base64-%%%", base64.b64encode(b"<a>").decode(),
                      base64.b64encode(bomb).decode(), ""):
            with self.assertLogs("inlinea_portal.spid", "WARNING"):
                self.assertRefused(self.world.post_acs({"SAMLResponse": value, "RelayState": "x"}),
                                   "spid_malformed", 400)

    def test_expired_request(self):
        fields = self.world.saml_response()
        conn = self.world.db()
        conn.execute("UPDATE spid_requests SET expires_at = '2000-01-01T00:00:00Z' "
                     "WHERE relay_state = ?", (fields["RelayState"],))
        conn.close()
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            self.assertRefused(self.world.post_acs(fields), "spid_request_expired")

    # --- SPID status errors -------------------------------------------------------
    def test_nr19_after_three_wrong_passwords(self):
        page = self.world.to_idp(self.world.start())
        for left in (2, 1):
            page = self.world.login(page, password="sbagliata")
            self.assertIn(f"restano {left} tentativi", page.get_data(as_text=True))
        answer = self.world.login(page, password="sbagliata")
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = self.world.post_acs(self.world.response_form(answer))
        self.assertRefused(response, "spid_nr19", 401)
        self.assertIn("credenziali errate troppe volte", response.get_data(as_text=True))

    def test_nr22_when_consent_is_denied(self):
        consent_page = self.world.login(self.world.to_idp(self.world.start()))
        answer = self.world.consent(consent_page, action="deny")
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = self.world.post_acs(self.world.response_form(answer))
        self.assertRefused(response, "spid_nr22", 403)
        self.assertIn("NO ACCONSENTO", response.get_data(as_text=True))

    def test_nr25_when_login_is_cancelled(self):
        answer = self.world.login(self.world.to_idp(self.world.start()), action="cancel")
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = self.world.post_acs(self.world.response_form(answer))
        self.assertRefused(response, "spid_nr25", 401)
        self.assertIn("Hai annullato l&#39;accesso con SPID", response.get_data(as_text=True))

    def test_nr23_for_a_suspended_identity(self):
        answer = self.world.login(self.world.to_idp(self.world.start()), username="giuseppe.verdi")
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = self.world.post_acs(self.world.response_form(answer))
        self.assertRefused(response, "spid_nr23", 403)

    def test_consent_page_as_in_the_seed(self):
        html = self.world.login(self.world.to_idp(self.world.start())).get_data(as_text=True)
        self.assertIn("Richiesta di accesso di livello SPID 2 da<br>Città Metropolitana di Milano",
                      html)
        self.assertIn("I seguenti dati stanno per essere inviati al fornitore dei servizi", html)
        for label in ("Nome", "Cognome", "Codice fiscale", "Codice identificativo"):
            self.assertIn(f"<b>{label}</b>", html)
        self.assertIn('id="deny" name="action" value="deny">NO ACCONSENTO<', html)
        self.assertIn('id="consent" name="action" value="consent">ACCONSENTO<', html)
        self.assertIn("consent-form", forms(html))


def _break_test(case_name):
    case = BREAKS[case_name]

    def test(self):
        if case_name.startswith("fixed_"):   # accepted once, then a replay
            self.assertEqual(self.world.full_login(brk=case_name).status_code, 302)
        if case.expected is None:
            self.assertEqual(self.world.full_login(brk=case_name).status_code, 302)
        else:
            self.refused_login(case.expected, brk=case_name)

    test.__doc__ = f"{case_name}: {case.description} -> {case.expected or 'accettata'}"
    return test


for _name in BREAKS:
    setattr(SpidAcsTest, f"test_break_{_name}", _break_test(_name))


class SpidIdpRenewalTest(unittest.TestCase):
    """The SP re-reads the IdP metadata folder: a renewed IdP certificate is used at once,
    and responses signed with the old key are refused."""

    def test_renewed_idp_certificate_is_picked_up(self):
        import os

        from cryptography.hazmat.primitives.asymmetric import rsa

        from inlinea_portal.pki import write_pair
        from inlinea_portal.saml.certs import make_idp_certificate
        from inlinea_portal.testidp import create_idp_app

        world = SpidWorld()
        self.addCleanup(world.close)
        world.add_user()
        self.assertEqual(world.full_login().status_code, 302)
        old_fields = world.saml_response()
        new_settings = world.idp_settings.__class__(
            **{**world.idp_settings.__dict__,
               "key_file": os.path.join(world.state, "new-idp.key"),
               "cert_file": os.path.join(world.state, "new-idp.pem")})
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        write_pair(os.path.join(world.state, "new-idp"), key, make_idp_certificate(key, IDP_URL))
        world.idp = create_idp_app(new_settings).test_client()   # rewrites the metadata file
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = world.post_acs(old_fields)
        self.assertEqual(error_code(response), "spid_signature_invalid")
        self.assertEqual(world.full_login().status_code, 302)


if __name__ == "__main__":
    unittest.main()
