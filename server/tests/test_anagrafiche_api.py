"""/api/v1/anagrafiche (docs/anagrafiche-api.md): authentication, list (paging, search,
sorting, total, domande), create (Location, ETag, Idempotency-Key), get, put and delete
with If-Match (428/412 with `current`), 409 has_pratiche, watch, field validation, and
the isolation between the two seeded compilatori."""

import unittest

from inlinea_portal.api.common import fold

from .api_support import ApiTestCase

BASE = "/api/v1/anagrafiche"

COMPANY = {
    "tipo": "persona_giuridica", "denominazione": "  Acme Società Agricola S.r.l. ",
    "codice_fiscale": "00743110157", "partita_iva": "00743110157",
    "indirizzo": "Via Roma 1", "comune": "Milano", "cap": "20121", "provincia": "mi",
    "pec": "acme@pec.example.it", "email": "", "telefono": "+39 02 1234 5678",
    "legale_rappresentante_cognome": "Rossi", "legale_rappresentante_nome": "Mario",
    "legale_rappresentante_codice_fiscale": "rssmra85t10a562s",
    "legale_rappresentante_qualifica": "Amministratore unico",
}
PERSON = {
    "tipo": "persona_fisica", "cognome": "Bianchi", "nome": "Laura", "sesso": "f",
    "data_nascita": "1990-01-01", "comune_nascita": "Milano", "provincia_nascita": "MI",
    "codice_fiscale": "BNCLRA90A41F205I", "indirizzo": "Via Verdi 2", "comune": "Rho",
}


class AnagraficheTestCase(ApiTestCase):
    def listing(self, token="mario", **params):
        response = self.call("GET", BASE, token, query_string=params)
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        body = response.get_json()
        self.assertSchema(body, "AnagraficaList")
        return body

    def create(self, body, token="mario", key=None):
        headers = {"Idempotency-Key": key} if key else {}
        return self.call("POST", BASE, token, headers=headers, json=body)

    def created(self, body, token="mario"):
        response = self.create(body, token)
        self.assertEqual(response.status_code, 201, response.get_data(as_text=True))
        return response.get_json()

    def one(self, anagrafica_id, token="mario"):
        return self.call("GET", f"{BASE}/{anagrafica_id}", token)

    def put(self, anagrafica_id, body, if_match=None, token="mario"):
        headers = {"If-Match": if_match} if if_match is not None else {}
        return self.call("PUT", f"{BASE}/{anagrafica_id}", token, headers=headers, json=body)

    def delete(self, anagrafica_id, if_match=None, token="mario"):
        headers = {"If-Match": if_match} if if_match is not None else {}
        return self.call("DELETE", f"{BASE}/{anagrafica_id}", token, headers=headers)

    def ids_of(self, user_id):
        return [r["id"] for r in self.rows("SELECT id FROM anagrafiche WHERE owner_user_id = ? "
                                           "ORDER BY id", user_id)]


class AuthTest(AnagraficheTestCase):
    def test_every_route_needs_a_token(self):
        anagrafica = self.ids_of(self.mario)[0]
        for method, path in (("GET", BASE), ("POST", BASE), ("GET", f"{BASE}/{anagrafica}"),
                             ("PUT", f"{BASE}/{anagrafica}"), ("DELETE", f"{BASE}/{anagrafica}"),
                             ("PUT", f"{BASE}/{anagrafica}/watch"),
                             ("DELETE", f"{BASE}/{anagrafica}/watch")):
            with self.subTest(method=method, path=path):
                missing = self.call(method, path, token=None, json={})
                self.assertProblem(missing, 401, "unauthorized")
                self.assertEqual(missing.headers["WWW-Authenticate"], 'Bearer realm="inlinea"')
                wrong = self.call(method, path, token="non-un-token", json={})
                self.assertProblem(wrong, 401, "unauthorized")
                self.assertIn('error="invalid_token"', wrong.headers["WWW-Authenticate"])
        self.assertEqual(self.rows("SELECT version, watched FROM anagrafiche WHERE id = ?",
                                   anagrafica), [{"version": 1, "watched": 1}])

    def test_unknown_methods_and_ids(self):
        self.assertProblem(self.call("PATCH", BASE), 405, "method_not_allowed")
        self.assertProblem(self.one(999999), 404, "not_found")
        self.assertProblem(self.call("GET", f"{BASE}/abc"), 404, "not_found")


