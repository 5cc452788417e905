"""Alembic environment for Lantern's own tables (``directory_*``, ``staff_*``, ``insight_*``).

Rasa's tracker tables share the database; they are left alone.  The database
URL comes from the Alembic config (set by :mod:`bot.directory.db`).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from bot.directory.models import metadata
from bot.insight import models as _insight_models  # noqa: F401  (registers the tables)
from bot.staff import models as _staff_models  # noqa: F401

OWN_TABLES = ("directory_", "staff_", "insight_")

config = context.config


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    if type_ == "table":
        return bool(name and name.startswith(OWN_TABLES))
    return True


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"), future=True)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
