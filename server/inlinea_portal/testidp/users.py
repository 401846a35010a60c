"""Test identities of the test IdP. Password "test" for all of them.

Mario Rossi is the demo compilatore (email already confirmed by `seed`); Anna Bianchi
is unknown to the portal (first access); Giuseppe Verdi's identity is suspended, so a
correct login answers ErrorCode nr23.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.fiscal import compute_codice_fiscale

PASSWORD = "test"
MAX_WRONG_PASSWORDS = 3


@dataclass(frozen=True)
class TestUser:
    username: str
    nome: str
    cognome: str
    codice_fiscale: str
    spid_code: str
    suspended: bool = False

    def attributes(self) -> dict[str, str]:
        return {"name": self.nome, "familyName": self.cognome,
                "fiscalNumber": "TINIT-" + self.codice_fiscale, "spidCode": self.spid_code}


def _user(username, nome, cognome, birth, sex, place, spid_code, suspended=False) -> TestUser:
    cf = compute_codice_fiscale(cognome, nome, birth, sex, place)
    return TestUser(username, nome, cognome, cf, spid_code, suspended)


USERS = {user.username: user for user in (
    _user("mario.rossi", "Mario", "Rossi", dt.date(1985, 12, 10), "M", "A562", "TEST0000000001"),
    _user("anna.bianchi", "Anna", "Bianchi", dt.date(1990, 1, 1), "F", "F205", "TEST0000000002"),
    _user("giuseppe.verdi", "Giuseppe", "Verdi", dt.date(1978, 5, 20), "M", "F205",
          "TEST0000000003", suspended=True),
)}


def find(username: str) -> TestUser | None:
    """By username or codice fiscale (case-insensitive)."""
    key = (username or "").strip().lower()
    if key in USERS:
        return USERS[key]
    return next((u for u in USERS.values() if u.codice_fiscale.lower() == key), None)
