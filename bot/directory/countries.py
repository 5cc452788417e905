"""Recognise a country from what the user typed, without ever guessing from an IP.

Names come from Babel's territory names (so every language Babel knows can be
added by listing its locale) plus a short list of everyday aliases.  Names
that mean more than one country are reported as ambiguous so the bot can ask.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

#: Locales whose territory names are recognised: every language Lantern supports or is adding.
NAME_LOCALES = ("en", "es", "fr", "de", "pt", "ar")

#: Everyday names Babel does not list.
ALIASES: dict[str, str] = {
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "u s a": "US",
    "u s": "US",
    "united states of america": "US",
    "the states": "US",
    "america": "US",
    "holland": "NL",
    "aussie": "AU",
    "oz": "AU",
    "nz": "NZ",
    "aotearoa": "NZ",
    "south korea": "KR",
    "korea": "KR",
    "deutschland": "DE",
    "espana": "ES",
    "brasil": "BR",
    "eire": "IE",
    "republic of ireland": "IE",
    "uae": "AE",
    "quebec": "CA",
    "inglaterra": "GB",
    "angleterre": "GB",
    "großbritannien": "GB",
    "grossbritannien": "GB",
    "eeuu": "US",
    "ee uu": "US",
    "eua": "US",
    "amerika": "US",
    "امريكا": "US",
    "بريطانيا": "GB",
}

#: Short names that are also everyday words: recognised only in capitals.
UPPERCASE_ONLY: dict[str, str] = {"us": "US"}

#: Names that stand for several countries: the bot must ask which one.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "georgia": ("GE", "US"),
    "congo": ("CG", "CD"),
    "guinea": ("GN", "GW", "GQ", "PG"),
}

_WORD = re.compile(r"[^\W\d_]+")


def normalise(text: str) -> str:
    """Lower-case, strip accents and punctuation, squeeze spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return " ".join(_WORD.findall(ascii_text))


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for locale_name in NAME_LOCALES:
        for code, name in Locale.parse(locale_name).territories.items():
            if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "UN", "EZ", "QO"}:
                index.setdefault(normalise(name), code)
    index.update(ALIASES)
    for name in AMBIGUOUS:
        index.pop(name, None)
    return index


@dataclass(frozen=True)
class CountryMatch:
    """The outcome of resolving: one code, several candidates, or nothing."""

    code: str | None = None
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return not self.code and bool(self.candidates)


def country_name(code: str, locale: str = "en") -> str:
    """The country's name in ``locale`` (Babel), or the code if unknown."""
    return str(Locale.parse(locale).territories.get(code.upper(), code.upper()))


def resolve_country(text: str | None) -> CountryMatch:
    """Find the country a message or entity value names.

    A bare two-letter code is accepted only when it is the whole value (as in
    a button payload), so that words such as "in", "it" or "us" inside a
    sentence are never read as India, Italy or the United States.
    """
    if not text or not text.strip():
        return CountryMatch()
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.upper() in set(_index().values()):
        return CountryMatch(code=stripped.upper())
    words = normalise(stripped).split()
    index = _index()
    for size in range(min(5, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in AMBIGUOUS:
                return CountryMatch(candidates=AMBIGUOUS[phrase])
            if phrase in UPPERCASE_ONLY:
                if re.search(rf"\b{phrase.upper()}\b", stripped):
                    return CountryMatch(code=UPPERCASE_ONLY[phrase])
                continue
            if phrase in index and (len(phrase) > 2 or phrase in ALIASES):
                return CountryMatch(code=index[phrase])
    return _close_match(words, index)


def _close_match(words: list[str], index: dict[str, str]) -> CountryMatch:
    """One typo in a longer country name ("austrailia", "new zeland"), never in short words."""
    for size in range(min(3, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if len(phrase) < 6:
                continue
            close = difflib.get_close_matches(phrase, [n for n in index if len(n) >= 6], n=2, cutoff=0.88)
            codes = {index[name] for name in close}
            if len(codes) == 1:
                return CountryMatch(code=codes.pop())
    return CountryMatch()
