#!/usr/bin/python3
"""Test stack: the real pcscd (foreground) plus one virtual CNS card behind vpcd.

Importable:
    with Stack(state_dir, person="mario") as stack:   # pcscd up, card inserted
        stack.remove()                                 # card out; returns its APDU count
        stack.insert(extra_args=["--revoked"])         # a card again
CLI (used by the demo):
    stack.py up --state DIR --person mario [--pcscd-debug] [--log-dir D] [vcard options...]
prints {"pcscd": pid, "vcard": pid, ...} as one JSON line, stays up until SIGTERM/SIGINT.

pcscd always uses /run/pcscd/pcscd.comm, so only one stack can run on the machine: a
Stack holds an exclusive flock on /tmp/inlinea-pcscd.lock while it is up, and refuses to
start when a pcscd it did not start is running (it never stops foreign processes).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"
PCSCD_SOCKET = "/run/pcscd/pcscd.comm"
LOCK_PATH = "/tmp/inlinea-pcscd.lock"
VPCD_PORTS = (35963, 35964)  # the vpcd driver's two slots
PCSCD = shutil.which("pcscd", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin") or "pcscd"


class StackError(RuntimeError):
    pass


def running_pcscd_pids() -> list[int]:
    """Live (non-zombie) processes named pcscd."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.find("(") + 1:stat.rfind(")")]
        state = stat[stat.rfind(")") + 2:stat.rfind(")") + 3]
        if name == "pcscd" and state != "Z":
            pids.append(int(entry))
    return pids


def socket_answers(path: str = PCSCD_SOCKET) -> bool:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        s.connect(path)
        return True
    except OSError:
        return False
    finally:
        s.close()


def port_bindable(port: int) -> bool:
    """Whether vpcd could listen on `port` now.

    vpcd binds with SO_REUSEADDR, so it fails exactly when a socket without it holds the port: a connection the
    kernel gave that ephemeral port (32768-60999 by default, which holds 35963), or its TIME_WAIT after it.
    """
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("0.0.0.0", port))
        return True
    except OSError:
        return False
    finally:
        s.close()


def vpcd_listening() -> bool:
    """Whether something listens on every vpcd port, from the kernel's table (a mere connection on the port would
    make it unbindable too)."""
    try:
        with open("/proc/net/tcp", encoding="ascii") as f:
            rows = [line.split() for line in f.readlines()[1:]]
    except OSError:
        return False
    listening = {int(row[1].split(":")[1], 16) for row in rows if len(row) > 3 and row[3] == "0A"}
    return all(port in listening for port in VPCD_PORTS)


