"""Rasa's SQL tracker store, pointed at ``DATABASE_URL`` from :mod:`bot.settings`.

A SQLite file by default, PostgreSQL in production.  Loaded by Rasa from
``endpoints.yml`` (``tracker_store: type: bot.stores.LanternTrackerStore``).
How long conversations are kept is :mod:`bot.retention`'s job.
"""

from __future__ import annotations

from typing import Any

from rasa.core.tracker_store import SQLTrackerStore

from bot.retention import ensure_sqlite_dir
from bot.settings import get_settings


class LanternTrackerStore(SQLTrackerStore):  # type: ignore[misc]
    """Rasa's SQL tracker store, configured from ``DATABASE_URL``."""

    def __init__(self, domain: Any = None, event_broker: Any = None, url: str | None = None, **_: Any) -> None:
        url = url or get_settings().database_url
        ensure_sqlite_dir(url)
        super().__init__(domain=domain, host=url, event_broker=event_broker)
