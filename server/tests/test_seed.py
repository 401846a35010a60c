"""Demo data: counts, idempotency, valid fiscal codes, plausible pratiche histories."""

import datetime as dt
import json
import os
import re
import tempfile
import unittest

from inlinea_portal import seed_data
from inlinea_portal.db import connect
from inlinea_portal.domain import fiscal
from inlinea_portal.domain.pratiche import ACTORS, CIP_RE, PROTOCOLLO_RE, can_transition
from inlinea_portal.seed import seed

from .support import manage


class SeedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.db = os.path.join(cls.tmp.name, "portal.sqlite3")
        cls.first = seed(cls.db)
        cls.conn = connect(cls.db)

    @classmethod
    def tearDownClass(cls):
        cls.conn.close()
        cls.tmp.cleanup()

    def rows(self, sql, *params):
        return [dict(r) for r in self.conn.execute(sql, params)]

    def test_counts(self):
        self.assertEqual(self.first, {"users": 1, "anagrafiche": 25, "pratiche": 15})
        self.assertEqual(len(self.rows("SELECT * FROM users")), 1)
        self.assertEqual(len(self.rows("SELECT * FROM anagrafiche")), 25)
        self.assertEqual(len(self.rows("SELECT * FROM pratiche")), 15)

    def test_compilatore(self):
        (user,) = self.rows("SELECT * FROM users")
        self.assertEqual((user["nome"], user["cognome"], user["codice_fiscale"], user["email"],
                          user["email_confirmed"]),
                         ("Mario", "Rossi", "RSSMRA85T10A562S", "mario.rossi@example.it", 1))
        owners = {r["owner_user_id"] for r in self.rows("SELECT owner_user_id FROM anagrafiche")}
        self.assertEqual(owners, {user["id"]})

    def test_second_run_changes_nothing(self):
        before = self.rows("SELECT * FROM pratiche ORDER BY id")
        self.assertEqual(seed(self.db), {"users": 0, "anagrafiche": 0, "pratiche": 0})
        self.assertEqual(self.rows("SELECT * FROM pratiche ORDER BY id"), before)
        self.assertEqual(len(self.rows("SELECT * FROM pratica_eventi")),
                         sum(len(p[3]) - 1 for p in seed_data.PRATICHE))

    def test_mix_of_types(self):
        types = [r["tipo"] for r in self.rows("SELECT tipo FROM anagrafiche")]
        for tipo in ("persona_giuridica", "ente", "persona_fisica", "professionista"):
            self.assertIn(tipo, types)

    def test_all_fiscal_codes_validate(self):
        for a in self.rows("SELECT * FROM anagrafiche"):
            with self.subTest(anagrafica=a["denominazione"] or a["cognome"]):
                self.assertEqual(fiscal.validate_codice_fiscale(a["codice_fiscale"]), [])
                if a["partita_iva"]:
                    self.assertEqual(fiscal.validate_partita_iva(a["partita_iva"]), [])
                if a["tipo"] in ("persona_giuridica", "ente"):
                    self.assertRegex(a["codice_fiscale"], r"^\d{11}$")
                    self.assertTrue(a["pec"].endswith("@pec.example.it"))
                    rep = a["legale_rappresentante_codice_fiscale"]
                    self.assertTrue(fiscal.validate_codice_fiscale_persona(rep).valid, rep)
                    self.assertTrue(a["legale_rappresentante_cognome"])
                if a["tipo"] == "persona_giuridica":
                    self.assertEqual(a["codice_fiscale"], a["partita_iva"])
                if a["tipo"] in ("persona_fisica", "professionista"):
                    check = fiscal.validate_codice_fiscale_persona(a["codice_fiscale"])
                    self.assertTrue(check.valid)
                    self.assertEqual(a["codice_fiscale"][:3], fiscal.surname_code(a["cognome"]))
                if a["tipo"] == "professionista":
                    self.assertTrue(a["partita_iva"])

    def test_addresses_are_in_the_metropolitan_area(self):
        for a in self.rows("SELECT * FROM anagrafiche"):
            self.assertIn(a["comune"], seed_data.COMUNI)
            self.assertEqual(a["provincia"], "MI")
            self.assertRegex(a["cap"], r"^20\d{3}$")
            self.assertNotEqual(a["comune"], "Monza")

    def test_pratiche_identifiers(self):
        pratiche = self.rows("SELECT * FROM pratiche")
        cips = [p["cip"] for p in pratiche]
        self.assertEqual(len(set(cips)), len(cips))
        self.assertIn("RI01390J", cips)
        for p in pratiche:
            self.assertRegex(p["cip"], CIP_RE)
            if p["protocollo"] is not None:
                self.assertRegex(p["protocollo"], PROTOCOLLO_RE)
        self.assertGreaterEqual(len({p["stato"] for p in pratiche}), 8)
        self.assertGreaterEqual(len({p["anagrafica_id"] for p in pratiche}), 10)

    def test_histories_are_consistent(self):
        for p in self.rows("SELECT * FROM pratiche"):
            events = self.rows("SELECT * FROM pratica_eventi WHERE pratica_id = ? ORDER BY at, id",
                               p["id"])
            with self.subTest(cip=p["cip"]):
                self.assertEqual(events[0]["from_stato"], "bozza")
                self.assertEqual(events[0]["actor"], "richiedente")
                for before, after in zip(events, events[1:]):
                    self.assertEqual(after["from_stato"], before["to_stato"])
                    self.assertLess(before["at"], after["at"])
                for event in events:
                    self.assertTrue(can_transition(event["from_stato"], event["to_stato"]))
                    self.assertIn(event["actor"], ACTORS)
                    self.assertTrue(event["note"])
                    dt.datetime.strptime(event["at"], "%Y-%m-%dT%H:%M:%SZ")
                self.assertEqual(events[-1]["to_stato"], p["stato"])
                self.assertEqual((events[0]["at"], events[-1]["at"]),
                                 (p["created_at"], p["updated_at"]))
                reached = {e["to_stato"] for e in events}
                self.assertEqual(p["protocollo"] is not None, "protocollata" in reached)
                self.assertEqual(p["scadenza_integrazioni"] is not None,
                                 p["stato"] == "richiesta_integrazioni")

    def test_partial_reseed_recreates_the_same_pratica(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        db = os.path.join(tmp.name, "portal.sqlite3")
        seed(db)
        conn = connect(db)
        self.addCleanup(conn.close)
        last = dict(conn.execute("SELECT * FROM pratiche ORDER BY id DESC LIMIT 1").fetchone())
        conn.execute("DELETE FROM pratiche WHERE id = ?", (last["id"],))
        self.assertEqual(seed(db)["pratiche"], 1)
        again = dict(conn.execute("SELECT * FROM pratiche WHERE cip = ?", (last["cip"],)).fetchone())
        del last["id"], again["id"]
        self.assertEqual(again, last)

    def test_cli_seed(self):
        with tempfile.TemporaryDirectory() as state:
            result = manage("seed", "--state", state)
            self.assertEqual(result.returncode, 0, result.stderr)
            counts = json.loads(re.sub(r"^seed: creati ", "", result.stdout.strip()))
            self.assertEqual(counts, {"users": 1, "anagrafiche": 25, "pratiche": 15})
            self.assertTrue(os.path.exists(os.path.join(state, "portal.sqlite3")))


if __name__ == "__main__":
    unittest.main()
