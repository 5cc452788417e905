"""Custom actions, run with CollectingDispatcher and trackers built from dicts."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.escalation import ActionEscalate
from actions.profile import ValidateSlotMappings
from actions.routing import ActionHumanRoute, ActionShowHelplines, ActionShowRemovalRoutes, ActionShowReportRoutes
from actions.session import ActionSessionStart
from tests.helpers import texts, tracker

DOMAIN: dict[str, Any] = {
    "slots": {
        name: {"type": "text", "mappings": [{"type": "custom"}]}
        for name in ("audience", "age", "country", "language", "country_choices", "country_asked")
    }
}


def run(action: Any, **tracker_args: Any) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker(**tracker_args), DOMAIN))
    return dispatcher.messages, events


def test_escalation_in_the_uk_starts_with_999_and_childline() -> None:
    messages, _ = run(ActionEscalate(), intent="in_danger", slots={"country": "GB"})
    assert "999" in messages[0]["text"] and "0800 1111" in messages[0]["text"]
    assert messages[0]["custom"]["type"] == "escalation"


def test_escalation_for_sextortion_says_it_is_not_their_fault() -> None:
    messages, _ = run(ActionEscalate(), intent="report_sextortion", slots={"country": "CA"})
    assert "not your fault" in messages[0]["text"]
    assert "911" in messages[0]["text"] and "1-800-668-6868" in messages[0]["text"]


def test_escalation_without_country_uses_the_international_fallback() -> None:
    messages, _ = run(ActionEscalate(), intent="self_harm")
    assert "local emergency number" in messages[0]["text"]
    assert any(b["payload"] == "/ask_human" for b in messages[0]["buttons"])


def test_session_start_turns_widget_metadata_into_slots() -> None:
    metadata = {"country": "gb", "audience": "teen", "language": "en", "ip": "203.0.113.9", "name": "Sam"}
    _, events = run(ActionSessionStart(), slots={"session_started_metadata": metadata})
    assert events[0]["event"] == "session_started"
    assert SlotSet("country", "GB") in events
    assert SlotSet("audience", "teen") in events
    assert SlotSet("language", "en") in events
    assert not any(e.get("name") in {"ip", "name"} for e in events)
    assert (events[-1]["event"], events[-1]["name"]) == ("action", "action_listen")


def test_session_start_ignores_metadata_it_does_not_understand() -> None:
    _, events = run(ActionSessionStart(), slots={"session_started_metadata": {"country": "Narnia", "audience": "cat"}})
    assert not [e for e in events if e["event"] == "slot"]


def _extracted(intent: str, entities: list[dict[str, Any]], text: str = "") -> dict[str, Any]:
    _, events = run(ValidateSlotMappings(), intent=intent, entities=entities, text=text)
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_i_am_a_teacher_sets_the_educator_audience() -> None:
    assert _extracted("tell_role", [{"entity": "role", "value": "educator"}])["audience"] == "educator"


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("je suis prof, comment parler des deepfakes en classe", "educator"),
        ("soy la mamá de una niña de 11", "parent"),
        ("ich bin Klassenlehrerin", "educator"),
        ("sou pai de um rapaz", "parent"),
        ("أنا معلمة في مدرسة", "educator"),
        ("as a dad, what should I do?", "parent"),
        ("en tant que parent, que faire ?", "parent"),
        ("como profesora, ¿qué hago?", "educator"),
    ],
)
def test_a_self_description_sets_the_audience_when_no_role_entity_was_found(text: str, audience: str) -> None:
    assert _extracted("ask_school_guidance", [], text=text)["audience"] == audience


def test_a_role_entity_in_another_language_sets_the_audience() -> None:
    assert _extracted("tell_role", [{"entity": "role", "value": "professeure"}])["audience"] == "educator"
    assert _extracted("tell_role", [{"entity": "role", "value": "ولي أمر"}])["audience"] == "parent"


def test_naming_someone_else_s_role_does_not_change_the_audience() -> None:
    for text in (
        "my teacher made a fake photo of me",
        "mi profe dice que no pasa nada",
        "creo que la maestra lo vio",
        "como la maestra dijo, es falso",
        "as the teacher said",
        "meine Mutter weiß nichts",
    ):
        assert "audience" not in _extracted("report_fake_image_of_me", [], text=text), text


def test_im_12_sets_age_and_the_child_audience() -> None:
    slots = _extracted("tell_role", [{"entity": "age", "value": "12"}])
    assert slots == {"age": 12.0, "audience": "child"}


def test_im_15_sets_the_teen_audience_and_an_adult_age_sets_none() -> None:
    assert _extracted("tell_role", [{"entity": "age", "value": "fifteen"}])["audience"] == "teen"
    assert "audience" not in _extracted("tell_role", [{"entity": "age", "value": "34"}])


def test_a_country_entity_or_the_whole_message_sets_the_country() -> None:
    assert _extracted("tell_country", [{"entity": "country", "value": "scotland"}])["country"] == "GB"
    assert _extracted("tell_country", [], text="we live in new zealand")["country"] == "NZ"
    assert "country" not in _extracted("tell_country", [], text="georgia")


def test_helplines_ask_for_the_country_first() -> None:
    messages, _ = run(ActionShowHelplines(), intent="ask_helpline")
    assert "Which country are you in?" in messages[0]["text"]


def test_removal_routes_for_a_uk_teen() -> None:
    messages, _ = run(
        ActionShowRemovalRoutes(), intent="ask_how_to_remove", slots={"country": "GB", "audience": "teen"}
    )
    assert "Take It Down" in texts(messages) and "Report Remove" in texts(messages)
    assert "StopNCII" not in texts(messages)


def test_report_routes_and_human_route() -> None:
    messages, _ = run(ActionShowReportRoutes(), intent="ask_how_to_report", slots={"country": "GB"})
    assert "Internet Watch Foundation" in texts(messages)
    messages, _ = run(ActionHumanRoute(), intent="ask_human", slots={"country": "AU"})
    assert "I'm a chatbot" in texts(messages) and "1800 55 1800" in texts(messages)


def test_an_ambiguous_country_is_asked_back_with_buttons() -> None:
    slots = _extracted("tell_country", [], text="georgia")
    assert slots == {"country_choices": ["GE", "US"]}
    messages, _ = run(ActionShowHelplines(), intent="tell_country", slots={"country_choices": ["GE", "US"]})
    assert "more than one place" in messages[0]["text"]
    assert [b["title"] for b in messages[0]["buttons"]] == ["Georgia", "United States"]


def test_the_country_is_asked_only_once() -> None:
    messages, _ = run(ActionShowHelplines(), intent="ask_helpline", slots={"country_asked": True})
    assert "Which country are you in?" not in texts(messages)
    assert "Child Helpline International" in texts(messages)


def test_a_disclosure_that_says_where_the_user_lives_sets_the_country() -> None:
    slots = _extracted("report_fake_image_of_me", [], text="someone made a fake nude of me, im 15, im in the UK")
    assert slots["country"] == "GB"


def test_sextortion_reporting_adds_sextortion_support() -> None:
    messages, _ = run(ActionShowReportRoutes(), intent="report_sextortion", slots={"country": "US"})
    assert "NCMEC CyberTipline" in texts(messages) and "text THORN to 741741" in texts(messages)
