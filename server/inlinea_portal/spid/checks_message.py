"""Checks of the Response envelope (docs/spid.md, checks 1-6 and 11): version, ID,
IssueInstant, Destination, Issuer, signatures and Status. Each failure raises
SpidRejected with its own stable code; nothing here touches the database."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from lxml import etree

from ..saml import signing
from ..saml.ns import DS, NAMEID_ENTITY, SAML, SAMLP, STATUS_SUCCESS, q
from ..saml.xml import XmlError, element_children, only_child, parse_instant, text
from .problems import STATUS_ERROR_CODES, SpidRejected

CLOCK_SKEW = dt.timedelta(seconds=5)       # check 11: a few seconds, not more
MAX_AGE = dt.timedelta(minutes=5)          # a Response is posted right after it is made
_ERROR_CODE_RE = re.compile(r"ErrorCode\s*nr\s*(\d+)", re.IGNORECASE)


def _name(element: etree._Element) -> str:
    return etree.QName(element).localname


def check_header(element: etree._Element, now: dt.datetime) -> tuple[str, dt.datetime]:
    """Version 2.0, a non-empty ID, an IssueInstant neither in the future nor too old."""
    what = _name(element)
    if element.get("Version") != "2.0":
        raise SpidRejected("spid_version", f"{what} Version={element.get('Version')!r}")
    message_id = (element.get("ID") or "").strip()
    if not message_id:
        raise SpidRejected("spid_id", f"{what} senza ID")
    raw = element.get("IssueInstant")
    if raw is None:
        raise SpidRejected("spid_issue_instant", f"{what} senza IssueInstant")
    try:
        instant = parse_instant(raw)
    except XmlError as exc:
        raise SpidRejected("spid_issue_instant", f"{what}: {exc}") from None
    if instant > now + CLOCK_SKEW:
        raise SpidRejected("spid_clock", f"{what} IssueInstant {raw} nel futuro")
    if instant < now - MAX_AGE:
        raise SpidRejected("spid_clock", f"{what} IssueInstant {raw} troppo vecchio")
    return message_id, instant


def check_not_before_request(instant: dt.datetime, request_instant: str, what: str) -> None:
    if instant < parse_instant(request_instant) - CLOCK_SKEW:
        raise SpidRejected("spid_clock", f"{what} emesso prima della richiesta "
                                         f"({request_instant})")


def check_destination(response: etree._Element, acs_url: str) -> None:
    destination = response.get("Destination")
    if destination is None:
        raise SpidRejected("spid_destination", "Destination mancante")
    if destination != acs_url:
        raise SpidRejected("spid_destination", f"Destination {destination[:200]!r} invece di "
                                               f"{acs_url!r}")


def check_issuer(element: etree._Element, idp_entity_id: str, format_required: bool) -> None:
    """Issuer present, equal to the IdP's entityID; Format entity (or absent when allowed)."""
    what = _name(element)
    try:
        issuer = only_child(element, q(SAML, "Issuer"))
        value = text(issuer) if issuer is not None else ""
    except XmlError as exc:
        raise SpidRejected("spid_issuer", f"{what}: {exc}") from None
    if issuer is None or not value:
        raise SpidRejected("spid_issuer", f"{what} senza Issuer")
    issuer_format = issuer.get("Format")
    if issuer_format is None and format_required:
        raise SpidRejected("spid_issuer", f"{what}: Issuer senza Format")
    if issuer_format is not None and issuer_format != NAMEID_ENTITY:
        raise SpidRejected("spid_issuer", f"{what}: Issuer Format {issuer_format[:100]!r}")
    if value != idp_entity_id:
        raise SpidRejected("spid_issuer", f"{what}: Issuer {value[:200]!r} invece di "
                                          f"{idp_entity_id!r}")


