"""Import and export of the helpline directory, as CSV or YAML, whole or one country, for helpline staff.

Export (:func:`export_csv`, :func:`export_yaml`) writes every entry, whatever its status, so that
exporting and importing again changes nothing.  The CSV file is a spreadsheet with one row per
contact method (its columns are described in :mod:`bot.staff.transfer_csv`); the YAML file is a
seed file (:mod:`bot.staff.transfer_yaml`).

Importing is two steps:

1. :func:`plan_import` is a dry run that writes nothing.  It reads the file (UTF-8; a file in
   another encoding is one problem saying how to save it), checks every entry with the same rules
   as the seed file and the console, and returns an :class:`ImportPlan`: every problem as (row or
   entry id, column or field, reason), and for every entry whether it would be created, changed
   (with the changes field by field) or stay unchanged.
2. :func:`apply_import` writes a plan without problems in the caller's transaction (it never
   commits, so a failure anywhere leaves nothing written).  Editors' imports become drafts that a
   publisher publishes; a publisher's import is live at once and every entry it changes gets an
   ``import`` entry, with the before and after documents, in the audit log.  It refuses a plan
   whose entries changed in the database after the plan was made.

Importing a file never deletes an entry that the file leaves out: retiring a service is done in the
console.  A file may change an entry's status like any other field.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.documents import Change, Document, country_from_document, diff
from bot.directory.seed import Problem
from bot.directory.store import bump_version, replace_country, replace_service
from bot.staff import audit
from bot.staff.audit import SYSTEM, Actor
from bot.staff.roles import EDIT, PUBLISH, require
from bot.staff.transfer_common import Snapshot, load_snapshot, normalized, service_of
from bot.staff.transfer_csv import COLUMNS, write_csv
from bot.staff.transfer_csv_read import read_csv
from bot.staff.transfer_yaml import read_yaml, write_yaml
from bot.staff.workflow import Invalid, NotFound, WorkflowError, save_draft

if TYPE_CHECKING:
    from bot.settings import Settings

__all__ = [
    "COLUMNS",
    "EntryChange",
    "ImportPlan",
    "ImportResult",
    "apply_import",
    "describe_result",
    "export_csv",
    "export_yaml",
    "format_plan",
    "format_problems",
    "plan_import",
    "register",
]

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


# --- export --------------------------------------------------------------------------------------------


def _snapshot_for(session: Session, country: str | None) -> tuple[Snapshot, str | None]:
    snapshot = load_snapshot(session)
    code = country.strip().upper() if country else None
    if code and code not in snapshot.countries:
        raise NotFound(f"There is no country {code} in the directory.")
    return snapshot, code


def export_csv(session: Session, country: str | None = None, bom: bool = True) -> str:
    """The directory (or one country) as CSV text; ``bom`` starts it with a byte-order mark for Excel."""
    snapshot, code = _snapshot_for(session, country)
    return write_csv(snapshot, code, bom)


def export_yaml(session: Session, country: str | None = None) -> str:
    """The directory (or one country) as a seed file, with each service's status and verification."""
    snapshot, code = _snapshot_for(session, country)
    return write_yaml(snapshot, code)


# --- the dry run ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EntryChange:
    """What importing the file does to one country or service."""

    entity: str  # "service" or "country"
    entity_id: str
    kind: str  # "created", "changed" or "unchanged"
    before: Document | None
    after: Document
    fields: tuple[Change, ...]
    where: str  # "row 4" in a CSV file, the entry's id in a YAML file

    def __str__(self) -> str:
        head = f"{self.entity} {self.entity_id} ({self.where}): {self.kind}"
        lines = [f"    {c.field}: {_shown(c.before)} -> {_shown(c.after)}" for c in self.fields]
        return "\n".join([head, *lines]) if self.kind == "changed" else head


def _shown(value: str | None) -> str:
    return "(none)" if value is None else repr(value)


