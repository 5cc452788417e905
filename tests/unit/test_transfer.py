"""Import and export of the helpline directory, as a helpline worker sees them, on SQLite and PostgreSQL.

A worker exports the directory (CSV for a spreadsheet, or YAML), edits it, uploads it: the dry run
names every problem by row and column (or entry id and field) and lists what would change; applying
writes everything in one transaction, as drafts (editors) or live and audited (publishers).
"""

from __future__ import annotations

import csv
import io
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
import sqlalchemy as sa
import yaml
from sqlalchemy.orm import Session

from bot.directory.db import make_engine, upgrade
from bot.directory.documents import Change
from bot.directory.models import CountryRow, ServiceRow
from bot.directory.seed import read_seed, seed, validate
from bot.directory.store import directory_version, replace_service
from bot.staff import audit, transfer
from bot.staff.audit import Actor
from bot.staff.models import AuditEntry, Draft, StaffAccount
from bot.staff.roles import Forbidden
from bot.staff.transfer import ImportPlan, apply_import, export_csv, export_yaml, plan_import
from bot.staff.transfer_common import load_snapshot
from bot.staff.transfer_csv import COLUMNS
from bot.staff.workflow import Invalid, WorkflowError

FILES = Path(__file__).with_name("transfer_files")


# --- set-up --------------------------------------------------------------------------------------------


