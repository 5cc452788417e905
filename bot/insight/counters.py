"""Turn Rasa events into per-day counts, and write the counts to ``insight_counts``.

:func:`increments` reads ONE event dict (as an event broker receives it) and
returns what it adds to the counters.  It reads nothing but the event type,
the intent names of a user message (``parse_data.intent`` and, for a
fallback, ``parse_data.intent_ranking``), action names and the values of the
``country`` and ``language`` slots; it never reads ``text``, ``sender_id``,
entities or metadata, and keeps no state between events.

==============  =====================================================  ========================================
metric          counted on                                             key
==============  =====================================================  ========================================
intent          every user message (intent after the safety net)       the intent name
fallback        a user message whose intent is ``nlu_fallback``;       the intent the classifier ranked first
                Rasa's ``action_default_fallback``                     (``unknown`` if none); ``dialogue``
escalation      every ``action_escalate``                              ``all`` (the cause is in ``intent``)
country         a ``country`` slot set to a value                      ISO code (``[A-Z]{2}``), else ``other``
language        a ``language`` slot set to a value                     a supported code, else ``other``
conversation    ``session_started``                                    ``all``
==============  =====================================================  ========================================

Slot counts are slot *settings*: a new session re-states the carried-over
profile, so read country and language as proportions, not as people.  An
intent name that is not an identifier (or, when the domain's intents are
given, not one of them) is counted as ``other``: free text never becomes a
key.  The day is the UTC date of the event's timestamp.

:class:`CounterBuffer` adds increments up in memory (thread-safe, cheap) and
:meth:`CounterBuffer.flush` adds them to the table with one upsert per row
(``INSERT ... ON CONFLICT DO UPDATE`` on SQLite and PostgreSQL, update-then-
insert elsewhere).  When the database cannot be written, the counts go back
into the buffer for the next try.  When to flush is the caller's choice
(:mod:`bot.insight.broker` flushes every N seconds or N events, and on close).
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

import sqlalchemy as sa
import yaml

from bot.i18n import SUPPORTED_LANGUAGES
from bot.insight.models import InsightCount
from bot.retention import ensure_sqlite_dir

logger = logging.getLogger(__name__)

NLU_FALLBACK = "nlu_fallback"
ESCALATION_ACTION = "action_escalate"
CORE_FALLBACK_ACTION = "action_default_fallback"
#: Key of metrics that are not broken down (escalation, conversation).
ALL = "all"
#: Key of a value that is present but not acceptable (never the value itself).
OTHER = "other"
#: Fallback key when the classifier's own ranking is missing.
UNKNOWN = "unknown"
#: Fallback key of Rasa's dialogue-level fallback (no intent to blame).
DIALOGUE = "dialogue"
#: Intents Rasa itself may predict, whatever the domain says.
RASA_INTENTS = frozenset({NLU_FALLBACK, "restart", "back", "out_of_scope", "session_start"})

_INTENT_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
_COUNTRY = re.compile(r"[A-Z]{2}")
#: Timestamps outside 2000-01-01 .. 2100-01-01 are taken as "now".
_EARLIEST, _LATEST = 946684800.0, 4102444800.0


class Increment(NamedTuple):
    """One count to add: a day, a metric and a key (an intent name, a code, or ``all``)."""

    day: date
    metric: str
    key: str


def event_day(event: Mapping[str, Any], now: float | None = None) -> date:
    """The UTC date of the event's timestamp (of ``now`` when it has none that makes sense)."""
    raw = event.get("timestamp")
    try:
        stamp = float(raw) if isinstance(raw, int | float) and not isinstance(raw, bool) else math.nan
    except OverflowError:  # an int too big for a float
        stamp = math.nan
    if not (math.isfinite(stamp) and _EARLIEST <= stamp < _LATEST):
        stamp = now if now is not None else time.time()
    return datetime.fromtimestamp(stamp, tz=UTC).date()


def intent_key(name: Any, intents: frozenset[str] | None = None) -> str:
    """``name`` when it is an intent name (and, with ``intents``, a known one); else ``other``."""
    if not isinstance(name, str) or not _INTENT_NAME.fullmatch(name):
        return OTHER
    if intents is not None and name not in intents and name not in RASA_INTENTS:
        return OTHER
    return name


