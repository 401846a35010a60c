"""SPID signing certificates: the SP's (AgID profile for SP certificates) and the test IdP's.

Both are self-signed, SHA-256. The SP certificate has subject C=IT, L, O, CN,
organizationIdentifier `PA:IT-<IPA code>` and `uri` = the SP entityID; key usage
digitalSignature + nonRepudiation (critical); policies 1.3.76.16.6 (agIDcert) and
1.3.76.16.4.2.1 (public-sector SP); basicConstraints CA:FALSE. `ensure_*` keep usable
files and re-issue a certificate (with the same key) when the profile changed.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ..pki import load_pair, write_pair

SP_KEY_BITS = 3072
IDP_KEY_BITS = 2048
CERT_DAYS = 730
RENEW_MARGIN = dt.timedelta(days=1)
ORGANIZATION_IDENTIFIER = x509.ObjectIdentifier("2.5.4.97")
URI = x509.ObjectIdentifier("2.5.4.83")
AGID_CERT_POLICY = x509.ObjectIdentifier("1.3.76.16.6")
SPID_PUBLIC_SP_POLICY = x509.ObjectIdentifier("1.3.76.16.4.2.1")
SP_PREFIX, IDP_PREFIX = "spid-sp", "spid-idp"


@dataclass(frozen=True)
class SpProfile:
    entity_id: str
    ipa_code: str
    organization: str
    common_name: str
    locality: str = "Milano"

    @property
    def organization_identifier(self) -> str:
        return f"PA:IT-{self.ipa_code}"


def _now() -> dt.datetime:
    return dt.datetime.utcnow().replace(microsecond=0)


def _attribute(name: x509.Name, oid) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if len(values) == 1 else None


def sp_subject(profile: SpProfile) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.LOCALITY_NAME, profile.locality),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, profile.organization),
        x509.NameAttribute(NameOID.COMMON_NAME, profile.common_name),
        x509.NameAttribute(ORGANIZATION_IDENTIFIER, profile.organization_identifier),
        x509.NameAttribute(URI, profile.entity_id),
    ])


def make_sp_certificate(key: rsa.RSAPrivateKey, profile: SpProfile,
                        days: int = CERT_DAYS) -> x509.Certificate:
    now = _now()
    subject = sp_subject(profile)
    policies = x509.CertificatePolicies([
        x509.PolicyInformation(AGID_CERT_POLICY, [x509.UserNotice(None, "agIDcert")]),
        x509.PolicyInformation(SPID_PUBLIC_SP_POLICY, [x509.UserNotice(None, "cert_SP_Pub")]),
    ])
    return (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=False)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(policies, critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))


def sp_certificate_matches(cert: x509.Certificate, profile: SpProfile) -> bool:
    """Still valid for more than a day and issued for this entityID/IPA code/names."""
    now = _now()
    if not (cert.not_valid_before <= now and cert.not_valid_after - RENEW_MARGIN > now):
        return False
    subject = cert.subject
    wanted = {URI: profile.entity_id, ORGANIZATION_IDENTIFIER: profile.organization_identifier,
              NameOID.ORGANIZATION_NAME: profile.organization,
              NameOID.COMMON_NAME: profile.common_name,
              NameOID.LOCALITY_NAME: profile.locality}
    if any(_attribute(subject, oid) != value for oid, value in wanted.items()):
        return False
    try:
        policies = cert.extensions.get_extension_for_class(x509.CertificatePolicies).value
    except x509.ExtensionNotFound:
        return False
    found = {policy.policy_identifier for policy in policies}
    return {AGID_CERT_POLICY, SPID_PUBLIC_SP_POLICY} <= found


def ensure_sp_certificate(pki_dir: str, profile: SpProfile,
                          key_bits: int = SP_KEY_BITS) -> list[str]:
    """pki_dir/spid-sp.key/.pem for `profile`; returns the files written."""
    os.makedirs(pki_dir, mode=0o700, exist_ok=True)
    prefix = os.path.join(pki_dir, SP_PREFIX)
    current = load_pair(prefix)
    if current is not None and sp_certificate_matches(current[1], profile):
        return []
    key = current[0] if current is not None and current[0].key_size >= 2048 else None
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    write_pair(prefix, key, make_sp_certificate(key, profile))
    return [prefix + ".pem"]


def make_idp_certificate(key: rsa.RSAPrivateKey, entity_id: str,
                         common_name: str = "Inlinea Test IdP") -> x509.Certificate:
    now = _now()
    subject = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Inlinea Desktop (sviluppo)"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(URI, entity_id),
    ])
    return (x509.CertificateBuilder()
            .subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=CERT_DAYS))
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=False,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))


def ensure_idp_certificate(pki_dir: str, entity_id: str) -> list[str]:
    """pki_dir/spid-idp.key/.pem for the test IdP `entity_id`; returns the files written."""
    os.makedirs(pki_dir, mode=0o700, exist_ok=True)
    prefix = os.path.join(pki_dir, IDP_PREFIX)
    current = load_pair(prefix)
    if current is not None:
        cert = current[1]
        if (_attribute(cert.subject, URI) == entity_id
                and cert.not_valid_after - RENEW_MARGIN > _now()):
            return []
    key = current[0] if current is not None else rsa.generate_private_key(65537, IDP_KEY_BITS)
    write_pair(prefix, key, make_idp_certificate(key, entity_id))
    return [prefix + ".pem"]
