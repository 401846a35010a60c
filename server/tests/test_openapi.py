"""server/openapi.yaml documents exactly the routes of the app, and responses match it."""

import os
import re
import unittest

import jsonschema
import yaml

from inlinea_portal import create_app

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


def documented_routes(spec) -> dict[str, set[str]]:
    return {path: {m.upper() for m in item if m in HTTP_METHODS}
            for path, item in spec["paths"].items()}


class OpenApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.spec = load_spec()
        cls.app = create_app({"TESTING": True}, environ={})

    def test_version_and_components(self):
        self.assertTrue(self.spec["openapi"].startswith("3.1"))
        for name in ("Info", "Problem"):
            self.assertIn(name, self.spec["components"]["schemas"])

    def test_every_route_is_documented(self):
        routes, documented = flask_routes(self.app), documented_routes(self.spec)
        self.assertEqual(sorted(set(routes) - set(documented)), [], "routes missing from openapi")
        self.assertEqual(sorted(set(documented) - set(routes)), [], "documented but not routes")
        for path, methods in routes.items():
            self.assertEqual(methods, documented[path], f"methods of {path}")

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


if __name__ == "__main__":
    unittest.main()
