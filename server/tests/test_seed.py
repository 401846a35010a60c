"""Demo data: counts, idempotency, valid fiscal codes, plausible pratiche histories, the
second compilatore, generated anagrafiche."""

import datetime as dt
import json
import os
import re
import tempfile
import unittest

from inlinea_portal import seed_data
from inlinea_portal.api.anagrafiche import validate
from inlinea_portal.db import connect
from inlinea_portal.domain import fiscal, validation
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
        self.assertEqual(self.first, {"users": 2, "anagrafiche": 28, "pratiche": 15})
        self.assertEqual(len(self.rows("SELECT * FROM users")), 2)
        self.assertEqual(len(self.rows("SELECT * FROM anagrafiche")), 28)
        self.assertEqual(len(self.rows("SELECT * FROM pratiche")), 15)

    def test_compilatore(self):
        (user,) = self.rows("SELECT * FROM users WHERE codice_fiscale = 'RSSMRA85T10A562S'")
        self.assertEqual((user["nome"], user["cognome"], user["codice_fiscale"], user["email"],
                          user["email_confirmed"]),
                         ("Mario", "Rossi", "RSSMRA85T10A562S", "mario.rossi@example.it", 1))
        mine = self.rows("SELECT * FROM anagrafiche WHERE owner_user_id = ?", user["id"])
        self.assertEqual(len(mine), 25)
        owners = {r["owner_user_id"] for r in self.rows("SELECT owner_user_id FROM pratiche")}
        self.assertEqual(owners, {user["id"]})

    def test_second_compilatore_has_his_own_anagrafiche(self):
        second = seed_data.COMPILATORE_2
        (user,) = self.rows("SELECT * FROM users WHERE codice_fiscale = ?",
                            second["codice_fiscale"])
        self.assertNotEqual(user["codice_fiscale"], seed_data.COMPILATORE["codice_fiscale"])
        self.assertEqual((user["nome"], user["cognome"], user["email_confirmed"]),
                         ("Luca", "Neri", 1))
        self.assertEqual(validation.check_cf_matches_person(
            user["codice_fiscale"], user["cognome"], user["nome"], user["data_nascita"], "M"), [])
        his = self.rows("SELECT * FROM anagrafiche WHERE owner_user_id = ?", user["id"])
        self.assertEqual(len(his), 3)
        self.assertEqual({a["tipo"] for a in his}, {"persona_giuridica", "persona_fisica"})
        # The same company as one of Mario's, as a separate record of his own.
        shared = [a for a in his if a["denominazione"] == "Fonderia Ticino S.p.A."]
        self.assertEqual(len(shared), 1)
        marios = self.rows("SELECT * FROM anagrafiche WHERE codice_fiscale = ? AND id != ?",
                           shared[0]["codice_fiscale"], shared[0]["id"])
        self.assertEqual(len(marios), 1)
        self.assertNotEqual(marios[0]["owner_user_id"], user["id"])

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

    def test_persons_have_birth_data_consistent_with_their_codice_fiscale(self):
        for a in self.rows("SELECT * FROM anagrafiche"):
            with self.subTest(anagrafica=a["denominazione"] or a["cognome"]):
                if a["tipo"] not in ("persona_fisica", "professionista"):
                    self.assertEqual((a["sesso"], a["data_nascita"], a["comune_nascita"],
                                      a["provincia_nascita"]), (None, None, None, None))
                    continue
                self.assertIn(a["sesso"], ("M", "F"))
                self.assertTrue(a["comune_nascita"])
                self.assertEqual(validation.check_cf_matches_person(
                    a["codice_fiscale"], a["cognome"], a["nome"], a["data_nascita"],
                    a["sesso"]), [])
                check = fiscal.validate_codice_fiscale_persona(a["codice_fiscale"])
                self.assertEqual(check.birth_date.isoformat(), a["data_nascita"])
                self.assertEqual(check.codice_catastale,
                                 seed_data.BIRTHPLACES[a["comune_nascita"]])
                if a["codice_fiscale"][11] == "Z":  # born abroad: no province
                    self.assertIsNone(a["provincia_nascita"])
                else:
                    self.assertEqual(validation.check_provincia(a["provincia_nascita"]), [])

    def test_every_anagrafica_passes_the_api_validation(self):
        for a in self.rows("SELECT * FROM anagrafiche"):
            with self.subTest(anagrafica=a["denominazione"] or a["cognome"]):
                record = validate(a)
                for key, value in record.items():
                    self.assertEqual(value, a[key], key)

    def test_birth_data_are_filled_in_on_a_database_seeded_before_them(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        db = os.path.join(tmp.name, "portal.sqlite3")
        seed(db)
        conn = connect(db)
        self.addCleanup(conn.close)
        conn.execute("UPDATE anagrafiche SET sesso = NULL, data_nascita = NULL, "
                     "comune_nascita = NULL, provincia_nascita = NULL")
        self.assertEqual(seed(db), {"users": 0, "anagrafiche": 0, "pratiche": 0})
        self.assertEqual(conn.execute("SELECT COUNT(*) FROM anagrafiche WHERE sesso IS NOT NULL "
                                      "AND data_nascita IS NOT NULL").fetchone()[0],
                         sum(1 for a in self.rows("SELECT * FROM anagrafiche") if a["sesso"]))

    def test_generated_anagrafiche_are_valid_and_idempotent(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        db = os.path.join(tmp.name, "portal.sqlite3")
        self.assertEqual(seed(db, extra_anagrafiche=40)["anagrafiche"], 28 + 40)
        self.assertEqual(seed(db, extra_anagrafiche=60)["anagrafiche"], 20)
        self.assertEqual(seed(db, extra_anagrafiche=60)["anagrafiche"], 0)
        self.assertEqual(seed(db)["anagrafiche"], 0)
        conn = connect(db)
        self.addCleanup(conn.close)
        rows = [dict(r) for r in conn.execute(
            "SELECT a.* FROM anagrafiche a JOIN users u ON u.id = a.owner_user_id "
            "WHERE u.codice_fiscale = 'RSSMRA85T10A562S'")]
        self.assertEqual(len(rows), 25 + 60)
        self.assertEqual(len({r["codice_fiscale"] for r in rows}), len(rows))
        self.assertEqual({r["tipo"] for r in rows[25:]},
                         {"persona_giuridica", "ente", "persona_fisica", "professionista"})
        for row in rows:
            with self.subTest(anagrafica=row["denominazione"] or row["cognome"]):
                validate(row)
        with self.assertRaises(ValueError):
            seed_data.generated_anagrafiche(seed_data.MAX_GENERATED + 1)

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
            self.assertEqual(counts, {"users": 2, "anagrafiche": 28, "pratiche": 15})
            self.assertTrue(os.path.exists(os.path.join(state, "portal.sqlite3")))
            more = manage("seed", "--state", state, "--anagrafiche", "12")
            self.assertEqual(more.returncode, 0, more.stderr)
            self.assertIn('"anagrafiche": 12', more.stdout)
            wrong = manage("seed", "--state", state, "--anagrafiche", "-1")
            self.assertEqual(wrong.returncode, 2)


if __name__ == "__main__":
    unittest.main()
