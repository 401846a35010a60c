"""Field validation shared with the app (docs/anagrafiche-api.md, "Validation errors").

Pure functions, no I/O. Each `check_*` takes the raw text of one field and returns a
list of field errors `{"code", "detail", "position"?, "expected"?}`: empty when the value
is valid, otherwise the FIRST problem found (the order of the checks is the one of
tests/data/validation_vectors.json, which the app's validators follow too). `detail` is
Italian and precise ("carattere di controllo errato: atteso S"); `position` is 1-based in
the trimmed value; the caller adds `field`.

Values are trimmed; codes (codice fiscale, partita IVA, CAP, province) are compared in
upper case (`normalise_code` gives the form to store). An empty value gives `required`:
whether an empty field is an error is the caller's decision.

Dates: `check_iso_date` is the wire format (`YYYY-MM-DD`), `check_data` the app's input
format (`gg/mm/aaaa`, the "data" vectors). `check_cf_matches_person` compares a person's
codice fiscale with surname, name, birth date and sex (`mismatch`).
"""

from __future__ import annotations

import datetime as _dt
import re

from .fiscal import (
    ascii_upper,
    codice_fiscale_errors,
    codice_fiscale_numerico_errors,
    codice_fiscale_persona_errors,
    decode_person_code,
    field_error,
    name_code,
    partita_iva_errors,
    shown,
    surname_code,
)

__all__ = [
    "CODES", "PROVINCE", "check_cap", "check_cf_matches_person", "check_codice_fiscale",
    "check_data", "check_email", "check_iso_date", "check_partita_iva", "check_pec",
    "check_provincia", "email_problem", "field_error", "normalise_code", "parse_iso_date",
    "VALIDATORS",
]

# Every field error code of the contract.
CODES = frozenset({
    "required", "length", "invalid_character", "invalid_month", "invalid_day",
    "nonexistent_date", "check_character", "check_digit", "zero_company_number",
    "unknown_province", "invalid_format", "future_date", "mismatch", "read_only",
})

# Sigle of the current Italian provinces, metropolitan cities and equivalent bodies
# (107, as on vehicle plates and in ISTAT's list; Sud Sardegna is SU; Aosta is AO).
PROVINCE = frozenset("""
AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ
EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU
OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV
TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV
""".split())

_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def normalise_code(value: str | None) -> str:
    """Trimmed, ASCII upper case: how codes, CAP and province are stored."""
    return ascii_upper((value or "").strip())


# --- codice fiscale and partita IVA -----------------------------------------------------

def check_codice_fiscale(value: str | None, kind: str | None = None,
                         today: _dt.date | None = None) -> list[dict]:
    """kind None: either form (11 digits, else 16 characters); "persona": 16 characters
    only (persons, professionals); "numerico": 11 digits only (companies, bodies)."""
    if kind == "persona":
        return codice_fiscale_persona_errors(value, today)
    if kind == "numerico":
        text = (value or "").strip()
        if text and len(text) != 11:
            return [field_error("length", f"lunghezza errata: {len(text)} caratteri invece di "
                                          "11 cifre (codice fiscale di un'impresa o di un ente)")]
        return codice_fiscale_numerico_errors(text)
    if kind is not None:
        raise ValueError(f"tipo di codice fiscale sconosciuto: {kind!r}")
    return codice_fiscale_errors(value, today)


def check_partita_iva(value: str | None) -> list[dict]:
    return partita_iva_errors(value)


# --- CAP and province -------------------------------------------------------------------

def check_cap(value: str | None) -> list[dict]:
    cap = (value or "").strip()
    if not cap:
        return [field_error("required", "il CAP è obbligatorio")]
    if len(cap) != 5:
        return [field_error("length", f"lunghezza errata: {len(cap)} caratteri invece di 5 "
                                      "(il CAP ha 5 cifre)")]
    for index, ch in enumerate(cap):
        if ch not in "0123456789":
            return [field_error("invalid_character",
                                f"carattere non valido in posizione {index + 1}: {shown(ch)} "
                                "(il CAP ha solo cifre)", position=index + 1)]
    return []


