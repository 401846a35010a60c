"""Broken responses on demand (only with `serve-idp --test-mode`): each case breaks one
thing the SP must check (docs/spid.md, checks 1-11), so the SP is tested end to end.

`expected` is the SP's refusal code (None: the SP must accept it). The fixed_* cases
are accepted the first time and refused (spid_replay) the second time.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import re
import shutil
import tempfile
import threading
from dataclasses import dataclass
from typing import Callable

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from lxml import etree

from ..saml import signing
from ..saml.certs import make_idp_certificate
from ..saml.ns import NAMEID_TRANSIENT, SAML, SAMLP, SPID_L1, SPID_L3, q
from ..saml.xml import format_instant, new_id
from ..pki import write_pair
from .responses import Parts, STATUS_RESPONDER

_NS = {"samlp": SAMLP, "saml": SAML}
A = "saml:Assertion"
SUBJECT_DATA = f"{A}/saml:Subject/saml:SubjectConfirmation/saml:SubjectConfirmationData"
FIXED_RESPONSE_ID = "_inlinea-test-fixed-response-id"
FIXED_ASSERTION_ID = "_inlinea-test-fixed-assertion-id"
OTHER_CF = "BNCNNA90A41F205W"


@dataclass(frozen=True)
class Break:
    expected: str | None
    description: str
    apply: Callable[[Parts], None] | None = None
    status: int | None = None           # answer with this SPID ErrorCode instead


def _find(parts: Parts, path: str) -> etree._Element:
    found = parts.response.xpath(path, namespaces=_NS) if path != "." else [parts.response]
    return found[0]


def set_attr(path: str, name: str, value: Callable[[Parts], str | None] | str | None):
    def apply(parts: Parts) -> None:
        element = _find(parts, path)
        resolved = value(parts) if callable(value) else value
        if resolved is None:
            element.attrib.pop(name, None)
        else:
            element.set(name, resolved)
    return apply


def set_text(path: str, value: str):
    def apply(parts: Parts) -> None:
        _find(parts, path).text = value
    return apply


def remove(path: str):
    def apply(parts: Parts) -> None:
        element = _find(parts, path)
        element.getparent().remove(element)
    return apply


def shifted(seconds: int) -> Callable[[Parts], str]:
    return lambda parts: format_instant(parts.now + dt.timedelta(seconds=seconds))


def plan(**changes):
    def apply(parts: Parts) -> None:
        for name, value in changes.items():
            setattr(parts.plan, name, value() if callable(value) else value)
    return apply


def both(*steps):
    def apply(parts: Parts) -> None:
        for step in steps:
            step(parts)
    return apply


_other_lock = threading.Lock()
_other: tuple[str, str] | None = None


def other_key() -> tuple[str, str]:
    """(key file, cert PEM) of a key that is NOT in the IdP metadata (made once)."""
    global _other
    with _other_lock:
        if _other is None:
            directory = tempfile.mkdtemp(prefix="inlinea-idp-other-")
            atexit.register(shutil.rmtree, directory, True)
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            cert = make_idp_certificate(key, "https://falso-idp.invalid", "Falso IdP")
            write_pair(os.path.join(directory, "other"), key, cert)
            _other = (os.path.join(directory, "other.key"),
                      cert.public_bytes(serialization.Encoding.PEM).decode("ascii"))
        return _other


def _tamper(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    value = root.xpath(f"{A}/saml:AttributeStatement/saml:Attribute[@Name='fiscalNumber']"
                       "/saml:AttributeValue", namespaces=_NS)[0]
    value.text = "TINIT-" + OTHER_CF
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _comment_in_value(xml: bytes) -> bytes:
    # Comments are outside the signed (canonical) content, so the signature still
    # verifies: the SP must not read a value made of several text nodes.
    return re.sub(rb"(>TINIT-[A-Z0-9]{8})", rb"\1<!-- commento -->", xml, count=1)


def _two_assertions(parts: Parts) -> None:
    copy = etree.fromstring(etree.tostring(parts.assertion))
    copy.set("ID", new_id())
    parts.response.append(copy)


def _unknown_status(parts: Parts) -> None:
    status = _find(parts, "samlp:Status")
    status.getparent().remove(status)
    status = etree.Element(q(SAMLP, "Status"))
    etree.SubElement(status, q(SAMLP, "StatusCode"), Value=STATUS_RESPONDER)
    _find(parts, "saml:Issuer").addnext(status)
    remove(A)(parts)
    parts.assertion = None


def _before_request(parts: Parts) -> str:
    return format_instant(parts.context.request_issue_instant - dt.timedelta(seconds=60))


BREAKS: dict[str, Break] = {
    # 1. signatures
    "unsigned": Break("spid_signature_missing", "né Response né Assertion firmate",
                      plan(sign_response=False, sign_assertion=False)),
    "assertion_unsigned": Break("spid_signature_missing", "Assertion non firmata",
                                plan(sign_assertion=False)),
    "response_unsigned": Break(None, "solo l'Assertion firmata (ammesso)",
                               plan(sign_response=False)),
    "wrong_key": Break("spid_signature_invalid", "firmate con una chiave non nei metadata "
                       "(certificato nel KeyInfo)",
                       plan(response_key=other_key, assertion_key=other_key)),
    "assertion_wrong_key": Break("spid_signature_invalid", "Assertion firmata con altra chiave",
                                 plan(assertion_key=other_key)),
    "tampered": Break("spid_signature_invalid", "fiscalNumber cambiato dopo la firma",
                      plan(after_sign=lambda: _tamper)),
    "sha1": Break("spid_signature_weak", "firme RSA-SHA1 con digest SHA-1",
                  plan(signature_alg=signing.RSA_SHA1, digest_alg=signing.DIGEST_SHA1)),
    "sha1_digest": Break("spid_signature_weak", "digest SHA-1", plan(digest_alg=signing.DIGEST_SHA1)),
    "two_assertions": Break("spid_assertion", "due asserzioni", _two_assertions),
    "comment_in_attribute": Break("spid_attributes", "commento dentro fiscalNumber dopo la "
                                  "firma (la firma resta valida)",
                                  plan(after_sign=lambda: _comment_in_value)),
    # 2. Version, ID, IssueInstant
    "version": Break("spid_version", "Response Version 1.0", set_attr(".", "Version", "1.0")),
    "assertion_version": Break("spid_version", "Assertion Version 1.0",
                               set_attr(A, "Version", "1.0")),
    "no_id": Break("spid_id", "Response senza ID", set_attr(".", "ID", None)),
    "empty_id": Break("spid_id", "Response con ID vuoto", set_attr(".", "ID", "")),
    "assertion_no_id": Break("spid_id", "Assertion senza ID", set_attr(A, "ID", None)),
    "no_issue_instant": Break("spid_issue_instant", "Response senza IssueInstant",
                              set_attr(".", "IssueInstant", None)),
    "bad_issue_instant": Break("spid_issue_instant", "IssueInstant non è una data",
                               set_attr(".", "IssueInstant", "31/12/2030 10:00")),
    "issue_instant_offset": Break("spid_issue_instant", "IssueInstant non in UTC (+01:00)",
                                  set_attr(".", "IssueInstant",
                                           lambda p: format_instant(p.now)[:-1] + "+01:00")),
    "assertion_no_issue_instant": Break("spid_issue_instant", "Assertion senza IssueInstant",
                                        set_attr(A, "IssueInstant", None)),
    "issue_instant_future": Break("spid_clock", "IssueInstant 2 minuti nel futuro",
                                  set_attr(".", "IssueInstant", shifted(120))),
    "issue_instant_old": Break("spid_clock", "IssueInstant di 10 minuti fa",
                               set_attr(".", "IssueInstant", shifted(-600))),
    "issue_instant_before_request": Break("spid_clock", "IssueInstant precedente alla richiesta",
                                          set_attr(".", "IssueInstant", _before_request)),
    "assertion_issue_instant_future": Break("spid_clock", "Assertion IssueInstant nel futuro",
                                            set_attr(A, "IssueInstant", shifted(120))),
    "clock_skew_ok": Break(None, "orologio dell'IdP avanti di 3 secondi (ammesso)", both(
        set_attr(".", "IssueInstant", shifted(3)), set_attr(A, "IssueInstant", shifted(3)),
        set_attr(f"{A}/saml:Conditions", "NotBefore", shifted(3)))),
    # 3. Destination
    "no_destination": Break("spid_destination", "senza Destination",
                            set_attr(".", "Destination", None)),
    "wrong_destination": Break("spid_destination", "Destination di un altro SP",
                               set_attr(".", "Destination", "https://altro-sp.invalid/acs")),
    # 4. InResponseTo, replay
    "no_in_response_to": Break("spid_in_response_to", "senza InResponseTo",
                               set_attr(".", "InResponseTo", None)),
    "unknown_in_response_to": Break("spid_in_response_to_unknown", "InResponseTo sconosciuto",
                                    set_attr(".", "InResponseTo", lambda p: new_id())),
    "fixed_response_id": Break("spid_replay", "ID della Response fisso: la seconda volta è "
                               "un replay", set_attr(".", "ID", FIXED_RESPONSE_ID)),
    "fixed_assertion_id": Break("spid_replay", "ID dell'Assertion fisso: la seconda volta è "
                                "un replay", set_attr(A, "ID", FIXED_ASSERTION_ID)),
    # 5. Status
    "nr20": Break("spid_nr20", "ErrorCode nr20 (livello insufficiente)", status=20),
    "nr21": Break("spid_nr21", "ErrorCode nr21 (timeout)", status=21),
    "nr23": Break("spid_nr23", "ErrorCode nr23 (identità sospesa)", status=23),
    "status_error": Break("spid_status", "Status Responder senza ErrorCode", _unknown_status),
    # 6. Issuer
    "no_issuer": Break("spid_issuer", "Response senza Issuer", remove("saml:Issuer")),
    "wrong_issuer": Break("spid_issuer", "Issuer di un altro IdP",
                          set_text("saml:Issuer", "https://altro-idp.invalid")),
    "issuer_format": Break("spid_issuer", "Issuer con Format transient",
                           set_attr("saml:Issuer", "Format", NAMEID_TRANSIENT)),
    "issuer_without_format": Break(None, "Issuer della Response senza Format (ammesso)",
                                   set_attr("saml:Issuer", "Format", None)),
    "assertion_no_issuer": Break("spid_issuer", "Assertion senza Issuer",
                                 remove(f"{A}/saml:Issuer")),
    "assertion_wrong_issuer": Break("spid_issuer", "Issuer dell'Assertion di un altro IdP",
                                    set_text(f"{A}/saml:Issuer", "https://altro-idp.invalid")),
    "assertion_issuer_without_format": Break("spid_issuer", "Issuer dell'Assertion senza Format",
                                             set_attr(f"{A}/saml:Issuer", "Format", None)),
    "assertion_issuer_format": Break("spid_issuer", "Issuer dell'Assertion con Format transient",
                                     set_attr(f"{A}/saml:Issuer", "Format", NAMEID_TRANSIENT)),
    # 7. Subject
    "no_subject": Break("spid_nameid", "Assertion senza Subject", remove(f"{A}/saml:Subject")),
    "no_nameid": Break("spid_nameid", "Subject senza NameID",
                       remove(f"{A}/saml:Subject/saml:NameID")),
    "empty_nameid": Break("spid_nameid", "NameID vuoto",
                          set_text(f"{A}/saml:Subject/saml:NameID", "")),
    "nameid_format": Break("spid_nameid", "NameID persistent",
                           set_attr(f"{A}/saml:Subject/saml:NameID", "Format",
                                    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")),
    "nameid_no_qualifier": Break("spid_nameid", "NameID senza NameQualifier",
                                 set_attr(f"{A}/saml:Subject/saml:NameID", "NameQualifier", None)),
    "confirmation_method": Break("spid_subject_confirmation", "Method sender-vouches",
                                 set_attr(f"{A}/saml:Subject/saml:SubjectConfirmation", "Method",
                                          "urn:oasis:names:tc:SAML:2.0:cm:sender-vouches")),
    "no_confirmation_data": Break("spid_subject_confirmation", "senza SubjectConfirmationData",
                                  remove(SUBJECT_DATA)),
    "no_recipient": Break("spid_subject_confirmation", "senza Recipient",
                          set_attr(SUBJECT_DATA, "Recipient", None)),
    "wrong_recipient": Break("spid_subject_confirmation", "Recipient di un altro SP",
                             set_attr(SUBJECT_DATA, "Recipient", "https://altro-sp.invalid/acs")),
    "no_confirmation_in_response_to": Break("spid_subject_confirmation",
                                            "SubjectConfirmationData senza InResponseTo",
                                            set_attr(SUBJECT_DATA, "InResponseTo", None)),
    "wrong_confirmation_in_response_to": Break("spid_subject_confirmation",
                                               "InResponseTo dell'Assertion diverso",
                                               set_attr(SUBJECT_DATA, "InResponseTo",
                                                        lambda p: new_id())),
    "no_confirmation_not_on_or_after": Break("spid_subject_confirmation",
                                             "SubjectConfirmationData senza NotOnOrAfter",
                                             set_attr(SUBJECT_DATA, "NotOnOrAfter", None)),
    "confirmation_expired": Break("spid_subject_confirmation", "SubjectConfirmationData scaduta",
                                  set_attr(SUBJECT_DATA, "NotOnOrAfter", shifted(-60))),
    # 8. Conditions
    "no_conditions": Break("spid_conditions", "senza Conditions", remove(f"{A}/saml:Conditions")),
    "no_not_before": Break("spid_conditions", "Conditions senza NotBefore",
                           set_attr(f"{A}/saml:Conditions", "NotBefore", None)),
    "not_before_future": Break("spid_conditions", "NotBefore 2 minuti nel futuro",
                               set_attr(f"{A}/saml:Conditions", "NotBefore", shifted(120))),
    "no_not_on_or_after": Break("spid_conditions", "Conditions senza NotOnOrAfter",
                                set_attr(f"{A}/saml:Conditions", "NotOnOrAfter", None)),
    "conditions_expired": Break("spid_conditions", "Conditions scadute",
                                set_attr(f"{A}/saml:Conditions", "NotOnOrAfter", shifted(-60))),
    "no_audience": Break("spid_audience", "senza AudienceRestriction",
                         remove(f"{A}/saml:Conditions/saml:AudienceRestriction")),
    "wrong_audience": Break("spid_audience", "Audience di un altro SP",
                            set_text(f"{A}/saml:Conditions/saml:AudienceRestriction/"
                                     "saml:Audience", "https://altro-sp.invalid")),
    # 9. AuthnStatement
    "no_authn_statement": Break("spid_authn_context", "senza AuthnStatement",
                                remove(f"{A}/saml:AuthnStatement")),
    "no_authn_context": Break("spid_authn_context", "senza AuthnContextClassRef",
                              remove(f"{A}/saml:AuthnStatement/saml:AuthnContext/"
                                     "saml:AuthnContextClassRef")),
    "unknown_authn_context": Break("spid_authn_context", "livello sconosciuto",
                                   set_text(f"{A}/saml:AuthnStatement/saml:AuthnContext/"
                                            "saml:AuthnContextClassRef",
                                            "urn:oasis:names:tc:SAML:2.0:ac:classes:Password")),
    "level_l1": Break("spid_authn_context", "SpidL1 quando è chiesto SpidL2",
                      set_text(f"{A}/saml:AuthnStatement/saml:AuthnContext/"
                               "saml:AuthnContextClassRef", SPID_L1)),
    "level_l3": Break(None, "SpidL3 (superiore al richiesto, ammesso)",
                      set_text(f"{A}/saml:AuthnStatement/saml:AuthnContext/"
                               "saml:AuthnContextClassRef", SPID_L3)),
    # 10. AttributeStatement
    "no_attribute_statement": Break("spid_attributes", "senza AttributeStatement",
                                    remove(f"{A}/saml:AttributeStatement")),
    "missing_attribute": Break("spid_attributes", "senza spidCode",
                               remove(f"{A}/saml:AttributeStatement/"
                                      "saml:Attribute[@Name='spidCode']")),
    "empty_attribute": Break("spid_attributes", "name vuoto",
                             set_text(f"{A}/saml:AttributeStatement/saml:Attribute[@Name='name']"
                                      "/saml:AttributeValue", "")),
    "fiscal_number_no_prefix": Break("spid_fiscal_number", "fiscalNumber senza TINIT-",
                                     set_text(f"{A}/saml:AttributeStatement/saml:Attribute"
                                              "[@Name='fiscalNumber']/saml:AttributeValue",
                                              OTHER_CF)),
    "fiscal_number_invalid": Break("spid_fiscal_number", "codice fiscale con controllo errato",
                                   set_text(f"{A}/saml:AttributeStatement/saml:Attribute"
                                            "[@Name='fiscalNumber']/saml:AttributeValue",
                                            "TINIT-" + OTHER_CF[:15] + "X")),
}


def describe() -> dict:
    """For GET /test/breaks: {case: {expected, description}}."""
    return {name: {"expected": case.expected, "description": case.description}
            for name, case in BREAKS.items()}
