"""Changing the directory safely: drafts, the diff, publishing, retiring, verification and problem reports.

Editors save drafts (one open draft per country or service); a draft is
checked with the same rules as the seed file and reaches the bot only when a
publisher publishes it.  Publishing refuses a draft whose published entry
changed since the draft was started (its diff would be wrong).  Every step
writes an audit entry in the same transaction and bumps the directory
version, so the bot's next message sees a published change without a restart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.documents import (
    Change,
    Document,
    country_document,
    country_from_document,
    country_problems,
    diff,
    service_document,
    service_from_document,
    service_problems,
)
from bot.directory.models import CountryRow, ServiceRow
from bot.directory.seed import Problem
from bot.directory.store import bump_version, country_from_row, replace_country, replace_service, service_from_row
from bot.staff import audit
from bot.staff.audit import Actor
from bot.staff.models import Draft, ProblemReport
from bot.staff.roles import EDIT, PUBLISH, VIEW, require

ENTITIES = ("service", "country")


class WorkflowError(ValueError):
    """A step cannot be taken; the message is one sentence for the user."""


class NotFound(WorkflowError):
    pass


class Invalid(WorkflowError):
    """The document has problems; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing was saved.")


def published_document(session: Session, entity: str, entity_id: str) -> Document | None:
    """The document as it is now in the directory (any status), or ``None`` if it does not exist."""
    if entity == "service":
        row = session.get(ServiceRow, entity_id)
        return service_document(service_from_row(row), row.country_code) if row is not None else None
    if entity == "country":
        country = session.get(CountryRow, entity_id)
        if country is None:
            return None
        return country_document(country_from_row(country))
    raise NotFound(f"There is no kind of entry called {entity!r}.")


def problems_of(session: Session, entity: str, document: Document) -> list[Problem]:
    if entity == "service":
        known = set(session.scalars(sa.select(CountryRow.code)).all())
        return service_problems(document, known)
    return country_problems(document)


def entity_id_of(entity: str, document: Document) -> str:
    key = "id" if entity == "service" else "code"
    value = str(document.get(key) or "").strip()
    if not value:
        raise Invalid([Problem("?", key, "is required")])
    return value.upper() if entity == "country" else value


def open_draft(session: Session, entity: str, entity_id: str) -> Draft | None:
    found: Draft | None = session.scalars(
        sa.select(Draft).where(Draft.entity == entity, Draft.entity_id == entity_id, Draft.status == "open")
    ).first()
    return found


def get_draft(session: Session, draft_id: int) -> Draft:
    draft: Draft | None = session.get(Draft, draft_id)
    if draft is None:
        raise NotFound(f"There is no draft number {draft_id}.")
    return draft


def save_draft(session: Session, actor: Actor, entity: str, document: Document) -> Draft:
    """Create or update the open draft for the entry ``document`` describes; checked before it is saved."""
    require(actor, EDIT)
    if entity not in ENTITIES:
        raise NotFound(f"There is no kind of entry called {entity!r}.")
    entity_id = entity_id_of(entity, document)
    document = dict(document, **({"code": entity_id} if entity == "country" else {}))
    problems = problems_of(session, entity, document)
    if problems:
        raise Invalid(problems)
    current = published_document(session, entity, entity_id)
    draft = open_draft(session, entity, entity_id)
    stamp = audit.now()
    if draft is None:
        draft = Draft(
            entity=entity,
            entity_id=entity_id,
            document=document,
            base=current,
            status="open",
            author_id=actor.id,
            created_at=stamp,
            updated_at=stamp,
        )
        session.add(draft)
        before = current
    else:
        before = draft.document
        draft.document = document
        draft.updated_at = stamp
    session.flush()
    action = "create" if current is None and before is None else "edit"
    audit.record(session, actor, action, entity, entity_id, before, document, detail=f"draft #{draft.id}")
    return draft


@dataclass(frozen=True)
class Review:
    """What publishing a draft would change, and whether the published entry moved on since."""

    draft: Draft
    changes: list[Change]
    stale: bool


def review(session: Session, actor: Actor, draft_id: int) -> Review:
    require(actor, VIEW)
    draft = get_draft(session, draft_id)
    current = published_document(session, draft.entity, draft.entity_id)
    return Review(draft, diff(current, draft.document), stale=draft.status == "open" and current != draft.base)


