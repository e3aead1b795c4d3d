"""Fields read where a learned layout says they are (``ExtractionHints.layout``).

A reviewer's correction records, per field, the page and the box (relative to the page)
where the value was printed and the label seen beside it. On the next document of that
vendor the words inside that box are read first, with method ``learned_layout``.
"""

from __future__ import annotations

from extract.candidates import Candidate, make
from extract.context import Document
from extract.fields import READERS
from extract.layout import Segment
from extract.vocab import tokens

MARGIN = 0.01  # share of the page added around a learned box
SCORE = 0.9
LABEL_BONUS = 0.05


def learned_candidates(document: Document, kinds: dict[str, str]) -> list[Candidate]:
    found = []
    for location in document.hints.layout:
        if not 1 <= location.page <= len(document.layouts):
            continue
        layout = document.layout(location.page)
        width, height = layout.page.width, layout.page.height
        x0, top, x1, bottom = location.box
        box = (
            (x0 - MARGIN) * width,
            (top - MARGIN) * height,
            (x1 + MARGIN) * width,
            (bottom + MARGIN) * height,
        )
        words = tuple(
            w
            for line in layout.lines
            for w in line.words
            if box[0] <= (w.bbox[0] + w.bbox[2]) / 2 <= box[2]
            and box[1] <= (w.bbox[1] + w.bbox[3]) / 2 <= box[3]
        )
        if not words:
            continue
        segment = Segment(location.page, 0, words)
        score = SCORE + (
            LABEL_BONUS if _label_nearby(document, location.page, location.label) else 0
        )
        reader = READERS.get(kinds.get(location.field, "text"))
        if reader is None:
            found.append(
                make(location.field, segment.text, words, location.page, "learned_layout", score)
            )
            continue
        reading = reader(segment.text, document.conventions)
        if reading is not None:
            found.append(
                make(location.field, reading[0], words, location.page, "learned_layout", score)
            )
    return found


def _label_nearby(document: Document, page: int, label: str | None) -> bool:
    if not label:
        return False
    wanted = " ".join(tokens(label))
    return any(wanted in " ".join(s.tokens) for s in document.layout(page).segments)
