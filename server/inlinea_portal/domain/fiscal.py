"""Italian codice fiscale (persons, 16 characters) and partita IVA (11 digits).

Everything here is pure: no I/O, no database. Error messages are Italian because
they end up in problem+json field errors shown to the user.

Two layers:

* the structured checks `codice_fiscale_errors`, `codice_fiscale_persona_errors` and
  `partita_iva_errors` return field errors `{"code", "detail", "position"?, "expected"?}`
  (codes of docs/anagrafiche-api.md), at most one per value: the first problem found,
  in the order shared with the app (tests/data/validation_vectors.json);
* the older `validate_*` functions (CNS and SPID login checks, the virtual card's
  tools) keep their interface and return short Italian sentences built from them.
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


def ascii_upper(text: str) -> str:
    """Upper-case ASCII letters only (str.upper would turn "ß" into "SS", "ﬁ" into "FI"
    and so shift every position after it)."""
    return text.translate(_ASCII_UPPER)


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_DIGITS = frozenset("0123456789")


def shown(ch: str) -> str:
    """A character as an Italian detail shows it: «x», or U+XXXX when invisible."""
    if ch.isprintable() and not ch.isspace():
        return f"«{ch}»"
    if ch == " ":
        return "uno spazio"
    return f"U+{ord(ch):04X}"


def field_error(code: str, detail: str, position: int | None = None,
                expected: str | None = None) -> dict:
    """One field error of a 422 `errors` list (without `field`, which the caller adds)."""
    error = {"code": code, "detail": detail}
    if position is not None:
        error["position"] = position
    if expected is not None:
        error["expected"] = expected
    return error


def is_ascii_digits(text: str) -> bool:
    return bool(text) and all(ch in _ASCII_DIGITS for ch in text)


# What each position of a personal codice fiscale holds (0-based index -> description).
def _expected_at(index: int) -> str:
    if index in OMOCODE_POSITIONS:
        return "una cifra o una lettera di omocodia (L M N P Q R S T U V)"
    if index < 6:
        return "una lettera (cognome e nome)"
    if index == 11:
        return "una lettera (codice del luogo di nascita)"
    return "una lettera (carattere di controllo)"


def _allowed_at(index: int, ch: str) -> bool:
    if index in OMOCODE_POSITIONS:
        return ch in _ASCII_DIGITS or ch in OMOCODE_LETTERS
    return ch in _ASCII_LETTERS


@dataclass
class PersonCode:
    """What a structurally valid 16-character codice fiscale encodes."""

    value: str                 # trimmed, upper case
    plain: str                 # first 15 characters with omocode letters turned back to digits
    sex: str | None            # M | F; None when the day code is not valid
    day: int | None            # day of the month; None when the day code is not valid
    month: int
    year2: int                 # two-digit year
    birth_date: _dt.date | None
    codice_catastale: str
    omocode: bool


def decode_person_code(cf: str, today: _dt.date | None = None
                       ) -> tuple[list[dict], PersonCode | None]:
    """Field errors of a trimmed, upper-cased 16-character code (at most one) and, when
    the characters are well placed, what it encodes (even if a later check failed)."""
    for index, ch in enumerate(cf):
        if index == 8:
            if ch not in MONTH_LETTERS:
                return [field_error(
                    "invalid_month",
                    f"mese di nascita non valido in posizione 9: {shown(ch)} "
                    f"(ammesse {' '.join(MONTH_LETTERS)})", position=9)], None
        elif not _allowed_at(index, ch):
            return [field_error(
                "invalid_character",
                f"carattere non valido in posizione {index + 1}: {shown(ch)} "
                f"(atteso {_expected_at(index)})", position=index + 1)], None

    plain = _decode_omocode(cf[:15])
    day_code, month = int(plain[9:11]), MONTH_LETTERS.index(plain[8]) + 1
    valid_day = 1 <= day_code <= 31 or 41 <= day_code <= 71
    sex, day = ("F", day_code - 40) if day_code > 40 else ("M", day_code)
    birth = (_birth_date(int(plain[6:8]), month, day, today or _dt.date.today())
             if valid_day else None)
    info = PersonCode(cf, plain, sex if valid_day else None, day if valid_day else None, month,
                      int(plain[6:8]), birth, plain[11:15], plain != cf[:15])

    errors = []
    expected = check_letter(cf[:15])
    if cf[15] != expected:
        errors.append(field_error("check_character",
                                  f"carattere di controllo errato: atteso {expected}",
                                  expected=expected))
    elif not valid_day:
        errors.append(field_error(
            "invalid_day",
            f"giorno di nascita non valido: {day_code:02d} (ammessi 01–31 per gli uomini, "
            "41–71 per le donne)"))
    elif birth is None:
        errors.append(field_error(
            "nonexistent_date",
            f"data di nascita inesistente: {day:02d}/{month:02d}/{plain[6:8]}"))
    return errors, info


def codice_fiscale_persona_errors(value: str | None, today: _dt.date | None = None) -> list[dict]:
    """Field errors (at most one) of a person's 16-character codice fiscale."""
    cf = ascii_upper((value or "").strip())
    if not cf:
        return [field_error("required", "il codice fiscale è obbligatorio")]
    if len(cf) != 16:
        return [field_error("length", f"lunghezza errata: {len(cf)} caratteri invece di 16")]
    return decode_person_code(cf, today)[0]


