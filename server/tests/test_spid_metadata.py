"""SP certificate (AgID profile, made by `manage.py pki`) and the signed SP metadata."""

import os
import shutil
import tempfile
import unittest

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree

from inlinea_portal import create_app
from inlinea_portal.saml import certs, signing
from inlinea_portal.saml.ns import DS, MD, SPID, q

from .support import manage

ENTITY_ID = "https://portale.example.it"
POLICIES = {"1.3.76.16.6", "1.3.76.16.4.2.1"}


def load_cert(path):
    with open(path, "rb") as handle:
        return x509.load_pem_x509_certificate(handle.read())


class SpidSpCertificateAndMetadataTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.state = cls.tmp.name
        result = manage("pki", "--state", cls.state, "--spid-entity-id", ENTITY_ID)
        assert result.returncode == 0, result.stderr
        cls.cert_path = os.path.join(cls.state, "pki", "spid-sp.pem")
        cls.app = create_app({"TESTING": True, "STATE_DIR": cls.state,
                              "PUBLIC_URL": "https://portale.example.it:8443",
                              "SPID_ENTITY_ID": ENTITY_ID}, environ={})

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_certificate_follows_the_agid_sp_profile(self):
        cert = load_cert(self.cert_path)
        key = cert.public_key()
        self.assertIsInstance(key, rsa.RSAPublicKey)
        self.assertEqual(key.key_size, 3072)
        self.assertEqual(cert.signature_hash_algorithm.name, "sha256")
        self.assertEqual(cert.subject, cert.issuer)
        subject = {attr.oid.dotted_string: attr.value for attr in cert.subject}
        self.assertEqual(subject["2.5.4.97"], "PA:IT-c_f205")      # organizationIdentifier
        self.assertEqual(subject["2.5.4.83"], ENTITY_ID)           # uri
        self.assertEqual(subject["2.5.4.6"], "IT")
        self.assertEqual(subject["2.5.4.10"], "Città Metropolitana di Milano")
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
        self.assertTrue(usage.critical)
        self.assertTrue(usage.value.digital_signature and usage.value.content_commitment)
        self.assertFalse(usage.value.key_encipherment or usage.value.key_cert_sign)
        policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
        self.assertEqual({p.policy_identifier.dotted_string for p in policies}, POLICIES)
        mode = os.stat(os.path.join(self.state, "pki", "spid-sp.key")).st_mode & 0o777
        self.assertEqual(mode, 0o600)

    def test_pki_is_idempotent_and_reissues_for_a_new_entity_id(self):
        again = manage("pki", "--state", self.state, "--spid-entity-id", ENTITY_ID)
        self.assertIn("nessuna modifica", again.stdout)
        with tempfile.TemporaryDirectory() as other:
            for name in ("spid-sp.key", "spid-sp.pem"):
                shutil.copy(os.path.join(self.state, "pki", name), other)
            profile = certs.SpProfile("https://nuovo.example", "c_f205", "Ente", "Servizio")
            self.assertEqual(certs.ensure_sp_certificate(other, profile),
                             [os.path.join(other, "spid-sp.pem")])
            self.assertEqual(certs.ensure_sp_certificate(other, profile), [])
            old, new = load_cert(self.cert_path), load_cert(os.path.join(other, "spid-sp.pem"))
            self.assertEqual(old.public_key().public_numbers(), new.public_key().public_numbers())
            uri = new.subject.get_attributes_for_oid(x509.ObjectIdentifier("2.5.4.83"))[0]
            self.assertEqual(uri.value, "https://nuovo.example")

    def test_metadata_is_signed_and_follows_the_spid_profile(self):
        response = self.app.test_client().get("/spid/metadata")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/samlmetadata+xml")
        xml = response.data
        root = etree.fromstring(xml)
        with open(self.cert_path, encoding="ascii") as handle:
            cert_pem = handle.read()
        self.assertTrue(signing.verify(xml, root.tag, root.get("ID"), [cert_pem]))
        info = signing.describe(root.find(q(DS, "Signature")))
        self.assertEqual((info.signature_alg, info.digest_alg),
                         (signing.RSA_SHA256, signing.DIGEST_SHA256))
        self.assertEqual(root.get("entityID"), ENTITY_ID)
        sp = root.find(q(MD, "SPSSODescriptor"))
        self.assertEqual((sp.get("AuthnRequestsSigned"), sp.get("WantAssertionsSigned")),
                         ("true", "true"))
        key = sp.find(q(MD, "KeyDescriptor"))
        self.assertEqual(key.get("use"), "signing")
        self.assertEqual(key.find(f".//{q(DS, 'X509Certificate')}").text,
                         signing.pem_body(cert_pem))
        base = "https://portale.example.it:8443"
        self.assertEqual(sp.find(q(MD, "SingleLogoutService")).get("Location"), base + "/spid/slo")
        acs = sp.findall(q(MD, "AssertionConsumerService"))
        self.assertEqual([(a.get("index"), a.get("isDefault"), a.get("Location")) for a in acs],
                         [("0", "true", base + "/spid/acs")])
        self.assertTrue(acs[0].get("Binding").endswith("HTTP-POST"))
        service = sp.find(q(MD, "AttributeConsumingService"))
        self.assertEqual(service.get("index"), "0")
        self.assertEqual(service.find(q(MD, "ServiceName")).text,
                         "Inlinea – Città Metropolitana di Milano")
        self.assertEqual([r.get("Name") for r in service.findall(q(MD, "RequestedAttribute"))],
                         ["name", "familyName", "fiscalNumber", "spidCode"])
        self.assertIsNotNone(root.find(f"{q(MD, 'Organization')}/{q(MD, 'OrganizationName')}"))
        contact = root.find(q(MD, "ContactPerson"))
        self.assertEqual(contact.get("contactType"), "other")
        extensions = contact.find(q(MD, "Extensions"))
        self.assertEqual(extensions.find(q(SPID, "IPACode")).text, "c_f205")
        self.assertIsNotNone(extensions.find(q(SPID, "Public")))
        self.assertTrue(contact.find(q(MD, "EmailAddress")).text)


if __name__ == "__main__":
    unittest.main()
