"""Languages: which ones Lantern speaks, the translation catalogs, and the text direction.

English text lives in ``domain.yml`` (responses) and in the code (``_()``
around the sentences actions build); translations live in
``locales/<lang>/LC_MESSAGES/messages.po`` with ``msgctxt`` = response name and
variant, ``msgid`` = the English text.  See :mod:`bot.i18n.catalogs`.
"""

from __future__ import annotations

import unicodedata

#: Languages Lantern answers in, English first (the fallback).
SUPPORTED_LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")
RTL_LANGUAGES = frozenset({"ar"})


def text_direction(text: str) -> str:
    """'rtl' when the first strongly directional character is right-to-left, else 'ltr'."""
    for char in text or "":
        direction = unicodedata.bidirectional(char)
        if direction in {"R", "AL"}:
            return "rtl"
        if direction == "L":
            return "ltr"
    return "ltr"
