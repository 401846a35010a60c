"""The test IdP's reading of an AuthnRequest: binding signature with the SP's metadata
certificate, then the fields it needs (a test IdP, not a conformance tool)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import unquote_plus

from ..saml import bindings, signing
from ..saml.ns import SAML, SAMLP, SPID_LEVELS, SPID_L2, q
from ..saml.xml import XmlError, only_child, parse, parse_instant, text
from .sp_registry import SpInfo, SpRegistry

MAX_AGE = dt.timedelta(minutes=10)


class RequestRefused(Exception):
    """The AuthnRequest cannot be served; the message is Italian, for the error page."""


@dataclass(frozen=True)
class AuthnRequestInfo:
    sp: SpInfo
    request_id: str
    issue_instant: dt.datetime
    acs_url: str
    attributes: tuple[str, ...]
    level: str
    relay_state: str | None


def _issuer_of(xml: bytes) -> str:
    try:
        root = parse(xml)
        issuer = only_child(root, q(SAML, "Issuer"))
        return text(issuer) if issuer is not None else ""
    except XmlError as exc:
        raise RequestRefused(f"AuthnRequest illeggibile: {exc}") from None


def _sp(registry: SpRegistry, entity_id: str, force: bool) -> SpInfo:
    sp = registry.get(entity_id, force=force)
    if sp is None:
        raise RequestRefused(f"fornitore di servizi sconosciuto: {entity_id[:200]}")
    return sp


def from_redirect(registry: SpRegistry, raw_query: str, settings_sso: str,
                  now: dt.datetime) -> AuthnRequestInfo:
    pairs = dict(part.partition("=")[::2] for part in raw_query.split("&"))
    try:
        xml = bindings.inflate_b64(unquote_plus(pairs.get("SAMLRequest", "")))
    except bindings.BindingError as exc:
        raise RequestRefused(str(exc)) from None
    entity_id = _issuer_of(xml)
    problem = ""
    for force in (False, True):   # once more with fresh metadata (renewed SP key)
        sp = _sp(registry, entity_id, force)
        try:
            xml, relay_state = bindings.verify_redirect(raw_query, "SAMLRequest", list(sp.certs))
            return _read(sp, xml, relay_state, settings_sso, now)
        except bindings.BindingError as exc:
            problem = str(exc)
    raise RequestRefused(f"firma della richiesta non valida: {problem}")


def from_post(registry: SpRegistry, saml_request: str, relay_state: str | None,
              settings_sso: str, now: dt.datetime) -> AuthnRequestInfo:
    try:
        xml = bindings.decode_post(saml_request)
    except bindings.BindingError as exc:
        raise RequestRefused(str(exc)) from None
    entity_id = _issuer_of(xml)
    root = parse(xml)
    for force in (False, True):
        sp = _sp(registry, entity_id, force)
        if signing.verify(xml, root.tag, root.get("ID", ""), list(sp.certs)):
            return _read(sp, xml, relay_state, settings_sso, now)
    raise RequestRefused("firma XML della richiesta assente o non valida")


def _read(sp: SpInfo, xml: bytes, relay_state: str | None, sso_url: str,
          now: dt.datetime) -> AuthnRequestInfo:
    root = parse(xml)
    if root.tag != q(SAMLP, "AuthnRequest") or root.get("Version") != "2.0":
        raise RequestRefused("non è una AuthnRequest SAML 2.0")
    try:
        issued = parse_instant(root.get("IssueInstant"))
    except XmlError as exc:
        raise RequestRefused(f"IssueInstant: {exc}") from None
    if abs(now - issued) > MAX_AGE:
        raise RequestRefused("richiesta scaduta o con data errata")
    if root.get("Destination") != sso_url:
        raise RequestRefused(f"Destination {root.get('Destination')!r} invece di {sso_url!r}")
    if not root.get("ID"):
        raise RequestRefused("richiesta senza ID")
    acs_url = sp.acs_by_index(root.get("AssertionConsumerServiceIndex"))
    if acs_url is None:
        raise RequestRefused("AssertionConsumerServiceIndex sconosciuto")
    attributes = sp.attributes(root.get("AttributeConsumingServiceIndex"))
    if attributes is None:
        raise RequestRefused("AttributeConsumingServiceIndex sconosciuto")
    refs = root.findall(f"{q(SAMLP, 'RequestedAuthnContext')}/{q(SAML, 'AuthnContextClassRef')}")
    level = (refs[0].text or "").strip() if refs else SPID_L2
    if SPID_LEVELS.get(level, 0) < 2:
        level = SPID_L2
    return AuthnRequestInfo(sp, root.get("ID"), issued, acs_url, attributes, level, relay_state)
