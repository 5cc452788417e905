"""``langdetect``'s language scores, computed with NumPy instead of a Python loop.

``langdetect`` extracts the character n-grams of a message and then, in seven
trials, draws n-grams at random and multiplies each language's probability
by that n-gram's profile weight until one language passes 0.99999 or 1,000
draws are spent.  Its inner loop is plain Python over 55 languages, which
costs up to ~15 ms on an ambiguous Spanish/Portuguese sentence.

This module keeps everything that makes the detector what it is — its
language profiles, its text cleaning and n-gram extraction, its smoothing
(alpha 0.5 ± 0.05), its trials, its convergence test every five draws and
its 0.1 reporting threshold — and only replaces the loop: draws are taken a
hundred at a time and the running products are cumulative sums of
logarithms, so every trial is a few array operations.  A fixed seed keeps it
deterministic.  ``bot.language`` is its only user.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt
from langdetect import detector_factory
from langdetect.detector import Detector

TRIALS = 7
SEED = 0
CHUNK = 100


@lru_cache(maxsize=1)
def _profiles() -> tuple[detector_factory.DetectorFactory, tuple[str, ...]]:
    detector_factory.init_factory()
    factory = detector_factory._factory
    return factory, tuple(factory.get_lang_list())


def ngrams(text: str) -> list[str]:
    """The profile n-grams ``langdetect`` would draw from for ``text`` (cleaned exactly as it does)."""
    factory, _ = _profiles()
    detector: Detector = factory.create()
    detector.append(text)
    detector.cleaning_text()
    return list(detector._extract_ngrams())


def _normalised(log_probabilities: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Probabilities from log-probabilities along the last axis."""
    shifted = np.exp(log_probabilities - log_probabilities.max(axis=-1, keepdims=True))
    normalised: npt.NDArray[np.float64] = shifted / shifted.sum(axis=-1, keepdims=True)
    return normalised


def scores(text: str) -> list[tuple[str, float]]:
    """Languages with probability above 0.1, likeliest first, as ``langdetect.detect_langs`` reports them."""
    factory, languages = _profiles()
    found = ngrams(text)
    if not found:
        return []
    profile = np.array([factory.word_lang_prob_map[gram] for gram in found], dtype=np.float64).T  # (languages, n-grams)
    rng = np.random.default_rng(SEED)
    weights = (Detector.ALPHA_DEFAULT + rng.standard_normal(TRIALS) * Detector.ALPHA_WIDTH) / Detector.BASE_FREQ
    # log(weight + p) for every trial, language and n-gram, computed once: (trials, languages, n-grams).
    factors = np.log(weights[:, None, None] + profile[None, :, :])
    running = np.full((TRIALS, len(languages)), -np.log(len(languages)))
    result = np.zeros_like(running)
    active = np.arange(TRIALS)
    drawn = 0
    while active.size:
        picks = rng.integers(0, len(found), size=(active.size, CHUNK))
        steps = np.take_along_axis(factors[active], picks[:, None, :], axis=2)  # (active, languages, draws)
        cumulative = running[active][:, :, None] + np.cumsum(steps, axis=2)
        checkpoints = _normalised(np.moveaxis(cumulative[:, :, ::5], 1, 2))  # every fifth draw, from the first
        passed = checkpoints.max(axis=2) > Detector.CONV_THRESHOLD
        converged = passed.any(axis=1)
        drawn += CHUNK
        if drawn >= Detector.ITERATION_LIMIT:
            converged[:] = True
            first = np.where(passed.any(axis=1), passed.argmax(axis=1), checkpoints.shape[1] - 1)
        else:
            first = passed.argmax(axis=1)
        result[active[converged]] = checkpoints[converged, first[converged]]
        running[active] = cumulative[:, :, -1]
        active = active[~converged]
    ranked = sorted(zip(languages, result.mean(axis=0).tolist(), strict=True), key=lambda pair: pair[1], reverse=True)
    return [(language, probability) for language, probability in ranked if probability > Detector.PROB_THRESHOLD]
