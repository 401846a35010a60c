"""Command line of the reference portal (see manage.py and README.md)."""

from __future__ import annotations

import argparse
import json
import os
import sys

from . import config as config_module


def _cmd_pki(args) -> int:
    from .pki import ensure_pki
    from .saml.certs import ensure_sp_certificate
    from .spid.settings import sp_settings

    written = ensure_pki(args.state, test_extras=args.test_extras)
    settings = sp_settings(config_module.build({
        "STATE_DIR": os.path.abspath(args.state), "SPID_ENTITY_ID": args.spid_entity_id,
        "SPID_IPA_CODE": args.spid_ipa_code}, environ={}))
    written += ensure_sp_certificate(os.path.dirname(settings.key_file), settings.profile)
    for path in written:
        print(f"creato {path}")
    if not written:
        print("pki: nessuna modifica")
    return 0


def _cmd_migrate(args) -> int:
    from .db import db_path
    from .migrations import migrate

    applied = migrate(db_path(os.path.abspath(args.state)))
    print("migrate: " + (f"applicate {applied}" if applied else "database già aggiornato"))
    return 0


def _cmd_seed(args) -> int:
    from .db import db_path
    from .seed import seed

    created = seed(db_path(os.path.abspath(args.state)), extra_anagrafiche=args.anagrafiche)
    print("seed: creati " + json.dumps(created, ensure_ascii=False))
    return 0


def _generated_count(text: str) -> int:
    from .seed_data import MAX_GENERATED

    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"numero non valido: {text!r}") from None
    if not 0 <= count <= MAX_GENERATED:
        raise argparse.ArgumentTypeError(f"da 0 a {MAX_GENERATED}")
    return count


def _cmd_issue_token(args) -> int:
    """Dev/test only: a session for an existing user without a login (the C++ test
    fixture uses it to get tokens without a card); prints the login answer as JSON."""
    from . import tokens
    from .db import connect, db_path
    from .domain.validation import normalise_code
    from .migrations import migrate
    from .users import basic_profile, login_user

    path = db_path(os.path.abspath(args.state))
    if not os.path.exists(path):
        print(f"issue-token: database inesistente: {path} (eseguire prima seed)", file=sys.stderr)
        return 1
    migrate(path)
    cf = normalise_code(args.codice_fiscale)
    conn = connect(path)
    try:
        row = conn.execute("SELECT id FROM users WHERE codice_fiscale = ?", (cf,)).fetchone()
        if row is None:
            print(f"issue-token: nessun utente con codice fiscale {cf}", file=sys.stderr)
            return 1
        pair = tokens.start_session(conn, row["id"], args.auth_method)
        user = login_user(basic_profile(conn, row["id"]))
    finally:
        conn.close()
    answer = {"access_token": pair.access_token, "refresh_token": pair.refresh_token,
              "expires_in": pair.expires_in, "token_type": "Bearer", "user": user}
    print(json.dumps(answer, ensure_ascii=False))
    return 0


def _cmd_serve(args) -> int:
    from .serve import serve

    return serve(args)


def _cmd_serve_cns(args) -> int:
    from .cns.server import serve_cns

    return serve_cns(args)


def _cmd_serve_idp(args) -> int:
    from .testidp.server import serve_idp

    return serve_idp(args)


