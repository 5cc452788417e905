"""The Lantern server (port 5055): the custom-action webhook, the chat widget, the staff console and API.

Rasa calls ``POST /webhook`` with the action to run and the conversation
tracker; rasa_sdk's :class:`ActionExecutor` runs the matching class from
``actions/``.  ``GET /health`` answers for liveness checks.  The widget's
routes (``/widget.js``, its UI strings, a demo page at ``/`` and
``/privacy``) come from :mod:`bot.widget`; the staff console (``/admin``)
from :mod:`bot.staff.web` and the JSON API (``/api``) from :mod:`bot.staff.api`.  Once a day (first at start-up)
it deletes conversations older than the retention period.  Request bodies
(which hold the conversation) are never logged, nor are IP addresses (uvicorn
runs without its access log).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import sqlalchemy as sa
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.directory.db import make_engine
from bot.retention import purge_conversations
from bot.settings import get_settings
from bot.staff.api import api_routes
from bot.staff.web import console_routes
from bot.staff.web.common import make_console
from bot.widget import routes as widget_routes

logger = logging.getLogger(__name__)

PURGE_INTERVAL_SECONDS = 86400


def build_executor() -> ActionExecutor:
    executor = ActionExecutor()
    executor.register_package("actions")
    return executor


def create_app(executor: ActionExecutor | None = None) -> Starlette:
    """The Lantern ASGI application."""
    actions = executor or build_executor()
    settings = get_settings()

    async def webhook(request: Request) -> JSONResponse:
        try:
            action_call: Any = await request.json()
        except ValueError:
            return JSONResponse({"error": "The body must be valid JSON."}, status_code=400)
        if not isinstance(action_call, dict) or "next_action" not in action_call:
            return JSONResponse({"error": "The body must be a Rasa action call."}, status_code=400)
        name = action_call.get("next_action")
        try:
            result = await actions.run(action_call)
        except ActionNotFoundException as missing:
            return JSONResponse({"error": missing.message, "action_name": name}, status_code=404)
        except ActionExecutionRejection as rejected:
            return JSONResponse({"error": rejected.message, "action_name": name}, status_code=400)
        except Exception:
            logger.exception("Action %s failed.", name)
            return JSONResponse({"error": f"The action {name} failed.", "action_name": name}, status_code=500)
        return JSONResponse(result or {"events": [], "responses": []})

    async def health(_: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "actions": len(actions.actions)})

    async def list_actions(_: Request) -> JSONResponse:
        return JSONResponse([{"name": name} for name in sorted(actions.actions)])

    app = Starlette(
        routes=[
            Route("/webhook", webhook, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
            Route("/actions", list_actions, methods=["GET"]),
            *widget_routes(
                settings.chat_url, retention_days=settings.retention_days, public_url=settings.public_url or None
            ),
            *console_routes(),
            *api_routes(),
        ],
        lifespan=daily_purge,
    )
    app.state.console = make_console(settings, make_engine(settings.database_url))
    return app


async def purge_once(database_url: str, days: int) -> int:
    """Delete conversations older than the retention period, off the event loop."""
    engine = sa.create_engine(database_url, future=True)
    try:
        return await asyncio.to_thread(purge_conversations, engine, days)
    finally:
        engine.dispose()


@asynccontextmanager
async def daily_purge(_: Starlette) -> AsyncIterator[None]:
    """While the server runs, delete conversations past the retention period once a day (first at start-up)."""

    async def loop() -> None:
        settings = get_settings()
        while True:
            try:
                removed = await purge_once(settings.database_url, settings.retention_days)
                logger.info("Retention: deleted %d conversation(s) past %d days.", removed, settings.retention_days)
            except Exception:
                logger.exception("Retention: could not delete old conversations; will try again in a day.")
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)

    task = asyncio.create_task(loop())
    try:
        yield
    finally:
        task.cancel()
