"""The widget channel: ``POST /webhooks/widget/webhook``, Rasa's REST channel with metadata kept.

Request: ``{"sender": "<random id>", "message": "<text>", "metadata": {"country": "GB",
"audience": "teen", "language": "en"}}``.  Response: a JSON list of bot
messages, each with ``text`` and optionally ``buttons``, ``custom`` and ``dir``.
Metadata is checked against what Lantern understands (unknown keys and values
are dropped) and reaches the bot as the message metadata; the session-start
action turns it into slots.  Every message passes the channel guard
(:mod:`bot.channels.guard`: rate limit, pictures refused, length limit, personal
details redacted) before Rasa sees it.  Bad requests get a 4xx with a one-line
reason, and requests from origins the deployment does not allow get a 403.
``POST /webhooks/widget/end`` (``{"sender": ...}``, the widget's quick exit)
deletes that conversation.
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

from bot.channels.guard import ATTACHMENT_KEYS, Outcome, Screened, channel_guard
from bot.i18n import isolate_numbers, text_direction
from bot.profile import clean_metadata
from bot.retention import delete_conversation
from bot.settings import get_settings

logger = logging.getLogger(__name__)

SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
OUTPUT_KEYS = ("text", "buttons", "custom", "dir")


class BadRequest(ValueError):
    """The request body is not what the widget contract describes."""


def parse_sender(body: Any) -> str:
    """The random sender id of a request body."""
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object with 'sender' and 'message'.")
    sender = body.get("sender")
    if not isinstance(sender, str) or not SENDER_PATTERN.match(sender):
        raise BadRequest("'sender' must be a random id of 1-64 letters, digits, '-' or '_'.")
    return sender


def has_attachment(body: dict[str, Any]) -> bool:
    """The body carries a file or picture (which Lantern never accepts)."""
    return any(body.get(key) for key in ATTACHMENT_KEYS)


def parse_body(body: Any) -> tuple[str, str, dict[str, str]]:
    """Check a request body; return sender, message (empty when only a file was sent) and cleaned metadata."""
    sender = parse_sender(body)
    metadata = body.get("metadata") or {}
    if not isinstance(metadata, dict):
        raise BadRequest("'metadata' must be a JSON object.")
    message = body.get("message")
    if message in (None, "") and has_attachment(body):
        return sender, "", clean_metadata(metadata)
    if not isinstance(message, str) or not message.strip():
        raise BadRequest("'message' must be non-empty text.")
    return sender, message, clean_metadata(metadata)


def to_output(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Keep only the fields of the widget contract, in a stable shape."""
    result = []
    for message in messages:
        item = {key: message[key] for key in OUTPUT_KEYS if message.get(key)}
        if item:
            result.append(item)
    return result


def widget_message(message: dict[str, Any]) -> dict[str, Any] | None:
    """One bot message as the widget receives it: the contract's fields, its text direction, digit runs isolated."""
    items = to_output([message])
    if not items:
        return None
    item = items[0]
    text = str(item.get("text") or "")
    item["dir"] = text_direction(text)
    if text:
        item["text"] = isolate_numbers(text)
    return item


class WidgetOutputChannel(CollectingOutputChannel):  # type: ignore[misc]
    """Collects each bot message whole: text, buttons and card in one item, text never split."""

    @classmethod
    def name(cls) -> str:
        return "widget"

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        item = widget_message(message)
        if item:
            self.messages.append(item)


def origin_allowed(origin: str | None, allowed: tuple[str, ...]) -> bool:
    """Browsers send ``Origin``; other clients (apps, tests, servers) do not and are not limited by it."""
    return origin is None or "*" in allowed or origin.rstrip("/") in {a.rstrip("/") for a in allowed}


def guard_reply(screened: Screened) -> list[dict[str, Any]]:
    """The guard's answer in the widget's message shape."""
    custom = {"type": "notice", "reason": screened.outcome.value}
    return [{"text": isolate_numbers(screened.reply), "custom": custom, "dir": text_direction(screened.reply)}]


def read_json(request: Request) -> Any:
    """The parsed body, whatever the content type (the quick exit sends text/plain to avoid a preflight)."""
    try:
        return request.json
    except Exception:  # sanic raises its own error type for invalid JSON
        raise BadRequest("The body must be valid JSON.") from None


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
            settings = get_settings()
            if not origin_allowed(request.headers.get("origin"), settings.cors_origins):
                return response.json({"error": "This site is not allowed to embed Lantern."}, status=403)
            try:
                body = read_json(request)
                sender, text, metadata = parse_body(body)
            except BadRequest as problem:
                return response.json({"error": str(problem)}, status=400)
            screened = channel_guard().screen(
                text,
                sender,
                address=request.ip or None,
                language=metadata.get("language"),
                attachment=has_attachment(body),
                country=metadata.get("country"),
            )
            if not screened.accepted:
                status = 429 if screened.outcome is Outcome.RATE_LIMITED else 200
                return response.json(guard_reply(screened), status=status)
            collector = WidgetOutputChannel()
            message = UserMessage(screened.text, collector, sender, input_channel=self.name(), metadata=metadata)
            try:
                await on_new_message(message)
            except Exception:
                # Never log the user's text: it may hold personal details.
                logger.exception("The widget channel could not handle a message.")
                return response.json({"error": "Lantern could not answer just now. Please try again."}, status=500)
            return response.json(collector.messages)

        @hook.route("/end", methods=["POST"])  # type: ignore[untyped-decorator]
        async def end(request: Request) -> HTTPResponse:
            try:
                sender = parse_sender(read_json(request))
            except BadRequest as problem:
                return response.json({"error": str(problem)}, status=400)
            delete_conversation(get_settings().database_url, sender)
            return response.empty(status=204)

        return hook
