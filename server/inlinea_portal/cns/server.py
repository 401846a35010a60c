"""`manage.py serve-cns`: the CNS login port, TLS with client certificates (pyOpenSSL).

Python's ssl module (and so gunicorn) aborts the handshake itself when a client
certificate does not verify, and the client only sees "handshake failure". Here
pyOpenSSL asks for a certificate (VERIFY_PEER, CNS CA as the only acceptable CA),
its verify callback records OpenSSL's complaints but accepts, and the app
(cns/app.py, cns/checks.py) decides and explains the refusal in problem+json.

HTTP is wsgiref's, one request per connection, on a ThreadingMixIn server whose
accepted sockets are wrapped in TlsStream (a small socket-like adapter: pyOpenSSL
connections have no makefile, and the sockets are non-blocking with select-based
timeouts so that a silent client cannot hold a thread forever).
"""

from __future__ import annotations

import io
import logging
import os
import select
import signal
import socket
import socketserver
import sys
import threading
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from OpenSSL import SSL, crypto

from ..db import db_path
from ..migrations import migrate
from ..pki import ensure_pki
from .app import TLS_ENVIRON_KEY, TlsPeer, create_cns_app
from .checks import CnsTrust

IO_TIMEOUT = 30.0
log = logging.getLogger("inlinea_portal.cns.server")
access_log = logging.getLogger("inlinea_portal.cns.access")


def _record_verify_error(conn: SSL.Connection, cert, errno: int, depth: int, ok: int) -> bool:
    """OpenSSL's verify callback: note the error, accept anyway (the app decides)."""
    if not ok:
        conn.get_app_data().handshake_errors.append((errno, depth))
    return True


def make_context(cert_file: str, key_file: str, trust: CnsTrust) -> SSL.Context:
    context = SSL.Context(SSL.TLS_SERVER_METHOD)
    context.set_min_proto_version(SSL.TLS1_2_VERSION)  # TLS 1.2 and 1.3
    context.use_certificate_chain_file(cert_file)
    context.use_privatekey_file(key_file)
    context.check_privatekey()
    context.load_verify_locations(trust.ca_path)
    context.set_client_ca_list([trust.ca_subject()])
    # Not VERIFY_FAIL_IF_NO_PEER_CERT: a client without a certificate gets an HTTP
    # answer (cns_no_certificate) instead of a handshake alert.
    context.set_verify(SSL.VERIFY_PEER, _record_verify_error)
    context.set_session_id(b"inlinea-cns")
    context.set_session_cache_mode(SSL.SESS_CACHE_OFF)  # every login: full handshake
    context.set_options(SSL.OP_NO_TICKET | SSL.OP_NO_COMPRESSION)
    return context


class TlsStream:
    """Just enough of a socket for socketserver/wsgiref, over an SSL.Connection."""

    def __init__(self, context: SSL.Context, sock: socket.socket, timeout: float):
        self.sock, self.timeout = sock, timeout
        sock.setblocking(False)
        self.peer = TlsPeer()
        self.conn = SSL.Connection(context, sock)
        self.conn.set_app_data(self.peer)
        self.conn.set_accept_state()

    def _wait(self, for_write: bool) -> None:
        readers, writers = ([], [self.sock]) if for_write else ([self.sock], [])
        ready = select.select(readers, writers, [], self.timeout)
        if not (ready[1] if for_write else ready[0]):
            raise socket.timeout("timeout TLS")

    def _retry(self, operation, *args):
        while True:
            try:
                return operation(*args)
            except SSL.WantReadError:
                self._wait(False)
            except SSL.WantWriteError:
                self._wait(True)

    def handshake(self) -> TlsPeer:
        self._retry(self.conn.do_handshake)
        self.peer.certificate = self.conn.get_peer_certificate()
        self.peer.chain = self.conn.get_peer_cert_chain() or []
        self.peer.protocol = self.conn.get_protocol_version_name() or ""
        self.peer.cipher = self.conn.get_cipher_name() or ""
        return self.peer

    def recv_into(self, buffer) -> int:
        try:
            return self._retry(self.conn.recv_into, buffer)
        except SSL.ZeroReturnError:  # close_notify
            return 0
        except SSL.SysCallError as exc:
            if exc.args and exc.args[0] == -1:  # EOF without close_notify
                return 0
            raise ConnectionError(str(exc)) from None

    def sendall(self, data) -> None:
        view = memoryview(data)
        while view:
            sent = self._retry(self.conn.send, view)
            view = view[sent:]

    def makefile(self, mode: str = "rb", *_args, **_kwargs):
        raw = _RawTls(self)
        return io.BufferedReader(raw, 65536) if "r" in mode else io.BufferedWriter(raw, 65536)

    def close_notify(self) -> None:
        try:
            self.conn.shutdown()
        except (SSL.Error, OSError):
            pass  # the client may already be gone


