"""Talk to the real servers over HTTP through the widget channel, as the widget does."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import pytest

from tests.e2e.conftest import Say, post_json
from tests.helpers import texts

pytestmark = pytest.mark.stack


def test_greeting_says_it_is_a_bot_and_offers_who_are_you_buttons(say: Say) -> None:
    answer = say("hello")
    assert "chatbot, not a person" in answer[0]["text"]
    assert {"title": "I'm 8-12", "payload": '/tell_role{"role": "child"}'} in answer[0]["buttons"]


def test_danger_in_the_uk_gets_999_and_childline_first(say: Say) -> None:
    answer = say("please help someone is hurting me at home", country="GB")
    assert "999" in answer[0]["text"] and "0800 1111" in answer[0]["text"]
    assert answer[0]["custom"]["type"] == "escalation"
    assert "chatbot" in texts(answer[1:])


def test_metadata_audience_picks_the_child_wording(say: Say) -> None:
    child = say("what is sextortion", audience="child")
    parent = say("what is sextortion", audience="parent")
    assert child[0]["text"] != parent[0]["text"]
    assert len(child[0]["text"]) < len(parent[0]["text"])


def test_saying_im_a_teacher_changes_later_answers(say: Say) -> None:
    sender = uuid.uuid4().hex
    say("I'm a teacher", sender=sender)
    answer = say("what is a nudify app", sender=sender)
    assert "safeguarding lead" in answer[0]["text"] or "DSL" in answer[0]["text"]


def test_removal_question_then_country_gives_the_national_route(say: Say) -> None:
    sender = uuid.uuid4().hex
    first = say("how do i get a nude of me removed from the internet", sender=sender)
    assert "Take It Down" in texts(first) and "StopNCII" in texts(first)
    second = say('/tell_country{"country": "GB"}', sender=sender)
    assert "Report Remove" in texts(second)


def test_two_misunderstood_messages_in_a_row_offer_a_person(say: Say) -> None:
    sender = uuid.uuid4().hex
    first = say("/nlu_fallback", sender=sender)
    second = say("/nlu_fallback", sender=sender)
    assert first[0]["buttons"] and second[0]["text"] != first[0]["text"]
    assert any(b["payload"] == "/ask_human" for b in second[0]["buttons"])


def test_malformed_requests_get_a_clear_400(stack: dict[str, Any]) -> None:
    status, answer = post_json(stack["url"], b"{not json")
    assert status == 400 and "JSON" in answer["error"]
    status, answer = post_json(stack["url"], b'{"sender": "abc"}')
    assert status == 400 and "message" in answer["error"]


def test_conversations_are_stored_in_the_sqlite_file_without_metadata_beyond_the_contract(
    say: Say, stack: dict[str, Any]
) -> None:
    sender = uuid.uuid4().hex
    say("hi", sender=sender, country="GB", audience="teen", ip="203.0.113.9")
    with sqlite3.connect(stack["database"]) as db:
        rows = db.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)).fetchall()
    stored = "\n".join(row[0] for row in rows)
    assert rows and '"GB"' in stored
    assert "203.0.113.9" not in stored


def test_the_widget_language_metadata_gives_answers_in_that_language(say: Say) -> None:
    german = say("hi", language="de")
    english = say("hi")
    assert german[0]["text"] != english[0]["text"]
    assert "Chatbot" in german[0]["text"]
    assert german[0]["dir"] == "ltr"


def test_arabic_answers_are_marked_right_to_left(say: Say) -> None:
    answer = say("hi", language="ar")
    assert answer[0]["dir"] == "rtl"
    assert answer[0]["buttons"][0]["payload"] == '/tell_role{"role": "child"}'


def test_escalation_cards_are_translated_too(say: Say) -> None:
    answer = say("i want to kill myself", country="ES", language="es")
    assert "112" in answer[0]["text"] and "900 20 20 10" in answer[0]["text"]
    assert "llama" in answer[0]["text"].lower()
