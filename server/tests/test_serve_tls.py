"""`manage.py serve` runs gunicorn with real TLS: chain, host names, logs, SIGTERM."""

import json
import os
import ssl
import tempfile
import time
import unittest
import urllib.error
import urllib.request

from .support import Background, free_port, manage
from .tlsutil import client_context, https_get

SECRET_TOKEN = "tok-3f9a1c-segretissimo"
SECRET_CODE = "code-77b2e0-segretissimo"


class ServeTlsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.state = cls.tmp.name
        result = manage("pki", "--state", cls.state)
        assert result.returncode == 0, result.stderr
        cls.port = free_port()
        cls.server = Background(
            ["serve", "--state", cls.state, "--port", str(cls.port), "--flavour", "comune",
             "--name", "Portale di prova", "--workers", "1"],
            os.path.join(cls.state, "serve.log"))
        cls.server.wait_for_port(cls.port)
        cls.ca = os.path.join(cls.state, "pki", "ca.pem")

    @classmethod
    def tearDownClass(cls):
        try:
            cls.server.stop()
        finally:
            cls.tmp.cleanup()

    def test_info_over_tls_for_127_0_0_1(self):
        url = f"https://127.0.0.1:{self.port}/api/v1/info"
        with urllib.request.urlopen(url, context=client_context(self.ca), timeout=10) as reply:
            self.assertEqual(reply.status, 200)
            self.assertEqual(reply.headers["X-Inlinea-Portal"], "1")
            info = json.load(reply)
        self.assertEqual((info["flavour"], info["name"]), ("comune", "Portale di prova"))
        self.assertEqual(info["login_methods"], ["password", "spid"])

    def test_certificate_is_valid_for_localhost(self):
        status, headers, body = https_get("localhost", self.port, "/healthz",
                                          client_context(self.ca))
        self.assertEqual((status, json.loads(body)), (200, {"status": "ok"}))

    def test_problem_json_over_the_wire(self):
        status, headers, body = https_get("127.0.0.1", self.port, "/api/v1/nope",
                                          client_context(self.ca))
        self.assertEqual(status, 404)
        self.assertEqual(headers["Content-Type"], "application/problem+json")
        self.assertEqual(json.loads(body)["code"], "not_found")

    def test_home_page_is_html(self):
        status, headers, body = https_get("localhost", self.port, "/", client_context(self.ca))
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/html"))
        self.assertIn("Portale di prova", body.decode("utf-8"))

    def test_client_without_the_dev_ca_fails(self):
        url = f"https://127.0.0.1:{self.port}/api/v1/info"
        with self.assertRaises(urllib.error.URLError) as caught:
            urllib.request.urlopen(url, context=client_context(None), timeout=10)
        self.assertIsInstance(caught.exception.reason, ssl.SSLCertVerificationError)

    def test_wrong_host_name_fails(self):
        with self.assertRaises(ssl.SSLCertVerificationError):
            https_get("example.invalid", self.port, "/healthz", client_context(self.ca))

    def test_access_log_hides_secrets(self):
        status, _, _ = https_get("127.0.0.1", self.port, f"/healthz?code={SECRET_CODE}",
                                 client_context(self.ca),
                                 headers={"Authorization": f"Bearer {SECRET_TOKEN}"})
        self.assertEqual(status, 200)
        log = self.server.wait_for_log('"GET /healthz HTTP/1.1" 200')
        self.assertIn('"GET /healthz HTTP/1.1" 200', log)
        self.assertNotIn(SECRET_CODE, log)
        self.assertNotIn(SECRET_TOKEN, log)


class ServeStopTest(unittest.TestCase):
    def test_sigterm_stops_the_server_and_its_workers(self):
        with tempfile.TemporaryDirectory() as state:
            port = free_port()
            # No `pki` beforehand: serve creates the dev PKI and the database itself.
            server = Background(["serve", "--state", state, "--port", str(port)],
                                os.path.join(state, "serve.log"))
            try:
                server.wait_for_port(port)
                deadline = time.monotonic() + 15  # the master listens before workers boot
                while True:
                    workers = _children(server.pid)
                    if len(workers) >= 2 or time.monotonic() > deadline:
                        break
                    time.sleep(0.1)
                self.assertEqual(len(workers), 2, server.log())  # default --workers 2
            finally:
                code = server.stop()
            self.assertEqual(code, 0, server.log())
            for pid in workers:
                self.assertFalse(os.path.exists(f"/proc/{pid}") and _parent(pid) == server.pid)
            self.assertTrue(os.path.exists(os.path.join(state, "portal.sqlite3")))
            self.assertTrue(os.path.exists(os.path.join(state, "pki", "ca.pem")))


def _children(parent: int) -> list[str]:
    return [pid for pid in os.listdir("/proc") if pid.isdigit() and _parent(pid) == parent]


def _parent(pid: str) -> int:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return int(handle.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return -1


if __name__ == "__main__":
    unittest.main()
