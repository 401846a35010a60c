"""Checks of a CNS authentication certificate presented during the TLS handshake.

The TLS layer accepts any client certificate (so the client gets an explained HTTP
error instead of a bare handshake failure); the real decision is taken here:
chain to the CNS test CA with the CRL (pyOpenSSL X509Store, CRL_CHECK), then the
CNS profile with python3-cryptography (policy 1.3.76.16.2.1, EKU clientAuth, KU
digitalSignature, CN "<codice fiscale>/<ID_Carta>.<hash>").
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from OpenSSL import crypto

from ..domain.fiscal import validate_codice_fiscale_persona

CNS_AUTH_POLICY = x509.ObjectIdentifier("1.3.76.16.2.1")

# OpenSSL X509_V_ERR_* values
UNKNOWN_CA_ERRORS = {2, 7, 18, 19, 20, 21}   # no issuer, bad signature, self-signed
EXPIRED, NOT_YET_VALID, REVOKED = 10, 9, 23
CRL_ERRORS = {3, 8, 11, 12, 15, 16}          # CRL missing, bad, not yet valid, expired

# code -> (HTTP status, Italian title, Italian detail)
PROBLEMS = {
    "cns_no_certificate": (401, "Certificato CNS mancante",
                           "Non è stato presentato alcun certificato: inserisci la carta "
                           "(CNS/CRS) nel lettore e riprova."),
    "cns_unknown_ca": (403, "Certificato non riconosciuto",
                       "Il certificato presentato non è stato emesso da un'autorità "
                       "riconosciuta per la Carta Nazionale dei Servizi."),
    "cns_certificate_expired": (403, "Certificato scaduto",
                                "Il certificato della carta è scaduto: rinnova la carta "
                                "presso l'ente che l'ha emessa."),
    "cns_certificate_revoked": (403, "Certificato revocato",
                                "Il certificato della carta è stato revocato e non può più "
                                "essere usato per l'accesso."),
    "cns_certificate_invalid": (403, "Certificato non valido",
                                "Il certificato della carta non è valido."),
    "cns_wrong_policy": (403, "Certificato non di autenticazione CNS",
                         "Il certificato presentato non è un certificato di autenticazione "
                         "della Carta Nazionale dei Servizi (policy 1.3.76.16.2.1 assente)."),
    "cns_not_client_auth": (403, "Certificato non adatto all'accesso",
                            "Il certificato presentato non è abilitato all'autenticazione "
                            "del titolare (uso della chiave non consentito)."),
    "cns_bad_subject": (403, "Codice fiscale non leggibile",
                        "Dal certificato non si ricava un codice fiscale valido del titolare."),
    "cns_crl_unavailable": (503, "Verifica di revoca non disponibile",
                            "Il portale non riesce a verificare la revoca dei certificati: "
                            "riprova più tardi."),
}


class CnsRejected(Exception):
    """The login is refused; `reason` (English/technical) goes to the log only."""

    def __init__(self, code: str, reason: str, detail: str | None = None):
        super().__init__(f"{code}: {reason}")
        self.code, self.reason = code, reason
        self.status, self.title, default_detail = PROBLEMS[code]
        self.detail = detail or default_detail


@dataclass(frozen=True)
class CnsIdentity:
    codice_fiscale: str
    card_id: str | None
    nome: str
    cognome: str
    serial: str        # certificate serial number, hex


class CnsTrust:
    """The CNS CA and its CRL, re-read whenever one of the files changes."""

    def __init__(self, ca_path: str, crl_path: str):
        self.ca_path, self.crl_path = ca_path, crl_path
        self._lock = threading.Lock()
        self._stamp = None
        self._ca = self._crl = None
        self.load()  # fail early on unreadable files

    def load(self) -> tuple[crypto.X509, crypto.CRL]:
        with self._lock:
            stamp = tuple(os.stat(p).st_mtime_ns for p in (self.ca_path, self.crl_path))
            if stamp != self._stamp:
                with open(self.ca_path, "rb") as handle:
                    ca = crypto.load_certificate(crypto.FILETYPE_PEM, handle.read())
                with open(self.crl_path, "rb") as handle:
                    crl = crypto.load_crl(crypto.FILETYPE_PEM, handle.read())
                self._ca, self._crl, self._stamp = ca, crl, stamp
            return self._ca, self._crl

    def ca_subject(self) -> crypto.X509Name:
        return self.load()[0].get_subject()

    def verify_chain(self, leaf: crypto.X509, chain: list[crypto.X509]) -> None:
        """Raise CnsRejected unless `leaf` chains to the CA and is not revoked."""
        ca, crl = self.load()
        store = crypto.X509Store()
        store.add_cert(ca)
        store.add_crl(crl)
        store.set_flags(crypto.X509StoreFlags.CRL_CHECK)
        try:
            crypto.X509StoreContext(store, leaf, chain or None).verify_certificate()
        except crypto.X509StoreContextError as exc:
            errno, depth, message = exc.errors
            reason = f"verifica OpenSSL {errno} a profondità {depth}: {message}"
            if errno in UNKNOWN_CA_ERRORS:
                raise CnsRejected("cns_unknown_ca", reason) from None
            if errno == EXPIRED:
                raise CnsRejected("cns_certificate_expired", reason) from None
            if errno == REVOKED:
                raise CnsRejected("cns_certificate_revoked", reason) from None
            if errno in CRL_ERRORS:
                raise CnsRejected("cns_crl_unavailable", reason) from None
            if errno == NOT_YET_VALID:
                raise CnsRejected("cns_certificate_invalid", reason,
                                  "Il certificato della carta non è ancora valido.") from None
            raise CnsRejected("cns_certificate_invalid", reason) from None


def _extension(cert: x509.Certificate, kind):
    try:
        return cert.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None


def _attribute(name: x509.Name, oid) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def _pretty(name: str) -> str:
    # Cards carry names in capitals ("ROSSI", "DE LUCA"); str.title keeps "D'Angelo".
    return name.title() if name.isupper() else name


def check_profile(cert: x509.Certificate) -> CnsIdentity:
    """The holder, after checking the CNS authentication profile; raise CnsRejected."""
    policies = _extension(cert, x509.CertificatePolicies)
    if policies is None or CNS_AUTH_POLICY not in {p.policy_identifier for p in policies}:
        found = [p.policy_identifier.dotted_string for p in policies or []]
        raise CnsRejected("cns_wrong_policy", f"policy {found or 'assenti'}")
    eku = _extension(cert, x509.ExtendedKeyUsage)
    if eku is None or ExtendedKeyUsageOID.CLIENT_AUTH not in eku:
        raise CnsRejected("cns_not_client_auth", "EKU clientAuth assente")
    key_usage = _extension(cert, x509.KeyUsage)
    if key_usage is None or not key_usage.digital_signature:
        raise CnsRejected("cns_not_client_auth", "KU digitalSignature assente")
    common_names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if len(common_names) != 1 or "/" not in str(common_names[0].value):
        raise CnsRejected("cns_bad_subject", "CN senza '/'")
    cf_part, _, rest = str(common_names[0].value).partition("/")
    check = validate_codice_fiscale_persona(cf_part)
    if not check.valid or cf_part != cf_part.strip().upper():
        raise CnsRejected("cns_bad_subject",
                          f"codice fiscale non valido: {'; '.join(check.errors) or 'minuscole'}")
    card_id = rest.partition(".")[0][:32] or None
    return CnsIdentity(check.value, card_id,
                       _pretty(_attribute(cert.subject, NameOID.GIVEN_NAME)),
                       _pretty(_attribute(cert.subject, NameOID.SURNAME)),
                       format(cert.serial_number, "x"))


def check_client_certificate(trust: CnsTrust | None, leaf: crypto.X509 | None,
                             chain: list[crypto.X509] | None = None) -> CnsIdentity:
    """Every check in order: presence, chain/CRL, policy, key usages, subject."""
    if leaf is None:
        raise CnsRejected("cns_no_certificate", "nessun certificato client")
    leaf_der = crypto.dump_certificate(crypto.FILETYPE_ASN1, leaf)
    intermediates = [c for c in chain or []
                     if crypto.dump_certificate(crypto.FILETYPE_ASN1, c) != leaf_der]
    trust.verify_chain(leaf, intermediates)
    return check_profile(leaf.to_cryptography())
