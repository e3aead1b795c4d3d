"""Raw evidence scores mapped to calibrated confidence.

The mapping (``data/calibration.json``) is fitted on generated development documents by
``benchmarks/accuracy.py --fit-calibration``: points (raw, share of fields right) of an
isotonic fit, interpolated linearly, so that among fields reported at 0.9 about nine in
ten are right. Without the file, raw scores pass through unchanged.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from extract.vocab import DATA

CALIBRATION_FILE = DATA / "calibration.json"


@cache
def _points() -> tuple[tuple[float, ...], tuple[float, ...]]:
    if not CALIBRATION_FILE.exists():
        return (0.0, 1.0), (0.0, 1.0)
    points = json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))["points"]
    return tuple(p[0] for p in points), tuple(p[1] for p in points)


def calibrate(raw: float) -> float:
    xs, ys = _points()
    if raw <= xs[0]:
        return round(ys[0], 3)
    if raw >= xs[-1]:
        return round(ys[-1], 3)
    i = bisect_right(xs, raw)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    share = (raw - x0) / (x1 - x0) if x1 > x0 else 0.0
    return round(y0 + share * (y1 - y0), 3)


def fit(pairs: Sequence[tuple[float, bool]], bins: int = 20) -> list[list[float]]:
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
    points = [[round(x, 4), round(ok / n, 4)] for x, ok, n in merged]
    points = [[0.0, min(points[0][1], points[0][1])], *points, [1.0, points[-1][1]]]
    return points
