"""EF_DatiPersonali (3F00/1100/1102) encoding and strict parsing.

Layout: six ASCII hex digits with the length of everything that follows them, then
fields, each one two ASCII hex digits of length followed by that many ASCII bytes
("00" = empty). The length in the header does not count the header itself, which is
how OpenSC's itacns driver reads it.
"""

from __future__ import annotations

FIELDS = (
    "issuer_code",
    "issue_date",          # ddmmyyyy
    "expiry_date",         # ddmmyyyy
    "surname",
    "name",
    "birth_date",          # ddmmyyyy
    "sex",
    "height",
    "codice_fiscale",
    "citizenship",
    "birth_place_code",
    "birth_country",
    "birth_certificate",
    "residence_place_code",
    "residence_address",
    "expatriate_notes",
)

HEADER_LEN = 6


class PersonalDataError(ValueError):
    pass


def encode(values: dict) -> bytes:
    """Encode a mapping of FIELDS names to strings (missing names are empty fields)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise PersonalDataError(f"unknown fields: {sorted(unknown)}")
    body = bytearray()
    for name in FIELDS:
        raw = str(values.get(name, "") or "").encode("ascii")
        if len(raw) > 0xFF:
            raise PersonalDataError(f"field {name} too long")
        body += f"{len(raw):02X}".encode("ascii") + raw
    if len(body) > 0xFFFFFF:
        raise PersonalDataError("personal data too long")
    return f"{len(body):06X}".encode("ascii") + bytes(body)


def _hex_number(raw: bytes, what: str) -> int:
    try:
        text = raw.decode("ascii")
        if not text or any(c not in "0123456789abcdefABCDEF" for c in text):
            raise ValueError
        return int(text, 16)
    except ValueError:
        raise PersonalDataError(f"bad {what}: {raw!r}") from None


def parse(data: bytes) -> dict:
    """Parse the file; raise PersonalDataError on any inconsistency (never index out of range).

    Bytes after the declared length (card padding) are ignored. Fields missing at the end
    of the declared body are returned as empty strings.
    """
    if len(data) < HEADER_LEN:
        raise PersonalDataError("file shorter than its header")
    total = _hex_number(data[:HEADER_LEN], "total length")
    body = data[HEADER_LEN:HEADER_LEN + total]
    if len(body) != total:
        raise PersonalDataError("declared length exceeds the file")
    values = {name: "" for name in FIELDS}
    pos = 0
    for name in FIELDS:
        if pos == len(body):
            break
        if pos + 2 > len(body):
            raise PersonalDataError(f"truncated length of field {name}")
        size = _hex_number(body[pos:pos + 2], f"length of field {name}")
        pos += 2
        if pos + size > len(body):
            raise PersonalDataError(f"field {name} runs past the end")
        try:
            values[name] = body[pos:pos + size].decode("ascii")
        except UnicodeDecodeError:
            raise PersonalDataError(f"field {name} is not ASCII") from None
        pos += size
    if pos != len(body):
        raise PersonalDataError("unexpected bytes after the last field")
    return values
