"""SAML Responses of the test IdP: success (signed Response and Assertion) and SPID
errors (signed Response with `ErrorCode nrNN`). Break cases (breaks.py) change the
`Parts` before signing and the `Plan` that says what is signed and how."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from ..saml import signing
from ..saml.ns import (ATTRNAME_BASIC, CM_BEARER, NAMEID_ENTITY, NAMEID_TRANSIENT, SAML, SAMLP,
                       STATUS_AUTHN_FAILED, STATUS_NO_AUTHN_CONTEXT, STATUS_REQUEST_DENIED,
                       STATUS_RESPONDER, STATUS_SUCCESS, XS, XSI, q)
from ..saml.xml import format_instant, new_id, tostring
from .users import TestUser

VALIDITY = dt.timedelta(minutes=5)
NSMAP = {"samlp": SAMLP, "saml": SAML, "xs": XS, "xsi": XSI}
# SPID ErrorCode -> second-level status (first level: Responder)
ERROR_STATUS = {19: STATUS_AUTHN_FAILED, 20: STATUS_NO_AUTHN_CONTEXT, 21: STATUS_AUTHN_FAILED,
                22: STATUS_REQUEST_DENIED, 23: STATUS_AUTHN_FAILED, 25: STATUS_REQUEST_DENIED}


@dataclass(frozen=True)
class ResponseContext:
    idp_entity_id: str
    sp_entity_id: str
    acs_url: str
    request_id: str
    request_issue_instant: dt.datetime
    attributes: tuple[str, ...]
    level: str


@dataclass
class Plan:
    sign_response: bool = True
    sign_assertion: bool = True
    response_key: tuple[str, str] | None = None     # (key file, cert PEM); None = ours
    assertion_key: tuple[str, str] | None = None
    signature_alg: str = signing.RSA_SHA256
    digest_alg: str = signing.DIGEST_SHA256
    after_sign: Callable[[bytes], bytes] | None = None


@dataclass
class Parts:
    response: etree._Element
    assertion: etree._Element | None
    context: ResponseContext
    now: dt.datetime
    plan: Plan = field(default_factory=Plan)


def _issuer(parent: etree._Element, entity_id: str) -> None:
    etree.SubElement(parent, q(SAML, "Issuer"), Format=NAMEID_ENTITY).text = entity_id


def _response(context: ResponseContext, now: dt.datetime) -> etree._Element:
    response = etree.Element(q(SAMLP, "Response"), nsmap=NSMAP)
    for name, value in (("ID", new_id()), ("Version", "2.0"), ("IssueInstant", format_instant(now)),
                        ("Destination", context.acs_url), ("InResponseTo", context.request_id)):
        response.set(name, value)
    _issuer(response, context.idp_entity_id)
    return response


def success(context: ResponseContext, user: TestUser, now: dt.datetime) -> Parts:
    response = _response(context, now)
    status = etree.SubElement(response, q(SAMLP, "Status"))
    etree.SubElement(status, q(SAMLP, "StatusCode"), Value=STATUS_SUCCESS)
    assertion = etree.SubElement(response, q(SAML, "Assertion"))
    for name, value in (("ID", new_id()), ("Version", "2.0"), ("IssueInstant", format_instant(now))):
        assertion.set(name, value)
    _issuer(assertion, context.idp_entity_id)
    subject = etree.SubElement(assertion, q(SAML, "Subject"))
    etree.SubElement(subject, q(SAML, "NameID"), Format=NAMEID_TRANSIENT,
                     NameQualifier=context.idp_entity_id).text = new_id()
    confirmation = etree.SubElement(subject, q(SAML, "SubjectConfirmation"), Method=CM_BEARER)
    etree.SubElement(confirmation, q(SAML, "SubjectConfirmationData"),
                     Recipient=context.acs_url, InResponseTo=context.request_id,
                     NotOnOrAfter=format_instant(now + VALIDITY))
    conditions = etree.SubElement(assertion, q(SAML, "Conditions"),
                                  NotBefore=format_instant(now),
                                  NotOnOrAfter=format_instant(now + VALIDITY))
    restriction = etree.SubElement(conditions, q(SAML, "AudienceRestriction"))
    etree.SubElement(restriction, q(SAML, "Audience")).text = context.sp_entity_id
    statement = etree.SubElement(assertion, q(SAML, "AuthnStatement"),
                                 AuthnInstant=format_instant(now), SessionIndex=new_id())
    authn_context = etree.SubElement(statement, q(SAML, "AuthnContext"))
    etree.SubElement(authn_context, q(SAML, "AuthnContextClassRef")).text = context.level
    attributes = etree.SubElement(assertion, q(SAML, "AttributeStatement"))
    values = user.attributes()
    for name in context.attributes:
        if name not in values:
            continue
        attribute = etree.SubElement(attributes, q(SAML, "Attribute"), Name=name,
                                     NameFormat=ATTRNAME_BASIC)
        value = etree.SubElement(attribute, q(SAML, "AttributeValue"))
        value.set(q(XSI, "type"), "xs:string")
        value.text = values[name]
    return Parts(response, assertion, context, now)


def error(context: ResponseContext, number: int, now: dt.datetime) -> Parts:
    response = _response(context, now)
    status = etree.SubElement(response, q(SAMLP, "Status"))
    code = etree.SubElement(status, q(SAMLP, "StatusCode"), Value=STATUS_RESPONDER)
    etree.SubElement(code, q(SAMLP, "StatusCode"), Value=ERROR_STATUS.get(number, STATUS_AUTHN_FAILED))
    etree.SubElement(status, q(SAMLP, "StatusMessage")).text = f"ErrorCode nr{number}"
    return Parts(response, None, context, now)


def _insert_template(element: etree._Element, cert_pem: str, plan: Plan) -> None:
    template = signing.signature_template(element.get("ID"), cert_pem, plan.signature_alg,
                                          plan.digest_alg)
    first = element[0] if len(element) else None
    if first is not None and first.tag == q(SAML, "Issuer"):
        first.addnext(template)
    else:
        element.insert(0, template)


def serialize(parts: Parts, key_file: str, cert_pem: str) -> bytes:
    """Sign what the plan says (assertion first, then the response that contains it)."""
    plan = parts.plan
    jobs = []
    if plan.sign_assertion and parts.assertion is not None and parts.assertion.get("ID"):
        jobs.append((parts.assertion, plan.assertion_key or (key_file, cert_pem)))
    if plan.sign_response and parts.response.get("ID"):
        jobs.append((parts.response, plan.response_key or (key_file, cert_pem)))
    for element, (_key, cert) in jobs:
        _insert_template(element, cert, plan)
    xml = tostring(parts.response)
    for element, (key, _cert) in jobs:
        xml = signing.sign(xml, element.tag, element.get("ID"), key)
    return plan.after_sign(xml) if plan.after_sign else xml
