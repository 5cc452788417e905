"""The Lantern server (port 5055): the custom-action webhook now, the widget and staff tools later.

Rasa calls ``POST /webhook`` with the action to run and the conversation
tracker; rasa_sdk's :class:`ActionExecutor` runs the matching class from
``actions/``.  ``GET /health`` answers for liveness checks.  Request bodies
(which hold the conversation) are never logged.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

logger = logging.getLogger(__name__)


def build_executor() -> ActionExecutor:
    executor = ActionExecutor()
    executor.register_package("actions")
    return executor


def create_app(executor: ActionExecutor | None = None) -> Starlette:
    """The Lantern ASGI application."""
    actions = executor or build_executor()

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

    return Starlette(
        routes=[
            Route("/webhook", webhook, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
            Route("/actions", list_actions, methods=["GET"]),
        ]
    )
