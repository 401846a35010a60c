"""Helpers shared by the tests: paths, free ports, processes we start and stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time

SERVER_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANAGE = os.path.join(SERVER_DIR, "manage.py")
PYTHON = "/usr/bin/python3"  # Debian's interpreter: the one that sees the Debian packages


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def manage(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run `manage.py ARGS` to completion and return the result (text output)."""
    return subprocess.run([PYTHON, MANAGE, *args], cwd=SERVER_DIR, capture_output=True,
                          text=True, timeout=timeout)


class Background:
    """A `manage.py` subcommand running in the background; stopped by its own pid only."""

    def __init__(self, args: list[str], log_path: str):
        self.log_path = log_path
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen([PYTHON, MANAGE, *args], cwd=SERVER_DIR,
                                        stdout=self._log, stderr=subprocess.STDOUT)
        self.pid = self.process.pid

    def wait_for_port(self, port: int, host: str = "127.0.0.1", timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"process exited with {self.process.returncode}:\n{self.log()}")
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError(f"port {port} not open after {timeout}s:\n{self.log()}")

    def stop(self, timeout: float = 15) -> int:
        """SIGTERM our process, wait; SIGKILL it only if it does not stop in time."""
        if self.process.poll() is None:
            os.kill(self.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.process.wait(5)
        self._log.close()
        return self.process.returncode

    def log(self) -> str:
        if not self._log.closed:
            self._log.flush()
        with open(self.log_path, encoding="utf-8", errors="replace") as handle:
            return handle.read()

    def wait_for_log(self, text: str, timeout: float = 5) -> str:
        """The log once it contains `text` (lines are written after the response)."""
        deadline = time.monotonic() + timeout
        while True:
            log = self.log()
            if text in log or time.monotonic() > deadline:
                return log
            time.sleep(0.05)
