"""Console tools: preview a reply, read every answer, see the insight counters, import and export the directory."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot.i18n import SUPPORTED_LANGUAGES
from bot.profile import AUDIENCES
from bot.staff.accounts import SignedIn
from bot.staff.roles import VIEW
from bot.staff.web.common import in_db, page, render
from bot.staff.web.transfer import routes as transfer_routes


def _moment(date_text: str, time_text: str, zone: str) -> dt.datetime | None:
    """The chosen local date and time in ``zone``; ``None`` (now) when not given; ValueError when wrong."""
    if not date_text and not time_text:
        return None
    day = dt.date.fromisoformat(date_text) if date_text else dt.date.today()
    clock = dt.time.fromisoformat(time_text) if time_text else dt.time(12, 0)
    return dt.datetime.combine(day, clock, tzinfo=zoneinfo.ZoneInfo(zone or "UTC"))


@page(VIEW)
async def preview_page(request: Request, who: SignedIn) -> Response:
    from bot.staff.preview import preview, situations

    query = request.query_params
    choice = {
        "situation": query.get("situation", ""),
        "country": query.get("country", "").upper(),
        "audience": query.get("audience", ""),
        "language": query.get("language", "en"),
        "date": query.get("date", ""),
        "time": query.get("time", ""),
        "zone": query.get("zone", "UTC"),
    }
    messages, error = None, None
    if choice["situation"]:
        try:
            at = _moment(choice["date"], choice["time"], choice["zone"])
            if choice["situation"] not in situations() or choice["language"] not in SUPPORTED_LANGUAGES:
                raise KeyError(choice["situation"])
            messages = await preview(
                choice["situation"], choice["country"] or None, choice["audience"] or None, choice["language"], at
            )
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            error = "The date, time or timezone is not valid (use YYYY-MM-DD, HH:MM and a name like Europe/London)."
        except KeyError:
            error = "Choose a situation and a language from the lists."
    return render(
        request,
        "preview.html",
        who,
        choice=choice,
        messages=messages,
        error=error,
        situations=sorted(situations()),
        audiences=AUDIENCES,
        languages=SUPPORTED_LANGUAGES,
    )


@page(VIEW)
async def answers_page(request: Request, who: SignedIn) -> Response:
    from bot.staff.answers import answers, coverage

    response_filter = request.query_params.get("response", "")
    rows = await run_in_threadpool(answers)
    shown = [row for row in rows if not response_filter or row.response == response_filter]
    return render(
        request,
        "answers.html",
        who,
        rows=shown,
        coverage=await run_in_threadpool(coverage),
        responses=sorted({row.response for row in rows}),
        response_filter=response_filter,
    )


@page(VIEW)
async def insight_page(request: Request, who: SignedIn) -> Response:
    from bot.insight.report import last_days, svg_chart

    report = await in_db(request, last_days, 30)
    charts = {metric: svg_chart(report, metric) for metric in ("intent", "fallback", "escalation")}
    return render(request, "insight.html", who, report=report, charts=charts)


def routes() -> list[BaseRoute]:
    return [
        Route("/admin/preview", preview_page),
        Route("/admin/answers", answers_page),
        Route("/admin/insight", insight_page),
        *transfer_routes(),
    ]
