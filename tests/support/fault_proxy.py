#!/usr/bin/python3
"""A fault-injecting HTTPS proxy between the app and the reference portal (tests only).

    fault_proxy.py --listen-port P --upstream https://localhost:Q --cert C --key K --ca CA \
                   --rules RULES.json --log LOG.jsonl

It terminates TLS with the portal's own certificate (so the app verifies it against the dev CA
as usual), and sends every request to the portal over a new TLS connection verified with the
same CA: a fresh upstream connection per request means the proxy never re-sends a request
because a kept-alive connection went stale, so every duplicate a test sees is one it asked for.
Requests and answers keep their headers as they are (Authorization, Idempotency-Key, If-Match,
Content-Range, ETag, Idempotency-Replayed...), apart from the hop-by-hop ones.

Faults come from RULES.json, read again for every request (write it atomically):

    {"rules": [{"id": "1", "method": "POST", "path": "^/api/v1/anagrafiche$",
                "fault": "drop_after", "count": 1}]}

`method` (optional, any when missing or "*"), `path` a regular expression searched in the
path without the query string, `count` how many of the next matching requests the rule hits
(default 1; -1 for all of them), `seconds` for delay_after, `bytes` for reset_mid_body (how
much of the body is read before the connection is closed; default half of it),
`partial_answer` for drop_after (true: the status line, the headers and half of the body go
out before the close; default false). The first rule that matches and still has hits left
applies. Hits are counted per `id` in memory, so a rewritten file keeps the hits of the rules
it still holds; give every rule its own id.

Beware: Qt (6.4) sends a request again, even a POST, when the connection closes before the
answer's headers arrived (up to a few times in a row; each good answer refills the budget):
one drop_before/drop_after is then invisible to the app, apart from the second delivery that
follows a drop_after. To make the app see the error, drop every attempt (count -1) or, for
drop_after, send part of the answer first (partial_answer).

Faults: drop_before, drop_after, status_500, status_500_after, delay_after, duplicate,
reset_mid_body (see FAULTS).

Every request leaves one JSON line in LOG.jsonl, written before the client can see the
outcome (for delay_after: before the delay):
    {"seq", "time", "connection", "method", "path", "fault", "rule", "forwarded",
     "upstream_status", "upstream_statuses", "client_status", "outcome", "error"}
`forwarded` is how many times the request reached the portal; `client_status` is the status
the client is sent (null when it gets none); `outcome` is one of answered, dropped, reset,
delayed, upstream_error (portal unreachable: 502 problem+json), rejected (chunked body or
broken rules file), client_gone (the client closed before sending its whole body).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import re
import socket
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = {
    "drop_before": "close the client connection without forwarding",
    "drop_after": "forward, then close the client connection without the answer",
    "status_500": "answer 500 problem+json without forwarding",
    "status_500_after": "forward, then answer 500 instead of the portal's answer",
    "delay_after": "forward, then hold the answer for `seconds`",
    "duplicate": "forward twice, answer with the second answer",
    "reset_mid_body": "read `bytes` of the body, then close",
}

# Meaningful for one connection only: never passed on.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authenticate",
              "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"}

UPSTREAM_TIMEOUT = 120
CLIENT_IDLE_TIMEOUT = 120


class Rules:
    """The rules file, read again for every request, and the hits each rule has had."""

    def __init__(self, path: str):
        self.path = path
        self.lock = threading.Lock()
        self.hits: dict[str, int] = {}

    def _load(self) -> list[dict]:
        try:
            with open(self.path, encoding="utf-8") as handle:
                text = handle.read()
        except FileNotFoundError:
            return []
        if not text.strip():
            return []
        data = json.loads(text)
        rules = data.get("rules", []) if isinstance(data, dict) else data
        for index, rule in enumerate(rules):
            if rule.get("fault") not in FAULTS:
                raise ValueError(f"rule {index}: unknown fault {rule.get('fault')!r}")
            rule.setdefault("id", json.dumps(rule, sort_keys=True))
        return rules

    def take(self, method: str, path: str) -> dict | None:
        """The rule that applies to this request (its hit counted), or None."""
        with self.lock:
            for rule in self._load():
                wanted = str(rule.get("method") or "*").upper()
                if wanted not in ("*", method.upper()):
                    continue
                if not re.search(rule.get("path") or "", path):
                    continue
                key = str(rule["id"])
                count = int(rule.get("count", 1))
                used = self.hits.get(key, 0)
                if 0 <= count <= used:
                    continue
                self.hits[key] = used + 1
                return rule
        return None


class Log:
    def __init__(self, path: str):
        self.lock = threading.Lock()
        self.seq = itertools.count(1)
        self.handle = open(path, "a", encoding="utf-8")

    def write(self, entry: dict) -> None:
        with self.lock:
            entry = {"seq": next(self.seq), "time": round(time.time(), 3), **entry}
            self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self.handle.flush()


class Upstream:
    def __init__(self, url: str, cafile: str):
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme != "https" or not parsed.hostname or not parsed.port:
            raise ValueError(f"upstream must be https://host:port, not {url!r}")
        self.host, self.port = parsed.hostname, parsed.port
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self.context.load_verify_locations(cafile=cafile)

    def send(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes):
        """(status, reason, headers, body) of the portal's answer; raises OSError and
        http.client.HTTPException."""
        connection = http.client.HTTPSConnection(self.host, self.port, context=self.context,
                                                 timeout=UPSTREAM_TIMEOUT)
        try:
            connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                connection.putheader(name, value)
            connection.endheaders(body if body else None)
            response = connection.getresponse()
            data = response.read()
            return response.status, response.reason, response.getheaders(), data
        finally:
            connection.close()


def problem_500() -> tuple[int, str, list[tuple[str, str]], bytes]:
    body = json.dumps({
        "type": "urn:inlinea:problem:internal_error",
        "title": "Errore interno del server",
        "status": 500,
        "detail": "Errore simulato dal proxy di test.",
        "code": "internal_error",
    }).encode()
    return 500, "INTERNAL SERVER ERROR", [("Content-Type", "application/problem+json")], body


def problem_502(why: str) -> tuple[int, str, list[tuple[str, str]], bytes]:
    body = json.dumps({
        "type": "urn:inlinea:problem:bad_gateway",
        "title": "Portale non raggiungibile",
        "status": 502,
        "detail": f"Il proxy di test non raggiunge il portale: {why}",
        "code": "bad_gateway",
    }).encode()
    return 502, "BAD GATEWAY", [("Content-Type", "application/problem+json")], body


class ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "FaultProxy"

    def setup(self):
        super().setup()
        self.connection_id = next(self.server.connection_ids)

    def log_message(self, format, *args):  # noqa: A002 - the JSON log is the log
        pass

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (OSError, ValueError, http.client.HTTPException):
            # The client went away (or sent garbage): nothing to answer.
            self.close_connection = True

    def _entry(self, **fields) -> dict:
        entry = {"connection": self.connection_id, "method": self.command, "path": self.path,
                 "fault": None, "rule": None, "forwarded": 0, "upstream_status": None,
                 "upstream_statuses": [], "client_status": None, "outcome": None, "error": None}
        entry.update(fields)
        return entry

    def _body_length(self) -> int | None:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return None
        return int(self.headers.get("Content-Length") or 0)

    def _serialize(self, status: int, reason: str, headers: list[tuple[str, str]],
                   body: bytes) -> bytes:
        lines = [f"HTTP/1.1 {status} {reason}"]
        has_length = False
        for name, value in headers:
            lower = name.lower()
            if lower in HOP_BY_HOP:
                continue
            if lower == "content-length":
                if self.command != "HEAD":
                    value = str(len(body))
                has_length = True
            lines.append(f"{name}: {value}")
        if not has_length and status >= 200 and status not in (204, 304):
            lines.append(f"Content-Length: {len(body)}")
        if self.close_connection:
            lines.append("Connection: close")
        payload = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        return payload if self.command == "HEAD" else payload + body

    def _answer(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes):
        self.wfile.write(self._serialize(status, reason, headers, body))
        self.wfile.flush()

    def _drop(self):
        self.close_connection = True
        try:
            # Half-close so the client sees the end of the stream right away, with no answer.
            self.request.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _proxy(self):
        path_only = urllib.parse.urlsplit(self.path).path
        if (self.headers.get("Connection") or "").lower() == "close":
            self.close_connection = True
        length = self._body_length()
        if length is None:
            self.close_connection = True
            self.server.log.write(self._entry(outcome="rejected", client_status=501,
                                              error="chunked request bodies are not supported"))
            self._answer(501, "NOT IMPLEMENTED", [("Content-Type", "text/plain")],
                         b"fault_proxy: chunked request bodies are not supported\n")
            return
        try:
            rule = self.server.rules.take(self.command, path_only)
        except (OSError, ValueError) as error:
            self.close_connection = True
            self.server.log.write(self._entry(outcome="rejected", client_status=500,
                                              error=f"rules file: {error}"))
            self._answer(500, "INTERNAL SERVER ERROR", [("Content-Type", "text/plain")],
                         f"fault_proxy: rules file: {error}\n".encode())
            return
        fault = rule["fault"] if rule else None
        base = {"fault": fault, "rule": rule["id"] if rule else None}

        if fault == "reset_mid_body":
            wanted = int(rule.get("bytes", length // 2))
            received = len(self.rfile.read(min(max(wanted, 0), length))) if length else 0
            self.server.log.write(self._entry(**base, outcome="reset",
                                              error=f"closed after {received} of {length} body bytes"))
            self._drop()
            return

        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            self.close_connection = True
            self.server.log.write(self._entry(**base, outcome="client_gone",
                                              error=f"client sent {len(body)} of {length} bytes"))
            return

        if fault == "drop_before":
            self.server.log.write(self._entry(**base, outcome="dropped"))
            self._drop()
            return
        if fault == "status_500":
            self.server.log.write(self._entry(**base, outcome="answered", client_status=500))
            self._answer(*problem_500())
            return

        headers = [(name, value) for name, value in self.headers.items()
                   if name.lower() not in HOP_BY_HOP]
        statuses = []
        answer = None
        for _ in range(2 if fault == "duplicate" else 1):
            try:
                answer = self.server.upstream.send(self.command, self.path, headers, body)
            except (OSError, http.client.HTTPException) as error:
                answer = problem_502(str(error) or type(error).__name__)
                self.server.log.write(self._entry(**base, forwarded=len(statuses),
                                                  upstream_statuses=statuses,
                                                  upstream_status=statuses[-1] if statuses else None,
                                                  outcome="upstream_error", client_status=502,
                                                  error=str(error) or type(error).__name__))
                self._answer(*answer)
                return
            statuses.append(answer[0])
        done = {**base, "forwarded": len(statuses), "upstream_statuses": statuses,
                "upstream_status": statuses[-1]}

        if fault == "drop_after":
            partial = b""
            if rule.get("partial_answer"):
                whole = self._serialize(*answer)
                partial = whole[:len(whole) - max(len(answer[3]) - len(answer[3]) // 2, 1)]
            self.server.log.write(self._entry(**done, outcome="dropped",
                                              error=f"sent {len(partial)} bytes of the answer"
                                              if partial else None))
            if partial:
                self.wfile.write(partial)
                self.wfile.flush()
            self._drop()
            return
        if fault == "status_500_after":
            self.server.log.write(self._entry(**done, outcome="answered", client_status=500))
            self._answer(*problem_500())
            return
        if fault == "delay_after":
            seconds = float(rule.get("seconds", 30))
            self.server.log.write(self._entry(**done, outcome="delayed", client_status=answer[0],
                                              error=f"answer held for {seconds}s"))
            time.sleep(seconds)
            self._answer(*answer)
            return
        self.server.log.write(self._entry(**done, outcome="answered", client_status=answer[0]))
        self._answer(*answer)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _proxy


class FaultProxy(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, context: ssl.SSLContext, upstream: Upstream, rules: Rules,
                 log: Log):
        self.context, self.upstream, self.rules, self.log = context, upstream, rules, log
        self.connection_ids = itertools.count(1)
        super().__init__(("127.0.0.1", port), ProxyHandler)

    def finish_request(self, request, client_address):
        # The handshake runs in the connection's own thread: a stalled client blocks nobody.
        request.settimeout(CLIENT_IDLE_TIMEOUT)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            return
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            try:
                tls.close()
            except OSError:
                pass

    def handle_error(self, request, client_address):
        # A client that disconnects is part of the game; anything else goes to stderr briefly.
        error = sys.exc_info()[1]
        if not isinstance(error, (OSError, ssl.SSLError)):
            print(f"fault_proxy: {type(error).__name__}: {error}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen-port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="https://localhost:PORT")
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--ca", required=True, help="CA that signed the upstream's certificate")
    parser.add_argument("--rules", required=True)
    parser.add_argument("--log", required=True)
    args = parser.parse_args(argv)

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    try:
        server = FaultProxy(args.listen_port, context, Upstream(args.upstream, args.ca),
                            Rules(args.rules), Log(args.log))
    except OSError as error:
        print(f"fault_proxy: cannot listen on {args.listen_port}: {error}", file=sys.stderr,
              flush=True)
        return 1
    print("ready", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
