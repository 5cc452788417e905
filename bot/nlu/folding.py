"""One spelling per word, for the classifiers and the self-description finder; plain Python, no Rasa.

Children write "cest koi", "c'est quoi", "C'EST QUOI"; "vídeo" and "video";
Arabic with or without vowel marks and hamza, with "and"/"the" joined on.
:func:`fold` maps them to one form.  The tokenizer (:mod:`bot.nlu.tokenizer`)
gives it to the featurizers as each token's lemma, the intent model
(:mod:`bot.nlu.linear_model`) reads folded text, and :mod:`bot.profile` folds
the words people describe themselves with.
"""

from __future__ import annotations

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
