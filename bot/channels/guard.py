"""What every chat channel does to a message before Rasa sees it, so no channel can skip a step.

In order: the rate limit (per session and per client, see
:mod:`bot.channels.ratelimit`); pictures and files — an attachment, a data
URI or a link to an image — are refused with a kind reply and go no further
(Lantern never asks for or accepts images); a message over the length limit
gets "can you say it in fewer words" and is not processed, *unless* the
safety net sees danger, self-harm or a disclosure in it, in which case its
beginning is processed so the child is escalated at once; finally personal
details are redacted (:mod:`bot.privacy.redaction`), and the redacted text
is the only text that reaches NLU and the tracker store.

The replies are written here in English and translated through the
catalogs, in the language the embedding page gave or, failing that, the
language of the message itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from bot.channels.ratelimit import RateLimiter
from bot.i18n import SUPPORTED_LANGUAGES
from bot.i18n.catalogs import _, current_language
from bot.language import detect, switch_to
from bot.privacy.redaction import redact
from bot.safety.detector import detect as detect_danger
from bot.settings import get_settings

#: Keys of a request body that carry files; their presence alone gets the picture refusal.
ATTACHMENT_KEYS = frozenset({"attachment", "attachments", "file", "files", "image", "images", "media", "photo"})
DATA_URI = re.compile(r"\bdata:[a-z]+/[\w.+-]+(?:;[\w.=-]+)*,", re.IGNORECASE)
IMAGE_LINK = re.compile(
    r"(?:https?://|www\.)\S+?\.(?:png|jpe?g|gif|webp|heic|heif|bmp|tiff?|svg|avif)(?:[?#]\S*)?(?=[\s)\]\"',.!?]|$)",
    re.IGNORECASE,
)
_NOT_WORDS = re.compile(r"\S*(?:data:|https?://|www\.)\S*", re.IGNORECASE)
#: A button payload such as ``/change_language{"language": "es"}``: sent by the widget, not typed, not redacted.
PAYLOAD = re.compile(r"^/[a-z_]{2,64}(?:\{[^{}]{0,200}\})?$")


class Outcome(Enum):
    ACCEPTED = "accepted"
    RATE_LIMITED = "rate_limited"
    PICTURE = "picture"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Screened:
    """What to do with one message: hand ``text`` on to Rasa, or answer with ``reply`` instead."""

    outcome: Outcome
    text: str = ""
    reply: str = ""
    redacted: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.outcome is Outcome.ACCEPTED


def has_picture(text: str) -> bool:
    """A data URI or a link to an image file."""
    return bool(DATA_URI.search(text) or IMAGE_LINK.search(text))


def reply_language(text: str, language: str | None) -> str:
    """The page's language if it gave one, else the message's own language when that is clear, else English."""
    if language in SUPPORTED_LANGUAGES:
        return str(language)
    words = _NOT_WORDS.sub(" ", text)[:500]
    return switch_to(None, words, detect(words)) or "en"


def _reply(outcome: Outcome, language: str, max_chars: int) -> str:
    token = current_language.set(language)
    try:
        if outcome is Outcome.PICTURE:
            return _(
                "Please don't send pictures or files here: I never need to see them, and I don't open them. "
                "You can tell me in words what happened."
            )
        if outcome is Outcome.TOO_LONG:
            return _(
                "That's a long message! Could you say it in fewer words? I can read up to {limit} characters at a time."
            ).format(limit=max_chars)
        return (
            _("You're sending messages very fast. Please wait a minute, then try again.")
            + "\n"
            + _("If you are in danger right now, call your local emergency number.")
        )
    finally:
        current_language.reset(token)


class Guard:
    """Screens messages for one channel; keeps the rate-limit windows in memory."""

    def __init__(self, max_chars: int, limiter: RateLimiter) -> None:
        self.max_chars = max_chars
        self.limiter = limiter

    def screen(
        self,
        text: str,
        session: str,
        *,
        address: str | None = None,
        language: str | None = None,
        attachment: bool = False,
        country: str | None = None,
    ) -> Screened:
        """Decide what happens to one user message (see the module docstring for the order)."""
        if not self.limiter.allow(session, address):
            return self._refuse(Outcome.RATE_LIMITED, text, language)
        if attachment or has_picture(text):
            return self._refuse(Outcome.PICTURE, text, language)
        if PAYLOAD.match(text):
            return Screened(Outcome.ACCEPTED, text=text)
        if len(text) > self.max_chars and detect_danger(text) is None:
            return self._refuse(Outcome.TOO_LONG, text, language)
        redaction = redact(text, country)
        return Screened(Outcome.ACCEPTED, text=redaction.text[: self.max_chars], redacted=redaction.kinds)

    def _refuse(self, outcome: Outcome, text: str, language: str | None) -> Screened:
        return Screened(outcome, reply=_reply(outcome, reply_language(text, language), self.max_chars))


@lru_cache(maxsize=1)
def channel_guard() -> Guard:
    """The process's guard, configured from :mod:`bot.settings` (one per Rasa process)."""
    settings = get_settings()
    limiter = RateLimiter(settings.session_messages_per_minute, settings.client_messages_per_minute)
    return Guard(settings.max_message_chars, limiter)