class ListTest(AnagraficheTestCase):
    def test_default_page_has_every_own_anagrafica_sorted_by_name(self):
        body = self.listing()
        self.assertEqual((body["page"], body["per_page"], body["total"]), (1, 50, 25))
        self.assertEqual(sorted(item["id"] for item in body["items"]), self.ids_of(self.mario))
        names = [fold(item["denominazione"] if item["tipo"] in ("persona_giuridica", "ente")
                      else f"{item['cognome']} {item['nome']}") for item in body["items"]]
        self.assertEqual(names, sorted(names))
        first = body["items"][0]
        self.assertEqual(list(first), [
            "id", "tipo", "denominazione", "cognome", "nome", "sesso", "data_nascita",
            "comune_nascita", "provincia_nascita", "codice_fiscale", "partita_iva", "indirizzo",
            "comune", "cap", "provincia", "pec", "email", "telefono",
            "legale_rappresentante_cognome", "legale_rappresentante_nome",
            "legale_rappresentante_codice_fiscale", "legale_rappresentante_qualifica",
            "watched", "domande", "version", "updated_at"])
        self.assertEqual(self.call("GET", BASE).headers["Cache-Control"], "no-store")

    def test_paging(self):
        seen = []
        for page, size in ((1, 10), (2, 10), (3, 5)):
            body = self.listing(page=page, per_page=10)
            self.assertEqual((body["page"], body["per_page"], body["total"]), (page, 10, 25))
            self.assertEqual(len(body["items"]), size)
            seen += [item["id"] for item in body["items"]]
        self.assertEqual(sorted(seen), self.ids_of(self.mario))
        self.assertEqual(seen, [item["id"] for item in self.listing(per_page=500)["items"]])
        beyond = self.listing(page=4, per_page=10)
        self.assertEqual((beyond["items"], beyond["total"]), ([], 25))

    def test_bad_parameters_are_refused(self):
        for params in ({"per_page": 501}, {"per_page": 0}, {"page": 0}, {"page": "x"},
                       {"per_page": "-3"}, {"sort": "id"}, {"order": "up"}, {"q": "x" * 201}):
            with self.subTest(params=params):
                self.assertProblem(self.call("GET", BASE, query_string=params), 400,
                                   "invalid_request")

    def names(self, **params):
        return [item["denominazione"] or f"{item['cognome']} {item['nome']}"
                for item in self.listing(per_page=500, **params)["items"]]

    def test_search(self):
        self.assertEqual(self.names(q="fonderia"), ["Fonderia Ticino S.p.A."])
        self.assertEqual(self.names(q="  TICINO "), ["Fonderia Ticino S.p.A."])
        self.assertEqual(self.names(q="bianchi laura"), ["Bianchi Laura"])
        self.assertEqual(self.names(q="Laura Bianchi"), ["Bianchi Laura"])
        self.assertEqual(self.names(q="d'amico"), ["D'Amico Salvatore"])
        # comune, codice fiscale and partita IVA, as substrings
        self.assertEqual(sorted(self.names(q="legnano")),
                         ["Colombo Giuseppe", "Galvanica Olona S.n.c. di Colombo & C."])
        (fonderia,) = self.rows("SELECT * FROM anagrafiche WHERE owner_user_id = ? AND "
                                "denominazione LIKE 'Fonderia%'", self.mario)
        self.assertEqual(self.names(q=fonderia["codice_fiscale"][2:9].lower()),
                         ["Fonderia Ticino S.p.A."])
        (laura,) = self.rows("SELECT * FROM anagrafiche WHERE cognome = 'Bianchi'")
        self.assertEqual(self.names(q=laura["partita_iva"]), ["Bianchi Laura"])
        self.assertEqual(self.names(q=laura["codice_fiscale"].lower()), ["Bianchi Laura"])
        srl = self.rows("SELECT id FROM anagrafiche WHERE owner_user_id = ? "
                        "AND denominazione LIKE '%s.r.l.%'", self.mario)
        body = self.listing(q="s.r.l.", per_page=2)
        self.assertEqual((len(body["items"]), body["total"]), (2, len(srl)))
        self.assertEqual(self.listing(q="nessuna anagrafica così")["total"], 0)
        self.assertEqual(self.listing(q="")["total"], 25)

    def test_search_ignores_case_and_accents(self):
        self.created(COMPANY)
        for q in ("società agricola", "SOCIETA AGRICOLA", "Societa"):
            self.assertEqual(self.names(q=q), ["Acme Società Agricola S.r.l."], q)
        self.assertEqual(self.names(q="acme"), ["Acme Società Agricola S.r.l."])

    def test_sorting(self):
        everything = self.listing(per_page=500)["items"]
        for sort, key in (
                ("nome", lambda a: (fold(a["denominazione"] if a["tipo"] in
                                         ("persona_giuridica", "ente")
                                         else f"{a['cognome']} {a['nome']}"), a["id"])),
                ("sede", lambda a: (fold(a["comune"]), fold(a["indirizzo"]), a["id"])),
                ("codice", lambda a: (a["codice_fiscale"], a["partita_iva"] or "", a["id"])),
                ("domande", lambda a: (a["domande"], fold(a["denominazione"] if a["tipo"] in
                                                          ("persona_giuridica", "ente") else
                                                          f"{a['cognome']} {a['nome']}"),
                                       a["id"]))):
            with self.subTest(sort=sort):
                ascending = [a["id"] for a in self.listing(sort=sort, per_page=500)["items"]]
                self.assertEqual(ascending, [a["id"] for a in sorted(everything, key=key)])
                descending = [a["id"] for a in self.listing(sort=sort, order="desc",
                                                            per_page=500)["items"]]
                self.assertEqual(descending, ascending[::-1])
        # Paging follows the sort.
        target = [a for a in everything if a["domande"] == 1][-1]
        self.conn.execute("UPDATE pratiche SET anagrafica_id = ? WHERE id = (SELECT MIN(id) "
                          "FROM pratiche WHERE anagrafica_id != ?)", (target["id"], target["id"]))
        top = self.listing(sort="domande", order="desc", per_page=3)["items"]
        self.assertEqual([a["domande"] for a in top], [2, 1, 1])
        self.assertEqual(top[0]["id"], target["id"])

    def test_domande_counts_the_pratiche_of_each_anagrafica(self):
        counts = {row["anagrafica_id"]: row["n"] for row in self.rows(
            "SELECT anagrafica_id, COUNT(*) AS n FROM pratiche GROUP BY anagrafica_id")}
        items = self.listing(per_page=500)["items"]
        for item in items:
            self.assertEqual(item["domande"], counts.get(item["id"], 0), item["id"])
        self.assertEqual(sum(item["domande"] for item in items), 15)
        self.assertEqual(self.one(items[0]["id"]).get_json()["domande"],
                         counts.get(items[0]["id"], 0))


