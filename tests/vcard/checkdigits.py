"""Check characters used on the card: codice fiscale (persons) and Luhn (card serial).

The codice fiscale rules live once, in the reference portal's domain module (server/inlinea_portal/domain/fiscal.py);
the virtual card uses the same code, so card and portal can never disagree about a person's code.
"""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "server"))

from inlinea_portal.domain import fiscal  # noqa: E402  (needs the path above)


def compute_cf(surname: str, name: str, birth: dt.date, sex: str, birthplace: str) -> str:
    """Codice fiscale of a person (no omocodia)."""
    return fiscal.compute_codice_fiscale(surname, name, birth, sex, birthplace)


def cf_is_valid(cf: str) -> bool:
    """Syntax and check letter of a 16-character codice fiscale (omocodia included)."""
    cf = cf.upper()
    if len(cf) != 16 or not cf.isalnum():
        return False
    try:
        return fiscal.check_letter(cf[:15]) == cf[15]
    except (ValueError, KeyError, IndexError):
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