def _seeded(url: str) -> sa.engine.Engine:
    upgrade(url)
    engine = make_engine(url)
    seed(engine)
    return engine


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.engine.Engine]:
    """The seeded directory, on SQLite and on PostgreSQL."""
    engine = _seeded(db_url)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("transfer") / "seeded.db"
    _seeded(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def sqlite(_template: Path, tmp_path: Path) -> Iterator[sa.engine.Engine]:
    """The seeded directory on SQLite only, for checks that do not depend on the database."""
    shutil.copy(_template, tmp_path / "directory.db")
    engine = make_engine(f"sqlite:///{tmp_path / 'directory.db'}")
    yield engine
    engine.dispose()


def _actor(engine: sa.engine.Engine, role: str) -> Actor:
    with Session(engine, future=True) as session, session.begin():
        account = StaffAccount(email=f"{role}@example.org", password_hash="-", role=role, created_at=audit.now())
        session.add(account)
        session.flush()
        return Actor(account.id, account.email, role)


def _export(engine: sa.engine.Engine, kind: str = "csv", country: str | None = None) -> str:
    with Session(engine, future=True) as session:
        return export_csv(session, country) if kind == "csv" else export_yaml(session, country)


def _plan(engine: sa.engine.Engine, data: str | bytes, filename: str = "directory.csv", **kw: Any) -> ImportPlan:
    with Session(engine, future=True) as session:
        return plan_import(session, data.encode() if isinstance(data, str) else data, filename, **kw)


def _apply(engine: sa.engine.Engine, data: str, actor: Actor, publish: bool, filename: str = "directory.csv") -> Any:
    with Session(engine, future=True) as session, session.begin():
        return apply_import(session, plan_import(session, data.encode(), filename), actor, publish)


def _state(engine: sa.engine.Engine) -> tuple[Any, ...]:
    """Everything an import could write: the entries, the version, the audit log and the drafts."""
    with Session(engine, future=True) as session:
        snapshot = load_snapshot(session)
        counts = [session.scalar(sa.select(sa.func.count()).select_from(t)) for t in (AuditEntry, Draft)]
        return snapshot.countries, snapshot.services, directory_version(session), *counts


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _csv(rows: list[dict[str, str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _row_of(rows: list[dict[str, str]], **match: str) -> int:
    """The spreadsheet row number (the header is row 1) of the first row with these cells."""
    return next(i for i, row in enumerate(rows) if all(row[k] == v for k, v in match.items())) + 2


def _fields(problems: Any) -> set[tuple[str, str]]:
    return {(p.row, p.field) for p in problems}


# --- export and the round trip -------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["csv", "yaml"])
@pytest.mark.parametrize("country", [None, "GB"])
def test_exporting_and_importing_again_changes_nothing(
    engine: sa.engine.Engine, kind: str, country: str | None
) -> None:
    plan = _plan(engine, _export(engine, kind, country), f"directory.{kind}", country=country)
    assert plan.problems == ()
    assert plan.of_kind("created") == plan.of_kind("changed") == []
    services = 65 if country is None else 3
    countries = 26 if country is None else 1
    assert len(plan.of_kind("unchanged")) == services + countries
    assert "0 to create, 0 to change" in plan.summary()


def test_the_yaml_export_is_a_seed_file_with_status_and_verification(sqlite: sa.engine.Engine, tmp_path: Path) -> None:
    path = tmp_path / "export.yml"
    path.write_text(_export(sqlite, "yaml"), encoding="utf-8")
    catalog = read_seed(path)
    assert validate(catalog) == []
    childline = catalog.country("GB").services[0]  # type: ignore[union-attr]
    assert (childline.id, childline.status, str(childline.verified_on)) == ("childline-gb", "published", "2026-11-21")
    assert childline.verified_by and childline.contacts[0].value == "0800 1111"
    assert len(catalog.global_services) == 8 and len(catalog.countries) == 26


def test_the_csv_has_a_row_per_contact_and_rows_for_emergency_numbers(sqlite: sa.engine.Engine) -> None:
    text = _export(sqlite, "csv")
    assert text.startswith("\ufeff") and text.splitlines()[0].lstrip("\ufeff") == ",".join(COLUMNS)
    rows = _rows(text)
    kids = [r for r in rows if r["id"] == "kids-help-phone-ca"]
    assert [(r["contact_kind"], r["contact"], r["contact_instructions"]) for r in kids] == [
        ("phone", "1-800-668-6868", ""),
        ("sms", "686868", "text CONNECT"),
    ]
    assert kids[0]["hours"] == "24/7" and kids[0]["country_name"] == "Canada"
    assert kids[0]["sources"].split(" | ")[0] == "https://kidshelpphone.ca/text-about-it/"
    no_contacts = [r for r in rows if r["id"] == "iwf-gb"]
    assert len(no_contacts) == 1 and no_contacts[0]["contact"] == ""
    german = next(r for r in rows if r["id"] == "nummer-gegen-kummer-de")
    assert (german["hours"], german["timezone"]) == ("mon-sat 14:00-20:00", "Europe/Berlin")
    emergency = [(r["contact"], r["urgent"]) for r in rows if r["entry"] == "emergency" and r["country"] == "GB"]
    assert emergency == [("999", "yes"), ("112", "yes")]
    assert {r["country"] for r in _rows(_export(sqlite, "csv", "de"))} == {"DE"}


def test_exporting_an_unknown_country_says_so(sqlite: sa.engine.Engine) -> None:
    with pytest.raises(WorkflowError, match="no country XX"):
        _export(sqlite, "csv", "XX")


# --- the dry run ---------------------------------------------------------------------------------------


def test_editing_one_phone_number_in_the_spreadsheet_shows_exactly_that_change(engine: sa.engine.Engine) -> None:
    rows = _rows(_export(engine))
    row = _row_of(rows, id="kids-help-phone-ca", contact_kind="phone")
    rows[row - 2]["contact"] = "1-800-668-6869"
    before = _state(engine)
    plan = _plan(engine, _csv(rows))
    assert plan.problems == ()
    [change] = plan.of_kind("changed")
    assert (change.entity, change.entity_id, change.where) == ("service", "kids-help-phone-ca", f"row {row}")
    assert change.fields == (Change("contacts[0].value", "1-800-668-6868", "1-800-668-6869"),)
    assert change.before["contacts"][0]["value"] == "1-800-668-6868"  # type: ignore[index]
    assert change.after["contacts"][0]["value"] == "1-800-668-6869"
    assert "1 to change" in plan.summary() and "'1-800-668-6868' -> '1-800-668-6869'" in transfer.format_plan(plan)
    assert _state(engine) == before  # a dry run writes nothing


def test_one_invalid_phone_number_names_the_row_and_column_and_nothing_is_written(engine: sa.engine.Engine) -> None:
    rows = _rows(_export(engine))
    row = _row_of(rows, id="childline-gb", contact_kind="phone")
    rows[row - 2]["contact"] = "0800 12"
    before = _state(engine)
    plan = _plan(engine, _csv(rows))
    assert [(p.row, p.field) for p in plan.problems] == [(f"row {row}", "contact")]
    assert "'0800 12' is not a valid number for GB" in plan.problems[0].reason
    assert transfer.format_problems(plan.problems).startswith(f"row {row}, contact: '0800 12'")
    publisher = _actor(engine, "publisher")
    before = _state(engine)
    with Session(engine, future=True) as session, session.begin(), pytest.raises(Invalid):
        apply_import(session, plan, publisher, publish=True)
    assert _state(engine) == before


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252"])
def test_a_file_that_is_not_utf8_is_one_clear_problem(sqlite: sa.engine.Engine, encoding: str) -> None:
    text = _export(sqlite, "csv", "ES").lstrip("\ufeff")
    assert "Fundación ANAR" in text
    plan = _plan(sqlite, text.encode(encoding))
    assert len(plan.problems) == 1
    problem = plan.problems[0]
    assert (problem.row, problem.field) == ("file", "encoding")
    assert "not UTF-8" in problem.reason and "CSV UTF-8" in problem.reason


def test_a_semicolon_separated_file_from_a_european_excel_is_read(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "FR"))
    plan = _plan(sqlite, "\ufeff" + _csv(rows, delimiter=";"), "france.csv", country="FR")
    assert plan.problems == () and len(plan.of_kind("unchanged")) == 4


def test_the_format_is_known_by_content_when_the_name_does_not_say(sqlite: sa.engine.Engine) -> None:
    assert _plan(sqlite, _export(sqlite, "csv", "GB"), "upload").format == "csv"
    assert _plan(sqlite, _export(sqlite, "yaml", "GB"), "upload").format == "yaml"


@pytest.mark.parametrize(
    ("data", "filename", "where", "field", "words"),
    [
        (b"", "x.csv", "file", "file", "empty"),
        (b"\n\n", "x.yml", "file", "file", "empty"),
        (b"- just\n- a list\n", "x.yml", "file", "document", "must be a mapping"),
        (b"plain text", "x.yaml", "file", "document", "must be a mapping"),
        (b"countries: [this is: not: yaml", "x.yml", "file", "yaml", "not valid YAML"),
        (b"countries:\n  GB: {name: A}\n  GB: {name: B}\n", "x.yml", "file", "yaml", "appears twice"),
        (b"name,phone\nChildline,0800 1111\n", "x.csv", "row 1", "header", "column names"),
    ],
)
def test_files_of_the_wrong_shape_are_one_clear_problem(
    sqlite: sa.engine.Engine, data: bytes, filename: str, where: str, field: str, words: str
) -> None:
    plan = _plan(sqlite, data, filename)
    assert len(plan.problems) == 1 and plan.changes == ()
    assert (plan.problems[0].row, plan.problems[0].field) == (where, field)
    assert words in plan.problems[0].reason


def test_a_missing_or_unknown_column_is_named(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "GB"))
    for row in rows:
        del row["verified_on"]
        row["Phone 2"] = ""
    plan = _plan(sqlite, _csv(rows))
    assert _fields(plan.problems) == {("row 1", "verified_on"), ("row 1", "phone_2")}
    reasons = " ".join(p.reason for p in plan.problems)
    assert "missing column" in reasons and "unknown column 'phone_2'" in reasons


def test_a_header_without_rows_is_a_problem(sqlite: sa.engine.Engine) -> None:
    plan = _plan(sqlite, ",".join(COLUMNS) + "\n")
    assert _fields(plan.problems) == {("row 2", "entry")}


def test_rows_of_one_service_must_repeat_the_same_details(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "CA"))
    sms = _row_of(rows, id="kids-help-phone-ca", contact_kind="sms")
    rows[sms - 2]["name"] = "Kids Help Line"
    plan = _plan(sqlite, _csv(rows), country="CA")
    assert _fields(plan.problems) == {(f"row {sms}", "name")}
    assert f"differs from row {sms - 1}" in plan.problems[0].reason


def test_cells_that_cannot_be_read_are_named(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "GB"))
    first = _row_of(rows, id="childline-gb")
    rows[first - 2].update(verified_on="21/11/2026", free="maybe", hours="weekdays 9-5", age_max="eighteen")
    plan = _plan(sqlite, _csv(rows), country="GB")
    assert _fields(plan.problems) == {(f"row {first}", c) for c in ("verified_on", "free", "hours", "age_max")}
    assert "YYYY-MM-DD" in next(p.reason for p in plan.problems if p.field == "verified_on")


