"""Console pages for administrators and for one's own account: audit log (view, CSV), accounts, API tokens."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from bot.staff import accounts, audit, workflow
from bot.staff.accounts import SignedIn
from bot.staff.models import ROLES
from bot.staff.roles import ADMIN, VIEW
from bot.staff.web.common import SECURITY_HEADERS, in_db, message_page, page, problem_text, redirect, render

PAGE_SIZE = 100


def _audit(session: Session, page_number: int, entity_id: str | None) -> list[dict[str, Any]]:
    rows = audit.entries(session, entity_id=entity_id or None, limit=PAGE_SIZE, offset=page_number * PAGE_SIZE)
    return [audit.entry_dict(row) for row in rows]


@page(ADMIN)
async def audit_log(request: Request, who: SignedIn) -> Response:
    raw = request.query_params.get("page", "")
    number = int(raw) if raw.isdigit() else 0
    entity_id = request.query_params.get("entity_id", "").strip()
    rows = await in_db(request, _audit, number, entity_id)
    return render(request, "audit.html", who, rows=rows, page=number, more=len(rows) == PAGE_SIZE, entity_id=entity_id)


@page(ADMIN)
async def audit_csv(request: Request, who: SignedIn) -> Response:
    text = await in_db(request, lambda session: audit.to_csv(audit.entries(session, limit=None)))
    headers = dict(SECURITY_HEADERS, **{"Content-Disposition": 'attachment; filename="lantern-audit-log.csv"'})
    return Response(text, media_type="text/csv; charset=utf-8", headers=headers)


@page(ADMIN)
async def account_list(request: Request, who: SignedIn) -> Response:
    rows = await in_db(request, accounts.all_accounts)
    return render(request, "accounts.html", who, accounts=rows, roles=ROLES, notice=request.query_params.get("notice"))


@page(ADMIN)
async def account_create(request: Request, who: SignedIn, form: FormData) -> Response:
    try:
        await in_db(
            request,
            accounts.create_account,
            who.actor,
            str(form.get("email") or ""),
            str(form.get("password") or ""),
            str(form.get("role") or ""),
        )
    except workflow.WorkflowError as refused:
        return message_page(request, who, 422, "Account not created", problem_text(refused))
    return redirect("/admin/accounts", "Account created.")


@page(ADMIN)
async def account_update(request: Request, who: SignedIn, form: FormData) -> Response:
    account_id = int(request.path_params["account_id"])
    try:
        if form.get("disable"):
            await in_db(request, accounts.disable, who.actor, account_id)
            return redirect("/admin/accounts", "Account disabled; its history is kept.")
        await in_db(request, accounts.change_role, who.actor, account_id, str(form.get("role") or ""))
    except (workflow.WorkflowError, PermissionError) as refused:
        return message_page(request, who, 422, "Account not changed", problem_text(refused))
    return redirect("/admin/accounts", "Role changed.")


@page(VIEW)
async def my_account(request: Request, who: SignedIn) -> Response:
    tokens = await in_db(request, accounts.tokens_of, who.actor.id)
    roles = [role for role in ROLES if ROLES.index(role) <= ROLES.index(who.actor.role)]
    return render(
        request, "my_account.html", who, tokens=tokens, roles=roles, notice=request.query_params.get("notice")
    )


@page(VIEW)
async def token_create(request: Request, who: SignedIn, form: FormData) -> Response:
    try:
        _, plain = await in_db(
            request,
            accounts.create_token,
            who.actor,
            who.actor.id,
            str(form.get("name") or ""),
            str(form.get("role") or ""),
        )
    except workflow.WorkflowError as refused:
        return message_page(request, who, 422, "Token not created", problem_text(refused))
    return render(request, "token_created.html", who, token=plain)


@page(VIEW)
async def token_revoke(request: Request, who: SignedIn, form: FormData) -> Response:
    try:
        await in_db(request, accounts.revoke_token, who.actor, int(request.path_params["token_id"]))
    except workflow.NotFound as missing:
        return message_page(request, who, 404, "Token not revoked", str(missing))
    except (workflow.WorkflowError, PermissionError) as refused:
        return message_page(request, who, 403, "Token not revoked", str(refused))
    return redirect("/admin/account", "Token revoked.")


@page(VIEW)
async def change_password(request: Request, who: SignedIn, form: FormData) -> Response:
    current, new = str(form.get("current") or ""), str(form.get("password") or "")

    def change(session: Session) -> bool:
        if accounts.authenticate(session, who.actor.email, current) is None:
            return False
        accounts.set_password(session, who.actor, who.actor.id or 0, new)
        return True

    try:
        changed = await in_db(request, change)
    except workflow.WorkflowError as refused:
        return message_page(request, who, 422, "Password not changed", problem_text(refused))
    if not changed:
        return message_page(request, who, 422, "Password not changed", "The current password is not right.")
    return redirect("/admin/sign-in", "Password changed; please sign in again.")


def routes() -> list[BaseRoute]:
    return [
        Route("/admin/audit", audit_log),
        Route("/admin/audit.csv", audit_csv),
        Route("/admin/accounts", account_list),
        Route("/admin/accounts", account_create, methods=["POST"]),
        Route("/admin/accounts/{account_id:int}", account_update, methods=["POST"]),
        Route("/admin/account", my_account),
        Route("/admin/account/password", change_password, methods=["POST"]),
        Route("/admin/account/tokens", token_create, methods=["POST"]),
        Route("/admin/account/tokens/{token_id:int}/revoke", token_revoke, methods=["POST"]),
    ]
