"""The safety net in every language: red-team lists at 100 % recall, and the patterns' own examples.

Red-team lists (``tests/redteam/<lang>.yml``) were written independently of
the patterns; ``tests/safety/<lang>.yml`` holds the sentences each language's
patterns were written against, escalating and harmless.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.detector import detect
from tests.helpers import red_team, red_team_languages

EXAMPLES = Path(__file__).resolve().parents[1] / "safety"
ALL_ESCALATE = [(lang, case["text"]) for lang in red_team_languages() for case in red_team(lang)["escalate"]]
PATTERN_EXAMPLES = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.yml"))}


def test_every_language_has_a_red_team_list_of_at_least_15() -> None:
    assert set(red_team_languages()) == {"en", "es", "fr", "de", "pt", "ar"}
    for language in red_team_languages():
        assert len(red_team(language)["escalate"]) >= 15, language


@pytest.mark.parametrize(("language", "text"), ALL_ESCALATE, ids=lambda v: v[:40])
def test_every_red_team_message_escalates_in_every_language(language: str, text: str) -> None:
    assert detect(text) is not None


def test_false_alarms_across_all_languages_stay_under_five_percent() -> None:
    near_misses = [c["text"] for lang in red_team_languages() for c in red_team(lang)["must_not_escalate"]]
    alarms = [text for text in near_misses if detect(text)]
    assert len(alarms) / len(near_misses) < 0.05, alarms


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, case["text"]) for lang, data in PATTERN_EXAMPLES.items() for case in data["escalate"]],
    ids=lambda v: v[:40],
)
def test_the_patterns_own_escalating_examples_escalate(language: str, text: str) -> None:
    assert detect(text) is not None


@pytest.mark.parametrize(
    ("language", "text"),
    [(lang, case["text"]) for lang, data in PATTERN_EXAMPLES.items() for case in data["harmless"]],
    ids=lambda v: v[:40],
)
def test_the_patterns_own_harmless_examples_stay_quiet(language: str, text: str) -> None:
    assert detect(text) is None
