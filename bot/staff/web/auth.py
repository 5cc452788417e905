"""Signing staff in and out of the console.

The sign-in form has its own CSRF token (a random value in a short-lived
cookie and in the form).  After a number of failed attempts for one e-mail
within 15 minutes (``LANTERN_STAFF_LOGIN_ATTEMPTS``) further attempts are
refused for the rest of that window, whatever the password.  The session
cookie is HTTP-only, SameSite=Strict and Secure unless the console is served
over plain http.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import urlsplit

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.staff import accounts
from bot.staff.accounts import SignedIn
from bot.staff.roles import VIEW
from bot.staff.web.common import COOKIE, console, in_db, page, render

SIGN_IN_COOKIE = "lantern_sign_in"


def _safe_next(target: str | None) -> str:
    """Only paths inside the console; never another site."""
    if not target:
        return "/admin"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/admin") or target.startswith("//"):
        return "/admin"
    return target


def _form(request: Request, error: str | None = None, status_code: int = 200, email: str = "") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "sign_in.html",
        None,
        status_code=status_code,
        sign_in_token=token,
        error=error,
        email=email,
        next=_safe_next(request.query_params.get("next")),
    )
    response.set_cookie(
        SIGN_IN_COOKIE,
        token,
        max_age=900,
        httponly=True,
        samesite="strict",
        secure=console(request).settings.secure_cookies,
        path="/admin",
    )
    return response


async def sign_in_page(request: Request) -> Response:
    return _form(request)


async def sign_in(request: Request) -> Response:
    state = console(request)
    form = await request.form()
    email = str(form.get("email") or "").strip().lower()
    expected = request.cookies.get(SIGN_IN_COOKIE, "")
    given = str(form.get("sign_in_token") or "")
    if not expected or not hmac.compare_digest(expected.encode(), given.encode()):
        return _form(request, "The sign-in form expired. Please try again.", 403, email)
    if state.sign_in_failures.full(email):
        return _form(
            request, "Too many failed sign-in attempts for this account. Wait 15 minutes and try again.", 429, email
        )
    password = str(form.get("password") or "")

    def attempt(session: Session) -> SignedIn | None:
        account = accounts.authenticate(session, email, password)
        return accounts.start_session(session, account, state.lifetime) if account else None

    who = await in_db(request, attempt)
    if who is None:
        state.sign_in_failures.allow(email)
        return _form(request, "That e-mail and password do not match an active account.", 401, email)
    target = _safe_next(str(form.get("next") or ""))
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        COOKIE,
        who.token,
        max_age=int(state.lifetime.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=state.settings.secure_cookies,
        path="/",
    )
    response.delete_cookie(SIGN_IN_COOKIE, path="/admin")
    return response


@page(VIEW)
async def sign_out(request: Request, who: SignedIn, form: object) -> Response:
    await in_db(request, accounts.end_session, who.token)
    response = RedirectResponse("/admin/sign-in", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
