"""Who the user is, as far as Lantern needs to know: audience, age band, country, language.

Plain functions used by the widget channel (metadata) and by the slot
validation action (what the user says).  Nothing here stores anything.
"""

from __future__ import annotations

import re
from typing import Any

from bot.directory.countries import CountryMatch, resolve_country
from bot.i18n import SUPPORTED_LANGUAGES
from bot.nlu.folding import fold

AUDIENCES = ("child", "teen", "parent", "educator")

#: Words people use for themselves, in the six languages, folded (:func:`bot.nlu.folding.fold`: lower case,
#: no accents, Arabic letter variants joined), mapped to an audience.  DIET's role entity and the
#: self-description finder below both go through this table.
ROLE_WORDS = {
    **dict.fromkeys(["child", "kid", "enfant", "nino", "nina", "kind", "crianca", "طفل", "طفله"], "child"),
    **dict.fromkeys(
        ["teen", "teenager", "ado", "adolescent", "adolescente", "jugendlicher", "jugendliche", "مراهق", "مراهقه"],
        "teen",
    ),
    **dict.fromkeys(
        [
            "parent", "mum", "mom", "mother", "dad", "father", "guardian",
            "maman", "papa", "mere", "pere", "parents",
            "mama", "madre", "padre", "tutor", "tutora",
            "mutter", "vater", "elternteil", "eltern",
            "mae", "pai", "encarregado", "encarregada",
            "ام", "اب", "والد", "والده", "ولي",
        ],
        "parent",
    ),
    **dict.fromkeys(
        [
            "educator", "teacher", "headteacher", "principal", "counsellor", "counselor",
            "prof", "professeur", "professeure", "enseignant", "enseignante", "instit", "institutrice",
            "instituteur", "directeur", "directrice", "cpe", "infirmiere",
            "profe", "profesor", "profesora", "maestro", "maestra", "docente", "orientador", "orientadora",
            "lehrer", "lehrerin", "lehrkraft", "klassenlehrer", "klassenlehrerin", "schulleiter", "schulleiterin",
            "schulsozialarbeiter", "schulsozialarbeiterin",
            "professor", "professora", "educador", "educadora", "diretor", "diretora",
            "معلم", "معلمه", "مدرس", "استاذ", "استاذه",
        ],
        "educator",
    ),
}  # fmt: skip

#: Words that start a self-description ("I'm", "je suis", "soy", "ich bin", "sou", "أنا"), folded.
_SELF_WORDS = frozenset(["im", "i'm", "am", "suis", "jsuis", "chui", "soy", "bin", "sou", "انا"])
#: Articles allowed after them ("I'm a", "je suis une", "soy la", "ich bin eine").
_ARTICLES = frozenset(["a", "an", "un", "une", "una", "ein", "eine", "um", "uma", "la", "le", "el", "o"])
#: "As a ..." words, followed by the role itself ("as a" excepted): "como la maestra dijo" is not "como maestra".
_AS_WORDS = frozenset(["as", "als", "como", "بصفتي"])
_AS_ARTICLES = frozenset(["a", "an"])


def role_from_text(text: str) -> str | None:
    """The audience a message gives for its writer ("je suis prof", "as a dad", "أنا معلمة"), else ``None``.

    Only a self-description counts: "my teacher made a fake of me" names a teacher but is not written by one.
    """
    words = [fold(word) for word in re.findall(r"[\w']+", text or "")]
    for index, word in enumerate(words[:-1]):
        if word in _SELF_WORDS:
            allowed = _ARTICLES
        elif word in _AS_WORDS or (word == "que" and index > 0 and words[index - 1] == "tant"):
            allowed = _AS_ARTICLES
        else:
            continue
        rest = words[index + 1 :]
        role = rest[1] if rest[0] in allowed and len(rest) > 1 else rest[0]
        if role in ROLE_WORDS:
            return ROLE_WORDS[role]
    return None


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
    """The audience for a role entity's value: its synonym ("educator") or the word itself ("professeur")."""
    value = str(role or "").strip()
    if value.lower() in ROLE_WORDS:
        return ROLE_WORDS[value.lower()]
    roles = (ROLE_WORDS.get(fold(word)) for word in value.split())
    return next((role for role in roles if role), None)


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
