"""Check characters used on the card: codice fiscale (persons) and Luhn (card serial)."""

from __future__ import annotations

import datetime as dt

_MONTHS = "ABCDEHLMPRST"
_VOWELS = set("AEIOU")
# Values of characters in odd (1st, 3rd, ...) positions; digits share the row of A..J.
_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25,
        24, 23]


def _letters(text: str) -> str:
    return "".join(c for c in text.upper() if "A" <= c <= "Z")


def _split(text: str) -> tuple[str, str]:
    letters = _letters(text)
    consonants = "".join(c for c in letters if c not in _VOWELS)
    vowels = "".join(c for c in letters if c in _VOWELS)
    return consonants, vowels


def _surname_code(surname: str) -> str:
    consonants, vowels = _split(surname)
    return (consonants + vowels + "XXX")[:3]


def _name_code(name: str) -> str:
    consonants, vowels = _split(name)
    if len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return (consonants + vowels + "XXX")[:3]


def _char_value(c: str) -> int:
    return ord(c) - ord("0") if c.isdigit() else ord(c) - ord("A")


def cf_check_char(first15: str) -> str:
    """Check letter of a 16-character personal codice fiscale, from its first 15 characters."""
    if len(first15) != 15:
        raise ValueError("need the first 15 characters")
    total = 0
    for index, c in enumerate(first15.upper()):
        value = _char_value(c)
        if not 0 <= value < 26:
            raise ValueError(f"invalid character {c!r}")
        total += _ODD[value] if index % 2 == 0 else value
    return chr(ord("A") + total % 26)


def compute_cf(surname: str, name: str, birth: dt.date, sex: str, birthplace: str) -> str:
    """Codice fiscale of a person (no omocodia)."""
    if sex not in ("M", "F"):
        raise ValueError("sex must be M or F")
    day = birth.day + (40 if sex == "F" else 0)
    first15 = (_surname_code(surname) + _name_code(name) + f"{birth.year % 100:02d}"
               + _MONTHS[birth.month - 1] + f"{day:02d}" + birthplace.upper())
    return first15 + cf_check_char(first15)


def cf_is_valid(cf: str) -> bool:
    """Syntax and check letter of a 16-character codice fiscale."""
    cf = cf.upper()
    if len(cf) != 16 or not cf.isalnum():
        return False
    try:
        return cf_check_char(cf[:15]) == cf[15]
    except ValueError:
        return False


def luhn_check_digit(digits: str) -> str:
    """Digit to append to `digits` so the whole string passes the Luhn check."""
    if not digits.isdigit():
        raise ValueError("digits only")
    total = 0
    for index, c in enumerate(reversed(digits)):
        value = int(c)
        if index % 2 == 0:  # these are doubled once the check digit is appended
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def luhn_is_valid(number: str) -> bool:
    return len(number) >= 2 and number.isdigit() and luhn_check_digit(number[:-1]) == number[-1]
