"""`manage.py serve-idp`: the test SPID IdP behind gunicorn with real TLS (foreground).

Before exec'ing gunicorn (one worker: login sessions live in memory) it makes sure of
the dev TLS certificate and of the IdP signing key (<state>/pki/spid-idp.*), and writes
the signed IdP metadata to <state>/spid-idp/metadata.xml, the SP's default IdP folder.
"""

from __future__ import annotations

import os
import sys

from ..pki import ensure_pki
from ..saml.certs import ensure_idp_certificate
from ..serve import build_command
from .metadata import write_idp_metadata
from .settings import IdpSettings, default_paths


def serve_idp(args) -> int:
    state = os.path.abspath(args.state)
    if (args.cert is None) != (args.key is None):
        print("serve-idp: indicare sia --cert sia --key, oppure nessuno dei due", file=sys.stderr)
        return 2
    ensure_pki(state)
    cert = os.path.abspath(args.cert) if args.cert else os.path.join(state, "pki", "server.pem")
    key = os.path.abspath(args.key) if args.key else os.path.join(state, "pki", "server.key")
    public_url = (args.public_url or f"https://localhost:{args.port}").rstrip("/")
    paths = default_paths(state)
    ensure_idp_certificate(os.path.join(state, "pki"), public_url)
    sources = tuple(source if source.startswith(("https://", "http://")) else os.path.abspath(source)
                    for source in (args.sp_metadata or paths["sp_metadata"]))
    settings = IdpSettings(public_url, paths["key_file"], paths["cert_file"], sources,
                           paths["ca_file"], args.test_mode, paths["metadata_file"])
    write_idp_metadata(settings, settings.metadata_file)
    print(f"serve-idp: metadata in {settings.metadata_file}"
          f"{' (modalità di test)' if args.test_mode else ''}", file=sys.stderr)

    os.environ.update({
        "INLINEA_IDP_STATE": state,
        "INLINEA_IDP_PUBLIC_URL": public_url,
        "INLINEA_IDP_SP_METADATA": "\n".join(sources),
        "INLINEA_IDP_TEST_MODE": "1" if args.test_mode else "0",
    })
    command = build_command(args.port, args.host, cert, key, workers=1, threads=args.threads,
                            app="inlinea_portal.testidp.wsgi:app", name="inlinea-test-idp")
    sys.stdout.flush()
    sys.stderr.flush()
    os.execvp(command[0], command)
    return 1  # not reached
