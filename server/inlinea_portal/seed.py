"""`manage.py seed`: idempotent demo data (see seed_data.py for the content)."""

from __future__ import annotations

import datetime as dt
import random

from . import credentials as rules
from . import seed_data
from .db import connect, transaction
from .domain.pratiche import DEFAULT_ACTOR, check_path, format_protocollo, new_cip
from .migrations import migrate

FIRST_CIP = "RI01390J"  # the example CIP of the Inlinea manual
_ANAGRAFICA_FIELDS = (
    "tipo", "denominazione", "cognome", "nome", "codice_fiscale", "partita_iva", "indirizzo",
    "comune", "cap", "provincia", "pec", "email", "telefono",
    "legale_rappresentante_cognome", "legale_rappresentante_nome",
    "legale_rappresentante_codice_fiscale", "legale_rappresentante_qualifica", "watched",
    "sesso", "data_nascita", "comune_nascita", "provincia_nascita",
)
_BIRTH_FIELDS = ("sesso", "data_nascita", "comune_nascita", "provincia_nascita")


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ensure_user(conn, user: dict) -> tuple[int, bool]:
    """(user id, created)."""
    row = conn.execute("SELECT id FROM users WHERE codice_fiscale = ?",
                       (user["codice_fiscale"],)).fetchone()
    if row:
        return row["id"], False
    cursor = conn.execute(
        "INSERT INTO users (codice_fiscale, nome, cognome, email, email_confirmed, data_nascita,"
        " stato_nascita, comune_nascita, provincia_nascita, cittadinanza, residenza_indirizzo,"
        " residenza_comune, residenza_cap, residenza_provincia)"
        " VALUES (?, ?, ?, ?, 1, ?, 'Italia', ?, ?, 'italiana', ?, ?, ?, ?)",
        (user["codice_fiscale"], user["nome"], user["cognome"], user["email"],
         user["data_nascita"], user.get("comune_nascita"), user.get("provincia_nascita"),
         user["residenza_indirizzo"], user["residenza_comune"], user["residenza_cap"],
         user["residenza_provincia"]))
    return cursor.lastrowid, True


def _ensure_anagrafiche(conn, owner_id: int, records: list[dict]) -> tuple[list[int], int]:
    ids, created = [], 0
    columns = ", ".join(("owner_user_id",) + _ANAGRAFICA_FIELDS)
    marks = ", ".join("?" * (len(_ANAGRAFICA_FIELDS) + 1))
    for record in records:
        row = conn.execute("SELECT id, sesso FROM anagrafiche WHERE owner_user_id = ? "
                           "AND codice_fiscale = ?",
                           (owner_id, record["codice_fiscale"])).fetchone()
        if row is None:
            row_id = conn.execute(f"INSERT INTO anagrafiche ({columns}) VALUES ({marks})",
                                  (owner_id, *(record[f] for f in _ANAGRAFICA_FIELDS))).lastrowid
            created += 1
        else:
            row_id = row["id"]
            if row["sesso"] is None and record["sesso"] is not None:
                # Seeded before the birth fields existed (migration 0005): fill them in.
                conn.execute("UPDATE anagrafiche SET sesso = ?, data_nascita = ?, "
                             "comune_nascita = ?, provincia_nascita = ? WHERE id = ?",
                             (*(record[f] for f in _BIRTH_FIELDS), row_id))
        ids.append(row_id)
    return ids, created


# The password account of the comune flavour (demos, tests; an old account under
# `inlinea` with INLINEA_LEGACY_CREDENTIALS): Mario Rossi, registered as cittadino with
# Profilo Completo, email already confirmed.
DEMO_CREDENTIALS = {"user_id": "mario_rossi85", "password": "Inlinea-Prova-2026",
                    "security_question": "q1", "security_answer": "Fido"}


def _ensure_credentials(conn, user_id: int) -> bool:
    """The demo credentials for `user_id` (created once; True when created now)."""
    demo = DEMO_CREDENTIALS
    key = rules.user_id_key(demo["user_id"])
    if conn.execute("SELECT 1 FROM credentials WHERE user_id = ? OR login_key = ?",
                    (user_id, key)).fetchone():
        return False
    now = _iso(dt.datetime.now(dt.timezone.utc).replace(microsecond=0))
    conn.execute("UPDATE users SET username = ? WHERE id = ? AND username IS NULL",
                 (demo["user_id"], user_id))
    conn.execute(
        "INSERT INTO credentials (user_id, login, login_key, password_hash, email_confirmed,"
        " security_question, security_answer_hash, registration_type, registration_profile,"
        " self_declared_at, created_at, password_changed_at)"
        " VALUES (?, ?, ?, ?, 1, ?, ?, 'cittadino', 'completo', ?, ?, ?)",
        (user_id, demo["user_id"], key, rules.hash_secret(demo["password"]),
         demo["security_question"], rules.hash_answer(demo["security_answer"]), now, now, now))
    return True


