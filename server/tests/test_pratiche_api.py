"""Nuova richiesta on the portal side: the procedimenti catalog and definitions, resumable
uploads, POST /api/v1/pratiche (validation, attachments, idempotency, concurrency, CIP),
the list and detail of pratiche, and the isolation between compilatori."""

import hashlib
import json
import re
import threading
import time
import unittest

from inlinea_portal import procedimenti
from inlinea_portal.api.info import LIMITS
from inlinea_portal.domain.pratiche import CIP_RE, PROTOCOLLO_RE

from .api_support import ApiTestCase

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"

DICHIARANTE = {"cognome": "Rossi", "nome": "Mario", "codice_fiscale": "RSSMRA85T10A562S",
               "data_nascita": "1985-12-10", "qualifica": "legale_rappresentante"}
GESTORE = {"ragione_sociale": "Acme S.r.l.", "codice_fiscale": "00743110157",
           "sede_indirizzo": "Via Roma 1", "sede_comune": "Milano", "pec": "acme@pec.example.it"}
STABILIMENTO = {"indirizzo": "Via Milano 3", "comune": "Rho", "provincia": "MI"}
BOLLO = {"modalita": "contrassegno", "identificativo_marca": "01234567890123",
         "data_marca": "2026-11-30"}


def aua_data():
    return {
        "dichiarante": DICHIARANTE, "gestore": GESTORE, "stabilimento": STABILIMENTO,
        "attivita": {"tipo_istanza": "nuova", "ateco": "25.61",
                     "descrizione": "Trattamento superficiale dei metalli"},
        "titoli": {"scarichi": False, "emissioni": True, "emissioni_generale": False,
                   "rumore": False, "rifiuti": False},
        "emissioni": {"camini": [{"sigla": "E1", "provenienza": "Forno", "altezza": 12,
                                  "portata": 5000, "inquinanti": {"polveri_concentrazione": 5}}]},
        "bollo": BOLLO,
        "dichiarazioni": {"dpr445": True, "veridicita": True, "privacy": True,
                          "conformita_urbanistica": True, "no_aia": True},
    }


class PraticheTestCase(ApiTestCase):
    def upload(self, content=PDF, content_type="application/pdf", token="mario",
               chunk=None, sha=None):
        response = self.call("POST", "/api/v1/uploads", token, json={
            "filename": "relazione.pdf", "size": len(content), "content_type": content_type,
            "sha256": sha or hashlib.sha256(content).hexdigest()})
        self.assertEqual(response.status_code, 201, response.get_data(as_text=True))
        upload = response.get_json()
        self.assertSchema(upload, "Upload")
        chunk = chunk or len(content)
        for start in range(0, len(content), chunk):
            part = content[start:start + chunk]
            reply = self.put_chunk(upload["id"], start, part, len(content), token)
            if sha is None:
                self.assertEqual(reply.status_code, 200, reply.get_data(as_text=True))
        return upload["id"]

    def put_chunk(self, upload_id, start, part, total, token="mario"):
        return self.call("PUT", f"/api/v1/uploads/{upload_id}", token, data=part, headers={
            "Content-Range": f"bytes {start}-{start + len(part) - 1}/{total}",
            "Content-Type": "application/octet-stream"})

    def anagrafica(self, user=None):
        return self.conn.execute("SELECT id FROM anagrafiche WHERE owner_user_id = ? ORDER BY id",
                                 (user or self.mario,)).fetchone()["id"]

    def aua_body(self, **changes):
        body = {"anagrafica_id": self.anagrafica(), "procedimento": "AUA", "version": "2",
                "data": aua_data(),
                "attachments": [{"slot": "relazione_tecnica", "upload_id": self.upload()},
                                {"slot": "planimetria", "upload_id": self.upload()},
                                {"slot": "schema_emissioni", "upload_id": self.upload()},
                                {"slot": "relazione_emissioni", "upload_id": self.upload()}]}
        body.update(changes)
        return body

    def submit(self, body, key="chiave-1", token="mario", raw=None):
        headers = {"Content-Type": "application/json"}
        if key is not None:
            headers["Idempotency-Key"] = key
        data = raw if raw is not None else json.dumps(body).encode()
        return self.call("POST", "/api/v1/pratiche", token, headers=headers, data=data)