def country_key(value: Any) -> str | None:
    """The ISO code, ``other`` for anything else, ``None`` for an emptied slot."""
    if value is None:
        return None
    return value if isinstance(value, str) and _COUNTRY.fullmatch(value) else OTHER


def language_key(value: Any) -> str | None:
    """A supported language code, ``other`` for anything else, ``None`` for an emptied slot."""
    if value is None:
        return None
    return value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else OTHER


#: The slots counted, and how their value becomes a key.
_SLOT_KEYS: dict[str, Callable[[Any], str | None]] = {"country": country_key, "language": language_key}


def _intent_name(entry: Any) -> Any:
    return entry.get("name") if isinstance(entry, Mapping) else None


def _fallback_key(parse_data: Mapping[str, Any], intents: frozenset[str] | None) -> str:
    """The intent the classifier ranked first, before the fallback classifier put ``nlu_fallback`` on top."""
    ranking = parse_data.get("intent_ranking")
    if not isinstance(ranking, list):
        return UNKNOWN
    for entry in ranking:
        name = _intent_name(entry)
        if name != NLU_FALLBACK:
            return UNKNOWN if name is None else intent_key(name, intents)
    return UNKNOWN


def increments(
    event: Mapping[str, Any], intents: frozenset[str] | None = None, now: float | None = None
) -> list[Increment]:
    """What one Rasa event adds to the counters (often nothing); see the table in the module docstring."""
    if not isinstance(event, Mapping):
        return []
    kind = event.get("event")
    found: list[tuple[str, str]] = []
    if kind == "user":
        parse_data = event.get("parse_data")
        parse_data = parse_data if isinstance(parse_data, Mapping) else {}
        name = _intent_name(parse_data.get("intent"))
        found.append(("intent", UNKNOWN if name is None else intent_key(name, intents)))
        if name == NLU_FALLBACK:
            found.append(("fallback", _fallback_key(parse_data, intents)))
    elif kind == "action":
        name = event.get("name")
        if name == ESCALATION_ACTION:
            found.append(("escalation", ALL))
        elif name == CORE_FALLBACK_ACTION:
            found.append(("fallback", DIALOGUE))
    elif kind == "slot":
        name = event.get("name")
        check = _SLOT_KEYS.get(name) if isinstance(name, str) else None
        key = check(event.get("value")) if check else None
        if key is not None:
            found.append((str(name), key))
    elif kind == "session_started":
        found.append(("conversation", ALL))
    if not found:
        return []
    day = event_day(event, now)
    return [Increment(day, metric, key) for metric, key in found]


def known_intents(domain_path: str | Path) -> frozenset[str]:
    """The intent names of a domain file (``intents:`` as names or ``{name: {...}}``), plus Rasa's own."""
    with open(domain_path, encoding="utf-8") as handle:
        domain = yaml.safe_load(handle) or {}
    names: set[str] = set(RASA_INTENTS)
    for entry in domain.get("intents") or []:
        if isinstance(entry, str):
            names.add(entry)
        elif isinstance(entry, Mapping):
            names.update(str(name) for name in entry)
    return frozenset(names)


# --------------------------------------------------------------------------- writing


