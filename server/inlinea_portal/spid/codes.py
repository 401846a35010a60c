"""One-time authorization codes that end a SPID login (OAuth 2.0 code + PKCE S256).

A code is issued once per login, lives CODE_TTL, is stored only as SHA-256 and is
bound to the app's code_challenge. Redeeming it is a single attempt: the code is spent
whatever the outcome (right or wrong verifier); presenting a spent code again revokes
the session it produced (someone else has a copy).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import sqlite3

from .. import tokens
from ..db import transaction
from . import store

CODE_TTL = dt.timedelta(minutes=2)
VERIFIER_RE = re.compile(r"^[A-Za-z0-9._~-]{43,128}$")
CHALLENGE_RE = re.compile(r"^[A-Za-z0-9_-]{43}$")


class InvalidCode(Exception):
    """The code cannot be used; `reason` is for the log only."""

    def __init__(self, reason: str, session_id: int | None = None):
        super().__init__(reason)
        self.reason, self.session_id = reason, session_id


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def issue(conn: sqlite3.Connection, request: sqlite3.Row, now: dt.datetime) -> str | None:
    """A new code for an authenticated login, closing it; None if it was already closed."""
    code = tokens.new_token()
    with transaction(conn):
        if not store.finish(conn, request["id"], "code", now):
            return None
        conn.execute("INSERT INTO auth_codes (code_hash, request_id, user_id, code_challenge, "
                     "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                     (tokens.hash_token(code), request["id"], request["user_id"],
                      request["code_challenge"], tokens.iso(now), tokens.iso(now + CODE_TTL)))
    return code


def redeem(conn: sqlite3.Connection, code: str, verifier: str,
           now: dt.datetime | None = None) -> sqlite3.Row:
    """The auth_codes row of a valid, unspent code whose challenge matches `verifier`.
    Raises InvalidCode (unknown, reused, expired, wrong_verifier); spends the code."""
    now = now or tokens.utc_now()
    with transaction(conn):
        row = conn.execute("SELECT * FROM auth_codes WHERE code_hash = ?",
                           (tokens.hash_token(code),)).fetchone()
        if row is not None and row["used_at"] is None:
            conn.execute("UPDATE auth_codes SET used_at = ? WHERE code_hash = ?",
                         (tokens.iso(now), row["code_hash"]))
    if row is None:
        raise InvalidCode("unknown")
    if row["used_at"] is not None:
        if row["session_id"] is not None:
            tokens.revoke_session(conn, row["session_id"], "code_reuse", now)
        raise InvalidCode("reused", row["session_id"])
    if row["expires_at"] <= tokens.iso(now):
        raise InvalidCode("expired")
    if not hmac.compare_digest(s256(verifier), row["code_challenge"]):
        raise InvalidCode("wrong_verifier")
    return row


def attach_session(conn: sqlite3.Connection, code_hash: str, session_id: int) -> None:
    conn.execute("UPDATE auth_codes SET session_id = ? WHERE code_hash = ?",
                 (session_id, code_hash))
