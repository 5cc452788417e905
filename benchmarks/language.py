"""Benchmark: what language detection and translation add to each message (``make bench-language``).

Times :func:`bot.language.detect` on the held-out messages of every language
and the NLG's translation of a response variant, and prints p50/p95 of both
together per message.  Target: under 5 ms at p95.  Not a test.
"""

from __future__ import annotations

import statistics
import sys
import time

from bot.evaluation import held_out_files, read_examples
from bot.i18n.catalogs import Translator
from bot.language import detect
from bot.nlg import translate_response

RESPONSE = {"condition": [{"type": "slot", "name": "audience", "value": "teen"}], "text": ""}


def main() -> int:
    catalogs = Translator()
    detect("warm-up")
    timings = []
    for language, path in held_out_files(trained_only=False).items():
        for text, _ in read_examples(path):
            response = {"text": "Hi, I'm Lantern.", "buttons": [{"title": "Yes", "payload": "/affirm"}]}
            start = time.perf_counter()
            detect(text)
            translate_response(response, "utter_greet", language, catalogs)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"detection + translation over {len(timings)} messages: p50 {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms, max {timings[-1]:.2f} ms (target p95 < 5 ms: {'OK' if p95 < 5 else 'SLOWER THAN TARGET'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
