"""A total whose label did not survive reading.

White letters on a dark band ('TOTAL' in a shaded bar) or a smudge often cost a scan its
total's label while the amount beside it reads well. Under the subtotal, in the totals
block, the amount that equals subtotal plus tax is the total: the arithmetic is the
evidence, so it is proposed only when no labelled total was found, with a middling
score that the arithmetic it came from does not raise.
"""

from __future__ import annotations

from decimal import Decimal

from extract.candidates import Candidate, make, words_in_span
from extract.context import Document
from extract.formats import money, parse_amount

INFERRED_TOTAL_SCORE = 0.7
LINES_BELOW = 6  # the totals block: a few lines under the subtotal


def unlabelled_total(document: Document, chosen: dict[str, Candidate]) -> Candidate | None:
    """The first amount below the subtotal, in its column or right of it, that equals
    subtotal - discount + tax + rounding, with the terms the document printed."""
    subtotal = chosen["subtotal"]
    terms = [chosen[name] for name in ("tax", "rounding") if name in chosen]
    discount = chosen.get("discount")
    want = Decimal(subtotal.value) + sum((Decimal(t.value) for t in terms), Decimal(0))
    if discount is not None:
        want -= abs(Decimal(discount.value))
    layout = document.layout(subtotal.page)
    below = [line for line in layout.lines if line.bbox[1] > subtotal.bbox[3]]
    used = {t.bbox for t in [*terms, *([discount] if discount else [])]}
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
