"""Where a confirmed value is printed on a document's pages, when the reviewer typed it
rather than marking it: the shortest run of words that reads as that value (amounts,
dates and identifiers as extraction reads them; text word for word, continuing down a
column for addresses), preferring one next to the field's own label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from docmatch.models import PageRecord
from docmatch.types import BBox, Page, PageSource, Word
from extract.context import decide_conventions
from extract.fields import READERS, Reader, field_kinds, label_words_of
from extract.formats import Conventions
from extract.model import ExtractionHints
from extract.vocab import tokens

MAX_WORDS = 8  # a value is at most this many words on one line
MAX_LINES = 4  # an address is at most this many lines
LABEL_WORDS = 4  # words left of a value kept as its label


@dataclass(frozen=True, slots=True)
class Spot:
    page: int
    bbox: BBox
    label: str | None


def pages_of(records: Sequence[PageRecord]) -> list[Page]:
    return [
        Page(
            number=r.number,
            width=r.width,
            height=r.height,
            unit=r.unit,
            source=PageSource(r.source),
            words=tuple(Word.from_dict(w) for w in r.words),
            rotation=r.rotation,
            skew=r.skew,
        )
        for r in records
    ]


def locate(pages: Sequence[Page], *, field: str, value: str, language: str) -> Spot | None:
    conv = decide_conventions("\n".join(p.text for p in pages), language, ExtractionHints())
    found: list[tuple[int, int, Spot]] = []  # (no label beside it, words, spot)
    read = READERS.get(field_kinds().get(field, "text"))
    for page in pages:
        lines = _lines(page)
        for index, line in enumerate(lines):
            for start in range(len(line)):
                span = (
                    _shortest_span(line, start, value, read, conv) if read else None
                ) or _follow(lines, index, start, tokens(value))
                if span is not None:
                    label = _label(line[:start])
                    labelled = 0 if _is_label_of(field, label) else 1
                    found.append((labelled, len(span), Spot(page.number, _union(span), label)))
    if not found:
        return None
    return min(found, key=lambda item: (item[0], item[1]))[2]


def _lines(page: Page) -> list[list[Word]]:
    grouped: dict[int, list[Word]] = {}
    for word in page.words:
        grouped.setdefault(word.line, []).append(word)
    return [sorted(grouped[n], key=lambda w: w.bbox[0]) for n in sorted(grouped)]


def _shortest_span(
    line: list[Word], start: int, value: str, read: Reader, conv: Conventions
) -> list[Word] | None:
    for end in range(start + 1, min(start + MAX_WORDS, len(line)) + 1):
        span = line[start:end]
        reading = read(" ".join(w.text for w in span), conv)
        # The reading must be the whole run, not a value found somewhere inside it.
        if reading is not None and reading[0] == value and reading[1] <= 1:
            return span
    return None


def _block(lines: list[list[Word]], index: int, value: str) -> list[Word] | None:
    """Words that spell ``value`` from a word of line ``index`` on, continuing on the
    lines below it in the same column (an address printed on two or three lines)."""
    wanted = tokens(value)
    if not wanted:
        return None
    for start in range(len(lines[index])):
        found = _follow(lines, index, start, wanted)
        if found:
            return found
    return None


def _follow(
    lines: list[list[Word]], index: int, start: int, wanted: tuple[str, ...]
) -> list[Word] | None:
    words: list[Word] = []
    position = 0
    for number in range(index, min(index + MAX_LINES, len(lines))):
        line = lines[number]
        if number > index:
            start_at = _continuation(line, words, wanted[position:])
            if start_at is None:
                return None
            start = start_at
        for word in line[start:]:
            own = tokens(word.text)
            if not own:
                continue
            if wanted[position : position + len(own)] != own:
                break
            words.append(word)
            position += len(own)
            if position == len(wanted):
                return words
        if not words:
            return None
    return None


def _continuation(line: list[Word], block: list[Word], rest: tuple[str, ...]) -> int | None:
    """The word of ``line`` that goes on with the value, below the block's column."""
    left, right = min(w.bbox[0] for w in block), max(w.bbox[2] for w in block)
    for position, word in enumerate(line):
        own = tokens(word.text)
        below = word.bbox[0] < right and word.bbox[2] > left
        if own and below and rest[: len(own)] == own:
            return position
    return None


def label_left_of(page: Page, bbox: Sequence[float]) -> str | None:
    """The words printed left of a box on its line: the label a reviewer's box sits by."""
    x0, top, _, bottom = (float(v) for v in bbox)
    middle = (top + bottom) / 2
    before = [w for w in page.words if w.bbox[2] <= x0 + 1 and w.bbox[1] <= middle <= w.bbox[3]]
    return _label(sorted(before, key=lambda w: w.bbox[0]))


def _label(before: list[Word]) -> str | None:
    text = " ".join(w.text for w in before[-LABEL_WORDS:]).strip()
    return text if any(c.isalpha() for c in text) else None


@cache
def _labels_of(field: str) -> frozenset[tuple[str, ...]]:
    try:
        return frozenset(label_words_of(field))
    except KeyError:
        return frozenset()


def _is_label_of(field: str, label: str | None) -> bool:
    if not label:
        return False
    words = tokens(label)
    return any(
        words[i : i + len(t)] == t for t in _labels_of(field) if t for i in range(len(words))
    )


def _union(words: Sequence[Word]) -> BBox:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def learned_box(page: Page, bbox: Sequence[Any]) -> BBox:
    """The page-relative box a learned layout keeps for a value printed in ``bbox``: as
    wide as the value's words, and as tall as from the middle of its first line to the
    middle of its last. A document is read by the words whose middles fall in the box
    and a small margin, so the lines above and below the value stay out of it."""
    x0, top, x1, bottom = (float(v) for v in bbox)
    inside = [w for w in page.words if x0 <= _middle(w)[0] <= x1 and top <= _middle(w)[1] <= bottom]
    if inside:
        x0, x1 = min(w.bbox[0] for w in inside), max(w.bbox[2] for w in inside)
        top, bottom = min(_middle(w)[1] for w in inside), max(_middle(w)[1] for w in inside)
    return relative((x0, top, x1, bottom), page)


def _middle(word: Word) -> tuple[float, float]:
    return (word.bbox[0] + word.bbox[2]) / 2, (word.bbox[1] + word.bbox[3]) / 2


def relative(bbox: Sequence[Any], page: Page) -> BBox:
    x0, top, x1, bottom = (float(v) for v in bbox)
    return (
        round(x0 / page.width, 4),
        round(top / page.height, 4),
        round(x1 / page.width, 4),
        round(bottom / page.height, 4),
    )
