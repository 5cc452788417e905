"""The classifier sees one spelling per word, while the message keeps the words as the user wrote them."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.folding import fold
from bot.nlu.tokenizer import FoldingTokenizer


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("C'EST", "cest"),
        ("vídeo", "video"),
        ("Über", "uber"),
        ("ça", "ca"),
        ("noooo", "noo"),
        ("أنا", "انا"),
        ("إلى", "الي"),
        ("مدرسة", "مدرسه"),
        ("مدرسـة", "مدرسه"),
        ("والصورة", "صوره"),
        ("بالصورة", "صوره"),
        ("للمدرسة", "مدرسه"),
        ("صورتي", "صورتي"),
        ("ولدي", "ولدي"),
        ("الله", "الله"),
        ("?", "?"),
    ],
)
def test_spellings_children_mix_up_fold_to_one(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_tokens_keep_the_written_text_and_carry_the_folded_lemma() -> None:
    tokenizer = FoldingTokenizer(FoldingTokenizer.get_default_config())
    message = Message({TEXT: "Qué es un VÍDEO falso"})
    tokens = tokenizer.tokenize(message, TEXT)
    assert [t.text for t in tokens] == ["Qué", "es", "un", "VÍDEO", "falso"]
    assert [t.lemma for t in tokens] == ["que", "es", "un", "video", "falso"]
