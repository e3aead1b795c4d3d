"""Address blocks opened by a label ("Bill To", "Remit To", "Service Address"...).

A block is the text after its label on the same line, or in the next segment to the right,
and the lines under it in the same column until a gap, another label or six lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from extract.captions import captions_under_values
from extract.context import Document
from extract.formats import Conventions, find_dates, find_phone, has_cents
from extract.labels import LabelHit, value_span
from extract.layout import Line, PageLayout, Segment, set_across, union
from extract.vocab import (
    Label,
    attention_words,
    block_prefixes,
    branch_words,
    contains_phrase,
    folded_phrases,
    heading_tails,
    labels,
    load,
    not_labels,
    phrase_tokens,
    tokens,
)

BLOCK_FIELDS = ("bill_to", "remit_to", "ship_to", "service_address", "seller")
MAX_LINES = 6
FIRST_LINE_GAP = 4.0
LINE_GAP = 2.4  # line heights of white space that end a block
_SEPARATORS = re.compile(r"\s+[|·•]\s+")
_CONTACT = re.compile(
    r"@|www\.|https?:|\b(?:tel|phone|fax|telefono|tel[eé]fono|email|e-mail|correo|telefon|tlf|tfn|"
    r"puh|e-post|s[äa]hk[öo]posti|mob|mobil|cel|cell|celular|m[oó]vil|whatsapp)\b"
    r"|\boffice:\s*\+?\(?\d|\bph[.:]?\s*\+?\(?\d{3}",  # 'Office: 713...', 'Ph. 786-...'
    re.I,
)


@dataclass(frozen=True, eq=False)
class Block:
    name: str  # bill_to, remit_to, ship_to, service_address
    hit: LabelHit
    lines: tuple[Segment, ...]

    @property
    def page(self) -> int:
        return self.hit.segment.page

    def texts(self) -> list[str]:
        parts = [part for s in self.lines for part in _SEPARATORS.split(s.text) if part.strip()]
        return [text for part in parts if (text := strip_inner_label(part))]  # 'Dirección:' blank


def inner_label(text: str) -> str | None:
    """What an inner label of a block introduces ('Name:' -> 'name'), if it opens ``text``."""
    head = text.split(":", 1)
    if len(head) < 2:
        return None
    words = tokens(head[0])
    for kind, phrases in block_prefixes().items():
        if words in phrases:
            return kind
    return None


def strip_inner_label(text: str) -> str:
    """'Address: 12 Main St' -> '12 Main St', 'Comune: Milano Provincia: MI' -> 'Milano
    MI'; other text as it is."""
    if not inner_label(text):
        return text
    rest = text.split(":", 1)[1].strip()
    return _INNER.sub(lambda m: "" if inner_label(m.group()) else m.group(), rest).strip()


_INNER = re.compile(r"\b[^\W\d]+:\s*")  # 'Provincia: ' inside a line
_PARTY_DETAILS = {"vendor_tax_id", "vendor_phone", "vendor_email", "fax"}


def party_detail(document: Document, segment: Segment) -> bool:
    """A labelled line of a party's own details ('Codice fiscale: ...', 'Tel: ...') or
    an inner label ('Denominazione: ...') belongs to the party's block."""
    hits = document.hits_in(segment)
    if hits and any(label.field in _PARTY_DETAILS for label in hits[0].labels):
        return True
    return inner_label(segment.text) is not None


def _label_box(hit: LabelHit) -> tuple[float, float, float, float]:
    first = hit.segment.token_words[hit.start][0]
    return union([w.bbox for w in hit.segment.words[first : hit.value_word]])


def read_block(document: Document, hit: LabelHit, name: str) -> Block:
    beside = not hit.colon and _caption_beside(document, hit)
    under = _block_under_label(document, hit, name, beside)
    if not hit.colon and not beside and captions_under_values(document, hit.segment.page):
        over = _block_over_caption(document, hit, name)
        if _closer_above(over, under):
            return over
    return under


def _closer_above(over: Block, under: Block) -> bool:
    """On a page of captions under their values, whether a party's caption stands under
    its block rather than heading one ('Service Location' over the site's lines): lines
    above it in its column, closer than the lines under it."""
    if not over.lines:
        return False
    if not under.lines:
        return True
    box = _label_box(over.hit)
    return box[1] - over.lines[-1].bbox[3] <= under.lines[0].bbox[1] - box[3]


