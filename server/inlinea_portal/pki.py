"""Development PKI: a dev CA and the TLS server certificate the portal presents.

`ensure_pki` is idempotent: existing files are kept while they are still usable
(CA valid, server certificate valid, issued by that CA, with the right names).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_NAME = "Inlinea Dev CA"
OTHER_CA_NAME = "Inlinea Other CA (non attendibile)"
SERVER_DNS = ("localhost",)
SERVER_IPS = ("127.0.0.1", "::1")
WRONG_HOST = "example.invalid"
CA_DAYS = 3650
SERVER_DAYS = 365
RENEW_MARGIN = dt.timedelta(days=1)


def _now() -> dt.datetime:
    return dt.datetime.utcnow().replace(microsecond=0)


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Inlinea Desktop (sviluppo)"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _write_private(path: str, data: bytes, mode: int) -> None:
    tmp = path + ".tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def write_pair(prefix: str, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> None:
    """Write prefix.key (mode 0600) and prefix.pem."""
    _write_private(prefix + ".key", key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()), 0o600)
    _write_private(prefix + ".pem", cert.public_bytes(serialization.Encoding.PEM), 0o644)


def load_pair(prefix: str):
    """(key, cert) from prefix.key/prefix.pem, or None when missing or unreadable."""
    try:
        with open(prefix + ".key", "rb") as handle:
            key = serialization.load_pem_private_key(handle.read(), password=None)
        with open(prefix + ".pem", "rb") as handle:
            cert = x509.load_pem_x509_certificate(handle.read())
    except (OSError, ValueError):
        return None
    if key.public_key().public_numbers() != cert.public_key().public_numbers():
        return None
    return key, cert


def make_ca(common_name: str, days: int = CA_DAYS):
    key = _new_key()
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (x509.CertificateBuilder()
            .subject_name(_name(common_name)).issuer_name(_name(common_name))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def make_server_cert(ca_key, ca_cert, dns_names=SERVER_DNS, ips=SERVER_IPS,
                     not_before: dt.datetime | None = None,
                     not_after: dt.datetime | None = None):
    key = _new_key()
    now = _now()
    not_before = not_before or now - dt.timedelta(hours=1)
    not_after = not_after or now + dt.timedelta(days=SERVER_DAYS)
    sans = [x509.DNSName(name) for name in dns_names]
    sans += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ips]
    cert = (x509.CertificateBuilder()
            .subject_name(_name(dns_names[0])).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(not_before).not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=True,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def issued_by(cert: x509.Certificate, ca_cert: x509.Certificate) -> bool:
    if cert.issuer != ca_cert.subject:
        return False
    try:
        ca_cert.public_key().verify(cert.signature, cert.tbs_certificate_bytes,
                                    padding.PKCS1v15(), cert.signature_hash_algorithm)
    except InvalidSignature:
        return False
    return True


def _valid_now(cert: x509.Certificate) -> bool:
    now = _now()
    return cert.not_valid_before <= now and cert.not_valid_after - RENEW_MARGIN > now


def _has_names(cert: x509.Certificate, dns_names, ips) -> bool:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    have_dns = set(san.get_values_for_type(x509.DNSName))
    have_ips = {str(ip) for ip in san.get_values_for_type(x509.IPAddress)}
    return set(dns_names) <= have_dns and {str(ipaddress.ip_address(i)) for i in ips} <= have_ips


def ensure_pki(state_dir: str, test_extras: bool = False) -> list[str]:
    """Create what is missing or unusable under state_dir/pki; return the files written."""
    pki = os.path.join(os.path.abspath(state_dir), "pki")
    os.makedirs(pki, mode=0o700, exist_ok=True)
    written: list[str] = []

    def path(name: str) -> str:
        return os.path.join(pki, name)

    ca = load_pair(path("ca"))
    if ca is None or not _valid_now(ca[1]):
        ca = make_ca(CA_NAME)
        write_pair(path("ca"), *ca)
        written.append(path("ca.pem"))

    def ensure_leaf(name, issuer, wanted_valid=True, **kwargs):
        current = load_pair(path(name))
        usable = (current is not None and issued_by(current[1], issuer[1])
                  and (_valid_now(current[1]) if wanted_valid
                       else current[1].not_valid_after < _now())
                  and _has_names(current[1], kwargs.get("dns_names", SERVER_DNS),
                                 kwargs.get("ips", SERVER_IPS)))
        if not usable:
            write_pair(path(name), *make_server_cert(issuer[0], issuer[1], **kwargs))
            written.append(path(name + ".pem"))

    ensure_leaf("server", ca)
    if test_extras:
        now = _now()
        ensure_leaf("expired-server", ca, wanted_valid=False,
                    not_before=now - dt.timedelta(days=31),
                    not_after=now - dt.timedelta(days=1))
        other = load_pair(path("other-ca"))
        if other is None or not _valid_now(other[1]):
            other = make_ca(OTHER_CA_NAME)
            write_pair(path("other-ca"), *other)
            written.append(path("other-ca.pem"))
        ensure_leaf("untrusted-server", other)
        ensure_leaf("wronghost-server", ca, dns_names=(WRONG_HOST,), ips=())
    return written
