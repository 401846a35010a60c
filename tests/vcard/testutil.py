"""Helpers shared by the unit tests: a provisioned card and APDU shortcuts."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

import apdu
import provision
from card import CnsCard

SHA256_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")


def digest_info_sha256(message: bytes) -> bytes:
    return SHA256_PREFIX + hashlib.sha256(message).digest()


def pkcs1_block(digest_info: bytes, size: int = 256) -> bytes:
    """EMSA-PKCS1-v1_5 encoding done on the host, as the C++ driver will do it."""
    return b"\x00\x01" + b"\xff" * (size - 3 - len(digest_info)) + b"\x00" + digest_info


def verify_sha256(cert, signature: bytes, message: bytes) -> None:
    cert.public_key().verify(signature, message, padding.PKCS1v15(), hashes.SHA256())


def pad_pin(pin: str) -> bytes:
    return pin.encode("ascii").ljust(8, b"\xff")


class CardFixture:
    """A temporary state folder with one person's card material, reused by a test class."""

    def __init__(self, person: str = "mario"):
        self.dir = tempfile.mkdtemp(prefix="vcard-test-")
        self.person = person
        self.files, self.key, self.state, self.cert = provision.provision(self.dir, person)
        self.state_path = os.path.join(self.dir, person, "state.json")

    def new_card(self, fresh_state: bool = True, **options) -> CnsCard:
        """A card in a freshly powered session; fresh_state resets PIN/PUK and counters."""
        _files, _key, state, _cert = provision.provision(self.dir, self.person,
                                                         reset_state=fresh_state)
        card = CnsCard(self.files, self.key, state, **options)
        card.power_on()
        return card

    def cleanup(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def send(card: CnsCard, cla, ins, p1, p2, data=b"", le=None, extended=False):
    """Transmit one command; return (data, sw)."""
    return apdu.split_response(card.process(apdu.build(cla, ins, p1, p2, data, le, extended)))


def select_path(card, path_hex: str, p2: int = 0x0C):
    return send(card, 0x00, 0xA4, 0x08, p2, bytes.fromhex(path_hex), 256 if p2 == 0 else None)


def read_all(card, chunk: int = 0xFF) -> bytes:
    """READ BINARY until the end, the way a driver without the file size would."""
    out, offset = b"", 0
    while True:
        data, sw = send(card, 0x00, 0xB0, offset >> 8, offset & 0xFF, le=chunk)
        out += data
        offset += len(data)
        if sw != 0x9000 or len(data) < chunk:
            return out
