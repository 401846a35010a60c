"""Namespaces and fixed URIs of SAML 2.0 and of the SPID profile."""

from __future__ import annotations

SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol"
SAML = "urn:oasis:names:tc:SAML:2.0:assertion"
MD = "urn:oasis:names:tc:SAML:2.0:metadata"
DS = "http://www.w3.org/2000/09/xmldsig#"
XS = "http://www.w3.org/2001/XMLSchema"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SPID = "https://spid.gov.it/saml-extensions"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

NSMAP = {"samlp": SAMLP, "saml": SAML}
MD_NSMAP = {"md": MD, "ds": DS, "spid": SPID}

BINDING_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
BINDING_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol"

NAMEID_ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity"
NAMEID_TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient"
CM_BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer"
ATTRNAME_BASIC = "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"

STATUS_SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success"
STATUS_REQUESTER = "urn:oasis:names:tc:SAML:2.0:status:Requester"
STATUS_RESPONDER = "urn:oasis:names:tc:SAML:2.0:status:Responder"
STATUS_AUTHN_FAILED = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"
STATUS_REQUEST_DENIED = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied"
STATUS_NO_AUTHN_CONTEXT = "urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext"

SPID_L1 = "https://www.spid.gov.it/SpidL1"
SPID_L2 = "https://www.spid.gov.it/SpidL2"
SPID_L3 = "https://www.spid.gov.it/SpidL3"
SPID_LEVELS = {SPID_L1: 1, SPID_L2: 2, SPID_L3: 3}

# The attributes the portal asks for, with the labels of the consent page (seed 004).
SPID_ATTRIBUTES = (
    ("name", "Nome"),
    ("familyName", "Cognome"),
    ("fiscalNumber", "Codice fiscale"),
    ("spidCode", "Codice identificativo"),
)


def q(namespace: str, tag: str) -> str:
    """Clark notation: {namespace}tag."""
    return f"{{{namespace}}}{tag}"