def _block_under_label(document: Document, hit: LabelHit, name: str, beside: bool) -> Block:
    """A party's lines beside and under its heading, read downwards in its column to a
    gap or a label."""
    layout = document.layout(hit.segment.page)
    height = layout.word_height
    lines: list[Segment] = []
    hits = document.hits_in(hit.segment)
    following = next(
        (
            h
            for h in hits
            if h.start >= hit.end
            # a block's heading, or a label printed right after this one ('Customer Acct #',
            # 'Customer Terms')
            and (
                any(lb.field in BLOCK_FIELDS for lb in h.labels)
                or (h.start == hit.end and (h.colon or not hit.colon))
            )
        ),
        None,
    )
    label_box = _label_box(hit)
    first = value_span(hit, following)
    if first is not None and not hit.colon and tokens(first.text) in heading_tails():
        first = None  # 'SHIP-TO PARTY', 'Bill To Address': the heading's own last word
    if first is None and not (
        following and any(lb.field in BLOCK_FIELDS for lb in following.labels)
    ):
        segments = layout.lines[hit.segment.line].segments
        index = segments.index(hit.segment)
        if index + 1 < len(segments) and not document.is_label(segments[index + 1]):
            nxt = segments[index + 1]
            gap = nxt.bbox[0] - hit.segment.bbox[2]
            runs_on = gap < 24 * height and _runs_on(layout, nxt)
            near = gap < 12 * height or runs_on or beside
            if near and not _peer_heading(hit, nxt) and not _prose(nxt):
                first = nxt
    if first is None and hit.colon:
        first = _written_over(layout, hit, label_box)
    if first is not None and not illegible(first):
        lines.append(first)
    anchor = label_box[0]
    anchors = {anchor} if first is None else {anchor, first.bbox[0]}
    if first is not None and beside:
        anchors = {first.bbox[0]}  # under 'NAME' stand the next captions, not the block
    column_end = _next_heading(document, hit, label_box)
    bottom = label_box[3] if first is None else max(label_box[3], first.bbox[3])
    step = max(height, label_box[3] - label_box[1])
    for line in layout.lines[hit.segment.line + 1 :]:
        reach = LINE_GAP if lines else FIRST_LINE_GAP  # a header bar may be padded
        if len(lines) >= MAX_LINES or line.bbox[1] - bottom > reach * step:
            break
        segments = line.segments
        if column_end is not None:  # a row of headings: lines run into the next column
            segments = tuple(
                c for s in segments if (c := _in_column(s, anchor, column_end, height))
            )
        below = [s for s in segments if any(abs(s.bbox[0] - a) <= 1.5 * height for a in anchors)]
        if not below and lines:
            # 'San Juan, PR 00907' written on a form's ruled line, drifting right
            below = [s for s in segments if _town_drifting(s, anchors, height)]
        if not below and not lines:
            # the block centred under its heading, or indented under it ('Purchaser:')
            below = [s for s in line.segments if _centred_under(s, label_box, height)]
            below = below or [s for s in segments if _indented_under(s, label_box, height)]
            anchors |= {s.bbox[0] for s in below[:1]}
        elif not below and lines == [first]:
            # 'Dirección para pagos: Plomería Hernández' over its address, indented
            below = [s for s in segments if _indented_under(s, label_box, height)]
            anchors |= {s.bbox[0] for s in below[:1]}
        if not below:
            if any(s.bbox[0] < anchor < s.bbox[2] for s in line.segments):
                break
            continue
        segment = _with_value_beside(line, below[0])
        if segment is not below[0]:  # the value's own edge
            anchors.add(next(w for w in segment.words if w not in below[0].words).bbox[0])
        anchors |= _inner_value_edge(segment)
        if _caption(document, segment) and not party_detail(document, segment):
            break
        if document.excluded(segment):
            break  # 'RESANADOR 1KG  8.63' under 'Nombre de obra: ...': the items begin
        priced = segment in line.segments and _priced_row(document, segment)
        street = segment.text[:1].isdigit() or town_or_street_line(segment.text)
        if lines and priced and not street:
            break  # 'DRYWALL SPACKLE 32OZ   12.34' under 'PROJECT NAME: ...': a till's items
        if _names_detail(document, segment):
            bottom = segment.bbox[3]  # the party's tax id or phone: in its block, no address
            continue
        if not lines and illegible(segment):
            bottom = segment.bbox[3]  # the rest of a misread label or specks over the block
            continue
        if not lines:
            anchors.add(segment.bbox[0])  # the lines under it align with it, not the heading
        lines.append(segment)
        bottom = segment.bbox[3]
        step = max(height, segment.bbox[3] - segment.bbox[1])
    return Block(name, hit, tuple(lines))


def _caption(document: Document, segment: Segment) -> bool:
    """A label opening the segment, or one closing it after a word ('New mailing address'
    under 'Name on account' on a form to fill in): no line of a party's block."""
    if document.is_label(segment):
        return True
    return any(
        hit.start <= 1
        and hit.end == len(segment.tokens)
        and not hit.segment.words[0].text[:1].isdigit()
        for hit in document.hits_in(segment)
        if any(label.kind == "block" for label in hit.labels)
    )


def _inner_value_edge(segment: Segment) -> set[float]:
    """Where the value after a block's inner label opens ('Dirección: | Ave. Ponce de
    León 1250'): the lines under it align with the value, not the label."""
    if inner_label(segment.text) is None:
        return set()
    colon = next((k for k, w in enumerate(segment.words) if w.text.endswith(":")), None)
    rest = segment.words[colon + 1 :] if colon is not None else ()
    return {rest[0].bbox[0]} if rest else set()


def _written_over(
    layout: PageLayout, hit: LabelHit, label_box: tuple[float, float, float, float]
) -> Segment | None:
    """The value written on a form's ruled line right of its label, standing a little
    higher than the label ('Lugar del trabajo:' under 'Condado Bay Villas, ...'): a run
    of the line above opening just right of the label and reaching down into its line."""
    segments = layout.lines[hit.segment.line].segments
    if segments[-1] is not hit.segment or hit.value_word < len(hit.segment.words):
        return None  # the label's line holds its value, or more
    if hit.segment.line == 0:
        return None
    height = layout.word_height
    above = layout.lines[hit.segment.line - 1]
    return next(
        (
            s
            for s in above.segments
            if 0 <= s.bbox[0] - label_box[2] <= WRITTEN_GAP * max(height, s.height)
            and s.bbox[3] > label_box[1] + 0.1 * (label_box[3] - label_box[1])
        ),
        None,
    )


WRITTEN_GAP = 3.0  # word heights between a form's label and the value written after it


def _town_drifting(segment: Segment, anchors: set[float], height: float) -> bool:
    """A town's line opening a little right of the block's lines ('Dallas, TX 75244'
    written under '4100 Spring Valley Rd' on a form's ruled line)."""
    reach = DRIFT * max(height, segment.height)
    drift = any(0 < segment.bbox[0] - a <= reach for a in anchors)
    return drift and town_or_street_line(segment.text)


