"""Training data per language is big enough, and the held-out splits stay unseen by training."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "es", "fr", "de", "pt", "ar")


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


def training_files(language: str) -> list[Path]:
    if language == "en":
        return sorted((ROOT / "data" / "nlu").glob("*.yml"))
    return sorted((ROOT / "data" / "nlu" / language).glob("*.yml"))


def held_out_file(language: str) -> Path:
    return ROOT / "tests" / "nlu" / ("held_out.yml" if language == "en" else f"{language}/held_out.yml")


def merged(paths: list[Path]) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for path in paths:
        for intent, texts in examples(path).items():
            result.setdefault(intent, set()).update(texts)
    return result


def test_no_held_out_message_is_in_the_training_data() -> None:
    training = {
        text for path in (ROOT / "data" / "nlu").rglob("*.yml") for texts in examples(path).values() for text in texts
    }
    for language in LANGUAGES:
        held_out = examples(held_out_file(language))
        leaked = sorted(text for texts in held_out.values() for text in texts if text in training)
        assert not leaked, (language, leaked)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_intent_has_enough_training_and_held_out_examples(language: str) -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    training = merged(training_files(language))
    held_out = examples(held_out_file(language))
    minimum = 20 if language == "en" else 15
    for intent in domain["intents"]:
        assert len(training.get(intent, ())) >= minimum, (language, intent)
        assert len(held_out.get(intent, ())) >= 8, (language, intent)