@dataclass(frozen=True)
class ImportPlan:
    """The outcome of a dry run: problems, and what each entry of the file would become."""

    filename: str
    format: str  # "csv" or "yaml"
    country: str | None
    problems: tuple[Problem, ...]
    changes: tuple[EntryChange, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def of_kind(self, kind: str) -> list[EntryChange]:
        return [change for change in self.changes if change.kind == kind]

    @property
    def fingerprint(self) -> str:
        """A digest of every planned change: equal for two dry runs that would write the same thing."""
        planned = [(c.entity, c.entity_id, c.kind, c.before, c.after) for c in self.changes]
        return hashlib.sha256(json.dumps(planned, sort_keys=True, default=str).encode()).hexdigest()

    def summary(self) -> str:
        if self.problems:
            return f"{len(self.problems)} problem(s) in {self.filename}; nothing can be imported until they are fixed."
        counts = {kind: len(self.of_kind(kind)) for kind in ("created", "changed", "unchanged")}
        return (
            f"{self.filename}: {counts['created']} to create, {counts['changed']} to change, "
            f"{counts['unchanged']} unchanged."
        )


def decode(data: bytes) -> tuple[str, Problem | None]:
    """The file's text, or a problem saying how to save it as UTF-8."""
    if data.startswith(_UTF16_BOMS) or b"\x00" in data[:4000]:
        return "", Problem("file", "encoding", _not_utf8("it is UTF-16 (Unicode) text"))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        return "", Problem("file", "encoding", _not_utf8(f"byte {error.start + 1} is not UTF-8"))


def _not_utf8(why: str) -> str:
    return (
        f"the file is not UTF-8 text ({why}): in Excel choose Save As > 'CSV UTF-8 (Comma delimited)', "
        "in LibreOffice tick 'Edit filter settings' and choose the character set 'Unicode (UTF-8)'"
    )


def detect_format(filename: str, text: str) -> str:
    """``csv`` or ``yaml``: by the file's extension, otherwise by its first line."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".csv", ".yml", ".yaml"):
        return "csv" if suffix == ".csv" else "yaml"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith(("#", "---", "%")):
        return "yaml"
    cell = re.split(r"[,;\t]", first, maxsplit=1)[0].strip().strip('"').lower()
    return "csv" if cell in COLUMNS or (re.search(r"[,;\t]", first) and ": " not in first) else "yaml"


def plan_import(session: Session, data: bytes, filename: str, country: str | None = None) -> ImportPlan:
    """Check a file and list what importing it would change; writes nothing.

    With ``country``, only that country's entries may be in the file.  Entries the file leaves out
    are not deleted.
    """
    only = country.strip().upper() if country else None

    def refused(problem: Problem, kind: str = "") -> ImportPlan:
        return ImportPlan(filename, kind, only, (problem,), ())

    text, problem = decode(data)
    if problem is not None:
        return refused(problem)
    if not text.strip():
        return refused(Problem("file", "file", "the file is empty: export the directory to get a file to edit"))
    kind = detect_format(filename, text)
    snapshot = load_snapshot(session)
    items, problems = (read_csv if kind == "csv" else read_yaml)(text, snapshot, only)
    changes = []
    for item in items:
        before = snapshot.document(item.entity, item.entity_id)
        after = normalized(item.entity, item.document)
        state = "created" if before is None else "unchanged" if before == after else "changed"
        changes.append(
            EntryChange(item.entity, item.entity_id, state, before, after, tuple(diff(before, after)), item.where)
        )
    return ImportPlan(filename, kind, only, tuple(problems), tuple(changes))


# --- applying ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote."""

    published: bool
    created: tuple[str, ...]  # "service childline-gb", "country GB"
    changed: tuple[str, ...]
    drafts: tuple[int, ...]  # the drafts saved (editors' imports)
    version: int | None  # the directory version after a published import


def apply_import(
    session: Session, plan: ImportPlan, actor: Actor, publish: bool, reviewed: str | None = None
) -> ImportResult:
    """Write a checked plan in the caller's transaction (never commits): drafts, or live entries when ``publish``.

    ``reviewed`` is the :attr:`ImportPlan.fingerprint` of the dry run the user saw, for callers that
    plan the file again before applying it (a web form): a different plan is refused.  Raises
    :class:`~bot.staff.workflow.Invalid` for a plan with problems, :class:`~bot.staff.roles.Forbidden`
    for a role that may not do it, and :class:`~bot.staff.workflow.WorkflowError` when an entry
    changed since the plan was made.
    """
    require(actor, PUBLISH if publish else EDIT)
    if plan.problems:
        raise Invalid(list(plan.problems))
    if reviewed is not None and reviewed != plan.fingerprint:
        raise WorkflowError("The directory changed after you reviewed this import; check the file again.")
    todo = sorted((c for c in plan.changes if c.kind != "unchanged"), key=lambda c: c.entity != "country")
    snapshot = load_snapshot(session)
    stale = [f"{c.entity} {c.entity_id}" for c in todo if snapshot.document(c.entity, c.entity_id) != c.before]
    if stale:
        shown = ", ".join(stale[:5]) + (f" and {len(stale) - 5} more" if len(stale) > 5 else "")
        raise WorkflowError(f"The directory changed after this file was checked ({shown}); check the file again.")
    created = tuple(f"{c.entity} {c.entity_id}" for c in todo if c.kind == "created")
    changed = tuple(f"{c.entity} {c.entity_id}" for c in todo if c.kind == "changed")
    if not todo:
        return ImportResult(publish, (), (), (), None)
    if not publish:
        return ImportResult(False, created, changed, _save_drafts(session, actor, todo), None)
    for change in todo:
        if change.entity == "country":
            replace_country(session, country_from_document(change.after))
        else:
            replace_service(session, service_of(change.after), change.after.get("country") or None)
        detail = f"import of {plan.filename}"
        audit.record(session, actor, "import", change.entity, change.entity_id, change.before, change.after, detail)
    return ImportResult(True, created, changed, (), bump_version(session))


def _save_drafts(session: Session, actor: Actor, todo: Sequence[EntryChange]) -> tuple[int, ...]:
    new_countries = {c.entity_id for c in todo if c.entity == "country" and c.before is None}
    waiting = [c for c in todo if c.entity == "service" and c.after.get("country") in new_countries]
    if waiting:
        raise Invalid(
            [
                Problem(
                    c.entity_id,
                    "country",
                    f"{c.after['country']} is a new country: a publisher must publish it before its services can be "
                    "drafted (a publisher can import this file, or publish the country's draft first)",
                )
                for c in waiting
            ]
        )
    drafts = [save_draft(session, actor, change.entity, change.after) for change in todo]
    return tuple(draft.id for draft in drafts)


# --- telling people ------------------------------------------------------------------------------------


def format_problems(problems: Iterable[Problem]) -> str:
    """One line per problem: ``row 4, contact: '0800 12' is not a valid number for GB``."""
    return "\n".join(f"{p.row}, {p.field}: {p.reason}" for p in problems)


def format_plan(plan: ImportPlan, show_unchanged: bool = False) -> str:
    """The plan for a terminal: its summary, then its problems or its changes."""
    if plan.problems:
        return f"{plan.summary()}\n{format_problems(plan.problems)}"
    shown = [str(c) for c in plan.changes if show_unchanged or c.kind != "unchanged"]
    return "\n".join([plan.summary(), *shown])


def describe_result(result: ImportResult) -> str:
    """One sentence for the user about what an import wrote."""
    counts = f"{len(result.created)} new, {len(result.changed)} changed"
    if not result.created and not result.changed:
        return "Nothing to import: every entry in the file matches the directory."
    if result.published:
        return f"Imported and published {counts} (directory version {result.version})."
    return f"Saved {len(result.drafts)} draft(s) ({counts}); a publisher must publish them before the bot uses them."


# --- the command line ----------------------------------------------------------------------------------

EngineFactory = Callable[["Settings"], sa.engine.Engine]


def _default_engine(settings: Settings) -> sa.engine.Engine:
    from bot.directory.db import make_engine, upgrade

    upgrade(settings.database_url)
    return make_engine(settings.database_url)


def register(commands: Any, engine_factory: EngineFactory | None = None) -> None:
    """Add ``lantern directory export`` and ``lantern directory import`` to the main parser's subcommands.

    ``engine_factory(settings)`` gives the database engine (default: upgrade the schema, then connect).
    """
    factory = engine_factory or _default_engine
    directory = commands.add_parser("directory", help="export or import the helpline directory (CSV or YAML)")
    actions = directory.add_subparsers(dest="directory_command", required=True)
    export = actions.add_parser("export", help="write the directory (every status) as CSV or YAML")
    export.add_argument("--country", help="only this country (ISO code, e.g. GB)")
    export.add_argument("--format", choices=("csv", "yaml"), help="default: from --output's extension, else csv")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: standard output)")
    export.set_defaults(handler=partial(_cmd_export, factory))
    imports = actions.add_parser("import", help="check a CSV or YAML file (a dry run unless --apply)")
    imports.add_argument("file", type=Path)
    imports.add_argument("--country", help="the file may hold only this country's entries")
    imports.add_argument("--apply", action="store_true", help="write the changes (one transaction)")
    imports.add_argument("--publish", action="store_true", help="publish at once instead of saving drafts")
    imports.add_argument("--as", dest="as_email", help="the staff account to act as (needed for drafts)")
    imports.set_defaults(handler=partial(_cmd_import, factory))


