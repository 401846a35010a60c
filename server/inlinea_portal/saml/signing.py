"""Enveloped XML signatures with xmlsec1 through pysaml2's security context.

Signing fills a template we build (so we choose algorithms and the KeyInfo). Verifying
uses ONLY the certificates the caller trusts (from metadata): pysaml2 runs xmlsec1 with
`--pubkey-cert-pem <trusted cert> --enabled-key-data raw-x509-cert`, so a certificate
carried in the message's own KeyInfo is never used. The structure of a signature
(algorithms, reference, transforms) is read by `describe` for the caller to judge.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import warnings
from dataclasses import dataclass

from lxml import etree
from saml2.sigver import (CryptoBackendXmlSec1, SecurityContext, SigverError,
                          XmlsecError, get_xmlsec_binary)

from .ns import DS, q
from .xml import XmlError, children

RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384"
RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512"
DIGEST_SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1"
DIGEST_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
DIGEST_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384"
DIGEST_SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"

STRONG_SIGNATURE_ALGS = {RSA_SHA256, RSA_SHA384, RSA_SHA512}
STRONG_DIGEST_ALGS = {DIGEST_SHA256, DIGEST_SHA384, DIGEST_SHA512}
ALLOWED_TRANSFORMS = {ENVELOPED, EXC_C14N, C14N}

# pysaml2 logs every failed xmlsec1 run as an error with its whole output; our callers
# log the outcome with the reason, once.
logging.getLogger("saml2.sigver").setLevel(logging.CRITICAL)

_context_lock = threading.Lock()
_context: SecurityContext | None = None


class SignatureError(Exception):
    """Signing failed (xmlsec1 missing or refused the input)."""


@dataclass(frozen=True)
class SignatureInfo:
    signature_alg: str
    digest_alg: str
    canonicalization: str
    reference_uri: str
    transforms: tuple[str, ...]


def security_context() -> SecurityContext:
    global _context
    with _context_lock:
        if _context is None:
            binary = get_xmlsec_binary(["/usr/bin", "/usr/local/bin"])
            with warnings.catch_warnings():   # pysaml2 7.0 uses a deprecated pathlib idiom
                warnings.simplefilter("ignore", DeprecationWarning)
                _context = SecurityContext(CryptoBackendXmlSec1(binary))
        return _context


def pem_body(cert_pem: str) -> str:
    """The base64 body of a PEM certificate, on one line (for ds:X509Certificate)."""
    return "".join(line.strip() for line in cert_pem.strip().splitlines()
                   if line and not line.startswith("-----"))


def body_to_pem(body: str) -> str:
    clean = "".join(body.split())
    lines = [clean[i:i + 64] for i in range(0, len(clean), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def signature_template(reference_id: str, cert_pem: str | None = None,
                       signature_alg: str = RSA_SHA256,
                       digest_alg: str = DIGEST_SHA256) -> etree._Element:
    """An empty enveloped ds:Signature over #reference_id for xmlsec1 to fill in."""
    signature = etree.Element(q(DS, "Signature"), nsmap={"ds": DS})
    signed_info = etree.SubElement(signature, q(DS, "SignedInfo"))
    etree.SubElement(signed_info, q(DS, "CanonicalizationMethod"), Algorithm=EXC_C14N)
    etree.SubElement(signed_info, q(DS, "SignatureMethod"), Algorithm=signature_alg)
    reference = etree.SubElement(signed_info, q(DS, "Reference"), URI="#" + reference_id)
    transforms = etree.SubElement(reference, q(DS, "Transforms"))
    etree.SubElement(transforms, q(DS, "Transform"), Algorithm=ENVELOPED)
    etree.SubElement(transforms, q(DS, "Transform"), Algorithm=EXC_C14N)
    etree.SubElement(reference, q(DS, "DigestMethod"), Algorithm=digest_alg)
    etree.SubElement(reference, q(DS, "DigestValue"))
    etree.SubElement(signature, q(DS, "SignatureValue"))
    if cert_pem:
        key_info = etree.SubElement(signature, q(DS, "KeyInfo"))
        x509_data = etree.SubElement(key_info, q(DS, "X509Data"))
        etree.SubElement(x509_data, q(DS, "X509Certificate")).text = pem_body(cert_pem)
    return signature


def _xmlsec_node_name(tag: str) -> str:
    """'{urn:…:assertion}Assertion' -> 'urn:…:assertion:Assertion' (xmlsec1 --id-attr)."""
    qname = etree.QName(tag)
    return f"{qname.namespace}:{qname.localname}"


def sign(xml: bytes, tag: str, node_id: str, key_file: str) -> bytes:
    """Fill the signature template inside the element `tag` with ID `node_id`."""
    try:
        signed = security_context().sign_statement(
            xml.decode("utf-8"), _xmlsec_node_name(tag), key_file=key_file, node_id=node_id)
    except (SigverError, XmlsecError, OSError) as exc:
        raise SignatureError(f"firma non riuscita: {type(exc).__name__}") from None
    return signed.encode("utf-8") if isinstance(signed, str) else signed


def verify(xml: bytes, tag: str, node_id: str, cert_pems: list[str]) -> bool:
    """True when the signature of the element `tag`/`node_id` verifies with one of the
    trusted certificates (the message's KeyInfo is ignored)."""
    context = security_context()
    for cert_pem in cert_pems:
        with tempfile.NamedTemporaryFile("w", suffix=".pem", delete=False) as handle:
            handle.write(cert_pem)
            cert_file = handle.name
        try:
            if context.verify_signature(xml, cert_file=cert_file, cert_type="pem",
                                        node_name=_xmlsec_node_name(tag), node_id=node_id):
                return True
        except (SigverError, XmlsecError):
            continue
        finally:
            os.unlink(cert_file)
    return False


def enveloped_signature(element: etree._Element) -> etree._Element | None:
    """The ds:Signature that is a direct child of `element`, if any (XmlError if two)."""
    found = children(element, q(DS, "Signature"))
    if len(found) > 1:
        raise XmlError("più di una firma sullo stesso elemento")
    return found[0] if found else None


def _algorithm(parent: etree._Element | None, tag: str) -> str:
    found = parent.find(q(DS, tag)) if parent is not None else None
    return (found.get("Algorithm") or "") if found is not None else ""


def describe(signature: etree._Element) -> SignatureInfo:
    """Algorithms, reference and transforms of a ds:Signature (XmlError if malformed)."""
    signed_info = signature.find(q(DS, "SignedInfo"))
    if signed_info is None:
        raise XmlError("firma senza SignedInfo")
    references = signed_info.findall(q(DS, "Reference"))
    if len(references) != 1:
        raise XmlError(f"la firma deve avere un solo Reference (ne ha {len(references)})")
    reference = references[0]
    transforms = tuple(t.get("Algorithm") or "" for t in
                       reference.findall(f"{q(DS, 'Transforms')}/{q(DS, 'Transform')}"))
    return SignatureInfo(
        signature_alg=_algorithm(signed_info, "SignatureMethod"),
        digest_alg=_algorithm(reference, "DigestMethod"),
        canonicalization=_algorithm(signed_info, "CanonicalizationMethod"),
        reference_uri=reference.get("URI") or "",
        transforms=transforms,
    )
