"""Italian codice fiscale (persons, 16 characters) and partita IVA (11 digits).

Everything here is pure: no I/O, no database. Error messages are Italian because
they end up in problem+json field errors shown to the user.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass, field

MONTH_LETTERS = "ABCDEHLMPRST"  # January ... December
OMOCODE_LETTERS = "LMNPQRSTUV"  # replace digits 0 ... 9
# 0-based indexes of the characters that are digits and may be replaced (omocodia).
OMOCODE_POSITIONS = (6, 7, 9, 10, 12, 13, 14)

_ODD_VALUES = {
    "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19,
    "9": 21, "A": 1, "B": 0, "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17,
    "I": 19, "J": 21, "K": 2, "L": 4, "M": 18, "N": 20, "O": 11, "P": 3, "Q": 6,
    "R": 8, "S": 12, "T": 14, "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23,
}
_VOWELS = "AEIOU"
_BELFIORE_RE = re.compile(r"^[A-Z][0-9]{3}$")


def _even_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A")


def check_letter(first15: str) -> str:
    """Check character of a 16-character codice fiscale from its first 15."""
    if len(first15) != 15:
        raise ValueError("servono esattamente 15 caratteri")
    total = 0
    for index, ch in enumerate(first15.upper()):
        # Position index+1 (1-based) is odd when index is even.
        total += _ODD_VALUES[ch] if index % 2 == 0 else _even_value(ch)
    return chr(ord("A") + total % 26)


def _letters_only(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.upper())
    return "".join(ch for ch in decomposed if "A" <= ch <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = _letters_only(text)
    consonants = "".join(ch for ch in letters if ch not in _VOWELS)
    vowels = "".join(ch for ch in letters if ch in _VOWELS)
    return consonants, vowels


def surname_code(cognome: str) -> str:
    consonants, vowels = _split(cognome)
    return (consonants + vowels + "XXX")[:3]


def name_code(nome: str) -> str:
    consonants, vowels = _split(nome)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return (consonants + vowels + "XXX")[:3]


def compute_codice_fiscale(cognome: str, nome: str, nascita: _dt.date,
                           sesso: str, codice_catastale: str) -> str:
    """Regular (non-omocode) codice fiscale of a person."""
    sesso = sesso.upper()
    if sesso not in ("M", "F"):
        raise ValueError("sesso deve essere 'M' o 'F'")
    codice_catastale = codice_catastale.upper()
    if not _BELFIORE_RE.match(codice_catastale):
        raise ValueError(f"codice catastale non valido: {codice_catastale!r}")
    day = nascita.day + (40 if sesso == "F" else 0)
    first15 = (surname_code(cognome) + name_code(nome) + f"{nascita.year % 100:02d}"
               + MONTH_LETTERS[nascita.month - 1] + f"{day:02d}" + codice_catastale)
    return first15 + check_letter(first15)


def omocode(codice_fiscale: str, level: int) -> str:
    """Replace the rightmost `level` replaceable digits with letters (omocodia)."""
    if not 1 <= level <= len(OMOCODE_POSITIONS):
        raise ValueError("livello di omocodia tra 1 e 7")
    chars = list(codice_fiscale.upper()[:15])
    for pos in OMOCODE_POSITIONS[::-1][:level]:
        if chars[pos].isdigit():
            chars[pos] = OMOCODE_LETTERS[int(chars[pos])]
    first15 = "".join(chars)
    return first15 + check_letter(first15)


def _decode_omocode(first15: str) -> str:
    chars = list(first15)
    for pos in OMOCODE_POSITIONS:
        if chars[pos] in OMOCODE_LETTERS:
            chars[pos] = str(OMOCODE_LETTERS.index(chars[pos]))
    return "".join(chars)


@dataclass
class CodiceFiscaleCheck:
    """Outcome of validating a codice fiscale; `errors` are Italian sentences."""

    value: str
    errors: list[str] = field(default_factory=list)
    birth_date: _dt.date | None = None
    sex: str | None = None
    codice_catastale: str | None = None
    omocode: bool = False

    @property
    def valid(self) -> bool:
        return not self.errors


def _birth_date(yy: int, month: int, day: int, today: _dt.date) -> _dt.date | None:
    # The century is not encoded: take the most recent one that is not in the future.
    for century in (2000, 1900):
        try:
            candidate = _dt.date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def validate_codice_fiscale_persona(value: str, today: _dt.date | None = None) -> CodiceFiscaleCheck:
    """Validate a 16-character codice fiscale, reporting exactly what is wrong."""
    cf = (value or "").strip().upper()
    result = CodiceFiscaleCheck(value=cf)
    if len(cf) != 16:
        result.errors.append(f"lunghezza errata: {len(cf)} caratteri invece di 16")
        return result
    for index, ch in enumerate(cf):
        if index in OMOCODE_POSITIONS:
            ok = ch.isdigit() or ch in OMOCODE_LETTERS
        elif index == 8:
            ok = ch in MONTH_LETTERS
        else:
            ok = "A" <= ch <= "Z"
        if not ok:
            result.errors.append(f"carattere non valido in posizione {index + 1}: '{ch}'")
    if result.errors:
        return result

    expected = check_letter(cf[:15])
    if cf[15] != expected:
        result.errors.append(f"carattere di controllo errato: atteso {expected}")

    decoded = _decode_omocode(cf[:15])
    result.omocode = decoded != cf[:15]
    day_code = int(decoded[9:11])
    month = MONTH_LETTERS.index(decoded[8]) + 1
    if 1 <= day_code <= 31:
        result.sex, day = "M", day_code
    elif 41 <= day_code <= 71:
        result.sex, day = "F", day_code - 40
    else:
        result.errors.append(f"giorno di nascita non valido: {day_code:02d}")
        return result
    birth = _birth_date(int(decoded[6:8]), month, day, today or _dt.date.today())
    if birth is None:
        result.errors.append(
            f"data di nascita inesistente: {day:02d}/{month:02d}/{decoded[6:8]}")
    result.birth_date = birth
    result.codice_catastale = decoded[11:15]
    return result


def partita_iva_check_digit(first10: str) -> int:
    if len(first10) != 10 or not first10.isdigit():
        raise ValueError("servono esattamente 10 cifre")
    total = 0
    for index, ch in enumerate(first10):
        digit = int(ch)
        if index % 2 == 1:  # 2nd, 4th, ... 10th (1-based even positions)
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def make_partita_iva(company_number: int, office_code: int) -> str:
    first10 = f"{company_number:07d}{office_code:03d}"
    return first10 + str(partita_iva_check_digit(first10))


def validate_partita_iva(value: str) -> list[str]:
    """Errors (Italian) for an 11-digit partita IVA or numeric codice fiscale."""
    piva = (value or "").strip()
    if len(piva) != 11:
        return [f"lunghezza errata: {len(piva)} caratteri invece di 11"]
    if not piva.isdigit():
        return ["deve contenere solo cifre"]
    if piva[:7] == "0000000":
        return ["numero di matricola nullo"]
    expected = partita_iva_check_digit(piva[:10])
    if int(piva[10]) != expected:
        return [f"cifra di controllo errata: attesa {expected}"]
    return []


def validate_codice_fiscale(value: str, today: _dt.date | None = None) -> list[str]:
    """Errors for any codice fiscale: 11 digits (companies, bodies) or 16 characters."""
    cf = (value or "").strip().upper()
    if len(cf) == 11 and cf.isdigit():
        return validate_partita_iva(cf)
    return validate_codice_fiscale_persona(cf, today).errors
