"""The SP metadata (SPID profile), signed with the SP key: served at /spid/metadata and
written to <state>/spid-sp/metadata.xml by `manage.py serve` for the test IdP."""

from __future__ import annotations

import os
import threading

from lxml import etree

from ..saml import signing
from ..saml.ns import (ATTRNAME_BASIC, BINDING_POST, DS, MD, MD_NSMAP, NAMEID_TRANSIENT,
                       PROTOCOL, SPID, SPID_ATTRIBUTES, XML_LANG, q)
from ..saml.xml import new_id, tostring
from .settings import SpSettings

_cache: dict = {}
_cache_lock = threading.Lock()


def _sub(parent, tag, text=None, **attributes):
    element = etree.SubElement(parent, q(MD, tag), {k: v for k, v in attributes.items()})
    if text is not None:
        element.text = text
    return element


def _localized(parent, tag, text):
    element = _sub(parent, tag, text)
    element.set(XML_LANG, "it")
    return element


def build_unsigned(settings: SpSettings, cert_pem: str) -> etree._Element:
    entity = etree.Element(q(MD, "EntityDescriptor"), nsmap=MD_NSMAP)
    entity.set("entityID", settings.entity_id)
    entity.set("ID", new_id())
    sp = _sub(entity, "SPSSODescriptor", protocolSupportEnumeration=PROTOCOL,
              AuthnRequestsSigned="true", WantAssertionsSigned="true")
    key_info = etree.SubElement(_sub(sp, "KeyDescriptor", use="signing"), q(DS, "KeyInfo"))
    etree.SubElement(etree.SubElement(key_info, q(DS, "X509Data")),
                     q(DS, "X509Certificate")).text = signing.pem_body(cert_pem)
    _sub(sp, "SingleLogoutService", Binding=BINDING_POST, Location=settings.slo_url)
    _sub(sp, "NameIDFormat", NAMEID_TRANSIENT)
    _sub(sp, "AssertionConsumerService", index="0", isDefault="true", Binding=BINDING_POST,
         Location=settings.acs_url)
    service = _sub(sp, "AttributeConsumingService", index="0")
    _localized(service, "ServiceName", settings.service_name)
    for name, _label in SPID_ATTRIBUTES:
        _sub(service, "RequestedAttribute", Name=name, NameFormat=ATTRNAME_BASIC)

    organization = _sub(entity, "Organization")
    _localized(organization, "OrganizationName", settings.organization)
    _localized(organization, "OrganizationDisplayName", settings.organization)
    _localized(organization, "OrganizationURL", settings.public_url + "/")

    contact = _sub(entity, "ContactPerson", contactType="other")
    extensions = _sub(contact, "Extensions")
    etree.SubElement(extensions, q(SPID, "IPACode")).text = settings.ipa_code
    etree.SubElement(extensions, q(SPID, "Public"))
    _sub(contact, "EmailAddress", settings.contact_email)
    return entity


def build_sp_metadata(settings: SpSettings) -> bytes:
    """Signed metadata (cached while the SP certificate file does not change)."""
    stamp = (settings, os.stat(settings.cert_file).st_mtime_ns)
    with _cache_lock:
        if stamp in _cache:
            return _cache[stamp]
    cert_pem = settings.read_cert()
    entity = build_unsigned(settings, cert_pem)
    entity.insert(0, signing.signature_template(entity.get("ID"), cert_pem))
    signed = signing.sign(tostring(entity), entity.tag, entity.get("ID"), settings.key_file)
    with _cache_lock:
        _cache.clear()
        _cache[stamp] = signed
    return signed


def write_sp_metadata(settings: SpSettings, path: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as handle:
        handle.write(build_sp_metadata(settings))
    os.replace(tmp, path)
