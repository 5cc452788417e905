"""Console pages for drafts: the list, one draft's diff against what is live, publish and discard; country edits.

A publisher sees every changed field with its value before and after, and a
warning when the live entry changed since the draft was started (then
publishing is refused until the draft is saved again).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from bot.directory.documents import Document
from bot.directory.seed import Problem
from bot.staff import workflow
from bot.staff.accounts import SignedIn
from bot.staff.models import Draft, StaffAccount
from bot.staff.roles import EDIT, PUBLISH, VIEW
from bot.staff.web.common import act, in_db, lines, message_page, page, redirect, render

EXTRA_NUMBER_ROWS = 2


def _drafts(session: Session) -> list[dict[str, Any]]:
    rows = session.execute(
        sa.select(Draft, StaffAccount.email)
        .join(StaffAccount, StaffAccount.id == Draft.author_id)
        .where(Draft.status == "open")
        .order_by(Draft.updated_at.desc())
    ).all()
    return [{"draft": draft, "author": email} for draft, email in rows]


@page(VIEW)
async def drafts(request: Request, who: SignedIn) -> Response:
    return render(request, "drafts.html", who, drafts=await in_db(request, _drafts))


def _review(session: Session, actor: Any, draft_id: int) -> dict[str, Any]:
    found = workflow.review(session, actor, draft_id)
    author = session.get(StaffAccount, found.draft.author_id)
    return {
        "draft": found.draft,
        "changes": found.changes,
        "stale": found.stale,
        "author": author.email if author else "?",
    }


@page(VIEW)
async def draft(request: Request, who: SignedIn) -> Response:
    try:
        view = await in_db(request, _review, who.actor, int(request.path_params["draft_id"]))
    except workflow.NotFound as missing:
        return message_page(request, who, 404, "Not found", str(missing))
    return render(request, "draft.html", who, **view, notice=request.query_params.get("notice"))


@page(PUBLISH)
async def publish(request: Request, who: SignedIn, form: FormData) -> Response:
    draft_id = int(request.path_params["draft_id"])
    done, notice = f"/admin/drafts/{draft_id}", "Published. The bot uses it from the next message."
    return await act(request, who, "Not published", done, notice, workflow.publish, who.actor, draft_id)


@page(EDIT)
async def discard(request: Request, who: SignedIn, form: FormData) -> Response:
    draft_id = int(request.path_params["draft_id"])
    return await act(
        request, who, "Not discarded", "/admin/drafts", "Draft discarded.", workflow.discard, who.actor, draft_id
    )


# --- the country form -------------------------------------------------------------------------------------


def _country_document(session: Session, code: str) -> Document | None:
    open_one = workflow.open_draft(session, "country", code)
    return dict(open_one.document) if open_one else workflow.published_document(session, "country", code)


def _country_fields(document: Document) -> dict[str, Any]:
    numbers = list(document.get("emergency") or [])
    return {
        "code": document.get("code", ""),
        "name": document.get("name", ""),
        "sources": "\n".join(document.get("sources") or []),
        "numbers": numbers + [{"number": "", "for": "", "urgent": True}] * EXTRA_NUMBER_ROWS,
    }


@page(EDIT)
async def edit_country(request: Request, who: SignedIn) -> Response:
    code = request.path_params["code"].upper()
    document = await in_db(request, _country_document, code)
    if document is None:
        return message_page(request, who, 404, "Not found", f"There is no country {code} in the directory.")
    return render(request, "country_form.html", who, fields=_country_fields(document), problems=[])


def country_from_form(form: FormData, code: str) -> Document:
    def get(name: str) -> str:
        return str(form.get(name) or "").strip()

    numbers = []
    index = 0
    while f"number_{index}" in form:
        if get(f"number_{index}"):
            entry: dict[str, Any] = {"number": get(f"number_{index}"), "urgent": bool(form.get(f"urgent_{index}"))}
            if get(f"for_{index}"):
                entry["for"] = get(f"for_{index}")
            numbers.append(entry)
        index += 1
    return {"code": code, "name": get("name"), "emergency": numbers, "sources": lines(get("sources"))}


@page(EDIT)
async def new_country(request: Request, who: SignedIn) -> Response:
    blank: Document = {"code": "", "name": "", "emergency": [], "sources": []}
    return render(request, "country_form.html", who, fields=_country_fields(blank), problems=[], new=True)


@page(EDIT)
async def save_country(request: Request, who: SignedIn, form: FormData) -> Response:
    new = "code" not in request.path_params
    code = (str(form.get("code") or "") if new else request.path_params["code"]).strip().upper()
    if new and await in_db(request, workflow.published_document, "country", code) is not None:
        problem = Problem(code, "code", "this country is already in the directory: edit it from its page")
        return render(
            request,
            "country_form.html",
            who,
            status_code=422,
            fields=_country_fields(country_from_form(form, code)),
            problems=[problem],
            new=True,
        )
    document = country_from_form(form, code)
    try:
        saved = await in_db(request, workflow.save_draft, who.actor, "country", document)
    except workflow.Invalid as invalid:
        problems: list[Problem] = invalid.problems
    except workflow.WorkflowError as refused:
        problems = [Problem(code, "form", str(refused))]
    else:
        return redirect(f"/admin/drafts/{saved.id}", "Draft saved. A publisher must publish it before the bot uses it.")
    return render(
        request, "country_form.html", who, status_code=422, fields=_country_fields(document), problems=problems
    )
