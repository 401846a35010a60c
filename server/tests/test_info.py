"""GET /api/v1/info, the home page, healthz and problem+json errors (Flask test client)."""

import datetime as dt
import unittest

from inlinea_portal import create_app

PROBLEM = "application/problem+json"


_APPS = []  # responses reach their app through weak references: keep apps alive


def make_app(**overrides):
    # environ={}: ignore any INLINEA_* variables of the shell running the tests.
    app = create_app({"TESTING": True, **overrides}, environ={})
    _APPS.append(app)
    return app


def client(**overrides):
    return make_app(**overrides).test_client()


class InfoTest(unittest.TestCase):
    def get_info(self, **overrides):
        response = client(**overrides).get("/api/v1/info")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "application/json")
        self.assertEqual(response.headers["X-Inlinea-Portal"], "1")
        return response.get_json()

    def test_inlinea_flavour(self):
        info = self.get_info()
        self.assertEqual(info["api_version"], "1")
        self.assertEqual(info["flavour"], "inlinea")
        self.assertEqual(info["name"], "Inlinea – Città Metropolitana di Milano")
        self.assertEqual(info["authority"], "Città Metropolitana di Milano")
        self.assertEqual(info["login_methods"], ["spid", "cns"])
        self.assertEqual(info["registration"], {"enabled": False, "types": []})

    def test_inlinea_legacy_credentials(self):
        info = self.get_info(LEGACY_CREDENTIALS=True)
        self.assertEqual(info["login_methods"], ["spid", "cns", "password"])
        self.assertFalse(info["registration"]["enabled"])

    def test_legacy_flag_from_environment(self):
        app = create_app({"TESTING": True}, environ={"INLINEA_LEGACY_CREDENTIALS": "1",
                                                     "INLINEA_NAME": "Portale di prova"})
        info = app.test_client().get("/api/v1/info").get_json()
        self.assertIn("password", info["login_methods"])
        self.assertEqual(info["name"], "Portale di prova")

    def test_comune_flavour(self):
        info = self.get_info(FLAVOUR="comune", PORTAL_NAME="Comune di Milano")
        self.assertEqual(info["flavour"], "comune")
        self.assertEqual(info["name"], "Comune di Milano")
        self.assertEqual(info["login_methods"], ["password", "spid"])
        self.assertEqual(info["registration"], {"enabled": True, "types": [
            {"code": "cittadino", "profiles": ["base", "completo"]},
            {"code": "aziende_professionisti_enti", "profiles": ["base"]},
            {"code": "turisti", "profiles": ["base"]},
        ]})

    def test_limits_and_time(self):
        info = self.get_info()
        self.assertEqual(info["limits"], {
            "max_upload_bytes": 104857600,
            "max_attachments_per_pratica": 50,
            "allowed_attachment_types": ["application/pdf", "application/pkcs7-mime",
                                         "image/jpeg", "image/png", "application/xml"],
            "max_spontaneous_integrations": 2,
            "upload_chunk_bytes": 1048576,
        })
        server_time = dt.datetime.strptime(info["server_time"], "%Y-%m-%dT%H:%M:%SZ")
        now = dt.datetime.utcnow()
        self.assertLess(abs((now - server_time).total_seconds()), 60)

    def test_cns_login_url(self):
        self.assertNotIn("cns_login_url", self.get_info())  # CNS port unknown
        info = self.get_info(CNS_PORT=8444)
        self.assertEqual(info["cns_login_url"], "https://localhost:8444/api/v1/auth/cns")
        self.assertNotIn("cns_login_url", self.get_info(CNS_PORT=8444, FLAVOUR="comune"))
        app = create_app({"TESTING": True}, environ={"INLINEA_CNS_PORT": "9444"})
        for host, expected in (("127.0.0.1:8443", "127.0.0.1"), ("[::1]:8443", "[::1]"),
                               ("localhost", "localhost")):
            info = app.test_client().get("/api/v1/info", headers={"Host": host}).get_json()
            self.assertEqual(info["cns_login_url"], f"https://{expected}:9444/api/v1/auth/cns")

    def test_serve_passes_the_cns_port(self):
        from inlinea_portal.serve import build_environment

        env = build_environment("/tmp/s", "inlinea", None, "127.0.0.1", 2525, False, 8444)
        self.assertEqual(env["INLINEA_CNS_PORT"], "8444")
        self.assertNotIn("INLINEA_CNS_PORT",
                         build_environment("/tmp/s", "inlinea", None, "127.0.0.1", 2525, False))

    def test_unknown_flavour_is_refused(self):
        with self.assertRaises(ValueError):
            make_app(FLAVOUR="provincia")


