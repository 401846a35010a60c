"""TLS helpers for the tests: in-memory handshakes and HTTPS to 127.0.0.1."""

from __future__ import annotations

import http.client
import socket
import ssl


def client_context(cafile: str | None) -> ssl.SSLContext:
    """Verifying client context trusting only `cafile` (system store when None)."""
    if cafile is None:
        return ssl.create_default_context()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.load_verify_locations(cafile=cafile)
    return context


def memory_handshake(certfile: str, keyfile: str, context: ssl.SSLContext,
                     server_hostname: str) -> None:
    """TLS handshake through memory BIOs; raises what the client raises."""
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(certfile, keyfile)
    c_in, c_out, s_in, s_out = (ssl.MemoryBIO() for _ in range(4))
    client = context.wrap_bio(c_in, c_out, server_hostname=server_hostname)
    server = server_context.wrap_bio(s_in, s_out, server_side=True)
    client_done = server_done = False
    for _ in range(20):
        if not client_done:
            try:
                client.do_handshake()
                client_done = True
            except ssl.SSLWantReadError:
                pass
        s_in.write(c_out.read())
        if not server_done:
            try:
                server.do_handshake()
                server_done = True
            except ssl.SSLWantReadError:
                pass
        c_in.write(s_out.read())
        if client_done and server_done:
            return
    raise RuntimeError("handshake did not complete")


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to 127.0.0.1 while verifying the certificate for `host` (e.g. localhost)."""

    def connect(self):
        raw = socket.create_connection(("127.0.0.1", self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)


def https_get(host: str, port: int, path: str, context: ssl.SSLContext,
              headers: dict | None = None) -> tuple[int, dict, bytes]:
    connection = PinnedHTTPSConnection(host, port, context=context, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()