def _history(rng: random.Random, states: list[str], start: str) -> list[tuple[str, str, str]]:
    """(at, from, to) for each step of `states`: working days, office hours (UTC)."""
    day = dt.date.fromisoformat(start)
    steps = []
    for before, after in zip(states, states[1:]):
        while day.weekday() >= 5:  # Saturday, Sunday
            day += dt.timedelta(days=1)
        at = dt.datetime.combine(day, dt.time(7, 30)) + dt.timedelta(minutes=rng.randrange(9 * 60))
        steps.append((at, before, after))
        day += dt.timedelta(days=rng.randint(2, 14))
    return steps


def _protocol_number(at: dt.datetime, rng: random.Random) -> int:
    # Grows with the date, like a real register (about 40 entries a day).
    return 9000 + 40 * at.timetuple().tm_yday + rng.randrange(40)


def _ensure_pratiche(conn, owner_id: int, anagrafica_ids: list[int]) -> int:
    rng = random.Random(20260101)  # fixed: the same run gives the same data
    used_cips = set()
    created = 0
    for index, (anagrafica, (code, title), suffix, states, start) in enumerate(seed_data.PRATICHE):
        check_path(states)
        cip = FIRST_CIP if index == 0 else new_cip(rng)
        while cip in used_cips:
            cip = new_cip(rng)
        used_cips.add(cip)
        # Draw every random value before deciding to skip, so that the sequence (and
        # thus every CIP) does not depend on which pratiche already exist.
        steps = _history(rng, states, start)
        suap_number, register_number = rng.randint(1000, 9999), rng.randint(10000, 99999)
        protocollo = protocollo_suap = codice_registro = scadenza = None
        for at, _before, after in steps:
            if after == "protocollata":
                protocollo = format_protocollo(at.year, _protocol_number(at, rng))
                if code in ("AUA", "SCARICHI"):
                    protocollo_suap = f"SUAP/{at.year}/{suap_number:06d}"
                if code == "AUA":
                    codice_registro = f"AUA{register_number}"
        last_at, _before, stato = steps[-1]
        if stato == "richiesta_integrazioni":
            scadenza = (last_at + dt.timedelta(days=30)).date().isoformat()
        if conn.execute("SELECT 1 FROM pratiche WHERE cip = ?", (cip,)).fetchone():
            continue

        pratica_id = conn.execute(
            "INSERT INTO pratiche (cip, anagrafica_id, owner_user_id, procedimento, titolo, stato,"
            " protocollo, protocollo_suap, codice_registro, scadenza_integrazioni, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (cip, anagrafica_ids[anagrafica], owner_id, code, f"{title} – {suffix}", stato,
             protocollo, protocollo_suap, codice_registro, scadenza, _iso(steps[0][0]),
             _iso(last_at))).lastrowid
        for at, before, after in steps:
            conn.execute(
                "INSERT INTO pratica_eventi (pratica_id, at, from_stato, to_stato, actor, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (pratica_id, _iso(at), before, after, DEFAULT_ACTOR[after],
                 seed_data.EVENT_NOTES[after]))
        created += 1
    return created


def seed(db_file: str, extra_anagrafiche: int = 0) -> dict:
    """Migrate, then add whatever demo rows are missing. Returns counts of created rows.
    `extra_anagrafiche`: that many generated anagrafiche for the first compilatore too
    (the same ones on every run, so a rerun adds only the missing ones)."""
    migrate(db_file)
    conn = connect(db_file)
    try:
        with transaction(conn):
            owner_id, owner_created = _ensure_user(conn, seed_data.COMPILATORE)
            anagrafica_ids, anagrafiche_created = _ensure_anagrafiche(
                conn, owner_id, seed_data.anagrafiche())
            pratiche_created = _ensure_pratiche(conn, owner_id, anagrafica_ids)
            _ensure_credentials(conn, owner_id)
            second_id, second_created = _ensure_user(conn, seed_data.COMPILATORE_2)
            anagrafiche_created += _ensure_anagrafiche(conn, second_id,
                                                       seed_data.anagrafiche_2())[1]
            if extra_anagrafiche:
                generated = seed_data.generated_anagrafiche(extra_anagrafiche)
                anagrafiche_created += _ensure_anagrafiche(conn, owner_id, generated)[1]
    finally:
        conn.close()
    return {"users": int(owner_created) + int(second_created),
            "anagrafiche": anagrafiche_created, "pratiche": pratiche_created}
