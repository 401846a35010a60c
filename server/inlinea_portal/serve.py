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


def build_command(port: int, host: str, cert: str, key: str,
                  workers: int, threads: int) -> list[str]:
    return [
        GUNICORN,
        "-c", CONF_FILE,
        "--bind", bind_address(host, port),
        "--certfile", cert,
        "--keyfile", key,
        "--workers", str(workers),
        "--threads", str(threads),
        "--chdir", config_module.SERVER_DIR,
        "--name", f"inlinea-portal:{port}",
        "inlinea_portal.wsgi:app",
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

    os.environ.update(build_environment(state, args.flavour, args.name, args.smtp_host,
                                        args.smtp_port, args.legacy_credentials,
                                        args.cns_port))
    command = build_command(args.port, args.host, cert, key, args.workers, args.threads)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execvp(command[0], command)
    return 1  # not reached
