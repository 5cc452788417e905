"""Conversations in every language through the real servers: understood and answered in the user's language.

Issue 4's bar: a Spanish disclosure is answered in Spanish with escalation and
removal routes, a French teacher gets the French educator answer, Arabic is
answered in Arabic and marked right-to-left, "ok" keeps a Spanish conversation
Spanish, and an emergency in any language gives that country's emergency
number in that language.
"""

from __future__ import annotations

import uuid

import pytest

from bot.i18n.catalogs import Translator, domain_messages
from tests.e2e.conftest import Say
from tests.helpers import language_of, texts

pytestmark = pytest.mark.stack

ENGLISH = dict(domain_messages())


def answer_text(response: str, language: str) -> str:
    """The text a response variant (``utter_x|default``) has in ``language``."""
    return Translator().translate(response, ENGLISH[response], language)


def test_a_spanish_disclosure_is_answered_in_spanish_with_escalation_and_removal_routes(say: Say) -> None:
    sender = uuid.uuid4().hex
    answer = say("hola, alguien hizo una foto falsa de mí desnuda", sender=sender, country="ES")
    assert answer[0]["custom"]["type"] == "escalation" and "112" in answer[0]["text"]
    assert language_of(answer[0]["text"]) == "es"
    assert "Take It Down" in texts(answer)
    follow_up = say("ok", sender=sender)
    assert language_of(texts(follow_up)) == "es"


def test_ok_and_a_country_name_keep_a_spanish_conversation_in_spanish(say: Say) -> None:
    sender = uuid.uuid4().hex
    first = say("hola, ¿qué es un deepfake? no entiendo nada", sender=sender)
    assert first[0]["text"] == answer_text("utter_what_is_deepfake|default", "es")
    for short in ("ok", "Portugal", "no"):
        reply = say(short, sender=sender)
        assert language_of(texts(reply)) == "es", (short, texts(reply))


def test_a_french_teacher_gets_the_french_educator_answer(say: Say) -> None:
    answer = say("je suis prof, comment parler des deepfakes en classe")
    french = answer_text("utter_school_guidance|audience=educator", "fr")
    assert french != ENGLISH["utter_school_guidance|audience=educator"]
    assert answer[0]["text"] == french


def test_an_arabic_message_gets_an_arabic_answer_marked_rtl(say: Say) -> None:
    answer = say("مرحبا، ما هو التزييف العميق؟ سمعت عنه في المدرسة")
    assert answer[0]["text"] == answer_text("utter_what_is_deepfake|default", "ar")
    assert all(message["dir"] == "rtl" for message in answer)


@pytest.mark.parametrize(
    ("message", "language", "response"),
    [
        ("was ist eigentlich ein deepfake? das versteh ich nicht", "de", "utter_what_is_deepfake|default"),
        ("o que é um deepfake? não entendo", "pt", "utter_what_is_deepfake|default"),
        ("c'est quoi exactement un deepfake ? j'ai pas compris", "fr", "utter_what_is_deepfake|default"),
    ],
)
def test_a_question_in_each_language_gets_that_languages_answer(
    say: Say, message: str, language: str, response: str
) -> None:
    answer = say(message)
    assert answer[0]["text"] == answer_text(response, language)
    assert answer[0]["dir"] == "ltr"


@pytest.mark.parametrize(
    ("language", "message", "country", "emergency"),
    [
        ("es", "quiero morirme, ya no aguanto más", "ES", "112"),
        ("fr", "je veux mourir, je n'en peux plus", "FR", "112"),
        ("de", "ich will nicht mehr leben, ich halte das nicht aus", "DE", "110"),
        ("pt", "eu quero morrer, não aguento mais nada", "PT", "112"),
    ],
)
def test_escalation_in_every_language_gives_the_emergency_number_in_that_language(
    say: Say, language: str, message: str, country: str, emergency: str
) -> None:
    answer = say(message, country=country)
    assert answer[0]["custom"]["type"] == "escalation"
    assert emergency in answer[0]["text"]
    assert language_of(answer[0]["text"]) == language


def test_an_arabic_emergency_without_a_known_country_points_to_the_local_emergency_number(say: Say) -> None:
    answer = say("أريد أن أموت، لم أعد أحتمل هذا")
    assert answer[0]["custom"]["type"] == "escalation"
    local = Translator().translate("code", "If you are in danger right now, call your local emergency number.", "ar")
    assert local in answer[0]["text"]
    assert answer[0]["custom"]["services"], "a way to find a helpline must be offered"
    assert answer[0]["dir"] == "rtl"


def test_the_widget_language_metadata_is_used_from_the_first_message(say: Say) -> None:
    answer = say("hi", language="de")
    assert language_of(answer[0]["text"]) == "de"
