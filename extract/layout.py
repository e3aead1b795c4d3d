"""Lines and segments built from a page's words by geometry.

A line is a run of words sharing a baseline band; a segment is a run of words on one line
with no column gap inside, so "Invoice #: 1042" is one segment and the amount printed far
to the right of "Total" is another. Lines are rebuilt here rather than taken from the
reader so that text layers and OCR behave alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from statistics import median

from docmatch.types import BBox, Page, Word
from extract.vocab import tokens

GAP_FACTOR = 1.6  # a horizontal gap wider than this many line heights starts a new segment
_LABEL_COLON = re.compile(r"^([^\d:]{2,}):(\S.*)$")


def union(boxes: list[BBox] | tuple[BBox, ...]) -> BBox:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


@dataclass(frozen=True, eq=False)
class Segment:
    page: int
    line: int  # index of its line on the page
    words: tuple[Word, ...]

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @cached_property
    def bbox(self) -> BBox:
        return union([w.bbox for w in self.words])

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.token_words)

    @cached_property
    def token_words(self) -> tuple[tuple[int, str], ...]:
        """Each token with the index of the word it came from."""
        return tuple((i, t) for i, w in enumerate(self.words) for t in tokens(w.text))

    @property
    def height(self) -> float:
        return median(w.bbox[3] - w.bbox[1] for w in self.words)

    @property
    def confidence(self) -> float:
        return min(w.confidence for w in self.words)

    def tail(self, start_word: int) -> Segment | None:
        """The segment made of this one's words from ``start_word`` on."""
        if start_word >= len(self.words):
            return None
        return Segment(self.page, self.line, self.words[start_word:])

    def head(self, end_word: int) -> Segment | None:
        if end_word <= 0:
            return None
        return Segment(self.page, self.line, self.words[:end_word])


@dataclass(frozen=True, eq=False)
class Line:
    page: int
    index: int
    segments: tuple[Segment, ...]

    @cached_property
    def bbox(self) -> BBox:
        return union([s.bbox for s in self.segments])

    @cached_property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for s in self.segments for w in s.words)


@dataclass(frozen=True, eq=False)
class PageLayout:
    page: Page
    lines: tuple[Line, ...]
    word_height: float  # median height of a word on the page
    segments: tuple[Segment, ...] = field(default=())

    @property
    def number(self) -> int:
        return self.page.number


def split_label_colon(word: Word) -> list[Word]:
    """'Total:$45.00' -> 'Total:' and '$45.00', boxes shared out by characters."""
    match = _LABEL_COLON.match(word.text)
    if not match:
        return [word]
    left, right = match.group(1) + ":", match.group(2)
    x0, top, x1, bottom = word.bbox
    cut = x0 + (x1 - x0) * len(left) / len(word.text)
    return [
        Word(left, (x0, top, cut, bottom), word.confidence, word.line),
        Word(right, (cut, top, x1, bottom), word.confidence, word.line),
    ]


def _runs(words: list[Word]) -> list[list[Word]]:
    """Words chained left to right on a shared baseline with no column gap between them."""
    runs: list[list[Word]] = []
    open_runs: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.bbox[0]):
        height = word.bbox[3] - word.bbox[1]
        centre = (word.bbox[1] + word.bbox[3]) / 2
        best: list[Word] | None = None
        best_offset = 0.0
        for run in open_runs:
            last = run[-1]
            last_height = last.bbox[3] - last.bbox[1]
            gap = word.bbox[0] - last.bbox[2]
            offset = abs(centre - (last.bbox[1] + last.bbox[3]) / 2)
            limit = 0.35 * max(height, last_height)
            if -0.5 * height <= gap <= GAP_FACTOR * max(height, last_height) and offset <= limit:
                if best is None or offset < best_offset:
                    best, best_offset = run, offset
        if best is None:
            best = [word]
            runs.append(best)
            open_runs.append(best)
        else:
            best.append(word)
        # a run stays open by its own height too: a hyphen's tiny box must not close it
        reach = word.bbox[0] - 4 * height
        open_runs = [
            r
            for r in open_runs
            if r[-1].bbox[2] >= reach
            or r[-1].bbox[2] + 4 * (r[-1].bbox[3] - r[-1].bbox[1]) >= word.bbox[0]
        ]
    return runs


def _centre(run: list[Word]) -> float:
    return median((w.bbox[1] + w.bbox[3]) / 2 for w in run)


def _group_lines(runs: list[list[Word]]) -> list[list[list[Word]]]:
    """Runs sharing a baseline band, top to bottom, each line's runs left to right."""
    lines: list[list[list[Word]]] = []
    band_top = band_bottom = 0.0
    for run in sorted(runs, key=_centre):
        centre = _centre(run)
        if lines and band_top <= centre <= band_bottom:
            lines[-1].append(run)
            continue
        lines.append([run])
        height = median(w.bbox[3] - w.bbox[1] for w in run)
        band_top, band_bottom = centre - height * 0.5, centre + height * 0.5
    return [sorted(line, key=lambda r: r[0].bbox[0]) for line in lines]


def layout_page(page: Page) -> PageLayout:
    words = [part for w in page.words if w.text.strip() for part in split_label_colon(w)]
    if not words:
        return PageLayout(page, (), 10.0)
    grouped = _group_lines(_runs(words))
    lines = tuple(
        Line(page.number, i, tuple(Segment(page.number, i, tuple(run)) for run in runs))
        for i, runs in enumerate(grouped)
    )
    height = median(w.bbox[3] - w.bbox[1] for w in words)
    segments = tuple(s for line in lines for s in line.segments)
    return PageLayout(page, lines, height, segments)
