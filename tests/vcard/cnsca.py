#!/usr/bin/python3
"""The "CNS test CA": creates the CA, issues CNS authentication certificates, keeps a CRL.

Files in the CA folder: cns-ca.pem (certificate), cns-ca.key (PKCS#8, mode 0600),
cns-ca.crl.pem (CRL, re-signed on every revocation). All operations take a lock on
.cns-ca.lock in that folder, so several virtual cards may share one state folder.

CLI:
  cnsca.py init --dir D
  cnsca.py issue --dir D --serial <ID_Carta> --cf <CF> --personal-data-sha1 <b64>
                 --pubkey <pem> --out cert.pem [--expired] [--wrong-policy]
                 [--surname S] [--given-name G]
  cnsca.py revoke --dir D --cert cert.pem
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fcntl
import os
import secrets
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_CERT = "cns-ca.pem"
CA_KEY = "cns-ca.key"
CA_CRL = "cns-ca.crl.pem"
CA_CN = "Inlinea CNS Test CA"
CA_ORG = "Inlinea Test"
CNS_AUTH_POLICY = "1.3.76.16.2.1"
WRONG_POLICY = "1.3.6.1.4.1.55555.16.2.99"   # a made-up OID that is not the CNS one
CERT_YEARS = 6
CA_YEARS = 20
CRL_DAYS = 365


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def _years(start: dt.datetime, years: int) -> dt.datetime:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def _write(path: str, data: bytes, mode: int = 0o644) -> None:
    tmp = f"{path}.tmp{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, mode)
    os.replace(tmp, path)


@contextlib.contextmanager
def _locked(ca_dir: str):
    os.makedirs(ca_dir, exist_ok=True)
    with open(os.path.join(ca_dir, ".cns-ca.lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _load_ca(ca_dir: str):
    with open(os.path.join(ca_dir, CA_CERT), "rb") as f:
        cert = x509.load_pem_x509_certificate(f.read())
    with open(os.path.join(ca_dir, CA_KEY), "rb") as f:
        key = serialization.load_pem_private_key(f.read(), password=None)
    return cert, key


def _sign_crl(ca_dir: str, cert, key, revoked: list, number: int) -> None:
    now = _now()
    builder = (x509.CertificateRevocationListBuilder()
               .issuer_name(cert.subject)
               .last_update(now - dt.timedelta(minutes=5))
               .next_update(now + dt.timedelta(days=CRL_DAYS))
               .add_extension(x509.CRLNumber(number), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   key.public_key()), critical=False))
    for entry in revoked:
        builder = builder.add_revoked_certificate(entry)
    crl = builder.sign(key, hashes.SHA256())
    _write(os.path.join(ca_dir, CA_CRL), crl.public_bytes(serialization.Encoding.PEM))


def _init_unlocked(ca_dir: str) -> None:
    if all(os.path.exists(os.path.join(ca_dir, n)) for n in (CA_CERT, CA_KEY, CA_CRL)):
        return
    if os.path.exists(os.path.join(ca_dir, CA_KEY)):
        cert, key = _load_ca(ca_dir)  # only the CRL is missing
        _sign_crl(ca_dir, cert, key, [], 1)
        return
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_ORG),
        x509.NameAttribute(NameOID.COMMON_NAME, CA_CN),
    ])
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(_years(now, CA_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=False, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256()))
    _write(os.path.join(ca_dir, CA_KEY), key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()), 0o600)
    _write(os.path.join(ca_dir, CA_CERT), cert.public_bytes(serialization.Encoding.PEM))
    _sign_crl(ca_dir, cert, key, [], 1)


def init_ca(ca_dir: str) -> x509.Certificate:
    """Create the CA in ca_dir unless it already exists; return its certificate."""
    with _locked(ca_dir):
        _init_unlocked(ca_dir)
        return _load_ca(ca_dir)[0]


def auth_common_name(cf: str, serial: str, personal_data_sha1_b64: str) -> str:
    return f"{cf}/{serial}.{personal_data_sha1_b64}"


def issue(ca_dir: str, serial: str, cf: str, personal_data_sha1_b64: str, public_key,
          expired: bool = False, wrong_policy: bool = False, surname: str | None = None,
          given_name: str | None = None) -> x509.Certificate:
    """Issue a CNS authentication certificate for public_key (the CA is created if needed)."""
    if len(serial) != 16 or not serial.isdigit():
        raise ValueError("the card serial (ID_Carta) must be 16 digits")
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise ValueError("the card key must be RSA")
    with _locked(ca_dir):
        _init_unlocked(ca_dir)
        ca_cert, ca_key = _load_ca(ca_dir)
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, CA_ORG)]
    if surname:
        attrs.append(x509.NameAttribute(NameOID.SURNAME, surname.upper()))
    if given_name:
        attrs.append(x509.NameAttribute(NameOID.GIVEN_NAME, given_name.upper()))
    attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IT:{cf}"))
    attrs.append(x509.NameAttribute(
        NameOID.COMMON_NAME, auth_common_name(cf, serial, personal_data_sha1_b64)))
    now = _now()
    if expired:
        not_after = now - dt.timedelta(days=1)
    else:
        not_after = _years(now, CERT_YEARS)
    not_before = _years(not_after, -CERT_YEARS) if expired else now - dt.timedelta(hours=1)
    policy = WRONG_POLICY if wrong_policy else CNS_AUTH_POLICY
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name(attrs))
               .issuer_name(ca_cert.subject)
               .public_key(public_key)
               .serial_number(int.from_bytes(secrets.token_bytes(12), "big") | 1 << 90)
               .not_valid_before(not_before)
               .not_valid_after(not_after)
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(
                   digital_signature=True, content_commitment=False, key_encipherment=False,
                   data_encipherment=False, key_agreement=False, key_cert_sign=False,
                   crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]),
                              critical=False)
               .add_extension(x509.CertificatePolicies([
                   x509.PolicyInformation(x509.ObjectIdentifier(policy), None)]),
                   critical=False)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key),
                              critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_key.public_key()), critical=False))
    return builder.sign(ca_key, hashes.SHA256())


def revoke(ca_dir: str, cert: x509.Certificate) -> None:
    """Add cert to the CA's CRL and re-sign it (no-op if it is already listed)."""
    with _locked(ca_dir):
        _init_unlocked(ca_dir)
        ca_cert, ca_key = _load_ca(ca_dir)
        if cert.issuer != ca_cert.subject:
            raise ValueError("certificate not issued by this CA")
        with open(os.path.join(ca_dir, CA_CRL), "rb") as f:
            old = x509.load_pem_x509_crl(f.read())
        if old.get_revoked_certificate_by_serial_number(cert.serial_number) is not None:
            return
        entries = list(old)
        entries.append(x509.RevokedCertificateBuilder()
                       .serial_number(cert.serial_number)
                       .revocation_date(_now() - dt.timedelta(minutes=1))
                       .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise),
                                      critical=False)
                       .build())
        number = old.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number
        _sign_crl(ca_dir, ca_cert, ca_key, entries, number + 1)


