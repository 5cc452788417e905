"""Conversations in every language through the real servers: answered in the user's language, RTL for Arabic."""

from __future__ import annotations

import uuid

import pytest

from bot.i18n.catalogs import Translator, domain_messages
from bot.language import detect
from tests.e2e.conftest import Say
from tests.helpers import texts

pytestmark = pytest.mark.stack


def language_of(text: str) -> str | None:
    found = detect(text)
    return found.language if found else None


def test_a_spanish_disclosure_is_answered_in_spanish_with_escalation_and_removal_routes(say: Say) -> None:
    sender = uuid.uuid4().hex
    answer = say("hola, alguien hizo una foto falsa de mí desnuda", sender=sender, country="ES")
    assert answer[0]["custom"]["type"] == "escalation" and "112" in answer[0]["text"]
    assert language_of(answer[0]["text"]) == "es"
    assert "Take It Down" in texts(answer)
    follow_up = say("ok", sender=sender)
    assert language_of(texts(follow_up)) == "es"


def test_a_french_teacher_gets_the_french_educator_answer(say: Say) -> None:
    answer = say("je suis prof, comment parler des deepfakes en classe")
    english = dict(domain_messages())["utter_school_guidance|audience=educator"]
    french = Translator().translate("utter_school_guidance|audience=educator", english, "fr")
    assert french != english
    assert answer[0]["text"] == french


def test_an_arabic_message_gets_an_arabic_answer_marked_rtl(say: Say) -> None:
    answer = say("مرحبا، ما هو التزييف العميق؟")
    assert answer[0]["dir"] == "rtl"
    assert language_of(answer[0]["text"]) == "ar"


@pytest.mark.parametrize(
    ("language", "message", "country", "emergency"),
    [
        ("es", "quiero morirme, ya no aguanto más", "ES", "112"),
        ("fr", "je veux mourir, je n'en peux plus", "FR", "112"),
        ("de", "ich will nicht mehr leben, ich halte das nicht aus", "DE", "110"),
        ("pt", "eu quero morrer, não aguento mais nada", "PT", "112"),
        ("ar", "أريد أن أموت، لم أعد أحتمل", None, ""),
    ],
)
def test_escalation_in_every_language_gives_the_emergency_number_in_that_language(
    say: Say, language: str, message: str, country: str | None, emergency: str
) -> None:
    answer = say(message, **({"country": country} if country else {}))
    assert answer[0]["custom"]["type"] == "escalation"
    assert emergency in answer[0]["text"]
    assert language_of(answer[0]["text"]) == language


def test_the_widget_language_metadata_is_used_from_the_first_message(say: Say) -> None:
    answer = say("hi", language="de")
    assert language_of(answer[0]["text"]) == "de"
