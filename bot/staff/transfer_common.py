"""Shared pieces of directory import and export: the directory as documents, and an entry read from a file.

Both sides of an import are compared as *canonical* documents
(:func:`bot.directory.documents.service_document` / ``country_document`` of the parsed entry), so an
entry that a file describes exactly as the database holds it compares equal, whatever the file's
spelling (a date as text or as a YAML date, an empty cell or an absent key).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.catalog import Service
from bot.directory.documents import (
    Document,
    country_document,
    country_from_document,
    service_document,
    service_from_document,
)
from bot.directory.models import CountryRow
from bot.directory.seed import Problem
from bot.directory.store import country_from_row, every_service

#: Optional text fields of a service document: an empty string means the same as no value.
_OPTIONAL_TEXT = ("operator", "description", "website", "image_age", "global_ref", "verified_source")


@dataclass(frozen=True)
class Snapshot:
    """The whole directory (every status) as canonical documents, read with a handful of queries."""

    countries: dict[str, Document]
    services: dict[str, Document]

    def document(self, entity: str, entity_id: str) -> Document | None:
        return (self.services if entity == "service" else self.countries).get(entity_id)


@dataclass(frozen=True)
class Incoming:
    """One country or service as a file describes it, before it is checked."""

    entity: str  # "service" or "country"
    entity_id: str
    document: Document
    where: str  # where the entry starts: "row 4" in a CSV file, the entry's id in a YAML file


def load_snapshot(session: Session) -> Snapshot:
    """Every country and service, loaded once (the rows stay in the session, so later writes need no lookups)."""
    countries = {
        row.code: country_document(country_from_row(row))
        for row in session.scalars(sa.select(CountryRow).order_by(CountryRow.code)).all()
    }
    services = {service.id: canonical(service_document(service, code)) for code, service in every_service(session)}
    return Snapshot(countries=countries, services=services)


def canonical(doc: Document) -> Document:
    """``doc`` without values that mean "nothing" (empty optional text, hours that say nothing)."""
    doc = {key: value for key, value in doc.items() if not (key in _OPTIONAL_TEXT and value == "")}
    if doc.get("hours") == {"always": False}:
        del doc["hours"]
    if doc.get("contacts"):
        doc["contacts"] = [
            {k: v for k, v in contact.items() if not (k == "hours" and v == {"always": False})}
            for contact in doc["contacts"]
        ]
    return doc


def as_date(value: Any) -> dt.date | None:
    """A date from a YAML date or ``YYYY-MM-DD`` text; ``None`` when it is neither."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        return None


def date_problem(value: Any) -> str | None:
    """Why ``value`` is not a usable verified-on date, or ``None`` when it is."""
    if value is None or str(value).strip() == "":
        return "say when this entry was last checked against its sources (YYYY-MM-DD)"
    if as_date(value) is None:
        return f"{value!s} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21 (a spreadsheet may have changed it)"
    return None


def service_of(doc: Document) -> Service:
    """The service a (checked) document describes, with its verified-on date as a date."""
    verified_on = as_date(doc.get("verified_on"))
    return service_from_document(dict(doc, verified_on=verified_on) if verified_on else doc)


def normalized(entity: str, doc: Document) -> Document:
    """The canonical form of a checked document, as :func:`load_snapshot` gives the database's."""
    if entity == "service":
        return canonical(service_document(service_of(doc), doc.get("country") or None))
    return country_document(country_from_document(doc))


def unknown_country(code: str) -> str:
    return (
        f"unknown country {code!r}: it is neither in this file nor in the directory "
        "(add the country with its emergency numbers to create it)"
    )


def other_country(only: str, found: str | None) -> str:
    where = f"country {found}" if found else "a global service"
    return f"this import is for {only} only, and this entry is for {where}"


def check_ownership(item: Incoming, snapshot: Snapshot, only: str | None) -> list[Problem]:
    """In a one-country import, a service id that belongs to another country's service cannot be taken over."""
    if only is None or item.entity != "service":
        return []
    current = snapshot.services.get(item.entity_id)
    if current is None or current.get("country") == only:
        return []
    owner = current.get("country") or "the global services"
    return [Problem(item.where, "id", f"{item.entity_id!r} is already used by a service of {owner}; use another id")]
