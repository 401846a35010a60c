"""Hardened XML parsing and the small helpers every SAML check needs.

Messages come from the network: `parse` refuses DTDs, entities and external references
(defusedxml first, then a non-resolving, non-networked lxml parser), and `text` refuses
elements whose value is split by comments or child nodes (so that what the signature
covered and what we read cannot differ).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as defused
from defusedxml import DefusedXmlException
from lxml import etree

MAX_MESSAGE_BYTES = 512 * 1024
_INSTANT_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, huge_tree=False, remove_blank_text=False)


class XmlError(ValueError):
    """Malformed or unsafe XML, or a value that is not what SAML allows."""


def parse(data: bytes) -> etree._Element:
    if len(data) > MAX_MESSAGE_BYTES:
        raise XmlError(f"messaggio troppo grande ({len(data)} byte)")
    try:
        defused.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ParseError) as exc:
        raise XmlError(f"XML non valido o non sicuro: {exc}") from None
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XmlError(f"XML non valido: {exc}") from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise XmlError("DTD non ammessa")
    return root


def tostring(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8")


def text(element: etree._Element) -> str:
    """The text of a simple element, stripped; XmlError if it has any child node."""
    if len(element):  # child elements, comments or processing instructions
        raise XmlError(f"l'elemento {etree.QName(element).localname} contiene nodi annidati")
    return (element.text or "").strip()


def children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Direct child elements with the given Clark-notation tag."""
    return [child for child in element if child.tag == tag]


def only_child(element: etree._Element, tag: str) -> etree._Element | None:
    """The single direct child `tag`, None if absent; XmlError if repeated."""
    found = children(element, tag)
    if len(found) > 1:
        raise XmlError(f"elemento {etree.QName(tag).localname} ripetuto")
    return found[0] if found else None


def element_children(element: etree._Element) -> list[etree._Element]:
    """Direct child elements (no comments or processing instructions)."""
    return [child for child in element if isinstance(child.tag, str)]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def format_instant(moment: dt.datetime) -> str:
    """xs:dateTime in UTC with a Z and no fractions: 2026-01-31T09:15:00Z."""
    return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_instant(value: str | None) -> dt.datetime:
    """A SAML time (UTC, trailing Z, optional fractions); XmlError otherwise."""
    match = _INSTANT_RE.match(value or "")
    if not match:
        raise XmlError(f"istante non valido: {(value or '')[:40]!r}")
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    fraction = match.group(7)
    micro = int((fraction[1:] + "000000")[:6]) if fraction else 0
    try:
        return dt.datetime(year, month, day, hour, minute, second, micro, dt.timezone.utc)
    except ValueError:
        raise XmlError(f"istante inesistente: {value[:40]!r}") from None


def new_id() -> str:
    """A SAML ID: an NCName with 160 random bits."""
    return "_" + secrets.token_hex(20)
