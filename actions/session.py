"""Start of a conversation: turn the embedding page's metadata into slots."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.profile import clean_metadata

#: Slots that metadata may set.
METADATA_SLOTS = ("country", "audience", "language")


def carried_over_slots(tracker: Tracker) -> list[EventType]:
    """Slots from the previous session worth keeping (the user's profile)."""
    return [
        SlotSet(name, tracker.get_slot(name))
        for name in ("audience", "age", "country", "language")
        if tracker.get_slot(name) is not None
    ]


def metadata_slots(metadata: dict[str, Any] | None) -> list[EventType]:
    """SlotSet events for the metadata the embedding page sent."""
    cleaned = clean_metadata(metadata or {})
    return [SlotSet(name, cleaned[name]) for name in METADATA_SLOTS if name in cleaned]


class ActionSessionStart(Action):  # type: ignore[misc]
    """Starts a session and applies the widget's country/audience/language."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        events: list[EventType] = [SessionStarted(), *carried_over_slots(tracker)]
        events += metadata_slots(tracker.get_slot("session_started_metadata"))
        events.append(ActionExecuted("action_listen"))
        return events
