"""`manage.py serve-cns`: CNS login over real TLS with client certificates.

The CNS test CA is tests/vcard/cnsca.py: its CLI (subprocesses, as the demo runs it)
creates the CA and issues, for one fresh RSA key, the valid, expired, wrong-policy and
revoked certificates and revokes one; the module, imported, issues the new-holder and
bad-subject ones and a look-alike CA (same name, other key) for the unknown-CA case; a
certificate without clientAuth is built here with python3-cryptography.
"""

import datetime as dt
import importlib.util
import json
import os
import socket
import ssl
import subprocess
import tempfile
import unittest

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from inlinea_portal import create_app
from inlinea_portal.cns.checks import CnsRejected, CnsTrust, check_client_certificate
from inlinea_portal.db import connect
from inlinea_portal.migrations import migrate
from OpenSSL import crypto

from .support import MANAGE, PYTHON, SERVER_DIR, Background, free_port, manage
from .tlsutil import PinnedHTTPSConnection

CNSCA = os.path.join(os.path.dirname(SERVER_DIR), "tests", "vcard", "cnsca.py")
MARIO, LUCA = "RSSMRA85T10A562S", "VRDLCU78H15F839S"
CARD = "6001000000000014"
PD_SHA1 = "qZk+NkcGgWq6PiVxeFDCbJzQ2J0="


def start_all(*commands: list[str]) -> list:
    """Start the commands in parallel (cnsca.py locks its folder); see wait_all."""
    return [(c, subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            for c in commands]


def wait_all(started: list) -> None:
    for command, process in started:
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, f"{command}: {err}"


def cnsca(*args: str) -> list[str]:
    return [PYTHON, CNSCA, *args]


def cnsca_module():
    """tests/vcard/cnsca.py imported, for the certificates the CLI is not needed for."""
    spec = importlib.util.spec_from_file_location("inlinea_test_cnsca", CNSCA)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_key(path: str):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with open(path, "wb") as handle:
        handle.write(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return key


def make_look_alike_ca(ca_dir: str, other_dir: str, key) -> None:
    """A CA folder for cnsca.issue with the CNS CA's name but another key (the card's
    key is reused: one RSA key generation less)."""
    with open(os.path.join(ca_dir, "cns-ca.pem"), "rb") as handle:
        name = x509.load_pem_x509_certificate(handle.read()).subject
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(key, hashes.SHA256()))
    os.makedirs(other_dir)
    for filename, data in (("cns-ca.pem", cert.public_bytes(serialization.Encoding.PEM)),
                           ("cns-ca.key", key.private_bytes(
                               serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption()))):
        with open(os.path.join(other_dir, filename), "wb") as handle:
            handle.write(data)


def issue_server_auth_only(ca_dir: str, key, out: str) -> None:
    """A certificate from the CNS CA with the CNS policy but EKU serverAuth only."""
    with open(os.path.join(ca_dir, "cns-ca.pem"), "rb") as handle:
        ca_cert = x509.load_pem_x509_certificate(handle.read())
    with open(os.path.join(ca_dir, "cns-ca.key"), "rb") as handle:
        ca_key = serialization.load_pem_private_key(handle.read(), None)
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(
                NameOID.COMMON_NAME, f"{MARIO}/{CARD}.{PD_SHA1}")]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
            .add_extension(x509.CertificatePolicies([x509.PolicyInformation(
                x509.ObjectIdentifier("1.3.76.16.2.1"), None)]), False)
            .sign(ca_key, hashes.SHA256()))
    with open(out, "wb") as handle:
        handle.write(cert.public_bytes(serialization.Encoding.PEM))


class CnsLoginTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        state = cls.state = cls.tmp.name
        cls.dev_ca = os.path.join(state, "pki", "ca.pem")
        cls.ca_dir, other_dir = os.path.join(state, "cnsca"), os.path.join(state, "other-ca")
        started = start_all([PYTHON, MANAGE, "pki", "--state", state],
                            cnsca("init", "--dir", cls.ca_dir))
        # Meanwhile, in this process: the card key and a look-alike CA (same name).
        module = cnsca_module()
        cls.key = os.path.join(state, "card-key.pem")
        key = write_key(cls.key)
        wait_all(started)
        make_look_alike_ca(cls.ca_dir, other_dir, key)

        cls.certs = {name: os.path.join(state, f"{name}.pem") for name in (
            "mario", "expired", "wrong_policy", "revoked", "luca", "bad_subject",
            "unknown_ca", "server_auth")}
        issue = ("issue", "--dir", cls.ca_dir, "--serial", CARD, "--cf", MARIO,
                 "--personal-data-sha1", PD_SHA1, "--pubkey", cls.key, "--out")
        started = start_all(cnsca(*issue, cls.certs["mario"]),
                            cnsca(*issue, cls.certs["expired"], "--expired"),
                            cnsca(*issue, cls.certs["wrong_policy"], "--wrong-policy"),
                            cnsca(*issue, cls.certs["revoked"]))
        for name, ca_dir, cf, names in (("luca", cls.ca_dir, LUCA, ("Verdi", "Luca")),
                                        ("bad_subject", cls.ca_dir, "RSSMRA85T10A562X", ()),
                                        ("unknown_ca", other_dir, MARIO, ())):
            cert = module.issue(ca_dir, CARD, cf, PD_SHA1, key.public_key(), False, False,
                                *names)
            module.write_cert(cls.certs[name], cert)
        issue_server_auth_only(cls.ca_dir, key, cls.certs["server_auth"])
        wait_all(started)
        wait_all(start_all(cnsca("revoke", "--dir", cls.ca_dir, "--cert",
                                 cls.certs["revoked"])))

        migrate(os.path.join(state, "portal.sqlite3"))
        conn = connect(os.path.join(state, "portal.sqlite3"))
        conn.execute("INSERT INTO users (codice_fiscale, nome, cognome, email, email_confirmed) "
                     "VALUES (?, 'Mario', 'Rossi', 'mario.rossi@example.it', 1)", (MARIO,))
        conn.close()

        cls.port = free_port()
        cls.server = Background(
            ["serve-cns", "--state", state, "--port", str(cls.port),
             "--cns-ca", os.path.join(cls.ca_dir, "cns-ca.pem"),
             "--cns-crl", os.path.join(cls.ca_dir, "cns-ca.crl.pem")],
            os.path.join(state, "serve-cns.log"))
        cls.server.wait_for_port(cls.port)
        cls.app = create_app({"TESTING": True, "STATE_DIR": state}, environ={})

    @classmethod
    def tearDownClass(cls):
        try:
            cls.server.stop()
        finally:
            cls.tmp.cleanup()

    def context(self, cert: str | None, tls: ssl.TLSVersion | None = None) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.load_verify_locations(cafile=self.dev_ca)
        if cert:
            context.load_cert_chain(cert, self.key)
        if tls:
            context.minimum_version = context.maximum_version = tls
        return context

    def login(self, cert: str | None, tls: ssl.TLSVersion | None = None):
        connection = PinnedHTTPSConnection("localhost", self.port,
                                           context=self.context(cert, tls), timeout=10)
        try:
            connection.request("POST", "/api/v1/auth/cns")
            response = connection.getresponse()
            body = json.loads(response.read())
            return response.status, dict(response.getheaders()), body
        finally:
            connection.close()

    def assertRefused(self, cert: str | None, status: int, code: str) -> dict:
        got_status, headers, body = self.login(cert)
        self.assertEqual((got_status, body.get("code")), (status, code), body)
        self.assertEqual(headers["Content-Type"], "application/problem+json")
        self.assertEqual(body["type"], "urn:inlinea:problem:" + code)
        self.assertTrue(body["title"] and body["detail"])
        log = self.server.wait_for_log(f"codice={code}")
        self.assertIn(f"codice={code}", log)
        return body

    def test_valid_card_logs_in_and_tokens_work_on_the_portal(self):
        status, headers, body = self.login(self.certs["mario"])
        self.assertEqual(status, 200, body)
        self.assertEqual(headers["X-Inlinea-Portal"], "1")
        self.assertEqual(headers["Cache-Control"], "no-store")
        self.assertEqual((body["token_type"], body["expires_in"]), ("Bearer", 900))
        self.assertEqual(body["user"], {"codice_fiscale": MARIO, "nome": "Mario",
                                        "cognome": "Rossi", "email_confirmed": True})
        client = self.app.test_client()
        me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
        self.assertEqual(me.status_code, 200)
        self.assertEqual((me.get_json()["codice_fiscale"], me.get_json()["auth_method"]),
                         (MARIO, "cns"))
        refreshed = client.post("/api/v1/auth/token", data={
            "grant_type": "refresh_token", "refresh_token": body["refresh_token"]})
        self.assertEqual(refreshed.status_code, 200)
        conn = connect(os.path.join(self.state, "portal.sqlite3"))
        session = conn.execute("SELECT cns_card_id, cns_cert_serial FROM auth_sessions "
                               "ORDER BY id DESC LIMIT 1").fetchone()
        conn.close()
        self.assertEqual(session["cns_card_id"], CARD)
        log = self.server.wait_for_log(f"cf={MARIO} carta={CARD}")
        self.assertIn("CNS accesso riuscito", log)
        for secret in (body["access_token"], body["refresh_token"]):
            self.assertNotIn(secret, log)

    def test_new_holder_is_created_with_the_certificate_names(self):
        status, _, body = self.login(self.certs["luca"])
        self.assertEqual(status, 200, body)
        self.assertEqual(body["user"], {"codice_fiscale": LUCA, "nome": "Luca",
                                        "cognome": "Verdi", "email_confirmed": False})
        self.assertIn("(nuovo)", self.server.wait_for_log(f"cf={LUCA}"))

    def test_tls_1_2_and_1_3(self):
        for version, name in ((ssl.TLSVersion.TLSv1_2, "TLSv1.2"),
                              (ssl.TLSVersion.TLSv1_3, "TLSv1.3")):
            with self.subTest(name):
                status, _, body = self.login(self.certs["mario"], version)
                self.assertEqual(status, 200, body)
                self.assertIn(f"tls={name}", self.server.wait_for_log(f"tls={name}"))

    def test_no_certificate(self):
        self.assertRefused(None, 401, "cns_no_certificate")

    def test_unknown_ca(self):
        self.assertRefused(self.certs["unknown_ca"], 403, "cns_unknown_ca")

    def test_expired(self):
        self.assertRefused(self.certs["expired"], 403, "cns_certificate_expired")

    def test_revoked(self):
        self.assertRefused(self.certs["revoked"], 403, "cns_certificate_revoked")

    def test_wrong_policy(self):
        self.assertRefused(self.certs["wrong_policy"], 403, "cns_wrong_policy")

    def test_not_client_auth(self):
        self.assertRefused(self.certs["server_auth"], 403, "cns_not_client_auth")

    def test_bad_subject(self):
        body = self.assertRefused(self.certs["bad_subject"], 403, "cns_bad_subject")
        self.assertIn("codice fiscale", body["detail"])

    def test_only_post(self):
        connection = PinnedHTTPSConnection("localhost", self.port,
                                           context=self.context(self.certs["mario"]), timeout=10)
        try:
            connection.request("GET", "/api/v1/auth/cns?x=segreto-in-query")
            response = connection.getresponse()
            self.assertEqual(response.status, 405)
            self.assertEqual(json.loads(response.read())["code"], "method_not_allowed")
        finally:
            connection.close()
        log = self.server.wait_for_log('"GET /api/v1/auth/cns HTTP/1.1" 405')
        self.assertNotIn("segreto-in-query", log)

    def test_plain_http_on_the_tls_port_does_not_hurt(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as raw:
            raw.sendall(b"POST /api/v1/auth/cns HTTP/1.0\r\n\r\n")
            raw.recv(1024)  # an alert or nothing; then the server closes
        self.assertIn("handshake TLS non riuscito",
                      self.server.wait_for_log("handshake TLS non riuscito"))
        self.assertEqual(self.login(self.certs["mario"])[0], 200)

    def test_expired_crl_is_a_server_problem(self):
        with open(os.path.join(self.ca_dir, "cns-ca.key"), "rb") as handle:
            ca_key = serialization.load_pem_private_key(handle.read(), None)
        with open(os.path.join(self.ca_dir, "cns-ca.pem"), "rb") as handle:
            ca_cert = x509.load_pem_x509_certificate(handle.read())
        past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2)
        crl = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
               .last_update(past).next_update(past + dt.timedelta(days=1))
               .sign(ca_key, hashes.SHA256()))
        crl_path = os.path.join(self.state, "stale.crl.pem")
        with open(crl_path, "wb") as handle:
            handle.write(crl.public_bytes(serialization.Encoding.PEM))
        with open(self.certs["mario"], "rb") as handle:
            leaf = crypto.load_certificate(crypto.FILETYPE_PEM, handle.read())
        trust = CnsTrust(os.path.join(self.ca_dir, "cns-ca.pem"), crl_path)
        with self.assertRaises(CnsRejected) as caught:
            check_client_certificate(trust, leaf)
        self.assertEqual((caught.exception.code, caught.exception.status),
                         ("cns_crl_unavailable", 503))


