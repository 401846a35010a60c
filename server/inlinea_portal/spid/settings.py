"""The SPID service provider's settings, derived from the app config (config.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..saml.certs import SP_PREFIX, SpProfile

ACS_PATH = "/spid/acs"
SLO_PATH = "/spid/slo"
METADATA_PATH = "/spid/metadata"
LOGIN_PATH = "/auth/spid/login"
DONE_PATH = "/auth/spid/done"


@dataclass(frozen=True)
class SpSettings:
    entity_id: str
    public_url: str          # https://host:port the browser reaches the portal at
    ipa_code: str
    organization: str        # the authority (OrganizationName, consent page)
    service_name: str        # the portal's name (ServiceName, certificate CN)
    contact_email: str
    key_file: str
    cert_file: str
    idp_metadata_dir: str
    binding: str             # redirect | post (for AuthnRequests)

    @property
    def acs_url(self) -> str:
        return self.public_url + ACS_PATH

    @property
    def slo_url(self) -> str:
        return self.public_url + SLO_PATH

    @property
    def profile(self) -> SpProfile:
        return SpProfile(self.entity_id, self.ipa_code, self.organization, self.service_name)

    def read_cert(self) -> str:
        with open(self.cert_file, encoding="ascii") as handle:
            return handle.read()


def sp_settings(config) -> SpSettings:
    state = config["STATE_DIR"]
    pki = os.path.join(state, "pki")
    public_url = config["PUBLIC_URL"].rstrip("/")
    return SpSettings(
        entity_id=config.get("SPID_ENTITY_ID") or public_url,
        public_url=public_url,
        ipa_code=config["SPID_IPA_CODE"],
        organization=config["AUTHORITY"],
        service_name=config["PORTAL_NAME"],
        contact_email=config["SPID_CONTACT_EMAIL"],
        key_file=config.get("SPID_KEY_FILE") or os.path.join(pki, SP_PREFIX + ".key"),
        cert_file=config.get("SPID_CERT_FILE") or os.path.join(pki, SP_PREFIX + ".pem"),
        idp_metadata_dir=config.get("SPID_IDP_METADATA_DIR") or os.path.join(state, "spid-idp"),
        binding=config["SPID_BINDING"],
    )