def check_provincia(value: str | None) -> list[dict]:
    sigla = normalise_code(value)
    if not sigla:
        return [field_error("required", "la sigla della provincia è obbligatoria")]
    if len(sigla) != 2:
        return [field_error("length", f"lunghezza errata: {len(sigla)} caratteri invece di 2 "
                                      "(la sigla della provincia, per esempio MI)")]
    for index, ch in enumerate(sigla):
        if ch not in _ASCII_LETTERS:
            return [field_error("invalid_character",
                                f"carattere non valido in posizione {index + 1}: {shown(ch)} "
                                "(la sigla ha solo lettere)", position=index + 1)]
    if sigla not in PROVINCE:
        return [field_error("unknown_province", f"sigla di provincia sconosciuta: {sigla}")]
    return []


# --- email and PEC ----------------------------------------------------------------------

_ATOM_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")
_LABEL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$")
MAX_EMAIL = 254
MAX_LOCAL = 64
MAX_LABEL = 63


def email_problem(address: str) -> str | None:
    """Why `address` (trimmed) is not an acceptable address, or None."""
    if any(ch.isspace() for ch in address):
        return "contiene spazi"
    if any(ord(ch) > 127 for ch in address):
        return "contiene caratteri non ASCII (per un dominio internazionale usare la forma xn--)"
    if address.count("@") != 1:
        return "manca la @" if "@" not in address else "contiene più di una @"
    if len(address) > MAX_EMAIL:
        return f"è lungo {len(address)} caratteri (al massimo {MAX_EMAIL})"
    local, domain = address.split("@")
    if not local:
        return "manca la parte prima della @"
    if not domain:
        return "manca il dominio dopo la @"
    if len(local) > MAX_LOCAL:
        return f"la parte prima della @ ha {len(local)} caratteri (al massimo {MAX_LOCAL})"
    if local.startswith(".") or local.endswith("."):
        return "la parte prima della @ non può iniziare o finire con un punto"
    if ".." in local:
        return "la parte prima della @ contiene due punti consecutivi"
    for atom in local.split("."):
        if not _ATOM_RE.match(atom):
            bad = next(ch for ch in atom if not _ATOM_RE.match(ch))
            return f"carattere non ammesso prima della @: {shown(bad)}"
    labels = domain.split(".")
    if len(labels) < 2:
        return "il dominio deve contenere almeno un punto (per esempio example.it)"
    for label in labels:
        if not label:
            return "il dominio contiene un punto all'inizio, alla fine o due punti consecutivi"
        if len(label) > MAX_LABEL:
            return f"una parte del dominio ha {len(label)} caratteri (al massimo {MAX_LABEL})"
        if not _LABEL_RE.match(label):
            if label.startswith("-") or label.endswith("-"):
                return f"una parte del dominio inizia o finisce con un trattino: «{label}»"
            bad = next(ch for ch in label if not (ch.isascii() and (ch.isalnum() or ch == "-")))
            return f"carattere non ammesso nel dominio: {shown(bad)}"
    tld = labels[-1]
    if tld.isdigit():
        return f"dominio di primo livello numerico: «{tld}» (indirizzi IP non ammessi)"
    if len(tld) < 2:
        return f"dominio di primo livello troppo corto: «{tld}»"
    return None


def check_email(value: str | None, what: str = "email") -> list[dict]:
    address = (value or "").strip()
    if not address:
        return [field_error("required", f"l'indirizzo {what} è obbligatorio")]
    problem = email_problem(address)
    if problem:
        return [field_error("invalid_format", f"indirizzo {what} non valido: {problem}")]
    return []


def check_pec(value: str | None) -> list[dict]:
    """A PEC address has the syntax of an email address."""
    return check_email(value, "PEC")


# --- dates ------------------------------------------------------------------------------

_ISO_DATE_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_DATA_RE = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")


def _real_date(year: int, month: int, day: int,
               shown_as: str) -> tuple[_dt.date | None, list[dict]]:
    try:
        return _dt.date(year, month, day), []
    except ValueError:
        return None, [field_error("nonexistent_date", f"data inesistente: {shown_as}")]


def _future(date: _dt.date, birth: bool, today: _dt.date | None) -> list[dict]:
    today = today or _dt.date.today()
    if birth and date > today:
        return [field_error("future_date",
                            f"la data di nascita {date.strftime('%d/%m/%Y')} è nel futuro")]
    return []


