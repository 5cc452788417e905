"""Benchmark: what language detection and translation add to each message (``make bench-language``).

Times :func:`bot.language.detect` on the held-out messages of every language
plus the NLG's translation of a response variant, and prints p50/p95 of both
together per message (target: under 5 ms at p95).  It also prints how the
sticky language policy's thresholds behave on those messages: how often a
message would switch the conversation to its own language, to a wrong one,
and how often a supported-language message would wrongly get the
"I can't answer in that language yet" notice.  Not a test.
"""

from __future__ import annotations

import statistics
import sys
import time

from bot.evaluation import held_out_files, read_examples
from bot.i18n.catalogs import Translator
from bot.language import (
    MIN_LETTERS,
    MIN_PROBABILITY,
    Detection,
    detect,
    letters,
    switch_to,
    unsupported_language,
)
from bot.nlg import translate_response


def policy_report(samples: list[tuple[str, str, Detection | None]]) -> str:
    """Switch decisions a fresh (English) conversation would make on each held-out message."""
    right = wrong = notices = 0
    for language, text, detection in samples:
        target = switch_to(None, text, detection) or "en"
        right += target == language
        wrong += target != language and target != "en"
        notices += unsupported_language(text, detection) is not None
    total = len(samples)
    return (
        f"language policy (>= {MIN_LETTERS} letters, p >= {MIN_PROBABILITY}) on {total} held-out messages: "
        f"answered in the right language {right / total:.1%}, switched to a wrong one {wrong / total:.1%} ({wrong}), "
        f"'unsupported language' notice on a supported one {notices / total:.1%} ({notices}); "
        f"messages under {MIN_LETTERS} letters: {sum(letters(t) < MIN_LETTERS for _, t, _ in samples)}"
    )


def main() -> int:
    catalogs = Translator()
    detect("warm-up")
    timings = []
    samples = []
    for language, path in held_out_files(trained_only=False).items():
        for text, _ in read_examples(path):
            response = {"text": "Hi, I'm Lantern.", "buttons": [{"title": "Yes", "payload": "/affirm"}]}
            start = time.perf_counter()
            detection = detect(text)
            translate_response(response, "utter_greet", language, catalogs)
            timings.append((time.perf_counter() - start) * 1000)
            samples.append((language, text, detection))
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"detection + translation over {len(timings)} messages: p50 {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms (target p95 < 5 ms: {'OK' if p95 < 5 else 'SLOWER THAN TARGET'})"
    )
    print(policy_report(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
