"""Read and write the helpline directory in the database, and cache it for the bot.

The :class:`~bot.directory.catalog.Catalog` dataclasses are the exchange
format: the seed loader writes one with :func:`write_catalog`; the actions
read the published directory with :class:`DirectoryCache`, which reloads only
when the directory's version number changed, so a staff edit reaches the very
next message without a restart.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.catalog import Catalog, Contact, Country, EmergencyNumber, Hours, Service, parse_hours
from bot.directory.models import ContactRow, CountryRow, EmergencyNumberRow, HoursRow, MetaRow, ServiceRow

VERSION_KEY = "version"


def hours_to_json(hours: Hours | None) -> dict[str, Any] | None:
    if hours is None:
        return None
    return {
        "always": hours.always,
        "text": hours.text,
        "timezone": hours.timezone,
        "weekly": hours.weekly,
        "closed_days": [d.isoformat() for d in hours.closed_days],
    }


def _service_row(service: Service, country_code: str | None, position: int) -> ServiceRow:
    row = ServiceRow(
        id=service.id,
        country_code=country_code,
        name=service.name,
        kind=service.kind,
        operator=service.operator,
        description=service.description,
        website=service.website,
        image_age=service.image_age,
        free=service.free,
        age_min=service.age_min,
        age_max=service.age_max,
        restricted_to=list(service.countries),
        roles=list(service.roles),
        languages=list(service.languages),
        description_translations=dict(service.translations),
        global_ref=service.global_ref,
        limits=list(service.limits),
        notes=list(service.notes),
        sources=list(service.sources),
        status=service.status,
        verified_on=service.verified_on,
        verified_by=service.verified_by,
        verified_source=service.verified_source,
        position=position,
    )
    row.contacts = [
        ContactRow(
            kind=c.kind,
            value=c.value,
            instructions=c.instructions,
            display_alias=c.display_alias,
            hours=hours_to_json(c.hours),
            position=i,
        )
        for i, c in enumerate(service.contacts)
    ]
    if service.hours:
        row.hours = HoursRow(
            always_open=service.hours.always,
            text=service.hours.text,
            timezone=service.hours.timezone,
            weekly=service.hours.weekly,
            closed_days=[d.isoformat() for d in service.hours.closed_days],
        )
    return row


def bump_version(session: Session) -> int:
    """Record that the directory changed; caches reload on their next read."""
    meta = session.get(MetaRow, VERSION_KEY)
    if meta is None:
        meta = MetaRow(key=VERSION_KEY, value="0")
        session.add(meta)
    meta.value = str(int(meta.value) + 1)
    return int(meta.value)


def write_catalog(session: Session, catalog: Catalog) -> None:
    """Insert or replace every country and service of ``catalog`` (by code and id)."""
    for country in catalog.countries.values():
        replace_country(session, country)
    services: list[tuple[str | None, Service]] = [(None, s) for s in catalog.global_services] + [
        (code, s) for code, country in catalog.countries.items() for s in country.services
    ]
    for position, (owner, service) in enumerate(services):
        existing_service = session.get(ServiceRow, service.id)
        if existing_service is not None:
            session.delete(existing_service)
            session.flush()
        session.add(_service_row(service, owner, position))
    bump_version(session)


def service_from_row(row: ServiceRow) -> Service:
    hours = row.hours
    return Service(
        id=row.id,
        name=row.name,
        kind=row.kind,
        sources=tuple(row.sources or ()),
        verified_on=row.verified_on,
        verified_by=row.verified_by,
        verified_source=row.verified_source,
        status=row.status,
        description=row.description,
        operator=row.operator,
        website=row.website,
        image_age=row.image_age,
        free=row.free,
        age_min=row.age_min,
        age_max=row.age_max,
        contacts=tuple(
            Contact(
                kind=c.kind,
                value=c.value,
                instructions=c.instructions,
                display_alias=c.display_alias,
                hours=parse_hours(c.hours),
            )
            for c in row.contacts
        ),
        hours=parse_hours(
            {
                "always": hours.always_open,
                "text": hours.text,
                "timezone": hours.timezone,
                "weekly": hours.weekly,
                "closed_days": hours.closed_days,
            }
        )
        if hours
        else None,
        limits=tuple(row.limits or ()),
        notes=tuple(row.notes or ()),
        countries=tuple(row.restricted_to or ()),
        global_ref=row.global_ref,
        roles=tuple(row.roles or ()),
        languages=tuple(row.languages or ()),
        translations=dict(row.description_translations or {}),
    )


def read_catalog(session: Session) -> Catalog:
    """The published directory."""
    services = session.scalars(
        sa.select(ServiceRow).where(ServiceRow.status == "published").order_by(ServiceRow.position)
    ).all()
    by_country: dict[str | None, list[Service]] = {}
    for row in services:
        by_country.setdefault(row.country_code, []).append(service_from_row(row))
    countries = {
        row.code: country_from_row(row, tuple(by_country.get(row.code, ())))
        for row in session.scalars(sa.select(CountryRow).order_by(CountryRow.code)).all()
    }
    dates = [s.verified_on for group in by_country.values() for s in group]
    return Catalog(
        verified_on=min(dates) if dates else dt.date(1970, 1, 1),
        countries=countries,
        global_services=tuple(by_country.get(None, ())),
    )


def replace_service(session: Session, service: Service, country_code: str | None) -> None:
    """Insert or update a service in place (its position and problem reports stay); the caller bumps the version."""
    existing = session.get(ServiceRow, service.id)
    if existing is None:
        session.add(_service_row(service, country_code, _next_position(session)))
        session.flush()
        return
    fresh = _service_row(service, country_code, existing.position)
    for column in ServiceRow.__table__.columns:
        if column.key != "id":
            setattr(existing, column.key, getattr(fresh, column.key))
    existing.contacts = list(fresh.contacts)
    existing.hours = None
    session.flush()
    if fresh.hours is not None:
        existing.hours = fresh.hours
    session.flush()


def _next_position(session: Session) -> int:
    return int(session.scalar(sa.select(sa.func.coalesce(sa.func.max(ServiceRow.position), -1))) or 0) + 1


def country_from_row(row: CountryRow, services: tuple[Service, ...] = ()) -> Country:
    return Country(
        code=row.code,
        name=row.name,
        emergency=tuple(EmergencyNumber(number=n.number, purpose=n.purpose, urgent=n.urgent) for n in row.emergency),
        services=services,
        sources=tuple(row.sources or ()),
    )


def replace_country(session: Session, country: Country) -> None:
    """Insert or replace a country's name, sources and emergency numbers (its services stay)."""
    row = session.get(CountryRow, country.code) or CountryRow(code=country.code)
    row.name = country.name
    row.sources = list(country.sources)
    row.emergency = [
        EmergencyNumberRow(number=n.number, purpose=n.purpose, urgent=n.urgent, position=i)
        for i, n in enumerate(country.emergency)
    ]
    session.add(row)
    session.flush()


def every_service(session: Session) -> list[tuple[str | None, Service]]:
    """(country code, service) for every service, whatever its status, in directory order."""
    rows = session.scalars(sa.select(ServiceRow).order_by(ServiceRow.position)).all()
    return [(row.country_code, service_from_row(row)) for row in rows]


def directory_version(session: Session) -> int:
    meta = session.get(MetaRow, VERSION_KEY)
    return int(meta.value) if meta else 0


class DirectoryCache:
    """The published directory, reloaded when its version changes (one cheap query per read)."""

    def __init__(self, engine: sa.engine.Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._version = -1
        self._catalog: Catalog | None = None

    def get(self) -> Catalog:
        with Session(self.engine, future=True) as session:
            version = directory_version(session)
            with self._lock:
                if self._catalog is None or version != self._version:
                    self._catalog = read_catalog(session)
                    self._version = version
                return self._catalog