def test_a_service_of_an_unknown_country_and_rows_of_another_country_are_problems(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "GB"))
    rows[-1].update(country="ZZ", country_name="")
    plan = _plan(sqlite, _csv(rows))
    assert [(p.row, p.field) for p in plan.problems] == [(f"row {len(rows) + 1}", "country")]
    assert "neither in this file nor in the directory" in plan.problems[0].reason
    rows[-1].update(country="FR")
    plan = _plan(sqlite, _csv(rows), country="GB")
    assert [(p.row, p.field) for p in plan.problems] == [(f"row {len(rows) + 1}", "country")]
    assert "for GB only" in plan.problems[0].reason


def test_a_one_country_import_cannot_take_over_another_countrys_service(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "GB"))
    for row in rows:
        if row["id"] == "iwf-gb":
            row["id"] = "hotline-ie"
    plan = _plan(sqlite, _csv(rows), country="GB")
    assert _fields(plan.problems) == {(f"row {_row_of(rows, id='hotline-ie')}", "id")}


def test_a_yaml_problem_names_the_entry_and_field(sqlite: sa.engine.Engine) -> None:
    text = _export(sqlite, "yaml", "GB").replace("value: 0800 1111", "value: 0800 12")
    assert "0800 12" in text
    plan = _plan(sqlite, text, "gb.yml", country="GB")
    assert _fields(plan.problems) == {("childline-gb", "contacts.phone")}
    twice = _export(sqlite, "yaml").replace("id: iwf-gb", "id: childline-gb")
    assert _fields(_plan(sqlite, twice, "all.yml").problems) == {("childline-gb", "id")}


