"""The widget channel: ``POST /webhooks/widget/webhook``, Rasa's REST channel with metadata kept.

Request: ``{"sender": "<random id>", "message": "<text>", "metadata": {"country": "GB",
"audience": "teen", "language": "en"}}``.  Response: a JSON list of bot
messages, each with ``text`` and optionally ``buttons`` and ``custom``.
Metadata is checked against what Lantern understands (unknown keys and values
are dropped) and reaches the bot as the message metadata; the session-start
action turns it into slots.  Bad requests get a 400 with a one-line reason.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.i18n import text_direction
from bot.profile import clean_metadata

logger = logging.getLogger(__name__)

SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
OUTPUT_KEYS = ("text", "buttons", "custom", "dir")


class BadRequest(ValueError):
    """The request body is not what the widget contract describes."""


def parse_body(body: Any) -> tuple[str, str, dict[str, str]]:
    """Check a request body; return sender, message and cleaned metadata."""
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object with 'sender' and 'message'.")
    sender = body.get("sender")
    if not isinstance(sender, str) or not SENDER_PATTERN.match(sender):
        raise BadRequest("'sender' must be a random id of 1-64 letters, digits, '-' or '_'.")
    message = body.get("message")
    if not isinstance(message, str) or not message.strip():
        raise BadRequest("'message' must be non-empty text.")
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise BadRequest("'metadata' must be a JSON object.")
    return sender, message, clean_metadata(metadata)


def to_output(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep only the fields of the widget contract, in a stable shape."""
    result = []
    for message in messages:
        item = {key: message[key] for key in OUTPUT_KEYS if message.get(key)}
        if item:
            result.append(item)
    return result


class WidgetOutputChannel(CollectingOutputChannel):  # type: ignore[misc]
    """Collects each bot message whole: text, buttons and card in one item, text never split."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        for item in to_output([message]):
            item["dir"] = text_direction(str(item.get("text") or ""))
            self.messages.append(item)


class WidgetInput(InputChannel):  # type: ignore[misc]
    """REST channel for the Lantern widget and integrators."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        hook = Blueprint("lantern_widget", __name__)

        @hook.route("/", methods=["GET"])  # type: ignore[untyped-decorator]
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @hook.route("/webhook", methods=["POST"])  # type: ignore[untyped-decorator]
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # sanic raises its own error type for invalid JSON
                return response.json({"error": "The body must be valid JSON."}, status=400)
            try:
                sender, text, metadata = parse_body(body)
            except BadRequest as problem:
                return response.json({"error": str(problem)}, status=400)
            collector = WidgetOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(), metadata=metadata))
            except Exception:
                # Never log the user's text: it may hold personal details.
                logger.exception("The widget channel could not handle a message.")
                return response.json({"error": "Lantern could not answer just now. Please try again."}, status=500)
            return response.json(collector.messages)

        return hook
