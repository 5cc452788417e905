"""Conversations older than the retention period are deleted, on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.retention import purge_conversations

POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


def _sqlite(tmp_path: Path) -> sa.engine.Engine:
    return sa.create_engine(f"sqlite:///{tmp_path / 'lantern.db'}", future=True)


def _postgres() -> sa.engine.Engine:
    return sa.create_engine(POSTGRES_URL, future=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.engine.Engine]:
    engine = _sqlite(tmp_path) if request.param == "sqlite" else _postgres()
    yield engine
    engine.dispose()


def _store_events(engine: sa.engine.Engine, senders: dict[str, float]) -> None:
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.stores import LanternTrackerStore

    store = LanternTrackerStore(Domain.empty(), url=engine.url.render_as_string(hide_password=False))
    for sender, timestamp in senders.items():
        tracker = DialogueStateTracker(sender, slots=[])
        tracker.update(UserUttered("hello", timestamp=timestamp))
        asyncio.run(store.save(tracker))


def test_old_conversations_are_purged_and_recent_ones_kept(engine: sa.engine.Engine) -> None:
    now = time.time()
    old, recent = f"old-{uuid.uuid4().hex}", f"recent-{uuid.uuid4().hex}"
    _store_events(engine, {old: now - 31 * 86400, recent: now - 2 * 86400})
    removed = purge_conversations(engine, 30, now=now)
    assert removed >= 1
    with engine.connect() as connection:
        senders = {row[0] for row in connection.execute(sa.text("SELECT DISTINCT sender_id FROM events"))}
    assert old not in senders and recent in senders


def test_purging_an_empty_database_is_harmless(tmp_path: Path) -> None:
    assert purge_conversations(_sqlite(tmp_path), 30) == 0


def _senders(engine: sa.engine.Engine) -> set[str]:
    with engine.connect() as connection:
        return {row[0] for row in connection.execute(sa.text("SELECT DISTINCT sender_id FROM events"))}


def test_quick_exit_deletes_only_that_conversation(engine: sa.engine.Engine) -> None:
    from bot.retention import delete_conversation

    leaving, staying = f"leaving-{uuid.uuid4().hex}", f"staying-{uuid.uuid4().hex}"
    _store_events(engine, {leaving: time.time(), staying: time.time()})
    assert delete_conversation(engine.url.render_as_string(hide_password=False), leaving) >= 1
    senders = _senders(engine)
    assert leaving not in senders and staying in senders


def test_the_server_purges_old_conversations_when_it_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from starlette.testclient import TestClient

    from bot import server
    from bot.settings import get_settings

    engine = _sqlite(tmp_path)
    old, recent = f"old-{uuid.uuid4().hex}", f"recent-{uuid.uuid4().hex}"
    _store_events(engine, {old: time.time() - 40 * 86400, recent: time.time()})
    monkeypatch.setenv("LANTERN_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    get_settings.cache_clear()
    try:
        with TestClient(server.create_app()) as client:  # the lifespan starts the daily loop
            assert client.get("/health").status_code == 200
            deadline = time.monotonic() + 10
            while old in _senders(engine) and time.monotonic() < deadline:
                time.sleep(0.05)
        assert _senders(engine) == {recent}
    finally:
        get_settings.cache_clear()