class CatalogTest(PraticheTestCase):
    def test_catalog(self):
        self.assertProblem(self.call("GET", "/api/v1/procedimenti", token=None), 401,
                           "unauthorized")
        response = self.call("GET", "/api/v1/procedimenti")
        self.assertEqual(response.status_code, 200)
        body = response.get_json()
        self.assertSchema(body, "ProcedimentoCatalog")
        by_code = {item["code"]: item for item in body["items"]}
        self.assertEqual(sorted(by_code), ["AUA", "BANDO_PROFESSIONISTI", "EMISSIONI_272",
                                           "SCARICHI"])
        self.assertEqual((by_code["AUA"]["version"], by_code["AUA"]["versions"]), ("2", ["1", "2"]))
        self.assertTrue(by_code["AUA"]["signature_required"])

    def test_definition_with_etag(self):
        self.assertProblem(self.call("GET", "/api/v1/procedimenti/AUA/2", token=None), 401,
                           "unauthorized")
        response = self.call("GET", "/api/v1/procedimenti/AUA/2")
        self.assertEqual(response.status_code, 200)
        body = response.get_json()
        self.assertSchema(body, "ProcedimentoDefinition")
        self.assertEqual((body["code"], body["version"], body["previous_version"]),
                         ("AUA", "2", "1"))
        etag = response.headers["ETag"]
        again = self.call("GET", "/api/v1/procedimenti/AUA/2", headers={"If-None-Match": etag})
        self.assertEqual(again.status_code, 304)
        old = self.call("GET", "/api/v1/procedimenti/AUA/1")
        self.assertEqual(old.status_code, 200)
        self.assertNotEqual(old.headers["ETag"], etag)
        self.assertProblem(self.call("GET", "/api/v1/procedimenti/AUA/9"), 404, "not_found")
        self.assertProblem(self.call("GET", "/api/v1/procedimenti/NOPE/1"), 404, "not_found")

    def test_definitions_are_large_and_structured(self):
        counts = {(code, version): definition.field_count()
                  for code, versions in procedimenti.registry().items()
                  for version, definition in versions.items()}
        self.assertGreater(counts[("AUA", "2")], 200)
        self.assertGreater(counts[("EMISSIONI_272", "1")], 40)
        self.assertGreater(counts[("SCARICHI", "1")], 40)
        self.assertGreater(counts[("BANDO_PROFESSIONISTI", "1")], 25)
        emissioni = procedimenti.get("EMISSIONI_272", "1").body
        section = next(s for s in emissioni["layout"]["sections"] if s["id"] == "emissioni")
        conditional = section["sections"][0]
        self.assertEqual(conditional["visible_when"],
                         {"field": "/emissioni/convogliate", "equals": True})
        self.assertEqual(conditional["sections"][0]["id"], "camini")
        self.assertIn("repeat", conditional["sections"][0])
        schema = emissioni["schema"]["properties"]["emissioni"]
        self.assertEqual(schema["allOf"][0]["then"], {"required": ["convogliate_dati"]})
        self.assertEqual(schema["properties"]["convogliate_dati"]["properties"]["camini"]["type"],
                         "array")
        for code, versions in procedimenti.registry().items():
            for definition in versions.values():
                for slot in definition.body["attachments"]:
                    self.assertLessEqual(set(slot["accepted_types"]),
                                         set(LIMITS["allowed_attachment_types"]))

    def test_files_match_the_generator(self):
        from inlinea_portal.procedimenti import build
        for item in build.all_definitions():
            self.assertEqual(procedimenti.get(item["code"], item["version"]).body, item)


