"""Who the user is, as far as Lantern needs to know: audience, age band, country, language.

Plain functions used by the widget channel (metadata) and by the slot
validation action (what the user says).  Nothing here stores anything.
"""

from __future__ import annotations

import re
from typing import Any

from bot.directory.countries import CountryMatch, resolve_country
from bot.i18n import SUPPORTED_LANGUAGES

AUDIENCES = ("child", "teen", "parent", "educator")

#: Words people use for themselves, mapped to an audience.
ROLE_WORDS = {
    "child": "child",
    "kid": "child",
    "teen": "teen",
    "teenager": "teen",
    "parent": "parent",
    "educator": "educator",
}

_NUMBER_WORDS = {
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}


def parse_age(value: Any) -> int | None:
    """An age from '12', 12, 'twelve' or '12yo'; ``None`` when it is not a plausible age."""
    if isinstance(value, int | float):
        age = int(value)
    else:
        text = str(value or "").strip().lower()
        digits = re.match(r"^(\d{1,3})", text)
        if digits:
            age = int(digits.group(1))
        elif text in _NUMBER_WORDS:
            age = _NUMBER_WORDS[text]
        else:
            return None
    return age if 4 <= age <= 120 else None


def audience_for_age(age: int) -> str | None:
    """child for 12 and under, teen for 13-17; adults are not assumed to be parents or educators."""
    if age <= 12:
        return "child"
    if age <= 17:
        return "teen"
    return None


def audience_for_role(role: Any) -> str | None:
    return ROLE_WORDS.get(str(role or "").strip().lower())


def clean_metadata(metadata: dict[str, Any]) -> dict[str, str]:
    """Keep only metadata Lantern understands, with valid values."""
    cleaned: dict[str, str] = {}
    country = metadata.get("country")
    if isinstance(country, str) and re.fullmatch(r"[A-Za-z]{2}", country.strip()):
        match = resolve_country(country.strip())
        if match.code:
            cleaned["country"] = match.code
    audience = metadata.get("audience")
    if isinstance(audience, str) and audience.strip().lower() in AUDIENCES:
        cleaned["audience"] = audience.strip().lower()
    language = metadata.get("language")
    if isinstance(language, str) and language.strip().lower() in SUPPORTED_LANGUAGES:
        cleaned["language"] = language.strip().lower()
    return cleaned


#: Phrases that introduce where the user lives ("I'm in the UK", "we live in Canada", "from Spain").
_WHERE = re.compile(r"\b(?:in|from|live|living|based)\b", re.IGNORECASE)


def country_from_message(entity: Any, intent: str | None, text: str) -> CountryMatch:
    """The country a message names: the extracted entity first, else the text when it says where the user is."""
    if entity:
        match = resolve_country(str(entity))
        if match.code or match.ambiguous:
            return match
    if intent == "tell_country" or _WHERE.search(text or ""):
        return resolve_country(text)
    return CountryMatch()