DRIFT = 3.0  # word heights a hand-written line may open right of the one above


def _with_value_beside(line: Line, segment: Segment) -> Segment:
    """'Dirección:' with its value printed apart right of it, on a form: one line."""
    after = line.segments.index(segment) + 1 if segment in line.segments else 0
    if not after or after >= len(line.segments):
        return segment
    if any(tokens(segment.text) in phrases for phrases in block_prefixes().values()):
        return line.segments[after]  # 'DOMICILIO FISCAL | Ave. Ponce de León 1250'
    if not segment.text.endswith(":") or inner_label(segment.text) is None:
        return segment
    return Segment(segment.page, segment.line, segment.words + line.segments[after].words)


def _indented_under(
    segment: Segment, label_box: tuple[float, float, float, float], height: float
) -> bool:
    """Whether a segment starts a little right of a heading's left edge, under it."""
    return 1.5 * height < segment.bbox[0] - label_box[0] <= 3 * height < label_box[2] - label_box[0]


def _peer_heading(hit: LabelHit, segment: Segment) -> bool:
    """'RESPONSIBLE PARTY    ORDER DATA': capitals with no colon beside a heading in
    capitals head the next column; they are no value of this one."""

    def capitals(text: str) -> bool:
        return any(c.isalpha() for c in text) and not any(c.islower() or c.isdigit() for c in text)

    across = set_across(hit.segment.words[0])  # 'SOLD TO' up the box's side heads its lines
    return not hit.colon and not across and capitals(hit.segment.text) and capitals(segment.text)


def _prose(segment: Segment) -> bool:
    """A sentence beside a heading ('Include the invoice number with your payment ...'
    right of 'PLEASE REMIT PAYMENT TO'): words in small letters, more than any name or
    address prints."""
    small = [w for w in segment.words if w.text[:1].isalpha() and w.text[:1].islower()]
    return len(small) >= PROSE_WORDS and 2 * len(small) >= len(segment.words)


PROSE_WORDS = 6


def _runs_on(layout: PageLayout, segment: Segment) -> bool:
    """Whether a block's first line, far right of its heading, runs on in the next line
    under it that prints in its column, at its left or right edge: the value column of a
    form ('Grounds Serviced   1250 Oak Ridge Dr / Dallas, TX'), values set flush right
    ('Service Address   1200 OAK RIDGE DR / DALLAS, TX 75244') beside another panel whose
    lines fall between."""
    height = layout.word_height
    for line in layout.lines[segment.line + 1 :]:
        if line.bbox[1] - segment.bbox[3] > 2 * height:
            return False
        beside = [s for s in line.segments if s.bbox[2] > segment.bbox[0] - height]
        if beside:
            return any(
                abs(s.bbox[0] - segment.bbox[0]) <= height
                or abs(s.bbox[2] - segment.bbox[2]) <= height
                for s in beside
            )
    return False


def _block_over_caption(document: Document, hit: LabelHit, name: str) -> Block:
    """A party's lines over its caption ('Cliente facturado' under the name and address),
    read upwards in the caption's column to a gap or a label."""
    layout = document.layout(hit.segment.page)
    label_box = _label_box(hit)
    height = layout.word_height
    lines: list[Segment] = []
    top = label_box[1]
    for line in reversed(layout.lines[: hit.segment.line]):
        if len(lines) >= MAX_LINES or top - line.bbox[3] > LINE_GAP * height:
            break
        over = [s for s in line.segments if abs(s.bbox[0] - label_box[0]) <= 1.5 * height]
        if not over:
            continue
        if document.is_label(over[0]) and not party_detail(document, over[0]):
            break
        if not _names_detail(document, over[0]):
            lines.append(over[0])
        top = over[0].bbox[1]
    return Block(name, hit, tuple(reversed(lines)))


ILLEGIBLE = 0.5  # mean OCR confidence under which a line is specks or a misread label


def illegible(segment: Segment) -> bool:
    """'ase', 'NS)', 'Cheats' read at a third of OCR's confidence over an address, or a
    '_' with no letter or digit: the rest of its misread label or specks, not the name
    that opens the block."""
    mean = sum(w.confidence for w in segment.words) / len(segment.words)
    return mean < ILLEGIBLE or not any(c.isalnum() for c in segment.text)


def _next_heading(
    document: Document, hit: LabelHit, label_box: tuple[float, float, float, float]
) -> float | None:
    """Where the next block heading of a row of them ('CLIENTE  LUGAR DE SERVICIO  ENVIAR
    PAGOS A') begins, right of this one; None when the label heads no such row."""
    line = document.layout(hit.segment.page).lines[hit.segment.line]
    starts = [
        _label_box(other)[0]
        for segment in line.segments
        for other in document.hits_in(segment)
        if other is not hit
        and other.start == 0
        and any(label.field in BLOCK_FIELDS for label in other.labels)
    ]
    if not starts:
        return None
    return min((x for x in starts if x > label_box[2]), default=float("inf"))


def _in_column(segment: Segment, left: float, right: float, height: float) -> Segment | None:
    """The words of a segment in the column from ``left`` to ``right``: a photo's OCR
    may run a name into the one printed in the next column ('... de C.V. Residencial
    Cumbres')."""
    words = tuple(
        w for w in segment.words if left - 1.5 * height <= w.bbox[0] < right - 0.5 * height
    )
    if len(words) == len(segment.words):
        return segment
    return Segment(segment.page, segment.line, words) if words else None


def stub_start(document: Document, page: int) -> float | None:
    """Where the part of a bill returned with the payment begins on a page ('Please
    return this portion', 'PAYMENT ADVICE'), if it has one."""
    phrases = folded_phrases("_payment_stub")
    layout = document.layout(page)
    return next(
        (line.bbox[1] for line in layout.lines if contains_phrase(line.text, phrases)), None
    )