def _cmd_mailsink(args) -> int:
    from .mailsink import run

    return run(os.path.abspath(args.maildir), args.port, args.host)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="manage.py",
                                     description="Portale di riferimento di Inlinea Desktop")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_state(p):
        p.add_argument("--state", default=config_module.DEFAULT_STATE_DIR,
                       help="directory di stato (database, pki)")
        return p

    p = with_state(sub.add_parser("pki", help="crea CA e certificati di sviluppo"))
    p.add_argument("--test-extras", action="store_true",
                   help="anche certificati scaduti, di altra CA e per altro host")
    p.add_argument("--spid-entity-id", default=config_module.DEFAULT_PUBLIC_URL,
                   help="entityID SPID nel certificato SP (spid-sp.pem)")
    p.add_argument("--spid-ipa-code", default=config_module.DEFAULT_IPA_CODE,
                   help="codice IPA dell'ente (organizationIdentifier PA:IT-…)")
    p.set_defaults(func=_cmd_pki)

    with_state(sub.add_parser("migrate", help="crea/aggiorna il database")).set_defaults(
        func=_cmd_migrate)
    p = with_state(sub.add_parser("seed", help="dati dimostrativi"))
    p.add_argument("--anagrafiche", type=_generated_count, default=0, metavar="N",
                   help="in più, N anagrafiche generate (valide) per il primo compilatore, "
                        "per le prove di carico (default 0)")
    p.set_defaults(func=_cmd_seed)

    p = with_state(sub.add_parser(
        "issue-token",
        help="(solo sviluppo e test) apre una sessione per un utente esistente e stampa i token"))
    p.add_argument("--codice-fiscale", required=True, help="codice fiscale dell'utente")
    p.add_argument("--auth-method", choices=("cns", "spid", "password"), default="cns",
                   help="metodo di accesso registrato nella sessione (default cns)")
    p.set_defaults(func=_cmd_issue_token)

    p = with_state(sub.add_parser("serve", help="avvia il portale (gunicorn, TLS)"))
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--flavour", choices=config_module.FLAVOURS, default="inlinea")
    p.add_argument("--name", default=None, help="nome del portale")
    p.add_argument("--smtp-host", default="127.0.0.1")
    p.add_argument("--smtp-port", type=int, default=2525)
    p.add_argument("--cert", default=None)
    p.add_argument("--key", default=None)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--legacy-credentials", action="store_true",
                   help="(inlinea) accetta anche le vecchie credenziali degli account esistenti")
    p.add_argument("--cns-port", type=int, default=None,
                   help="porta di `serve-cns` da indicare in /api/v1/info (cns_login_url)")
    p.add_argument("--public-url", default=None,
                   help="URL del portale per il browser (default https://localhost:PORT): "
                        "ACS e link delle email")
    p.add_argument("--spid-entity-id", default=None, help="entityID SPID (default: --public-url)")
    p.add_argument("--spid-ipa-code", default=None, help="codice IPA dell'ente")
    p.add_argument("--spid-idp-metadata-dir", default=None,
                   help="cartella dei metadata degli IdP SPID (default DIR/spid-idp)")
    p.set_defaults(func=_cmd_serve)

    p = with_state(sub.add_parser("serve-idp", help="IdP SPID di test (gunicorn, TLS)"))
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--public-url", default=None,
                   help="URL dell'IdP ed entityID (default https://localhost:PORT)")
    p.add_argument("--sp-metadata", action="append", default=None,
                   help="metadata di un SP: file o URL https (ripetibile; default "
                        "DIR/spid-sp/metadata.xml)")
    p.add_argument("--test-mode", action="store_true",
                   help="abilita il parametro break (risposte difettose) e /test/*")
    p.add_argument("--cert", default=None)
    p.add_argument("--key", default=None)
    p.add_argument("--threads", type=int, default=4)
    p.set_defaults(func=_cmd_serve_idp)

    p = with_state(sub.add_parser("serve-cns",
                                  help="accesso con CNS: TLS con certificato client (pyOpenSSL)"))
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--cns-ca", required=True, help="certificato della CA delle CNS (PEM)")
    p.add_argument("--cns-crl", required=True, help="CRL della CA delle CNS (PEM)")
    p.add_argument("--cert", default=None)
    p.add_argument("--key", default=None)
    p.set_defaults(func=_cmd_serve_cns)

    p = sub.add_parser("mailsink", help="server SMTP locale che salva in una Maildir")
    p.add_argument("--maildir", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--host", default="127.0.0.1")
    p.set_defaults(func=_cmd_mailsink)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