def _cmd_export(factory: EngineFactory, settings: Settings, args: Any) -> int:
    kind = args.format or ("yaml" if args.output and args.output.suffix.lower() in (".yml", ".yaml") else "csv")
    engine = factory(settings)
    try:
        with Session(engine, future=True) as session:
            if kind == "yaml":
                text = export_yaml(session, args.country)
            else:
                text = export_csv(session, args.country, bom=args.output is not None)
    except NotFound as missing:
        print(f"lantern: {missing}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    if args.output:
        args.output.write_bytes(text.encode("utf-8"))
        print(f"Wrote {args.output}.")
    else:
        sys.stdout.write(text)
    return 0


def _cmd_import(factory: EngineFactory, settings: Settings, args: Any) -> int:
    from bot.staff.accounts import find_account

    engine = factory(settings)
    try:
        with Session(engine, future=True) as session, session.begin():
            plan = plan_import(session, args.file.read_bytes(), args.file.name, args.country)
            print(format_plan(plan), file=sys.stderr if plan.problems else sys.stdout)
            if plan.problems or not args.apply:
                return 1 if plan.problems else 0
            actor = SYSTEM
            if args.as_email:
                account = find_account(session, args.as_email)
                if account is None or not account.active:
                    raise WorkflowError(f"There is no active account for {args.as_email}.")
                actor = Actor(account.id, account.email, account.role)
            elif not args.publish:
                raise WorkflowError("Drafts need an author: give --as EMAIL, or --publish to publish at once.")
            print(describe_result(apply_import(session, plan, actor, args.publish)))
            return 0
    except Invalid as invalid:
        print(f"lantern: {invalid}\n{format_problems(invalid.problems)}", file=sys.stderr)
        return 1
    except (WorkflowError, PermissionError, OSError) as refused:
        print(f"lantern: {refused}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