def top_stub_end(document: Document) -> float | None:
    """Where a stub printed at the top of page 1 ends ('REMITTANCE ADVICE - PLEASE
    DETACH ...' over 'detach along perforation'): the invoice itself starts under it."""
    layout = document.layout(1)
    start = stub_start(document, 1)
    if start is None or start > TOP_STUB * layout.page.height:
        return None
    perforation = folded_phrases("_perforation")
    return next(
        (
            line.bbox[3]
            for line in layout.lines
            if start < line.bbox[1] < 0.5 * layout.page.height
            and contains_phrase(line.text, perforation)
        ),
        None,
    )


TOP_STUB = 0.15  # of the page's height: a stub whose first words stand this high


def _centred_under(
    segment: Segment, label: tuple[float, float, float, float], height: float
) -> bool:
    """A value centred under its heading ('Customer' over 'Harbor Point HOA')."""
    middle = (segment.bbox[0] + segment.bbox[2]) / 2
    return abs(middle - (label[0] + label[2]) / 2) <= height and segment.bbox[0] < label[2]


def _names_detail(document: Document, segment: Segment) -> bool:
    hits = document.hits_in(segment)
    return (
        bool(hits)
        and hits[0].start == 0
        and inner_label(segment.text) is None
        and any(
            label.field in _PARTY_DETAILS - {"vendor_phone", "vendor_email"}
            for label in hits[0].labels
        )
    )


def find_blocks(document: Document) -> dict[str, list[Block]]:
    blocks: dict[str, list[Block]] = {}
    for hit in document.all_hits():
        for label in hit.labels:
            # a block label stands first in its run ('Buckeye Property Mgmt' names no
            # block); a weak one ('To:') needs its colon as well
            if (
                label.field in BLOCK_FIELDS
                and _opens_run(hit)
                and (label.strong or label.composed or hit.colon or _caption_beside(document, hit))
            ):
                if value_span(hit, None) is not None and _priced_row(document, hit.segment):
                    continue  # 'Customer charge   1   21.23': a table's row, not a block
                if is_contact(hit.segment.text):
                    continue  # 'Atención a clientes: +52 81 8473 6111': a phone line
                if _heads_column(document, hit):
                    continue  # 'Etiqueta | Ubicación | Marca | Tipo': a table's heading
                if runs_into_prose(hit):
                    continue  # 'Charged to your account - monthly statement to follow'
                whole = hit.start == 0 and hit.end == len(hit.segment.tokens)  # 'NAME ON BILL'
                if not hit.colon and not whole and _titled(hit.segment.tokens):
                    continue  # 'CLIENT INVOICE': the document's title, no party's heading
                name = label.field
                stub = stub_start(document, hit.segment.page)
                if name == "bill_to" and not (label.strong or label.composed) and stub is not None:
                    if hit.segment.bbox[1] > stub:
                        name = "remit_to"  # 'To:' on the stub sent back is the payee
                block = read_block(document, hit, name)
                if block.lines:
                    blocks.setdefault(name, []).append(block)
    for block in blocks.get("bill_to", []):
        beside = _address_beside(document, block)
        if beside is not None:
            blocks.setdefault("service_address", []).append(beside)
    return blocks


TABLE_HEADINGS = 4  # cells of a row of headings at least, over a row of as many


def runs_into_prose(hit: LabelHit) -> bool:
    """Whether a capitalised heading runs on, without a colon, into a word in small
    letters: a sentence ('Customer not present ...'), no party's name."""
    words = hit.segment.words
    if hit.colon or hit.value_word >= len(words):
        return False
    label = words[hit.segment.token_words[hit.start][0]].text
    value = words[hit.value_word].text
    return label[:1].isupper() and value.isalpha() and value[:1].islower()


def _heads_column(document: Document, hit: LabelHit) -> bool:
    """Whether the label heads a column of a table: its line is a row of headings, no
    figure among them, and the line under it a row of as many cells (or one fewer, left
    blank), each opening where its heading does."""
    layout = document.layout(hit.segment.page)
    line = layout.lines[hit.segment.line]
    if hit.colon or len(line.segments) < TABLE_HEADINGS or line.index + 1 >= len(layout.lines):
        return False
    if any(c.isdigit() for c in line.text):
        return False  # 'BILL TO | SHIP TO | INVOICE # | 1093': headings beside values
    below = layout.lines[line.index + 1]
    if sum(1 for s in below.segments if document.hits_in(s)) > 1:
        return False  # a row of labels under it: a form's
    height = layout.word_height
    if len(below.segments) == len(line.segments):
        return all(
            abs(a.bbox[0] - b.bbox[0]) <= 2 * height
            for a, b in zip(line.segments, below.segments, strict=True)
        )
    # one cell left blank ('CUSTOMER'S ORDER NO.' with no order): the rest under theirs
    return len(below.segments) == len(line.segments) - 1 and all(
        any(abs(a.bbox[0] - b.bbox[0]) <= 2 * height for a in line.segments) for b in below.segments
    )


CAPTION_LETTERS = 4  # a caption's letters at least: no logo's specks read as 'An'


def _caption_beside(document: Document, hit: LabelHit) -> bool:
    """A weak label that is a form's caption: the whole of the first run of its line,
    its value written beside it ('NAME   Brightwater Residential Management LLC')."""
    segment = hit.segment
    line = document.layout(segment.page).lines[segment.line]
    whole = hit.start == 0 and hit.end == len(segment.tokens)
    weak = not any(label.strong or label.composed for label in hit.labels)
    worded = sum(c.isalpha() for c in segment.text) >= CAPTION_LETTERS
    if not (weak and whole and worded and line.segments[0] is segment and len(line.segments) > 1):
        return False
    return not document.is_label(line.segments[1])


