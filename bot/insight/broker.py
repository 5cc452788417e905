"""Rasa event broker that turns the conversation's events into per-day counters, and nothing else.

Configured in ``endpoints.yml``::

    event_broker:
      type: bot.insight.broker.CounterBroker

Optional keys: ``url`` (default ``DATABASE_URL`` via :mod:`bot.settings`),
``flush_seconds`` (30), ``flush_events`` (200) and ``domain`` (the domain
file whose intent names are accepted as keys; default ``domain.yml``).

Rasa calls :meth:`CounterBroker.publish` on its event loop for every new
event of a conversation.  ``publish`` reads the event with
:func:`bot.insight.counters.increments` (intent names, action names, the
country and language slot values; never the text, never the sender id), adds
the result to an in-memory :class:`~bot.insight.counters.CounterBuffer` and
returns: a few microseconds, no I/O.  A daemon thread writes the buffer to
``insight_counts`` when ``flush_events`` increments have piled up or
``flush_seconds`` have passed, and once more on :meth:`close` (Rasa calls it
when the server stops; an ``atexit`` hook covers a plain exit).

Nothing here raises into Rasa: a database that is down is logged once, the
counts stay in memory (up to a cap) and are retried at the next flush time;
a child's conversation goes on as if no broker were configured.  The table
is created by ``lantern db upgrade`` (``lantern run`` does it), not here.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import threading
from asyncio import AbstractEventLoop
from pathlib import Path
from typing import Any

from rasa.core.brokers.broker import EventBroker

from bot.insight.counters import CounterBuffer, increments, known_intents
from bot.settings import PROJECT_ROOT, get_settings

logger = logging.getLogger(__name__)

DEFAULT_FLUSH_SECONDS = 30.0
DEFAULT_FLUSH_EVENTS = 200
#: How long :meth:`CounterBroker.close` waits for the last flush.
CLOSE_TIMEOUT_SECONDS = 10.0


def _describe(error: BaseException) -> str:
    """The error's class and first line (SQLAlchemy's own text, which holds no conversation data)."""
    first = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"{type(error).__name__}: {first[0][:200]}" if first else type(error).__name__


def _number(kwargs: dict[str, Any], name: str, default: float, minimum: float) -> float:
    raw = kwargs.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except (TypeError, ValueError):
        value = minimum - 1
    if value < minimum:
        logger.error("event_broker %s must be a number of at least %s; using %s.", name, minimum, default)
        return default
    return value


def _intents_of(domain: str | Path | None) -> frozenset[str] | None:
    path = Path(domain) if domain else PROJECT_ROOT / "domain.yml"
    try:
        return known_intents(path)
    except Exception as error:  # missing or broken file: fall back to the intent-name pattern alone
        logger.warning(
            "Insight: cannot read the intents of %s (%s); counting any intent-like name.", path, type(error).__name__
        )
    return None


class CounterBroker(EventBroker):  # type: ignore[misc]
    """Counts intents, fallbacks, escalations, countries, languages and conversations per day."""

    def __init__(
        self,
        url: str | None = None,
        flush_seconds: float = DEFAULT_FLUSH_SECONDS,
        flush_events: int = DEFAULT_FLUSH_EVENTS,
        domain: str | Path | None = None,
        intents: frozenset[str] | None = None,
        portable: bool = False,
    ) -> None:
        self.buffer = CounterBuffer(
            url or get_settings().database_url,
            flush_seconds=flush_seconds,
            flush_events=flush_events,
            portable=portable,
        )
        self.intents = intents if intents is not None else _intents_of(domain)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._failing = False
        self._publish_failed = False
        self._dropped_reported = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="lantern-insight-flush", daemon=True)
        self._thread.start()
        atexit.register(self._at_exit)

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: Any, event_loop: AbstractEventLoop | None = None
    ) -> CounterBroker | None:
        """Build the broker from ``endpoints.yml``'s ``event_broker`` section (see the module docstring)."""
        if broker_config is None:
            return None
        kwargs = dict(broker_config.kwargs or {})
        unknown = sorted(set(kwargs) - {"flush_seconds", "flush_events", "domain"})
        if unknown:
            logger.warning("event_broker: ignoring unknown settings %s.", ", ".join(unknown))
        return cls(
            url=broker_config.url or None,
            flush_seconds=_number(kwargs, "flush_seconds", DEFAULT_FLUSH_SECONDS, 0.1),
            flush_events=int(_number(kwargs, "flush_events", DEFAULT_FLUSH_EVENTS, 1)),
            domain=kwargs.get("domain"),
        )

    # ------------------------------------------------------------------ Rasa's side (event loop)

    def publish(self, event: dict[str, Any], **_: Any) -> None:
        """Count one event; never raises, never does I/O."""
        try:
            if self.buffer.add(increments(event, self.intents)):
                self._wake.set()
        except Exception as error:
            if not self._publish_failed:
                self._publish_failed = True
                logger.error("Insight: an event could not be counted (%s); counting goes on.", type(error).__name__)

    def is_ready(self) -> bool:
        """Always ready: counts are buffered, whatever the database is doing."""
        return True

    async def close(self) -> None:
        """Stop the flush thread after a last flush (waits at most ``CLOSE_TIMEOUT_SECONDS``)."""
        try:
            await asyncio.to_thread(self.shutdown)
        except Exception as error:
            logger.warning("Insight: closing the counters failed (%s).", _describe(error))

    # ------------------------------------------------------------------ the flush thread

    def flush(self) -> bool:
        """Write the pending counts now; ``False`` (logged once per outage) when the database refused."""
        try:
            written = self.buffer.flush()
        except Exception as error:
            if not self._failing:
                self._failing = True
                logger.warning(
                    "Insight: counters could not be written (%s); keeping them in memory and retrying.",
                    _describe(error),
                )
            return False
        if self._failing:
            self._failing = False
            logger.info("Insight: counters are written again.")
        if self.buffer.dropped > self._dropped_reported:
            logger.warning("Insight: %d counts were dropped while the database was unavailable.", self.buffer.dropped)
            self._dropped_reported = self.buffer.dropped
        if written:
            logger.debug("Insight: wrote %d counts.", written)
        return True

    def _run(self) -> None:
        tick = min(1.0, self.buffer.flush_seconds)
        while not self._stop.is_set():
            self._wake.wait(tick)
            self._wake.clear()
            if not self._stop.is_set() and self.buffer.due():
                self.flush()
        self.flush()

    def shutdown(self, timeout: float = CLOSE_TIMEOUT_SECONDS) -> None:
        """Blocking close: stop the thread (it flushes a last time), then release the database connections."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self._at_exit)
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            logger.warning("Insight: the last flush did not finish in %.0f s; its counts are lost.", timeout)
            return
        self.flush()  # anything published while the thread was stopping
        self.buffer.dispose()

    def _at_exit(self) -> None:
        with contextlib.suppress(Exception):  # interpreter shutdown: nothing left to tell
            self.shutdown(timeout=5.0)
