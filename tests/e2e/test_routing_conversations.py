"""The right help in the right country, through the real model, actions and seeded directory."""

from __future__ import annotations

import uuid

import pytest

from tests.e2e.conftest import Say
from tests.helpers import texts

pytestmark = pytest.mark.stack


def test_australia_then_who_can_i_call_gives_kids_helpline_and_esafety(say: Say) -> None:
    sender = uuid.uuid4().hex
    say("i live in australia", sender=sender)
    answer = texts(say("who can i call", sender=sender))
    assert "Kids Helpline: call 1800 55 1800 (open 24/7)" in answer
    assert "eSafety Commissioner" in answer


def test_a_uk_teen_with_a_fake_nude_gets_report_remove_take_it_down_and_childline(say: Say) -> None:
    answer = say("someone made a fake nude of me, I'm 15, I'm in the UK")
    assert "999" in answer[0]["text"] and "0800 1111" in answer[0]["text"]
    everything = texts(answer)
    assert "Report Remove" in everything and "Take It Down" in everything
    assert "Don't share" in everything or "don't share" in everything.lower()


def test_a_country_outside_the_directory_gets_the_honest_global_fallback(say: Say) -> None:
    sender = uuid.uuid4().hex
    answer = texts(say("im in kosovo", sender=sender))
    assert "I don't have a checked list for Kosovo yet" in answer
    assert "Child Helpline International" in answer and "Find A Helpline" in answer


def test_an_ambiguous_country_gets_a_question_with_buttons(say: Say) -> None:
    answer = say('/tell_country{"country": "georgia"}')
    assert "more than one place" in answer[0]["text"]
    assert {b["title"] for b in answer[0]["buttons"]} == {"Georgia", "United States"}


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("i want to talk to someone", "Childline"),
        ("where do i report a nude of a kid", "Internet Watch Foundation"),
        ("how do i get a pic of me taken down", "Report Remove"),
        ("some guy says hell post my nudes unless i send money", "Internet Watch Foundation"),
        ("im scared someone is outside my house", "999"),
    ],
)
def test_each_situation_routes_to_the_uk_service(say: Say, message: str, expected: str) -> None:
    assert expected in texts(say(message, country="GB"))