def _opens_run(hit: LabelHit) -> bool:
    """The label stands first in its run, or after a box's corner a scan read as a mark
    ('r— DATOS DEL DESTINATARIO')."""
    first = hit.segment.token_words[hit.start][0] if hit.start else 0
    return all(
        sum(c.isalpha() for c in w.text) <= 1 and not any(c.isdigit() for c in w.text)
        for w in hit.segment.words[:first]
    )


def _priced_row(document: Document, segment: Segment) -> bool:
    """Whether an amount follows `segment` on its line before any label, as in a table's
    row ('Invoice Total: $500.00' beside 'Customer: Acme' is a label's)."""
    line = document.layout(segment.page).lines[segment.line]
    for after in line.segments[line.segments.index(segment) + 1 :]:
        if document.is_label(after):
            return False
        if has_cents(after.text):
            return True
    return False


HEADED_ADDRESS = 0.9  # of a printed service label's worth: the heading names no service


def _address_beside(document: Document, customer: Block) -> Block | None:
    """'Cliente    Domicilio': a bare address heading in the row of the customer's
    heading, over an address of its own, where the customer's block already holds the
    customer's address, is where the customer is served. A letterhead's 'Domicilio
    fiscal: ...' stands in no such row."""
    hit = customer.hit
    if value_span(hit, None) is not None or not _holds_address(customer):
        return None
    row = document.layout(hit.segment.page).lines[hit.segment.line].segments
    for segment in row:
        heading = tokens(segment.text.rstrip(":"))
        if (
            segment.bbox[0] > hit.segment.bbox[2]
            and heading in block_prefixes()["address"]
            and not document.hits_in(segment)
        ):
            label = Label("service_address", "block", heading, "", False)
            size = len(segment.tokens)
            found = LabelHit(segment, (label,), 0, size, len(segment.words), HEADED_ADDRESS, False)
            block = read_block(document, found, "service_address")
            return block if block.lines else None
    return None


def _holds_address(block: Block) -> bool:
    return plausible_address(address_lines(block.texts()[1:]))


_ARTICLE = re.compile(r"\s*\d{12,14}\s*")  # an article's barcode number (EAN, UPC), no phone


def is_contact(text: str) -> bool:
    return (
        bool(_CONTACT.search(text))
        or (bool(re.fullmatch(r"[\d\s().+-]{7,}", text.strip())) and not _ARTICLE.fullmatch(text))
        or bool(_LABELLED_PHONE.fullmatch(text.strip()))
    )


# 'Customer Service: 407-528-2435', 'Billing Questions: (800) 555-1212': any words, a
# colon, and a number grouped as phones are
_LABELLED_PHONE = re.compile(r"[^\W\d][^\d:]{0,30}:\s*\+?[\d\s().-]{3,}\d[-. )]\d{3,4}")


# 'Miami, FL 33145', 'Guadalupe, N.L. C.P. 67870': a town line ends in its postcode
_TOWN_LINE = re.compile(r"\b[A-Za-z.]{2,5},?\s+\d{4,5}$")
# a state's code or Mexico's 'C.P.' and the postcode closing a town's line
# '... Kissimmee, FL 34703.': a sentence's full stop may close it
_POSTCODE_END = re.compile(r"(?:\b[A-Z]{2}|(?:[A-Z]\.){2}|C\.P\.)\s*,?\s*\d{5}(?:-\d{4})?\.?$")
_SENTENCE_AFTER_POSTCODE = re.compile(r"\b[A-Z]{2} \d{5}(?:-\d{4})?(\.\s+)[A-ZÁÉÍÓÚÑ][a-zà-ÿ]+\s")
_COUNTRY = re.compile(
    r"(?i)usa|u\.s\.a|united states(?: of america)?|m[eé]xico|puerto rico|espa[ñn]a"
)


def is_country(text: str) -> bool:
    """A line naming a country alone ('U.S.A', 'México')."""
    return _COUNTRY.fullmatch(text.strip(" .,")) is not None


def closes_address(text: str) -> bool:
    """A town's line with its postcode, which ends an address ('Irving, TX 75019')."""
    return bool(_TOWN_LINE.search(text) or _POSTCODE_END.search(text))


def town_or_street_line(text: str) -> bool:
    """A line of an address, never a name: a town with its postcode ('Miami, FL 33145')
    or a line opening as an address does ('Col. Centro', 'Av. Lázaro Cárdenas 2400')."""
    toks = tokens(text)
    opens = any(toks[: len(p)] == p for p in phrase_tokens("_address_openers"))
    return opens or bool(_TOWN_LINE.search(text.strip()))


NEAR_ATTENTION = 75.0  # 'Atta' for 'Attn', 'Atencien' for 'Atención', as OCR reads them


_NUMBER_AFTER_COLON = re.compile(r"[^\W\d][^\d:]{0,30}:\s*\+?\(?\d{2,}")


def is_no_one(text: str) -> bool:
    """A block's line naming no party: a till's word for a buyer it did not name ('CASH
    SALE - WALK IN CUSTOMER', 'Público en general'), or another field's label and value
    ('Job / Reference: Palm Court Residences')."""
    words = tokens(text)
    head = tokens(text.split(":")[0]) if ":" in text else ()
    if head and any(
        head[-n:] in labels() and all(label.kind != "block" for label in labels()[head[-n:]])
        for n in range(1, len(head) + 1)
    ):
        return True
    rest = " " + " ".join(words) + " "
    for phrase in sorted(phrase_tokens("_no_customer"), key=len, reverse=True):
        rest = rest.replace(" " + " ".join(phrase) + " ", " ")
    return bool(words) and not rest.strip()


