"""Benchmark: how fast the bot finds help in a large directory (``make bench-directory``).

Loads a synthetic directory of 250 countries x 12 services into SQLite and
PostgreSQL, then times the routing query the actions run for every message
(the cached directory read, which checks the version with one query, plus
choosing and formatting the helplines).  Prints p50/p95/max; the target is
p95 <= 5 ms.  Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import sqlalchemy as sa
from babel import Locale
from sqlalchemy.orm import Session

from bot import routing
from bot.directory.catalog import Catalog, Contact, Country, EmergencyNumber, Hours, Service
from bot.directory.db import make_engine, upgrade
from bot.directory.store import DirectoryCache, write_catalog

POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
KINDS = ("child_helpline", "report_hotline", "image_removal", "sextortion_support")
QUERIES = 2000


def synthetic_catalog(countries: int = 250, per_country: int = 12) -> Catalog:
    codes = sorted(c for c in Locale.parse("en").territories if len(c) == 2 and c.isalpha())[:countries]
    day = dt.date(2026, 11, 21)
    built = {}
    for code in codes:
        services = tuple(
            Service(
                id=f"{code.lower()}-{i}",
                name=f"Service {i} of {code}",
                kind=KINDS[i % len(KINDS)],
                sources=(f"https://example.org/{code}/{i}",),
                verified_on=day,
                verified_by="benchmark",
                contacts=(Contact(kind="phone", value=f"1{i:02d}"),),
                hours=Hours(always=True)
                if i % 2
                else Hours(timezone="Europe/Berlin", weekly={"mon": [["09:00", "17:00"]]}),
            )
            for i in range(per_country)
        )
        built[code] = Country(code, f"Country {code}", (EmergencyNumber("112"),), services, ("https://example.org",))
    return Catalog(verified_on=day, countries=built, global_services=())


def measure(url: str, label: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    catalog = synthetic_catalog()
    print(f"{label}: loading {len(catalog.countries)} countries x 12 services ...", flush=True)
    with Session(engine, future=True) as session, session.begin():
        write_catalog(session, catalog)
    cache = DirectoryCache(engine)
    start = time.perf_counter()
    cache.get()
    cold = (time.perf_counter() - start) * 1000
    codes = list(catalog.countries)
    rng = random.Random(2026)
    timings = []
    for _ in range(QUERIES):
        code = rng.choice(codes)
        start = time.perf_counter()
        routing.helplines(cache.get(), code)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    verdict = "OK" if p95 <= 5 else "SLOWER THAN TARGET"
    print(
        f"{label}: cold load {cold:.1f} ms; routing query over {QUERIES} runs: "
        f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms (target p95 <= 5 ms: {verdict})"
    )
    engine.dispose()


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        measure(f"sqlite:///{Path(folder) / 'bench.db'}", "SQLite")
    schema = f"lantern_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(POSTGRES, future=True)
    try:
        with admin.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    except sa.exc.OperationalError:
        print("PostgreSQL: not reachable on 127.0.0.1:5432, skipped.")
        return 0
    try:
        measure(f"{POSTGRES}?options=-csearch_path%3D{schema}", "PostgreSQL")
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