class ServeCnsCliTest(unittest.TestCase):
    def test_missing_ca_file_is_refused(self):
        with tempfile.TemporaryDirectory() as state:
            result = manage("serve-cns", "--state", state, "--port", str(free_port()),
                            "--cns-ca", os.path.join(state, "nope.pem"),
                            "--cns-crl", os.path.join(state, "nope.crl"))
        self.assertEqual(result.returncode, 2)
        self.assertIn("serve-cns:", result.stderr)

    def test_sigterm_stops_it_cleanly(self):
        with tempfile.TemporaryDirectory() as state:
            ca_dir = os.path.join(state, "cnsca")
            wait_all(start_all(cnsca("init", "--dir", ca_dir)))
            port = free_port()
            # No `pki` beforehand: serve-cns creates the dev PKI and the database itself.
            server = Background(["serve-cns", "--state", state, "--port", str(port),
                                 "--cns-ca", os.path.join(ca_dir, "cns-ca.pem"),
                                 "--cns-crl", os.path.join(ca_dir, "cns-ca.crl.pem")],
                                os.path.join(state, "serve-cns.log"))
            try:
                server.wait_for_port(port)
            finally:
                code = server.stop()
            self.assertEqual(code, 0, server.log())
            self.assertIn("serve-cns: arrestato", server.log())
            self.assertTrue(os.path.exists(os.path.join(state, "pki", "server.pem")))


if __name__ == "__main__":
    unittest.main()
