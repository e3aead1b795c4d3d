"""Captions: labels printed under their values ('C-82956' over 'Nro. de factura').

A page prints its labels over their values or under them. Rows of two or more labels
alone in their cells tell which: a row whose cells line up, one for one, with a row of
values above it but not below it is a row of captions. Where rows of captions outnumber
rows of labels over values, a caption's value is the cell just above it.
"""

from __future__ import annotations

from extract.context import Document
from extract.labels import LabelHit
from extract.layout import Line, Segment, set_across
from extract.vocab import only_terms

# the most space between a caption and its value, in the caption's own heights
CAPTION_GAP = 3.0


def captions_under_values(document: Document, page: int) -> bool:
    """Whether the page's rows of labels stand under their values."""
    cached = document.caption_pages.get(page)
    if cached is None:
        layout = document.layout(page)
        over = under = 0
        for line in layout.lines:
            if len(line.segments) < 2 or not all(_label_cell(document, s) for s in line.segments):
                continue
            above = document.line(page, line.index - 1)
            below = document.line(page, line.index + 1)
            # values between two rows of labels that pair with both may be either's: they
            # tell nothing
            under += (
                above is not None
                and _values_over(document, above, line)
                and not _paired_labels(document, page, above, above.index - 1)
            )
            over += (
                below is not None
                and _values_over(document, line, below, labels_on_top=True)
                and not _paired_labels(document, page, below, below.index + 1)
            )
        cached = document.caption_pages[page] = under > over
    return cached


def _paired_labels(document: Document, page: int, values: Line, index: int) -> bool:
    """Whether the line at ``index`` holds labels in two cells or more ('Date of Call |
    Terms') that every cell of the row of values beside it lines up with."""
    line = document.line(page, index)
    if line is None or sum(1 for s in line.segments if document.hits_in(s)) < 2:
        return False
    height = min(s.bbox[3] - s.bbox[1] for s in (*line.segments, *values.segments))
    left, right = line.bbox[0] - height, line.bbox[2] + height
    cells = [s for s in values.segments if s.bbox[2] > left and s.bbox[0] < right]
    # a column left blank under one of them ('Cust. Order #' with no order) still pairs
    return bool(cells) and all(any(_aligned(c, s, height) for s in line.segments) for c in cells)


def value_above(document: Document, hit: LabelHit) -> Segment | None:
    """The cell over a caption: the one non-label segment of the line above that overlaps
    the caption's width, close above it."""
    segment = hit.segment
    if hit.colon or hit.start != 0 or not _label_cell(document, segment):
        return None
    above = document.line(segment.page, segment.line - 1)
    if above is None:
        return None
    height = segment.bbox[3] - segment.bbox[1]
    if segment.bbox[1] - above.bbox[3] > CAPTION_GAP * height:
        return None
    over = [s for s in above.segments if _overlap(s, segment) > 0]
    if len(over) != 1 or not _value_cell(document, over[0]):
        return None
    return over[0]


def _label_cell(document: Document, segment: Segment) -> bool:
    """A cell of label words without a value: a label, no colon, no digit ('Fecha en que
    se factura')."""
    hits = document.hits_in(segment)
    return (
        bool(hits)
        and not any(hit.colon for hit in hits)
        and not any(c.isdigit() for c in segment.text)
        and not only_terms(segment.tokens)
        # 'SOLD TO' up a box's side, read before the name it heads: a label and its value
        and not (set_across(segment.words[0]) and len(segment.words) > 1)
    )


def _value_cell(document: Document, segment: Segment) -> bool:
    """A cell holding a value: a digit in it ('Pago a 30 días'), no label, or payment
    terms in words ('Due on receipt')."""
    return (
        any(c.isdigit() for c in segment.text)
        or not document.hits_in(segment)
        or only_terms(segment.tokens)
    )


def _values_over(document: Document, top: Line, bottom: Line, labels_on_top: bool = False) -> bool:
    """Whether two lines' cells pair one for one by their edges or middles, the values'
    line holding no label; what the values' line prints apart from the labels' row (the
    letterhead's 'Tax ID: 59-3431898' left of a grid of dates) is no cell of it."""
    labels, values = (top, bottom) if labels_on_top else (bottom, top)
    height = min(s.bbox[3] - s.bbox[1] for s in (*top.segments, *bottom.segments))
    left, right = labels.bbox[0] - height, labels.bbox[2] + height
    cells = [s for s in values.segments if s.bbox[2] > left and s.bbox[0] < right]
    if len(cells) != len(labels.segments) or not all(_value_cell(document, s) for s in cells):
        return False
    return all(_aligned(a, b, height) for a, b in zip(cells, labels.segments, strict=True))


def _aligned(a: Segment, b: Segment, slack: float) -> bool:
    """Whether two cells line up by their left edges, their middles or their right edges
    (a date centred over its caption)."""
    return (
        abs(a.bbox[0] - b.bbox[0]) <= slack
        or abs(a.bbox[0] + a.bbox[2] - b.bbox[0] - b.bbox[2]) <= 2 * slack
        or abs(a.bbox[2] - b.bbox[2]) <= slack
    )


def _overlap(a: Segment, b: Segment) -> float:
    return min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
