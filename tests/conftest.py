"""Test set-up shared by all tests: the actions read a freshly migrated and seeded SQLite directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