def publish(session: Session, actor: Actor, draft_id: int, today: dt.date | None = None) -> list[Change]:
    """Make an open draft live; the publisher's review counts as a verification of what it changes."""
    require(actor, PUBLISH)
    draft = get_draft(session, draft_id)
    if draft.status != "open":
        raise WorkflowError(f"Draft {draft_id} was already {draft.status}.")
    current = published_document(session, draft.entity, draft.entity_id)
    if current != draft.base:
        raise WorkflowError(
            f"{draft.entity_id} changed after draft {draft_id} was started; open the draft, check it and save it again."
        )
    document = dict(draft.document)
    problems = problems_of(session, draft.entity, document)
    if problems:
        raise Invalid(problems)
    if draft.entity == "service":
        document["status"] = "published"
        document["verified_on"] = (today or dt.date.today()).isoformat()
        document["verified_by"] = actor.email
        document["verified_source"] = document.get("verified_source") or (document.get("sources") or [None])[0]
        replace_service(session, service_from_document(document), document.get("country") or None)
    else:
        replace_country(session, country_from_document(document))
    draft.status, draft.decided_by, draft.decided_at = "published", actor.id, audit.now()
    bump_version(session)
    changes = diff(current, document)
    audit.record(session, actor, "publish", draft.entity, draft.entity_id, current, document, f"draft #{draft.id}")
    return changes


def discard(session: Session, actor: Actor, draft_id: int) -> None:
    require(actor, EDIT)
    draft = get_draft(session, draft_id)
    if draft.status != "open":
        raise WorkflowError(f"Draft {draft_id} was already {draft.status}.")
    draft.status, draft.decided_by, draft.decided_at = "discarded", actor.id, audit.now()
    audit.record(session, actor, "discard", draft.entity, draft.entity_id, draft.document, None, f"draft #{draft.id}")


def _service_row(session: Session, service_id: str) -> ServiceRow:
    row: ServiceRow | None = session.get(ServiceRow, service_id)
    if row is None:
        raise NotFound(f"There is no service called {service_id!r}.")
    return row


def retire(session: Session, actor: Actor, service_id: str) -> None:
    """Stop showing a service to users; it stays in the directory and the log."""
    require(actor, PUBLISH)
    row = _service_row(session, service_id)
    before = service_document(service_from_row(row), row.country_code)
    row.status = "retired"
    bump_version(session)
    audit.record(session, actor, "retire", "service", service_id, before, dict(before, status="retired"))


def verify(session: Session, actor: Actor, service_id: str, source: str, on: dt.date | None = None) -> None:
    """Record that ``actor`` checked the service against ``source`` on ``on`` (default today)."""
    require(actor, PUBLISH)
    source = source.strip()
    if not source.startswith(("http://", "https://")):
        raise Invalid([Problem(service_id, "source", "give the URL you checked the service against")])
    row = _service_row(session, service_id)
    before = {"verified_on": row.verified_on.isoformat(), "verified_by": row.verified_by, "source": row.verified_source}
    row.verified_on, row.verified_by, row.verified_source = on or dt.date.today(), actor.email, source
    for report in session.scalars(
        sa.select(ProblemReport).where(ProblemReport.service_id == service_id, ProblemReport.resolved_at.is_(None))
    ):
        report.resolved_at = audit.now()
    bump_version(session)
    after = {"verified_on": row.verified_on.isoformat(), "verified_by": actor.email, "source": source}
    audit.record(session, actor, "verify", "service", service_id, before, after)


def report_problem(session: Session, actor: Actor, service_id: str, field: str, note: str) -> ProblemReport:
    """Anyone signed in may say a number or website is wrong; it shows on the verification dashboard."""
    require(actor, VIEW)
    _service_row(session, service_id)
    if field not in ("phone", "website", "hours", "other") or not note.strip():
        raise Invalid([Problem(service_id, "report", "say which part is wrong (phone, website, hours, other) and how")])
    report = ProblemReport(
        service_id=service_id, field=field, note=note.strip(), reported_by=actor.id, reported_at=audit.now()
    )
    session.add(report)
    session.flush()
    audit.record(session, actor, "report_problem", "service", service_id, None, {"field": field, "note": note.strip()})
    return report


@dataclass(frozen=True)
class Attention:
    """A published service that needs checking, and why."""

    service_id: str
    country: str | None
    name: str
    verified_on: dt.date
    reason: str


def needing_attention(session: Session, today: dt.date, max_age_days: int) -> list[Attention]:
    """Published services reported wrong or not verified for more than ``max_age_days``, oldest first."""
    reported = {
        r.service_id: r
        for r in session.scalars(sa.select(ProblemReport).where(ProblemReport.resolved_at.is_(None))).all()
    }
    rows = session.scalars(
        sa.select(ServiceRow).where(ServiceRow.status == "published").order_by(ServiceRow.verified_on, ServiceRow.id)
    ).all()
    found = []
    for row in rows:
        age = (today - row.verified_on).days
        if row.id in reported:
            report = reported[row.id]
            reason = f"reported wrong ({report.field}): {report.note}"
        elif age > max_age_days:
            reason = f"not verified for {age} days"
        else:
            continue
        found.append(Attention(row.id, row.country_code, row.name, row.verified_on, reason))
    return found
