"""Fill the profile slots (audience, age, country, language) from what the user says."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.common import latest_intent
from bot.i18n.catalogs import current_language
from bot.language import (
    Detection,
    language_buttons,
    language_from_name,
    switch_to,
    unsupported_language,
    unsupported_notice,
)
from bot.profile import audience_for_age, audience_for_role, country_from_message, parse_age, role_from_text


def _entity(tracker: Tracker, name: str) -> Any:
    return next(tracker.get_latest_entity_values(name), None)


class ValidateSlotMappings(ValidationAction):  # type: ignore[misc]
    """Runs after every user message and updates the profile slots."""

    async def extract_age(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        age = parse_age(_entity(tracker, "age"))
        return {"age": float(age)} if age is not None else {}

    async def extract_audience(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        audience = audience_for_role(_entity(tracker, "role")) or role_from_text(_text(tracker))
        age = parse_age(_entity(tracker, "age"))
        if audience is None and age is not None:
            audience = audience_for_age(age)
        return {"audience": audience} if audience else {}

    async def extract_country(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        match = country_from_message(_entity(tracker, "country"), latest_intent(tracker), _text(tracker))
        if match.code:
            return {"country": match.code, "country_choices": None}
        if match.ambiguous:
            return {"country_choices": list(match.candidates)}
        return {}

    async def extract_language(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Explicit choice > the embedding page's language (set at session start) > sticky detection > English."""
        current = tracker.get_slot("language")
        chosen = language_from_name(_entity(tracker, "language"))
        if chosen:
            return {"language": chosen} if chosen != current else {}
        raw = (tracker.latest_message or {}).get("language_detection")
        detection = Detection(**raw) if isinstance(raw, dict) else None
        text = _text(tracker)
        unsupported = unsupported_language(text, detection)
        if unsupported:
            current_language.set(current or "en")
            dispatcher.utter_message(text=unsupported_notice(unsupported), buttons=language_buttons())
            return {}
        switched = switch_to(current, text, detection)
        return {"language": switched} if switched else {}

    async def extract_country_asked(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Remember that Lantern asked for the country, so it asks only once."""
        if tracker.latest_action_name == "action_show_helplines" and not tracker.get_slot("country"):
            return {"country_asked": True}
        return {}


def _text(tracker: Tracker) -> str:
    return str((tracker.latest_message or {}).get("text") or "")
