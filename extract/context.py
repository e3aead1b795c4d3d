"""What every extractor of one document shares: layouts, conventions and label hits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from docmatch.types import Page, PageSource
from extract.formats import (
    Conventions,
    country_date_order,
    decimal_comma_votes,
    numeric_date_order,
)
from extract.labels import LabelHit, find_hits, is_party_heading, noun_heading
from extract.layout import Line, PageLayout, Segment, layout_page
from extract.model import ExtractionHints
from extract.vocab import load


@dataclass(eq=False)
class Document:
    layouts: tuple[PageLayout, ...]
    conventions: Conventions
    hints: ExtractionHints
    hits: dict[Segment, list[LabelHit]] = field(default_factory=dict)
    excluded_lines: set[tuple[int, int]] = field(default_factory=set)  # (page, line)
    # where an excluded line's table begins: what is printed left of it is a side column's
    table_left: dict[tuple[int, int], float] = field(default_factory=dict)
    table_right: dict[tuple[int, int], float] = field(default_factory=dict)  # and right
    caption_pages: dict[int, bool] = field(default_factory=dict)  # labels under values

    def excluded(self, segment: Segment) -> bool:
        """Whether a segment is part of an item table (not of a column beside it)."""
        key = (segment.page, segment.line)
        beside = segment.bbox[2] < self.table_left.get(key, 0.0) or segment.bbox[0] > (
            self.table_right.get(key, float("inf"))
        )
        return key in self.excluded_lines and not beside

    def all_hits(self) -> list[LabelHit]:
        return [
            hit for segment, hits in self.hits.items() if not self.excluded(segment) for hit in hits
        ]

    def layout(self, page: int) -> PageLayout:
        return self.layouts[page - 1]

    def line(self, page: int, index: int) -> Line | None:
        lines = self.layout(page).lines
        return lines[index] if 0 <= index < len(lines) else None

    def hits_in(self, segment: Segment) -> list[LabelHit]:
        return self.hits.get(segment, [])

    def is_label(self, segment: Segment) -> bool:
        hits = self.hits.get(segment)
        return hits is not None and bool(hits) and hits[0].start == 0


def decide_conventions(text: str, language: str, hints: ExtractionHints) -> Conventions:
    """Day/month order and decimal mark: from the hints, else what the document's own
    unambiguous dates and amounts show, else the language's habit."""
    data = load("languages.json")
    day_first = hints.day_first
    if day_first is None:
        day_first = numeric_date_order(text)
    shown = day_first is not None
    country = None if shown else country_date_order(text, data["date_order_cues"])
    if day_first is None and language == "en":  # English is written both ways round
        day_first = country
    doubtful = False
    if day_first is None and language == "es" and _sender_in_the_states(text, data["us_sender"]):
        day_first, doubtful = False, True  # 'Fecha de hoy: 02-07-2026' from San Antonio, TX
    if day_first is None:
        day_first = data["day_first"].get(language, True)
        doubtful = country is not None and country != day_first  # Spanish from Puerto Rico
    comma, point = decimal_comma_votes(text)
    decimal_comma = comma > point if comma != point else data["decimal_comma"].get(language, False)
    return Conventions(day_first, decimal_comma, language, shown, doubtful)


def _sender_in_the_states(text: str, pattern: str) -> bool:
    """Whether the first US state and ZIP code printed is a state's, not Puerto Rico's
    (nor another territory's, whose Spanish documents write the day first)."""
    first = re.search(pattern, text)
    return first is not None and first.group(1) not in {"PR", "VI", "GU"}


def build_document(pages: Sequence[Page], language: str, hints: ExtractionHints) -> Document:
    layouts = tuple(layout_page(page) for page in pages)
    text = "\n".join(page.text for page in pages)
    document = Document(layouts, decide_conventions(text, language, hints), hints)
    for layout in layouts:
        fuzzy = layout.page.source == PageSource.OCR
        for segment in layout.segments:
            hits = find_hits(segment, fuzzy=fuzzy)
            if hits:
                document.hits[segment] = hits
        _headings_beside(document, layout)
        _own_orders(document, layout)
    return document


