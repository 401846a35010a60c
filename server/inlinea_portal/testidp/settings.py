"""Settings of the test IdP (`manage.py serve-idp` passes them as INLINEA_IDP_* variables)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..saml.certs import IDP_PREFIX

DEFAULT_NAME = "IdP di test Inlinea"


@dataclass(frozen=True)
class IdpSettings:
    public_url: str                  # https://localhost:PORT, also the entityID
    key_file: str
    cert_file: str
    sp_metadata: tuple[str, ...]     # files or https URLs of SP metadata
    ca_file: str | None              # trust for https SP metadata URLs (the dev CA)
    test_mode: bool                  # the `break` switch for broken responses
    metadata_file: str | None        # where to write our own metadata, if anywhere
    name: str = DEFAULT_NAME

    @property
    def entity_id(self) -> str:
        return self.public_url

    @property
    def sso_url(self) -> str:
        return self.public_url + "/sso"

    @property
    def slo_url(self) -> str:
        return self.public_url + "/slo"

    def read_cert(self) -> str:
        with open(self.cert_file, encoding="ascii") as handle:
            return handle.read()


def default_paths(state_dir: str) -> dict:
    state = os.path.abspath(state_dir)
    return {
        "key_file": os.path.join(state, "pki", IDP_PREFIX + ".key"),
        "cert_file": os.path.join(state, "pki", IDP_PREFIX + ".pem"),
        "ca_file": os.path.join(state, "pki", "ca.pem"),
        "metadata_file": os.path.join(state, "spid-idp", "metadata.xml"),
        "sp_metadata": (os.path.join(state, "spid-sp", "metadata.xml"),),
    }


def from_env(environ=None) -> IdpSettings:
    env = os.environ if environ is None else environ
    paths = default_paths(env.get("INLINEA_IDP_STATE") or ".")
    sources = tuple(s for s in (env.get("INLINEA_IDP_SP_METADATA") or "").split("\n") if s)
    return IdpSettings(
        public_url=(env.get("INLINEA_IDP_PUBLIC_URL") or "https://localhost:8446").rstrip("/"),
        key_file=paths["key_file"],
        cert_file=paths["cert_file"],
        sp_metadata=sources or paths["sp_metadata"],
        ca_file=paths["ca_file"],
        test_mode=env.get("INLINEA_IDP_TEST_MODE") == "1",
        metadata_file=None,   # `serve-idp` writes it before starting the server
    )