def test_a_new_country_with_its_services_is_planned_and_a_publisher_creates_it(sqlite: sa.engine.Engine) -> None:
    plan = _plan(sqlite, (FILES / "new_country.csv").read_bytes(), "new_country.csv")
    assert plan.problems == ()
    assert [(c.entity, c.entity_id, c.kind) for c in plan.changes] == [
        ("country", "LU", "created"),
        ("service", "test-helpline-lu", "created"),
    ]
    editor, publisher = _actor(sqlite, "editor"), _actor(sqlite, "publisher")
    data = (FILES / "new_country.csv").read_text(encoding="utf-8")
    with pytest.raises(Invalid) as refused:
        _apply(sqlite, data, editor, publish=False)
    assert "new country" in refused.value.problems[0].reason
    result = _apply(sqlite, data, publisher, publish=True)
    assert result.created == ("country LU", "service test-helpline-lu")
    with Session(sqlite, future=True) as session:
        assert session.get(CountryRow, "LU").name == "Luxembourg"
        assert session.get(ServiceRow, "test-helpline-lu").contacts[0].value == "116 111"


# --- applying ------------------------------------------------------------------------------------------


def _one_number_changed(engine: sa.engine.Engine) -> str:
    rows = _rows(_export(engine))
    rows[_row_of(rows, id="kids-help-phone-ca", contact_kind="phone") - 2]["contact"] = "1-800-668-6869"
    return _csv(rows)


def _live_number(engine: sa.engine.Engine) -> str:
    with Session(engine, future=True) as session:
        return str(session.get(ServiceRow, "kids-help-phone-ca").contacts[0].value)


def test_an_editors_import_becomes_drafts_and_is_not_live(engine: sa.engine.Engine) -> None:
    editor = _actor(engine, "editor")
    version = _state(engine)[2]
    result = _apply(engine, _one_number_changed(engine), editor, publish=False)
    assert transfer.describe_result(result).startswith("Saved 1 draft(s)")
    assert _live_number(engine) == "1-800-668-6868" and _state(engine)[2] == version
    with Session(engine, future=True) as session:
        draft = session.get(Draft, result.drafts[0])
        assert (draft.entity_id, draft.status, draft.author_id) == ("kids-help-phone-ca", "open", editor.id)
        assert draft.document["contacts"][0]["value"] == "1-800-668-6869"
        assert [e.action for e in audit.entries(session, "service", "kids-help-phone-ca")] == ["edit"]
    with pytest.raises(Forbidden):
        _apply(engine, _one_number_changed(engine), editor, publish=True)


