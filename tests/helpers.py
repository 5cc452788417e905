"""Shared test helpers: the red-team list and trackers built from plain dicts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Tracker

TESTS = Path(__file__).resolve().parent
RED_TEAM_FILE = TESTS / "redteam" / "en.yml"


#: The country whose emergency number and helpline the red team expects, per language (None: not in the directory).
RED_TEAM_COUNTRY = {"en": "GB", "es": "ES", "fr": "FR", "de": "DE", "pt": "PT", "ar": None}


def language_of(text: str) -> str | None:
    """The supported language ``text`` is written in, as the bot's language policy detects it."""
    from bot.language import detect

    found = detect(text)
    return found.language if found else None


def red_team(language: str = "en") -> dict[str, list[dict[str, str]]]:
    with (RED_TEAM_FILE.parent / f"{language}.yml").open(encoding="utf-8") as handle:
        data: dict[str, list[dict[str, str]]] = yaml.safe_load(handle)
    return data


def red_team_languages() -> list[str]:
    return sorted(p.stem for p in RED_TEAM_FILE.parent.glob("*.yml"))


def tracker(
    intent: str = "greet",
    slots: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
    text: str = "",
) -> Tracker:
    """A tracker whose latest message has ``intent`` and ``entities``."""
    latest = {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or [], "text": text}
    return Tracker(
        sender_id="test-sender",
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def texts(messages: list[dict[str, Any]]) -> str:
    """All the text a user would read, joined."""
    return "\n".join(m.get("text") or "" for m in messages)
