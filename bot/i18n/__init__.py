"""Languages: which ones Lantern speaks, the translation catalogs, and the text direction.

English text lives in ``domain.yml`` (responses) and in the code (``_()``
around the sentences actions build); translations live in
``locales/<lang>/LC_MESSAGES/messages.po`` with ``msgctxt`` = response name and
variant, ``msgid`` = the English text.  See :mod:`bot.i18n.catalogs`.
"""

from __future__ import annotations

import re
import unicodedata

#: Languages Lantern answers in, English first (the fallback).
SUPPORTED_LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")
RTL_LANGUAGES = frozenset({"ar"})


#: A phone number or other digit run inside right-to-left text ("0800 1111", "+44 800 1111", "116 111").
_NUMBER_RUN = re.compile(r"(?<![\w\u2066])\+?\d[\d \-]*\d(?![\w\u2069])")


def isolate_numbers(text: str) -> str:
    """Wrap digit runs of right-to-left text in left-to-right isolates so "0800 1111" is not shown as "1111 0800"."""
    if text_direction(text) != "rtl":
        return text
    return _NUMBER_RUN.sub(lambda found: "\u2066" + found.group(0) + "\u2069", text)


def text_direction(text: str) -> str:
    """'rtl' when the first strongly directional character is right-to-left, else 'ltr'."""
    for char in text or "":
        direction = unicodedata.bidirectional(char)
        if direction in {"R", "AL"}:
            return "rtl"
        if direction == "L":
            return "ltr"
    return "ltr"