class _RawTls(io.RawIOBase):
    def __init__(self, stream: TlsStream):
        super().__init__()
        self.stream = stream

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        return self.stream.recv_into(buffer)

    def write(self, data) -> int:
        self.stream.sendall(data)
        return len(data)


def _no_query(text: str) -> str:
    return text.split("?", 1)[0] if isinstance(text, str) else text


class CnsRequestHandler(WSGIRequestHandler):
    server_version = "InlineaCNS/1"

    def setup(self):
        self.connection = self.request
        self.rfile = self.request.makefile("rb")
        self.wfile = self.request.makefile("wb")

    def get_environ(self):
        environ = super().get_environ()
        environ["wsgi.url_scheme"] = "https"
        environ["HTTPS"] = "on"
        environ[TLS_ENVIRON_KEY] = self.request.peer
        return environ

    def log_request(self, code="-", size="-"):
        # Path without the query string; no headers, no bodies (tokens are in bodies).
        access_log.info('%s "%s %s %s" %s %s %s', self.client_address[0],
                        getattr(self, "command", "-"), _no_query(getattr(self, "path", "-")),
                        getattr(self, "request_version", "-"), code, size,
                        self.request.peer.protocol or "-")

    def log_message(self, format, *args):  # noqa: A002 (BaseHTTPRequestHandler's name)
        access_log.info("%s %s", self.client_address[0],
                        format % tuple(_no_query(a) for a in args))


class CnsTlsServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple, context: SSL.Context, app, timeout: float = IO_TIMEOUT):
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.tls_context, self.io_timeout = context, timeout
        super().__init__(address, CnsRequestHandler)
        self.set_app(app)

    def server_bind(self):
        # HTTPServer.server_bind would ask the resolver for the host's FQDN: not needed.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]
        self.setup_environ()

    def finish_request(self, request, client_address):
        """Runs in the connection's thread: handshake, then one HTTP request."""
        stream = TlsStream(self.tls_context, request, self.io_timeout)
        try:
            stream.handshake()
        except (SSL.Error, OSError) as exc:
            log.info("handshake TLS non riuscito da %s: %s", client_address[0],
                     exc.__class__.__name__ + (f" {exc}" if str(exc) else ""))
            return
        try:
            self.RequestHandlerClass(stream, client_address, self)
        finally:
            stream.close_notify()

    def handle_error(self, request, client_address):
        log.warning("connessione da %s interrotta: %r", client_address[0], sys.exc_info()[1])


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: "
                               "%(message)s")


def serve_cns(args) -> int:
    """Foreground server; SIGTERM/SIGINT stop it cleanly (exit status 0)."""
    _configure_logging()
    state = os.path.abspath(args.state)
    if (args.cert is None) != (args.key is None):
        print("serve-cns: indicare sia --cert sia --key, oppure nessuno dei due", file=sys.stderr)
        return 2
    ca, crl = os.path.abspath(args.cns_ca), os.path.abspath(args.cns_crl)
    try:
        trust = CnsTrust(ca, crl)
        if args.cert is None:
            ensure_pki(state)
            cert, key = (os.path.join(state, "pki", "server.pem"),
                         os.path.join(state, "pki", "server.key"))
        else:
            cert, key = os.path.abspath(args.cert), os.path.abspath(args.key)
        context = make_context(cert, key, trust)
    except (OSError, crypto.Error, SSL.Error) as exc:
        print(f"serve-cns: CA, CRL o certificato del server non utilizzabili: {exc}",
              file=sys.stderr)
        return 2
    migrate(db_path(state))
    app = create_cns_app({"STATE_DIR": state, "CNS_CA_FILE": ca, "CNS_CRL_FILE": crl},
                         trust=trust)
    server = CnsTlsServer((args.host, args.port), context, app)

    def _stop(signum, _frame):
        log.info("serve-cns: ricevuto segnale %d, arresto", signum)
        # shutdown() waits for serve_forever(), which runs in this (main) thread.
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    host = f"[{args.host}]" if ":" in args.host else args.host
    log.info("serve-cns in ascolto su https://%s:%d/api/v1/auth/cns (CA CNS %s, CRL %s)",
             host, server.server_port, ca, crl)
    try:
        server.serve_forever(poll_interval=0.25)
    finally:
        server.server_close()
    log.info("serve-cns: arrestato")
    return 0
