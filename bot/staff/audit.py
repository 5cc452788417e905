"""The append-only audit log: every change to the directory, the drafts and the accounts.

:func:`record` is the only writer (it adds a row in the caller's transaction,
so a change and its audit entry commit or roll back together); there is no
update or delete, and the database refuses both (see migration 0002).
Admins read it in the console and export it as CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.staff.models import AuditEntry

#: Kinds of change the log records.
ACTIONS = (
    "create",
    "edit",
    "publish",
    "discard",
    "retire",
    "verify",
    "report_problem",
    "resolve_problem",
    "import",
    "account_create",
    "account_change",
    "account_disable",
    "token_create",
    "token_revoke",
    "sign_in",
)


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in staff member or an API token's account (``role`` is the effective role)."""

    id: int | None
    email: str
    role: str


SYSTEM = Actor(id=None, email="system", role="admin")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str,
    before: Any = None,
    after: Any = None,
    detail: str | None = None,
) -> AuditEntry:
    """Add one entry to the log in the current transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    entry = AuditEntry(
        at=now(),
        actor_id=actor.id,
        actor=actor.email,
        action=action,
        entity=entity,
        entity_id=entity_id,
        before=before,
        after=after,
        detail=detail,
    )
    session.add(entry)
    return entry


def entries(
    session: Session, entity: str | None = None, entity_id: str | None = None, limit: int | None = 200, offset: int = 0
) -> list[AuditEntry]:
    """Newest first, optionally for one entity."""
    query = sa.select(AuditEntry).order_by(AuditEntry.id.desc())
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id:
        query = query.where(AuditEntry.entity_id == entity_id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(session.scalars(query).all())


CSV_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "before", "after", "detail")


def entry_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "at": _utc(entry.at).isoformat(),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": entry.before,
        "after": entry.after,
        "detail": entry.detail,
    }


def to_csv(rows: Iterable[AuditEntry]) -> str:
    """The log as CSV (before/after as JSON text), oldest first as read."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for entry in rows:
        data = entry_dict(entry)
        for key in ("before", "after"):
            data[key] = "" if data[key] is None else json.dumps(data[key], ensure_ascii=False, sort_keys=True)
        writer.writerow([data[column] if data[column] is not None else "" for column in CSV_COLUMNS])
    return out.getvalue()


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