class PagesTest(unittest.TestCase):
    def test_home_is_italian_html(self):
        response = client().get("/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.mimetype, "text/html")
        text = response.get_data(as_text=True)
        self.assertIn('lang="it"', text)
        self.assertIn("Inlinea – Città Metropolitana di Milano", text)

    def test_home_escapes_the_name(self):
        text = client(PORTAL_NAME="<b>x</b>").get("/").get_data(as_text=True)
        self.assertIn("&lt;b&gt;x&lt;/b&gt;", text)

    def test_healthz(self):
        response = client().get("/healthz")
        self.assertEqual((response.status_code, response.get_json()), (200, {"status": "ok"}))


class ProblemTest(unittest.TestCase):
    def assertProblem(self, response, status, code):
        self.assertEqual(response.status_code, status)
        self.assertEqual(response.headers["Content-Type"], PROBLEM)
        self.assertEqual(response.headers["X-Inlinea-Portal"], "1")
        body = response.get_json(force=True)
        self.assertEqual(body["status"], status)
        self.assertEqual(body["code"], code)
        self.assertEqual(body["type"], "urn:inlinea:problem:" + code)
        self.assertTrue(body["title"] and body["detail"])
        return body

    def test_404(self):
        body = self.assertProblem(client().get("/api/v1/nope"), 404, "not_found")
        self.assertEqual(body["title"], "Risorsa non trovata")
        self.assertEqual(body["instance"], "/api/v1/nope")

    def test_405_lists_allowed_methods(self):
        response = client().delete("/api/v1/info")
        body = self.assertProblem(response, 405, "method_not_allowed")
        self.assertEqual(body["title"], "Metodo non consentito")
        self.assertIn("DELETE", body["detail"])
        self.assertIn("GET", response.headers["Allow"])

    def test_500_hides_internals(self):
        app = make_app()

        def boom():
            raise RuntimeError("segreto interno")

        # Registered only here, so the OpenAPI comparison never sees it.
        app.add_url_rule("/api/v1/_test/boom", "test_boom", boom)
        with self.assertLogs(app.logger, level="ERROR") as logs:
            response = app.test_client().get("/api/v1/_test/boom")
        body = self.assertProblem(response, 500, "internal_error")
        self.assertEqual(body["title"], "Errore interno del server")
        self.assertNotIn("segreto", response.get_data(as_text=True))
        self.assertIn("segreto interno", "\n".join(logs.output))

    def test_api_problem_with_field_errors(self):
        from inlinea_portal.errors import ApiProblem

        app = make_app()

        def invalid():
            raise ApiProblem(422, errors=[{"field": "codice_fiscale",
                                           "message": "carattere di controllo errato: atteso S"}])

        app.add_url_rule("/api/v1/_test/invalid", "test_invalid", invalid, methods=["POST"])
        body = self.assertProblem(app.test_client().post("/api/v1/_test/invalid"), 422,
                                  "validation_failed")
        self.assertEqual(body["title"], "Dati non validi")
        self.assertEqual(body["errors"][0]["field"], "codice_fiscale")


if __name__ == "__main__":
    unittest.main()
