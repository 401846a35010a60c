"""Helpers of the anagrafiche and profile API tests: a seeded portal in a temporary
directory (Flask test client), sessions for the two seeded compilatori, problem and
schema assertions, and a mail sink whose Maildir the tests read."""

from __future__ import annotations

import atexit
import mailbox
import os
import shutil
import tempfile
import threading
import time
import unittest
from email import policy
from email.parser import BytesParser

import jsonschema
import yaml

from inlinea_portal import create_app, seed_data, tokens
from inlinea_portal.db import connect
from inlinea_portal.seed import seed

from .support import SERVER_DIR, Background, free_port

PROBLEM = "application/problem+json"
MARIO_CF = seed_data.COMPILATORE["codice_fiscale"]
LUCA_CF = seed_data.COMPILATORE_2["codice_fiscale"]

_spec = None
_template_lock = threading.Lock()
_template_dir: str | None = None


def seeded_database(state: str) -> str:
    """A copy of a database seeded once per test process, as `state`/portal.sqlite3."""
    global _template_dir
    with _template_lock:
        if _template_dir is None:
            _template_dir = tempfile.mkdtemp(prefix="inlinea-seeded-")
            atexit.register(shutil.rmtree, _template_dir, True)
            seed(os.path.join(_template_dir, "portal.sqlite3"))
    target = os.path.join(state, "portal.sqlite3")
    for suffix in ("", "-wal"):
        source = os.path.join(_template_dir, "portal.sqlite3" + suffix)
        if os.path.exists(source):
            shutil.copyfile(source, target + suffix)
    return target


def spec() -> dict:
    global _spec
    if _spec is None:
        with open(os.path.join(SERVER_DIR, "openapi.yaml"), encoding="utf-8") as handle:
            _spec = yaml.safe_load(handle)
    return _spec


class ApiTestCase(unittest.TestCase):
    """A freshly seeded portal for every test (a copy of one seeded database)."""

    config: dict = {}

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)
        self.state = self.tmp.name
        seeded_database(self.state)
        self.app = create_app({"TESTING": True, "STATE_DIR": self.state,
                               "PUBLIC_URL": "https://portale.test", **self.config},
                              environ={})
        self.client = self.app.test_client()
        self.conn = connect(self.app.config["DATABASE"])
        self.addCleanup(self.conn.close)
        self.mario = self.user_id(MARIO_CF)
        self.luca = self.user_id(LUCA_CF)
        self.mario_token = self.token(self.mario)
        self.luca_token = self.token(self.luca)

    def user_id(self, cf: str) -> int:
        return self.conn.execute("SELECT id FROM users WHERE codice_fiscale = ?",
                                 (cf,)).fetchone()["id"]

    def token(self, user_id: int, method: str = "cns") -> str:
        return tokens.start_session(self.conn, user_id, method).access_token

    def call(self, method: str, path: str, token: str | None = "mario", headers=None,
             **kwargs):
        headers = dict(headers or {})
        if token is not None:
            token = {"mario": self.mario_token, "luca": self.luca_token}.get(token, token)
            headers["Authorization"] = f"Bearer {token}"
        return self.client.open(path, method=method, headers=headers, **kwargs)

    def rows(self, sql: str, *params) -> list[dict]:
        return [dict(row) for row in self.conn.execute(sql, params)]

    def assertProblem(self, response, status: int, code: str) -> dict:
        self.assertEqual(response.status_code, status, response.get_data(as_text=True))
        self.assertEqual(response.mimetype, PROBLEM)
        body = response.get_json(force=True)
        self.assertEqual((body["status"], body["code"]), (status, code))
        self.assertEqual(body["type"], "urn:inlinea:problem:" + code)
        self.assertTrue(body["title"] and body["detail"])
        self.assertSchema(body, "Problem")
        return body

    def assertFieldErrors(self, response, expected: dict[str, str]) -> dict[str, dict]:
        """422 whose errors are exactly `expected` {field: code} (first error of each)."""
        body = self.assertProblem(response, 422, "validation_failed")
        first: dict[str, dict] = {}
        for error in body["errors"]:
            self.assertSchema(error, "FieldError")
            first.setdefault(error["field"], error)
        self.assertEqual({field: error["code"] for field, error in first.items()}, expected,
                         body["errors"])
        return first

    def assertSchema(self, instance, name: str) -> None:
        schema = {"$ref": f"#/components/schemas/{name}", "components": spec()["components"]}
        jsonschema.Draft202012Validator(schema).validate(instance)


class MailSink:
    """`manage.py mailsink` on a free port; `mail_to` reads (and marks read) a message."""

    def __init__(self, directory: str):
        self.port = free_port()
        self.maildir = os.path.join(directory, "Maildir")
        self.process = Background(["mailsink", "--maildir", self.maildir, "--port",
                                   str(self.port)], os.path.join(directory, "mailsink.log"))
        self.process.wait_for_port(self.port)

    def stop(self) -> None:
        self.process.stop()

    def messages(self) -> list:
        found = []
        if not os.path.isdir(os.path.join(self.maildir, "new")):
            return found
        for name in sorted(os.listdir(os.path.join(self.maildir, "new"))):
            with open(os.path.join(self.maildir, "new", name), "rb") as handle:
                found.append((name, BytesParser(policy=policy.default).parse(handle)))
        return found

    def mail_to(self, address: str, timeout: float = 5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for name, message in self.messages():
                if message["To"] == address:
                    os.rename(os.path.join(self.maildir, "new", name),
                              os.path.join(self.maildir, "cur", name))  # read once
                    return message
            time.sleep(0.05)
        raise AssertionError(f"nessuna email per {address}")

    def unread_to(self, address: str) -> int:
        mailbox.Maildir(self.maildir, create=False)  # the sink created it
        return sum(1 for _name, message in self.messages() if message["To"] == address)
