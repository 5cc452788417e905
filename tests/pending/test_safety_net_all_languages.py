"""The bar for the other five languages' safety net (issue 4), not yet met: NOT run by `make test`.

Run with `.venv/bin/pytest tests/pending/test_safety_net_all_languages.py`.  When every language reaches
100 % recall here, move these tests back into tests/unit/test_safety_net.py.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import detect
from tests.helpers import red_team, red_team_languages

ALL_ESCALATE = [(lang, case) for lang in red_team_languages() for case in red_team(lang)["escalate"]]


@pytest.mark.parametrize(("language", "case"), ALL_ESCALATE, ids=lambda v: v if isinstance(v, str) else v["text"][:40])
def test_every_red_team_message_escalates_in_every_language(language: str, case: dict[str, str]) -> None:
    assert detect(case["text"]) is not None


def test_false_alarms_across_all_languages_stay_under_five_percent() -> None:
    near_misses = [c["text"] for lang in red_team_languages() for c in red_team(lang)["must_not_escalate"]]
    alarms = [text for text in near_misses if detect(text)]
    assert len(alarms) / len(near_misses) < 0.05, alarms
