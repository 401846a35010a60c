"""Development PKI: files, extensions, idempotency, and what a verifying client sees."""

import datetime as dt
import ipaddress
import os
import ssl
import stat
import tempfile
import unittest

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID

from inlinea_portal import pki

from .support import manage
from .tlsutil import client_context, memory_handshake

FILES = ("ca", "server", "expired-server", "other-ca", "untrusted-server", "wronghost-server")


def load(path):
    with open(path, "rb") as handle:
        return x509.load_pem_x509_certificate(handle.read())


class PkiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.state = cls.tmp.name
        result = manage("pki", "--state", cls.state, "--test-extras")
        assert result.returncode == 0, result.stderr
        cls.dir = os.path.join(cls.state, "pki")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_files_and_key_modes(self):
        for name in FILES:
            self.assertTrue(os.path.exists(self.path(name + ".pem")), name)
            mode = stat.S_IMODE(os.stat(self.path(name + ".key")).st_mode)
            self.assertEqual(mode, 0o600, name)

    def test_ca(self):
        ca = load(self.path("ca.pem"))
        self.assertEqual(ca.subject.rfc4514_string().split(",")[0], "CN=Inlinea Dev CA")
        self.assertTrue(ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
        self.assertGreater(ca.not_valid_after - ca.not_valid_before, dt.timedelta(days=3640))
        self.assertEqual(ca.signature_hash_algorithm.name, "sha256")

    def test_server_certificate(self):
        cert, ca = load(self.path("server.pem")), load(self.path("ca.pem"))
        self.assertTrue(pki.issued_by(cert, ca))
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        self.assertEqual(san.get_values_for_type(x509.DNSName), ["localhost"])
        self.assertEqual(set(san.get_values_for_type(x509.IPAddress)),
                         {ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1")})
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
        self.assertIn(ExtendedKeyUsageOID.SERVER_AUTH, eku)
        lifetime = cert.not_valid_after - cert.not_valid_before
        self.assertTrue(dt.timedelta(days=360) < lifetime < dt.timedelta(days=370))

    def test_second_run_changes_nothing(self):
        before = {n: os.stat(self.path(n + ".pem")).st_mtime_ns for n in FILES}
        self.assertEqual(pki.ensure_pki(self.state, test_extras=True), [])
        after = {n: os.stat(self.path(n + ".pem")).st_mtime_ns for n in FILES}
        self.assertEqual(before, after)

    def test_expired_server_certificate_is_renewed_with_the_same_ca(self):
        with tempfile.TemporaryDirectory() as state:
            pki.ensure_pki(state)
            prefix = os.path.join(state, "pki")
            ca_before = load(os.path.join(prefix, "ca.pem"))
            ca_key, ca_cert = pki.load_pair(os.path.join(prefix, "ca"))
            now = dt.datetime.utcnow()
            pki.write_pair(os.path.join(prefix, "server"), *pki.make_server_cert(
                ca_key, ca_cert, not_before=now - dt.timedelta(days=10),
                not_after=now - dt.timedelta(days=1)))
            written = pki.ensure_pki(state)
            self.assertEqual(written, [os.path.join(prefix, "server.pem")])
            self.assertEqual(load(os.path.join(prefix, "ca.pem")), ca_before)
            self.assertGreater(load(os.path.join(prefix, "server.pem")).not_valid_after, now)

    def handshake(self, name, hostname, cafile="ca.pem"):
        memory_handshake(self.path(name + ".pem"), self.path(name + ".key"),
                         client_context(self.path(cafile)), hostname)

    def test_good_certificate_verifies_for_every_name(self):
        for hostname in ("localhost", "127.0.0.1", "::1"):
            with self.subTest(hostname=hostname):
                self.handshake("server", hostname)

    def assertVerifyFails(self, name, hostname, verify_code):
        with self.assertRaises(ssl.SSLCertVerificationError) as caught:
            self.handshake(name, hostname)
        self.assertEqual(caught.exception.verify_code, verify_code, caught.exception)

    def test_bad_certificates_fail_verification(self):
        self.assertVerifyFails("expired-server", "localhost", 10)     # X509_V_ERR_CERT_HAS_EXPIRED
        self.assertVerifyFails("untrusted-server", "localhost", 20)   # unable to get local issuer
        self.assertVerifyFails("wronghost-server", "localhost", 62)   # hostname mismatch
        self.assertVerifyFails("wronghost-server", "127.0.0.1", 64)   # IP address mismatch
        self.handshake("wronghost-server", "example.invalid")
        self.handshake("untrusted-server", "localhost", cafile="other-ca.pem")


if __name__ == "__main__":
    unittest.main()
