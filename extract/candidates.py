"""Candidates for a field and how the best-supported one is chosen.

Every rule proposes candidates with a raw score (how strong its evidence is: label match,
position, OCR confidence). Candidates that agree on a value support each other; the best
value wins and the others are kept as alternatives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from docmatch.types import BBox, Word
from extract.layout import Segment, union


@dataclass(frozen=True, slots=True)
class Candidate:
    field: str
    value: str
    text: str
    page: int
    bbox: BBox
    method: str
    score: float  # raw evidence 0..1, calibrated later

    def rescored(self, score: float) -> Candidate:
        return replace(self, score=max(0.0, min(1.0, score)))


def words_in_span(segment: Segment, start: int, end: int) -> tuple[Word, ...]:
    """The words of ``segment.text`` that overlap the character span [start, end)."""
    chosen = []
    position = 0
    for word in segment.words:
        word_end = position + len(word.text)
        if word_end > start and position < end:
            chosen.append(word)
        position = word_end + 1
    return tuple(chosen) or segment.words


# free text no format checks: how surely its words were read is all that vouches for it
FREE_TEXT = frozenset(
    {"vendor_name", "customer_name", "vendor_address", "bill_to_address", "remit_to_address"}
    | {"service_address"}
)
LEGIBLE = 0.85  # mean OCR confidence from which free text is taken as printed


def legibility(words: tuple[Word, ...]) -> float:
    """'See ren etre' read at 0.13: a name or an address read that unsurely is a guess."""
    if not words:
        return 1.0
    mean = sum(w.confidence for w in words) / len(words)
    return min(1.0, mean / LEGIBLE) ** 2


NOWHERE = (0.0, 0.0, 0.0, 0.0)  # the box of a value known from a hint, not read off the page


def make(
    field: str,
    value: str,
    words: Iterable[Word],
    page: int,
    method: str,
    score: float,
    text: str | None = None,
) -> Candidate:
    words = tuple(words)
    ocr = min((w.confidence for w in words), default=1.0)
    if field in FREE_TEXT:
        score *= legibility(words)
    printed = text if text is not None else " ".join(w.text for w in words)
    return Candidate(
        field,
        value,
        printed.strip(),
        page,
        union([w.bbox for w in words]) if words else NOWHERE,
        method,
        max(0.0, min(1.0, score * (0.55 + 0.45 * ocr))),
    )


AGREEMENT_BONUS = 0.25  # share of the remaining doubt that one agreeing candidate removes
RIVAL_PENALTY = 0.8


def choose(candidates: list[Candidate]) -> tuple[Candidate, tuple[Candidate, ...]] | None:
    """The best-supported value and the best candidate of each other value."""
    if not candidates:
        return None
    by_value: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        by_value.setdefault(candidate.value, []).append(candidate)
    ranked = []
    for group in by_value.values():
        group.sort(key=lambda c: c.score, reverse=True)
        support = group[0].score
        for other in group[1:]:
            support += (1 - support) * AGREEMENT_BONUS * other.score
        ranked.append((support, group[0]))
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    support, best = ranked[0]
    if len(ranked) > 1:
        rival = ranked[1][0]
        support *= 1 - (1 - RIVAL_PENALTY) * rival / max(support, 1e-6)
    alternatives = tuple(c.rescored(s) for s, c in ranked[1:4])
    return best.rescored(support), alternatives
