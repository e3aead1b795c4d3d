"""Candidates, their evidence and the choice among them.

Every piece of evidence has a strength in 0..1 and a reason a reviewer can read. A
candidate's score is ``100 * (1 - prod(1 - strength))``: independent evidence adds up, and
no single weak hint reaches certainty. A conflict (tax ids that differ) multiplies it down.
The best candidate is chosen only when it scores enough and clearly beats the second;
otherwise the ranking says why none is chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from matching import rules


@dataclass(frozen=True, slots=True)
class Candidate:
    id: str
    name: str
    score: int  # 0..100
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "score": self.score,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class Ranking:
    """Candidates best first; ``chosen`` is the one to use, or None with ``note`` saying why."""

    candidates: tuple[Candidate, ...] = ()
    chosen: Candidate | None = None
    note: str = ""

    def to_json(self) -> list[dict[str, object]]:
        return [c.to_json() for c in self.candidates]


@dataclass(slots=True)
class Evidence:
    """What speaks for (and against) one candidate."""

    found: list[tuple[float, str]] = field(default_factory=list)
    factor: float = 1.0

    def add(self, strength: float, reason: str) -> None:
        if strength > 0:
            self.found.append((min(strength, 0.999), reason))

    def conflict(self, factor: float, reason: str) -> None:
        self.factor *= factor
        self.found.append((0.0, reason))

    @property
    def score(self) -> int:
        doubt = 1.0
        for strength, _ in self.found:
            doubt *= 1.0 - strength
        return round(100 * (1.0 - doubt) * self.factor)

    @property
    def reasons(self) -> tuple[str, ...]:
        ordered = sorted(self.found, key=lambda item: -item[0])
        return tuple(reason for _, reason in ordered)


def ranked(evidence: dict[str, Evidence], names: dict[str, str], top: int) -> list[Candidate]:
    """The ``top`` best candidates with a positive score; ties in id order."""
    candidates = [
        Candidate(key, names[key], proof.score, proof.reasons)
        for key, proof in evidence.items()
        if proof.score > 0
    ]
    candidates.sort(key=lambda c: (-c.score, c.id))
    return candidates[:top]


def choose(candidates: Iterable[Candidate], *, minimum: int, too_close: int, what: str) -> Ranking:
    """Choose the best when it scores ``minimum`` and clearly beats the second: by
    ``too_close`` points, or with well under half its doubt (near 100 points are dear)."""
    ordered = tuple(candidates)
    if not ordered:
        return Ranking((), None, f"no {what} found")
    best = ordered[0]
    if best.score < minimum:
        return Ranking(ordered, None, f"no {what} scores {minimum} or more")
    second = ordered[1] if len(ordered) > 1 else None
    doubt_ratio = rules.load("scoring")["doubt_ratio"]
    if (
        second is not None
        and best.score - second.score < too_close
        and 100 - second.score < doubt_ratio * (100 - best.score)
    ):
        note = f"too close to call: {best.name} {best.score} vs {second.name} {second.score}"
        return Ranking(ordered, None, note)
    return Ranking(ordered, best, "")


def strength_between(value: float, floor: float, at_floor: float, at_top: float) -> float:
    """A similarity (floor..100) mapped linearly onto a strength (at_floor..at_top)."""
    if value < floor:
        return 0.0
    return at_floor + (at_top - at_floor) * (value - floor) / (100.0 - floor)
