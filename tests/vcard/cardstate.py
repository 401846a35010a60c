"""PIN/PUK values and try counters of one card, persisted in state.json after every change."""

from __future__ import annotations

import json
import os

PIN_TRIES = 3
PUK_TRIES = 10
DEFAULT_PIN = "12345"
DEFAULT_PUK = "12345678"


def valid_pin(value: str) -> bool:
    return value.isdigit() and 5 <= len(value) <= 8


class CardState:
    """Secrets and counters. `path` None keeps everything in memory."""

    def __init__(self, path: str | None, pin: str = DEFAULT_PIN, puk: str = DEFAULT_PUK):
        self.path = path
        self.pin, self.puk = pin, puk
        self.pin_max, self.puk_max = PIN_TRIES, PUK_TRIES
        self.pin_tries, self.puk_tries = PIN_TRIES, PUK_TRIES
        if path and os.path.exists(path):
            self._load()
        else:
            if not (valid_pin(pin) and puk.isdigit() and 5 <= len(puk) <= 8):
                raise ValueError("PIN must be 5-8 digits, PUK 5-8 digits")
            self.save()

    def _load(self) -> None:
        with open(self.path, encoding="utf-8") as f:
            data = json.load(f)
        self.pin, self.puk = data["pin"], data["puk"]
        self.pin_max, self.puk_max = data.get("pin_max", PIN_TRIES), data.get("puk_max", PUK_TRIES)
        self.pin_tries, self.puk_tries = data["pin_tries_left"], data["puk_tries_left"]

    def save(self) -> None:
        if not self.path:
            return
        data = {"pin": self.pin, "puk": self.puk, "pin_tries_left": self.pin_tries,
                "puk_tries_left": self.puk_tries, "pin_max": self.pin_max,
                "puk_max": self.puk_max}
        tmp = f"{self.path}.tmp{os.getpid()}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    @property
    def pin_blocked(self) -> bool:
        return self.pin_tries <= 0

    @property
    def puk_blocked(self) -> bool:
        return self.puk_tries <= 0

    def check_pin(self, candidate: str) -> bool:
        """One attempt: counts down on failure, resets the counter on success."""
        ok = candidate == self.pin
        self.pin_tries = self.pin_max if ok else max(0, self.pin_tries - 1)
        self.save()
        return ok

    def check_puk(self, candidate: str) -> bool:
        ok = candidate == self.puk
        self.puk_tries = self.puk_max if ok else max(0, self.puk_tries - 1)
        self.save()
        return ok

    def set_pin(self, new_pin: str) -> None:
        self.pin = new_pin
        self.pin_tries = self.pin_max
        self.save()

    def unblock_pin(self) -> None:
        self.pin_tries = self.pin_max
        self.save()
