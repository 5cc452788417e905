"""Shared helpers for actions: sending Lantern's own replies and reading the profile slots."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.directory.cards import Replies
from bot.directory.catalog import Catalog
from bot.directory.db import make_engine
from bot.directory.store import DirectoryCache
from bot.i18n.catalogs import current_language
from bot.settings import get_settings

_directory: DirectoryCache | None = None


def send(dispatcher: CollectingDispatcher, replies: Replies) -> None:
    """Send each reply as one message (text, quick-reply buttons, card payload)."""
    for reply in replies.items:
        dispatcher.utter_message(
            text=reply.text,
            buttons=[dict(button) for button in reply.buttons] or None,
            json_message=reply.custom,
        )


def use_directory(directory: DirectoryCache | None) -> None:
    """Point the actions at another directory (tests); ``None`` goes back to ``DATABASE_URL``."""
    global _directory
    _directory = directory


def catalog() -> Catalog:
    """The published helpline directory, as of this message (reloaded when staff change it)."""
    global _directory
    if _directory is None:
        _directory = DirectoryCache(make_engine(get_settings().database_url))
    return _directory.get()


def latest_intent(tracker: Tracker) -> str | None:
    """The intent of the latest user message (after the safety net had its say)."""
    intent = (tracker.latest_message or {}).get("intent") or {}
    name = intent.get("name")
    return str(name) if name else None


def use_language_of(tracker: Tracker) -> str:
    """Make the sentences built for this action come out in the conversation's language."""
    language = str(tracker.get_slot("language") or "en")
    current_language.set(language)
    return language


def country_of(tracker: Tracker) -> str | None:
    value = tracker.get_slot("country")
    return str(value) if value else None


def audience_of(tracker: Tracker) -> str | None:
    value = tracker.get_slot("audience")
    return str(value) if value else None
