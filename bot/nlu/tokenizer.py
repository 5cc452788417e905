"""Rasa tokenizer that lets the classifier see one spelling of each word, in every language.

Children write "cest koi", "c'est quoi", "C'EST QUOI"; "vídeo" and "video";
Arabic with or without vowel marks and hamza, with "and"/"the" joined on.  This tokenizer splits like
Rasa's ``WhitespaceTokenizer`` and gives every token a *lemma* folded by
:func:`fold` (case, accents, Arabic letter variants, repeated letters).  The
count-vector featurizers read lemmas, so those spellings become one feature;
the token text, and so the message the tracker stores, is left as written.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message

from bot.safety.normalise import normalise

#: Arabic letters written interchangeably in chat: alef maqsura for yeh, teh marbuta for heh, and tatweel.
_ARABIC_VARIANTS = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None})
#: Arabic writes "the", and "and"/"with"/"like"/"so"/"for" + "the", joined to the next word ("الصورة",
#: "والصورة", "بالصورة", "للمدرسة"): light stemming strips one such prefix, longest first, when a word of three
#: letters or more is left.  A lone "و" is kept (too many words start with it: "ولد", "وقت"), and so are
#: suffixes: they carry who it is about ("صورتي", my picture; "صورتها", her picture).
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")


def _strip_arabic_prefix(word: str) -> str:
    if not word or not "\u0621" <= word[0] <= "\u064a":
        return word
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def fold(word: str) -> str:
    """One spelling for a word: lower case, no accents or Arabic marks, no letter repeated thrice, no Arabic prefix."""
    folded = _strip_arabic_prefix(normalise(word).replace(" ", "").translate(_ARABIC_VARIANTS))
    return folded or word.lower()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER, is_trainable=False)
class FoldingTokenizer(WhitespaceTokenizer):  # type: ignore[misc]
    """``WhitespaceTokenizer`` whose tokens carry folded lemmas for the featurizers."""

    def tokenize(self, message: Message, attribute: str) -> list[Token]:
        tokens: list[Token] = super().tokenize(message, attribute)
        for token in tokens:
            token.lemma = fold(token.text)
        return tokens
