"""Check the sourced seed file and load it into the database (``lantern db seed``).

Validation names the row (country code or service id) and field of every
problem: a missing or non-URL source, a phone number that is not valid for its
country (short codes such as 116 111 or 1098 are allowed), an unknown
timezone, overlapping opening hours, an unknown kind.  If anything is wrong,
nothing is written; otherwise the whole file is written in one transaction.
Loading is idempotent: rows are replaced by code and id.
"""

from __future__ import annotations

import itertools
import re
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import phonenumbers
import sqlalchemy as sa
import yaml
from sqlalchemy.orm import Session

from bot.directory.catalog import SEED_FILE, Catalog, Hours, Service, parse_catalog
from bot.directory.models import CONTACT_KINDS, SERVICE_KINDS
from bot.directory.store import write_catalog

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_TIME = re.compile(r"^([01]\d|2[0-4]):[0-5]\d$")


@dataclass(frozen=True)
class Problem:
    row: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.row}: {self.field}: {self.reason}"


class SeedError(ValueError):
    """The seed file has problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the directory data; nothing was written.")


def phone_is_valid(value: str, country: str | None) -> bool:
    """A full number valid for ``country``, or a local short code.

    Short codes are accepted when ``phonenumbers`` knows them for the country,
    or when they are 3-6 digits not starting with 0 (its short-code data misses
    some real helplines, such as 163 in the Philippines).
    """
    compact = re.sub(r"[\s.-]", "", value).lstrip("#")
    if compact.isdigit() and 3 <= len(compact) <= 6:
        if country and _short(value, country):
            return True
        return not compact.startswith("0")
    if country is None:
        return value.startswith("+") and _parses(value, None)
    return _parses(value, country)


def _short(value: str, region: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_short_number_for_region(phonenumbers.parse(value, region), region))
    except phonenumbers.NumberParseException:
        return False


def _parses(value: str, region: str | None) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(value, region)))
    except phonenumbers.NumberParseException:
        return False


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def _hours_problems(row: str, hours: Hours | None, prefix: str = "hours") -> list[Problem]:
    if hours is None:
        return []
    problems = []
    if hours.timezone:
        try:
            zoneinfo.ZoneInfo(hours.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(Problem(row, f"{prefix}.timezone", f"unknown timezone {hours.timezone!r}"))
    if hours.weekly and not hours.timezone:
        problems.append(Problem(row, f"{prefix}.timezone", "a weekly schedule needs a timezone"))
    intervals: list[tuple[int, int]] = []
    for day, slots in hours.weekly.items():
        if day not in DAYS:
            problems.append(Problem(row, f"{prefix}.weekly.{day}", "day must be one of " + ", ".join(DAYS)))
            continue
        for slot in slots:
            if len(slot) != 2 or not all(_TIME.match(str(t)) for t in slot):
                problems.append(Problem(row, f"{prefix}.weekly.{day}", f"slot {slot!r} must be two HH:MM times"))
                continue
            start = DAYS.index(day) * 1440 + _minutes(slot[0])
            end = DAYS.index(day) * 1440 + _minutes(slot[1])
            if end <= start:
                end += 1440
            intervals.append((start, end))
    week = 7 * 1440
    spans = sorted(intervals + [(s + week, e + week) for s, e in intervals if e > week])
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            problems.append(Problem(row, f"{prefix}.weekly", "opening hours overlap"))
            break
    return problems


def _service_problems(service: Service, country: str | None) -> list[Problem]:
    row = service.id
    problems = []
    if service.kind not in SERVICE_KINDS:
        problems.append(Problem(row, "kind", f"unknown kind {service.kind!r}"))
    if not service.sources:
        problems.append(Problem(row, "sources", "at least one source URL is required"))
    problems += [Problem(row, "sources", f"{url!r} is not a URL") for url in service.sources if not _URL.match(url)]
    if service.website and not _URL.match(service.website):
        problems.append(Problem(row, "website", f"{service.website!r} is not a URL"))
    for contact in service.contacts:
        if contact.kind not in CONTACT_KINDS:
            problems.append(Problem(row, "contacts", f"unknown contact kind {contact.kind!r}"))
        elif contact.kind in {"phone", "sms", "whatsapp"}:
            region = country or (service.countries[0] if len(service.countries) == 1 else None)
            if not phone_is_valid(contact.value, region):
                where = f"for {region}" if region else "(international numbers need a + prefix)"
                problems.append(
                    Problem(row, f"contacts.{contact.kind}", f"{contact.value!r} is not a valid number {where}")
                )
        elif contact.kind in {"web_chat", "web_form"} and not _URL.match(contact.value):
            problems.append(Problem(row, f"contacts.{contact.kind}", f"{contact.value!r} is not a URL"))
    for contact in service.contacts:
        problems += _hours_problems(row, contact.hours, f"contacts.{contact.kind}.hours")
    return problems + _hours_problems(row, service.hours)


def validate(catalog: Catalog) -> list[Problem]:
    """Every problem in ``catalog``; empty when it may be written."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for code, country in catalog.countries.items():
        if not re.fullmatch(r"[A-Z]{2}", code):
            problems.append(Problem(code, "code", "must be an ISO 3166-1 alpha-2 code"))
        if not country.emergency:
            problems.append(Problem(code, "emergency", "at least one emergency number is required"))
        if not country.sources:
            problems.append(Problem(code, "sources", "at least one source URL is required"))
        for service in country.services:
            problems += _service_problems(service, code)
    for service in catalog.global_services:
        problems += _service_problems(service, None)
    for service in [*catalog.global_services, *(s for c in catalog.countries.values() for s in c.services)]:
        if service.id in seen:
            problems.append(Problem(service.id, "id", "used twice"))
        seen.add(service.id)
    return problems


def read_seed(path: Path = SEED_FILE) -> Catalog:
    """Parse a seed file; a file that is not YAML of the expected shape is one problem, not a traceback."""
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        return parse_catalog(raw)
    except (yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as problem:
        raise SeedError([Problem(str(path), "file", f"cannot be read as directory data ({problem})")]) from None


def seed(engine: sa.engine.Engine, path: Path = SEED_FILE) -> Catalog:
    """Validate ``path`` and write it in one transaction; raise :class:`SeedError` and write nothing on problems."""
    catalog = read_seed(path)
    problems = validate(catalog)
    if problems:
        raise SeedError(problems)
    with Session(engine, future=True) as session, session.begin():
        write_catalog(session, catalog)
    return catalog
