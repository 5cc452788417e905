"""Decide whether a message is a safeguarding emergency, independently of the classifier.

:func:`detect` splits a message into sentences, normalises each, removes
everyday hyperbole and returns the most urgent category found (self-harm and
danger first).  Questions about what *might* happen ("what if someone made a
deepfake of me?") and messages about a friend ("my friend is being
blackmailed") are not treated as the user's own disclosure of image abuse,
but never suppress danger or self-harm.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

import regex

from bot.safety import patterns
from bot.safety.normalise import normalise

#: Categories in order of urgency, and the intent each escalates as.
CATEGORY_INTENTS: dict[str, str] = {
    "self_harm": "self_harm",
    "danger": "in_danger",
    "child_affected": "report_child_affected",
    "sextortion": "report_sextortion",
    "fake_image": "report_fake_image_of_me",
    "abuse_content": "report_saw_abuse_content",
}

#: Categories that a hypothetical question does not trigger.
DISCLOSURE_ONLY = {"child_affected", "sextortion", "fake_image", "abuse_content"}

#: Categories about the user's own images: a message about a friend's is "help a friend".
OWN_IMAGES = {"sextortion", "fake_image"}

_SENTENCES = re.compile(r"[.!?\n;]+|\s+(?:but|and then|also|btw|plus)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Detection:
    """A safety-net hit: the category, the intent it maps to and what matched."""

    category: str
    intent: str
    matched: str


#: Languages whose pattern modules (``bot/safety/patterns_<lang>.py``) join the English ones.
PATTERN_LANGUAGES = ("es", "fr", "de", "pt", "ar")
_LISTS = {
    "self_harm": "SELF_HARM",
    "danger": "DANGER",
    "child_affected": "CHILD_AFFECTED",
    "sextortion": "SEXTORTION",
    "fake_image": "FAKE_IMAGE",
    "abuse_content": "ABUSE_CONTENT",
}


def _pattern_modules() -> list[ModuleType]:
    modules: list[ModuleType] = [patterns]
    for language in PATTERN_LANGUAGES:
        try:
            modules.append(importlib.import_module(f"bot.safety.patterns_{language}"))
        except ModuleNotFoundError:
            continue
    return modules


@lru_cache(maxsize=1)
def _compiled() -> tuple[
    list[regex.Pattern[str]], regex.Pattern[str], regex.Pattern[str], dict[str, list[regex.Pattern[str]]]
]:
    """All languages' patterns at once: a short message's language cannot be trusted to pick one set."""
    modules = _pattern_modules()
    hyperbole = [regex.compile(p) for module in modules for p in getattr(module, "HYPERBOLE", [])]
    hypothetical = regex.compile(patterns.HYPOTHETICAL)
    third_party = regex.compile(patterns.THIRD_PARTY)
    compiled = {
        category: [regex.compile(p) for module in modules for p in getattr(module, name, [])]
        for category, name in _LISTS.items()
    }
    return hyperbole, hypothetical, third_party, compiled


def _scan(sentence: str) -> Detection | None:
    hyperbole, hypothetical, third_party, by_category = _compiled()
    text = normalise(sentence)
    for pattern in hyperbole:
        text = pattern.sub(" ", text)
    if not text.strip():
        return None
    is_question = bool(hypothetical.search(text))
    about_a_friend = bool(third_party.search(text))
    for category in CATEGORY_INTENTS:
        if (is_question and category in DISCLOSURE_ONLY) or (about_a_friend and category in OWN_IMAGES):
            continue
        for pattern in by_category[category]:
            match = pattern.search(text)
            if match:
                return Detection(category, CATEGORY_INTENTS[category], match.group(0))
    return None


def detect(text: str) -> Detection | None:
    """The most urgent safeguarding category in ``text``, or ``None``."""
    found = [hit for part in _SENTENCES.split(text or "") if part and (hit := _scan(part))]
    if not found:
        # A pattern may span the words the sentence splitter cut at ("... plus ...").
        return _scan(text or "")

    order = list(CATEGORY_INTENTS)
    return min(found, key=lambda hit: order.index(hit.category))
