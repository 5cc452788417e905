"""Routing: helplines, image removal tools, reporting hotlines and a route to a person."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import audience_of, catalog, country_of, send
from bot import routing


class ActionShowHelplines(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_show_helplines"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, routing.helplines(catalog(), country_of(tracker)))
        return []


class ActionShowRemovalRoutes(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_show_removal_routes"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, routing.removal_routes(catalog(), country_of(tracker), audience_of(tracker)))
        return []


class ActionShowReportRoutes(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_show_report_routes"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, routing.report_routes(catalog(), country_of(tracker)))
        return []


class ActionHumanRoute(Action):  # type: ignore[misc]
    def name(self) -> str:
        return "action_human_route"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        send(dispatcher, routing.human_route(catalog(), country_of(tracker)))
        return []
