"""vpcd client transport: connects to the vpcd reader driver (inside pcscd) and serves a card.

Framing in both directions: 2-byte big-endian length, then the bytes. A 1-byte message
from vpcd is a control: 00 power off, 01 power on, 02 reset, 04 "send your ATR". Any
longer message is a command APDU, answered with data + SW1 SW2. Closing the socket
means the card was removed.
"""

from __future__ import annotations

import socket
import time

CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0x00, 0x01, 0x02, 0x04
DEFAULT_PORT = 35963


class LinkClosed(Exception):
    pass


def _quickack(sock: socket.socket) -> None:
    # Without this, Linux delays the ACK of every APDU by ~40 ms (delayed ACK).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def connect(host: str, port: int, timeout: float) -> socket.socket:
    """Connect to vpcd, retrying until `timeout` seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            sock = socket.create_connection((host, port), timeout=2.0)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            _quickack(sock)
            return sock
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.1)


class VpcdLink:
    """Serves `card` (a CnsCard) on a connected socket until vpcd closes it or the card is removed."""

    def __init__(self, sock: socket.socket, card, remove_after: int | None = None,
                 on_ready=None, log=None):
        self.sock = sock
        self.card = card
        self.remove_after = remove_after
        self.on_ready = on_ready
        self.log = log
        self.apdus = 0
        self._ready_sent = False

    def _recv_exact(self, count: int) -> bytes:
        buf = bytearray()
        while len(buf) < count:
            chunk = self.sock.recv(count - len(buf))
            _quickack(self.sock)
            if not chunk:
                raise LinkClosed("vpcd closed the connection")
            buf += chunk
        return bytes(buf)

    def _send(self, payload: bytes) -> None:
        self.sock.sendall(len(payload).to_bytes(2, "big") + payload)

    def _control(self, code: int) -> None:
        if code == CTRL_OFF:
            self.card.power_off()
        elif code == CTRL_ON:
            self.card.power_on()
        elif code == CTRL_RESET:
            self.card.reset()
        elif code == CTRL_ATR:
            self._send(self.card.atr)
        if self.log:
            names = {CTRL_OFF: "power off", CTRL_ON: "power on", CTRL_RESET: "reset",
                     CTRL_ATR: "ATR"}
            self.log(f"ctrl {names.get(code, hex(code))}")
        if not self._ready_sent and self.card.powered and code in (CTRL_ATR, CTRL_ON,
                                                                   CTRL_RESET):
            self._ready_sent = True
            if self.on_ready:
                self.on_ready()

    def serve(self) -> str:
        """Run until the link ends; return why: "closed" (by vpcd) or "removed" (--remove-after)."""
        try:
            while True:
                size = int.from_bytes(self._recv_exact(2), "big")
                message = self._recv_exact(size) if size else b""
                if len(message) == 1:
                    self._control(message[0])
                    continue
                if not message:
                    continue
                if self.remove_after is not None and self.apdus >= self.remove_after:
                    if self.log:
                        self.log(f"removing the card after {self.apdus} APDUs")
                    return "removed"
                self.apdus += 1
                self._send(self.card.process(message))
        except LinkClosed:
            return "closed"
        except ConnectionError:
            return "closed"

    def close(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
