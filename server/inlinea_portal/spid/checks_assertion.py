"""Checks of the Assertion's statements (docs/spid.md, checks 7-10): Subject,
Conditions, AuthnStatement and AttributeStatement. Pure functions raising SpidRejected."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from ..domain.fiscal import validate_codice_fiscale_persona
from ..saml.ns import CM_BEARER, NAMEID_TRANSIENT, SAML, SPID_ATTRIBUTES, SPID_LEVELS, q
from ..saml.xml import XmlError, children, only_child, parse_instant, text
from .checks_message import CLOCK_SKEW
from .problems import SpidRejected

MIN_LEVEL = 2
FISCAL_PREFIX = "TINIT-"


@dataclass(frozen=True)
class Expected:
    """What the Assertion must match: our request and our identity."""
    sp_entity_id: str
    acs_url: str
    request_id: str
    now: dt.datetime


def _instant(element: etree._Element, attribute: str, code: str, what: str) -> dt.datetime:
    raw = element.get(attribute)
    if raw is None:
        raise SpidRejected(code, f"{what} senza {attribute}")
    try:
        return parse_instant(raw)
    except XmlError as exc:
        raise SpidRejected(code, f"{what} {attribute}: {exc}") from None


def check_subject(assertion: etree._Element, expected: Expected) -> str:
    """The transient NameID, after checking it and the bearer SubjectConfirmation."""
    try:
        subject = only_child(assertion, q(SAML, "Subject"))
        name_id = only_child(subject, q(SAML, "NameID")) if subject is not None else None
        value = text(name_id) if name_id is not None else ""
    except XmlError as exc:
        raise SpidRejected("spid_nameid", str(exc)) from None
    if subject is None or name_id is None:
        raise SpidRejected("spid_nameid", "Subject o NameID mancante")
    if not value:
        raise SpidRejected("spid_nameid", "NameID vuoto")
    if name_id.get("Format") != NAMEID_TRANSIENT:
        raise SpidRejected("spid_nameid", f"NameID Format {name_id.get('Format')!r}")
    if not (name_id.get("NameQualifier") or "").strip():
        raise SpidRejected("spid_nameid", "NameID senza NameQualifier")

    confirmations = children(subject, q(SAML, "SubjectConfirmation"))
    if len(confirmations) != 1:
        raise SpidRejected("spid_subject_confirmation",
                           f"{len(confirmations)} SubjectConfirmation invece di 1")
    confirmation = confirmations[0]
    if confirmation.get("Method") != CM_BEARER:
        raise SpidRejected("spid_subject_confirmation",
                           f"Method {confirmation.get('Method')!r} invece di bearer")
    try:
        data = only_child(confirmation, q(SAML, "SubjectConfirmationData"))
    except XmlError as exc:
        raise SpidRejected("spid_subject_confirmation", str(exc)) from None
    if data is None:
        raise SpidRejected("spid_subject_confirmation", "SubjectConfirmationData mancante")
    if data.get("Recipient") != expected.acs_url:
        raise SpidRejected("spid_subject_confirmation",
                           f"Recipient {str(data.get('Recipient'))[:200]!r}")
    if data.get("InResponseTo") != expected.request_id:
        raise SpidRejected("spid_subject_confirmation",
                           f"InResponseTo {str(data.get('InResponseTo'))[:100]!r} invece di "
                           f"{expected.request_id}")
    not_on_or_after = _instant(data, "NotOnOrAfter", "spid_subject_confirmation",
                               "SubjectConfirmationData")
    if not_on_or_after <= expected.now - CLOCK_SKEW:
        raise SpidRejected("spid_subject_confirmation",
                           f"SubjectConfirmationData scaduta ({data.get('NotOnOrAfter')})")
    return value


def check_conditions(assertion: etree._Element, expected: Expected) -> None:
    try:
        conditions = only_child(assertion, q(SAML, "Conditions"))
    except XmlError as exc:
        raise SpidRejected("spid_conditions", str(exc)) from None
    if conditions is None:
        raise SpidRejected("spid_conditions", "Conditions mancante")
    not_before = _instant(conditions, "NotBefore", "spid_conditions", "Conditions")
    not_on_or_after = _instant(conditions, "NotOnOrAfter", "spid_conditions", "Conditions")
    if not_before > expected.now + CLOCK_SKEW:
        raise SpidRejected("spid_conditions", f"NotBefore {conditions.get('NotBefore')} futuro")
    if not_on_or_after <= expected.now - CLOCK_SKEW:
        raise SpidRejected("spid_conditions",
                           f"NotOnOrAfter {conditions.get('NotOnOrAfter')} passato")
    restrictions = children(conditions, q(SAML, "AudienceRestriction"))
    try:
        audiences = [text(audience) for restriction in restrictions
                     for audience in children(restriction, q(SAML, "Audience"))]
    except XmlError as exc:
        raise SpidRejected("spid_audience", str(exc)) from None
    if not audiences:
        raise SpidRejected("spid_audience", "AudienceRestriction/Audience mancante")
    strangers = [a for a in audiences if a != expected.sp_entity_id]
    if strangers:
        raise SpidRejected("spid_audience", f"Audience {strangers[0][:200]!r}")


def check_authn_statement(assertion: etree._Element) -> tuple[int, str | None]:
    """(SPID level, SessionIndex); at least SpidL2."""
    statements = children(assertion, q(SAML, "AuthnStatement"))
    if len(statements) != 1:
        raise SpidRejected("spid_authn_context", f"{len(statements)} AuthnStatement")
    try:
        context = only_child(statements[0], q(SAML, "AuthnContext"))
        reference = only_child(context, q(SAML, "AuthnContextClassRef")) \
            if context is not None else None
        value = text(reference) if reference is not None else ""
    except XmlError as exc:
        raise SpidRejected("spid_authn_context", str(exc)) from None
    if not value:
        raise SpidRejected("spid_authn_context", "AuthnContextClassRef mancante")
    level = SPID_LEVELS.get(value)
    if level is None:
        raise SpidRejected("spid_authn_context", f"livello sconosciuto {value[:100]!r}")
    if level < MIN_LEVEL:
        raise SpidRejected("spid_authn_context", f"livello {value} inferiore a SpidL2")
    return level, statements[0].get("SessionIndex")


def check_attributes(assertion: etree._Element) -> dict[str, str]:
    """name, familyName, fiscalNumber (TINIT-<valid CF>), spidCode: each once, not empty.
    fiscalNumber comes back as the bare codice fiscale."""
    statements = children(assertion, q(SAML, "AttributeStatement"))
    if len(statements) != 1:
        raise SpidRejected("spid_attributes", f"{len(statements)} AttributeStatement")
    values: dict[str, list[str]] = {}
    try:
        for attribute in children(statements[0], q(SAML, "Attribute")):
            name = attribute.get("Name") or ""
            if name in values:
                raise SpidRejected("spid_attributes", f"attributo {name} ripetuto")
            values[name] = [text(v) for v in children(attribute, q(SAML, "AttributeValue"))]
    except XmlError as exc:
        raise SpidRejected("spid_attributes", str(exc)) from None
    result = {}
    for name, _label in SPID_ATTRIBUTES:
        found = values.get(name)
        if not found:
            raise SpidRejected("spid_attributes", f"attributo {name} mancante")
        if len(found) != 1 or not found[0]:
            raise SpidRejected("spid_attributes", f"attributo {name} vuoto o multiplo")
        result[name] = found[0]
    fiscal = result["fiscalNumber"]
    if not fiscal.startswith(FISCAL_PREFIX):
        raise SpidRejected("spid_fiscal_number", f"fiscalNumber senza {FISCAL_PREFIX}")
    check = validate_codice_fiscale_persona(fiscal[len(FISCAL_PREFIX):])
    if not check.valid or check.value != fiscal[len(FISCAL_PREFIX):]:
        raise SpidRejected("spid_fiscal_number",
                           f"codice fiscale non valido: {'; '.join(check.errors) or 'formato'}")
    result["fiscalNumber"] = check.value
    return result
