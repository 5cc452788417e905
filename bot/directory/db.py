"""Database access for Lantern's own tables: engine, Alembic migrations, seeding.

``lantern db upgrade`` and ``lantern db seed`` call these; ``lantern run``
upgrades and seeds an empty directory automatically.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from bot.retention import ensure_sqlite_dir

MIGRATIONS = Path(__file__).with_name("migrations")


def make_engine(url: str) -> sa.engine.Engine:
    """An engine for ``url``, creating the folder of a SQLite file first."""
    ensure_sqlite_dir(url)
    return sa.create_engine(url, future=True, pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str) -> None:
    """Create or upgrade the directory schema to the newest migration."""
    ensure_sqlite_dir(url)
    command.upgrade(alembic_config(url), "head")


def prepare(url: str) -> int:
    """Upgrade the schema and, when the directory is empty, load the seed; returns the directory version."""
    from sqlalchemy.orm import Session

    from bot.directory.seed import seed
    from bot.directory.store import directory_version

    upgrade(url)
    engine = make_engine(url)
    try:
        with Session(engine, future=True) as session:
            version = directory_version(session)
        if version == 0:
            seed(engine)
            with Session(engine, future=True) as session:
                version = directory_version(session)
        return version
    finally:
        engine.dispose()
