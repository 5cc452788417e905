"""The held-out NLU split stays unseen: none of its messages is in the training data."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def examples(path: Path) -> dict[str, set[str]]:
    """intent → normalised example texts (entity markup removed)."""
    found: dict[str, set[str]] = {}
    for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            text = re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", line.strip().removeprefix("- "))
            text = re.sub(r"[^\w\s]", "", text.lower()).strip()
            if text:
                found.setdefault(block["intent"], set()).add(" ".join(text.split()))
    return found


def test_no_held_out_message_is_in_the_training_data() -> None:
    training: set[str] = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for texts in examples(path).values():
            training |= texts
    held_out = examples(ROOT / "tests" / "nlu" / "held_out.yml")
    leaked = sorted(text for texts in held_out.values() for text in texts if text in training)
    assert not leaked


def test_every_intent_has_at_least_20_training_and_8_held_out_examples() -> None:
    training: dict[str, set[str]] = {}
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for intent, texts in examples(path).items():
            training.setdefault(intent, set()).update(texts)
    held_out = examples(ROOT / "tests" / "nlu" / "held_out.yml")
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    for intent in domain["intents"]:
        assert len(training.get(intent, ())) >= 20, intent
        assert len(held_out.get(intent, ())) >= 8, intent
