"""Console pages for the helpline directory: browse, edit as drafts, verify, report problems, retire.

Edit forms never change what children see: they save a draft (checked with
the seed file's rules — phone numbers valid for the country, timezones,
overlapping hours, URLs, a source) that a publisher reviews on the draft's
page.  The form covers the facts staff change most; fields it does not show
(translations, limits, notes) are kept from the published entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from bot.directory.catalog import parse_hours
from bot.directory.documents import Document, format_weekly, hours_from_form
from bot.directory.models import CONTACT_KINDS, SERVICE_KINDS, CountryRow, ServiceRow
from bot.directory.seed import Problem
from bot.staff import workflow
from bot.staff.accounts import SignedIn
from bot.staff.models import Draft, ProblemReport
from bot.staff.roles import EDIT, PUBLISH, VIEW
from bot.staff.web.common import act, comma_list, in_db, lines, message_page, page, redirect, render

EXTRA_CONTACT_ROWS = 2


def _countries(session: Session) -> list[dict[str, Any]]:
    counts = dict(
        session.execute(sa.select(ServiceRow.country_code, sa.func.count()).group_by(ServiceRow.country_code)).all()
    )
    return [
        {"code": row.code, "name": row.name, "services": counts.get(row.code, 0)}
        for row in session.scalars(sa.select(CountryRow).order_by(CountryRow.name)).all()
    ] + [{"code": "", "name": "Global services", "services": counts.get(None, 0)}]


@page(VIEW)
async def directory(request: Request, who: SignedIn) -> Response:
    countries = await in_db(request, _countries)
    return render(request, "directory.html", who, countries=countries)


def _country_view(session: Session, code: str) -> dict[str, Any] | None:
    document = workflow.published_document(session, "country", code) if code else None
    if code and document is None:
        return None
    rows = session.scalars(
        sa.select(ServiceRow)
        .where(ServiceRow.country_code == code if code else ServiceRow.country_code.is_(None))
        .order_by(ServiceRow.position)
    ).all()
    drafts = {d.entity_id: d.id for d in session.scalars(sa.select(Draft).where(Draft.status == "open")).all()}
    return {"code": code, "country": document, "services": rows, "drafts": drafts}


@page(VIEW)
async def country(request: Request, who: SignedIn) -> Response:
    code = request.path_params["code"].upper() if request.path_params["code"] != "global" else ""
    view = await in_db(request, _country_view, code)
    if view is None:
        return message_page(request, who, 404, "Not found", f"There is no country {code} in the directory.")
    return render(request, "country.html", who, **view)


def _service_view(session: Session, service_id: str) -> dict[str, Any] | None:
    document = workflow.published_document(session, "service", service_id)
    if document is None:
        return None
    reports = session.scalars(
        sa.select(ProblemReport).where(ProblemReport.service_id == service_id, ProblemReport.resolved_at.is_(None))
    ).all()
    draft = workflow.open_draft(session, "service", service_id)
    return {"service": document, "reports": reports, "draft_id": draft.id if draft else None}


@page(VIEW)
async def service(request: Request, who: SignedIn) -> Response:
    view = await in_db(request, _service_view, request.path_params["service_id"])
    if view is None:
        return message_page(request, who, 404, "Not found", "There is no such service in the directory.")
    return render(request, "service.html", who, **view, notice=request.query_params.get("notice"))


# --- the service form -----------------------------------------------------------------------------------


def form_fields(document: Document) -> dict[str, Any]:
    """The form's values for a service document."""
    contacts = list(document.get("contacts") or [])
    hours = document.get("hours") or {}
    return {
        "id": document.get("id", ""),
        "country": document.get("country") or "",
        "name": document.get("name", ""),
        "kind": document.get("kind", ""),
        "operator": document.get("operator", ""),
        "website": document.get("website", ""),
        "description": document.get("description", ""),
        "sources": "\n".join(document.get("sources") or []),
        "roles": ", ".join(document.get("roles") or []),
        "languages": ", ".join(document.get("languages") or []),
        "age_min": (document.get("ages") or {}).get("min", ""),
        "age_max": (document.get("ages") or {}).get("max", ""),
        "schedule": format_weekly(hours),
        "timezone": hours.get("timezone", ""),
        "hours_text": hours.get("text", ""),
        "contacts": contacts + [{"kind": "", "value": "", "instructions": ""}] * EXTRA_CONTACT_ROWS,
    }


