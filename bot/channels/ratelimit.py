"""How many messages a chat session and a browser may send per minute, kept without storing IP addresses.

Each limit is a sliding one-minute window of timestamps per key.  A session's
key is its random sender id.  A client's key is an HMAC of its IP address
under a secret that lives only in this process's memory and is replaced
every day, so the key cannot be turned back into an address, is never
written anywhere, and cannot link one day's traffic to the next.  The client
limit is several times the session limit because a school's pupils share one
address.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0
SECRET_LIFETIME_SECONDS = 86400.0
#: Forget idle keys every this many checks, so memory stays bounded.
SWEEP_EVERY = 1000


class SlidingWindow:
    """At most ``limit`` events per key in any ``window`` seconds (default ``WINDOW_SECONDS``)."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic, window: float = WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._checks = 0

    def allow(self, key: str) -> bool:
        """Count one event for ``key``; False when it would exceed the limit (refused events are not counted)."""
        now = self._clock()
        self._checks += 1
        if self._checks % SWEEP_EVERY == 0:
            self._sweep(now)
        window = self._events.setdefault(key, deque())
        while window and now - window[0] >= self.window:
            window.popleft()
        if len(window) >= self.limit:
            return False
        window.append(now)
        return True

    def full(self, key: str) -> bool:
        """Whether ``key`` has used up its window (without counting an event)."""
        window = self._events.get(key)
        now = self._clock()
        while window and now - window[0] >= self.window:
            window.popleft()
        return window is not None and len(window) >= self.limit

    def _sweep(self, now: float) -> None:
        idle = [key for key, window in self._events.items() if not window or now - window[-1] >= self.window]
        for key in idle:
            del self._events[key]

    def __len__(self) -> int:
        return len(self._events)


class ClientKeys:
    """Turns an IP address into a keyed hash that changes every day and is never stored."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._born = clock()

    def key(self, address: str | None) -> str | None:
        if not address:
            return None
        if self._clock() - self._born >= SECRET_LIFETIME_SECONDS:
            self._secret, self._born = secrets.token_bytes(32), self._clock()
        return hmac.new(self._secret, address.encode(), hashlib.sha256).hexdigest()[:24]


class RateLimiter:
    """The per-session and per-client limits together."""

    def __init__(self, per_session: int, per_client: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.sessions = SlidingWindow(per_session, clock)
        self.clients = SlidingWindow(per_client, clock)
        self.client_keys = ClientKeys(clock)

    def allow(self, session: str, address: str | None = None) -> bool:
        """Count a message; False when the session or the client has sent too many this minute."""
        client = self.client_keys.key(address)
        if client is not None and not self.clients.allow(client):
            return False
        return self.sessions.allow(session)
