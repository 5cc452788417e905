"""What each JSON API route does (see :mod:`bot.staff.api` for the route table, auth and errors).

Each handler is ``async (request, actor, body)`` and calls the same functions
as the console (:mod:`bot.staff.workflow`, :mod:`bot.staff.transfer`,
:mod:`bot.staff.audit`) inside one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from bot.directory.documents import country_document, service_document
from bot.directory.models import CountryRow
from bot.directory.store import country_from_row, every_service
from bot.staff import audit, workflow
from bot.staff.api_models import (
    AuditOut,
    ChangeOut,
    CountryDoc,
    DoneOut,
    DraftOut,
    DraftReviewOut,
    ImportChangeOut,
    ImportOut,
    PublishedOut,
    ServiceDoc,
    VerifyIn,
    WhoAmIOut,
)
from bot.staff.audit import Actor
from bot.staff.models import Draft
from bot.staff.web.common import in_db

#: Larger ids cannot exist (and would overflow an integer column).
MAX_ID = 2**31 - 1


def _draft_id(request: Request) -> int:
    raw = request.path_params["draft_id"]
    if not raw.isdigit() or int(raw) > MAX_ID:
        raise workflow.NotFound(f"There is no draft {raw!r}.")
    return int(raw)


def _draft_out(draft: Draft) -> DraftOut:
    return DraftOut(
        id=draft.id,
        entity=draft.entity,
        entity_id=draft.entity_id,
        status=draft.status,
        document=draft.document,
        created_at=audit._utc(draft.created_at),
        updated_at=audit._utc(draft.updated_at),
    )


def _changes(changes: list[Any]) -> list[ChangeOut]:
    return [ChangeOut(field=c.field, before=c.before, after=c.after) for c in changes]


async def whoami(request: Request, actor: Actor, _: Any) -> WhoAmIOut:
    return WhoAmIOut(email=actor.email, role=actor.role)


async def countries(request: Request, actor: Actor, _: Any) -> list[CountryDoc]:
    def read(session: Session) -> list[CountryDoc]:
        rows = session.scalars(sa.select(CountryRow).order_by(CountryRow.code)).all()
        return [CountryDoc.parse_obj(country_document(country_from_row(row))) for row in rows]

    return await in_db(request, read)


async def country(request: Request, actor: Actor, _: Any) -> CountryDoc:
    code = request.path_params["code"].upper()
    document = await in_db(request, workflow.published_document, "country", code)
    if document is None:
        raise workflow.NotFound(f"There is no country {code!r}.")
    return CountryDoc.parse_obj(document)


async def services(request: Request, actor: Actor, _: Any) -> list[ServiceDoc]:
    wanted = request.query_params.get("country", "").upper()

    def read(session: Session) -> list[ServiceDoc]:
        return [
            ServiceDoc.parse_obj(service_document(found, code))
            for code, found in every_service(session)
            if not wanted or code == wanted
        ]

    return await in_db(request, read)


async def service(request: Request, actor: Actor, _: Any) -> ServiceDoc:
    service_id = request.path_params["service_id"]
    document = await in_db(request, workflow.published_document, "service", service_id)
    if document is None:
        raise workflow.NotFound(f"There is no service {service_id!r}.")
    return ServiceDoc.parse_obj(document)


async def drafts(request: Request, actor: Actor, _: Any) -> list[DraftOut]:
    def read(session: Session) -> list[DraftOut]:
        rows = session.scalars(sa.select(Draft).where(Draft.status == "open").order_by(Draft.id)).all()
        return [_draft_out(row) for row in rows]

    return await in_db(request, read)


def _save(entity: str) -> Callable[[Request, Actor, Any], Awaitable[DraftOut]]:
    async def save(request: Request, actor: Actor, body: Any) -> DraftOut:
        document = body.dict(exclude_none=True, by_alias=True)
        if entity == "service":
            document = dict(document, verified_on=str(document.get("verified_on") or dt.date.today()))
            document.setdefault("verified_by", actor.email)
            document.setdefault("country", None)
        return await in_db(request, lambda s: _draft_out(workflow.save_draft(s, actor, entity, document)))

    return save


async def review(request: Request, actor: Actor, _: Any) -> DraftReviewOut:
    draft_id = _draft_id(request)

    def read(session: Session) -> DraftReviewOut:
        found = workflow.review(session, actor, draft_id)
        return DraftReviewOut(draft=_draft_out(found.draft), changes=_changes(found.changes), stale=found.stale)

    return await in_db(request, read)


async def publish(request: Request, actor: Actor, _: Any) -> PublishedOut:
    draft_id = _draft_id(request)
    changes = await in_db(request, workflow.publish, actor, draft_id)
    return PublishedOut(draft_id=draft_id, changes=_changes(changes))


async def discard(request: Request, actor: Actor, _: Any) -> DoneOut:
    draft_id = _draft_id(request)
    await in_db(request, workflow.discard, actor, draft_id)
    return DoneOut(done=f"Draft {draft_id} discarded.")


async def verify(request: Request, actor: Actor, body: VerifyIn) -> DoneOut:
    service_id = request.path_params["service_id"]
    await in_db(request, workflow.verify, actor, service_id, body.source)
    return DoneOut(done=f"{service_id} marked verified today.")


async def retire(request: Request, actor: Actor, _: Any) -> DoneOut:
    service_id = request.path_params["service_id"]
    await in_db(request, workflow.retire, actor, service_id)
    return DoneOut(done=f"{service_id} retired.")


def _flag(request: Request, name: str) -> bool:
    return request.query_params.get(name, "").lower() in ("1", "true", "yes")


async def import_file(request: Request, actor: Actor, body: bytes) -> ImportOut:
    from bot.staff import transfer

    country_code = request.query_params.get("country", "").upper() or None
    filename = "import.yaml" if request.query_params.get("format") == "yaml" else "import.csv"
    apply, publish_now = _flag(request, "apply"), _flag(request, "publish")

    def run(session: Session) -> ImportOut:
        plan = transfer.plan_import(session, body, filename, country_code)
        if plan.problems:
            raise workflow.Invalid(list(plan.problems))
        changes = [
            ImportChangeOut(entity=c.entity, entity_id=c.entity_id, kind=c.kind, changes=_changes(list(c.fields)))
            for c in plan.changes
        ]
        if not apply:
            return ImportOut(applied=False, problems=[], changes=changes, summary=transfer.format_plan(plan))
        result = transfer.apply_import(session, plan, actor, publish_now)
        return ImportOut(applied=True, problems=[], changes=changes, summary=transfer.describe_result(result))

    return await in_db(request, run)


async def export(request: Request, actor: Actor, _: Any) -> Response:
    from bot.staff import transfer

    country_code = request.query_params.get("country", "").upper() or None
    yaml_wanted = request.query_params.get("format") == "yaml"
    writer = transfer.export_yaml if yaml_wanted else transfer.export_csv
    text = await in_db(request, writer, country_code)
    return Response(text, media_type="application/yaml" if yaml_wanted else "text/csv; charset=utf-8")


async def audit_log(request: Request, actor: Actor, _: Any) -> list[AuditOut]:
    def number(name: str, default: int, top: int) -> int:
        raw = request.query_params.get(name, "")
        return min(int(raw), top) if raw.isdigit() else default

    limit, offset = max(number("limit", 200, 1000), 1), number("offset", 0, MAX_ID)
    rows = await in_db(request, lambda s: [audit.entry_dict(e) for e in audit.entries(s, limit=limit, offset=offset)])
    return [AuditOut.parse_obj(row) for row in rows]


HANDLERS: dict[str, Callable[..., Awaitable[Any]]] = {
    "whoami": whoami,
    "countries": countries,
    "country": country,
    "services": services,
    "service": service,
    "drafts": drafts,
    "draft_service": _save("service"),
    "draft_country": _save("country"),
    "review": review,
    "publish": publish,
    "discard": discard,
    "verify": verify,
    "retire": retire,
    "import": import_file,
    "export": export,
    "audit": audit_log,
}
