"""Which language to answer in: explicit choice, then the embedding page, then detection, then English.

Detection uses ``langdetect``'s profiles and method (through the faster,
seeded :mod:`bot.langdetect_fast`, so it is deterministic) and is sticky:
the conversation switches language only when a message is long enough and
the detector sure enough, so "ok", "no", "hi" or a country name never flip
it.  The thresholds were chosen on the held-out NLU splits (see README).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from bot.i18n import SUPPORTED_LANGUAGES
from bot.i18n.catalogs import _, current_language
from bot.langdetect_fast import scores

#: A message must have at least this many letters, and the detector this probability, to switch language.
MIN_LETTERS = 15
MIN_PROBABILITY = 0.70
#: Stricter bars before saying "I don't speak that language yet".
MIN_LETTERS_UNSUPPORTED = 20
MIN_PROBABILITY_UNSUPPORTED = 0.95


@dataclass(frozen=True)
class Detection:
    """The likeliest supported language, and the likeliest language of all (which may be unsupported)."""

    language: str | None
    probability: float
    top_language: str
    top_probability: float


def letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text or "")


def detect(text: str) -> Detection | None:
    """What ``text`` is written in, or None when there is nothing to go on."""
    if letters(text) == 0:
        return None
    ranked = scores(text)
    if not ranked:
        return None
    top = ranked[0]
    supported = [r for r in ranked if r[0] in SUPPORTED_LANGUAGES]
    best = supported[0] if supported else None
    return Detection(
        language=best[0] if best else None,
        probability=best[1] if best else 0.0,
        top_language=top[0],
        top_probability=top[1],
    )


def switch_to(current: str | None, text: str, detection: Detection | None) -> str | None:
    """The supported language detection asks to switch to, or None to keep ``current`` (sticky)."""
    if detection is None or detection.language is None or letters(text) < MIN_LETTERS:
        return None
    if detection.probability < MIN_PROBABILITY or detection.language == (current or "en"):
        return None
    return detection.language


def unsupported_language(text: str, detection: Detection | None) -> str | None:
    """A language Lantern does not speak yet, when the detector is sure of it."""
    if detection is None or letters(text) < MIN_LETTERS_UNSUPPORTED:
        return None
    if detection.top_language in SUPPORTED_LANGUAGES or detection.top_probability < MIN_PROBABILITY_UNSUPPORTED:
        return None
    return detection.top_language


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """Every way to name a supported language in the supported languages ("spanish", "español", "espagnol")."""
    names: dict[str, str] = {}
    for display in SUPPORTED_LANGUAGES:
        locale = Locale.parse(display)
        for code in SUPPORTED_LANGUAGES:
            name = locale.languages.get(code)
            if name:
                names[name.lower()] = code
    for code in SUPPORTED_LANGUAGES:
        names[code] = code
    return names


def language_from_name(value: str | None) -> str | None:
    """A supported language code from a name the user typed or a button sent."""
    if not value:
        return None
    return _language_names().get(value.strip().lower())


def native_name(code: str) -> str:
    """The language's name in itself ("Español", "Français", "العربية")."""
    name = Locale.parse(code).languages.get(code, code)
    return str(name[:1].upper() + name[1:])


def language_buttons() -> tuple[dict[str, str], ...]:
    """One button per supported language, each named in its own language."""
    return tuple(
        {"title": native_name(code), "payload": f'/change_language{{"language": "{code}"}}'}
        for code in SUPPORTED_LANGUAGES
    )


def unsupported_notice(language: str) -> str:
    """'I can't answer in Italian yet. I can answer in: English, Español, …' in the conversation's language."""
    name = Locale.parse(current_language.get()).languages.get(language, language)
    listing = ", ".join(native_name(code) for code in SUPPORTED_LANGUAGES)
    return _("I can't answer in {language} yet. I can answer in: {languages}.").format(language=name, languages=listing)
