"""The socket.io channel, for schools that already run a Rasa web chat (e.g. rasa-webchat 1.0.1+).

It is Rasa's ``SocketIOInput`` with Lantern's guard in front of the bot: the
same rate limit, picture refusal, length limit and redaction as the widget
channel (:mod:`bot.channels.guard`), and the same metadata cleaning.  Set
``metadata_key: customData`` in ``credentials.yml`` so rasa-webchat's
``customData`` (``{"country": "GB", "audience": "child", "language": "en"}``)
reaches the bot.  Text, not HTML, is sent back; Arabic digit runs are isolated
so numbers are not shown reversed.  The transport is HTTP long-polling: the
websocket upgrade does not work with the Sanic version Rasa 3.6 pins.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot.channels.guard import channel_guard
from bot.i18n import isolate_numbers
from bot.profile import clean_metadata


class LanternSocketIOOutput(SocketIOOutput):  # type: ignore[misc]
    """Rasa's socket.io output with right-to-left digit runs isolated and without Lantern's card payloads."""

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        # Lantern's cards ("custom") are for its own widget; their text is already in the message, and
        # Rasa 3.6's version of this method passes the card's keys to python-socketio 5's emit(), which fails.
        return

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await super().send_text_message(recipient_id, isolate_numbers(text), **kwargs)

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await super().send_text_with_buttons(recipient_id, isolate_numbers(text), buttons, **kwargs)


class LanternSocketIOInput(SocketIOInput):  # type: ignore[misc]
    """socket.io with the channel guard in front of the bot."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def screened(message: UserMessage) -> None:
            text = message.text if isinstance(message.text, str) else ""
            if not text.strip():
                return
            metadata = clean_metadata(message.metadata if isinstance(message.metadata, dict) else {})
            output = LanternSocketIOOutput(message.output_channel.sio, message.output_channel.bot_message_evt)
            result = channel_guard().screen(
                text, message.sender_id, language=metadata.get("language"), country=metadata.get("country")
            )
            if not result.accepted:
                await output.send_text_message(message.sender_id, result.reply)
                return
            await on_new_message(
                UserMessage(result.text, output, message.sender_id, input_channel=self.name(), metadata=metadata)
            )

        hook: Blueprint = super().blueprint(screened)
        # Rasa 3.6's Sanic 21.12 cannot complete python-engineio 4.15's websocket upgrade ("Invalid frame
        # header" in the browser), and a client stuck mid-upgrade never connects: stay on long-polling.
        self.sio.eio.allow_upgrades = False

        async def session_request(sid: str, data: Any) -> None:
            # Rasa 3.6 calls python-socketio 5's coroutine ``enter_room`` without awaiting it, so the browser
            # never joins its session's room and never hears the answers; this replaces that handler.
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if not isinstance(session_id, str) or not session_id:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await self.sio.enter_room(sid, session_id, namespace=self.namespace)
            await self.sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        self.sio.on("session_request", session_request, namespace=self.namespace)
        return hook
