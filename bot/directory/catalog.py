"""Read the sourced helpline seed file into typed, read-only records.

Every record keeps its sources and the verified-on date of the research it
came from, so any number shown to a user can be traced.  Nothing here invents
a fact: a field the seed does not give stays ``None`` or empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SEED_FILE = Path(__file__).with_name("seed") / "helplines.yml"

#: Service kinds, as used in the seed file.
CHILD_HELPLINE = "child_helpline"
REPORT_HOTLINE = "report_hotline"
IMAGE_REMOVAL = "image_removal"
SEXTORTION_SUPPORT = "sextortion_support"
DIRECTORY = "directory"


@dataclass(frozen=True)
class Hours:
    """Opening hours as the source states them."""

    always: bool = False
    text: str | None = None
    timezone: str | None = None
    weekly: dict[str, list[list[str]]] = field(default_factory=dict)
    closed_days: tuple[dt.date, ...] = ()


@dataclass(frozen=True)
class Contact:
    """One way to reach a service: a phone number, text line, chat or form."""

    kind: str
    value: str
    instructions: str | None = None
    display_alias: str | None = None
    hours: Hours | None = None


@dataclass(frozen=True)
class Service:
    """A helpline, hotline, removal route or directory, with its provenance."""

    id: str
    name: str
    kind: str
    sources: tuple[str, ...]
    verified_on: dt.date
    description: str | None = None
    operator: str | None = None
    website: str | None = None
    image_age: str | None = None
    free: bool | None = None
    age_min: int | None = None
    age_max: int | None = None
    contacts: tuple[Contact, ...] = ()
    hours: Hours | None = None
    limits: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    global_ref: str | None = None
    verified_by: str = ""
    status: str = "published"
    roles: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    translations: dict[str, str] = field(default_factory=dict)
    verified_source: str | None = None

    @property
    def phones(self) -> tuple[Contact, ...]:
        return tuple(c for c in self.contacts if c.kind == "phone")


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    purpose: str | None = None
    urgent: bool = True


@dataclass(frozen=True)
class Country:
    """A country's emergency numbers and national services."""

    code: str
    name: str
    emergency: tuple[EmergencyNumber, ...]
    services: tuple[Service, ...]
    sources: tuple[str, ...]

    @property
    def urgent_numbers(self) -> tuple[EmergencyNumber, ...]:
        """Numbers to call in an emergency (not tip lines)."""
        return tuple(n for n in self.emergency if n.urgent)

    def of_kind(self, kind: str) -> tuple[Service, ...]:
        return tuple(s for s in self.services if s.kind == kind)


@dataclass(frozen=True)
class Catalog:
    """All countries and global services of one seed file."""

    verified_on: dt.date
    countries: dict[str, Country]
    global_services: tuple[Service, ...]

    def country(self, code: str | None) -> Country | None:
        return self.countries.get(code.upper()) if code else None

    def global_service(self, service_id: str) -> Service:
        for service in self.global_services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def global_for(self, country_code: str | None) -> tuple[Service, ...]:
        """Global services, without those restricted to other countries."""
        return tuple(
            s for s in self.global_services if not s.countries or (country_code and country_code.upper() in s.countries)
        )


def _sources(raw: list[Any] | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Source URLs, and notes for sources the research dated ("page dated 2023-11-04")."""
    urls: list[str] = []
    notes: list[str] = []
    for source in raw or ():
        if isinstance(source, dict):
            urls.append(str(source.get("url", "")))
            if source.get("page_date"):
                notes.append(f"source {source.get('url')} is a page dated {source['page_date']}")
        else:
            urls.append(str(source))
    return tuple(urls), tuple(notes)


def parse_hours(raw: dict[str, Any] | None) -> Hours | None:
    """Opening hours from their plain form (seed YAML or the JSON stored in the database)."""
    if not raw:
        return None
    return Hours(
        always=bool(raw.get("always", False)),
        text=raw.get("text"),
        timezone=raw.get("timezone"),
        weekly=raw.get("weekly") or {},
        closed_days=tuple(
            d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in raw.get("closed_days") or ()
        ),
    )


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def parse_service(raw: dict[str, Any], verified_on: dt.date, verified_by: str = "") -> Service:
    """A service from its plain form (a seed-file entry or a staff document); ``verified_*`` are defaults."""
    ages = raw.get("ages") or {}
    hours = parse_hours(raw.get("hours"))
    sources, source_notes = _sources(raw.get("sources"))
    return Service(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        sources=sources,
        verified_on=_date(raw.get("verified_on")) or verified_on,
        verified_by=raw.get("verified_by") or verified_by,
        verified_source=raw.get("verified_source"),
        status=raw.get("status") or "published",
        description=raw.get("description"),
        operator=raw.get("operator"),
        website=raw.get("website"),
        image_age=raw.get("image_age"),
        free=raw.get("free"),
        age_min=ages.get("min"),
        age_max=ages.get("max"),
        contacts=tuple(
            Contact(
                kind=c["kind"],
                value=str(c["value"]),
                instructions=c.get("instructions"),
                display_alias=c.get("display_alias"),
                hours=parse_hours(c.get("hours")),
            )
            for c in raw.get("contacts") or ()
        ),
        hours=hours,
        limits=tuple(raw.get("limits") or ()),
        notes=tuple(raw.get("notes") or ()) + source_notes,
        countries=tuple(raw.get("countries") or ()),
        global_ref=raw.get("global_ref"),
        roles=tuple(raw.get("roles") or ()),
        languages=tuple(raw.get("languages") or ()),
        translations=dict(raw.get("description_translations") or {}),
    )


def parse_catalog(raw: dict[str, Any]) -> Catalog:
    """Build a :class:`Catalog` from the parsed seed YAML."""
    verified_on = raw["verified_on"]
    if not isinstance(verified_on, dt.date):
        verified_on = dt.date.fromisoformat(str(verified_on))
    verified_by = str(raw.get("verified_by") or "")
    countries = {}
    for code, body in (raw.get("countries") or {}).items():
        countries[code] = Country(
            code=code,
            name=body["name"],
            emergency=tuple(
                EmergencyNumber(number=str(e["number"]), purpose=e.get("for"), urgent=bool(e.get("urgent", True)))
                for e in body.get("emergency") or ()
            ),
            services=tuple(parse_service(s, verified_on, verified_by) for s in body.get("services") or ()),
            sources=_sources(body.get("sources"))[0],
        )
    return Catalog(
        verified_on=verified_on,
        countries=countries,
        global_services=tuple(parse_service(s, verified_on, verified_by) for s in raw.get("global_services") or ()),
    )


@lru_cache(maxsize=4)
def load_catalog(path: Path = SEED_FILE) -> Catalog:
    """Load (once) the seed file at ``path``."""
    with path.open(encoding="utf-8") as handle:
        return parse_catalog(yaml.safe_load(handle))