def codice_fiscale_numerico_errors(value: str | None) -> list[dict]:
    """Field errors (at most one) of the 11-digit codice fiscale of a company or body."""
    return _eleven_digits(value, "il codice fiscale è obbligatorio")


def codice_fiscale_errors(value: str | None, today: _dt.date | None = None) -> list[dict]:
    """Any codice fiscale: 11 digits (companies, bodies, checked like a partita IVA) or
    16 characters (persons)."""
    cf = ascii_upper((value or "").strip())
    if not cf:
        return [field_error("required", "il codice fiscale è obbligatorio")]
    if len(cf) == 11 and is_ascii_digits(cf):
        return codice_fiscale_numerico_errors(cf)
    if len(cf) != 16:
        return [field_error(
            "length", f"lunghezza errata: {len(cf)} caratteri invece di 16 (persone) "
                      "o 11 cifre (imprese ed enti)")]
    return decode_person_code(cf, today)[0]


def partita_iva_errors(value: str | None) -> list[dict]:
    """Field errors (at most one) of a partita IVA."""
    return _eleven_digits(value, "la partita IVA è obbligatoria")


def _eleven_digits(value: str | None, required_detail: str) -> list[dict]:
    number = (value or "").strip()
    if not number:
        return [field_error("required", required_detail)]
    if len(number) != 11:
        return [field_error("length", f"lunghezza errata: {len(number)} caratteri invece di 11")]
    for index, ch in enumerate(number):
        if ch not in _ASCII_DIGITS:
            return [field_error("invalid_character",
                                f"carattere non valido in posizione {index + 1}: {shown(ch)} "
                                "(sono ammesse solo cifre)", position=index + 1)]
    if number[:7] == "0000000":
        return [field_error("zero_company_number",
                            "numero di matricola nullo: le prime 7 cifre sono tutte 0")]
    expected = str(partita_iva_check_digit(number[:10]))
    if number[10] != expected:
        return [field_error("check_digit", f"cifra di controllo errata: attesa {expected}",
                            expected=expected)]
    return []


# --- the older interface: short Italian sentences --------------------------------------

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


def _sentence(error: dict, value: str, expected_length: int) -> str:
    code = error["code"]
    if code in ("required", "length"):
        return f"lunghezza errata: {len(value)} caratteri invece di {expected_length}"
    if code in ("invalid_character", "invalid_month"):
        if expected_length == 11:
            return "deve contenere solo cifre"
        position = error["position"]
        return f"carattere non valido in posizione {position}: '{value[position - 1]}'"
    if code == "invalid_day":
        return error["detail"].split(" (")[0]
    if code == "zero_company_number":
        return "numero di matricola nullo"
    return error["detail"]


def validate_codice_fiscale_persona(value: str,
                                    today: _dt.date | None = None) -> CodiceFiscaleCheck:
    """Validate a 16-character codice fiscale, reporting exactly what is wrong."""
    cf = ascii_upper((value or "").strip())
    result = CodiceFiscaleCheck(value=cf)
    if len(cf) != 16:
        result.errors.append(f"lunghezza errata: {len(cf)} caratteri invece di 16")
        return result
    errors, info = decode_person_code(cf, today)
    result.errors = [_sentence(error, cf, 16) for error in errors]
    if info is not None:
        result.omocode = info.omocode
        if info.day is not None:
            result.sex = info.sex
            result.birth_date = info.birth_date
            result.codice_catastale = info.codice_catastale
    return result


def partita_iva_check_digit(first10: str) -> int:
    if len(first10) != 10 or not is_ascii_digits(first10):
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
    return [_sentence(error, piva, 11) for error in partita_iva_errors(piva)]


def validate_codice_fiscale(value: str, today: _dt.date | None = None) -> list[str]:
    """Errors for any codice fiscale: 11 digits (companies, bodies) or 16 characters."""
    cf = ascii_upper((value or "").strip())
    if len(cf) == 11 and is_ascii_digits(cf):
        return validate_partita_iva(cf)
    return validate_codice_fiscale_persona(cf, today).errors