class UploadTest(PraticheTestCase):
    def test_resume_after_partial_upload(self):
        response = self.call("POST", "/api/v1/uploads", json={
            "filename": "a.pdf", "size": len(PDF), "content_type": "application/pdf",
            "sha256": hashlib.sha256(PDF).hexdigest()})
        upload = response.get_json()
        self.assertEqual((upload["received"], upload["complete"]), (0, False))
        self.assertEqual(upload["chunk_size"], LIMITS["upload_chunk_bytes"])
        self.assertEqual(self.put_chunk(upload["id"], 0, PDF[:1000], len(PDF)).status_code, 200)
        # the client restarts: asks where it was
        state = self.call("GET", f"/api/v1/uploads/{upload['id']}").get_json()
        self.assertEqual((state["received"], state["complete"]), (1000, False))
        wrong = self.put_chunk(upload["id"], 0, PDF[:1000], len(PDF))
        self.assertEqual(self.assertProblem(wrong, 409, "upload_offset_mismatch")["received"],
                         1000)
        wrong = self.put_chunk(upload["id"], 2000, PDF[2000:], len(PDF))
        self.assertProblem(wrong, 409, "upload_offset_mismatch")
        done = self.put_chunk(upload["id"], 1000, PDF[1000:], len(PDF))
        self.assertEqual(done.status_code, 200)
        self.assertSchema(done.get_json(), "Upload")
        self.assertEqual((done.get_json()["received"], done.get_json()["complete"]),
                         (len(PDF), True))
        with open(f"{self.state}/uploads/{upload['id']}", "rb") as handle:
            self.assertEqual(handle.read(), PDF)
        self.assertProblem(self.put_chunk(upload["id"], 0, PDF[:10], len(PDF)), 409,
                           "upload_complete")

    def test_sha_mismatch_resets(self):
        upload_id = self.upload(sha="0" * 64, chunk=3000)
        state = self.call("GET", f"/api/v1/uploads/{upload_id}").get_json()
        self.assertEqual((state["received"], state["complete"]), (0, False))
        response = self.call("POST", "/api/v1/uploads", json={
            "filename": "a.pdf", "size": len(PDF), "content_type": "application/pdf",
            "sha256": "1" * 64})
        upload_id = response.get_json()["id"]
        self.put_chunk(upload_id, 0, PDF[:100], len(PDF))
        body = self.assertProblem(self.put_chunk(upload_id, 100, PDF[100:], len(PDF)), 422,
                                  "sha256_mismatch")
        self.assertEqual(body["received"], 0)
        # the right bytes can be sent again from 0, but the sha still does not match
        self.assertEqual(self.put_chunk(upload_id, 0, PDF[:100], len(PDF)).status_code, 200)

    def test_limits(self):
        too_big = self.call("POST", "/api/v1/uploads", json={
            "filename": "a.pdf", "size": LIMITS["max_upload_bytes"] + 1,
            "content_type": "application/pdf", "sha256": "a" * 64})
        self.assertProblem(too_big, 413, "upload_too_large")
        exe = self.call("POST", "/api/v1/uploads", json={
            "filename": "a.exe", "size": 10, "content_type": "application/x-msdownload",
            "sha256": "a" * 64})
        self.assertProblem(exe, 415, "unsupported_attachment_type")
        bad = self.call("POST", "/api/v1/uploads", json={"filename": "", "size": 0,
                                                         "sha256": "xyz"})
        self.assertFieldErrors(bad, {"filename": "required", "content_type": "required",
                                     "sha256": "invalid_format", "size": "invalid_format"})
        size = LIMITS["upload_chunk_bytes"] + 10
        upload_id = self.call("POST", "/api/v1/uploads", json={
            "filename": "big.pdf", "size": size, "content_type": "application/pdf",
            "sha256": "a" * 64}).get_json()["id"]
        self.assertProblem(self.put_chunk(upload_id, 0, b"x" * size, size), 413,
                           "chunk_too_large")
        missing = self.call("PUT", f"/api/v1/uploads/{upload_id}", data=b"abc")
        self.assertProblem(missing, 400, "invalid_request")

    def test_isolation(self):
        upload_id = self.upload()
        self.assertProblem(self.call("GET", f"/api/v1/uploads/{upload_id}", token="luca"), 404,
                           "not_found")
        self.assertProblem(self.put_chunk(upload_id, 0, b"x", len(PDF), token="luca"), 404,
                           "not_found")
        for method in ("GET", "PUT"):
            self.assertProblem(self.call(method, f"/api/v1/uploads/{upload_id}", token=None),
                               401, "unauthorized")