def document_from_form(form: FormData, base: Document) -> tuple[Document, list[Problem]]:
    """Merge the submitted form into ``base`` (fields the form does not show are kept)."""

    def get(name: str) -> str:
        return str(form.get(name) or "").strip()

    document = dict(base)
    row = get("id") or str(base.get("id") or "?")
    document.update(id=row, name=get("name"), kind=get("kind"), sources=lines(get("sources")))
    document["country"] = get("country").upper() or None
    for key in ("operator", "website", "description"):
        if get(key):
            document[key] = get(key)
        else:
            document.pop(key, None)
    for key in ("roles", "languages"):
        values = comma_list(get(key))
        document.update({key: values}) if values else document.pop(key, None)
    problems: list[Problem] = []
    ages: dict[str, int] = {}
    for bound in ("min", "max"):
        raw = get(f"age_{bound}")
        if raw:
            if raw.isdigit():
                ages[bound] = int(raw)
            else:
                problems.append(Problem(row, f"age_{bound}", "must be a whole number"))
    document.update(ages=ages) if ages else document.pop("ages", None)
    old_contacts = {(c.get("kind"), c.get("value")): c for c in base.get("contacts") or []}
    contacts = []
    index = 0
    while f"contact_kind_{index}" in form:
        kind, value = get(f"contact_kind_{index}"), get(f"contact_value_{index}")
        if kind and value:
            contact: dict[str, Any] = dict(old_contacts.get((kind, value), {}), kind=kind, value=value)
            instructions = get(f"contact_instructions_{index}")
            contact.update(instructions=instructions) if instructions else contact.pop("instructions", None)
            contacts.append(contact)
        elif value and not kind:
            problems.append(Problem(row, f"contact_kind_{index}", "choose what kind of contact this is"))
        index += 1
    document.update(contacts=contacts) if contacts else document.pop("contacts", None)
    hours, hour_problems = hours_from_form(get("schedule"), get("timezone"), row)
    problems += hour_problems
    if hours is not None or get("hours_text"):
        hours = dict(hours or {"always": False})
        if get("hours_text"):
            hours["text"] = get("hours_text")
        old = base.get("hours") or {}
        if old.get("closed_days"):
            hours["closed_days"] = old["closed_days"]
        parse_hours(hours)
        document["hours"] = hours
    else:
        document.pop("hours", None)
    return document, problems


def _edit_context(document: Document, problems: list[Problem], new: bool) -> dict[str, Any]:
    return {
        "fields": form_fields(document),
        "problems": problems,
        "new": new,
        "service_kinds": SERVICE_KINDS,
        "contact_kinds": CONTACT_KINDS,
    }


def _draft_or_published(session: Session, service_id: str) -> Document | None:
    draft = workflow.open_draft(session, "service", service_id)
    return dict(draft.document) if draft else workflow.published_document(session, "service", service_id)


@page(EDIT)
async def edit_service(request: Request, who: SignedIn) -> Response:
    document = await in_db(request, _draft_or_published, request.path_params["service_id"])
    if document is None:
        return message_page(request, who, 404, "Not found", "There is no such service in the directory.")
    return render(request, "service_form.html", who, **_edit_context(document, [], new=False))


@page(EDIT)
async def new_service(request: Request, who: SignedIn) -> Response:
    country_code = request.query_params.get("country", "").upper() or None
    blank: Document = {"id": "", "country": country_code, "name": "", "kind": "child_helpline", "sources": []}
    return render(request, "service_form.html", who, **_edit_context(blank, [], new=True))


@page(EDIT)
async def save_service(request: Request, who: SignedIn, form: FormData) -> Response:
    service_id = request.path_params.get("service_id")
    base = (await in_db(request, _draft_or_published, service_id)) if service_id else None
    if service_id and base is None:
        return message_page(request, who, 404, "Not found", "There is no such service in the directory.")
    new = base is None
    if base is None:
        base = {"status": "draft", "verified_on": dt.date.today().isoformat(), "verified_by": who.actor.email}
    document, problems = document_from_form(form, base)
    if service_id:
        document["id"] = service_id
    if problems:
        problems += await in_db(request, workflow.problems_of, "service", document)
    else:
        try:
            draft = await in_db(request, workflow.save_draft, who.actor, "service", document)
        except workflow.Invalid as invalid:
            problems = invalid.problems
        except workflow.WorkflowError as refused:
            problems = [Problem(document.get("id", "?"), "form", str(refused))]
        else:
            return redirect(
                f"/admin/drafts/{draft.id}", "Draft saved. A publisher must publish it before the bot uses it."
            )
    return render(request, "service_form.html", who, status_code=422, **_edit_context(document, problems, new))


# --- verification, problem reports, retiring ---------------------------------------------------------------


@page(PUBLISH)
async def verify_service(request: Request, who: SignedIn, form: FormData) -> Response:
    service_id = request.path_params["service_id"]
    source = str(form.get("source") or "")
    done, notice = f"/admin/services/{service_id}", "Marked as verified today."
    return await act(request, who, "Not verified", done, notice, workflow.verify, who.actor, service_id, source)


@page(VIEW)
async def report_service(request: Request, who: SignedIn, form: FormData) -> Response:
    service_id = request.path_params["service_id"]
    field, note = str(form.get("field") or ""), str(form.get("note") or "")
    done, notice = f"/admin/services/{service_id}", "Thank you: the problem is on the verification list."
    return await act(
        request, who, "Not reported", done, notice, workflow.report_problem, who.actor, service_id, field, note
    )


@page(PUBLISH)
async def retire_service(request: Request, who: SignedIn, form: FormData) -> Response:
    service_id = request.path_params["service_id"]
    done, notice = f"/admin/services/{service_id}", "Retired: the bot no longer shows this service."
    return await act(request, who, "Not retired", done, notice, workflow.retire, who.actor, service_id)


@page(VIEW)
async def verification(request: Request, who: SignedIn) -> Response:
    state_days = request.app.state.console.settings.stale_after_days
    items = await in_db(request, workflow.needing_attention, dt.date.today(), state_days)
    return render(request, "verification.html", who, items=items, days=state_days)
