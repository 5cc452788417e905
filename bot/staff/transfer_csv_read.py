"""Reading a directory CSV file (columns: :mod:`bot.staff.transfer_csv`) into checked entries.

Rows of one service are grouped by id (wherever they are in the file) and must repeat the same
service details; emergency rows are grouped by country.  The documents the rows build are checked
with :func:`bot.directory.documents.service_problems` and ``country_problems``, and every problem is
given back with the spreadsheet row (the header is row 1) and the column to correct.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from functools import partial

from bot.directory.documents import Document, country_problems, service_problems
from bot.directory.seed import Problem
from bot.staff.transfer_common import (
    Incoming,
    Snapshot,
    as_date,
    check_ownership,
    other_country,
    unknown_country,
)
from bot.staff.transfer_csv import (
    COLUMNS,
    COUNTRY_COLUMNS,
    EMERGENCY_COLUMNS,
    SERVICE_COLUMNS,
    Cells,
    contact_document,
    service_cells_document,
    split_list,
    yes_no,
)

#: Columns an emergency row may fill (the rest describe services).
_EMERGENCY_ROW = {*COUNTRY_COLUMNS, "contact", "sources", *EMERGENCY_COLUMNS}


class _Reader:
    """Turns the rows of one CSV file into checked entries, collecting every problem with its row and column."""

    def __init__(self, snapshot: Snapshot, only: str | None) -> None:
        self.snapshot = snapshot
        self.only = only
        self.problems: list[Problem] = []

    def problem(self, row: int, column: str, reason: str) -> None:
        self.problems.append(Problem(f"row {row}", column, reason))

    def read(self, text: str) -> list[Incoming]:
        records = self._records(text)
        if records is None:
            return []
        services: dict[str, list[tuple[int, Cells]]] = {}
        countries: dict[str, list[tuple[int, Cells]]] = {}
        for row, cells in records:
            self._sort_row(row, cells, services, countries)
        names = {code: str(doc["name"]) for code, doc in self.snapshot.countries.items()}
        names.update({code: rows[0][1]["country_name"] for code, rows in countries.items()})
        items = [self._clean(self._country, code, rows, names) for code, rows in countries.items()]
        items += [self._clean(self._service, service_id, rows, names) for service_id, rows in services.items()]
        if not records:
            self.problem(2, "entry", "the file has a header but no rows below it")
        self.problems.sort(key=lambda p: (int(p.row.split()[1]), _column_order(p.field)))
        return [item for item in items if item is not None]

    def _clean(
        self,
        build: Callable[[str, list[tuple[int, Cells]], dict[str, str]], Incoming],
        key: str,
        rows: list[tuple[int, Cells]],
        names: dict[str, str],
    ) -> Incoming | None:
        """The entry ``build`` makes of ``rows``, or ``None`` when it found problems (they are recorded)."""
        before = len(self.problems)
        item = build(key, rows, names)
        return item if len(self.problems) == before else None

    def _records(self, text: str) -> list[tuple[int, Cells]] | None:
        first_line = text.splitlines()[0] if text.strip() else ""
        delimiter = max((",", ";", "\t"), key=first_line.count)
        try:  # newline="" lets the csv module read \r\n, \n and old Mac \r line endings, and newlines in quotes
            rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as unreadable:
            self.problem(1, "file", f"cannot be read as CSV ({unreadable}); export it again as CSV UTF-8")
            return None
        header = [cell.strip().lower().replace(" ", "_") for cell in rows[0]]
        if len(set(header) & set(COLUMNS)) < len(COLUMNS) // 2:
            self.problem(
                1, "header", "the first row must hold the column names of an exported file: " + ", ".join(COLUMNS)
            )
            return None
        for index, name in enumerate(header):
            if name in header[:index]:
                self.problem(1, name, "this column appears twice; keep one of them")
            elif name not in COLUMNS and name:
                self.problem(1, name, f"unknown column {name!r}: keep the columns of an exported file")
        for name in COLUMNS:
            if name not in header:
                self.problem(1, name, "missing column: keep every column of an exported file, even empty ones")
        if self.problems:
            return None
        records = []
        for number, values in enumerate(rows[1:], start=2):
            if not any(value.strip() for value in values):
                continue
            if any(value.strip() for value in values[len(header) :]):
                self.problem(number, header[-1], "this row has more cells than the header has columns")
            cells = {name: value.strip() for name, value in zip(header, values, strict=False) if name}
            records.append((number, {name: cells.get(name, "") for name in COLUMNS}))
        return records

    def _sort_row(
        self,
        row: int,
        cells: Cells,
        services: dict[str, list[tuple[int, Cells]]],
        countries: dict[str, list[tuple[int, Cells]]],
    ) -> None:
        entry = cells["entry"].lower() or ("service" if cells["id"] else "")
        cells["country"] = code = cells["country"].upper()
        if entry not in ("service", "emergency"):
            self.problem(row, "entry", "write 'service' for a service's row or 'emergency' for an emergency number")
            return
        if self.only and code != self.only:
            self.problem(row, "country", other_country(self.only, code or None))
            return
        if entry == "emergency":
            filled = [c for c in COLUMNS if cells[c] and c not in _EMERGENCY_ROW]
            if filled:
                self.problem(row, filled[0], "an emergency row leaves the service columns empty: " + ", ".join(filled))
            if not code:
                self.problem(row, "country", "say which country this emergency number is for")
            elif not cells["contact"]:
                self.problem(row, "contact", "write the emergency number in this column")
            else:
                countries.setdefault(code, []).append((row, cells))
            return
        filled = [c for c in EMERGENCY_COLUMNS if cells[c]]
        if filled:
            self.problem(row, filled[0], "only emergency rows use " + " and ".join(EMERGENCY_COLUMNS))
        if not cells["id"]:
            self.problem(row, "id", "a service row needs the service's id")
            return
        services.setdefault(cells["id"], []).append((row, cells))

    def _agree(self, rows: list[tuple[int, Cells]], columns: Iterable[str], what: str) -> None:
        first_row, first = rows[0]
        for row, cells in rows[1:]:
            for column in columns:
                if cells[column] != first[column]:
                    self.problem(
                        row,
                        column,
                        f"{cells[column]!r} differs from row {first_row} ({first[column]!r}): "
                        f"every row of {what} must repeat the same {column}",
                    )

    def _country(self, code: str, rows: list[tuple[int, Cells]], names: dict[str, str]) -> Incoming:
        self._agree(rows, ("country_name", "sources"), f"country {code}")
        emergency = []
        for row, cells in rows:
            urgent = yes_no(cells["urgent"])
            if urgent is None and cells["urgent"]:
                self.problem(row, "urgent", "write yes (a number to call in an emergency) or no (a tip line)")
            number: Document = {"number": cells["contact"], "urgent": urgent is not False}
            if cells["emergency_for"]:
                number["for"] = cells["emergency_for"]
            emergency.append(number)
        first_row, first = rows[0]
        doc = {
            "code": code,
            "name": first["country_name"],
            "emergency": emergency,
            "sources": split_list(first["sources"]),
        }
        where = f"row {first_row}"
        for problem in country_problems(doc):
            if problem.field == "emergency" and len(rows) > 1:
                continue  # checked number by number below, to name the row
            self.problem(first_row, _COUNTRY_FIELDS.get(problem.field, "country"), problem.reason)
        if len(rows) > 1:
            for (row, _), number in zip(rows, emergency, strict=True):
                for problem in country_problems(dict(doc, emergency=[number])):
                    if problem.field == "emergency":
                        self.problem(row, "contact", problem.reason)
        return Incoming("country", code, doc, where)

    def _service(self, service_id: str, rows: list[tuple[int, Cells]], names: dict[str, str]) -> Incoming:
        self._agree(rows, ("country", *SERVICE_COLUMNS), f"service {service_id}")
        first_row, first = rows[0]
        code = first["country"] or None
        for row, cells in rows:
            if cells["country_name"] and code and code in names and cells["country_name"] != names[code]:
                self.problem(
                    row,
                    "country_name",
                    f"{cells['country_name']!r} is not the name of {code} ({names[code]!r}); "
                    "change a country's name on its emergency rows",
                )
        doc = service_cells_document(first, partial(self.problem, first_row))
        contacts: list[tuple[int, Document]] = []
        for row, cells in rows:
            contact = contact_document(cells, partial(self.problem, row))
            if contact is not None:
                contacts.append((row, contact))
        if contacts:
            doc["contacts"] = [contact for _, contact in contacts]
        if code and code not in names:
            self.problem(first_row, "country", unknown_country(code))
        checkable = dict(doc, verified_on=as_date(doc.get("verified_on")) or dt.date(1970, 1, 1))
        found = service_problems(checkable)
        for problem in found:
            if not problem.field.startswith("contacts"):
                self.problem(first_row, _service_column(problem.field), problem.reason)
        if any(p.field.startswith("contacts") for p in found):
            for row, contact in contacts:
                for problem in service_problems(dict(checkable, contacts=[contact])):
                    if problem.field.startswith("contacts"):
                        self.problem(row, _contact_column(problem.field), problem.reason)
        item = Incoming("service", service_id, doc, f"row {first_row}")
        self.problems += check_ownership(item, self.snapshot, self.only)
        return item


_COUNTRY_FIELDS = {"code": "country", "name": "country_name", "emergency": "contact", "sources": "sources"}


def _service_column(field: str) -> str:
    if field.startswith("hours.timezone"):
        return "timezone"
    if field.startswith("hours"):
        return "hours"
    return field if field in COLUMNS else "id"


def _contact_column(field: str) -> str:
    if field == "contacts":
        return "contact_kind"
    if ".hours.timezone" in field:
        return "contact_timezone"
    return "contact_hours" if ".hours" in field else "contact"


def _column_order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else len(COLUMNS)


def read_csv(text: str, snapshot: Snapshot, only: str | None) -> tuple[list[Incoming], list[Problem]]:
    """The entries of a CSV file, and every problem found in it (row, column, reason)."""
    reader = _Reader(snapshot, only)
    items = reader.read(text)
    return items, reader.problems
