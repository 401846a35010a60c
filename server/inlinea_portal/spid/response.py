"""The whole validation of a SAML Response posted to the ACS, in order: decoding,
envelope, the pending request it answers, signatures with the IdP metadata certificate,
Status, then the Assertion. Raises SpidRejected (with `client_state` when the pending
request is known) or returns the request and the identity."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from ..saml.bindings import BindingError, decode_post
from ..saml.ns import SAMLP, q
from ..saml.xml import XmlError, parse
from . import checks_assertion as assertion_checks
from . import checks_message as message_checks
from . import store
from .idp_registry import IdpRegistry
from .problems import SpidRejected
from .settings import SpSettings


@dataclass(frozen=True)
class SpidIdentity:
    codice_fiscale: str
    nome: str
    cognome: str
    spid_code: str
    name_id: str
    session_index: str | None
    level: int
    idp_entity_id: str


def _pretty(name: str) -> str:
    # Some IdPs send names in capitals ("ROSSI"); str.title keeps "D'Angelo".
    return name.title() if name.isupper() else name


def validate(conn: sqlite3.Connection, settings: SpSettings, registry: IdpRegistry,
             saml_response: str, relay_state: str | None,
             now: dt.datetime) -> tuple[sqlite3.Row, SpidIdentity]:
    try:
        xml = decode_post(saml_response)
        response = parse(xml)
    except (BindingError, XmlError) as exc:
        raise SpidRejected("spid_malformed", str(exc)) from None
    if response.tag != q(SAMLP, "Response"):
        raise SpidRejected("spid_malformed", f"elemento radice {response.tag[:100]}")
    response_id, issued = message_checks.check_header(response, now)
    in_response_to = (response.get("InResponseTo") or "").strip()
    if not in_response_to:
        raise SpidRejected("spid_in_response_to", "InResponseTo mancante")
    request = store.claim(conn, in_response_to, now)
    try:
        identity = _validate_for_request(conn, settings, registry, xml, response, response_id,
                                         issued, request, relay_state, now)
    except SpidRejected as exc:
        exc.client_state = request["client_state"]
        exc.request_id = request["id"]
        raise
    return request, identity


def _validate_for_request(conn, settings, registry, xml, response, response_id, issued,
                          request, relay_state, now) -> SpidIdentity:
    if relay_state != request["relay_state"]:
        raise SpidRejected("spid_relay_state", "RelayState diverso da quello della richiesta")
    message_checks.check_not_before_request(issued, request["created_at"], "Response")
    message_checks.check_destination(response, settings.acs_url)
    idp = registry.get(request["idp_entity_id"])
    if idp is None:
        raise SpidRejected("spid_issuer", f"IdP {request['idp_entity_id']} non più nei metadata")
    message_checks.check_issuer(response, idp.entity_id, format_required=False)
    assertion = message_checks.check_structure(response)
    certs = list(idp.certs)
    message_checks.check_signature(xml, response, certs, required=False)
    message_checks.check_status(response)
    if assertion is None:
        raise SpidRejected("spid_assertion", "Response di successo senza asserzione")

    assertion_id, assertion_issued = message_checks.check_header(assertion, now)
    message_checks.check_issuer(assertion, idp.entity_id, format_required=True)
    message_checks.check_signature(xml, assertion, certs, required=True)
    message_checks.check_not_before_request(assertion_issued, request["created_at"],
                                            "Assertion")
    store.remember_ids(conn, idp.entity_id, [response_id, assertion_id], now)

    expected = assertion_checks.Expected(settings.entity_id, settings.acs_url, request["id"], now)
    name_id = assertion_checks.check_subject(assertion, expected)
    assertion_checks.check_conditions(assertion, expected)
    level, session_index = assertion_checks.check_authn_statement(assertion)
    attributes = assertion_checks.check_attributes(assertion)
    return SpidIdentity(
        codice_fiscale=attributes["fiscalNumber"],
        nome=_pretty(attributes["name"]),
        cognome=_pretty(attributes["familyName"]),
        spid_code=attributes["spidCode"],
        name_id=name_id,
        session_index=session_index,
        level=level,
        idp_entity_id=idp.entity_id,
    )
