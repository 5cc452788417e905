"""Plain documents for one country or one service: the form staff edit, drafts store and files exchange.

A service document is the seed file's form of a service (``bot/directory/seed/helplines.yml``)
plus ``country`` (``None`` for a global service) and its provenance
(``verified_on``, ``verified_by``, ``verified_source``, ``status``), so a YAML export is a valid
seed file and the seed's checks (:mod:`bot.directory.seed`) validate every edit and import.
A country document holds its name, emergency numbers and sources.

Opening hours have a one-line form for forms and spreadsheets
(``"mon-fri 09:00-17:00; sat 10:00-14:00"``, or ``"24/7"``) parsed and printed here.
:func:`diff` lists what a draft or an import changes, field by field.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import phonenumbers

from bot.directory.catalog import Country, EmergencyNumber, Hours, Service, parse_hours, parse_service
from bot.directory.seed import DAYS, Problem, _hours_problems, _service_problems, phone_is_valid

Document = dict[str, Any]

ALWAYS = "24/7"
_SLOT = re.compile(r"^(?P<days>[a-z]{3}(?:-[a-z]{3})?(?:,[a-z]{3}(?:-[a-z]{3})?)*)\s+(?P<times>.+)$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")


def hours_document(hours: Hours | None) -> Document | None:
    if hours is None:
        return None
    doc: Document = {"always": hours.always}
    if hours.text:
        doc["text"] = hours.text
    if hours.timezone:
        doc["timezone"] = hours.timezone
    if hours.weekly:
        doc["weekly"] = {day: [list(slot) for slot in hours.weekly[day]] for day in DAYS if day in hours.weekly}
    if hours.closed_days:
        doc["closed_days"] = [d.isoformat() for d in hours.closed_days]
    return doc


def service_document(service: Service, country: str | None) -> Document:
    """The plain form of ``service`` (empty fields left out, like the seed file)."""
    doc: Document = {"id": service.id, "country": country, "name": service.name, "kind": service.kind}
    optional = {
        "operator": service.operator,
        "description": service.description,
        "website": service.website,
        "image_age": service.image_age,
        "free": service.free,
        "global_ref": service.global_ref,
    }
    doc.update({key: value for key, value in optional.items() if value is not None})
    ages = {k: v for k, v in (("min", service.age_min), ("max", service.age_max)) if v is not None}
    if ages:
        doc["ages"] = ages
    if service.contacts:
        doc["contacts"] = []
        for contact in service.contacts:
            entry: Document = {"kind": contact.kind, "value": contact.value}
            if contact.instructions:
                entry["instructions"] = contact.instructions
            if contact.display_alias:
                entry["display_alias"] = contact.display_alias
            if contact.hours:
                entry["hours"] = hours_document(contact.hours)
            doc["contacts"].append(entry)
    if service.hours:
        doc["hours"] = hours_document(service.hours)
    lists = {
        "roles": service.roles,
        "languages": service.languages,
        "countries": service.countries,
        "limits": service.limits,
        "notes": service.notes,
    }
    doc.update({key: list(value) for key, value in lists.items() if value})
    if service.translations:
        doc["description_translations"] = dict(service.translations)
    doc["sources"] = list(service.sources)
    doc["status"] = service.status
    doc["verified_on"] = service.verified_on.isoformat()
    doc["verified_by"] = service.verified_by
    if service.verified_source:
        doc["verified_source"] = service.verified_source
    return doc


def service_from_document(doc: Document) -> Service:
    """The service a document describes; raises ``ValueError`` with a reason when it cannot."""
    try:
        verified_on = doc.get("verified_on")
        if not isinstance(verified_on, dt.date):
            verified_on = dt.date.fromisoformat(str(verified_on))
        return parse_service(doc, verified_on, str(doc.get("verified_by") or ""))
    except (KeyError, TypeError, ValueError, AttributeError) as problem:
        raise ValueError(f"not a service: {problem}") from None


def country_document(country: Country) -> Document:
    return {
        "code": country.code,
        "name": country.name,
        "emergency": [
            {"number": n.number, **({"for": n.purpose} if n.purpose else {}), "urgent": n.urgent}
            for n in country.emergency
        ],
        "sources": list(country.sources),
    }


def country_from_document(doc: Document) -> Country:
    try:
        return Country(
            code=str(doc["code"]).upper(),
            name=str(doc["name"]),
            emergency=tuple(
                EmergencyNumber(number=str(e["number"]), purpose=e.get("for"), urgent=bool(e.get("urgent", True)))
                for e in doc.get("emergency") or ()
            ),
            services=(),
            sources=tuple(str(s) for s in doc.get("sources") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as problem:
        raise ValueError(f"not a country: {problem}") from None


def service_problems(doc: Document, known_countries: set[str] | None = None) -> list[Problem]:
    """Everything wrong with a service document (the seed's checks plus id, country and status)."""
    row = str(doc.get("id") or "?")
    try:
        service = service_from_document(doc)
    except ValueError as problem:
        return [Problem(row, "document", str(problem))]
    problems: list[Problem] = []
    if not _ID.match(service.id):
        problems.append(Problem(row, "id", "use 2-80 lower-case letters, digits and hyphens"))
    if not service.name.strip():
        problems.append(Problem(row, "name", "a name is required"))
    country = doc.get("country") or None
    if country is not None and known_countries is not None and country not in known_countries:
        problems.append(Problem(row, "country", f"unknown country {country!r}"))
    if service.status not in ("draft", "published", "retired"):
        problems.append(Problem(row, "status", "must be draft, published or retired"))
    return problems + _service_problems(service, country)


def country_problems(doc: Document) -> list[Problem]:
    row = str(doc.get("code") or "?")
    try:
        country = country_from_document(doc)
    except ValueError as problem:
        return [Problem(row, "document", str(problem))]
    problems = []
    if not re.fullmatch(r"[A-Z]{2}", country.code):
        problems.append(Problem(row, "code", "must be an ISO 3166-1 alpha-2 code"))
    if not country.name.strip():
        problems.append(Problem(row, "name", "a name is required"))
    if not country.emergency:
        problems.append(Problem(row, "emergency", "at least one emergency number is required"))
    for number in country.emergency:
        if not (phone_is_valid(number.number, country.code) or _emergency_number(number.number, country.code)):
            problems.append(Problem(row, "emergency", f"{number.number!r} is not a valid number for {country.code}"))
    if not country.sources:
        problems.append(Problem(row, "sources", "at least one source URL is required"))
    return problems


def _emergency_number(number: str, region: str) -> bool:
    """Numbers such as France's 17 are too short for a short code but are known emergency numbers."""
    try:
        return bool(phonenumbers.is_emergency_number(number, region))
    except Exception:  # phonenumbers raises on malformed input in a few versions
        return False


# --- opening hours in one line -------------------------------------------------------------------------


def format_weekly(hours: Document | None) -> str:
    """``"24/7"``, ``"mon-fri 09:00-17:00; sat 10:00-14:00"`` or ``""`` (no schedule)."""
    if not hours:
        return ""
    if hours.get("always"):
        return ALWAYS
    weekly: dict[str, list[list[str]]] = hours.get("weekly") or {}
    groups: list[tuple[list[str], str]] = []
    for day in DAYS:
        if day not in weekly:
            continue
        times = ", ".join(f"{start}-{end}" for start, end in weekly[day])
        previous = DAYS[DAYS.index(day) - 1] if day != "mon" else None
        if groups and groups[-1][1] == times and groups[-1][0][-1] == previous:
            groups[-1][0].append(day)
        else:
            groups.append(([day], times))
    return "; ".join(
        f"{days[0]}-{days[-1]} {times}" if len(days) > 1 else f"{days[0]} {times}" for days, times in groups
    )


def parse_weekly(text: str) -> tuple[bool, dict[str, list[list[str]]]]:
    """(always open, weekly slots) from the one-line form; raises ``ValueError`` with a reason."""
    text = text.strip().lower()
    if not text:
        return False, {}
    if text in (ALWAYS, "24h", "always"):
        return True, {}
    weekly: dict[str, list[list[str]]] = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        match = _SLOT.match(part)
        if not match:
            raise ValueError(f"{part!r} should look like 'mon-fri 09:00-17:00'")
        days: list[str] = []
        for span in match["days"].split(","):
            first, _, last = span.partition("-")
            if first not in DAYS or (last and last not in DAYS):
                raise ValueError(f"{span!r}: days are {', '.join(DAYS)}")
            start, end = DAYS.index(first), DAYS.index(last or first)
            days.extend(DAYS[i % 7] for i in range(start, (end if end >= start else end + 7) + 1))
        for times in match["times"].split(","):
            start_time, sep, end_time = times.strip().partition("-")
            if not sep:
                raise ValueError(f"{times.strip()!r} should be two times like 09:00-17:00")
            for day in days:
                weekly.setdefault(day, []).append([start_time.strip(), end_time.strip()])
    return False, weekly


def hours_from_form(
    always_or_weekly: str, timezone: str, row: str, prefix: str = "hours"
) -> tuple[Document | None, list[Problem]]:
    """An hours document from the one-line schedule and a timezone, with the seed's checks."""
    try:
        always, weekly = parse_weekly(always_or_weekly)
    except ValueError as problem:
        return None, [Problem(row, prefix, str(problem))]
    if not always and not weekly:
        return None, []
    doc: Document = {"always": always}
    if timezone.strip():
        doc["timezone"] = timezone.strip()
    if weekly:
        doc["weekly"] = weekly
    return doc, _hours_problems(row, parse_hours(doc), prefix)


# --- what changed --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One field that differs between two documents (``None``: absent)."""

    field: str
    before: str | None
    after: str | None


def flatten(doc: Any, prefix: str = "") -> dict[str, str]:
    """``{"contacts[0].value": "0800 1111", ...}``: every leaf of a document as text."""
    if isinstance(doc, dict):
        flat: dict[str, str] = {}
        for key, value in doc.items():
            flat.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(doc, list):
        flat = {}
        for index, value in enumerate(doc):
            flat.update(flatten(value, f"{prefix}[{index}]"))
        return flat
    return {} if doc is None else {prefix: str(doc)}


def diff(before: Document | None, after: Document | None) -> list[Change]:
    """The fields that differ, in a stable order."""
    old, new = flatten(before or {}), flatten(after or {})
    return [
        Change(key, old.get(key), new.get(key))
        for key in sorted(old.keys() | new.keys(), key=_field_order)
        if old.get(key) != new.get(key)
    ]


def _field_order(key: str) -> tuple[int, str]:
    head = re.split(r"[.\[]", key, maxsplit=1)[0]
    order = ("id", "code", "country", "name", "kind", "contacts", "emergency", "hours", "website", "sources")
    return (order.index(head) if head in order else len(order), key)
