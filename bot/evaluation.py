"""Quality gate for the NLU evaluation: print the per-intent report and fail below a macro-F1.

``make nlu`` runs ``rasa test nlu`` on the held-out split (``tests/nlu/``),
which writes ``reports/nlu/intent_report.json``; this module reads it, prints
one line per intent (kept with the report as a CI artefact) and exits 1 when
the macro-averaged F1 is below the threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

SUMMARY_KEYS = {"accuracy", "macro avg", "weighted avg", "micro avg"}


def per_intent(report: dict[str, Any]) -> dict[str, dict[str, float]]:
    return {name: scores for name, scores in report.items() if name not in SUMMARY_KEYS and isinstance(scores, dict)}


def format_report(report: dict[str, Any]) -> str:
    rows = [f"{'intent':32} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>7}"]
    for name, s in sorted(per_intent(report).items(), key=lambda item: item[1]["f1-score"]):
        rows.append(f"{name:32} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1-score']:6.3f} {int(s['support']):7d}")
    macro = report["macro avg"]
    rows.append(f"{'macro avg':32} {macro['precision']:9.3f} {macro['recall']:7.3f} {macro['f1-score']:6.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--min-macro-f1", type=float, default=0.90)
    args = parser.parse_args(argv)
    if not args.report.exists():
        print(f"No NLU report at {args.report}: run 'rasa test nlu' first.", file=sys.stderr)
        return 2
    report = json.loads(args.report.read_text(encoding="utf-8"))
    print(format_report(report))
    macro_f1 = float(report["macro avg"]["f1-score"])
    if macro_f1 < args.min_macro_f1:
        print(f"FAIL: intent macro-F1 {macro_f1:.3f} is below {args.min_macro_f1:.2f}.", file=sys.stderr)
        return 1
    print(f"OK: intent macro-F1 {macro_f1:.3f} >= {args.min_macro_f1:.2f} (report: {args.report}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