def _upsert_on_conflict(connection: sa.engine.Connection, rows: list[dict[str, Any]]) -> None:
    """One ``INSERT ... ON CONFLICT (day, metric, key) DO UPDATE SET count = count + excluded.count``."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = InsightCount.__table__
    statement = insert(table).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.day, table.c.metric, table.c.key],
        set_={"count": table.c.count + statement.excluded["count"]},
    )
    connection.execute(statement)


def _upsert_portable(connection: sa.engine.Connection, rows: list[dict[str, Any]]) -> None:
    """Update, else insert; when a concurrent writer inserted the row first, update after all."""
    table = InsightCount.__table__
    for row in rows:
        match = (table.c.day == row["day"]) & (table.c.metric == row["metric"]) & (table.c.key == row["key"])
        update = sa.update(table).where(match).values(count=table.c.count + row["count"])
        if connection.execute(update).rowcount:
            continue
        try:
            with connection.begin_nested():
                connection.execute(sa.insert(table).values(**row))
        except sa.exc.IntegrityError:
            connection.execute(update)


def write_counts(engine: sa.engine.Engine, counts: Mapping[Increment, int], portable: bool = False) -> None:
    """Add ``counts`` to the table in one transaction (rows in key order, so concurrent writers cannot deadlock)."""
    rows = [
        {"day": inc.day, "metric": inc.metric, "key": inc.key[:80], "count": n}
        for inc, n in sorted(counts.items())
        if n
    ]
    if not rows:
        return
    use_on_conflict = not portable and engine.dialect.name in {"sqlite", "postgresql"}
    with engine.begin() as connection:
        for start in range(0, len(rows), 200):  # 800 bound parameters per statement at most
            chunk = rows[start : start + 200]
            (_upsert_on_conflict if use_on_conflict else _upsert_portable)(connection, chunk)


def counter_engine(url: str) -> sa.engine.Engine:
    """A small engine for flushing: one pooled connection, a short connect timeout, a short lock wait."""
    ensure_sqlite_dir(url)
    if sa.engine.make_url(url).get_backend_name() == "sqlite":
        return sa.create_engine(url, future=True, connect_args={"timeout": 5})
    connect_args = {"connect_timeout": 5} if url.startswith(("postgresql:", "postgresql+psycopg2:")) else {}
    return sa.create_engine(
        url, future=True, pool_pre_ping=True, pool_size=1, max_overflow=1, connect_args=connect_args
    )


class CounterBuffer:
    """Counts in memory, added to the table on :meth:`flush`; safe to use from several threads.

    ``due()`` says when a flush is wanted: ``flush_events`` new increments
    since the last flush (or failed attempt), or ``flush_seconds`` since then
    with something pending; counts put back after a failure wait for one of
    those, which spaces out retries.
    Distinct keys held at once are capped at ``max_keys`` (during a long
    outage); increments beyond that are dropped and counted in ``dropped``.
    """

    def __init__(
        self,
        url: str | sa.engine.Engine,
        flush_seconds: float = 30.0,
        flush_events: int = 200,
        max_keys: int = 50_000,
        portable: bool = False,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._url = url
        self._engine: sa.engine.Engine | None = url if isinstance(url, sa.engine.Engine) else None
        self.flush_seconds = flush_seconds
        self.flush_events = flush_events
        self.max_keys = max_keys
        self.portable = portable
        self._clock = clock
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._pending: Counter[Increment] = Counter()
        self._since_flush = 0
        self._last_flush = clock()
        self.dropped = 0

    def add(self, found: Iterable[Increment]) -> bool:
        """Count ``found``; return whether a flush is due now."""
        with self._lock:
            for increment in found:
                if increment not in self._pending and len(self._pending) >= self.max_keys:
                    self.dropped += 1
                    continue
                self._pending[increment] += 1
                self._since_flush += 1
            return self._since_flush >= self.flush_events

    def due(self) -> bool:
        """Whether a flush is wanted: enough increments, or old enough ones."""
        with self._lock:
            if not self._pending:
                return False
            return self._since_flush >= self.flush_events or self._clock() - self._last_flush >= self.flush_seconds

    def pending(self) -> dict[Increment, int]:
        """A copy of the counts not yet written."""
        with self._lock:
            return dict(self._pending)

    @property
    def engine(self) -> sa.engine.Engine:
        """The engine, created on first use (so a database that is down does not stop Rasa from starting)."""
        if self._engine is None:
            self._engine = counter_engine(str(self._url))
        return self._engine

    def flush(self) -> int:
        """Write the pending counts; return how many increments were written.

        On a database error the counts are put back (to be retried) and the error is raised.
        """
        with self._write_lock:
            with self._lock:
                taken, self._pending = self._pending, Counter()
                self._since_flush, self._last_flush = 0, self._clock()
            if not taken:
                return 0
            try:
                write_counts(self.engine, taken, portable=self.portable)
            except BaseException:
                self._put_back(taken)
                raise
            return sum(taken.values())

    def _put_back(self, taken: Counter[Increment]) -> None:
        with self._lock:
            for increment, count in taken.items():
                if increment not in self._pending and len(self._pending) >= self.max_keys:
                    self.dropped += count
                    continue
                self._pending[increment] += count

    def dispose(self) -> None:
        """Close the engine's connections (the buffer can still be used; the engine is re-created)."""
        if self._engine is not None and not isinstance(self._url, sa.engine.Engine):
            self._engine.dispose()
            self._engine = None
