"""The staff console under ``/admin``: one route table, pages in the modules beside this one.

``auth`` signs staff in and out; ``directory`` and ``drafts`` edit and publish
the helpline directory; ``tools`` holds import/export, preview, answers and
insight; ``admin`` the audit log, accounts and API tokens.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.directory.models import CountryRow, ServiceRow
from bot.staff import workflow
from bot.staff.accounts import SignedIn
from bot.staff.models import Draft
from bot.staff.roles import VIEW
from bot.staff.web import admin, auth, directory, drafts, tools
from bot.staff.web.common import in_db, page, render

STATIC = Path(__file__).with_name("static")


def _overview(session: Session, days: int) -> dict[str, int]:
    return {
        "open_drafts": session.scalar(sa.select(sa.func.count()).select_from(Draft).where(Draft.status == "open")) or 0,
        "attention": len(workflow.needing_attention(session, dt.date.today(), days)),
        "services": session.scalar(
            sa.select(sa.func.count()).select_from(ServiceRow).where(ServiceRow.status == "published")
        )
        or 0,
        "countries": session.scalar(sa.select(sa.func.count()).select_from(CountryRow)) or 0,
    }


@page(VIEW)
async def home(request: Request, who: SignedIn) -> Response:
    days = request.app.state.console.settings.stale_after_days
    return render(request, "home.html", who, days=days, **await in_db(request, _overview, days))


def console_routes() -> list[BaseRoute]:
    return [
        Route("/admin", home),
        Route("/admin/sign-in", auth.sign_in_page, methods=["GET"]),
        Route("/admin/sign-in", auth.sign_in, methods=["POST"]),
        Route("/admin/sign-out", auth.sign_out, methods=["POST"]),
        Route("/admin/directory", directory.directory),
        Route("/admin/countries/new", drafts.new_country, methods=["GET"]),
        Route("/admin/countries/new", drafts.save_country, methods=["POST"]),
        Route("/admin/countries/{code}", directory.country),
        Route("/admin/countries/{code}/edit", drafts.edit_country, methods=["GET"]),
        Route("/admin/countries/{code}/edit", drafts.save_country, methods=["POST"]),
        Route("/admin/services/new", directory.new_service, methods=["GET"]),
        Route("/admin/services/new", directory.save_service, methods=["POST"]),
        Route("/admin/services/{service_id}", directory.service),
        Route("/admin/services/{service_id}/edit", directory.edit_service, methods=["GET"]),
        Route("/admin/services/{service_id}/edit", directory.save_service, methods=["POST"]),
        Route("/admin/services/{service_id}/verify", directory.verify_service, methods=["POST"]),
        Route("/admin/services/{service_id}/report", directory.report_service, methods=["POST"]),
        Route("/admin/services/{service_id}/retire", directory.retire_service, methods=["POST"]),
        Route("/admin/verification", directory.verification),
        Route("/admin/drafts", drafts.drafts),
        Route("/admin/drafts/{draft_id:int}", drafts.draft),
        Route("/admin/drafts/{draft_id:int}/publish", drafts.publish, methods=["POST"]),
        Route("/admin/drafts/{draft_id:int}/discard", drafts.discard, methods=["POST"]),
        *tools.routes(),
        *admin.routes(),
        Mount("/admin/static", StaticFiles(directory=STATIC), name="admin-static"),
    ]
