"""Which language Lantern answers in: explicit choice, sticky detection, unsupported languages, RTL."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.profile import ValidateSlotMappings
from bot.i18n import text_direction
from bot.language import detect, language_from_name, native_name, switch_to
from bot.nlg import translate_response
from tests.helpers import tracker


def language_after(text: str, current: str | None, entities: list[dict[str, Any]] | None = None) -> tuple[Any, str]:
    found = detect(text)
    t = tracker(intent="greet", text=text, entities=entities, slots={"language": current})
    t.latest_message["language_detection"] = asdict(found) if found else None
    dispatcher = CollectingDispatcher()
    result = asyncio.run(ValidateSlotMappings().extract_language(dispatcher, t, {}))
    said = "\n".join(m.get("text") or "" for m in dispatcher.messages)
    return result.get("language", current), said


@pytest.mark.parametrize(
    ("messages", "start", "expected"),
    [
        (["hola, alguien hizo una foto falsa de mí desnuda"], "en", "es"),
        (["hola, alguien hizo una foto falsa de mí desnuda", "ok"], "en", "es"),
        (["je suis prof, comment parler des deepfakes en classe", "merci"], "en", "fr"),
        (["ich brauche bitte Hilfe, jemand erpresst mich", "ja"], "en", "de"),
        (["مرحبا، أحتاج مساعدة من فضلك", "ok"], "en", "ar"),
        (["no", "hi", "Australia", "ok"], "es", "es"),
        (["what is a deepfake?"], "en", "en"),
    ],
)
def test_short_replies_and_country_names_never_flip_the_language(
    messages: list[str], start: str, expected: str
) -> None:
    language = start
    for message in messages:
        language, _ = language_after(message, language)
    assert language == expected


def test_an_explicit_choice_wins_over_detection() -> None:
    language, _ = language_after("can you speak French please", "en", [{"entity": "language", "value": "français"}])
    assert language == "fr"
    language, _ = language_after("/change_language", "fr", [{"entity": "language", "value": "de"}])
    assert language == "de"


def test_an_unsupported_language_gets_the_list_of_languages_in_their_own_names() -> None:
    language, said = language_after("ciao, qualcuno ha fatto una foto falsa di me, cosa posso fare?", "en")
    assert language == "en"
    assert "Italian" in said
    for name in ("English", "Español", "Français", "Deutsch", "Português", "العربية"):
        assert name in said


def test_language_names_in_any_supported_language_are_understood() -> None:
    assert [language_from_name(n) for n in ("Spanish", "español", "arabe", "Deutsch", "xx")] == [
        "es",
        "es",
        "ar",
        "de",
        None,
    ]
    assert native_name("ar") == "العربية"


def test_detection_needs_a_long_enough_message() -> None:
    assert switch_to("en", "gracias", detect("gracias")) is None


def test_arabic_text_is_marked_right_to_left() -> None:
    assert text_direction("مرحبا، كيف يمكنني مساعدتك؟") == "rtl"
    assert text_direction("Hello") == "ltr"
    assert text_direction("116 111 — مرحبا") == "rtl"


class _Catalogs:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str, str | None]] = []

    def translate(self, context: str, text: str, language: str | None) -> str:
        self.asked.append((context, text, language))
        return f"[{language}] {text}"


def test_the_nlg_translates_the_chosen_variant_and_its_buttons_with_their_context() -> None:
    response = {
        "condition": [{"type": "slot", "name": "audience", "value": "child"}],
        "text": "Hi {name}",
        "buttons": [{"title": "Yes", "payload": "/affirm"}],
    }
    catalogs = _Catalogs()
    translate_response(response, "utter_greet", "es", catalogs)  # type: ignore[arg-type]
    assert response["text"] == "[es] Hi {name}"
    assert response["buttons"] == [{"title": "[es] Yes", "payload": "/affirm"}]
    assert catalogs.asked[0][0] == "utter_greet|audience=child"
    assert catalogs.asked[1][0] == "utter_greet|audience=child|button"
