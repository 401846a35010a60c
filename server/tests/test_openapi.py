"""server/openapi.yaml documents exactly the routes of the app, and responses match it."""

import os
import re
import tempfile
import unittest

import jsonschema
import yaml

from inlinea_portal import create_app, tokens
from inlinea_portal.cns.app import create_cns_app
from inlinea_portal.db import connect
from inlinea_portal.migrations import migrate

from .support import SERVER_DIR

IGNORED_METHODS = {"HEAD", "OPTIONS"}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def load_spec():
    with open(os.path.join(SERVER_DIR, "openapi.yaml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def flask_routes(app) -> dict[str, set[str]]:
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes.setdefault(path, set()).update(m for m in rule.methods if m not in IGNORED_METHODS)
    return routes


def documented_routes(spec, app_name: str = "main") -> dict[str, set[str]]:
    """Paths of one app: `x-inlinea-app: cns` marks those of `manage.py serve-cns`."""
    return {path: {m.upper() for m in item if m in HTTP_METHODS}
            for path, item in spec["paths"].items()
            if item.get("x-inlinea-app", "main") == app_name}


class OpenApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spec = load_spec()
        cls.tmp = tempfile.TemporaryDirectory()
        migrate(os.path.join(cls.tmp.name, "portal.sqlite3"))
        cls.app = create_app({"TESTING": True, "STATE_DIR": cls.tmp.name}, environ={})
        cls.cns_app = create_cns_app({"TESTING": True, "STATE_DIR": cls.tmp.name}, environ={})

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_version_and_components(self):
        self.assertTrue(self.spec["openapi"].startswith("3.1"))
        for name in ("Info", "Problem"):
            self.assertIn(name, self.spec["components"]["schemas"])

    def test_every_route_is_documented(self):
        for app, name in ((self.app, "main"), (self.cns_app, "cns")):
            routes, documented = flask_routes(app), documented_routes(self.spec, name)
            self.assertEqual(sorted(set(routes) - set(documented)), [],
                             f"{name}: routes missing from openapi")
            self.assertEqual(sorted(set(documented) - set(routes)), [],
                             f"{name}: documented but not routes")
            for path, methods in routes.items():
                self.assertEqual(methods, documented[path], f"{name}: methods of {path}")

    def test_cns_path_has_its_own_server(self):
        item = self.spec["paths"]["/api/v1/auth/cns"]
        self.assertEqual(item["x-inlinea-app"], "cns")
        self.assertTrue(item["servers"][0]["url"].startswith("https://"))

    def test_every_operation_has_responses(self):
        for path, item in self.spec["paths"].items():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    self.assertTrue(operation.get("responses"), f"{method} {path}")

    def validate(self, instance, schema_name):
        schema = {"$ref": f"#/components/schemas/{schema_name}",
                  "components": self.spec["components"]}
        jsonschema.Draft202012Validator(schema).validate(instance)

    def test_responses_match_schemas(self):
        client = self.app.test_client()
        self.validate(client.get("/api/v1/info").get_json(), "Info")
        comune = create_app({"TESTING": True, "FLAVOUR": "comune"}, environ={})
        self.validate(comune.test_client().get("/api/v1/info").get_json(), "Info")
        self.validate(client.get("/healthz").get_json(), "Health")
        self.validate(client.get("/missing").get_json(force=True), "Problem")
        self.validate(client.put("/healthz").get_json(force=True), "Problem")
        with_cns = create_app({"TESTING": True, "CNS_PORT": 8444}, environ={})
        self.validate(with_cns.test_client().get("/api/v1/info").get_json(), "Info")

    def test_auth_responses_match_schemas(self):
        client = self.app.test_client()
        conn = connect(self.app.config["DATABASE"])
        try:
            user = conn.execute("INSERT INTO users (codice_fiscale, nome, cognome) VALUES "
                                "('RSSMRA85T10A562S', 'Mario', 'Rossi')").lastrowid
            pair = tokens.start_session(conn, user, "cns")
        finally:
            conn.close()
        me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {pair.access_token}"})
        self.validate(me.get_json(), "Me")
        reply = client.post("/api/v1/auth/token", data={"grant_type": "refresh_token",
                                                        "refresh_token": pair.refresh_token})
        self.validate(reply.get_json(), "TokenResponse")
        self.validate(client.get("/api/v1/me").get_json(force=True), "Problem")
        self.validate(client.post("/api/v1/auth/token", json={}).get_json(force=True),
                      "Problem")
        cns = self.cns_app.test_client().post("/api/v1/auth/cns")
        self.assertEqual(cns.status_code, 401)
        self.validate(cns.get_json(force=True), "Problem")


if __name__ == "__main__":
    unittest.main()
