"""Bring a message into one plain form before the safety patterns look at it.

Children write "KILLLL", "su1cide", "don't" and "dont"; the patterns should
only have to know one spelling.  Normalising folds case and accents (and
Arabic diacritics), keeps letters of every script, undoes
common letter-for-digit swaps inside words, squeezes letters repeated three
or more times, and drops apostrophes and punctuation.
"""

from __future__ import annotations

import re
import unicodedata

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s"})
_LEET_WORD = re.compile(r"\b(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]+\b")
_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_APOSTROPHES = re.compile(r"[\u2019\u2018'`´]")
_NON_WORD = re.compile(r"[^\w#\s]+|_")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free text with single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), folded)
    folded = _REPEATS.sub(r"\1\1", folded)
    folded = _NON_WORD.sub(" ", folded)
    return _SPACES.sub(" ", folded).strip()