def test_a_publishers_import_is_live_and_audited(engine: sa.engine.Engine) -> None:
    publisher = _actor(engine, "publisher")
    version = _state(engine)[2]
    result = _apply(engine, _one_number_changed(engine), publisher, publish=True)
    assert result.changed == ("service kids-help-phone-ca",) and result.version == version + 1
    assert _live_number(engine) == "1-800-668-6869"
    with Session(engine, future=True) as session:
        [entry] = audit.entries(session, "service", "kids-help-phone-ca")
        assert (entry.action, entry.actor, entry.detail) == ("import", publisher.email, "import of directory.csv")
        assert entry.before["contacts"][0]["value"] == "1-800-668-6868"
        assert entry.after["contacts"][0]["value"] == "1-800-668-6869"
        assert directory_version(session) == version + 1
    assert _plan(engine, _one_number_changed(engine)).of_kind("changed") == []  # imported: nothing left to change


def test_a_viewer_cannot_import(sqlite: sa.engine.Engine) -> None:
    viewer = _actor(sqlite, "viewer")
    with pytest.raises(Forbidden):
        _apply(sqlite, _one_number_changed(sqlite), viewer, publish=False)


def test_an_import_checked_before_the_directory_changed_is_refused(engine: sa.engine.Engine) -> None:
    publisher = _actor(engine, "publisher")
    plan = _plan(engine, _one_number_changed(engine))
    with Session(engine, future=True) as session, session.begin():
        session.get(ServiceRow, "kids-help-phone-ca").contacts[0].instructions = "call"
    before = _state(engine)
    with Session(engine, future=True) as session, session.begin(), pytest.raises(WorkflowError, match="changed after"):
        apply_import(session, plan, publisher, publish=True)
    assert _state(engine) == before


def test_an_import_reviewed_before_the_directory_changed_is_refused(sqlite: sa.engine.Engine) -> None:
    # The console plans the uploaded file again when "Apply" is pressed; the fingerprint ties it to the review.
    publisher = _actor(sqlite, "publisher")
    reviewed = _plan(sqlite, _one_number_changed(sqlite)).fingerprint
    assert _plan(sqlite, _one_number_changed(sqlite)).fingerprint == reviewed
    with Session(sqlite, future=True) as session, session.begin():
        session.get(ServiceRow, "kids-help-phone-ca").name = "Kids Help Phone (renamed)"
    before = _state(sqlite)
    with Session(sqlite, future=True) as session, session.begin(), pytest.raises(WorkflowError, match="reviewed"):
        plan = plan_import(session, _one_number_changed(sqlite).encode(), "directory.csv")
        apply_import(session, plan, publisher, publish=True, reviewed=reviewed)
    assert _state(sqlite) == before


def test_apply_leaves_the_commit_to_the_caller(sqlite: sa.engine.Engine) -> None:
    publisher = _actor(sqlite, "publisher")
    before = _state(sqlite)
    with Session(sqlite, future=True) as session:
        plan = plan_import(session, _one_number_changed(sqlite).encode(), "directory.csv")
        apply_import(session, plan, publisher, publish=True)
        session.rollback()
    assert _state(sqlite) == before


