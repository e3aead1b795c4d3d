"""A total whose label did not survive reading.

White letters on a dark band ('TOTAL' in a shaded bar) or a smudge often cost a scan its
total's label while the amount beside it reads well. Under the subtotal, in the totals
block, the amount that equals subtotal plus tax is the total: the arithmetic is the
evidence, so it is proposed only when no labelled total was found and with a middling
score.
"""

from __future__ import annotations

from decimal import Decimal

from extract.candidates import Candidate, make, words_in_span
from extract.context import Document
from extract.formats import money, parse_amount

INFERRED_TOTAL_SCORE = 0.7
LINES_BELOW = 6  # the totals block: a few lines under the subtotal


def unlabelled_total(
    document: Document, subtotal: Candidate, tax: Candidate | None
) -> Candidate | None:
    """The first amount below the subtotal, in its column or right of it, that equals
    subtotal + tax (subtotal alone when no tax was printed)."""
    want = Decimal(subtotal.value) + (Decimal(tax.value) if tax else Decimal(0))
    layout = document.layout(subtotal.page)
    below = [line for line in layout.lines if line.bbox[1] > subtotal.bbox[3]]
    used = {tax.bbox} if tax else set()
    for line in below[:LINES_BELOW]:
        for segment in line.segments:
            if segment.bbox[2] < subtotal.bbox[0]:
                continue  # left of the subtotal's amount: another column
            amount = parse_amount(segment.text, document.conventions)
            if amount is None or amount.value != want:
                continue
            words = words_in_span(segment, amount.start, amount.end)
            candidate = make(
                "total",
                money(amount.value),
                words,
                segment.page,
                "sum_below_subtotal",
                INFERRED_TOTAL_SCORE,
            )
            if candidate.bbox not in used:
                return candidate
    return None
