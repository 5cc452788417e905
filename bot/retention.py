"""How long conversations are kept: delete those older than the retention period.

The privacy answer promises that conversations are deleted after
``LANTERN_RETENTION_DAYS`` (30 by default); ``lantern purge`` and ``lantern
run`` call :func:`purge_conversations` on Rasa's ``events`` table.
"""

from __future__ import annotations

import time
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