def test_a_failure_halfway_through_an_import_writes_nothing(
    engine: sa.engine.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    publisher = _actor(engine, "publisher")
    rows = _rows(_export(engine))
    for row in rows:
        if row["contact_kind"] == "phone" and row["country"] in ("CA", "US"):
            row["contact_instructions"] = "free call"
    data = _csv(rows)
    assert len(_plan(engine, data).of_kind("changed")) == 4
    calls: list[tuple[Any, ...]] = []

    def failing(*args: Any) -> None:
        calls.append(args)
        if len(calls) == 3:
            raise RuntimeError("the database went away")
        replace_service(*args)

    monkeypatch.setattr("bot.staff.transfer.replace_service", failing)
    before = _state(engine)
    with pytest.raises(RuntimeError):
        _apply(engine, data, publisher, publish=True)
    assert len(calls) == 3 and _state(engine) == before


# --- a large file --------------------------------------------------------------------------------------


def _large_file(engine: sa.engine.Engine, services: int = 2500) -> str:
    """``services`` synthetic services with 4 contact methods each (10,000 rows), across the seed's countries."""
    with Session(engine, future=True) as session:
        names = {row.code: row.name for row in session.scalars(sa.select(CountryRow).order_by(CountryRow.code))}
    codes = sorted(names)
    numbers = {}
    for code in codes:
        example = phonenumbers.example_number_for_type(code, phonenumbers.PhoneNumberType.TOLL_FREE)
        assert example is not None
        numbers[code] = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    rows = []
    for i in range(services):
        code = codes[i % len(codes)]
        service = dict.fromkeys(COLUMNS, "") | {
            "entry": "service",
            "country": code,
            "country_name": names[code],
            "id": f"synthetic-{i:05d}",
            "name": f"Synthetic helpline {i}",
            "kind": "child_helpline",
            "status": "published",
            "hours": "mon-fri 09:00-17:00; sat 10:00-14:00",
            "timezone": "Europe/London",
            "free": "yes",
            "sources": f"https://example.org/source/{i} | https://example.org/register",
            "notes": "synthetic | for the load test",
            "verified_on": "2026-11-21",
            "verified_by": "load test",
        }
        for kind, value in (
            ("phone", numbers[code]),
            ("sms", "12345"),
            ("web_chat", f"https://example.org/chat/{i}"),
            ("email", f"help{i}@example.org"),
        ):
            rows.append(service | {"contact_kind": kind, "contact": value})
    return _csv(rows)


def test_a_10000_row_file_plans_without_problems_and_applies_in_one_transaction(engine: sa.engine.Engine) -> None:
    data = _large_file(engine)
    assert data.count("\n") == 10_001
    publisher = _actor(engine, "publisher")
    version = _state(engine)[2]
    started = time.perf_counter()
    plan = _plan(engine, data, "large.csv")
    planned = time.perf_counter() - started
    assert plan.problems == () and len(plan.of_kind("created")) == 2500
    started = time.perf_counter()
    with Session(engine, future=True) as session, session.begin():
        result = apply_import(session, plan, publisher, publish=True)
    applied = time.perf_counter() - started
    print(f"\n{engine.dialect.name}: planned 10,000 rows in {planned:.1f} s, applied in {applied:.1f} s")
    assert len(result.created) == 2500 and result.version == version + 1
    with Session(engine, future=True) as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(ServiceRow)) == 65 + 2500
        imports = sa.select(sa.func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")
        assert session.scalar(imports) == 2500
    assert planned < 60


# --- every field survives the round trip ---------------------------------------------------------------

RICH_SERVICES = yaml.safe_load((FILES / "rich_services.yml").read_text(encoding="utf-8"))["services"]


@pytest.mark.parametrize("kind", ["csv", "yaml"])
def test_every_field_and_status_survives_the_round_trip(engine: sa.engine.Engine, kind: str) -> None:
    from bot.directory.store import bump_version
    from bot.staff.transfer_common import service_of

    with Session(engine, future=True) as session, session.begin():
        for doc in RICH_SERVICES:
            replace_service(session, service_of(doc), doc["country"])
        bump_version(session)
    text = _export(engine, kind)
    plan = _plan(engine, text, f"directory.{kind}")
    assert plan.problems == () and plan.of_kind("changed") == plan.of_kind("created") == []
    with Session(engine, future=True) as session:
        stored = load_snapshot(session).services
    assert stored["rich-entry-gb"]["status"] == "retired" and stored["draft-global-text-line"]["status"] == "draft"
    assert stored["rich-entry-gb"]["hours"]["closed_days"] == ["2026-12-25", "2027-01-01"]
    if kind == "csv":
        row = next(r for r in _rows(text) if r["id"] == "rich-entry-gb")
        assert row["hours"] == "sat 22:00-02:00; sun 10:00-12:00, 14:00-16:00"
        assert row["description_translations"] == "cy: Disgrifiad | fr: Une description : avec deux-points"
        assert (row["free"], row["age_min"], row["restricted_to"]) == ("no", "5", "")


def test_a_contact_methods_own_hours_are_read_and_kept(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv", "CA"))
    row = _row_of(rows, id="kids-help-phone-ca", contact_kind="sms")
    rows[row - 2].update(
        contact_hours="mon-fri 18:00-22:00",
        contact_timezone="America/Toronto",
        contact_hours_text="weekday evenings",
        contact_closed_days="2026-12-25",
    )
    [change] = _plan(sqlite, _csv(rows), country="CA").of_kind("changed")
    assert change.after["contacts"][1]["hours"] == {
        "always": False,
        "text": "weekday evenings",
        "timezone": "America/Toronto",
        "weekly": {day: [["18:00", "22:00"]] for day in ("mon", "tue", "wed", "thu", "fri")},
        "closed_days": ["2026-12-25"],
    }
    _apply(sqlite, _csv(rows), _actor(sqlite, "publisher"), publish=True)
    assert not _plan(sqlite, _csv(rows), country="CA").of_kind("changed"), "the database keeps a contact's hours"
    rows[row - 2]["contact_timezone"] = "America/Atlantis"
    assert _fields(_plan(sqlite, _csv(rows), country="CA").problems) == {(f"row {row}", "contact_timezone")}


def test_a_service_id_used_in_two_countries_is_a_problem(sqlite: sa.engine.Engine) -> None:
    rows = _rows(_export(sqlite, "csv"))
    copy = dict(next(r for r in rows if r["id"] == "hotline-ie"), id="iwf-gb")
    rows.append(copy)
    plan = _plan(sqlite, _csv(rows))
    assert (f"row {len(rows) + 1}", "country") in _fields(plan.problems)


# --- the command line ----------------------------------------------------------------------------------


def test_the_command_line_exports_checks_and_imports(
    sqlite: sa.engine.Engine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    from types import SimpleNamespace

    parser = argparse.ArgumentParser(prog="lantern")
    transfer.register(
        parser.add_subparsers(dest="command", required=True), lambda settings: make_engine(settings.database_url)
    )
    settings: Any = SimpleNamespace(database_url=str(sqlite.url))

    def run(*argv: str) -> int:
        args = parser.parse_args(argv)
        return int(args.handler(settings, args))

    exported = tmp_path / "canada.csv"
    assert run("directory", "export", "--country", "CA", "--output", str(exported)) == 0
    rows = _rows(exported.read_text(encoding="utf-8"))
    rows[_row_of(rows, id="kids-help-phone-ca", contact_kind="phone") - 2]["contact"] = "1-800-668-6869"
    exported.write_text(_csv(rows), encoding="utf-8")
    assert run("directory", "import", str(exported), "--country", "CA") == 0
    assert "1 to change" in capsys.readouterr().out and _live_number(sqlite) == "1-800-668-6868"
    assert run("directory", "import", str(exported), "--apply") == 1
    assert "--as EMAIL" in capsys.readouterr().err
    assert run("directory", "import", str(exported), "--apply", "--publish") == 0
    assert "Imported and published 0 new, 1 changed" in capsys.readouterr().out
    assert _live_number(sqlite) == "1-800-668-6869"
    rows[0]["contact"] = "0800 12"
    exported.write_text(_csv(rows), encoding="utf-8")
    assert run("directory", "import", str(exported)) == 1
    assert "row 2, contact: '0800 12'" in capsys.readouterr().err


def test_a_file_saved_with_old_mac_line_endings_is_read_like_any_other(sqlite: sa.engine.Engine) -> None:
    exported = _export(sqlite, "csv", "GB")
    mac = exported.replace("\r\n", "\n").replace("\n", "\r")
    plan = _plan(sqlite, mac, country="GB")
    assert not plan.problems and not plan.of_kind("changed")
    broken = _plan(sqlite, 'entry,country\r"unclosed\rquote', country="GB")
    assert broken.problems, "a file the csv module cannot read is a problem, not a crash"