class SubmitTest(PraticheTestCase):
    def test_submit_and_read_back(self):
        body = self.aua_body()
        raw = json.dumps(body).encode()
        response = self.submit(body, raw=raw)
        self.assertEqual(response.status_code, 201, response.get_data(as_text=True))
        answer = response.get_json()
        self.assertSchema(answer, "PraticaCreated")
        self.assertRegex(answer["cip"], CIP_RE)
        self.assertRegex(answer["protocollo"], PROTOCOLLO_RE)
        self.assertEqual(answer["receipt"]["body_sha256"], hashlib.sha256(raw).hexdigest())
        self.assertEqual(response.headers["Location"], f"/api/v1/pratiche/{answer['cip']}")
        self.assertEqual(response.headers["Idempotency-Replayed"], "false")
        detail = self.call("GET", f"/api/v1/pratiche/{answer['cip']}")
        self.assertEqual(detail.status_code, 200)
        pratica = detail.get_json()
        self.assertSchema(pratica, "Pratica")
        self.assertEqual((pratica["stato"], pratica["procedimento"],
                          pratica["procedimento_version"]), ("protocollata", "AUA", "2"))
        self.assertEqual(pratica["data"], body["data"])
        self.assertEqual([(e["from_stato"], e["to_stato"], e["actor"]) for e in pratica["eventi"]],
                         [("bozza", "inviata", "richiedente"),
                          ("inviata", "protocollata", "piattaforma")])
        self.assertEqual(len(pratica["allegati"]), 4)
        listing = self.call("GET", "/api/v1/pratiche",
                            query_string={"stato": "protocollata",
                                          "anagrafica": body["anagrafica_id"]}).get_json()
        self.assertSchema(listing, "PraticaList")
        self.assertIn(answer["cip"], [item["cip"] for item in listing["items"]])
        self.assertProblem(self.call("GET", f"/api/v1/pratiche/{answer['cip']}", token="luca"),
                           404, "not_found")

    def test_older_schema_version_is_accepted(self):
        body = self.aua_body(version="1")
        response = self.submit(body)
        self.assertEqual(response.status_code, 201, response.get_data(as_text=True))
        self.assertEqual(self.rows("SELECT procedimento_version FROM pratiche WHERE cip = ?",
                                   response.get_json()["cip"]),
                         [{"procedimento_version": "1"}])

    def test_idempotency(self):
        body = self.aua_body()
        raw = json.dumps(body).encode()
        first = self.submit(body, raw=raw)
        self.assertEqual(first.status_code, 201)
        second = self.submit(body, raw=raw)
        self.assertEqual(second.status_code, 201)
        self.assertEqual(second.get_json(), first.get_json())
        self.assertEqual(second.headers["Idempotency-Replayed"], "true")
        count = self.rows("SELECT COUNT(*) AS n FROM pratiche WHERE cip = ?",
                          first.get_json()["cip"])
        self.assertEqual(count, [{"n": 1}])
        changed = dict(body, version="1")
        self.assertProblem(self.submit(changed), 422, "idempotency_key_reused")
        # another user may use the same key
        other = self.submit(body, token="luca", raw=raw)
        self.assertProblem(other, 404, "not_found")  # Mario's anagrafica: not Luca's
        missing = self.submit(body, key=None, raw=raw)
        self.assertProblem(missing, 428, "idempotency_key_required")

    def test_concurrent_duplicates_make_one_pratica(self):
        body = self.aua_body()
        raw = json.dumps(body).encode()
        before = self.rows("SELECT COUNT(*) AS n FROM pratiche")[0]["n"]
        results, barrier = [], threading.Barrier(4)

        def send():
            barrier.wait()
            response = self.submit(body, key="stessa-chiave", raw=raw)
            results.append((response.status_code, response.get_json()["cip"]))

        from unittest import mock
        from inlinea_portal.api import pratiche as module
        original, checked = module._check_request, []

        def slow_check(conn, request_body):
            # every request passes the first look-up of the key before any of them writes
            checked.append(1)
            time.sleep(0.3)
            return original(conn, request_body)

        threads = [threading.Thread(target=send) for _ in range(4)]
        with mock.patch.object(module, "_check_request", slow_check):
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        self.assertEqual(len(checked), 4)
        self.assertEqual(len(results), 4)
        self.assertEqual({status for status, _cip in results}, {201})
        self.assertEqual(len({cip for _status, cip in results}), 1)
        self.assertEqual(self.rows("SELECT COUNT(*) AS n FROM pratiche")[0]["n"], before + 1)

    def test_cip_format_and_uniqueness(self):
        cips, protocolli = set(), set()
        base = self.aua_body()
        for index in range(15):
            response = self.submit(base, key=f"k-{index}")
            self.assertEqual(response.status_code, 201)
            cips.add(response.get_json()["cip"])
            protocolli.add(response.get_json()["protocollo"])
        self.assertEqual((len(cips), len(protocolli)), (15, 15))
        for cip in cips:
            self.assertRegex(cip, r"^[A-Z]{2}[0-9]{5}[A-Z]$")

    def test_cip_collision_is_retried(self):
        from unittest import mock
        from inlinea_portal.api import pratiche as module
        taken = self.rows("SELECT cip FROM pratiche ORDER BY id")[0]["cip"]
        codes = iter([taken, taken, "ZZ00001Z"])
        with mock.patch.object(module, "new_cip", lambda: next(codes)):
            response = self.submit(self.aua_body())
        self.assertEqual(response.get_json()["cip"], "ZZ00001Z")

    def test_validation_errors(self):
        body = self.aua_body()
        data = body["data"]
        data["gestore"] = dict(GESTORE, pec="non-una-pec", codice_fiscale="123")
        del data["gestore"]["ragione_sociale"]
        data["titoli"]["rumore"] = True  # its section and attachment become required
        data["emissioni"]["camini"][0]["altezza"] = -1
        data["emissioni"]["camini"][0]["sigla"] = "camino"
        data["stabilimento"]["extra"] = "x"
        data["attivita"]["ateco"] = 25
        response = self.submit(body)
        errors = self.assertFieldErrors(response, {
            "/data/gestore/pec": "invalid_format",
            "/data/gestore/codice_fiscale": "invalid_format",
            "/data/gestore/ragione_sociale": "required",
            "/data/rumore": "required",
            "/data/emissioni/camini/0/altezza": "out_of_range",
            "/data/emissioni/camini/0/sigla": "invalid_format",
            "/data/stabilimento/extra": "unknown_field",
            "/data/attivita/ateco": "invalid_format",
            "/attachments": "required",
        })
        self.assertEqual(errors["/attachments"]["slot"], "impatto_acustico")
        for error in errors.values():
            self.assertTrue(re.search(r"[a-z]", error["detail"]))
        self.assertEqual(self.rows("SELECT COUNT(*) AS n FROM pratica_idempotency"), [{"n": 0}])

    def test_repeated_group_inside_conditional_section(self):
        data = {"dichiarante": DICHIARANTE, "gestore": GESTORE, "stabilimento": STABILIMENTO,
                "attivita": [{"lettera": "d", "descrizione": "Mobili", "materia_prima": "Vernici",
                              "consumo_giornaliero": 20, "consumo_annuo": 4000}],
                "emissioni": {"convogliate": True},
                "bollo": BOLLO,
                "dichiarazioni": {"dpr445": True, "veridicita": True, "privacy": True,
                                  "requisiti_272": True}}
        body = {"anagrafica_id": self.anagrafica(), "procedimento": "EMISSIONI_272",
                "version": "1", "data": data,
                "attachments": [{"slot": "relazione_tecnica", "upload_id": self.upload()}]}
        self.assertFieldErrors(self.submit(body, key="a"), {
            "/data/emissioni/convogliate_dati": "required", "/attachments": "required"})
        data["emissioni"]["convogliate_dati"] = {"camini": []}
        body["attachments"].append({"slot": "planimetria", "upload_id": self.upload()})
        self.assertFieldErrors(self.submit(body, key="b"), {
            "/data/emissioni/convogliate_dati/camini": "length"})
        data["emissioni"]["convogliate_dati"]["camini"] = [
            {"sigla": "E1", "provenienza": "Cabina di verniciatura", "altezza": 10,
             "portata": 8000}]
        self.assertEqual(self.submit(body, key="c").status_code, 201)
        data["emissioni"] = {"convogliate": False}
        body["attachments"].pop()
        self.assertEqual(self.submit(body, key="d").status_code, 201)

    def test_attachment_errors(self):
        incomplete = self.call("POST", "/api/v1/uploads", json={
            "filename": "a.pdf", "size": 10, "content_type": "application/pdf",
            "sha256": "a" * 64}).get_json()["id"]
        xml = self.upload(content=b"<a/>", content_type="application/xml")
        luca_upload = self.upload(token="luca")
        body = self.aua_body()
        body["attachments"] += [
            {"slot": "procura", "upload_id": incomplete},
            {"slot": "documento_identita", "upload_id": xml},
            {"slot": "ricevuta_oneri", "upload_id": luca_upload},
            {"slot": "non_esiste", "upload_id": body["attachments"][0]["upload_id"]},
        ]
        self.assertFieldErrors(self.submit(body), {
            "/attachments/4/upload_id": "incomplete",
            "/attachments/5/upload_id": "invalid_type",
            "/attachments/6/upload_id": "not_found",
            "/attachments/7/slot": "invalid_value",
            "/attachments/7/upload_id": "duplicate",
        })

    def test_request_errors(self):
        body = self.aua_body()
        self.assertProblem(self.submit(body, token=None), 401, "unauthorized")
        self.assertFieldErrors(self.submit(dict(body, procedimento="NOPE"), key="x1"),
                               {"/procedimento": "invalid_value"})
        self.assertFieldErrors(self.submit(dict(body, version="7"), key="x2"),
                               {"/version": "invalid_value"})
        self.assertFieldErrors(self.submit(dict(body, data=[]), key="x3"),
                               {"/data": "invalid_format"})
        self.assertFieldErrors(self.submit(None, key="x4", raw=b"[1"), {"": "invalid_format"})
        luca = self.anagrafica(self.luca)
        self.assertProblem(self.submit(dict(body, anagrafica_id=luca), key="x5"), 404,
                           "not_found")
        self.assertProblem(self.submit(body, key="\x01bad"), 400, "invalid_request")


