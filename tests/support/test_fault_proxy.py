"""fault_proxy.py in front of the real reference portal (manage.py serve, real TLS).

    cd /work/main && /usr/bin/python3 -m unittest tests/support/test_fault_proxy.py
"""

from __future__ import annotations

import hashlib
import http.client
import importlib.util
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# The server tests' process helpers, loaded by path: "tests" here is this repository's folder.
_spec = importlib.util.spec_from_file_location(
    "inlinea_server_test_support", os.path.join(ROOT, "server", "tests", "support.py"))
_support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_support)
Background, free_port, manage = _support.Background, _support.free_port, _support.manage

PROXY = os.path.join(HERE, "fault_proxy.py")
PYTHON = "/usr/bin/python3"
MARIO = "RSSMRA85T10A562S"
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
COMPANY = {
    "tipo": "persona_giuridica", "denominazione": "Proxy Test S.r.l.",
    "codice_fiscale": "00743110157", "partita_iva": "00743110157",
    "indirizzo": "Via Roma 1", "comune": "Milano", "cap": "20121", "provincia": "MI",
    "pec": "acme@pec.example.it", "legale_rappresentante_cognome": "Rossi",
    "legale_rappresentante_nome": "Mario", "legale_rappresentante_codice_fiscale": MARIO,
    "legale_rappresentante_qualifica": "Amministratore unico",
}


class FaultProxyTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="inlinea-faultproxy-")
        cls.state = os.path.join(cls.tmp.name, "state")
        for command in (("pki", "--state", cls.state), ("seed", "--state", cls.state)):
            result = manage(*command)
            assert result.returncode == 0, result.stderr
        token = manage("issue-token", "--state", cls.state, "--codice-fiscale", MARIO)
        assert token.returncode == 0, token.stderr
        cls.token = json.loads(token.stdout)["access_token"]
        pki = os.path.join(cls.state, "pki")
        cls.ca = os.path.join(pki, "ca.pem")
        cls.portal_port = free_port()
        cls.portal = Background(
            ["serve", "--state", cls.state, "--port", str(cls.portal_port), "--workers", "1",
             "--cert", os.path.join(pki, "server.pem"), "--key", os.path.join(pki, "server.key")],
            os.path.join(cls.tmp.name, "serve.log"))
        try:
            cls.portal.wait_for_port(cls.portal_port)
            cls._wait_for_tls(cls.portal_port)
            cls.rules = os.path.join(cls.tmp.name, "rules.json")
            cls.log = os.path.join(cls.tmp.name, "proxy.jsonl")
            cls.port = free_port()
            cls.proxy_stderr = open(os.path.join(cls.tmp.name, "proxy.err"), "w+")
            cls.proxy = subprocess.Popen(
                [PYTHON, PROXY, "--listen-port", str(cls.port),
                 "--upstream", f"https://localhost:{cls.portal_port}",
                 "--cert", os.path.join(pki, "server.pem"),
                 "--key", os.path.join(pki, "server.key"), "--ca", cls.ca,
                 "--rules", cls.rules, "--log", cls.log],
                stdout=subprocess.PIPE, stderr=cls.proxy_stderr, text=True)
            line = cls.proxy.stdout.readline()
            if line.strip() != "ready":
                cls.proxy.wait(10)
                cls.proxy_stderr.seek(0)
                raise RuntimeError(f"proxy did not start: {line!r} {cls.proxy_stderr.read()}")
        except BaseException:
            cls.portal.stop()
            raise
        cls.context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        cls.context.load_verify_locations(cafile=cls.ca)

    @classmethod
    def tearDownClass(cls):
        try:
            cls.proxy.terminate()
            cls.proxy.wait(10)
            cls.proxy.stdout.close()
            cls.proxy_stderr.seek(0)
            errors = cls.proxy_stderr.read()
            cls.proxy_stderr.close()
            if errors and os.environ.get("FAULT_PROXY_VERBOSE"):
                print("proxy stderr:", errors, file=sys.stderr)
        finally:
            cls.portal.stop()
            cls.tmp.cleanup()

    @classmethod
    def _wait_for_tls(cls, port):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as raw, \
                        context.wrap_socket(raw) as tls:
                    tls.sendall(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
                    if tls.recv(16).startswith(b"HTTP/1"):
                        return
            except OSError:
                pass
            time.sleep(0.1)
        raise TimeoutError("portal did not answer over TLS")

    def setUp(self):
        self.set_rules([])

    # --- helpers ---------------------------------------------------------------------------

    def set_rules(self, rules):
        temporary = self.rules + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump({"rules": rules}, handle)
        os.replace(temporary, self.rules)

    def connection(self, timeout=15):
        # Verified against the dev CA for "localhost", like the app.
        return http.client.HTTPSConnection("localhost", self.port, context=self.context,
                                           timeout=timeout)

    def call(self, method, path, body=None, headers=None, connection=None, timeout=15):
        own = connection is None
        connection = connection or self.connection(timeout)
        try:
            all_headers = {"Authorization": f"Bearer {self.token}", **(headers or {})}
            if isinstance(body, dict):
                body = json.dumps(body).encode()
                all_headers.setdefault("Content-Type", "application/json")
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            return response.status, response.headers, response.read()
        finally:
            if own:
                connection.close()

    def entries(self):
        if not os.path.exists(self.log):
            return []
        with open(self.log, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    def last_entry(self):
        return self.entries()[-1]

    def anagrafiche_named(self, name):
        status, _, body = self.call("GET", "/api/v1/anagrafiche?per_page=500")
        self.assertEqual(status, 200, body)
        return [a for a in json.loads(body)["items"] if a.get("denominazione") == name]

    def company(self, name):
        return {**COMPANY, "denominazione": name}

    def new_upload(self, content=PDF):
        status, _, body = self.call("POST", "/api/v1/uploads", {
            "filename": "relazione.pdf", "size": len(content), "content_type": "application/pdf",
            "sha256": hashlib.sha256(content).hexdigest()})
        self.assertEqual(status, 201, body)
        return json.loads(body)["id"]

    # --- pass-through ----------------------------------------------------------------------

    def test_answers_pass_through_on_a_kept_alive_connection(self):
        connection = self.connection()
        try:
            for _ in range(3):
                status, headers, body = self.call("GET", "/api/v1/info", connection=connection)
                self.assertEqual(status, 200)
                self.assertEqual(headers["X-Inlinea-Portal"], "1")
                self.assertIn("login_methods", json.loads(body))
        finally:
            connection.close()
        entries = self.entries()[-3:]
        self.assertEqual(len({e["connection"] for e in entries}), 1)
        for entry in entries:
            self.assertEqual((entry["method"], entry["path"], entry["fault"], entry["forwarded"],
                              entry["client_status"], entry["outcome"]),
                             ("GET", "/api/v1/info", None, 1, 200, "answered"))

    def test_problem_answers_and_query_strings_pass_through(self):
        status, headers, body = self.call("GET", "/api/v1/nope?x=1")
        self.assertEqual(status, 404)
        self.assertEqual(headers["Content-Type"], "application/problem+json")
        self.assertEqual(json.loads(body)["code"], "not_found")
        self.assertEqual(self.last_entry()["path"], "/api/v1/nope?x=1")

    def test_authorization_etag_and_if_match_pass_through(self):
        status, headers, body = self.call("GET", "/api/v1/me")
        self.assertEqual(status, 200, body)
        etag = headers["ETag"]
        self.assertTrue(etag)
        profile = json.loads(body)
        # No If-Match would be 428: 412 proves the stale one reached the portal.
        status, headers, body = self.call("PUT", "/api/v1/me", profile,
                                          headers={"If-Match": '"999999"'})
        self.assertEqual(status, 412, body)
        self.assertEqual(headers["ETag"], etag)

    def test_idempotency_key_and_replayed_answer_pass_through(self):
        name = "Idempotenza S.r.l."
        key = {"Idempotency-Key": "proxy-test-idem-1"}
        first = self.call("POST", "/api/v1/anagrafiche", self.company(name), headers=key)
        second = self.call("POST", "/api/v1/anagrafiche", self.company(name), headers=key)
        self.assertEqual((first[0], second[0]), (201, 201), first[2])
        self.assertEqual(json.loads(first[2])["id"], json.loads(second[2])["id"])
        self.assertEqual(first[1]["Location"], second[1]["Location"])
        self.assertEqual(len(self.anagrafiche_named(name)), 1)

    def test_content_range_passes_through(self):
        upload = self.new_upload()
        half = len(PDF) // 2
        status, _, body = self.call("PUT", f"/api/v1/uploads/{upload}", PDF[:half], headers={
            "Content-Range": f"bytes 0-{half - 1}/{len(PDF)}",
            "Content-Type": "application/octet-stream"})
        self.assertEqual(status, 200, body)
        self.assertEqual(json.loads(body)["received"], half)

    # --- faults ----------------------------------------------------------------------------

    def test_drop_before_never_reaches_the_portal(self):
        name = "Drop Before S.r.l."
        self.set_rules([{"id": "db", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "drop_before"}])
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError, ssl.SSLError)):
            self.call("POST", "/api/v1/anagrafiche", self.company(name))
        entry = self.last_entry()
        self.assertEqual((entry["fault"], entry["rule"], entry["forwarded"], entry["client_status"],
                          entry["outcome"]), ("drop_before", "db", 0, None, "dropped"))
        self.assertEqual(self.anagrafiche_named(name), [])

    def test_drop_after_loses_the_answer_of_a_processed_request(self):
        name = "Drop After S.r.l."
        self.set_rules([{"id": "da", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "drop_after"}])
        with self.assertRaises((http.client.RemoteDisconnected, ConnectionError, ssl.SSLError)):
            self.call("POST", "/api/v1/anagrafiche", self.company(name))
        entry = self.last_entry()
        self.assertEqual((entry["forwarded"], entry["upstream_status"], entry["client_status"],
                          entry["outcome"]), (1, 201, None, "dropped"))
        self.assertEqual(len(self.anagrafiche_named(name)), 1)

    def test_drop_after_with_a_partial_answer(self):
        self.set_rules([{"id": "dp", "path": "^/api/v1/info$", "fault": "drop_after",
                         "partial_answer": True}])
        connection = self.connection()
        try:
            connection.request("GET", "/api/v1/info")
            response = connection.getresponse()
            self.assertEqual(response.status, 200)  # the headers arrived...
            with self.assertRaises(http.client.IncompleteRead):  # ...half of the body did not
                response.read()
        finally:
            connection.close()
        entry = self.last_entry()
        self.assertEqual((entry["forwarded"], entry["client_status"], entry["outcome"]),
                         (1, None, "dropped"))
        self.assertRegex(entry["error"], r"^sent \d+ bytes of the answer$")

    def test_status_500_without_forwarding(self):
        self.set_rules([{"id": "s5", "path": "^/api/v1/info$", "fault": "status_500"}])
        status, headers, body = self.call("GET", "/api/v1/info")
        self.assertEqual(status, 500)
        self.assertEqual(headers["Content-Type"], "application/problem+json")
        self.assertEqual(json.loads(body)["code"], "internal_error")
        self.assertEqual((self.last_entry()["forwarded"], self.last_entry()["client_status"]),
                         (0, 500))

    def test_status_500_after_the_portal_processed_it(self):
        name = "Cinquecento Dopo S.r.l."
        self.set_rules([{"id": "s5a", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "status_500_after"}])
        status, headers, body = self.call("POST", "/api/v1/anagrafiche", self.company(name))
        self.assertEqual(status, 500)
        self.assertEqual(json.loads(body)["status"], 500)
        entry = self.last_entry()
        self.assertEqual((entry["forwarded"], entry["upstream_status"], entry["client_status"]),
                         (1, 201, 500))
        self.assertEqual(len(self.anagrafiche_named(name)), 1)

    def test_delay_after_outlasts_the_client_timeout(self):
        name = "Ritardo S.r.l."
        self.set_rules([{"id": "dl", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "delay_after", "seconds": 3}])
        started = time.monotonic()
        with self.assertRaises(TimeoutError):
            self.call("POST", "/api/v1/anagrafiche", self.company(name), timeout=1)
        self.assertLess(time.monotonic() - started, 2.5)
        entry = self.last_entry()
        self.assertEqual((entry["fault"], entry["forwarded"], entry["upstream_status"],
                          entry["outcome"]), ("delay_after", 1, 201, "delayed"))
        self.assertEqual(len(self.anagrafiche_named(name)), 1)

    def test_delayed_answer_still_arrives_for_a_patient_client(self):
        self.set_rules([{"id": "dl2", "path": "^/api/v1/info$", "fault": "delay_after",
                         "seconds": 1}])
        started = time.monotonic()
        status, _, _ = self.call("GET", "/api/v1/info", timeout=10)
        self.assertEqual(status, 200)
        self.assertGreaterEqual(time.monotonic() - started, 1)

    def test_duplicate_delivers_twice_and_answers_with_the_second(self):
        name = "Doppione S.r.l."
        self.set_rules([{"id": "dup", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "duplicate"}])
        status, _, body = self.call("POST", "/api/v1/anagrafiche", self.company(name))
        self.assertEqual(status, 201, body)
        entry = self.last_entry()
        self.assertEqual((entry["forwarded"], entry["upstream_statuses"]), (2, [201, 201]))
        created = self.anagrafiche_named(name)
        self.assertEqual(len(created), 2)  # no Idempotency-Key: the portal created twice
        self.assertEqual(json.loads(body)["id"], max(a["id"] for a in created))

    def test_duplicate_with_idempotency_key_is_replayed(self):
        name = "Doppione Idempotente S.r.l."
        self.set_rules([{"id": "dup2", "method": "POST", "path": "^/api/v1/anagrafiche$",
                         "fault": "duplicate"}])
        status, _, body = self.call("POST", "/api/v1/anagrafiche", self.company(name),
                                    headers={"Idempotency-Key": "proxy-test-dup-2"})
        self.assertEqual(status, 201, body)
        self.assertEqual(self.last_entry()["forwarded"], 2)
        self.assertEqual(len(self.anagrafiche_named(name)), 1)

    def test_reset_mid_body_cuts_an_upload_chunk(self):
        upload = self.new_upload()
        self.set_rules([{"id": "rb", "method": "PUT", "path": "^/api/v1/uploads/", "bytes": 1000,
                         "fault": "reset_mid_body"}])
        with self.assertRaises((http.client.HTTPException, ConnectionError, ssl.SSLError)):
            self.call("PUT", f"/api/v1/uploads/{upload}", PDF, headers={
                "Content-Range": f"bytes 0-{len(PDF) - 1}/{len(PDF)}",
                "Content-Type": "application/octet-stream"})
        entry = self.last_entry()
        self.assertEqual((entry["fault"], entry["forwarded"], entry["outcome"]),
                         ("reset_mid_body", 0, "reset"))
        self.assertIn("after 1000 of", entry["error"])
        status, _, body = self.call("GET", f"/api/v1/uploads/{upload}")
        self.assertEqual((status, json.loads(body)["received"]), (200, 0))

    # --- rules -----------------------------------------------------------------------------

    def test_count_method_and_path_select_the_requests(self):
        self.set_rules([{"id": "c2", "method": "GET", "path": "^/api/v1/info$",
                         "fault": "status_500", "count": 2}])
        self.assertEqual(self.call("HEAD", "/api/v1/info")[0], 200)  # other method
        self.assertEqual(self.call("GET", "/healthz")[0], 200)  # other path
        statuses = [self.call("GET", "/api/v1/info")[0] for _ in range(3)]
        self.assertEqual(statuses, [500, 500, 200])
        # Rewriting the file keeps the hits of the rules it still holds.
        self.set_rules([{"id": "c2", "method": "GET", "path": "^/api/v1/info$",
                         "fault": "status_500", "count": 2},
                        {"id": "c3", "path": "info", "fault": "status_500", "count": 1}])
        statuses = [self.call("GET", "/api/v1/info")[0] for _ in range(2)]
        self.assertEqual(statuses, [500, 200])

    def test_unlimited_count_and_a_fault_on_a_kept_alive_connection(self):
        self.set_rules([{"id": "all", "path": "^/api/v1/info$", "fault": "status_500",
                         "count": -1}])
        connection = self.connection()
        try:
            statuses = [self.call("GET", "/api/v1/info", connection=connection)[0]
                        for _ in range(3)]
            self.assertEqual(statuses, [500, 500, 500])
            self.set_rules([])
            self.assertEqual(self.call("GET", "/api/v1/info", connection=connection)[0], 200)
        finally:
            connection.close()

    def test_portal_down_is_a_502_problem(self):
        pki = os.path.join(self.state, "pki")
        port = free_port()
        proxy = subprocess.Popen(
            [PYTHON, PROXY, "--listen-port", str(port), "--upstream",
             f"https://localhost:{free_port()}", "--cert", os.path.join(pki, "server.pem"),
             "--key", os.path.join(pki, "server.key"), "--ca", self.ca,
             "--rules", os.path.join(self.tmp.name, "none.json"),
             "--log", os.path.join(self.tmp.name, "down.jsonl")],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            self.assertEqual(proxy.stdout.readline().strip(), "ready")
            connection = http.client.HTTPSConnection("localhost", port, context=self.context,
                                                     timeout=15)
            connection.request("GET", "/api/v1/info")
            response = connection.getresponse()
            self.assertEqual(response.status, 502)
            self.assertEqual(json.loads(response.read())["code"], "bad_gateway")
            connection.close()
        finally:
            proxy.terminate()
            proxy.wait(10)
            proxy.stdout.close()
        with open(os.path.join(self.tmp.name, "down.jsonl"), encoding="utf-8") as handle:
            entry = json.loads(handle.readline())
        self.assertEqual((entry["forwarded"], entry["outcome"], entry["client_status"]),
                         (0, "upstream_error", 502))

    def test_broken_rules_file_answers_500_and_says_why(self):
        with open(self.rules, "w", encoding="utf-8") as handle:
            handle.write('{"rules": [{"path": "x", "fault": "explode"}]}')
        status, _, body = self.call("GET", "/api/v1/info")
        self.assertEqual(status, 500)
        self.assertIn(b"unknown fault", body)


if __name__ == "__main__":
    unittest.main()
