"""Users (compilatori): lookup by codice fiscale for SPID/CNS logins, basic and full
profile ("Modifica Dati Personali")."""

from __future__ import annotations

import sqlite3

from .db import transaction


def find_or_create_by_cf(conn: sqlite3.Connection, codice_fiscale: str,
                         nome: str | None = None, cognome: str | None = None) -> tuple[int, bool]:
    """(user id, created). A new user gets the given names (or empty ones); an existing
    user keeps the names it has, and only empty ones are filled in."""
    cf = codice_fiscale.strip().upper()
    with transaction(conn):
        row = conn.execute("SELECT id, nome, cognome FROM users WHERE codice_fiscale = ?",
                           (cf,)).fetchone()
        if row is None:
            user_id = conn.execute(
                "INSERT INTO users (codice_fiscale, nome, cognome) VALUES (?, ?, ?)",
                (cf, nome or "", cognome or "")).lastrowid
            return user_id, True
        updates = {}
        if not row["nome"] and nome:
            updates["nome"] = nome
        if not row["cognome"] and cognome:
            updates["cognome"] = cognome
        if updates:
            assignments = ", ".join(f"{column} = ?" for column in updates)
            conn.execute(
                f"UPDATE users SET {assignments}, version = version + 1, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                (*updates.values(), row["id"]))
        return row["id"], False


def basic_profile(conn: sqlite3.Connection, user_id: int) -> dict | None:
    row = conn.execute("SELECT codice_fiscale, nome, cognome, email, email_confirmed, version "
                       "FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        return None
    return {
        "codice_fiscale": row["codice_fiscale"],
        "nome": row["nome"],
        "cognome": row["cognome"],
        "email": row["email"],
        "email_confirmed": bool(row["email_confirmed"]),
        "version": row["version"],
    }


# Columns of the full profile (GET /api/v1/me), in the contract's order.
PROFILE_COLUMNS = (
    "codice_fiscale", "nome", "cognome", "data_nascita", "stato_nascita", "provincia_nascita",
    "comune_nascita", "cittadinanza", "email", "email_confirmed", "email_pending",
    "newsletter_eventi", "newsletter_servizi", "funzionario", "residenza_indirizzo",
    "residenza_comune", "residenza_cap", "residenza_provincia",
)
PROFILE_BOOLEANS = ("email_confirmed", "newsletter_eventi", "newsletter_servizi", "funzionario")


def full_profile(conn: sqlite3.Connection, user_id: int) -> dict | None:
    """Every profile column (booleans as bool) plus `version`; None for an unknown user."""
    row = conn.execute(f"SELECT {', '.join(PROFILE_COLUMNS)}, version FROM users WHERE id = ?",
                       (user_id,)).fetchone()
    if row is None:
        return None
    profile = {column: row[column] for column in PROFILE_COLUMNS}
    for column in PROFILE_BOOLEANS:
        profile[column] = bool(profile[column])
    profile["version"] = row["version"]
    return profile


def set_email_confirmed(conn: sqlite3.Connection, user_id: int, email: str) -> None:
    """Store a confirmed email (from an activation link) and bump the profile version;
    a pending change to this address is complete."""
    conn.execute("UPDATE users SET email = ?, email_confirmed = 1, "
                 "email_pending = CASE WHEN email_pending = ? THEN NULL ELSE email_pending END, "
                 "version = version + 1, "
                 "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                 (email, email, user_id))


def login_user(profile: dict) -> dict:
    """The `user` object of a login answer (CNS, SPID code exchange)."""
    return {key: profile[key] for key in ("codice_fiscale", "nome", "cognome", "email_confirmed")}
