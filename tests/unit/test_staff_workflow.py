"""Drafts, publishing, verification and accounts write an audit entry each, and the log cannot be rewritten.

Runs on SQLite and PostgreSQL (a throw-away schema), like production.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from bot.directory.db import make_engine, prepare
from bot.staff import accounts, audit, workflow
from bot.staff.audit import SYSTEM, Actor
from bot.staff.models import AuditEntry
from bot.staff.roles import Forbidden


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.engine.Engine]:
    """The seeded directory with the staff tables, on SQLite and PostgreSQL."""
    prepare(db_url)
    made = make_engine(db_url)
    yield made
    made.dispose()


def _actor(session: Session, role: str) -> Actor:
    account = accounts.create_account(session, SYSTEM, f"{role}@example.org", "a long enough password", role)
    return accounts.actor_of(account)


def _log(engine: sa.engine.Engine) -> list[AuditEntry]:
    with Session(engine, future=True) as session:
        return list(reversed(audit.entries(session, limit=None)))


def test_every_kind_of_change_is_in_the_audit_log_with_before_and_after(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        admin, editor, publisher = (_actor(session, role) for role in ("admin", "editor", "publisher"))
        document = workflow.published_document(session, "service", "childline-gb")
        assert document is not None
        draft = workflow.save_draft(session, editor, "service", dict(document, website="https://www.childline.org.uk"))
        workflow.publish(session, publisher, draft.id)
        new = {
            "id": "test-line-gb",
            "country": "GB",
            "name": "Test line",
            "kind": "parent_support",
            "sources": ["https://example.org/test-line"],
            "contacts": [{"kind": "phone", "value": "0808 800 5000"}],
            "verified_on": "2026-11-21",
            "verified_by": "editor@example.org",
        }
        created = workflow.save_draft(session, editor, "service", new)
        workflow.discard(session, editor, created.id)
        workflow.report_problem(session, editor, "iwf-gb", "website", "the page moved")
        workflow.verify(session, publisher, "iwf-gb", "https://iwf.org.uk")
        workflow.retire(session, publisher, "iwf-gb")
        country = workflow.published_document(session, "country", "GB")
        assert country is not None
        country_draft = workflow.save_draft(session, editor, "country", dict(country, name="United Kingdom"))
        workflow.publish(session, publisher, country_draft.id)
        viewer = accounts.create_account(session, admin, "viewer@example.org", "another long password", "viewer")
        accounts.change_role(session, admin, viewer.id, "editor")
        token, _ = accounts.create_token(session, admin, viewer.id, "partner", "viewer")
        accounts.revoke_token(session, admin, token.id)
        accounts.disable(session, admin, viewer.id)
    entries = _log(engine)
    actions = [entry.action for entry in entries]
    for action in (
        "account_create", "edit", "publish", "create", "discard", "report_problem", "verify", "retire",
        "account_change", "token_create", "token_revoke", "account_disable",
    ):  # fmt: skip
        assert action in actions, action
    published = next(e for e in entries if e.action == "publish" and e.entity_id == "childline-gb")
    assert published.before["website"] == "https://childline.org.uk"
    assert published.after["website"] == "https://www.childline.org.uk"
    assert published.actor == "publisher@example.org"
    verified = next(e for e in entries if e.action == "verify")
    assert verified.after["source"] == "https://iwf.org.uk" and verified.after["verified_by"] == "publisher@example.org"
    retired = next(e for e in entries if e.action == "retire")
    assert (retired.before["status"], retired.after["status"]) == ("published", "retired")
    country_change = next(e for e in entries if e.action == "publish" and e.entity == "country")
    assert country_change.after["name"] == "United Kingdom"
    assert all("password" not in str(entry.after) for entry in entries if entry.entity == "account")


def test_the_audit_log_refuses_updates_and_deletes(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        audit.record(session, SYSTEM, "verify", "service", "childline-gb", None, {"x": 1})
    for statement in (
        sa.update(AuditEntry).values(actor="someone else"),
        sa.delete(AuditEntry),
    ):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as connection:
            connection.execute(statement)
    assert len(_log(engine)) == 1


def test_publishing_refuses_a_draft_whose_live_entry_changed_meanwhile(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        editor, publisher = _actor(session, "editor"), _actor(session, "publisher")
        live = workflow.published_document(session, "service", "childline-gb")
        assert live is not None
        first = workflow.save_draft(session, editor, "service", dict(live, website="https://a.example.org"))
        other = workflow.save_draft(session, editor, "country", workflow.published_document(session, "country", "GB"))
        workflow.verify(session, publisher, "childline-gb", "https://childline.org.uk")
        assert workflow.review(session, publisher, first.id).stale
        with pytest.raises(workflow.WorkflowError, match="changed after draft"):
            workflow.publish(session, publisher, first.id)
        workflow.publish(session, publisher, other.id)


def test_roles_are_enforced_below_the_web_layer_too(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        viewer, editor = _actor(session, "viewer"), _actor(session, "editor")
        live = workflow.published_document(session, "service", "childline-gb")
        assert live is not None
        with pytest.raises(Forbidden):
            workflow.save_draft(session, viewer, "service", live)
        draft = workflow.save_draft(session, editor, "service", dict(live, name="Childline UK"))
        with pytest.raises(Forbidden):
            workflow.publish(session, editor, draft.id)
        with pytest.raises(Forbidden):
            accounts.create_account(session, editor, "x@example.org", "a long enough password", "admin")


def test_the_dashboard_lists_reported_and_stale_services_oldest_first(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        viewer = _actor(session, "viewer")
        workflow.report_problem(session, viewer, "childline-gb", "phone", "the number rings out")
        today = dt.date(2026, 11, 21)
        assert [a.service_id for a in workflow.needing_attention(session, today, 180)] == ["childline-gb"]
        later = workflow.needing_attention(session, today + dt.timedelta(days=181), 180)
    assert len(later) > 10
    assert later[0].reason.startswith("reported wrong") or later[0].verified_on <= later[-1].verified_on
    assert [a.verified_on for a in later] == sorted(a.verified_on for a in later)


def test_publishing_a_change_keeps_the_services_open_problem_reports(engine: sa.engine.Engine) -> None:
    with Session(engine, future=True) as session, session.begin():
        editor, publisher = _actor(session, "editor"), _actor(session, "publisher")
        workflow.report_problem(session, editor, "childline-gb", "phone", "the number rings out")
        live = workflow.published_document(session, "service", "childline-gb")
        assert live is not None
        draft = workflow.save_draft(session, editor, "service", dict(live, name="Childline (UK)"))
        workflow.publish(session, publisher, draft.id)
        reported = [a.service_id for a in workflow.needing_attention(session, dt.date(2026, 11, 21), 180)]
    assert reported == ["childline-gb"], "only 'mark verified' resolves a report"