def parse_iso_date(value: str | None) -> _dt.date | None:
    """The date of a valid ISO value, else None."""
    match = _ISO_DATE_RE.match((value or "").strip())
    if not match:
        return None
    try:
        return _dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def check_iso_date(value: str | None, birth: bool = False,
                   today: _dt.date | None = None) -> list[dict]:
    """A date on the wire: `YYYY-MM-DD`; with `birth`, not after today."""
    text = (value or "").strip()
    if not text:
        return [field_error("required", "la data è obbligatoria")]
    match = _ISO_DATE_RE.match(text)
    if not match:
        return [field_error("invalid_format",
                            f"data non nel formato AAAA-MM-GG: «{text[:40]}»")]
    date, errors = _real_date(*(int(part) for part in match.groups()), shown_as=text)
    return errors or _future(date, birth, today)


def check_data(value: str | None, birth: bool = False,
               today: _dt.date | None = None) -> list[dict]:
    """A date as the user types it in the app: `gg/mm/aaaa` (day and month may have one
    digit)."""
    text = (value or "").strip()
    if not text:
        return [field_error("required", "la data è obbligatoria")]
    match = _DATA_RE.match(text)
    if not match:
        return [field_error("invalid_format",
                            f"data non nel formato gg/mm/aaaa: «{text[:40]}»")]
    day, month, year = (int(part) for part in match.groups())
    date, errors = _real_date(year, month, day, shown_as=text)
    return errors or _future(date, birth, today)


# --- codice fiscale against the person ---------------------------------------------------

def check_cf_matches_person(codice_fiscale: str | None, cognome: str | None = None,
                            nome: str | None = None, data_nascita=None,
                            sesso: str | None = None) -> list[dict]:
    """`mismatch` errors (one per part that disagrees: cognome, nome, data di nascita,
    sesso) between a valid 16-character codice fiscale and the person's data. Parts that
    are absent are not compared; an invalid codice fiscale gives no error here (its own
    check reports it). `data_nascita` is a date or an ISO string."""
    cf = normalise_code(codice_fiscale)
    if len(cf) != 16:
        return []
    errors, info = decode_person_code(cf)
    if info is None or errors:
        return []
    found = []
    if cognome and cognome.strip():
        expected = surname_code(cognome)
        if cf[0:3] != expected:
            found.append(field_error(
                "mismatch", "il codice fiscale non corrisponde al cognome: per "
                            f"«{cognome.strip()}» i caratteri 1–3 sono {expected}, non {cf[0:3]}"))
    if nome and nome.strip():
        expected = name_code(nome)
        if cf[3:6] != expected:
            found.append(field_error(
                "mismatch", f"il codice fiscale non corrisponde al nome: per «{nome.strip()}» "
                            f"i caratteri 4–6 sono {expected}, non {cf[3:6]}"))
    if isinstance(data_nascita, str):
        data_nascita = parse_iso_date(data_nascita)
    if data_nascita is not None:
        encoded = (info.year2, info.month, info.day)
        if encoded != (data_nascita.year % 100, data_nascita.month, data_nascita.day):
            found.append(field_error(
                "mismatch", "il codice fiscale non corrisponde alla data di nascita: indica "
                            f"il {info.day:02d}/{info.month:02d}/{info.year2:02d}, non il "
                            f"{data_nascita.strftime('%d/%m/%Y')}"))
    sex = (sesso or "").strip().upper()
    if sex in ("M", "F") and info.sex != sex:
        found.append(field_error(
            "mismatch", "il codice fiscale non corrisponde al sesso: indica "
                        f"{'una donna' if info.sex == 'F' else 'un uomo'} (giorno "
                        f"{info.plain[9:11]}), non {'una donna' if sex == 'F' else 'un uomo'}"))
    return found


# The validator of each field name used in tests/data/validation_vectors.json.
VALIDATORS = {
    "codice_fiscale": check_codice_fiscale,
    "partita_iva": check_partita_iva,
    "cap": check_cap,
    "provincia": check_provincia,
    "email": check_email,
    "pec": check_pec,
    "data": check_data,
}