_YOURS = frozenset({"su", "your", "customer", "cust", "cliente", "client"})
_ORDER = frozenset({"pedido", "order"})


def _own_orders(document: Document, layout: PageLayout) -> None:
    """'Pedido' beside 'Su pedido / O.C.' in a row of captions: the vendor's own order
    number, not the customer's purchase order the other names."""
    for line in layout.lines:
        hits = [h for s in line.segments for h in document.hits.get(s, []) if h.names("po_number")]
        words = [set(h.segment.tokens[h.start : h.end]) for h in hits]
        if not any(w & _YOURS for w in words):
            continue
        for hit, said in zip(hits, words, strict=True):
            if said & _ORDER and not said & _YOURS:
                kept = tuple(lb for lb in hit.labels if lb.field != "po_number")
                found = document.hits[hit.segment]
                index = found.index(hit)
                if kept:
                    found[index] = replace(hit, labels=kept)
                else:
                    del found[index]


def _headings_beside(document: Document, layout: PageLayout) -> None:
    """Party headings of words no list holds, beside a known party's heading on its line
    or under one in its column ('Electric Customer | Service Location'); a place's
    heading also alone on its line over a block ('Collection Site')."""
    headings = [s for s in layout.segments if is_party_heading(document.hits.get(s))]
    for segment in layout.segments:
        hits = document.hits.get(segment, [])
        if _qualified_heading(hits) and any(h.line == segment.line for h in headings):
            # 'Units Serviced At' beside 'Billed Party': one word qualifies the heading
            document.hits[segment] = [replace(hits[0], start=0), *hits[1:]]
            headings.append(segment)
    for segment in layout.segments:
        if segment in headings or any(h.start == 0 for h in document.hits.get(segment, ())):
            continue
        beside = any(h.line == segment.line or _under_block(layout, h, segment) for h in headings)
        hit = noun_heading(segment) if beside or _over_block(document, layout, segment) else None
        if hit is not None and (beside or hit.labels[0].field == "service_address"):
            document.hits[segment] = [hit]


def _qualified_heading(hits: list[LabelHit]) -> bool:
    """A party's heading closing its segment after one word of letters."""
    if not hits or hits[0].start != 1:
        return False
    hit = hits[0]
    words = hit.segment.words
    return (
        hit.end == len(hit.segment.tokens)
        and hit.segment.token_words[1][0] == 1
        and words[0].text.isalpha()
        and any(label.kind == "block" for label in hit.labels)
    )


BLOCK_GAP = 2.0  # word heights between a heading and the block under it


def _over_block(document: Document, layout: PageLayout, segment: Segment) -> bool:
    """Whether a segment opens its line with a block under it, in its column, nothing
    but labelled values beside it ('Grounds Serviced | Client Order No.: PO-31711')."""
    lines = layout.lines
    first, *beside = lines[segment.line].segments
    if first is not segment or segment.line + 1 >= len(lines):
        return False
    if not all(any(h.start == 0 for h in document.hits.get(s, ())) for s in beside):
        return False
    under = lines[segment.line + 1].segments[0]
    near = under.bbox[1] - segment.bbox[3] < BLOCK_GAP * layout.word_height
    return near and abs(under.bbox[0] - segment.bbox[0]) <= layout.word_height


def _under_block(layout: PageLayout, heading: Segment, segment: Segment) -> bool:
    """Whether a segment opens its line in a heading's column, a few lines down, with
    the heading's block between them, under it or under its value beside it: the first
    line under a heading is its party's name ('Remittance Mailing Address / Metro Office
    Supply')."""
    if not 1 < segment.line - heading.line <= 6 or abs(heading.bbox[0] - segment.bbox[0]) > (
        layout.word_height
    ):
        return False
    if segment is not layout.lines[segment.line].segments[0]:
        return False
    beside = layout.lines[heading.line].segments
    value = beside[beside.index(heading) + 1 :][:1]  # a form's value right of its label
    columns = [heading.bbox[0], *(v.bbox[0] for v in value)]
    between = [s for line in layout.lines[heading.line + 1 : segment.line] for s in line.segments]
    return any(abs(s.bbox[0] - x) <= layout.word_height for s in between for x in columns)
