"""Test set-up shared by all tests: the actions read a freshly migrated and seeded SQLite directory.

``db_url`` gives a test an empty database twice, as production may run it: a
SQLite file, and a throw-away schema on the PostgreSQL server at 127.0.0.1:5432.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from actions.common import use_directory
from bot.directory.db import make_engine, prepare
from bot.directory.store import DirectoryCache


@pytest.fixture(scope="session", autouse=True)
def seeded_directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DirectoryCache]:
    path: Path = tmp_path_factory.mktemp("directory") / "lantern.db"
    url = f"sqlite:///{path}"
    prepare(url)
    engine = make_engine(url)
    cache = DirectoryCache(engine)
    use_directory(cache)
    yield cache
    use_directory(None)
    engine.dispose()


POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file, or a throw-away PostgreSQL schema dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'lantern.db'}"
        return
    schema = f"lantern_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(POSTGRES, future=True)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