class ListTest(PraticheTestCase):
    def test_seeded_pratiche_are_listed(self):
        seeded = self.rows("SELECT cip, stato FROM pratiche WHERE owner_user_id = ?", self.mario)
        listing = self.call("GET", "/api/v1/pratiche").get_json()
        self.assertSchema(listing, "PraticaList")
        self.assertEqual(listing["total"], len(seeded))
        self.assertEqual(sorted(item["cip"] for item in listing["items"]),
                         sorted(row["cip"] for row in seeded))
        self.assertIn("RI01390J", [item["cip"] for item in listing["items"]])
        one = self.call("GET", "/api/v1/pratiche/ri01390j").get_json()
        self.assertSchema(one, "Pratica")
        self.assertIsNone(one["data"])
        self.assertGreaterEqual(len(one["eventi"]), 1)
        stato = seeded[0]["stato"]
        filtered = self.call("GET", "/api/v1/pratiche", query_string={"stato": stato}).get_json()
        self.assertEqual({item["stato"] for item in filtered["items"]}, {stato})
        self.assertEqual(self.call("GET", "/api/v1/pratiche", token="luca").get_json()["total"],
                         len(self.rows("SELECT cip FROM pratiche WHERE owner_user_id = ?",
                                       self.luca)))
        self.assertProblem(self.call("GET", "/api/v1/pratiche/RI01390J", token="luca"), 404,
                           "not_found")
        self.assertProblem(self.call("GET", "/api/v1/pratiche", query_string={"stato": "x"}),
                           400, "invalid_request")
        self.assertProblem(self.call("GET", "/api/v1/pratiche", token=None), 401,
                           "unauthorized")


if __name__ == "__main__":
    unittest.main()
