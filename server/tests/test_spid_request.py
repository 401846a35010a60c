"""/auth/spid/login: parameters, IdP chooser, the AuthnRequest profile of SPID for both
bindings, the stored pending request, and what /api/v1/info advertises."""

import os
import unittest
from urllib.parse import parse_qs, urlsplit

from lxml import etree

from inlinea_portal.saml import bindings, signing
from inlinea_portal.saml.ns import SAML, SAMLP, q

from .spid_support import IDP_URL, SP_URL, SpidWorld, forms, pkce_pair

ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"


class SpidLoginRequestTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.world = SpidWorld()
        with open(cls.world.settings.cert_file, encoding="ascii") as handle:
            cls.sp_cert = handle.read()

    @classmethod
    def tearDownClass(cls):
        cls.world.close()

    def redirect_request(self, state="s1", challenge=None):
        response = self.world.start(state=state, challenge=challenge)
        self.assertEqual(response.status_code, 302)   # not 303
        location = urlsplit(response.headers["Location"])
        self.assertEqual(f"{location.scheme}://{location.netloc}{location.path}",
                         IDP_URL + "/sso")
        xml, relay_state = bindings.verify_redirect(location.query, "SAMLRequest",
                                                    [self.sp_cert])
        return etree.fromstring(xml), relay_state, parse_qs(location.query)

    def check_profile(self, request):
        self.assertEqual(request.tag, q(SAMLP, "AuthnRequest"))
        self.assertEqual(request.get("Version"), "2.0")
        self.assertTrue(request.get("ID").startswith("_"))
        self.assertRegex(request.get("IssueInstant"), r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual(request.get("Destination"), IDP_URL + "/sso")
        self.assertEqual(request.get("ForceAuthn"), "true")
        self.assertEqual(request.get("AssertionConsumerServiceIndex"), "0")
        self.assertEqual(request.get("AttributeConsumingServiceIndex"), "0")
        for absent in ("ProtocolBinding", "AssertionConsumerServiceURL", "ProviderName"):
            self.assertIsNone(request.get(absent), absent)
        issuer = request.find(q(SAML, "Issuer"))
        self.assertEqual((issuer.text, issuer.get("Format"), issuer.get("NameQualifier")),
                         (SP_URL, ENTITY, SP_URL))
        self.assertEqual(request.find(q(SAMLP, "NameIDPolicy")).get("Format"), TRANSIENT)
        context = request.find(q(SAMLP, "RequestedAuthnContext"))
        self.assertEqual(context.get("Comparison"), "minimum")
        self.assertEqual([r.text for r in context], ["https://www.spid.gov.it/SpidL2"])

    def test_redirect_binding_profile_and_query_signature(self):
        request, relay_state, query = self.redirect_request()
        self.check_profile(request)
        self.assertIsNone(request.find(q("http://www.w3.org/2000/09/xmldsig#", "Signature")))
        self.assertEqual(query["SigAlg"], [signing.RSA_SHA256])
        self.assertRegex(relay_state, r"^[A-Za-z0-9_-]{32}$")     # opaque, not a URL

    def test_pending_request_is_stored(self):
        verifier, challenge = pkce_pair()
        request, relay_state, _ = self.redirect_request(state="app-state-7", challenge=challenge)
        conn = self.world.db()
        row = conn.execute("SELECT * FROM spid_requests WHERE id = ?",
                           (request.get("ID"),)).fetchone()
        conn.close()
        self.assertEqual((row["relay_state"], row["idp_entity_id"], row["client_state"],
                          row["code_challenge"], row["used_at"]),
                         (relay_state, IDP_URL, "app-state-7", challenge, None))

    def test_post_binding_signs_the_xml(self):
        world = SpidWorld({"SPID_BINDING": "post"})
        self.addCleanup(world.close)
        response = world.start()
        self.assertEqual(response.status_code, 200)
        form = forms(response.get_data(as_text=True))["spid-authn-request"]
        self.assertEqual(form["action"], IDP_URL + "/sso")
        xml = bindings.decode_post(form["fields"]["SAMLRequest"])
        request = etree.fromstring(xml)
        self.check_profile(request)
        self.assertEqual(request[1].tag, q("http://www.w3.org/2000/09/xmldsig#", "Signature"))
        self.assertTrue(signing.verify(xml, request.tag, request.get("ID"), [self.sp_cert]))
        self.assertIn("RelayState", form["fields"])
        world.add_user()
        page = world.to_idp(response)     # the test IdP accepts it
        self.assertIn("login-form", forms(page.get_data(as_text=True)))

    def test_chooser_without_idp(self):
        response = self.world.start(idp=None, state="s2", challenge="c" * 43)
        self.assertEqual(response.status_code, 200)
        html = response.get_data(as_text=True)
        self.assertIn("Entra con SPID", html)
        self.assertIn('id="spid-idp-0"', html)
        self.assertIn(f'data-entity-id="{IDP_URL}"', html)
        self.assertIn("IdP di test Inlinea", html)
        self.assertIn("state=s2", html)

    def test_bad_parameters(self):
        cases = [({"state": "", "code_challenge": "c" * 43}, "spid_login_invalid"),
                 ({"state": "s", "code_challenge": "short"}, "spid_login_invalid"),
                 ({"state": "s", "code_challenge": "c" * 43, "code_challenge_method": "plain"},
                  "spid_login_invalid"),
                 ({"state": "s", "code_challenge": "c" * 43, "idp": "https://x.invalid"},
                  "spid_idp_unknown")]
        for params, code in cases:
            with self.assertLogs("inlinea_portal.spid", "WARNING"):
                response = self.world.sp.get("/auth/spid/login", query_string=params)
            self.assertEqual(response.status_code, 400, params)
            self.assertIn(f'content="{code}"', response.get_data(as_text=True))

    def test_no_idp_metadata_means_unavailable(self):
        world = SpidWorld({"SPID_IDP_METADATA_DIR": "/nonexistent/spid-idp"})
        self.addCleanup(world.close)
        with self.assertLogs("inlinea_portal.spid", "WARNING"):
            response = world.start()
        self.assertEqual(response.status_code, 503)
        self.assertIn('content="spid_unavailable"', response.get_data(as_text=True))

    def test_info_advertises_spid(self):
        info = self.world.sp.get("/api/v1/info", base_url="https://localhost:8443").get_json()
        self.assertEqual(info["spid_login_url"], "https://localhost:8443/auth/spid/login")
        self.assertEqual(info["spid_idps"], [{"entity_id": IDP_URL,
                                              "name": "IdP di test Inlinea"}])

    def test_break_switch_needs_test_mode(self):
        import dataclasses

        from inlinea_portal.testidp import create_idp_app

        settings = dataclasses.replace(self.world.idp_settings, test_mode=False,
                                       metadata_file=None)
        idp = create_idp_app(settings).test_client()
        self.assertEqual(idp.get("/test/breaks").status_code, 404)
        self.assertEqual(idp.post("/test/break", data={"case": "unsigned"}).status_code, 404)
        location = urlsplit(self.world.start().headers["Location"])
        page = idp.get(location.path + "?" + location.query)
        self.assertNotIn('id="break"', page.get_data(as_text=True))
        sid = forms(page.get_data(as_text=True))["login-form"]["fields"]["sid"]
        with self.assertLogs("inlinea_portal.testidp", "WARNING"):
            refused = idp.post("/login", data={"sid": sid, "username": "mario.rossi",
                                               "password": "test", "break": "unsigned"})
        self.assertEqual(refused.status_code, 400)
        self.assertIn("--test-mode", refused.get_data(as_text=True))

    def test_idp_metadata_file_is_in_the_sp_folder(self):
        path = os.path.join(self.world.state, "spid-idp", "metadata.xml")
        with open(path, "rb") as handle:
            root = etree.fromstring(handle.read())
        self.assertEqual(root.get("entityID"), IDP_URL)
        idp_metadata = self.world.idp.get("/metadata")
        self.assertEqual(idp_metadata.status_code, 200)
        self.assertEqual(idp_metadata.mimetype, "application/samlmetadata+xml")


if __name__ == "__main__":
    unittest.main()
