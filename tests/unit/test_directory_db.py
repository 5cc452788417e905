"""The helpline directory in SQL: migrations, seeding, validation and cache invalidation, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.db import make_engine, prepare, upgrade
from bot.directory.models import ContactRow, ServiceRow
from bot.directory.seed import SeedError, seed
from bot.directory.store import DirectoryCache, bump_version, directory_version

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def _count(engine: sa.engine.Engine, table: type) -> int:
    with Session(engine, future=True) as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(table)) or 0)


def test_seeding_twice_gives_the_same_directory(db_url: str) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    seed(engine)
    services, contacts = _count(engine, ServiceRow), _count(engine, ContactRow)
    seed(engine)
    assert (_count(engine, ServiceRow), _count(engine, ContactRow)) == (services, contacts)
    assert services == 65
    engine.dispose()


def test_the_seeded_directory_keeps_sources_and_verified_on(db_url: str) -> None:
    prepare(db_url)
    engine = make_engine(db_url)
    catalog = DirectoryCache(engine).get()
    childline = catalog.country("GB").of_kind("child_helpline")[0]  # type: ignore[union-attr]
    assert childline.name == "Childline" and childline.contacts[0].value == "0800 1111"
    assert childline.sources and str(childline.verified_on) == "2026-11-21"
    assert [n.number for n in catalog.country("AU").emergency] == ["000"]  # type: ignore[union-attr]
    engine.dispose()


def test_prepare_seeds_only_an_empty_directory(db_url: str) -> None:
    first = prepare(db_url)
    assert first >= 1
    assert prepare(db_url) == first


def test_a_staff_edit_is_visible_on_the_next_read_without_restart(db_url: str) -> None:
    prepare(db_url)
    engine = make_engine(db_url)
    cache = DirectoryCache(engine)
    assert cache.get().country("GB").services[0].contacts[0].value == "0800 1111"  # type: ignore[union-attr]
    with Session(engine, future=True) as session, session.begin():
        contact = session.scalars(sa.select(ContactRow).where(ContactRow.service_id == "childline-gb")).one()
        contact.value = "0800 1112"
        bump_version(session)
    assert cache.get().country("GB").services[0].contacts[0].value == "0800 1112"  # type: ignore[union-attr]
    engine.dispose()


BAD_SEED = """
verified_on: 2026-11-21
verified_by: test
countries:
  GB:
    name: United Kingdom
    emergency: [{number: "999"}]
    sources: [https://example.org/gb]
    services:
      - id: good-one
        name: Fine
        kind: child_helpline
        contacts: [{kind: phone, value: "0800 1111"}]
        sources: [https://example.org/fine]
      - id: no-source
        name: No source
        kind: child_helpline
      - id: bad-phone
        name: Bad phone
        kind: child_helpline
        contacts: [{kind: phone, value: "0800 12"}]
        sources: [https://example.org/x]
      - id: bad-zone
        name: Bad zone
        kind: child_helpline
        hours: {timezone: Europe/Atlantis, weekly: {mon: [["09:00", "17:00"]]}}
        sources: [https://example.org/y]
      - id: overlap
        name: Overlapping
        kind: child_helpline
        hours: {timezone: Europe/London, weekly: {mon: [["09:00", "17:00"], ["16:00", "18:00"]]}}
        sources: [https://example.org/z]
"""


def test_a_bad_seed_names_each_row_and_field_and_writes_nothing(db_url: str, tmp_path: Path) -> None:
    upgrade(db_url)
    engine = make_engine(db_url)
    bad = tmp_path / "bad.yml"
    bad.write_text(BAD_SEED)
    with pytest.raises(SeedError) as raised:
        seed(engine, bad)
    found = {(p.row, p.field) for p in raised.value.problems}
    assert found == {
        ("no-source", "sources"),
        ("bad-phone", "contacts.phone"),
        ("bad-zone", "hours.timezone"),
        ("overlap", "hours.weekly"),
    }
    assert _count(engine, ServiceRow) == 0
    with Session(engine, future=True) as session:
        assert directory_version(session) == 0
    engine.dispose()


def test_a_file_that_is_not_directory_data_is_one_clear_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("countries: [this is: not: yaml")
    with pytest.raises(SeedError) as raised:
        seed(make_engine(f"sqlite:///{tmp_path / 'x.db'}"), broken)
    assert raised.value.problems[0].field == "file"