def is_attention(text: str) -> bool:
    """An 'attention of' line: its opening words as printed, or its one opening word of
    four letters or more misread by a letter or two."""
    words = tokens(text)
    if words and any(words[: len(p)] == p for p in not_labels().get(words[0], ())):
        return False  # 'Atención al cliente': the vendor's customer service desk
    if _NUMBER_AFTER_COLON.match(text.strip()):
        return False  # 'Atención: +52 81 8604 2166': the desk's phone, no one attended to
    if any(words[: len(p)] == p for p in attention_words()):
        return True
    if not words or len(words[0]) < 4 or not words[0].isalpha():
        return False
    return any(
        len(p) == 1 and len(p[0]) >= 4 and fuzz.ratio(words[0], p[0]) >= NEAR_ATTENTION
        for p in attention_words()
    )


_PHONE_KIND = re.compile(
    r"\b(?:office|main|billing|business|toll[- ]free|customer service)\s*$", re.I
)


# a sentence: eight words or more, most of them in small letters, closed by a full stop
# (the next one may open after it: 'Rent is billed in advance ... shown. Enroll in ACH')
_PROSE_LINE = re.compile(r"(?=(?:\S+\s+){7})(?=(?:.*\b[a-z]{2,}\b){5}).*[a-z%)]\.(?:\s+[A-Z].*)?")


def address_lines(texts: list[str]) -> list[str]:
    """Lines of a block that make up an address: up to the first contact line, without
    'Attn:' lines; letters of a logo read before the street number ('LS 2716 Harry
    Hines Blvd') are dropped."""
    kept: list[str] = []
    for text in texts:
        if kept and _POSTCODE_END.search(kept[-1]) and not _COUNTRY.fullmatch(text.strip(" .,")):
            break  # the town and its postcode end an address: 'Work & materials' is not in it
        # 'St.' keeps its dot; a speck after the last word may be read as '-'
        text = text.lstrip(_SPECKS + "-").rstrip(_SPECKS.replace(".", "") + "-")
        closed = _SENTENCE_AFTER_POSTCODE.search(text)
        if closed:
            text = text[: closed.start(1)]  # '... PR 00995. Pagos por ACH ...': prose follows
        if text.endswith(".") and text[-2:-1].isdigit() and _POSTCODE_END.search(text):
            text = text[:-1]  # '70642, Kissimmee, FL 34703.': a sentence's full stop
        if _PROSE_LINE.fullmatch(text.strip()):
            break  # 'Balances over 30 days past due are subject to ... per month.': prose
        if (
            sum(c.isalnum() for c in text) < 2
            or _SPECK_LETTERS.fullmatch(text)
            or is_branch(text)
            or is_unit(text)
            or _QUANTITY.match(text)
        ):
            # specks read as a line ('xs'), 'STORE #0427' over the street, or a quantity
            # opening a row of items under the block ('10'), too short for a postcode
            continue
        if _is_phone_line(text) or _LABELLED_PHONE.match(text.strip()):
            # its label misread ('Mione: (3057 962-6519') or any ('Customer Care: 407-...')
            if kept:
                break
            continue
        text = _LOGO_LETTERS.sub("", text)
        contact = _CONTACT.search(text)
        if contact and contact.start() > 0 and any(c.isdigit() for c in text[: contact.start()]):
            # '12 Main St, Austin TX  Tel: 555 0100', '... FL 32883 Office Phone: ...'
            text = _PHONE_KIND.sub("", text[: contact.start()])
        elif is_contact(text):
            if kept:
                break
            continue
        if _SENTENCE.match(text):
            break  # 'la cantidad de $4,310.00 ...', 'for services rendered': prose, no address
        if _CARD.search(text):
            continue  # 'Visa ending in 7454': the card paid with
        if not kept and is_motto(text):
            continue  # 'Mantenimiento correctivo y preventivo para condominios' over the street
        if _LABELLED_LINE.match(text) and not is_attention(text) and inner_label(text) is None:
            # 'RFC receptor: BRI1707129L3', 'Uso CFDI: G03': details, not the address; over
            # it ('Régimen fiscal: 612 - Personas Físicas ...') they are no street
            if kept:
                break
            continue
        if (
            not is_attention(text)
            and not _REGISTRATION.match(text)
            and not _IBAN.match(text)
            and not _COMPANY_NUMBER.match(text)
        ):
            kept.append(text.strip(" ,"))
    return kept


def is_motto(text: str) -> bool:
    """A trade's motto or licence, no part of an address: four words or more, no digit,
    most in small letters ('Mantenimiento correctivo y preventivo para condominios');
    short parts run together with the year it was founded ('Service - Repair -
    Replacement - Since 1987'); a licence's, a certificate's or a permit's number
    ('Private Security Lic. B18523', 'PUCT Certificate No. 10022')."""
    words = text.split()
    small = sum(w[0].islower() for w in words)
    if len(words) >= 4 and 2 * small > len(words) and not any(c.isdigit() for c in text):
        return True
    if _LICENCE.search(text):
        return True
    parts = [p for p in _TAGLINE_PARTS.split(_FOUNDED.sub("", text)) if p.strip()]
    plain = not any(c.isdigit() for c in _FOUNDED.sub("", text))
    if plain and len([p for p in _DOTTED.split(text) if p.strip()]) >= 2:
        return True  # 'Residential & Commercial Pest Management · Licensed & Insured'
    return (
        plain
        and (len(parts) >= 3 or bool(_FOUNDED.search(text)))
        and all(len(p.split()) <= 3 for p in parts)
    )