def check_structure(response: etree._Element) -> etree._Element | None:
    """IDs unique in the document; at most one Assertion, a direct child of the Response;
    no EncryptedAssertion. Returns the Assertion (or None)."""
    ids = Counter(value for element in response.iter() if isinstance(element.tag, str)
                  for name, value in element.attrib.items() if name in ("ID", "Id"))
    repeated = [value for value, count in ids.items() if count > 1]
    if repeated:
        raise SpidRejected("spid_malformed", f"ID ripetuti: {repeated[:3]}")
    if response.find(f".//{q(SAML, 'EncryptedAssertion')}") is not None:
        raise SpidRejected("spid_assertion", "EncryptedAssertion non ammessa")
    assertions = list(response.iter(q(SAML, "Assertion")))
    if len(assertions) > 1:
        raise SpidRejected("spid_assertion", f"{len(assertions)} asserzioni")
    if assertions and assertions[0].getparent() is not response:
        raise SpidRejected("spid_assertion", "asserzione non figlia diretta della Response")
    return assertions[0] if assertions else None


def check_signature(xml: bytes, element: etree._Element, certs: list[str],
                    required: bool) -> bool:
    """Verify the enveloped signature of `element` (Response or Assertion) with the IdP's
    metadata certificates only. False when absent and not required."""
    what = _name(element)
    try:
        signature = signing.enveloped_signature(element)
        info = signing.describe(signature) if signature is not None else None
    except XmlError as exc:
        raise SpidRejected("spid_signature_invalid", f"{what}: {exc}") from None
    if signature is None:
        if required:
            raise SpidRejected("spid_signature_missing", f"{what} non firmata")
        return False
    kids = element_children(element)
    if kids.index(signature) != 1 or kids[0].tag != q(SAML, "Issuer"):
        raise SpidRejected("spid_signature_invalid", f"{what}: firma non dopo Issuer")
    if info.signature_alg not in signing.STRONG_SIGNATURE_ALGS \
            or info.digest_alg not in signing.STRONG_DIGEST_ALGS:
        raise SpidRejected("spid_signature_weak", f"{what}: algoritmi {info.signature_alg} / "
                                                  f"{info.digest_alg}")
    if info.reference_uri != "#" + element.get("ID", ""):
        raise SpidRejected("spid_signature_invalid", f"{what}: Reference "
                                                     f"{info.reference_uri[:100]!r}")
    if set(info.transforms) - signing.ALLOWED_TRANSFORMS \
            or info.canonicalization not in signing.ALLOWED_TRANSFORMS:
        raise SpidRejected("spid_signature_invalid", f"{what}: trasformazioni {info.transforms}")
    if signature.find(f".//{q(DS, 'Object')}") is not None:
        raise SpidRejected("spid_signature_invalid", f"{what}: ds:Object nella firma")
    if not signing.verify(xml, element.tag, element.get("ID"), certs):
        raise SpidRejected("spid_signature_invalid",
                           f"{what}: firma non verificata con i certificati dei metadata IdP")
    return True


def check_status(response: etree._Element) -> None:
    """Nothing for Success; otherwise SpidRejected with the SPID ErrorCode's own code."""
    try:
        status = only_child(response, q(SAMLP, "Status"))
        code = only_child(status, q(SAMLP, "StatusCode")) if status is not None else None
        message_element = only_child(status, q(SAMLP, "StatusMessage")) \
            if status is not None else None
        message = text(message_element) if message_element is not None else ""
    except XmlError as exc:
        raise SpidRejected("spid_status", f"Status illeggibile: {exc}") from None
    if code is None:
        raise SpidRejected("spid_status", "Status mancante")
    value = code.get("Value") or ""
    if value == STATUS_SUCCESS:
        return
    nested = code.find(q(SAMLP, "StatusCode"))
    detail = f"Status {value} / {nested.get('Value') if nested is not None else '-'} " \
             f"messaggio {message[:100]!r}"
    match = _ERROR_CODE_RE.search(message)
    our_code = STATUS_ERROR_CODES.get(int(match.group(1))) if match else None
    raise SpidRejected(our_code or "spid_status", detail)