class CreateTest(AnagraficheTestCase):
    def test_create_company(self):
        response = self.create(COMPANY)
        self.assertEqual(response.status_code, 201, response.get_data(as_text=True))
        body = response.get_json()
        self.assertSchema(body, "Anagrafica")
        self.assertEqual(response.headers["Location"], f"{BASE}/{body['id']}")
        self.assertEqual(response.headers["ETag"], '"1"')
        self.assertEqual((body["version"], body["watched"], body["domande"]), (1, False, 0))
        # trimmed, "" -> null, codes upper-case
        self.assertEqual(body["denominazione"], "Acme Società Agricola S.r.l.")
        self.assertIsNone(body["email"])
        self.assertEqual(body["provincia"], "MI")
        self.assertEqual(body["legale_rappresentante_codice_fiscale"], "RSSMRA85T10A562S")
        self.assertIsNone(body["sesso"])
        self.assertRegex(body["updated_at"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        again = self.call("GET", response.headers["Location"])
        self.assertEqual(again.get_json(), body)
        self.assertEqual(again.headers["ETag"], '"1"')
        self.assertEqual(self.listing()["total"], 26)
        self.assertEqual(self.listing(token="luca")["total"], 3)

    def test_create_each_tipo(self):
        for body in (
                PERSON,
                {**PERSON, "tipo": "professionista", "partita_iva": "12345670157",
                 "pec": "laura.bianchi@pec.example.it"},
                {"tipo": "ente", "denominazione": "Comune di Prova",
                 "codice_fiscale": "80012345676",
                 "indirizzo": "Piazza del Municipio 1", "comune": "Prova",
                 "pec": "protocollo@pec.comune.prova.it"}):
            with self.subTest(tipo=body["tipo"]):
                created = self.created(body)
                self.assertEqual(created["tipo"], body["tipo"])
                self.assertEqual(created["codice_fiscale"], body["codice_fiscale"])
        person = self.created({**PERSON, "codice_fiscale": "RSSMRA85T10A56NH", "cognome": "Rossi",
                               "nome": "Mario", "sesso": "M", "data_nascita": "1985-12-10"})
        self.assertEqual((person["sesso"], person["data_nascita"]), ("M", "1985-12-10"))

    def test_read_only_and_unknown_keys_are_ignored(self):
        body = self.created({**COMPANY, "id": 1, "version": 99, "watched": True, "domande": 7,
                             "updated_at": "2000-01-01T00:00:00Z", "colore": "blu"})
        self.assertNotEqual(body["id"], 1)
        self.assertEqual((body["version"], body["watched"], body["domande"]), (1, False, 0))
        self.assertNotIn("colore", body)

    def test_idempotency_key(self):
        first = self.create(COMPANY, key="crea-acme-1")
        second = self.create({**COMPANY, "denominazione": "Altro nome"}, key="crea-acme-1")
        self.assertEqual((first.status_code, second.status_code), (201, 201))
        self.assertEqual(second.get_json(), first.get_json())
        self.assertEqual(second.headers["Location"], first.headers["Location"])
        self.assertEqual(second.headers["ETag"], first.headers["ETag"])
        self.assertEqual(len(self.rows("SELECT id FROM anagrafiche WHERE codice_fiscale = ? "
                                       "AND owner_user_id = ?", "00743110157", self.mario)), 1)
        # even an invalid body: the key decides
        self.assertEqual(self.create({"tipo": "nessuno"}, key="crea-acme-1").status_code, 201)
        # the answer is the anagrafica as it is now
        anagrafica = first.get_json()["id"]
        self.put(anagrafica, {**COMPANY, "telefono": "+39 02 0000 0000"}, '"1"')
        replay = self.create(COMPANY, key="crea-acme-1").get_json()
        self.assertEqual((replay["version"], replay["telefono"]), (2, "+39 02 0000 0000"))
        # another key, or the same key of another user: new anagrafiche
        other = self.create(COMPANY, key="crea-acme-2")
        self.assertNotEqual(other.get_json()["id"], anagrafica)
        theirs = self.create(COMPANY, key="crea-acme-1", token="luca")
        self.assertEqual(theirs.status_code, 201)
        self.assertNotIn(theirs.get_json()["id"], (anagrafica, other.get_json()["id"]))
        self.assertEqual(self.listing(token="luca")["total"], 4)

    def test_idempotency_key_of_a_deleted_anagrafica(self):
        created = self.create(COMPANY, key="k-deleted")
        self.assertEqual(self.delete(created.get_json()["id"], '"1"').status_code, 204)
        self.assertProblem(self.create(COMPANY, key="k-deleted"), 409, "idempotency_key_used")

    def test_malformed_idempotency_key(self):
        for key in ("x" * 256, "chiave con è", "\x01"):
            with self.subTest(key=key):
                response = self.client.post(BASE, json=COMPANY, headers={
                    "Authorization": f"Bearer {self.mario_token}",
                    "Idempotency-Key": key.encode("utf-8").decode("latin-1")})
                self.assertProblem(response, 400, "invalid_request")
        self.assertEqual(self.listing()["total"], 25)


class ValidationTest(AnagraficheTestCase):
    def test_body_must_be_a_json_object(self):
        for data in (b"[1, 2]", b'"testo"', b"42", b"null", b"{non json", b""):
            with self.subTest(data=data):
                response = self.call("POST", BASE, data=data,
                                     headers={"Content-Type": "application/json"})
                errors = self.assertFieldErrors(response, {"": "invalid_format"})
                self.assertIn("oggetto JSON", errors[""]["detail"])

    def test_tipo(self):
        self.assertFieldErrors(self.create({**COMPANY, "tipo": "societa"}),
                               {"tipo": "invalid_format"})
        self.assertFieldErrors(self.create({**COMPANY, "tipo": 3}), {"tipo": "invalid_format"})
        missing = dict(COMPANY)
        del missing["tipo"]
        self.assertFieldErrors(self.create(missing), {"tipo": "required"})

    def test_required_fields_by_tipo(self):
        everything_empty = {key: None for key in COMPANY}
        for tipo, required in (
                ("persona_giuridica", {"denominazione", "partita_iva", "pec"}),
                ("ente", {"denominazione", "pec"}),
                ("persona_fisica", {"cognome", "nome"}),
                ("professionista", {"cognome", "nome", "partita_iva"})):
            with self.subTest(tipo=tipo):
                errors = self.assertFieldErrors(
                    self.create({**everything_empty, "tipo": tipo}),
                    {key: "required" for key in required | {"codice_fiscale", "indirizzo",
                                                            "comune"}})
                if "pec" in required:
                    self.assertIn("per ", errors["pec"]["detail"])

    def test_field_errors(self):
        errors = self.assertFieldErrors(self.create({
            **COMPANY, "codice_fiscale": "00743110158", "partita_iva": "0074311015A",
            "cap": "2012", "provincia": "XX", "pec": "acme.pec.it", "email": "a@b",
            "legale_rappresentante_codice_fiscale": "RSSMRA85T10A562A", "telefono": 12}), {
            "codice_fiscale": "check_digit", "partita_iva": "invalid_character",
            "cap": "length", "provincia": "unknown_province", "pec": "invalid_format",
            "email": "invalid_format", "legale_rappresentante_codice_fiscale": "check_character",
            "telefono": "invalid_format"})
        self.assertEqual(errors["codice_fiscale"]["expected"], "7")
        self.assertEqual(errors["partita_iva"]["position"], 11)
        self.assertEqual(errors["legale_rappresentante_codice_fiscale"]["detail"],
                         "carattere di controllo errato: atteso S")
        self.assertEqual(self.listing()["total"], 25)

    def test_person_fields(self):
        self.assertFieldErrors(self.create({**PERSON, "sesso": "X", "data_nascita": "01/01/1990",
                                            "provincia_nascita": "Milano"}),
                               {"sesso": "invalid_format", "data_nascita": "invalid_format",
                                "provincia_nascita": "length"})
        self.assertFieldErrors(self.create({**PERSON, "data_nascita": "1990-02-30"}),
                               {"data_nascita": "nonexistent_date"})
        self.assertFieldErrors(self.create({**PERSON, "data_nascita": "2999-01-01"}),
                               {"data_nascita": "future_date"})
        errors = self.assertFieldErrors(self.create({**PERSON, "codice_fiscale": "BNCLRA90A41"}),
                                        {"codice_fiscale": "length"})
        self.assertIn("16", errors["codice_fiscale"]["detail"])
        errors = self.assertFieldErrors(
            self.create({**PERSON, "codice_fiscale": "BNCLRA90F41F205I"}),
            {"codice_fiscale": "invalid_month"})
        self.assertEqual(errors["codice_fiscale"]["position"], 9)

    def test_codice_fiscale_form_follows_tipo(self):
        self.assertFieldErrors(self.create({**COMPANY, "codice_fiscale": "RSSMRA85T10A562S"}),
                               {"codice_fiscale": "length"})
        self.assertFieldErrors(self.create({**PERSON, "codice_fiscale": "00743110157"}),
                               {"codice_fiscale": "length"})

    def test_codice_fiscale_must_match_the_person(self):
        response = self.create({**PERSON, "cognome": "Verdi", "nome": "Laura",
                                "data_nascita": "1990-01-02", "sesso": "M"})
        body = self.assertProblem(response, 422, "validation_failed")
        details = [e["detail"] for e in body["errors"]]
        self.assertEqual([e["code"] for e in body["errors"]], ["mismatch"] * 3)
        self.assertEqual({e["field"] for e in body["errors"]}, {"codice_fiscale"})
        for part in ("cognome", "data di nascita", "sesso"):
            self.assertTrue(any(part in d for d in details), (part, details))
        # the representative of a company too
        self.assertFieldErrors(self.create({**COMPANY, "legale_rappresentante_nome": "Luigi"}),
                               {"legale_rappresentante_codice_fiscale": "mismatch"})
        # without birth data only the names are compared
        self.created({**PERSON, "sesso": None, "data_nascita": None})

    def test_text_limits(self):
        self.assertFieldErrors(self.create({**COMPANY, "indirizzo": "x" * 201}),
                               {"indirizzo": "length"})
        self.created({**COMPANY, "indirizzo": "x" * 200})
        longest = "m@" + ".".join(["a" * 63] * 3 + ["b" * 57, "it"])  # 254 characters
        self.assertEqual(len(longest), 254)
        self.created({**COMPANY, "pec": longest, "email": longest})
        self.assertFieldErrors(self.create({**COMPANY, "pec": "m" + longest}),
                               {"pec": "invalid_format"})


class ItemTest(AnagraficheTestCase):
    def setUp(self):
        super().setUp()
        self.company = self.created(COMPANY)
        self.id = self.company["id"]

    def test_get(self):
        response = self.one(self.id)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["ETag"], '"1"')
        self.assertEqual(response.get_json(), self.company)

    def test_put_needs_if_match(self):
        self.assertProblem(self.put(self.id, COMPANY), 428, "precondition_required")
        self.assertEqual(self.one(self.id).get_json()["version"], 1)

    def test_put_replaces_and_bumps_version(self):
        changed = {**COMPANY, "telefono": "+39 02 9999 0000"}
        del changed["email"], changed["legale_rappresentante_qualifica"]  # absent -> null
        response = self.put(self.id, changed, '"1"')
        self.assertEqual(response.status_code, 200, response.get_data(as_text=True))
        body = response.get_json()
        self.assertSchema(body, "Anagrafica")
        self.assertEqual(response.headers["ETag"], '"2"')
        self.assertEqual((body["version"], body["telefono"]), (2, "+39 02 9999 0000"))
        self.assertIsNone(body["legale_rappresentante_qualifica"])
        self.assertGreaterEqual(body["updated_at"], self.company["updated_at"])
        self.assertEqual(self.one(self.id).get_json(), body)
        # the same body again changes nothing
        same = self.put(self.id, changed, '"2"')
        self.assertEqual((same.status_code, same.headers["ETag"]), (200, '"2"'))
        # tipo may change, with its own rules
        self.assertFieldErrors(self.put(self.id, {**changed, "tipo": "persona_fisica"}, '"2"'),
                               {"cognome": "required", "nome": "required",
                                "codice_fiscale": "length"})

    def test_stale_if_match_gives_the_current_version(self):
        self.assertEqual(self.put(self.id, {**COMPANY, "telefono": "1"}, '"1"').status_code, 200)
        stale = self.put(self.id, {**COMPANY, "telefono": "2"}, '"1"')
        body = self.assertProblem(stale, 412, "version_conflict")
        self.assertSchema(body, "AnagraficaConflict")
        self.assertEqual(stale.headers["ETag"], '"2"')
        self.assertEqual(body["current"], self.one(self.id).get_json())
        self.assertEqual(body["current"]["telefono"], "1")
        # an invalid body against a stale version: the conflict comes first
        self.assertProblem(self.put(self.id, {"tipo": "x"}, '"1"'), 412, "version_conflict")
        for header in ('"3"', 'W/"2"', "2x", '"1", "3"'):
            self.assertProblem(self.put(self.id, COMPANY, header), 412, "version_conflict")
        self.assertEqual(self.put(self.id, COMPANY, '"1", "2"').status_code, 200)
        self.assertEqual(self.put(self.id, {**COMPANY, "telefono": "3"}, "*").status_code, 200)
        self.assertEqual(self.one(self.id).get_json()["version"], 4)

    def test_invalid_put_changes_nothing(self):
        self.assertFieldErrors(self.put(self.id, {**COMPANY, "cap": "abc"}, '"1"'),
                               {"cap": "length"})
        self.assertEqual(self.one(self.id).get_json(), self.company)

    def test_delete(self):
        self.assertProblem(self.delete(self.id), 428, "precondition_required")
        self.assertProblem(self.delete(self.id, '"7"'), 412, "version_conflict")
        response = self.delete(self.id, '"1"')
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.get_data(), b"")
        self.assertProblem(self.one(self.id), 404, "not_found")
        self.assertProblem(self.delete(self.id, '"1"'), 404, "not_found")

    def test_delete_with_pratiche_is_refused(self):
        (with_pratiche,) = self.rows("SELECT anagrafica_id AS id, COUNT(*) AS n FROM pratiche "
                                     "GROUP BY anagrafica_id ORDER BY n DESC LIMIT 1")
        version = self.one(with_pratiche["id"]).get_json()["version"]
        self.assertProblem(self.delete(with_pratiche["id"]), 428, "precondition_required")
        body = self.assertProblem(self.delete(with_pratiche["id"], f'"{version}"'), 409,
                                  "has_pratiche")
        self.assertIn(str(with_pratiche["n"]), body["detail"])
        self.assertEqual(self.one(with_pratiche["id"]).status_code, 200)

    def test_watch_does_not_change_version(self):
        watched = self.call("PUT", f"{BASE}/{self.id}/watch")
        self.assertEqual(watched.status_code, 200)
        body = watched.get_json()
        self.assertSchema(body, "Anagrafica")
        self.assertTrue(body["watched"])
        self.assertEqual((body["version"], body["updated_at"], watched.headers["ETag"]),
                         (1, self.company["updated_at"], '"1"'))
        self.assertTrue(self.call("PUT", f"{BASE}/{self.id}/watch").get_json()["watched"])
        self.assertTrue(self.listing(q="acme")["items"][0]["watched"])
        unwatched = self.call("DELETE", f"{BASE}/{self.id}/watch").get_json()
        self.assertEqual((unwatched["watched"], unwatched["version"]), (False, 1))
        # the version read before watching is still good for a PUT
        self.assertEqual(self.put(self.id, COMPANY, '"1"').status_code, 200)
        # a PUT does not touch watched
        self.call("PUT", f"{BASE}/{self.id}/watch")
        after = self.put(self.id, {**COMPANY, "telefono": "5", "watched": False}, "*").get_json()
        self.assertTrue(after["watched"])


