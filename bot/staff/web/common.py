"""What every staff console page shares: the database, templates, sign-in check, CSRF check, error pages.

A page is an ``async`` function decorated with :func:`page`, which finds the
signed-in staff member from the session cookie (no cookie, an expired or
idle session: redirect to sign-in), checks the role (403 page otherwise) and,
for POST, checks the form's CSRF token against the session's (403 otherwise).
Database work runs in a worker thread inside one transaction (:func:`in_db`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hmac
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from bot.channels.ratelimit import SlidingWindow
from bot.settings import Settings
from bot.staff import accounts
from bot.staff.accounts import SignedIn
from bot.staff.roles import Forbidden, allows

COOKIE = "lantern_staff"
TEMPLATES = Path(__file__).with_name("templates")
#: Largest upload (import files) the console reads, in bytes.
MAX_UPLOAD = 20 * 1024 * 1024
T = TypeVar("T")


@dataclass
class Console:
    """The console's shared state, kept on ``app.state.console``."""

    settings: Settings
    engine: sa.engine.Engine
    templates: Environment
    sign_in_failures: SlidingWindow

    @property
    def idle(self) -> dt.timedelta:
        return dt.timedelta(minutes=self.settings.staff_idle_minutes)

    @property
    def lifetime(self) -> dt.timedelta:
        return dt.timedelta(hours=self.settings.staff_session_hours)


def make_console(settings: Settings, engine: sa.engine.Engine) -> Console:
    templates = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    templates.globals["allows"] = allows
    return Console(
        settings=settings,
        engine=engine,
        templates=templates,
        sign_in_failures=SlidingWindow(settings.staff_login_attempts, window=15 * 60),
    )


def console(request: Request) -> Console:
    found: Console = request.app.state.console
    return found


async def in_db(request: Request, work: Callable[..., T], *args: Any) -> T:
    """Run ``work(session, *args)`` in a worker thread, in one transaction (committed if it returns)."""

    def run() -> T:
        with Session(console(request).engine, future=True, expire_on_commit=False) as session, session.begin():
            return work(session, *args)

    return await run_in_threadpool(run)


def render(
    request: Request, template: str, who: SignedIn | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    body = (
        console(request)
        .templates.get_template(template)
        .render(request=request, who=who, actor=who.actor if who else None, csrf=who.csrf if who else "", **context)
    )
    return HTMLResponse(body, status_code=status_code, headers=SECURITY_HEADERS)


SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def message_page(request: Request, who: SignedIn | None, status_code: int, title: str, text: str) -> HTMLResponse:
    return render(request, "message.html", who, status_code=status_code, title=title, text=text)


async def signed_in(request: Request) -> SignedIn | None:
    token = request.cookies.get(COOKIE)
    if not token:
        return None
    return await in_db(request, accounts.resume_session, token, console(request).idle)


def csrf_ok(expected: str, form: FormData) -> bool:
    given = str(form.get("csrf") or "")
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())


Handler = Callable[..., Awaitable[Response]]


def page(needed: str) -> Callable[[Handler], Callable[[Request], Awaitable[Response]]]:
    """Decorate a console page: signed in, role at least ``needed``, CSRF-checked form on POST."""

    def decorate(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        @functools.wraps(handler)
        async def endpoint(request: Request) -> Response:
            who = await signed_in(request)
            if who is None:
                target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                return RedirectResponse(f"/admin/sign-in?next={quote(target)}", status_code=303)
            if not allows(who.actor.role, needed):
                return message_page(
                    request, who, 403, "Not allowed", f"This page needs the {needed} role; you are a {who.actor.role}."
                )
            if request.method == "POST":
                form = await request.form(max_part_size=MAX_UPLOAD)
                if not csrf_ok(who.csrf, form):
                    return message_page(
                        request,
                        who,
                        403,
                        "Form expired",
                        "This form has expired. Go back, reload the page and try again.",
                    )
                try:
                    return await handler(request, who, form)
                except Forbidden as refused:
                    return message_page(request, who, 403, "Not allowed", str(refused))
            try:
                return await handler(request, who)
            except Forbidden as refused:
                return message_page(request, who, 403, "Not allowed", str(refused))

        return endpoint

    return decorate


def redirect(path: str, notice: str | None = None) -> RedirectResponse:
    """See-other redirect after a successful POST, with an optional notice shown on the next page."""
    return RedirectResponse(path + (f"?notice={quote(notice)}" if notice else ""), status_code=303)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def comma_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def problem_text(error: Exception) -> str:
    """One line for the user: the problems of a refused document, or the refusal's own sentence."""
    problems = getattr(error, "problems", None)
    if problems:
        return "; ".join(f"{p.field}: {p.reason}" for p in problems)
    return str(error)


async def act(
    request: Request, who: SignedIn, title: str, done: str, notice: str, work: Callable[..., Any], *args: Any
) -> Response:
    """Run a console action in one transaction; on refusal say why (404, 403, 422 invalid, 409 refused now)."""
    from bot.staff.workflow import Invalid, NotFound, WorkflowError

    try:
        await in_db(request, work, *args)
    except NotFound as missing:
        return message_page(request, who, 404, title, str(missing))
    except Forbidden as refused:
        return message_page(request, who, 403, title, str(refused))
    except WorkflowError as refused:
        return message_page(request, who, 422 if isinstance(refused, Invalid) else 409, title, problem_text(refused))
    return redirect(done, notice)
