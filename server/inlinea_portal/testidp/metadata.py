"""The test IdP's metadata, signed with its key (served at /metadata and written to
<state>/spid-idp/metadata.xml, the folder the SP reads its IdPs from)."""

from __future__ import annotations

import os

from lxml import etree

from ..saml import signing
from ..saml.ns import (ATTRNAME_BASIC, BINDING_POST, BINDING_REDIRECT, DS, MD, MD_NSMAP,
                       NAMEID_TRANSIENT, PROTOCOL, SAML, SPID_ATTRIBUTES, XML_LANG, q)
from ..saml.xml import new_id, tostring
from .settings import IdpSettings


def build_idp_metadata(settings: IdpSettings) -> bytes:
    cert_pem = settings.read_cert()
    entity = etree.Element(q(MD, "EntityDescriptor"), nsmap={**MD_NSMAP, "saml": SAML})
    entity.set("entityID", settings.entity_id)
    entity.set("ID", new_id())
    idp = etree.SubElement(entity, q(MD, "IDPSSODescriptor"),
                           protocolSupportEnumeration=PROTOCOL, WantAuthnRequestsSigned="true")
    key_info = etree.SubElement(etree.SubElement(idp, q(MD, "KeyDescriptor"), use="signing"),
                                q(DS, "KeyInfo"))
    etree.SubElement(etree.SubElement(key_info, q(DS, "X509Data")),
                     q(DS, "X509Certificate")).text = signing.pem_body(cert_pem)
    for binding in (BINDING_POST, BINDING_REDIRECT):
        etree.SubElement(idp, q(MD, "SingleLogoutService"), Binding=binding,
                         Location=settings.slo_url)
    etree.SubElement(idp, q(MD, "NameIDFormat")).text = NAMEID_TRANSIENT
    for binding in (BINDING_REDIRECT, BINDING_POST):
        etree.SubElement(idp, q(MD, "SingleSignOnService"), Binding=binding,
                         Location=settings.sso_url)
    for name, label in SPID_ATTRIBUTES:
        etree.SubElement(idp, q(SAML, "Attribute"), Name=name, NameFormat=ATTRNAME_BASIC,
                         FriendlyName=label)
    organization = etree.SubElement(entity, q(MD, "Organization"))
    for tag, value in (("OrganizationName", settings.name),
                       ("OrganizationDisplayName", settings.name),
                       ("OrganizationURL", settings.public_url + "/")):
        element = etree.SubElement(organization, q(MD, tag))
        element.set(XML_LANG, "it")
        element.text = value
    entity.insert(0, signing.signature_template(entity.get("ID"), cert_pem))
    return signing.sign(tostring(entity), entity.tag, entity.get("ID"), settings.key_file)


def write_idp_metadata(settings: IdpSettings, path: str, data: bytes | None = None) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "wb") as handle:
        handle.write(data if data is not None else build_idp_metadata(settings))
    os.replace(tmp, path)