class IsolationTest(AnagraficheTestCase):
    def test_lists_never_show_the_other_users_anagrafiche(self):
        marios, lucas = set(self.ids_of(self.mario)), set(self.ids_of(self.luca))
        self.assertEqual((len(marios), len(lucas)), (25, 3))
        self.assertEqual({a["id"] for a in self.listing(per_page=500)["items"]}, marios)
        self.assertEqual({a["id"] for a in self.listing("luca", per_page=500)["items"]}, lucas)
        # The same company is in both lists, as two records with their own counts.
        (his,) = self.listing("luca", q="fonderia")["items"]
        (mine,) = self.listing(q="fonderia")["items"]
        self.assertEqual(his["codice_fiscale"], mine["codice_fiscale"])
        self.assertNotEqual(his["id"], mine["id"])
        self.assertEqual((his["domande"], mine["domande"]), (0, 1))
        for sort in ("nome", "sede", "codice", "domande"):
            self.assertEqual({a["id"] for a in self.listing("luca", sort=sort)["items"]}, lucas)

    def test_the_other_users_ids_are_not_found(self):
        theirs = self.ids_of(self.luca)[0]
        before = self.rows("SELECT * FROM anagrafiche WHERE id = ?", theirs)
        for method, path, headers in (
                ("GET", f"{BASE}/{theirs}", {}),
                ("PUT", f"{BASE}/{theirs}", {"If-Match": '"1"'}),
                ("PUT", f"{BASE}/{theirs}", {}),
                ("DELETE", f"{BASE}/{theirs}", {"If-Match": '"1"'}),
                ("DELETE", f"{BASE}/{theirs}", {}),
                ("PUT", f"{BASE}/{theirs}/watch", {}),
                ("DELETE", f"{BASE}/{theirs}/watch", {})):
            with self.subTest(method=method, path=path, headers=headers):
                response = self.call(method, path, headers=headers, json=COMPANY)
                body = self.assertProblem(response, 404, "not_found")
                self.assertNotIn("current", body)
                self.assertNotIn("ETag", response.headers)
        self.assertEqual(self.rows("SELECT * FROM anagrafiche WHERE id = ?", theirs), before)
        # and the other way round
        mine = self.ids_of(self.mario)[0]
        self.assertProblem(self.one(mine, token="luca"), 404, "not_found")
        self.assertProblem(self.delete(mine, "*", token="luca"), 404, "not_found")

    def test_created_anagrafiche_belong_to_their_creator(self):
        created = self.created(PERSON, token="luca")
        self.assertEqual(self.rows("SELECT owner_user_id FROM anagrafiche WHERE id = ?",
                                   created["id"]), [{"owner_user_id": self.luca}])
        self.assertProblem(self.one(created["id"]), 404, "not_found")
        self.assertEqual(self.listing(q="bianchi laura")["total"], 1)  # Mario's own one
        self.assertEqual(self.listing("luca", q="bianchi laura")["total"], 1)


if __name__ == "__main__":
    unittest.main()
