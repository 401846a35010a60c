"""A stand-in for vpcd (the reader side) for transport tests without pcscd.

Like the real vpcd it writes the 2-byte length and the payload with two separate
send() calls and leaves Nagle on, so a card that forgets TCP_QUICKACK shows the
~40 ms delayed-ACK stall per APDU.
"""

from __future__ import annotations

import socket


class FakeVpcd:
    def __init__(self):
        self.server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(1)
        self.port = self.server.getsockname()[1]
        self.conn: socket.socket | None = None

    def accept(self, timeout: float = 20.0) -> None:
        self.server.settimeout(timeout)
        self.conn, _ = self.server.accept()
        self.conn.settimeout(timeout)

    def _recv_exact(self, count: int) -> bytes:
        buf = b""
        while len(buf) < count:
            chunk = self.conn.recv(count - len(buf))
            if not chunk:
                raise ConnectionError("card closed the connection")
            buf += chunk
        return buf

    def send(self, payload: bytes) -> None:
        self.conn.send(len(payload).to_bytes(2, "big"))
        self.conn.send(payload)

    def receive(self) -> bytes:
        size = int.from_bytes(self._recv_exact(2), "big")
        return self._recv_exact(size)

    def control(self, code: int) -> bytes | None:
        self.send(bytes([code]))
        return self.receive() if code == 0x04 else None

    def transmit(self, command: bytes) -> bytes:
        self.send(command)
        return self.receive()

    def card_closed(self) -> bool:
        """True when the card side has closed the socket."""
        try:
            return self.conn.recv(1) == b""
        except (ConnectionError, socket.timeout):
            return True

    def close(self) -> None:
        for s in (self.conn, self.server):
            if s is not None:
                s.close()
