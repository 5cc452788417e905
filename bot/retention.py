"""How long conversations are kept: delete those older than the retention period.

The privacy answer promises that conversations are deleted after
``LANTERN_RETENTION_DAYS`` (30 by default); ``lantern purge`` and the Lantern
server (as it starts, then once a day) call :func:`purge_conversations` on
Rasa's ``events`` table; the widget's quick exit calls
:func:`delete_conversation` for its own conversation.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa

EVENTS = sa.table(
    "events",
    sa.column("sender_id", sa.String),
    sa.column("timestamp", sa.Float),
)


def ensure_sqlite_dir(database_url: str) -> None:
    """Create the folder of a SQLite database file if it is missing."""
    url = sa.engine.make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database:
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)


def purge_conversations(engine: sa.engine.Engine, older_than_days: int, now: float | None = None) -> int:
    """Delete conversations whose newest event is older than ``older_than_days``; return how many."""
    cutoff = (now if now is not None else time.time()) - older_than_days * 86400
    if not sa.inspect(engine).has_table("events"):
        return 0
    stale = sa.select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id).having(sa.func.max(EVENTS.c.timestamp) < cutoff)
    with engine.begin() as connection:
        senders = [row[0] for row in connection.execute(stale)]
        for start in range(0, len(senders), 500):
            batch = senders[start : start + 500]
            connection.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id.in_(batch)))
    return len(senders)


@lru_cache(maxsize=4)
def _engine(database_url: str) -> sa.engine.Engine:
    return sa.create_engine(database_url, future=True)


def delete_conversation(database_url: str, sender_id: str) -> int:
    """Delete every event of one conversation (the widget's quick exit); return how many were deleted."""
    engine = _engine(database_url)
    if not sa.inspect(engine).has_table("events"):
        return 0
    with engine.begin() as connection:
        return int(connection.execute(sa.delete(EVENTS).where(EVENTS.c.sender_id == sender_id)).rowcount or 0)
