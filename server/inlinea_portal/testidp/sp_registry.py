"""The service providers the test IdP knows, from metadata files or https URLs.

Files are re-read when they change; URLs are fetched on first use and again when an
unknown SP asks, or when a request's signature does not verify (renewed SP key), at
most once every REFETCH_INTERVAL seconds.
"""

from __future__ import annotations

import logging
import os
import ssl
import threading
import time
import urllib.request
from dataclasses import dataclass

from ..saml import signing
from ..saml.ns import DS, MD, XML_LANG, q
from ..saml.xml import XmlError, parse

log = logging.getLogger("inlinea_portal.testidp")
REFETCH_INTERVAL = 1.0


@dataclass(frozen=True)
class SpInfo:
    entity_id: str
    organization: str
    certs: tuple[str, ...]
    acs: tuple[tuple[str, str, str, bool], ...]          # (index, binding, location, default)
    attribute_services: tuple[tuple[str, tuple[str, ...]], ...]   # (index, attribute names)

    def acs_by_index(self, index: str | None) -> str | None:
        for acs_index, _binding, location, default in self.acs:
            if (index is None and default) or acs_index == index:
                return location
        return None

    def attributes(self, index: str | None) -> tuple[str, ...] | None:
        for service_index, names in self.attribute_services:
            if service_index == (index or "0"):
                return names
        return None


def _localized(parent, path: str) -> str:
    found = parent.findall(path)
    for element in found:
        if element.get(XML_LANG) == "it" and (element.text or "").strip():
            return element.text.strip()
    return (found[0].text or "").strip() if found else ""


def parse_sp_metadata(data: bytes) -> list[SpInfo]:
    root = parse(data)
    entities = [root] if root.tag == q(MD, "EntityDescriptor") \
        else list(root.iter(q(MD, "EntityDescriptor")))
    found = []
    for entity in entities:
        descriptor = entity.find(q(MD, "SPSSODescriptor"))
        if descriptor is None or not entity.get("entityID"):
            continue
        certs = tuple(signing.body_to_pem(cert.text)
                      for key in descriptor.findall(q(MD, "KeyDescriptor"))
                      if key.get("use") in (None, "signing")
                      for cert in key.iter(q(DS, "X509Certificate")) if (cert.text or "").strip())
        acs = tuple((a.get("index", ""), a.get("Binding", ""), a.get("Location", ""),
                     a.get("isDefault") == "true")
                    for a in descriptor.findall(q(MD, "AssertionConsumerService")))
        services = tuple((s.get("index", ""),
                          tuple(r.get("Name", "") for r in s.findall(q(MD, "RequestedAttribute"))))
                         for s in descriptor.findall(q(MD, "AttributeConsumingService")))
        organization = _localized(entity, f"{q(MD, 'Organization')}/"
                                          f"{q(MD, 'OrganizationDisplayName')}")
        found.append(SpInfo(entity.get("entityID"), organization or entity.get("entityID"),
                            certs, acs, services))
    return found


class SpRegistry:
    def __init__(self, sources: tuple[str, ...], ca_file: str | None = None):
        self.sources = sources
        self.ca_file = ca_file
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[object, list[SpInfo]]] = {}
        self._fetched_at: dict[str, float] = {}

    def _read(self, source: str, force: bool) -> list[SpInfo]:
        is_url = source.startswith(("https://", "http://"))
        if is_url:
            last = self._fetched_at.get(source)
            if source in self._cache and (not force or time.monotonic() - last < REFETCH_INTERVAL):
                return self._cache[source][1]
            context = ssl.create_default_context(cafile=self.ca_file) \
                if self.ca_file and os.path.exists(self.ca_file) else None
            with urllib.request.urlopen(source, timeout=5, context=context) as reply:
                data = reply.read()
            self._fetched_at[source] = time.monotonic()
            stamp = None
        else:
            stamp = os.stat(source).st_mtime_ns
            if source in self._cache and self._cache[source][0] == stamp:
                return self._cache[source][1]
            with open(source, "rb") as handle:
                data = handle.read()
        sps = parse_sp_metadata(data)
        self._cache[source] = (stamp, sps)
        return sps

    def get(self, entity_id: str, force: bool = False) -> SpInfo | None:
        """The SP `entity_id`; `force` re-fetches URL sources (rate limited)."""
        with self._lock:
            for attempt in (force, True):
                for source in self.sources:
                    try:
                        sps = self._read(source, attempt)
                    except (OSError, XmlError) as exc:
                        log.warning("metadata SP %s non leggibili: %s", source, exc)
                        continue
                    for sp in sps:
                        if sp.entity_id == entity_id:
                            return sp
                if attempt:
                    break
        return None