class Card:
    """One running vcard.py process."""

    def __init__(self, args: list[str], stderr, timeout: float):
        self.proc = subprocess.Popen([PYTHON, os.path.join(HERE, "vcard.py")] + args,
                                     stdout=subprocess.PIPE, stderr=stderr, text=True,
                                     cwd=HERE)
        self.lines: list[str] = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._ready.wait(timeout)
        if "vcard: ready" not in self.lines:
            self.stop()
            raise StackError(f"virtual card not ready within {timeout}s: {self.lines}")

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.rstrip("\n")
            self.lines.append(line)
            if line == "vcard: ready":
                self._ready.set()
        self._ready.set()           # EOF: unblock a waiter (checked against poll())

    @property
    def pid(self) -> int:
        return self.proc.pid

    def apdu_count(self) -> int | None:
        for line in reversed(self.lines):
            if line.startswith("vcard: apdus="):
                return int(line.split("=", 1)[1])
        return None

    def stop(self, timeout: float = 5.0) -> int | None:
        """SIGTERM (card removed); return the card's APDU count."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout)
        if self.proc.stdout and not self._reader.is_alive():
            self.proc.stdout.close()
        return self.apdu_count()


class Stack:
    def __init__(self, state_dir: str, person: str = "mario", vcard_args: list[str] | None = None,
                 pcscd_debug: bool = False, log_dir: str | None = None, verbose_card: bool = False,
                 lock_timeout: float = 300.0):
        self.state_dir = os.path.abspath(state_dir)
        self.person = person
        self.vcard_args = list(vcard_args or [])
        self.pcscd_debug = pcscd_debug
        self.log_dir = log_dir
        self.verbose_card = verbose_card or bool(log_dir)
        self.lock_timeout = lock_timeout
        self.pcscd: subprocess.Popen | None = None
        self.card: Card | None = None
        self._lock_file = None
        self._logs: list = []

    # --- pcscd ---------------------------------------------------------------------
    def _acquire_lock(self) -> None:
        self._lock_file = open(LOCK_PATH, "a")
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StackError(f"another test stack holds {LOCK_PATH}") from None
                time.sleep(0.2)

    def _log(self, name: str):
        if not self.log_dir:
            return subprocess.DEVNULL
        os.makedirs(self.log_dir, exist_ok=True)
        f = open(os.path.join(self.log_dir, name), "a")
        self._logs.append(f)
        return f

    def start_pcscd(self, timeout: float = 10.0) -> None:
        self._acquire_lock()
        foreign = running_pcscd_pids()
        if foreign or socket_answers():
            self._release_lock()
            raise StackError(f"a pcscd not started by this test is running (pids {foreign}); "
                             "stop it first — it is not ours to kill")
        # A port can be taken between the check and vpcd's bind; pcscd then runs without the reader.
        for _ in range(3):
            self._wait_for_vpcd_ports()
            self._launch_pcscd(timeout)
            if vpcd_listening():
                return
            self._stop_pcscd()
        self.stop()
        raise StackError(f"pcscd started but its vpcd reader could not listen on ports {VPCD_PORTS}")

    def _wait_for_vpcd_ports(self, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            held = [port for port in VPCD_PORTS if not port_bindable(port)]
            if not held:
                return
            if time.monotonic() > deadline:
                self.stop()
                raise StackError(f"TCP port {held[0]}, which vpcd needs, stayed in use for {timeout:.0f}s")
            time.sleep(0.25)

    def _launch_pcscd(self, timeout: float) -> None:
        cmd = [PCSCD, "-f", "-a"] + (["-d"] if self.pcscd_debug else [])
        self.pcscd = subprocess.Popen(cmd, stdout=self._log("pcscd.log"), stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not socket_answers():
            if self.pcscd.poll() is not None:
                raise StackError(f"pcscd exited with status {self.pcscd.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                raise StackError(f"pcscd did not create {PCSCD_SOCKET} within {timeout}s")
            time.sleep(0.05)

    def _stop_pcscd(self) -> None:
        if self.pcscd is not None and self.pcscd.poll() is None:
            self.pcscd.terminate()
            try:
                self.pcscd.wait(10)
            except subprocess.TimeoutExpired:
                self.pcscd.kill()
                self.pcscd.wait()

    def _release_lock(self) -> None:
        if self._lock_file:
            fcntl.flock(self._lock_file, fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    # --- card ----------------------------------------------------------------------
    def insert(self, person: str | None = None, extra_args: list[str] | None = None,
               timeout: float = 20.0) -> Card:
        if self.card is not None and self.card.proc.poll() is None:
            raise StackError("a card is already inserted")
        args = ["--state", self.state_dir, "--person", person or self.person]
        args += self.vcard_args + list(extra_args or [])
        if self.verbose_card and "--verbose" not in args:
            args.append("--verbose")
        self.card = Card(args, self._log("vcard.log"), timeout)
        return self.card

    def remove(self) -> int | None:
        """Take the card out (SIGTERM to vcard); return its APDU count."""
        if self.card is None:
            return None
        count = self.card.stop()
        return count

    # --- whole stack -----------------------------------------------------------------
    def start(self) -> "Stack":
        self.start_pcscd()
        try:
            self.insert()
        except Exception:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.card is not None:
            self.card.stop()
        self._stop_pcscd()
        for f in self._logs:
            f.close()
        self._logs.clear()
        self._release_lock()

    def pids(self) -> dict:
        return {"pcscd": self.pcscd.pid if self.pcscd else None,
                "vcard": self.card.pid if self.card else None,
                "socket": PCSCD_SOCKET, "state": self.state_dir, "person": self.person}

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="pcscd + virtual CNS card")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start and stay in the foreground until SIGTERM")
    up.add_argument("--state", required=True)
    up.add_argument("--person", default="mario")
    up.add_argument("--pcscd-debug", action="store_true", help="pcscd -d")
    up.add_argument("--log-dir", help="write pcscd.log and vcard.log (verbose) here")
    args, vcard_args = parser.parse_known_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    stack = Stack(args.state, args.person, vcard_args, args.pcscd_debug, args.log_dir)
    try:
        stack.start()
    except StackError as e:
        print(f"stack: {e}", file=sys.stderr)
        return 1
    try:
        print(json.dumps(stack.pids()), flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(_main())
