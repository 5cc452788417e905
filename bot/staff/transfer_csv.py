"""The helpline directory as a spreadsheet (CSV): one row per contact method, plus each country's emergency numbers.

A helpline worker exports, edits a cell in Excel or LibreOffice and imports the file again.
Rows are spreadsheet rows: the header is row 1.  Columns (all of them are needed on import,
even when empty; their order does not matter):

======================  ==============================================================================
entry                   ``service`` (a service's row) or ``emergency`` (one emergency number of a country)
country                 ISO 3166-1 code such as ``GB``; empty for a global service
country_name            the country's name; it is changed on the country's emergency rows, other rows
                        repeat it or leave it empty
id                      the service's id (lower-case letters, digits, hyphens); empty on emergency rows
name, kind, status      the service's name, kind (child_helpline, report_hotline, ...) and status
                        (draft, published, retired)
contact_kind            phone, sms, whatsapp, web_chat, web_form, email or app; empty when the service
                        has no contact methods (it then has exactly one row)
contact                 the number or address; on an emergency row, the emergency number
contact_instructions    e.g. ``text CONNECT``
contact_display_alias   how the number is written for people, e.g. ``1-800-4-A-CHILD``
contact_hours           opening hours of this contact method in one line (``mon-fri 09:00-17:00; sat
                        10:00-14:00`` or ``24/7``), with contact_timezone, contact_hours_text (the hours
                        as the source states them) and contact_closed_days
emergency_for           on an emergency row: what the number is for (e.g. ``police``); empty for general
urgent                  on an emergency row: ``yes`` for a number to call in an emergency, ``no`` for a
                        tip line
hours, timezone,        the service's opening hours in one line, its IANA timezone (Europe/Berlin), the
hours_text, closed_days hours as the source states them, and dates it is closed
operator, website, description, free (yes/no), age_min, age_max, image_age (under_18, adult),
restricted_to (countries a global service is for), global_ref (the global service a national entry
names), roles, languages, limits, notes, sources (URLs), description_translations (``fr: texte``)
verified_on, verified_by, verified_source
                        when and by whom the entry was last checked, and against what (YYYY-MM-DD)
======================  ==============================================================================

Lists (sources, notes, closed days, ...) are joined with `` | `` (so an item cannot itself contain
``|``).  A service's details are repeated on each of its rows and must be the same on every row (a
problem names the row that differs).
On an emergency row, ``sources`` are the country's sources.  Contact methods and emergency numbers
keep the order of their rows.  Blank rows are skipped.  Dates are ``YYYY-MM-DD``: when a spreadsheet
rewrites dates or drops leading zeros (``000`` becomes ``0``), import the columns as *Text* or correct
the cells; the import names every cell it cannot read.  The file is read with the delimiter of its
header (comma, semicolon or tab) and written with commas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from bot.directory.catalog import parse_hours
from bot.directory.documents import (
    Document,
    format_weekly,
    hours_document,
    parse_weekly,
)
from bot.directory.models import CONTACT_KINDS
from bot.staff.transfer_common import (
    Snapshot,
    as_date,
    date_problem,
)

COUNTRY_COLUMNS = ("entry", "country", "country_name")
CONTACT_COLUMNS = (
    "contact_kind",
    "contact",
    "contact_instructions",
    "contact_display_alias",
    "contact_hours",
    "contact_timezone",
    "contact_hours_text",
    "contact_closed_days",
)
EMERGENCY_COLUMNS = ("emergency_for", "urgent")
#: Columns that describe the whole service: every row of a service repeats them.
SERVICE_COLUMNS = (
    "id",
    "name",
    "kind",
    "status",
    "hours",
    "timezone",
    "hours_text",
    "closed_days",
    "operator",
    "website",
    "description",
    "free",
    "age_min",
    "age_max",
    "image_age",
    "restricted_to",
    "global_ref",
    "roles",
    "languages",
    "limits",
    "notes",
    "sources",
    "description_translations",
    "verified_on",
    "verified_by",
    "verified_source",
)
COLUMNS = (
    *COUNTRY_COLUMNS,
    *SERVICE_COLUMNS[:4],
    *CONTACT_COLUMNS,
    *EMERGENCY_COLUMNS,
    *SERVICE_COLUMNS[4:],
)
SEPARATOR = " | "
_TEXT_FIELDS = ("operator", "website", "description", "image_age", "global_ref", "verified_source")
_LIST_FIELDS = {"restricted_to": "countries", "roles": "roles", "languages": "languages", "limits": "limits"}
_LIST_FIELDS |= {"notes": "notes", "sources": "sources"}
_YES, _NO = ("yes", "y", "true", "1"), ("no", "n", "false", "0")

Cells = dict[str, str]


# --- writing -------------------------------------------------------------------------------------------


def write_csv(snapshot: Snapshot, only: str | None, bom: bool) -> str:
    """The directory (or one country) as CSV text: global services, then each country's numbers and services."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    names = {code: str(doc["name"]) for code, doc in snapshot.countries.items()}
    by_country: dict[str | None, list[Document]] = {}
    for doc in snapshot.services.values():
        by_country.setdefault(doc.get("country") or None, []).append(doc)
    codes: list[str | None] = [only] if only else [None, *snapshot.countries]
    for code in codes:
        if code is not None:
            country = snapshot.countries[code]
            for number in country["emergency"]:
                writer.writerow(_emergency_cells(country, number))
        for doc in by_country.get(code, ()):
            writer.writerows(_service_rows(doc, names.get(code or "", "")))
    return out.getvalue()


def _joined(values: Iterable[Any] | None) -> str:
    return SEPARATOR.join(str(v) for v in values or ())


