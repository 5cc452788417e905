"""Routing: helplines, image removal tools, reporting hotlines and a route to a person."""

from __future__ import annotations

from abc import ABC, abstractmethod

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import audience_of, catalog, country_of, latest_intent, send, use_language_of
from bot import routing
from bot.directory.cards import Replies


class RoutingAction(Action, ABC):  # type: ignore[misc]
    """An action that sends the replies :meth:`replies` builds from the tracker."""

    action_name = ""

    def name(self) -> str:
        return self.action_name

    @abstractmethod
    def replies(self, tracker: Tracker) -> Replies:
        """The replies to send for this tracker."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        use_language_of(tracker)
        send(dispatcher, self.replies(tracker))
        return []


class ActionShowHelplines(RoutingAction):
    action_name = "action_show_helplines"

    def replies(self, tracker: Tracker) -> Replies:
        choices = tuple(tracker.get_slot("country_choices") or ())
        return routing.helplines(catalog(), country_of(tracker), choices, bool(tracker.get_slot("country_asked")))


class ActionShowRemovalRoutes(RoutingAction):
    action_name = "action_show_removal_routes"

    def replies(self, tracker: Tracker) -> Replies:
        return routing.removal_routes(catalog(), country_of(tracker), audience_of(tracker))


class ActionShowReportRoutes(RoutingAction):
    action_name = "action_show_report_routes"

    def replies(self, tracker: Tracker) -> Replies:
        replies = routing.report_routes(catalog(), country_of(tracker))
        if latest_intent(tracker) == "report_sextortion":
            replies.items.extend(routing.sextortion_support(catalog(), country_of(tracker)).items)
        return replies


class ActionHumanRoute(RoutingAction):
    action_name = "action_human_route"

    def replies(self, tracker: Tracker) -> Replies:
        return routing.human_route(catalog(), country_of(tracker))
