"""Pending SPID logins in SQLite: AuthnRequests (each answered once), IDs already seen,
and the state of a login between a valid Response and the authorization code.

No Flask: callers pass a connection from `db.connect` (autocommit mode).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from ..db import transaction
from ..tokens import hash_token, iso, new_token
from .problems import SpidRejected

REQUEST_TTL = dt.timedelta(minutes=15)        # from AuthnRequest to Response
COMPLETION_TTL = dt.timedelta(minutes=30)     # from Response to code (email confirmation)
SEEN_ID_TTL = dt.timedelta(days=1)
PURGE_AFTER = dt.timedelta(days=2)


def create_request(conn: sqlite3.Connection, request_id: str, relay_state: str,
                   idp_entity_id: str, client_state: str, code_challenge: str,
                   now: dt.datetime) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO spid_requests (id, relay_state, idp_entity_id, client_state, "
            "code_challenge, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (request_id, relay_state, idp_entity_id, client_state, code_challenge, iso(now),
             iso(now + REQUEST_TTL)))


def claim(conn: sqlite3.Connection, in_response_to: str, now: dt.datetime) -> sqlite3.Row:
    """The pending request a Response answers, marked as answered (atomically)."""
    with transaction(conn):
        row = conn.execute("SELECT * FROM spid_requests WHERE id = ?",
                           (in_response_to,)).fetchone()
        if row is None:
            raise SpidRejected("spid_in_response_to_unknown",
                               f"InResponseTo {in_response_to[:80]!r} sconosciuto")
        if row["used_at"] is not None:
            raise SpidRejected("spid_replay", f"richiesta {row['id']} già usata il "
                                              f"{row['used_at']}")
        conn.execute("UPDATE spid_requests SET used_at = ? WHERE id = ?", (iso(now), row["id"]))
    if row["expires_at"] <= iso(now):
        raise SpidRejected("spid_request_expired", f"richiesta {row['id']} scaduta il "
                                                   f"{row['expires_at']}")
    return row


def remember_ids(conn: sqlite3.Connection, idp_entity_id: str, message_ids: list[str],
                 now: dt.datetime) -> None:
    """Record Response/Assertion IDs; SpidRejected(spid_replay) if one was seen before."""
    with transaction(conn):
        for message_id in message_ids:
            try:
                conn.execute("INSERT INTO spid_seen_ids (idp_entity_id, message_id, seen_at, "
                             "expires_at) VALUES (?, ?, ?, ?)",
                             (idp_entity_id, message_id, iso(now), iso(now + SEEN_ID_TTL)))
            except sqlite3.IntegrityError:
                raise SpidRejected("spid_replay",
                                   f"ID {message_id[:80]!r} già ricevuto da {idp_entity_id}") \
                    from None


def set_authenticated(conn: sqlite3.Connection, request_id: str, user_id: int,
                      spid_code: str, session_index: str | None, now: dt.datetime) -> None:
    with transaction(conn):
        conn.execute("UPDATE spid_requests SET user_id = ?, authenticated_at = ?, spid_code = ?, "
                     "session_index = ? WHERE id = ?",
                     (user_id, iso(now), spid_code, session_index, request_id))


def new_form_token(conn: sqlite3.Connection, request_id: str) -> str:
    """A fresh handle for the "Conferma mail utente" form of this login."""
    token = new_token()
    with transaction(conn):
        conn.execute("UPDATE spid_requests SET form_token_hash = ? WHERE id = ?",
                     (hash_token(token), request_id))
    return token


def by_form_token(conn: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    return conn.execute("SELECT * FROM spid_requests WHERE form_token_hash = ?",
                        (hash_token(token or ""),)).fetchone()


def get(conn: sqlite3.Connection, request_id: str | None) -> sqlite3.Row | None:
    if not request_id:
        return None
    return conn.execute("SELECT * FROM spid_requests WHERE id = ?", (request_id,)).fetchone()


def login_open(row: sqlite3.Row | None, now: dt.datetime) -> bool:
    """Authenticated by SPID, not finished, and still within the completion window."""
    return (row is not None and row["authenticated_at"] is not None
            and row["finished_at"] is None
            and iso(now - COMPLETION_TTL) < row["authenticated_at"])


def finish(conn: sqlite3.Connection, request_id: str, reason: str, now: dt.datetime) -> bool:
    """Close the login once (code issued or cancelled); False if it was already closed."""
    cursor = conn.execute("UPDATE spid_requests SET finished_at = ?, finished_reason = ?, "
                          "form_token_hash = NULL WHERE id = ? AND finished_at IS NULL",
                          (iso(now), reason, request_id))
    return cursor.rowcount == 1


def count_mail(conn: sqlite3.Connection, request_id: str) -> int:
    """Increment and return the number of confirmation mails sent for this login."""
    with transaction(conn):
        conn.execute("UPDATE spid_requests SET mails_sent = mails_sent + 1 WHERE id = ?",
                     (request_id,))
        return conn.execute("SELECT mails_sent FROM spid_requests WHERE id = ?",
                            (request_id,)).fetchone()[0]


def purge(conn: sqlite3.Connection, now: dt.datetime) -> None:
    """Forget old requests (with their codes) and expired IDs."""
    with transaction(conn):
        conn.execute("DELETE FROM spid_requests WHERE created_at < ?", (iso(now - PURGE_AFTER),))
        conn.execute("DELETE FROM spid_seen_ids WHERE expires_at < ?", (iso(now),))
