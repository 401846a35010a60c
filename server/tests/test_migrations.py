"""Versioned migrations: fresh install, no-op rerun, upgrade from N-1, atomic failure."""

import os
import shutil
import sqlite3
import tempfile
import unittest

from inlinea_portal import migrations
from inlinea_portal.db import connect

from .support import manage


def columns(conn, table):
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


class MigrationsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "portal.sqlite3")
        self.latest = migrations.discover()[-1].version

    def tearDown(self):
        self.tmp.cleanup()

    def version(self):
        conn = connect(self.db)
        try:
            return migrations.current_version(conn)
        finally:
            conn.close()

    def test_fresh_database_gets_every_migration(self):
        applied = migrations.migrate(self.db)
        self.assertEqual(applied, list(range(1, self.latest + 1)))
        self.assertEqual(self.version(), self.latest)
        conn = connect(self.db)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        self.assertLessEqual({"users", "anagrafiche", "pratiche", "pratica_eventi",
                              "schema_version"}, tables)
        self.assertEqual(conn.execute("PRAGMA journal_mode").fetchone()[0], "wal")
        conn.close()

    def test_second_run_is_a_noop(self):
        migrations.migrate(self.db)
        self.assertEqual(migrations.migrate(self.db), [])
        conn = connect(self.db)
        count = conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0]
        conn.close()
        self.assertEqual(count, self.latest)

    def test_upgrade_from_previous_version_keeps_data(self):
        previous = self.latest - 1
        migrations.migrate(self.db, target=previous)
        self.assertEqual(self.version(), previous)
        if previous >= 1:
            conn = connect(self.db)
            user = conn.execute("INSERT INTO users (codice_fiscale, nome, cognome) VALUES "
                                "('RSSMRA85T10A562S', 'Mario', 'Rossi')").lastrowid
            anagrafica = conn.execute(
                "INSERT INTO anagrafiche (owner_user_id, tipo, denominazione, codice_fiscale) "
                "VALUES (?, 'persona_giuridica', 'Prova S.r.l.', '00743110157')", (user,)).lastrowid
            conn.execute("INSERT INTO pratiche (cip, anagrafica_id, owner_user_id, procedimento, "
                         "titolo, stato) VALUES ('RI01390J', ?, ?, 'AUA', 'Prova', 'inviata')",
                         (anagrafica, user))
            conn.close()
        self.assertEqual(migrations.migrate(self.db), [self.latest])
        self.assertEqual(self.version(), self.latest)
        conn = connect(self.db)
        if previous >= 1:
            row = conn.execute("SELECT cip, stato FROM pratiche").fetchone()
            self.assertEqual(tuple(row), ("RI01390J", "inviata"))
        self.assertLessEqual({"protocollo_suap", "codice_registro", "scadenza_integrazioni"},
                             columns(conn, "pratiche"))
        conn.close()

    def test_0005_adds_the_anagrafiche_api_columns_to_existing_data(self):
        migrations.migrate(self.db, target=4)
        conn = connect(self.db)
        user = conn.execute("INSERT INTO users (codice_fiscale, nome, cognome, email) VALUES "
                            "('RSSMRA85T10A562S', 'Mario', 'Rossi', 'm@example.it')").lastrowid
        conn.execute("INSERT INTO anagrafiche (owner_user_id, tipo, cognome, nome, "
                     "codice_fiscale) VALUES (?, 'persona_fisica', 'Bianchi', 'Laura', "
                     "'BNCLRA90A41F205I')", (user,))
        conn.execute("INSERT INTO email_activations (id_hash, user_id, email, created_at, "
                     "expires_at) VALUES ('h', ?, 'm@example.it', 'a', 'b')", (user,))
        conn.close()
        self.assertEqual(migrations.migrate(self.db, target=5), [5])
        conn = connect(self.db)
        self.addCleanup(conn.close)
        self.assertLessEqual({"sesso", "data_nascita", "comune_nascita", "provincia_nascita"},
                             columns(conn, "anagrafiche"))
        self.assertIn("email_pending", columns(conn, "users"))
        row = conn.execute("SELECT cognome, sesso, data_nascita FROM anagrafiche").fetchone()
        self.assertEqual(tuple(row), ("Bianchi", None, None))
        self.assertEqual(conn.execute("SELECT email, email_pending FROM users").fetchone()[:],
                         ("m@example.it", None))
        self.assertEqual(conn.execute("SELECT purpose FROM email_activations").fetchone()[0],
                         "first_access")
        self.assertEqual(columns(conn, "anagrafica_idempotency"),
                         {"user_id", "key", "anagrafica_id", "created_at"})
        with self.assertRaises(sqlite3.IntegrityError):
            conn.execute("UPDATE anagrafiche SET sesso = 'X'")
        conn.execute("INSERT INTO anagrafica_idempotency VALUES (?, 'k', 1, 'now')", (user,))
        with self.assertRaises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO anagrafica_idempotency VALUES (?, 'k', 1, 'now')", (user,))
        conn.execute("DELETE FROM anagrafiche")
        self.assertIsNone(conn.execute("SELECT anagrafica_id FROM anagrafica_idempotency")
                          .fetchone()[0])

    def test_0006_keeps_existing_pratiche_and_adds_the_submission_tables(self):
        migrations.migrate(self.db, target=5)
        conn = connect(self.db)
        user = conn.execute("INSERT INTO users (codice_fiscale, nome, cognome) VALUES "
                            "('RSSMRA85T10A562S', 'Mario', 'Rossi')").lastrowid
        anagrafica = conn.execute(
            "INSERT INTO anagrafiche (owner_user_id, tipo, denominazione, codice_fiscale) "
            "VALUES (?, 'persona_giuridica', 'Prova S.r.l.', '00743110157')", (user,)).lastrowid
        conn.execute("INSERT INTO pratiche (cip, anagrafica_id, owner_user_id, procedimento, "
                     "titolo, stato) VALUES ('RI01390J', ?, ?, 'AUA', 'Prova', 'inviata')",
                     (anagrafica, user))
        conn.close()
        self.assertEqual(migrations.migrate(self.db, target=6), [6])
        conn = connect(self.db)
        self.addCleanup(conn.close)
        self.assertLessEqual({"data_json", "body_sha256"}, columns(conn, "pratiche"))
        row = conn.execute("SELECT cip, stato, data_json FROM pratiche").fetchone()
        self.assertEqual(tuple(row), ("RI01390J", "inviata", None))
        self.assertEqual(columns(conn, "pratica_idempotency"),
                         {"user_id", "key", "body_sha256", "pratica_id", "response",
                          "created_at"})
        self.assertLessEqual({"id", "owner_user_id", "size", "sha256", "received", "complete"},
                             columns(conn, "uploads"))
        self.assertEqual(columns(conn, "pratica_allegati"), {"pratica_id", "slot", "upload_id"})

    def test_failed_migration_rolls_back_completely(self):
        directory = os.path.join(self.tmp.name, "migrations")
        shutil.copytree(migrations.MIGRATIONS_DIR, directory)
        bad = os.path.join(directory, f"{self.latest + 1:04d}_broken.sql")
        with open(bad, "w", encoding="utf-8") as handle:
            handle.write("CREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")
        with self.assertRaises(sqlite3.OperationalError):
            migrations.migrate(self.db, directory)
        self.assertEqual(self.version(), self.latest)  # the good ones stay applied
        conn = connect(self.db)
        self.assertIsNone(conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchone())
        conn.close()

    def test_gaps_in_numbering_are_rejected(self):
        directory = os.path.join(self.tmp.name, "gappy")
        os.mkdir(directory)
        for name in ("0001_a.sql", "0003_c.sql"):
            with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
                handle.write("SELECT 1;\n")
        with self.assertRaises(migrations.MigrationError):
            migrations.discover(directory)

    def test_database_newer_than_code_is_refused(self):
        migrations.migrate(self.db)
        conn = connect(self.db)
        conn.execute("INSERT INTO schema_version (version, name) VALUES (?, 'future')",
                     (self.latest + 1,))
        conn.close()
        with self.assertRaises(migrations.MigrationError):
            migrations.migrate(self.db)

    def test_statement_splitting(self):
        script = "-- header; with semicolon\nINSERT INTO t VALUES ('a;b');\nSELECT 2;\n-- end\n"
        self.assertEqual(migrations.split_statements(script),
                         ["-- header; with semicolon\nINSERT INTO t VALUES ('a;b');", "SELECT 2;"])
        with self.assertRaises(migrations.MigrationError):
            migrations.split_statements("SELECT 1;\nSELECT 'unterminated")

    def test_cli_migrate(self):
        first = manage("migrate", "--state", self.tmp.name)
        self.assertEqual(first.returncode, 0, first.stderr)
        second = manage("migrate", "--state", self.tmp.name)
        self.assertEqual(second.returncode, 0, second.stderr)
        self.assertIn("già aggiornato", second.stdout)
        self.assertEqual(self.version(), self.latest)


if __name__ == "__main__":
    unittest.main()
