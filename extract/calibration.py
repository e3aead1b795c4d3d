"""Raw evidence scores mapped to calibrated confidence.

The mappings (``data/calibration.json``, one for text-layer pages and one for OCR'd pages)
are fitted on generated development documents by ``benchmarks/accuracy.py
--fit-calibration``: points (raw, share of fields right) of an isotonic fit, interpolated
linearly, so that among fields reported at 0.9 about nine in
ten are right. Without the file, raw scores pass through unchanged.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from extract.vocab import DATA

CALIBRATION_FILE = DATA / "calibration.json"
FLOOR, CEILING = 0.05, 0.99
PRIOR_WEIGHT = 40


@cache
def _points(source: str) -> tuple[tuple[float, ...], tuple[float, ...]]:
    if not CALIBRATION_FILE.exists():
        return (0.0, 1.0), (0.0, 1.0)
    mappings = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))["points"]
    points = mappings.get(source) or mappings["text_layer"]
    return tuple(p[0] for p in points), tuple(p[1] for p in points)


def calibrate(raw: float, source: str = "text_layer") -> float:
    """Calibrated confidence of a raw score for a value read from a page of ``source``
    (``text_layer`` or ``ocr``: OCR'd values are wrong more often at the same score)."""
    xs, ys = _points(source)
    if raw <= xs[0]:
        return round(ys[0], 3)
    if raw >= xs[-1]:
        return round(ys[-1], 3)
    i = bisect_right(xs, raw)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    share = (raw - x0) / (x1 - x0) if x1 > x0 else 0.0
    return round(y0 + share * (y1 - y0), 3)


def fit(pairs: Sequence[tuple[float, bool]], bins: int = 25) -> list[list[float]]:
    """Isotonic (pool-adjacent-violators) fit of correctness on raw score, as points."""
    ordered = sorted(pairs)
    if not ordered:
        return [[0.0, 0.0], [1.0, 1.0]]
    size = max(1, len(ordered) // bins)
    blocks = [
        [sum(r for r, _ in chunk) / len(chunk), sum(ok for _, ok in chunk), len(chunk)]
        for chunk in (ordered[i : i + size] for i in range(0, len(ordered), size))
    ]
    merged: list[list[float]] = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            b = merged.pop()
            a = merged.pop()
            n = a[2] + b[2]
            merged.append([(a[0] * a[2] + b[0] * b[2]) / n, a[1] + b[1], n])
    points: list[list[float]] = []
    for x, ok, n in merged:
        # the raw score counts as PRIOR_WEIGHT documents' worth of evidence: generated
        # documents are easier than real ones, so a bin that was always right on them
        # still keeps some of the doubt its raw evidence carries
        share = (ok + PRIOR_WEIGHT * x) / (n + PRIOR_WEIGHT)
        share = max(share, points[-1][1] if points else 0.0)
        points.append([round(x, 4), round(min(max(share, FLOOR), CEILING), 4)])
    return [[0.0, points[0][1]], *points, [1.0, points[-1][1]]]
