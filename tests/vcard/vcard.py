#!/usr/bin/python3
"""Virtual Italian CNS card for the real pcscd, through the vsmartcard vpcd reader driver.

Usage: vcard.py --state DIR --person mario [--pin 12345] [--puk 12345678]
                [--host 127.0.0.1] [--port 35963] [--expired | --revoked | --wrong-policy]
                [--remove-after N] [--cns-version 0x11] [--chain-responses] [--chunk-size 128]
                [--strict-le] [--reset-state] [--connect-timeout 10] [--verbose]

stdout: "vcard: ready" once vpcd powered the card; "vcard: apdus=<n>" on exit.
stderr (--verbose): one line per APDU (header and status word; PIN/PUK data masked).
Exit status 0 on SIGTERM/SIGINT, card removal or vpcd closing; 2 when vpcd is unreachable.
"""

from __future__ import annotations

import argparse
import signal
import sys

import atr
import people
import provision
import vpcd
from card import CnsCard


class Terminated(Exception):
    pass


def _on_signal(signum, frame):
    raise Terminated()


def _parse(argv):
    p = argparse.ArgumentParser(description="virtual CNS smart card (vpcd client)")
    p.add_argument("--state", required=True, help="state folder (CA, keys, certificates, PINs)")
    p.add_argument("--person", required=True, choices=sorted(people.PEOPLE))
    p.add_argument("--pin", help="PIN when the card state is created (default 12345)")
    p.add_argument("--puk", help="PUK when the card state is created (default 12345678)")
    p.add_argument("--reset-state", action="store_true",
                   help="recreate state.json (PIN/PUK values and full try counters)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=vpcd.DEFAULT_PORT)
    p.add_argument("--connect-timeout", type=float, default=10.0)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--expired", action="store_true", help="certificate expired yesterday")
    group.add_argument("--revoked", action="store_true", help="certificate listed in the CRL")
    group.add_argument("--wrong-policy", action="store_true", help="certificate without the CNS policy")
    p.add_argument("--remove-after", type=int, metavar="N",
                   help="answer N APDUs, then drop the connection on the next one (card removed)")
    p.add_argument("--cns-version", type=lambda s: int(s, 0), default=atr.DEFAULT_CNS_VERSION,
                   help="CNS version byte in the ATR (default 0x11: RSA-2048)")
    p.add_argument("--chain-responses", action="store_true",
                   help="answer long responses with 61xx and serve them through GET RESPONSE")
    p.add_argument("--chunk-size", type=int, default=128,
                   help="bytes per GET RESPONSE in --chain-responses mode")
    p.add_argument("--strict-le", action="store_true",
                   help="READ BINARY past the end answers 6Cxx instead of data + 6282")
    p.add_argument("--verbose", action="store_true", help="log APDUs to stderr")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = _parse(argv)
    variant = ("expired" if args.expired else "revoked" if args.revoked
               else "wrong-policy" if args.wrong_policy else "valid")
    log = (lambda line: print(f"vcard: {line}", file=sys.stderr, flush=True)) if args.verbose else None
    files, key, state, _cert = provision.provision(args.state, args.person, variant, args.pin,
                                                   args.puk, args.reset_state)
    card = CnsCard(files, key, state, cns_version=args.cns_version,
                   chain_responses=args.chain_responses, chunk_size=args.chunk_size,
                   strict_le=args.strict_le, log=log)
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    link = None
    try:
        try:
            sock = vpcd.connect(args.host, args.port, args.connect_timeout)
        except OSError as e:
            print(f"vcard: cannot reach vpcd at {args.host}:{args.port}: {e}", file=sys.stderr)
            return 2
        link = vpcd.VpcdLink(sock, card, args.remove_after,
                             on_ready=lambda: print("vcard: ready", flush=True), log=log)
        reason = link.serve()
        if log:
            log(f"link ended: {reason}")
    except Terminated:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if link is not None:
            link.close()
        print(f"vcard: apdus={link.apdus if link else 0}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
