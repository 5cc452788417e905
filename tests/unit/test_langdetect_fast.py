"""The fast detector gives langdetect's answers: same languages on clear sentences, deterministic, same format."""

from __future__ import annotations

import pytest
from langdetect import DetectorFactory, detect_langs

from bot.langdetect_fast import scores

SENTENCES = {
    "en": "someone made a fake picture of me and I don't know what to do",
    "es": "alguien hizo una foto falsa de mí y no sé qué hacer",
    "fr": "quelqu'un a fait une fausse photo de moi et je ne sais pas quoi faire",
    "de": "jemand hat ein falsches Foto von mir gemacht und ich weiß nicht was ich tun soll",
    "pt": "alguém fez uma foto falsa minha e eu não sei o que fazer",
    "ar": "شخص ما صنع صورة مزيفة لي ولا أعرف ماذا أفعل",
    "it": "qualcuno ha fatto una foto falsa di me e non so cosa fare",
    "ru": "кто-то сделал фальшивое фото меня, и я не знаю что делать",
}


@pytest.mark.parametrize(("language", "sentence"), sorted(SENTENCES.items()))
def test_a_clear_sentence_is_found_in_its_language_as_langdetect_finds_it(language: str, sentence: str) -> None:
    DetectorFactory.seed = 0
    assert scores(sentence)[0][0] == language == str(detect_langs(sentence)[0].lang)


def test_results_are_deterministic_and_shaped_like_langdetects() -> None:
    first = scores("ok so what even is a deepfake")
    assert first == scores("ok so what even is a deepfake")
    assert all(probability > 0.1 for _, probability in first)
    assert [p for _, p in first] == sorted((p for _, p in first), reverse=True)
    assert sum(p for _, p in first) <= 1.0 + 1e-9


def test_text_without_letters_the_profiles_know_gives_nothing() -> None:
    assert scores("") == []
    assert scores("12345 !!! :)") == []
