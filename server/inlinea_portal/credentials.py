"""Rules of the portal's own credentials (issue 8; vectors in tests/data/userid_vectors.json).

User ID: 8 to 64 characters among ASCII letters, digits, "_" and "-" (the two characters
this portal allows). The first offending character is reported as {code, char, position}
with a 1-based position; the length is checked only when every character is allowed.
Uniqueness is case-insensitive (`user_id_key`).

Password: 10 to 128 characters, at least one lowercase and one uppercase letter, a digit
and a non-alphanumeric character; it must not contain the User ID (case-insensitive) and
must differ from the current one.

Passwords, temporary passwords and security answers are stored only as scrypt hashes
("scrypt$n$r$p$salt-hex$hash-hex"; random 16-byte salt, n=2**14, r=8, p=1). Answers are
normalised first (`normalise_answer`): Unicode NFC, surrounding whitespace removed,
casefolded, inner runs of whitespace collapsed to one space.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import string
import unicodedata

USER_ID_MIN = 8
USER_ID_MAX = 64
USER_ID_SPECIAL = "_-"
PASSWORD_MIN = 10
PASSWORD_MAX = 128
PASSWORD_REQUIRE = ["lowercase", "uppercase", "digit", "symbol"]

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32

SECURITY_QUESTIONS = [
    {"id": "q1", "text": "Il nome del tuo primo animale domestico?"},
    {"id": "q2", "text": "Il cognome da nubile di tua madre?"},
    {"id": "q3", "text": "La città in cui sei nato?"},
    {"id": "q4", "text": "Il nome della tua scuola elementare?"},
    {"id": "q5", "text": "Il modello della tua prima automobile?"},
]
QUESTION_IDS = [question["id"] for question in SECURITY_QUESTIONS]

_ALLOWED = frozenset(string.ascii_letters + string.digits + USER_ID_SPECIAL)


def _char_code(char: str) -> str | None:
    if char in _ALLOWED:
        return None
    if char.isspace():
        return "space"
    if char == ".":
        return "dot"
    if char == "*":
        return "asterisk"
    if char.isalpha():  # only letters outside ASCII get here
        return "accented_letter"
    return "special_character"


def check_user_id(value: str) -> dict | None:
    """None when `value` is a valid User ID, else {code, char, position} (1-based) for
    the first offending character, or {code} for the length."""
    for index, char in enumerate(value):
        code = _char_code(char)
        if code:
            return {"code": code, "char": char, "position": index + 1}
    if len(value) < USER_ID_MIN:
        return {"code": "too_short"}
    if len(value) > USER_ID_MAX:
        return {"code": "too_long"}
    return None


def user_id_key(value: str) -> str:
    """What uniqueness and lookups compare (the User ID is stored as typed)."""
    return value.lower()


def check_password(password: str, user_id: str | None = None,
                   current_matches: bool = False) -> list[str]:
    """Every policy code the password breaks, in the contract's order. `current_matches`:
    the caller verified that it equals the current password (only hashes are stored)."""
    codes = []
    if len(password) < PASSWORD_MIN:
        codes.append("too_short")
    if len(password) > PASSWORD_MAX:
        codes.append("too_long")
    if not any(char.islower() for char in password):
        codes.append("no_lowercase")
    if not any(char.isupper() for char in password):
        codes.append("no_uppercase")
    if not any(char.isdigit() for char in password):
        codes.append("no_digit")
    if all(char.isalnum() for char in password):
        codes.append("no_symbol")
    if user_id and user_id.lower() in password.lower():
        codes.append("contains_user_id")
    if current_matches:
        codes.append("same_as_current")
    return codes


def normalise_answer(answer: str) -> str:
    """" Fido  " and "fido" are the same answer; so are "Via  Roma" and "via roma"."""
    return " ".join(unicodedata.normalize("NFC", answer).casefold().split())


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str | None) -> bool:
    """Constant-time comparison; a missing or malformed hash never matches (but still
    costs one scrypt, so that timing does not tell it apart)."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = (stored or "").split("$")
        if scheme != "scrypt":
            raise ValueError(scheme)
        n, r, p = int(n), int(r), int(p)
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        hash_secret(secret, b"\0" * SALT_BYTES)
        return False
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                            dklen=len(expected), maxmem=2 * 128 * r * n + 1024 * 1024)
    return hmac.compare_digest(digest, expected)


def hash_answer(answer: str) -> str:
    return hash_secret(normalise_answer(answer))


def verify_answer(answer: str, stored: str | None) -> bool:
    return verify_secret(normalise_answer(answer), stored)


def decoy_question(secret: str, user_id: str) -> dict:
    """A plausible question for a User ID that does not exist: always the same one for
    the same User ID, unpredictable without the server secret."""
    digest = hmac.new(secret.encode("utf-8"), user_id_key(user_id).encode("utf-8"),
                      hashlib.sha256).digest()
    return SECURITY_QUESTIONS[digest[0] % len(SECURITY_QUESTIONS)]


def question(question_id: str) -> dict:
    return next(q for q in SECURITY_QUESTIONS if q["id"] == question_id)


def temporary_password() -> str:
    """A random password that satisfies the policy (it is changed at the first login)."""
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(12))
    return (secrets.choice(string.ascii_uppercase) + secrets.choice(string.ascii_lowercase)
            + secrets.choice(string.digits) + "-" + body)


def mask_email(email: str) -> str:
    """"mario.rossi@example.it" -> "m*********i@example.it"."""
    local, _, domain = email.partition("@")
    if len(local) <= 2:
        hidden = local[:1] + "*" * (len(local) - 1)
    else:
        hidden = local[0] + "*" * (len(local) - 2) + local[-1]
    return f"{hidden}@{domain}"
