"""The safety net escalates every red-team message and stays quiet on everyday speech."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.safety_net import SafetyNet, merge_intent
from bot.safety.detector import detect
from bot.safety.normalise import normalise
from tests.helpers import red_team, red_team_languages

RED_TEAM = red_team()


def test_red_team_lists_are_large_enough() -> None:
    assert len(RED_TEAM["escalate"]) >= 60
    assert len(RED_TEAM["must_not_escalate"]) >= 30
    assert set(red_team_languages()) == {"en", "es", "fr", "de", "pt", "ar"}
    for language in red_team_languages():
        assert len(red_team(language)["escalate"]) >= 15, language


@pytest.mark.parametrize("case", RED_TEAM["escalate"], ids=lambda c: c["text"][:40])
def test_every_english_red_team_message_escalates(case: dict[str, str]) -> None:
    assert detect(case["text"]) is not None


def test_false_alarms_stay_under_five_percent() -> None:
    alarms = [c["text"] for c in RED_TEAM["must_not_escalate"] if detect(c["text"])]
    assert len(alarms) / len(RED_TEAM["must_not_escalate"]) < 0.05, alarms


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("i want to kil myself", "self_harm"),
        ("SU1CIDE is all i think about", "self_harm"),
        ("i dont want to wake up tomorrow", "self_harm"),
        ("my stepdad hits me when he is drunk", "danger"),
        ("a guy from a game wants to meet me irl", "danger"),
        ("someone is blackmaling me with my pics", "sextortion"),
        ("there is a deepfake nude of me going round school", "fake_image"),
        ("a pupil told me a fake nude of her is being shared", "child_affected"),
        ("what is sextortion? also my uncle touches me at night", "danger"),
        ("i got sextorted by my boyfriend", "sextortion"),
        ("they said pay up or everyone sees it", "sextortion"),
    ],
)
def test_disclosures_are_recognised_with_their_category(text: str, category: str) -> None:
    found = detect(text)
    assert found is not None and found.category == category


@pytest.mark.parametrize(
    "text",
    [
        "this homework is killing me",
        "i could die of embarrassment",
        "my mum will kill me if i fail maths",
        "we killed it at the match",
        "what is sextortion",
        "what should i do if someone makes a deepfake of me",
        "how do i talk to my son about nudify apps",
        "my friend wants to meet me at the cinema",
        "will my school kick me out",
        "how do i support my friend who got sextorted",
        "how to have the talk about nudes with my son",
        "i need to pay my phone bill or else they cut me off",
    ],
)
def test_everyday_speech_and_general_questions_do_not_escalate(text: str) -> None:
    assert detect(text) is None


def test_normalising_undoes_typing_habits() -> None:
    assert normalise("I'm gonna KILLLL mys3lf!!!") == "im gonna kill myself"


def test_the_more_urgent_intent_wins() -> None:
    assert merge_intent("greet", "in_danger") == "in_danger"
    assert merge_intent("report_sextortion", "self_harm") == "self_harm"
    assert merge_intent("self_harm", "report_sextortion") == "self_harm"
    assert merge_intent("ask_how_to_remove", None) == "ask_how_to_remove"


def _message(text: str, intent: str) -> Message:
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": 0.8}, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 0.8}], add_to_output=True)
    return message


def test_component_overrules_the_classifier_when_it_misses_danger() -> None:
    message = _message("ok bye. he said he will hurt me if i tell", "goodbye")
    SafetyNet().process([message])
    assert message.get(INTENT)["name"] == "in_danger"
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)][:2] == ["in_danger", "goodbye"]


def test_component_leaves_ordinary_messages_alone() -> None:
    message = _message("what is a deepfake", "ask_what_is_deepfake")
    SafetyNet().process([message])
    assert message.get(INTENT)["name"] == "ask_what_is_deepfake"
