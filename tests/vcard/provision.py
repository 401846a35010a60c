"""Creates and loads a person's card material in a state folder.

Layout (DIR is the --state folder, shared by all people and by the CA):
  DIR/cns-ca.pem, cns-ca.key, cns-ca.crl.pem   the CNS test CA (cnsca.py)
  DIR/<person>/key.pem                         the card's RSA-2048 key (0600)
  DIR/<person>/cert.pem                        valid authentication certificate
  DIR/<person>/cert-<variant>.pem              expired / revoked / wrong-policy variants
  DIR/<person>/state.json                      PIN, PUK and try counters (0600)
"""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import cnsca
import people
from cardstate import DEFAULT_PIN, DEFAULT_PUK, CardState

VARIANTS = ("valid", "expired", "revoked", "wrong-policy")


def _write_private(path: str, data: bytes) -> None:
    tmp = f"{path}.tmp{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def _load_or_create_key(path: str) -> rsa.RSAPrivateKey:
    if os.path.exists(path):
        with open(path, "rb") as f:
            return serialization.load_pem_private_key(f.read(), password=None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    _write_private(path, key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return key


def _still_good(cert: x509.Certificate, ca: x509.Certificate, key: rsa.RSAPrivateKey) -> bool:
    """The stored certificate belongs to this key and to the CA currently in the folder."""
    if cert.public_key().public_numbers() != key.public_key().public_numbers():
        return False
    if cert.issuer != ca.subject:
        return False
    try:
        ca.public_key().verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(),
                               cert.signature_hash_algorithm)
    except InvalidSignature:
        return False
    return True


def personal_data_sha1_b64(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")


def cert_path(state_dir: str, person_key: str, variant: str = "valid") -> str:
    name = "cert.pem" if variant == "valid" else f"cert-{variant}.pem"
    return os.path.join(state_dir, person_key, name)


def ensure_certificate(state_dir: str, person: people.Person, key: rsa.RSAPrivateKey,
                       variant: str) -> x509.Certificate:
    if variant not in VARIANTS:
        raise ValueError(f"unknown certificate variant {variant!r}")
    ca = cnsca.init_ca(state_dir)
    path = cert_path(state_dir, person.key, variant)
    if os.path.exists(path):
        with open(path, "rb") as f:
            cert = x509.load_pem_x509_certificate(f.read())
        if _still_good(cert, ca, key):
            if variant == "revoked":
                cnsca.revoke(state_dir, cert)    # no-op when already listed
            return cert
    cert = cnsca.issue(state_dir, person.card_serial, person.codice_fiscale,
                       personal_data_sha1_b64(person.personal_data()), key.public_key(),
                       expired=variant == "expired", wrong_policy=variant == "wrong-policy",
                       surname=person.surname, given_name=person.name)
    cnsca.write_cert(path, cert)
    if variant == "revoked":
        cnsca.revoke(state_dir, cert)
    return cert


def card_files(person: people.Person, cert: x509.Certificate) -> dict[str, bytes]:
    """The card's EFs, by path below the MF."""
    serial = person.card_serial.encode("ascii")
    return {
        "1000/1002": bytes.fromhex("0203") + serial[-8:],   # EF_DatiProcessore (opaque)
        "1000/1003": serial,
        "1100/1101": cert.public_bytes(serialization.Encoding.DER),
        "1100/1102": person.personal_data(),
    }


def provision(state_dir: str, person_key: str, variant: str = "valid", pin: str | None = None,
              puk: str | None = None, reset_state: bool = False):
    """Return (files, private_key, CardState, certificate) for the person, creating what is missing.

    pin/puk only matter when state.json is created (first run, or reset_state=True).
    """
    person = people.get(person_key)
    folder = os.path.join(state_dir, person.key)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    key = _load_or_create_key(os.path.join(folder, "key.pem"))
    cert = ensure_certificate(state_dir, person, key, variant)
    state_path = os.path.join(folder, "state.json")
    if reset_state and os.path.exists(state_path):
        os.remove(state_path)
    state = CardState(state_path, pin or DEFAULT_PIN, puk or DEFAULT_PUK)
    return card_files(person, cert), key, state, cert