def write_cert(path: str, cert: x509.Certificate) -> None:
    _write(path, cert.public_bytes(serialization.Encoding.PEM))


def _main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="CNS test CA")
    sub = parser.add_subparsers(dest="command", required=True)
    p_init = sub.add_parser("init", help="create the CA (idempotent)")
    p_init.add_argument("--dir", required=True)
    p_issue = sub.add_parser("issue", help="issue a CNS authentication certificate")
    p_issue.add_argument("--dir", required=True)
    p_issue.add_argument("--serial", required=True, help="16-digit ID_Carta")
    p_issue.add_argument("--cf", required=True, help="codice fiscale")
    p_issue.add_argument("--personal-data-sha1", required=True,
                         help="base64 of SHA-1 of EF_DatiPersonali")
    p_issue.add_argument("--pubkey", required=True, help="PEM file with the card's public key")
    p_issue.add_argument("--out", required=True)
    p_issue.add_argument("--expired", action="store_true", help="validity ended yesterday")
    p_issue.add_argument("--wrong-policy", action="store_true",
                         help=f"policy {WRONG_POLICY} instead of {CNS_AUTH_POLICY}")
    p_issue.add_argument("--surname")
    p_issue.add_argument("--given-name")
    p_revoke = sub.add_parser("revoke", help="add a certificate to the CRL")
    p_revoke.add_argument("--dir", required=True)
    p_revoke.add_argument("--cert", required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "init":
            init_ca(args.dir)
        elif args.command == "issue":
            with open(args.pubkey, "rb") as f:
                data = f.read()
            try:
                public_key = serialization.load_pem_public_key(data)
            except ValueError:
                public_key = serialization.load_pem_private_key(data, None).public_key()
            cert = issue(args.dir, args.serial, args.cf, args.personal_data_sha1, public_key,
                         args.expired, args.wrong_policy, args.surname, args.given_name)
            write_cert(args.out, cert)
        else:
            with open(args.cert, "rb") as f:
                revoke(args.dir, x509.load_pem_x509_certificate(f.read()))
    except (OSError, ValueError) as e:
        print(f"cnsca: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(_main())
