"""Versioned SQL migrations: server/migrations/NNNN_name.sql, applied in order.

Each file is applied exactly once, inside one transaction together with the row
that records it in `schema_version`; a failure leaves the database untouched.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass

from .db import connect

MIGRATIONS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                              "migrations")
_FILE_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: str

    def statements(self) -> list[str]:
        with open(self.path, encoding="utf-8") as handle:
            return split_statements(handle.read())


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (semicolons in strings are safe)."""
    statements, buffer = [], ""
    for chunk in script.split(";"):
        buffer += chunk + ";"
        if sqlite3.complete_statement(buffer):
            if not _is_blank(buffer):
                statements.append(buffer.strip())
            buffer = ""
    # `buffer` holds what follows the last complete statement, plus one added ';'.
    if not _is_blank(buffer):
        raise MigrationError(f"istruzione SQL incompleta: {buffer.strip()[:60]!r}")
    return statements


def _is_blank(sql: str) -> bool:
    """True for text made only of whitespace, '--' comment lines and semicolons."""
    code = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return not code.replace(";", "").strip()


def discover(directory: str = MIGRATIONS_DIR) -> list[Migration]:
    found = []
    for filename in sorted(os.listdir(directory)):
        match = _FILE_RE.match(filename)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2),
                                   os.path.join(directory, filename)))
    for expected, migration in enumerate(found, start=1):
        if migration.version != expected:
            raise MigrationError(
                f"migrazioni non consecutive: attesa {expected:04d}, trovata {migration.path}")
    return found


def _ensure_version_table(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE IF NOT EXISTS schema_version (
        version    INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))""")


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'schema_version'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(path: str, directory: str = MIGRATIONS_DIR, target: int | None = None) -> list[int]:
    """Bring the database at `path` to `target` (default: latest). Returns applied versions."""
    migrations = discover(directory)
    latest = migrations[-1].version if migrations else 0
    target = latest if target is None else target
    if not 0 <= target <= latest:
        raise MigrationError(f"versione richiesta {target} inesistente (ultima: {latest})")

    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    conn = connect(path)
    # Table rebuilds need foreign keys off; integrity is checked before each commit.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA journal_mode = WAL")
    applied = []
    try:
        _ensure_version_table(conn)
        if current_version(conn) > latest:
            raise MigrationError(
                f"il database è alla versione {current_version(conn)}, "
                f"più recente di questo server ({latest})")
        for migration in migrations[:target]:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Re-checked under the write lock: another process may have won the race.
                if current_version(conn) >= migration.version:
                    conn.execute("ROLLBACK")
                    continue
                for statement in migration.statements():
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                             (migration.version, migration.name))
                problems = conn.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(
                        f"la migrazione {migration.version:04d} viola chiavi esterne: "
                        f"{[tuple(p) for p in problems[:5]]}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            applied.append(migration.version)
    finally:
        conn.close()
    return applied
