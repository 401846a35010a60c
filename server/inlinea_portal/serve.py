"""`manage.py serve`: migrate, then exec gunicorn with real TLS in the foreground.

Because of the exec, the process the caller started becomes the gunicorn master;
SIGTERM to it stops the workers and the server.
"""

from __future__ import annotations

import os
import sys

from . import config as config_module
from .db import db_path
from .migrations import migrate
from .pki import ensure_pki

GUNICORN = "/usr/bin/gunicorn"
CONF_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gunicorn_conf.py")


def bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def build_command(port: int, host: str, cert: str, key: str, workers: int, threads: int,
                  app: str = "inlinea_portal.wsgi:app", name: str = "inlinea-portal") -> list[str]:
    return [
        GUNICORN,
        "-c", CONF_FILE,
        "--bind", bind_address(host, port),
        "--certfile", cert,
        "--keyfile", key,
        "--workers", str(workers),
        "--threads", str(threads),
        "--chdir", config_module.SERVER_DIR,
        "--name", f"{name}:{port}",
        app,
    ]


def build_environment(state: str, flavour: str, name: str | None, smtp_host: str,
                      smtp_port: int, legacy_credentials: bool,
                      cns_port: int | None = None) -> dict:
    env = {
        "INLINEA_STATE": state,
        "INLINEA_FLAVOUR": flavour,
        "INLINEA_SMTP_HOST": smtp_host,
        "INLINEA_SMTP_PORT": str(smtp_port),
    }
    if name:
        env["INLINEA_NAME"] = name
    if legacy_credentials:
        env["INLINEA_LEGACY_CREDENTIALS"] = "1"
    if cns_port:
        env["INLINEA_CNS_PORT"] = str(cns_port)
    return env


def spid_environment(public_url: str, entity_id: str | None, ipa_code: str | None,
                     idp_metadata_dir: str) -> dict:
    env = {"INLINEA_PUBLIC_URL": public_url, "INLINEA_SPID_IDP_METADATA_DIR": idp_metadata_dir}
    if entity_id:
        env["INLINEA_SPID_ENTITY_ID"] = entity_id
    if ipa_code:
        env["INLINEA_SPID_IPA_CODE"] = ipa_code
    return env


def prepare_spid(env: dict) -> None:
    """The SP certificate for this entityID (AgID profile) and <state>/spid-sp/metadata.xml
    (the test IdP's default SP metadata); the IdP metadata folder exists."""
    from .saml.certs import ensure_sp_certificate
    from .spid.settings import sp_settings
    from .spid.sp_metadata import write_sp_metadata

    settings = sp_settings(config_module.build(None, env))
    ensure_sp_certificate(os.path.dirname(settings.key_file), settings.profile)
    write_sp_metadata(settings, os.path.join(env["INLINEA_STATE"], "spid-sp", "metadata.xml"))
    os.makedirs(settings.idp_metadata_dir, exist_ok=True)


def serve(args) -> int:
    state = os.path.abspath(args.state)  # gunicorn changes directory: no relative paths
    if (args.cert is None) != (args.key is None):
        print("serve: indicare sia --cert sia --key, oppure nessuno dei due", file=sys.stderr)
        return 2
    if args.cert is None:
        ensure_pki(state)
        cert = os.path.join(state, "pki", "server.pem")
        key = os.path.join(state, "pki", "server.key")
    else:
        cert, key = os.path.abspath(args.cert), os.path.abspath(args.key)
    config_module.build({"FLAVOUR": args.flavour})  # fail early on a bad flavour
    migrate(db_path(state))

    env = build_environment(state, args.flavour, args.name, args.smtp_host, args.smtp_port,
                            args.legacy_credentials, args.cns_port)
    env.update(spid_environment(
        (args.public_url or f"https://localhost:{args.port}").rstrip("/"), args.spid_entity_id,
        args.spid_ipa_code,
        os.path.abspath(args.spid_idp_metadata_dir or os.path.join(state, "spid-idp"))))
    prepare_spid(env)
    os.environ.update(env)
    command = build_command(args.port, args.host, cert, key, args.workers, args.threads)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execvp(command[0], command)
    return 1  # not reached
