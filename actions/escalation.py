"""Escalation: the first answer to danger, self-harm and disclosures."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import catalog, country_of, latest_intent, send, use_language_of
from bot.routing import ESCALATION_KINDS, escalation


class ActionEscalate(Action):  # type: ignore[misc]
    """Emergency number, the 24/7 child helpline for the user's country, and a person to talk to."""

    def name(self) -> str:
        return "action_escalate"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        use_language_of(tracker)
        kind = ESCALATION_KINDS.get(latest_intent(tracker) or "", "danger")
        send(dispatcher, escalation(catalog(), country_of(tracker), kind))
        return []
