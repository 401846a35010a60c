"""Pratica life cycle: states, who may move them, identifiers (CIP, protocollo)."""

from __future__ import annotations

import random
import re
import string

STATES = (
    "bozza",
    "inviata",
    "protocollata",
    "in_istruttoria",
    "richiesta_integrazioni",
    "integrata",
    "sospesa",
    "conferenza_di_servizi",
    "conclusa_accolta",
    "conclusa_respinta",
    "archiviata",
    "ritirata",
)

ACTORS = ("piattaforma", "suap", "ente", "richiedente")

# Allowed transitions of the one-stop-shop procedure. "bozza" only exists on the
# client; the server history starts with bozza -> inviata.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "bozza": ("inviata",),
    "inviata": ("protocollata", "ritirata"),
    "protocollata": ("in_istruttoria", "ritirata"),
    "in_istruttoria": ("richiesta_integrazioni", "sospesa", "conferenza_di_servizi",
                       "conclusa_accolta", "conclusa_respinta", "ritirata"),
    "richiesta_integrazioni": ("integrata", "sospesa", "conclusa_respinta", "ritirata"),
    "integrata": ("in_istruttoria", "conferenza_di_servizi", "conclusa_accolta",
                  "conclusa_respinta", "ritirata"),
    "sospesa": ("in_istruttoria", "conclusa_respinta", "ritirata"),
    "conferenza_di_servizi": ("richiesta_integrazioni", "sospesa", "conclusa_accolta",
                              "conclusa_respinta"),
    "conclusa_accolta": ("archiviata",),
    "conclusa_respinta": ("archiviata",),
    "ritirata": ("archiviata",),
    "archiviata": (),
}

# Who normally causes a move into each state.
DEFAULT_ACTOR = {
    "inviata": "richiedente",
    "protocollata": "suap",
    "in_istruttoria": "ente",
    "richiesta_integrazioni": "ente",
    "integrata": "richiedente",
    "sospesa": "ente",
    "conferenza_di_servizi": "ente",
    "conclusa_accolta": "ente",
    "conclusa_respinta": "ente",
    "archiviata": "piattaforma",
    "ritirata": "richiedente",
}

STATE_LABELS = {
    "bozza": "Bozza",
    "inviata": "Inviata",
    "protocollata": "Protocollata",
    "in_istruttoria": "In istruttoria",
    "richiesta_integrazioni": "Richiesta integrazioni",
    "integrata": "Integrata",
    "sospesa": "Sospesa",
    "conferenza_di_servizi": "Conferenza di servizi",
    "conclusa_accolta": "Conclusa (accolta)",
    "conclusa_respinta": "Conclusa (respinta)",
    "archiviata": "Archiviata",
    "ritirata": "Ritirata",
}

CIP_RE = re.compile(r"^[A-Z]{2}[0-9]{5}[A-Z]$")
PROTOCOLLO_RE = re.compile(r"^[0-9]{4}/[0-9]{7}$")


def can_transition(from_state: str, to_state: str) -> bool:
    return to_state in TRANSITIONS.get(from_state, ())


def check_path(states: list[str]) -> None:
    """Raise ValueError unless every consecutive pair is an allowed transition."""
    for before, after in zip(states, states[1:]):
        if not can_transition(before, after):
            raise ValueError(f"transizione non ammessa: {before} -> {after}")


def new_cip(rng: random.Random | None = None) -> str:
    """A CIP such as RI01390J: two letters, five digits, one letter."""
    rng = rng or random.SystemRandom()
    letters = string.ascii_uppercase
    return ("".join(rng.choice(letters) for _ in range(2))
            + f"{rng.randrange(100000):05d}" + rng.choice(letters))


def format_protocollo(year: int, number: int) -> str:
    return f"{year:04d}/{number:07d}"
