"""The SPID AuthnRequest, exactly as the SPID rules want it, and how it is sent.

Level 2: ForceAuthn="true"; AssertionConsumerServiceIndex and
AttributeConsumingServiceIndex (so no ProtocolBinding and no ACS URL); Issuer with
Format entity and NameQualifier = entityID; no ProviderName; NameIDPolicy transient;
RequestedAuthnContext Comparison="minimum" SpidL2. HTTP-Redirect: deflated, query
signed with RSA-SHA256 (no XML signature); HTTP-POST: enveloped XML signature.
"""

from __future__ import annotations

import datetime as dt
import os
import threading

from cryptography.hazmat.primitives import serialization
from lxml import etree

from ..saml import bindings, signing
from ..saml.ns import (BINDING_POST, BINDING_REDIRECT, NAMEID_ENTITY, NAMEID_TRANSIENT, NSMAP,
                       SAML, SAMLP, SPID_L2, q)
from ..saml.xml import format_instant, tostring
from .idp_registry import IdpInfo
from .settings import SpSettings

ACS_INDEX = "0"
ATTRIBUTE_SERVICE_INDEX = "0"

_keys: dict = {}
_keys_lock = threading.Lock()


def _private_key(path: str):
    stamp = (path, os.stat(path).st_mtime_ns)
    with _keys_lock:
        if stamp not in _keys:
            with open(path, "rb") as handle:
                _keys.clear()
                _keys[stamp] = serialization.load_pem_private_key(handle.read(), password=None)
        return _keys[stamp]


def build(settings: SpSettings, destination: str, request_id: str,
          issue_instant: dt.datetime) -> etree._Element:
    request = etree.Element(q(SAMLP, "AuthnRequest"), nsmap=NSMAP)
    request.set("ID", request_id)
    request.set("Version", "2.0")
    request.set("IssueInstant", format_instant(issue_instant))
    request.set("Destination", destination)
    request.set("ForceAuthn", "true")
    request.set("AssertionConsumerServiceIndex", ACS_INDEX)
    request.set("AttributeConsumingServiceIndex", ATTRIBUTE_SERVICE_INDEX)
    issuer = etree.SubElement(request, q(SAML, "Issuer"))
    issuer.set("Format", NAMEID_ENTITY)
    issuer.set("NameQualifier", settings.entity_id)
    issuer.text = settings.entity_id
    etree.SubElement(request, q(SAMLP, "NameIDPolicy"), Format=NAMEID_TRANSIENT)
    context = etree.SubElement(request, q(SAMLP, "RequestedAuthnContext"), Comparison="minimum")
    etree.SubElement(context, q(SAML, "AuthnContextClassRef")).text = SPID_L2
    return request


def choose_binding(settings: SpSettings, idp: IdpInfo) -> tuple[str, str] | None:
    """(binding, SSO location): the configured binding if the IdP offers it, else the other."""
    preferred = [BINDING_POST, BINDING_REDIRECT] if settings.binding == "post" \
        else [BINDING_REDIRECT, BINDING_POST]
    for binding in preferred:
        location = idp.sso_location(binding)
        if location:
            return binding, location
    return None


def redirect_url(settings: SpSettings, location: str, request: etree._Element,
                 relay_state: str) -> str:
    query = bindings.redirect_query("SAMLRequest", tostring(request), relay_state,
                                    _private_key(settings.key_file))
    return location + ("&" if "?" in location else "?") + query


def post_page(settings: SpSettings, location: str, request: etree._Element,
              relay_state: str) -> str:
    issuer = request.find(q(SAML, "Issuer"))
    issuer.addnext(signing.signature_template(request.get("ID"), settings.read_cert()))
    signed = signing.sign(tostring(request), request.tag, request.get("ID"), settings.key_file)
    return bindings.post_form_page(
        location, {"SAMLRequest": bindings.encode_post(signed), "RelayState": relay_state},
        "spid-authn-request", "Reindirizzamento al gestore dell'identità SPID")