def _emergency_cells(country: Document, number: Document) -> Cells:
    return {
        "entry": "emergency",
        "country": country["code"],
        "country_name": country["name"],
        "contact": number["number"],
        "emergency_for": number.get("for") or "",
        "urgent": "yes" if number.get("urgent", True) else "no",
        "sources": _joined(country.get("sources")),
    }


def _hours_cells(hours: Document | None, prefix: str) -> Cells:
    hours = hours or {}
    return {
        f"{prefix}hours": format_weekly(hours),
        f"{prefix}timezone": hours.get("timezone") or "",
        f"{prefix}hours_text": hours.get("text") or "",
        f"{prefix}closed_days": _joined(hours.get("closed_days")),
    }


def _service_rows(doc: Document, country_name: str) -> list[Cells]:
    ages = doc.get("ages") or {}
    free = doc.get("free")
    common: Cells = {
        "entry": "service",
        "country": doc.get("country") or "",
        "country_name": country_name,
        "id": doc["id"],
        "name": doc["name"],
        "kind": doc["kind"],
        "status": doc["status"],
        **_hours_cells(doc.get("hours"), ""),
        **{field: str(doc.get(field) or "") for field in _TEXT_FIELDS},
        "free": "" if free is None else ("yes" if free else "no"),
        "age_min": str(ages.get("min", "")),
        "age_max": str(ages.get("max", "")),
        **{column: _joined(doc.get(key)) for column, key in _LIST_FIELDS.items()},
        "description_translations": _joined(
            f"{k}: {v}" for k, v in (doc.get("description_translations") or {}).items()
        ),
        "verified_on": str(doc["verified_on"]),
        "verified_by": doc.get("verified_by") or "",
    }
    rows = []
    for contact in doc.get("contacts") or [{}]:
        cells = dict(common)
        cells.update(
            {
                "contact_kind": contact.get("kind", ""),
                "contact": contact.get("value", ""),
                "contact_instructions": contact.get("instructions") or "",
                "contact_display_alias": contact.get("display_alias") or "",
                **_hours_cells(contact.get("hours"), "contact_"),
            }
        )
        rows.append(cells)
    return rows


# --- reading cells -------------------------------------------------------------------------------------


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split("|") if item.strip()] if text else []


def yes_no(text: str) -> bool | None:
    lowered = text.strip().lower()
    return True if lowered in _YES else False if lowered in _NO else None


Report = Callable[[str, str], None]


def _hours(cells: Cells, prefix: str, report: Report) -> Document | None:
    schedule, timezone = cells[f"{prefix}hours"], cells[f"{prefix}timezone"]
    text, closed = cells[f"{prefix}hours_text"], split_list(cells[f"{prefix}closed_days"])
    try:
        always, weekly = parse_weekly(schedule)
    except ValueError as problem:
        report(f"{prefix}hours", f"{problem} (or write 24/7)")
        always, weekly = False, {}
    days = [as_date(day) for day in closed]
    if None in days:
        report(f"{prefix}closed_days", "write closed days as YYYY-MM-DD, separated by ' | '")
    if not (always or weekly or timezone or text or closed):
        return None
    doc: Document = {"always": always, "timezone": timezone or None, "text": text or None, "weekly": weekly}
    doc["closed_days"] = [day.isoformat() for day in days if day is not None]
    return doc


def service_cells_document(cells: Cells, report: Report) -> Document:
    """The service-level fields of a service's first row (problems of single cells go to ``report``)."""
    doc: Document = {"id": cells["id"], "country": cells["country"] or None}
    doc.update({field: cells[field] for field in ("name", "kind", "status")})
    doc.update({field: cells[field] for field in _TEXT_FIELDS if cells[field]})
    doc.update({key: split_list(cells[column]) for column, key in _LIST_FIELDS.items() if cells[column]})
    if cells["free"]:
        free = yes_no(cells["free"])
        if free is None:
            report("free", "write yes, no, or leave it empty when the source does not say")
        else:
            doc["free"] = free
    ages = {}
    for key in ("min", "max"):
        value = cells[f"age_{key}"]
        if value and not value.isdigit():
            report(f"age_{key}", f"{value!r} is not a whole number of years")
        elif value:
            ages[key] = int(value)
    if ages:
        doc["ages"] = ages
    translations = {}
    for item in split_list(cells["description_translations"]):
        language, colon, text = item.partition(":")
        if not colon or not language.strip() or not text.strip():
            report("description_translations", f"{item!r} should look like 'fr: texte'")
        else:
            translations[language.strip()] = text.strip()
    if translations:
        doc["description_translations"] = translations
    hours = _hours(cells, "", report)
    if hours is not None:
        doc["hours"] = hours_document(parse_hours(hours))
    reason = date_problem(cells["verified_on"])
    if reason:
        report("verified_on", reason)
    doc["verified_on"] = cells["verified_on"]
    doc["verified_by"] = cells["verified_by"]
    return doc


def contact_document(cells: Cells, report: Report) -> Document | None:
    kind, value = cells["contact_kind"].lower(), cells["contact"]
    if not kind and not value:
        extra = [c for c in CONTACT_COLUMNS if cells[c]]
        if extra:
            report(extra[0], "this row has no contact: fill in contact_kind and contact, or empty this cell")
        return None
    if not kind:
        report("contact_kind", f"say what kind of contact {value!r} is: {', '.join(CONTACT_KINDS)}")
        return None
    if not value:
        report("contact", f"write the {kind} number or address")
        return None
    contact: Document = {"kind": kind, "value": value}
    for field in ("instructions", "display_alias"):
        if cells[f"contact_{field}"]:
            contact[field] = cells[f"contact_{field}"]
    hours = _hours(cells, "contact_", report)
    if hours is not None:
        contact["hours"] = hours_document(parse_hours(hours))
    return contact
