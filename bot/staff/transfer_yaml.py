"""The helpline directory as YAML in the seed-file format (``bot/directory/seed/helplines.yml``).

An export is a valid seed file (``bot.directory.seed.read_seed`` reads it) that also keeps each
service's ``status``, ``verified_on``, ``verified_by`` and ``verified_source``.  On import, the
top-level ``verified_on`` and ``verified_by`` are the defaults of entries that do not give their
own, as in the seed file; a problem names the entry's id (a service id or a country code) and its field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from bot.directory.documents import Document, country_problems, service_problems
from bot.directory.seed import Problem
from bot.staff.transfer_common import (
    Incoming,
    Snapshot,
    as_date,
    check_ownership,
    date_problem,
    other_country,
    unknown_country,
)

_TOP_LEVEL = ("verified_on", "verified_by", "global_services", "countries")
_SHAPE = "the file must be a mapping with 'countries' and/or 'global_services', like an exported file"


class _Dumper(yaml.SafeDumper):
    """Writes every list in full (no ``&anchors``), so each entry reads on its own."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


class _UniqueKeys(yaml.SafeLoader):
    """Refuses a mapping that gives the same key twice (PyYAML would silently keep the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} appears twice in the same mapping", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def write_yaml(snapshot: Snapshot, only: str | None) -> str:
    """The directory (or one country) as a seed file."""
    services = [doc for doc in snapshot.services.values() if only is None or doc.get("country") == only]
    dates = [as_date(doc["verified_on"]) for doc in services]
    data: dict[str, Any] = {
        "verified_on": min((d for d in dates if d), default=dt.date.today()),
    }
    if only is None:
        data["global_services"] = [_entry(doc) for doc in services if not doc.get("country")]
    data["countries"] = {
        code: {
            "name": country["name"],
            "emergency": country["emergency"],
            "sources": country["sources"],
            "services": [_entry(doc) for doc in services if doc.get("country") == code],
        }
        for code, country in snapshot.countries.items()
        if only is None or code == only
    }
    scope = f"country {only}" if only else "whole directory, every status"
    heading = (
        f"# Lantern helpline directory ({scope}), exported {dt.date.today().isoformat()}.\n"
        "# Import it again from the staff console or with `lantern directory import`; entries absent\n"
        "# from this file are not deleted on import.\n"
    )
    return heading + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def _entry(doc: Document) -> Document:
    entry = {key: value for key, value in doc.items() if key != "country"}
    entry["verified_on"] = as_date(doc["verified_on"])
    return entry


def _source_url(source: Any) -> Any:
    return source.get("url") if isinstance(source, dict) else source


class _Reader:
    def __init__(self, snapshot: Snapshot, only: str | None) -> None:
        self.snapshot = snapshot
        self.only = only
        self.problems: list[Problem] = []
        self.items: list[Incoming] = []

    def problem(self, row: str, field: str, reason: str) -> None:
        self.problems.append(Problem(row, field, reason))

    def read(self, raw: Any) -> None:
        if not isinstance(raw, dict):
            self.problem("file", "document", _SHAPE)
            return
        for key in raw:
            if key not in _TOP_LEVEL:
                self.problem("file", str(key), f"unknown key; the top level has {', '.join(_TOP_LEVEL)}")
        defaults = {"verified_on": raw.get("verified_on"), "verified_by": raw.get("verified_by") or ""}
        countries, global_services = raw.get("countries") or {}, raw.get("global_services") or []
        if not isinstance(countries, dict):
            self.problem("file", "countries", "must be a mapping of country codes (GB: ...)")
            countries = {}
        if not isinstance(global_services, list):
            self.problem("file", "global_services", "must be a list of services")
            global_services = []
        known = set(self.snapshot.countries) | {str(code).upper() for code in countries}
        services: list[tuple[str | None, Any, str]] = []
        for code, body in countries.items():
            code = str(code).upper()
            if self.only and code != self.only:
                self.problem(code, "country", other_country(self.only, code))
            elif not isinstance(body, dict):
                self.problem(code, "document", "a country is a mapping with name, emergency, sources and services")
            else:
                self._country(code, body)
                entries = body.get("services") or []
                if not isinstance(entries, list):
                    self.problem(code, "services", "must be a list of services")
                else:
                    services += [(code, entry, f"{code} services[{i}]") for i, entry in enumerate(entries)]
        services += [(None, entry, f"global_services[{i}]") for i, entry in enumerate(global_services)]
        seen: set[str] = set()
        for code, entry, where in services:
            self._service(code, entry, where, defaults, known, seen)
        if not self.items and not self.problems:
            self.problem("file", "countries", f"no entries found: {_SHAPE}")

    def _country(self, code: str, body: dict[str, Any]) -> None:
        doc: Document = {
            "code": code,
            "name": body.get("name"),
            "emergency": body.get("emergency"),
            "sources": [_source_url(s) for s in body.get("sources") or ()],
        }
        problems = country_problems(doc)
        if not str(body.get("name") or "").strip():
            problems = [p for p in problems if p.field != "name"] + [Problem(code, "name", "a name is required")]
        self.problems += problems
        if not problems:
            self.items.append(Incoming("country", code, doc, code))

    def _service(
        self, code: str | None, entry: Any, where: str, defaults: Document, known: set[str], seen: set[str]
    ) -> None:
        if not isinstance(entry, dict) or not entry.get("id"):
            self.problem(where, "id", "each service is a mapping with at least an id, a name and a kind")
            return
        service_id = str(entry["id"])
        if self.only and code is None:
            self.problem(service_id, "country", other_country(self.only, None))
            return
        before = len(self.problems)
        if service_id in seen:
            self.problem(service_id, "id", "used twice in this file; each service needs its own id")
        seen.add(service_id)
        doc = dict(entry, country=code)
        doc["verified_on"] = entry.get("verified_on") or defaults["verified_on"]
        doc["verified_by"] = str(entry.get("verified_by") or defaults["verified_by"])
        reason = date_problem(doc["verified_on"])
        if reason:
            self.problem(service_id, "verified_on", reason)
        if code and code not in known:
            self.problem(service_id, "country", unknown_country(code))
        checkable = dict(doc, verified_on=as_date(doc["verified_on"]) or dt.date(1970, 1, 1))
        self.problems += service_problems(checkable)
        item = Incoming("service", service_id, doc, service_id)
        self.problems += check_ownership(item, self.snapshot, self.only)
        if len(self.problems) == before:
            self.items.append(item)


def read_yaml(text: str, snapshot: Snapshot, only: str | None) -> tuple[list[Incoming], list[Problem]]:
    """The entries of a YAML file, and every problem found in it (entry id, field, reason)."""
    try:
        raw = yaml.load(text, Loader=_UniqueKeys)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        detail = getattr(error, "problem", None) or str(error)
        return [], [Problem("file", "yaml", f"this is not valid YAML{line}: {detail}")]
    reader = _Reader(snapshot, only)
    reader.read(raw)
    return reader.items, reader.problems
