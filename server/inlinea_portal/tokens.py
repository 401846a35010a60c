"""Opaque access/refresh tokens shared by every login method (CNS, SPID, password).

Tokens are `secrets.token_urlsafe(32)` strings handed to the client once; the database
keeps only their SHA-256. A login opens a session (the token "family"); refreshing
rotates the refresh token inside it, and presenting an already rotated refresh token
again revokes the whole session (someone kept a copy). Nothing here logs a token.

No Flask: callers pass a connection from `db.connect` (autocommit mode).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import sqlite3
from dataclasses import dataclass

from .db import transaction

ACCESS_TTL = dt.timedelta(minutes=15)
REFRESH_TTL = dt.timedelta(days=30)
AUTH_METHODS = ("cns", "spid", "password")
_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


class InvalidGrant(Exception):
    """The refresh token cannot be used; `reason` is for the log only."""

    def __init__(self, reason: str, session_id: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.session_id = session_id


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    session_id: int
    user_id: int

    def response(self) -> dict:
        return {"access_token": self.access_token, "token_type": "Bearer",
                "expires_in": self.expires_in, "refresh_token": self.refresh_token}


@dataclass(frozen=True)
class AccessInfo:
    user_id: int
    session_id: int
    token_id: int
    auth_method: str


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).strftime(_FORMAT)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def _insert_token(conn: sqlite3.Connection, session_id: int, kind: str,
                  now: dt.datetime) -> tuple[str, int]:
    token = new_token()
    ttl = ACCESS_TTL if kind == "access" else REFRESH_TTL
    token_id = conn.execute(
        "INSERT INTO auth_tokens (session_id, kind, token_hash, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (session_id, kind, hash_token(token), iso(now), iso(now + ttl))).lastrowid
    return token, token_id


def start_session(conn: sqlite3.Connection, user_id: int, auth_method: str,
                  cns_card_id: str | None = None, cns_cert_serial: str | None = None,
                  now: dt.datetime | None = None) -> TokenPair:
    """Open a session for a user who just logged in and return its first tokens."""
    if auth_method not in AUTH_METHODS:
        raise ValueError(f"metodo di accesso sconosciuto: {auth_method!r}")
    now = now or utc_now()
    with transaction(conn):
        session_id = conn.execute(
            "INSERT INTO auth_sessions (user_id, auth_method, cns_card_id, cns_cert_serial, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            (user_id, auth_method, cns_card_id, cns_cert_serial, iso(now))).lastrowid
        access, _ = _insert_token(conn, session_id, "access", now)
        refresh_token, _ = _insert_token(conn, session_id, "refresh", now)
    return TokenPair(access, refresh_token, int(ACCESS_TTL.total_seconds()), session_id,
                     user_id)


def refresh(conn: sqlite3.Connection, refresh_token: str,
            now: dt.datetime | None = None) -> TokenPair:
    """Rotate: revoke `refresh_token`, return a new access + refresh token pair.

    Raises InvalidGrant. A refresh token that was already rotated revokes its session
    (the revocation is committed before the exception leaves)."""
    now = now or utc_now()
    reused_session = None
    with transaction(conn):
        row = conn.execute(
            "SELECT t.id, t.session_id, t.expires_at, t.revoked_at, t.replaced_by, "
            "s.user_id, s.revoked_at AS session_revoked "
            "FROM auth_tokens t JOIN auth_sessions s ON s.id = t.session_id "
            "WHERE t.token_hash = ? AND t.kind = 'refresh'",
            (hash_token(refresh_token or ""),)).fetchone()
        if row is None:
            raise InvalidGrant("unknown")
        if row["session_revoked"] is not None:
            raise InvalidGrant("session_revoked", row["session_id"])
        if row["revoked_at"] is not None:
            if row["replaced_by"] is None:
                raise InvalidGrant("revoked", row["session_id"])
            _revoke_session_locked(conn, row["session_id"], "refresh_reuse", now)
            reused_session = row["session_id"]
        elif row["expires_at"] <= iso(now):
            raise InvalidGrant("expired", row["session_id"])
        else:
            access, _ = _insert_token(conn, row["session_id"], "access", now)
            new_refresh, new_id = _insert_token(conn, row["session_id"], "refresh", now)
            conn.execute("UPDATE auth_tokens SET revoked_at = ?, replaced_by = ? WHERE id = ?",
                         (iso(now), new_id, row["id"]))
            return TokenPair(access, new_refresh, int(ACCESS_TTL.total_seconds()),
                             row["session_id"], row["user_id"])
    raise InvalidGrant("reused", reused_session)


def authenticate(conn: sqlite3.Connection, access_token: str,
                 now: dt.datetime | None = None) -> AccessInfo | None:
    """The session behind a valid access token, or None (unknown, expired, revoked)."""
    now = now or utc_now()
    row = conn.execute(
        "SELECT t.id, t.session_id, t.expires_at, t.revoked_at, s.user_id, s.auth_method, "
        "s.revoked_at AS session_revoked "
        "FROM auth_tokens t JOIN auth_sessions s ON s.id = t.session_id "
        "WHERE t.token_hash = ? AND t.kind = 'access'",
        (hash_token(access_token or ""),)).fetchone()
    if (row is None or row["revoked_at"] is not None or row["session_revoked"] is not None
            or row["expires_at"] <= iso(now)):
        return None
    return AccessInfo(row["user_id"], row["session_id"], row["id"], row["auth_method"])


def _revoke_session_locked(conn: sqlite3.Connection, session_id: int, reason: str,
                           now: dt.datetime) -> None:
    conn.execute("UPDATE auth_sessions SET revoked_at = ?, revoked_reason = ? "
                 "WHERE id = ? AND revoked_at IS NULL", (iso(now), reason, session_id))
    conn.execute("UPDATE auth_tokens SET revoked_at = ? WHERE session_id = ? "
                 "AND revoked_at IS NULL", (iso(now), session_id))


def revoke_session(conn: sqlite3.Connection, session_id: int, reason: str,
                   now: dt.datetime | None = None) -> None:
    with transaction(conn):
        _revoke_session_locked(conn, session_id, reason, now or utc_now())


def session_of_refresh_token(conn: sqlite3.Connection, refresh_token: str) -> tuple | None:
    """(session_id, user_id) of a refresh token, whatever its state; None if unknown."""
    row = conn.execute(
        "SELECT s.id, s.user_id FROM auth_tokens t JOIN auth_sessions s ON s.id = t.session_id "
        "WHERE t.token_hash = ? AND t.kind = 'refresh'",
        (hash_token(refresh_token or ""),)).fetchone()
    return (row["id"], row["user_id"]) if row else None
