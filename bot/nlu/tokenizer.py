"""Rasa tokenizer that lets the classifier see one spelling of each word, in every language.

Children write "cest koi", "c'est quoi", "C'EST QUOI"; "vídeo" and "video";
Arabic with or without vowel marks and hamza, with "and"/"the" joined on.  This tokenizer splits like
Rasa's ``WhitespaceTokenizer`` and gives every token a *lemma* folded by
:func:`bot.nlu.folding.fold` (case, accents, Arabic letter variants, repeated letters).  The
count-vector featurizers read lemmas, so those spellings become one feature;
the token text, and so the message the tracker stores, is left as written.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.folding import fold
from bot.training import training_code_hash


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class FoldingTokenizer(WhitespaceTokenizer):  # type: ignore[misc]
    """``WhitespaceTokenizer`` whose tokens carry folded lemmas for the featurizers."""

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """Rasa's training cache keys on config and data; a change to the folding must refeaturize."""
        return training_code_hash()

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens: list[Token] = super().tokenize(message, attribute)
        for token in tokens:
            token.lemma = fold(token.text)
        return tokens