_LICENCE = re.compile(
    r"\b(?:lic|licen[cs]e|certificate|cert|permit|registration|reg)\.?(?: no\.?| number)?"
    r"\s*#?\s*:?\s*[A-Z]{0,3}-?\d",
    re.I,
)  # 'Lic. B18523', 'PUCT Certificate No. 10022', 'Permit #4471'
_FOUNDED = re.compile(r"\b(?:since|est\.?|established|founded|desde)\s+(?:19|20)\d\d\b", re.I)
_TAGLINE_PARTS = re.compile(r"\s+[-–·•|]\s+|\s*[·•|]\s*")
_DOTTED = re.compile(r"\s*[·•|]\s*")  # parts of a line set apart by dots, never a street's


_CARD = re.compile(r"\bending in \d{4}\b|[*xX•]{4}[ -]?\d{4}\b", re.I)


# a line of prose: it opens with two words in small letters ('la cantidad de', 'for the')
_SENTENCE = re.compile(r"^\s*[a-zà-ÿ]{2,}\s+[a-zà-ÿ]{2,}\b")
# a line opening with a label and its colon: up to three words of letters
_LABELLED_LINE = re.compile(r"^\s*[^\W\d_][^\W\d_.]*\.?(?:\s+[^\W\d_][^\W\d_.]*\.?){0,2}\s*:\s")
_SPECKS = " ,.:;_~|*'\"`“”‘’«»•"  # what OCR makes of specks at the ends of a line
_QUANTITY = re.compile(r"^\s*\d{1,3}\s*$")
_SPECK_LETTERS = re.compile(r"\s*[a-z]{1,2}\s*")  # no line of an address is two small letters


def is_unit(text: str) -> bool:
    """'Fire & Life Safety Division', 'PAINT DESK': a unit of the vendor's, a few words
    without digits closed by the unit's noun; neither its name nor a line of its address."""
    toks = tokens(text)
    return 0 < len(toks) <= 5 and not any(c.isdigit() for c in text) and toks[-1] in _unit_words()


@cache
def _unit_words() -> frozenset[str]:
    return frozenset(words[-1] for words in phrase_tokens("_vendor_units"))


def is_branch(text: str) -> bool:
    """'STORE #0427', 'Filiale 112': the store's own number, no part of its address."""
    words = tuple(w for w in tokens(text) if w not in ("#", "no", "nr", "num", "numero"))
    return any(
        words[: len(p)] == p and len(words) == len(p) + 1 and any(c.isdigit() for c in words[-1])
        for p in branch_words()
    )


# '(1093821-K)', a company's number, its closing bracket often misread ('(0005583085-K}')
_REGISTRATION = re.compile(r"^[(\[{][\w .-]*\d{4,}[\w .%-]*[)\]}]?$")
# '789417-W', 'CO. REG : 860671-D', 'Co. No. 123456-X', '{002043319~-W)': a Malaysian
# company's number with its check letter, in brackets or not, specks read beside it
_COMPANY_NUMBER = re.compile(
    r"^[(\[{]?(?:(?:co|company|roc)\.?[ -]?(?:reg|no)\.?\s*(?:no\.?)?\s*:?\s*)?"
    r"(?:\d{4,12}[\s~._-]{0,3}[A-Z]|\d{6,12})[)\]}]?$",  # its letter lost: 6 digits or more
    re.I,
)
_IBAN = re.compile(r"^(?:IBAN:?\s*)?[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?$")


_LOGO_LETTERS = re.compile(r"^[A-Za-z]{1,2}\s+(?=\d{2,6}\s+[A-Za-z]{2,})")


def _is_phone_line(text: str) -> bool:
    """A line that is mostly a phone number: seven digits or more and few letters."""
    digits = sum(c.isdigit() for c in text)
    return digits >= 7 and sum(c.isalpha() for c in text) <= 8 and find_phone(text) is not None


# 'Mail checks payable to A1 Appliance to Dept 3015, P.O. Box 70642, ...'
_NAME_AT = re.compile(r"^[^,]+? (?:at|en|in|to) (?=\d|P\.? ?O\.? Box|Apartado|Dept)", re.I)


def drop_leading_name(texts: list[str]) -> list[str]:
    """'Acme Plumbing, PO Box 12, Irving, TX' (or 'Acme Plumbing at PO Box 12, ...')
    -> the address after the payee's name."""
    if texts and (joined := _NAME_AT.match(texts[0])):
        texts = [texts[0][joined.end() :], *texts[1:]]
    parts = [p.strip() for t in texts for p in t.split(",") if p.strip()]
    # a number standing alone opens the address ('2256 NW 7th St'); 'A-1 Appliance' is a
    # name, and so is 'Lone Star Power 8. Light' (its '&' read as '8.')
    with_digits = [i for i, p in enumerate(parts) if re.search(r"(?<![\w-])(?!8\. )\d", p)]
    if not with_digits or with_digits[0] == 0:
        return texts
    # 'Calle Méndez Vigo, 2812': a street named before its number opens the address
    opened = [i for i, p in enumerate(parts[: with_digits[0]]) if town_or_street_line(p)]
    skip = opened[0] if opened else with_digits[0]
    if skip == 0:
        return texts
    # rebuild lines: drop whole leading lines, or the leading parts of the first one
    kept: list[str] = []
    for text in texts:
        pieces = [p.strip() for p in text.split(",") if p.strip()]
        if skip >= len(pieces):
            skip -= len(pieces)
            continue
        kept.append(", ".join(pieces[skip:]))
        skip = 0
    return kept


# 'Kissimmee, FL. 34795': a speck read as a stop after a state's code, before its ZIP
_STATE_STOP = re.compile(r"\b([A-Z]{2})\.(?= \d{5}\b)")


