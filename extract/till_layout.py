"""Where a value stands on a till slip or beside a table of rates: specks OCR makes of
thermal print between a label and its amount, an amount wrapped under its label at the
slip's right edge, rows of a table that open with their own rate or code.
"""

from __future__ import annotations

from extract.context import Document
from extract.formats import parse_amount
from extract.labels import LabelHit
from extract.layout import Line, Segment
from extract.vocab import structure_tokens, tokens

BIG_AMOUNT = 1.4  # times the label's height: an amount printed as the box's headline


def under_right(document: Document, hit: LabelHit) -> Segment | None:
    """'TOTAL AMOUNT PAYABLE' with nothing after it and 'RM 7.50' alone at the right end
    of the next line: a narrow slip wraps the amount under its label."""
    layout = document.layout(hit.segment.page)
    label = layout.lines[hit.segment.line]
    if label.segments[-1] is not hit.segment or hit.segment.line + 1 >= len(layout.lines):
        return None
    # the next line reaching under the label: a column's line on the left, a step lower
    # ('INFORMACIÓN DE LA CUENTA'), is passed over
    following = layout.lines[hit.segment.line + 1 : hit.segment.line + 3]
    line = next((n for n in following if n.bbox[2] > hit.segment.bbox[0]), following[0])
    value = line.segments[-1]
    # or set large beside the next line's words, as a bill prints what is owed in a box
    # ('Cantidad total que adeuda' over 'Pague en o antes del   $3,222.66')
    # the large amount of a line with its own amount's label ('WORK ORDER TOTAL  912.00')
    # is that label's; beside a date's label ('Pague en o antes del') it is no one's
    own = len(line.segments) > 1 and any(
        label.kind == "amount"
        for hit in document.hits_in(line.segments[-2])
        for label in hit.labels
    )
    large = value.height >= BIG_AMOUNT * hit.segment.height and not own
    alone = large or all(speck(s.text) for s in line.segments[:-1])
    near = line.bbox[1] - label.bbox[3] <= 1.5 * layout.word_height
    if alone and near and value.bbox[0] > hit.segment.bbox[2] and not document.hits_in(value):
        return value
    return None


def speck(text: str, letters: int = 2) -> bool:
    """Punctuation or a few letters standing alone ('SE', 'ae', ':'): what OCR makes of
    the specks of a thermal print between a label and its value. Before an amount, a
    word of up to four letters ('sae', 'EUR') is passed over as well."""
    return not any(c.isdigit() for c in text) and sum(c.isalnum() for c in text) <= letters


TITLED_ROW_FACTOR = 0.5  # an amount under a column heading, in a row with its own title


def rows_follow(document: Document, value: Segment) -> bool:
    """Another titled row follows with an amount in the same column."""
    layout = document.layout(value.page)
    following = layout.lines[value.line + 1 : value.line + 3]
    return any(
        s.bbox[0] < value.bbox[2]
        and value.bbox[0] < s.bbox[2]
        and parse_amount(s.text, document.conventions) is not None
        and row_has_title(document, s)
        for line in following
        for s in line.segments
    )


def row_has_title(document: Document, value: Segment) -> bool:
    """An amount whose row opens with its own words ('SR 6%  62.51  3.75' under 'GST
    Summary  Amount  Tax', 'CASH  70.00' under 'TOTAL (RM)') is that row's, not the label's."""
    line = document.layout(value.page).lines[value.line]
    return any(
        s.bbox[2] < value.bbox[0] and (any(c.isalpha() for c in s.text) or "%" in s.text)
        for s in line.segments
        if not speck(s.text)
    )


TABLE_ROW_FACTOR = 0.6  # a label's amount with more amounts after it on its row


def amounts_after(document: Document, segment: Segment) -> bool:
    """More amounts right of the one read ('Gesamtbetrag  10,26  0,86'): a row of a
    table of rates, whose first amount may be the net, the tax or the gross."""
    line = document.layout(segment.page).lines[segment.line]
    return any(
        s.bbox[0] > segment.bbox[2] and parse_amount(s.text, document.conventions) is not None
        for s in line.segments
    )


def opens_with_tender(line: Line) -> bool:
    """'CASH TEND', 'VISA', 'CHANGE DUE': money handed over, whose amount a narrow slip
    may wrap onto the next line, under the total's label."""
    words = tokens(line.text)
    tender = (*structure_tokens("tender_words"), *structure_tokens("change_words"))
    return any(words[: len(w)] == w for w in tender)
