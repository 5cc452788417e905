"""NLU quality gate per language: parse every held-out message with the trained model and score intents.

``make nlu`` loads the newest model once, parses ``tests/nlu/held_out.yml``
(English) and ``tests/nlu/<lang>/held_out.yml`` for every other language,
prints a per-intent table per language, writes
``reports/nlu/<lang>/intent_report.json`` (the CI artefact) and exits 1 when a
language's intent macro-F1 is below its threshold (English 0.90, the others
0.85).  The parse goes through the whole pipeline, safety net included,
exactly as a user's message does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT
from bot.training import TRAINED_LANGUAGES

TESTS = PROJECT_ROOT / "tests" / "nlu"
THRESHOLDS = {"en": 0.90}
DEFAULT_THRESHOLD = 0.85
_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def held_out_files(trained_only: bool = True) -> dict[str, Path]:
    """Held-out split per language; by default only the languages the model is trained on."""
    files = {"en": TESTS / "held_out.yml"}
    files.update({p.parent.name: p for p in sorted(TESTS.glob("*/held_out.yml"))})
    return {
        lang: path for lang, path in files.items() if path.exists() and (not trained_only or lang in TRAINED_LANGUAGES)
    }


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(text without entity markup, intent) pairs."""
    pairs = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            text = _MARKUP.sub(r"\1", line.strip().removeprefix("- ").strip())
            if text:
                pairs.append((text, block["intent"]))
    return pairs


def score(pairs: list[tuple[str, str]], predicted: list[str]) -> dict[str, Any]:
    from sklearn.metrics import classification_report

    truth = [intent for _, intent in pairs]
    labels = sorted(set(truth))
    report: dict[str, Any] = classification_report(truth, predicted, labels=labels, output_dict=True, zero_division=0)
    return report


def format_report(language: str, report: dict[str, Any]) -> str:
    rows = [f"[{language}] {'intent':30} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}"]
    intents = {k: v for k, v in report.items() if k not in {"accuracy", "macro avg", "weighted avg", "micro avg"}}
    for name, s in sorted(intents.items(), key=lambda item: item[1]["f1-score"]):
        scores = f"{s['precision']:9.3f} {s['recall']:7.3f} {s['f1-score']:6.3f} {int(s['support']):7d}"
        rows.append(f"[{language}] {name:30} {scores}")
    macro = report["macro avg"]
    rows.append(
        f"[{language}] {'macro avg':30} {macro['precision']:9.3f} {macro['recall']:7.3f} {macro['f1-score']:6.3f}"
    )
    return "\n".join(rows)


async def _predict(model: Path, texts: list[str]) -> list[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    predicted = []
    for text in texts:
        parsed = await agent.parse_message(text)
        predicted.append(str((parsed.get("intent") or {}).get("name")))
    return predicted


def newest_model(models: Path) -> Path:
    candidates = sorted(models.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not candidates:
        raise FileNotFoundError(f"No model in {models}: run 'make train' first.")
    return candidates[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "reports" / "nlu")
    parser.add_argument("--all-languages", action="store_true", help="also score languages the model is not trained on")
    args = parser.parse_args(argv)
    model = args.model if args.model.is_file() else newest_model(args.model)
    files = held_out_files(trained_only=not args.all_languages)
    untrained = sorted(set(held_out_files(trained_only=False)) - set(files))
    if untrained:
        print("Not trained yet, so not scored: " + ", ".join(untrained) + " (see README, 'Languages').")
    data = {lang: read_examples(path) for lang, path in files.items()}
    everything = [text for pairs in data.values() for text, _ in pairs]
    print(f"Parsing {len(everything)} held-out messages in {len(data)} languages with {model.name} ...", flush=True)
    predicted = asyncio.run(_predict(model, everything))
    failed = []
    start = 0
    for lang, pairs in data.items():
        report = score(pairs, predicted[start : start + len(pairs)])
        start += len(pairs)
        out = args.out / lang
        out.mkdir(parents=True, exist_ok=True)
        (out / "intent_report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
        print(format_report(lang, report))
        macro_f1 = float(report["macro avg"]["f1-score"])
        threshold = THRESHOLDS.get(lang, DEFAULT_THRESHOLD)
        verdict = "OK" if macro_f1 >= threshold else "FAIL"
        print(f"{verdict}: [{lang}] intent macro-F1 {macro_f1:.3f} (needs {threshold:.2f}, {len(pairs)} messages)")
        if macro_f1 < threshold:
            failed.append(lang)
    if failed:
        print("Intent macro-F1 below the threshold for: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
