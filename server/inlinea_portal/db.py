"""SQLite connections for the portal (one per request or per command)."""

from __future__ import annotations

import os
import sqlite3

DB_FILENAME = "portal.sqlite3"


def db_path(state_dir: str) -> str:
    return os.path.join(state_dir, DB_FILENAME)


def connect(path: str) -> sqlite3.Connection:
    """Open the database with the settings every user of it expects.

    Autocommit mode (isolation_level=None): callers open transactions explicitly
    with `with transaction(conn):`.
    """
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


class transaction:
    """`with transaction(conn):` runs the block in BEGIN IMMEDIATE ... COMMIT/ROLLBACK."""

    def __init__(self, conn: sqlite3.Connection, mode: str = "IMMEDIATE"):
        self.conn = conn
        self.mode = mode

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute(f"BEGIN {self.mode}")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.conn.execute("COMMIT")
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")
        return False


def request_connection() -> sqlite3.Connection:
    """The connection of the current Flask request (opened on first use, closed at the
    end of the request by `close_request_connection`, registered by create_app)."""
    from flask import current_app, g

    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    return g.db


def close_request_connection(_exc=None) -> None:
    from flask import g

    conn = g.pop("db", None)
    if conn is not None:
        conn.close()
