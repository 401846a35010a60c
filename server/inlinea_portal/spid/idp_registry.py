"""The identity providers the SP trusts: every *.xml metadata file of a folder.

The folder is re-read whenever it changes (names, sizes or modification times of its
files), so a renewed IdP certificate is picked up without a restart. Signatures of
responses are verified only with the signing certificates found here.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass

from ..saml import signing
from ..saml.ns import DS, MD, XML_LANG, q
from ..saml.xml import XmlError, parse

log = logging.getLogger("inlinea_portal.spid")


@dataclass(frozen=True)
class IdpInfo:
    entity_id: str
    name: str
    sso: tuple[tuple[str, str], ...]   # (binding, location)
    certs: tuple[str, ...]             # signing certificates, PEM
    source: str

    def sso_location(self, binding: str) -> str | None:
        for candidate, location in self.sso:
            if candidate == binding:
                return location
        return None


def _display_name(entity) -> str:
    names = entity.findall(f"{q(MD, 'Organization')}/{q(MD, 'OrganizationDisplayName')}")
    for preferred in ("it", None):
        for element in names:
            if preferred is None or element.get(XML_LANG) == preferred:
                if (element.text or "").strip():
                    return element.text.strip()
    return entity.get("entityID")


def parse_idp_metadata(data: bytes, source: str) -> list[IdpInfo]:
    """IdPs described by one metadata document (EntityDescriptor or EntitiesDescriptor)."""
    root = parse(data)
    if root.tag == q(MD, "EntityDescriptor"):
        entities = [root]
    elif root.tag == q(MD, "EntitiesDescriptor"):
        entities = list(root.iter(q(MD, "EntityDescriptor")))
    else:
        raise XmlError("non è un documento di metadata SAML")
    found = []
    for entity in entities:
        entity_id = (entity.get("entityID") or "").strip()
        descriptor = entity.find(q(MD, "IDPSSODescriptor"))
        if not entity_id or descriptor is None:
            continue
        certs = []
        for key in descriptor.findall(q(MD, "KeyDescriptor")):
            if key.get("use") not in (None, "signing"):
                continue
            for cert in key.iter(q(DS, "X509Certificate")):
                if (cert.text or "").strip():
                    certs.append(signing.body_to_pem(cert.text))
        sso = tuple((service.get("Binding") or "", service.get("Location") or "")
                    for service in descriptor.findall(q(MD, "SingleSignOnService")))
        found.append(IdpInfo(entity_id, _display_name(entity), sso, tuple(certs), source))
    return found


class IdpRegistry:
    def __init__(self, folder: str):
        self.folder = folder
        self._lock = threading.Lock()
        self._stamp = None
        self._idps: dict[str, IdpInfo] = {}

    def _current_stamp(self):
        try:
            with os.scandir(self.folder) as entries:
                files = sorted((entry.name, entry.stat().st_mtime_ns, entry.stat().st_size)
                               for entry in entries
                               if entry.name.endswith(".xml") and entry.is_file())
        except FileNotFoundError:
            return ()
        return tuple(files)

    def _load(self, stamp) -> dict[str, IdpInfo]:
        idps: dict[str, IdpInfo] = {}
        for name, _mtime, _size in stamp:
            path = os.path.join(self.folder, name)
            try:
                with open(path, "rb") as handle:
                    for idp in parse_idp_metadata(handle.read(), name):
                        if not idp.certs:
                            log.warning("metadata IdP %s (%s): nessun certificato di firma, "
                                        "ignorato", idp.entity_id, name)
                            continue
                        idps.setdefault(idp.entity_id, idp)
            except (OSError, XmlError) as exc:
                log.warning("metadata IdP %s illeggibile: %s", path, exc)
        log.info("metadata IdP caricati da %s: %s", self.folder, sorted(idps) or "nessuno")
        return idps

    def _refresh(self) -> dict[str, IdpInfo]:
        stamp = self._current_stamp()
        with self._lock:
            if stamp != self._stamp:
                self._idps, self._stamp = self._load(stamp), stamp
            return self._idps

    def all(self) -> list[IdpInfo]:
        return sorted(self._refresh().values(), key=lambda idp: (idp.name.lower(), idp.entity_id))

    def get(self, entity_id: str) -> IdpInfo | None:
        return self._refresh().get(entity_id)
