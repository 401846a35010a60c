"""Email confirmation links: the first SPID access ("Conferma mail utente", seed 004) and
a change of email from PUT /api/v1/me.

The link `/anagrafica/attiva?id=<random>` is single use and expires after
ACTIVATION_TTL; only the SHA-256 of its id is stored. Opening it confirms the email
(and completes a pending change to that address). `purpose` is `first_access` or
`email_change`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from .. import users
from ..db import transaction
from ..domain.validation import email_problem
from ..tokens import hash_token, iso, new_token
from .problems import SpidRejected

ACTIVATION_TTL = dt.timedelta(hours=24)
ACTIVATION_PATH = "/anagrafica/attiva"
MAX_MAILS_PER_LOGIN = 5
PURPOSES = ("first_access", "email_change")


def check_email(value: str | None) -> tuple[str, str | None]:
    """(normalised email, Italian error or None); the syntax shared with the API
    (domain/validation.py)."""
    email = (value or "").strip()
    if not email:
        return email, "L'indirizzo email è obbligatorio."
    problem = email_problem(email)
    if problem:
        return email, f"L'indirizzo email non è valido: {problem}."
    return email, None


def create(conn: sqlite3.Connection, user_id: int, email: str, request_id: str | None,
           now: dt.datetime, purpose: str = "first_access") -> str:
    """A new link (its id, to put in the mail). Opens its own transaction."""
    with transaction(conn):
        return insert(conn, user_id, email, request_id, now, purpose)


def insert(conn: sqlite3.Connection, user_id: int, email: str, request_id: str | None,
           now: dt.datetime, purpose: str = "first_access") -> str:
    """Like `create`, inside the caller's transaction."""
    if purpose not in PURPOSES:
        raise ValueError(f"scopo del link sconosciuto: {purpose!r}")
    link_id = new_token()
    conn.execute("INSERT INTO email_activations (id_hash, user_id, email, request_id, "
                 "created_at, expires_at, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (hash_token(link_id), user_id, email, request_id, iso(now),
                  iso(now + ACTIVATION_TTL), purpose))
    return link_id


def discard_email_changes(conn: sqlite3.Connection, user_id: int) -> int:
    """Forget the unused email-change links of a user (a newer change replaces them)."""
    return conn.execute("DELETE FROM email_activations WHERE user_id = ? AND used_at IS NULL "
                        "AND purpose = 'email_change'", (user_id,)).rowcount


def activate(conn: sqlite3.Connection, link_id: str, now: dt.datetime) -> sqlite3.Row:
    """Spend the link and confirm its email; the row (user_id, email, request_id)."""
    with transaction(conn):
        row = conn.execute("SELECT * FROM email_activations WHERE id_hash = ?",
                           (hash_token(link_id or ""),)).fetchone()
        problem = None
        if row is None:
            problem = ("activation_invalid", "id sconosciuto")
        elif row["used_at"] is not None:
            problem = ("activation_used", f"già usato il {row['used_at']}")
        elif row["expires_at"] <= iso(now):
            problem = ("activation_expired", f"scaduto il {row['expires_at']}")
        else:
            conn.execute("UPDATE email_activations SET used_at = ? WHERE id_hash = ?",
                         (iso(now), row["id_hash"]))
            users.set_email_confirmed(conn, row["user_id"], row["email"])
    if problem:
        raise SpidRejected(*problem)
    return row


def compose(authority: str, public_url: str, profile: dict, link_id: str) -> tuple[str, str]:
    """(subject, body) of the activation mail, modelled on the portal's real one."""
    link = f"{public_url}{ACTIVATION_PATH}?id={link_id}"
    holder = f"{profile['nome']} {profile['cognome']}".strip() or profile["codice_fiscale"]
    subject = f"Conferma email per l'accesso alle procedure on-line della {authority}"
    body = (
        f"Per l'accesso ai servizi on-line della {authority} è necessario confermare la mail "
        f"fornita per l'utenza di {holder} ({profile['codice_fiscale']}) cliccando sul "
        f"seguente link:\n\n{link}\n\n"
        "Se il link non dovesse funzionare copiarlo nella barra degli indirizzi del browser "
        "internet (Firefox, Chrome, Edge, ...).\n"
        f"Il link è valido per {int(ACTIVATION_TTL.total_seconds() // 3600)} ore e si può "
        "usare una sola volta.\n\n"
        f"{authority}\nArea Ambiente e tutela del territorio\n\n"
        "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone "
        "indicate tra i destinatari. Qualora abbiate ricevuto questo messaggio per errore "
        "siete cortesemente pregati di darne immediata comunicazione al mittente e di "
        "provvedere alla sua cancellazione.\n\n"
        "Questa mail è stata generata automaticamente. Non rispondere a questo messaggio.\n"
    )
    return subject, body


def compose_change(authority: str, public_url: str, profile: dict, new_email: str,
                   link_id: str) -> tuple[str, str]:
    """(subject, body) of the mail that confirms a new address (PUT /api/v1/me)."""
    link = f"{public_url}{ACTIVATION_PATH}?id={link_id}"
    holder = f"{profile['nome']} {profile['cognome']}".strip() or profile["codice_fiscale"]
    subject = f"Conferma del nuovo indirizzo email per le procedure on-line della {authority}"
    body = (
        f"È stato chiesto di usare l'indirizzo {new_email} per l'utenza di {holder} "
        f"({profile['codice_fiscale']}) ai servizi on-line della {authority}.\n\n"
        "Per confermarlo clicca sul seguente link:\n\n"
        f"{link}\n\n"
        "Finché non lo confermi resta in uso l'indirizzo precedente. Se non hai chiesto tu "
        "questa modifica ignora questo messaggio.\n"
        "Se il link non dovesse funzionare copiarlo nella barra degli indirizzi del browser "
        "internet (Firefox, Chrome, Edge, ...).\n"
        f"Il link è valido per {int(ACTIVATION_TTL.total_seconds() // 3600)} ore e si può "
        "usare una sola volta.\n\n"
        f"{authority}\nArea Ambiente e tutela del territorio\n\n"
        "Questa mail è stata generata automaticamente. Non rispondere a questo messaggio.\n"
    )
    return subject, body