# 'Irving. TX 75054': a comma read as a stop between the town and the state's code
_TOWN_STOP = re.compile(r"(?<=[a-z])\.(?= [A-Z]{2},? \d{5}\b)")
# street words as OCR misreads them, an l read as an i: 'Orange Blossom Tri', 'Bidg 4', 'Bivd'
_STREET_WORDS = {
    **{"Tri": "Trl", "TRI": "TRL", "Bidg": "Bldg", "BIDG": "BLDG"},
    **{"Bivd": "Blvd", "BIVD": "BLVD"},
}
_STREET_MISREADS = re.compile(rf"\b(?:{'|'.join(_STREET_WORDS)})\b")


# a US town line as a scan's specks and gaps garble it: 'San Juan, n, PR PR 0090 7'
_STRAY_BEFORE_STATE = re.compile(
    r"(?<=,) [A-Za-z],?(?= ([A-Z]{2}) \1? ?\d)|(?<= )([A-Z]) (?=\2[A-Z] \d)"
)
_STATE_TWICE = re.compile(r"\b([A-Z]{2}) \1(?= \d)")
_SPLIT_ZIP = re.compile(r"(?<=\b[A-Z]{2} )(\d{1,4}) (\d{1,4})$")


def _town_as_printed(text: str) -> str:
    """'San Juan, PR 00907' out of 'San Juan, n, PR PR 0090 7' or 'San Juan, P PR 00907'."""
    text = _STATE_TWICE.sub(r"\1", _STRAY_BEFORE_STATE.sub("", text))
    split = _SPLIT_ZIP.search(text)
    if split and len(split.group(1) + split.group(2)) == 5:
        text = text[: split.start()] + split.group(1) + split.group(2)
    return text


def join_address(texts: list[str]) -> str:
    joined = ", ".join(_town_as_printed(t.strip(" ,")) for t in texts if t.strip(" ,"))
    joined = _STREET_MISREADS.sub(lambda m: _STREET_WORDS[m.group()], joined)
    return _TOWN_STOP.sub(",", _STATE_STOP.sub(r"\1", joined))


@cache
def title_words() -> frozenset[str]:
    return frozenset(load("doctypes.json")["title_words"])


def is_title(segment: Segment) -> bool:
    toks = segment.tokens
    words = [t for t in toks if not t.isdigit()]  # 'INVOICE 1047'; a phone alone is no title
    if len(toks) - len(words) > 1:
        return False  # 'Customer Service: 407-528-2435' is a phone line
    if words and all(t in title_words() for t in words):
        return True
    if _titled(words) or _titled(_rejoined(words)):
        return True
    # letter-spaced titles come out of OCR in pieces: 'F ACTU R A', 'INVOIC E'
    return len(toks) >= 2 and title_run("".join(toks))


def _titled(words: Sequence[str]) -> bool:
    """A short phrase ending in a document's name ('PARTS AND LABOR INVOICE') or, in
    Spanish, opening with it ('Factura por servicios') is a title, not a name."""
    if not 2 <= len(words) <= 5 or any(len(t) == 1 and not t.isalpha() for t in words):
        return False
    nouns = title_nouns()
    return words[-1] in nouns or (words[0] in nouns and words[1] in ("de", "por", "del"))


def _rejoined(words: Sequence[str]) -> list[str]:
    """Words OCR split inside a document's name joined again ('FACTU RA DE VENTA')."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] not in title_nouns() and joined[-1] + word in title_nouns():
            joined[-1] += word
        else:
            joined.append(word)
    return joined


@cache
def title_nouns() -> frozenset[str]:
    return frozenset(load("doctypes.json")["title_nouns"])


def title_run(letters: str) -> bool:
    """Whether ``letters`` is title words written without spaces ('facturadeservicio')."""
    words = title_words()
    reach = [True] + [False] * len(letters)
    for end in range(1, len(letters) + 1):
        reach[end] = any(
            reach[start] and letters[start:end] in words for start in range(max(0, end - 12), end)
        )
    return reach[-1]


def is_title_text(text: str) -> bool:
    toks = tokens(text)
    return bool(toks) and all(t in title_words() for t in toks)


# 'Service 24/7', 'Emergencias 24 horas': a tagline's number
_ROUND_THE_CLOCK = re.compile(r"\b24 ?(?:/ ?7(?: ?/ ?365)?|-? ?(?:hours?|hrs?|horas?|h)\b)", re.I)


def plausible_address(texts: list[str]) -> bool:
    """An address has a number and words: '300' or 'Ave San' alone is a misreading, and
    '27 de octubre de 2025' is a date."""
    joined = _ROUND_THE_CLOCK.sub(" ", " ".join(texts))
    words = [w for w in tokens(joined) if sum(c.isalpha() for c in w) >= 2]
    dated = sum(d.end - d.start for d in find_dates(joined, Conventions()))
    # a digit of a name ('A-1 Appliance Service') makes no street number
    numbered = re.search(r"(?<![\w-])\d", joined) is not None
    shaped = numbered and len(words) >= 2 and len(joined) >= 10
    return shaped and dated < 0.6 * len(joined.strip())


STREETLESS = 0.6  # of an address's worth when it is only a town and its postcode


def address_worth(texts: list[str]) -> float:
    """'Dallas, TX 75201' alone is an address whose street line was lost or misread:
    only its last word holds a digit."""
    toks = tokens(join_address(texts))
    numbered = [i for i, t in enumerate(toks) if any(c.isdigit() for c in t)]
    return STREETLESS if numbered == [len(toks) - 1] else 1.0


def segments_of(lines: list[Segment] | tuple[Segment, ...], texts: list[str]) -> list[Segment]:
    """The segments whose text holds one of ``texts``."""
    return [s for s in lines if any(t and t in s.text for t in texts)]
