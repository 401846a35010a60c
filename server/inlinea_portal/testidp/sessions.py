"""In-memory login sessions of the test IdP (one process: `serve-idp` runs 1 worker)."""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field

from .authn import AuthnRequestInfo
from .users import TestUser

SESSION_TTL = 30 * 60


@dataclass
class LoginSession:
    request: AuthnRequestInfo
    created: float = field(default_factory=time.monotonic)
    user: TestUser | None = None
    wrong_passwords: dict = field(default_factory=dict)     # username -> count
    break_case: str | None = None


class Sessions:
    def __init__(self):
        self._lock = threading.Lock()
        self._sessions: dict[str, LoginSession] = {}
        self._next_break: str | None = None    # POST /test/break: for the next response

    def start(self, request: AuthnRequestInfo) -> str:
        sid = secrets.token_urlsafe(24)
        with self._lock:
            now = time.monotonic()
            for old in [k for k, s in self._sessions.items() if now - s.created > SESSION_TTL]:
                del self._sessions[old]
            self._sessions[sid] = LoginSession(request)
        return sid

    def get(self, sid: str) -> LoginSession | None:
        with self._lock:
            return self._sessions.get(sid or "")

    def end(self, sid: str) -> None:
        with self._lock:
            self._sessions.pop(sid, None)

    def set_next_break(self, case: str | None) -> None:
        with self._lock:
            self._next_break = case

    def take_break(self, session: LoginSession) -> str | None:
        """The session's own break case, else the pending one-shot case (consumed)."""
        with self._lock:
            if session.break_case:
                return session.break_case
            case, self._next_break = self._next_break, None
            return case
