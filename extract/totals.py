"""Totals the printed labels alone do not give: a total whose label did not survive
reading, and the tax of several tax lines.

White letters on a dark band ('TOTAL' in a shaded bar) or a smudge often cost a scan its
total's label while the amount beside it reads well. Under the subtotal, in the totals
block, the amount that equals subtotal plus tax is the total: the arithmetic is the
evidence, so it is proposed only when no labelled total was found, with a middling
score that the arithmetic it came from does not raise.

Under the last line item, the amount that is the items' sum is the subtotal when no
label named one ('Gross Amount').

An invoice with two VAT rates prints one tax line per rate; their sum is proposed as the
tax beside each line, and the totals check takes it where subtotal plus it is the total.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from docmatch.types import Word
from extract.candidates import Candidate, make, words_in_span
from extract.context import Document
from extract.formats import fix_ocr_digits, money, parse_amount
from extract.layout import Line, Segment
from extract.model import LineItem
from extract.vocab import structure_tokens, tokens

INFERRED_TOTAL_SCORE = 0.7
LINES_BELOW = 6  # the totals block: a few lines under the subtotal


def unlabelled_total(document: Document, chosen: dict[str, Candidate]) -> Candidate | None:
    """The first amount below the subtotal, in its column or right of it, that equals
    subtotal - discount + charges + tax + rounding, with the terms the document printed."""
    subtotal = chosen["subtotal"]
    terms = [chosen[name] for name in ("charges", "tax", "rounding") if name in chosen]
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
            candidate = _inferred(document, segment, want, "total", "sum_below_subtotal")
            if candidate is not None and candidate.bbox not in used:
                return candidate
    return None


def unlabelled_subtotal(
    document: Document, chosen: dict[str, Candidate], items: Sequence[LineItem]
) -> Candidate | None:
    """The amount printed under the last line item, above the total, that is the sum
    of the items ('Gross Amount $2,430.00', 'GOODS 142.10' in words no vocabulary has).
    Where the items stand under the total or on pages after its (a bill's summary over
    the detail of its charges), the sum closes the items, a few lines under the last."""
    total = chosen.get("total") or chosen.get("amount_due")
    amounts = [item.amount for item in items if item.amount is not None]
    if total is None or len(amounts) < 2:
        return None
    want = sum(amounts, Decimal(0))
    last = max(
        (item for item in items if item.page == total.page),
        default=None,
        key=lambda item: item.bbox[3],
    )
    if last is not None and last.bbox[3] < total.bbox[1]:
        lines = [
            line
            for line in document.layout(total.page).lines
            if last.bbox[3] < line.bbox[1] < total.bbox[1]
        ]
    else:
        last = max(items, key=lambda item: (item.page, item.bbox[3]))
        if last.page < total.page:
            return None
        page = document.layout(last.page).lines
        lines = [line for line in page if line.bbox[1] > last.bbox[3]][:LINES_BELOW]
    used = {c.bbox for c in chosen.values()}
    for line in lines:
        strong = any(
            lb.strong for s in line.segments for h in document.hits_in(s) for lb in h.labels
        )
        if len(line.segments) < 2 or strong:
            continue  # a labelled amount is its label's to name ('Sum of Services' barely is)
        candidate = _inferred(document, line.segments[-1], want, "subtotal", "sum_of_items")
        if candidate is not None and candidate.bbox not in used:
            return candidate
    return None


def _inferred(
    document: Document, segment: Segment, want: Decimal, field: str, method: str
) -> Candidate | None:
    """The amount ``want`` printed in ``segment``, as a candidate the arithmetic found."""
    amount = parse_amount(segment.text, document.conventions)
    if amount is None or amount.value != want:
        return None
    words = words_in_span(segment, amount.start, amount.end)
    return make(field, money(amount.value), words, segment.page, method, INFERRED_TOTAL_SCORE)


def final_total(
    document: Document, best: Candidate, alternatives: tuple[Candidate, ...]
) -> tuple[Candidate, tuple[Candidate, ...]]:
    """The last total of a chain: a total printed lower that is the chosen one plus a
    charge printed between them ('TOTAL 26.41', 'Tip 4.00', 'Grand Total 30.41'; a
    rounding before 'Total After Rounding') is what was paid."""
    for later in alternatives:
        if later.page != best.page or later.bbox[1] <= best.bbox[3]:
            continue
        step = Decimal(later.value) - Decimal(best.value)
        between = [
            line
            for line in _lines_between(document, best, later)
            if not _holds(line, best.bbox) and not _holds(line, later.bbox)
        ]
        if step and any(
            _last_amount(document, line.segments[-1].text) == step and _charge(document, line)
            for line in between
        ):
            rest = tuple(a for a in alternatives if a is not later)
            return later.rescored(best.score), (best.rescored(later.score), *rest)
    return best, alternatives


def total_as_subtotal(
    document: Document, best: Candidate, alternatives: tuple[Candidate, ...]
) -> tuple[Candidate, Candidate] | None:
    """(subtotal, total) when one total printed over another is the lower one less the
    tax, charges and discounts printed between them: 'Gross Amount 2,430.00', 'Less
    Discount -72.90', 'Sales Tax 194.46', 'Net Invoice Amount 2,551.56' is read 'Amount'
    twice, and the first is the subtotal, whichever of the two was chosen."""
    for other in alternatives:
        if other.page != best.page:
            continue
        if other.bbox[1] > best.bbox[3] and (
            _chained(document, best, other) or _summed_again(document, best, other)
        ):
            subtotal = replace(best, field="subtotal", method=f"{best.method}_chained")
            return subtotal, other.rescored(best.score)
        if best.bbox[1] > other.bbox[3] and (
            _chained(document, other, best) or _summed_again(document, other, best)
        ):
            # 'Total Service Charges 3,091.79', 'Tax 216.43', 'Total This Period 3,308.22'
            return replace(other, field="subtotal", method=f"{other.method}_chained"), best
    return None


def _chained(document: Document, upper: Candidate, lower: Candidate) -> bool:
    """Whether the amounts printed between two totals lead from the upper to the lower."""
    between = _lines_between(document, upper, lower, panels=False)
    step = Decimal(0)
    for line in between:
        amount = _last_amount(document, line.segments[-1].text)
        fields = {
            label.field
            for segment in line.segments
            for hit in document.hits_in(segment)
            for label in hit.labels
        }
        if amount is None or fields & {"payments", "previous_balance", "amount_due"}:
            return False
        step += -abs(amount) if "discount" in fields else amount
    return bool(between) and bool(step) and Decimal(upper.value) + step == Decimal(lower.value)


_RATE = re.compile(r"\d(?:[.,]\d+)?\s?%")


def rate_between(document: Document, subtotal: Candidate, total: Candidate) -> Candidate | None:
    """The one line between the sum before tax and the total that prints a rate and the
    difference of the two: the tax, whatever words it is named in ('Taxable Services
    (7%)  $61.95')."""
    between = _lines_between(document, subtotal, total, panels=False)
    want = Decimal(total.value) - Decimal(subtotal.value)
    if len(between) != 1 or want <= 0 or not _RATE.search(between[0].text):
        return None
    return _inferred(document, between[0].segments[-1], want, "tax", "rate_between_sums")


SUM_AGAIN_GAP = 3.0  # word heights between a sum and the same sum printed again under it


def _summed_again(document: Document, upper: Candidate, lower: Candidate) -> bool:
    """Whether the lower total prints the upper one's sum again right under it, nothing
    added: 'Total Mat'l & Labor 845.00' over 'Ticket Grand Sum 845.00'; the first sums
    the charges, the second is the bill's."""
    gap = (lower.bbox[1] - upper.bbox[3]) / document.layout(upper.page).word_height
    return (
        upper.value == lower.value
        and 0 < gap < SUM_AGAIN_GAP
        and not _lines_between(document, upper, lower)
        and not _owed(document, lower)
    )


def _owed(document: Document, candidate: Candidate) -> bool:
    """Whether an amount's line names what is owed ('BALANCE DUE $3,387.50' under 'TOTAL
    3,387.50': the total owed, no second sum of the charges)."""
    return any(
        label.field == "amount_due"
        for line in document.layout(candidate.page).lines
        if line.bbox[1] <= _middle(candidate.bbox) <= line.bbox[3]
        for segment in line.segments
        for hit in document.hits_in(segment)
        for label in hit.labels
    )


def _lines_between(
    document: Document, upper: Candidate, lower: Candidate, *, panels: bool = True
) -> list[Line]:
    """The lines of the page printed between two amounts of the totals block, reaching
    their column (not a note's last line printed beside the block); without ``panels``,
    none wholly right of it either (a panel's 'CUSTOMER ID' beside the block)."""
    column = min(upper.bbox[0], lower.bbox[0])
    right = max(upper.bbox[2], lower.bbox[2]) if not panels else float("inf")
    return [
        line
        for line in document.layout(upper.page).lines
        if _middle(upper.bbox) < _middle(line.bbox) < _middle(lower.bbox)
        and line.bbox[2] >= column
        and line.bbox[0] <= right
        and not _holds(line, upper.bbox)
        and not _holds(line, lower.bbox)
    ]


def _middle(box: tuple[float, float, float, float]) -> float:
    return (box[1] + box[3]) / 2


def _holds(line: Line, box: tuple[float, float, float, float]) -> bool:
    return any(
        w.bbox[0] <= box[0] + 1
        and box[2] <= w.bbox[2] + 1
        and abs(_middle(w.bbox) - _middle(box)) < 1
        for w in line.words
    )


def _charge(document: Document, line: Line) -> bool:
    """A line that adds to what is paid at the till: a rounding, or a tip or service
    charge (no field of ours); a deposit, a payment or an earlier balance is not one."""
    words = tokens(line.text)
    tender = (*structure_tokens("tender_words"), *structure_tokens("change_words"))
    if any(words[: len(w)] == w for w in tender):
        return False  # 'CASH 20.00', 'CHANGE 10.00': money handed over, not charged
    return not any(
        label.field in NOT_CHARGES
        for segment in line.segments
        for hit in document.hits_in(segment)
        for label in hit.labels
    )


NOT_CHARGES = ("payments", "previous_balance", "amount_due", "discount", "subtotal", "total")


def _last_amount(document: Document, text: str) -> Decimal | None:
    amount = parse_amount(fix_ocr_digits(text), document.conventions)
    return amount.value if amount is not None else None


TAX_LINES_FACTOR = 0.9  # of the weakest tax line's score
LINE_STEP = 2.5  # word heights between one tax line and the next


def tax_lines_sum(document: Document, candidates: list[Candidate]) -> Candidate | None:
    """One tax line per rate ('MwSt. 19 %', 'MwSt. 7 %') or per authority ('GST', 'PST'),
    printed one under the other: together they are the tax. Proposed beside the single
    lines; the arithmetic of the totals decides between them."""
    lines = sorted(
        (c for c in candidates if c.field == "tax" and c.method in ("label_right", "label_inline")),
        key=lambda c: (c.page, c.bbox[1]),
    )
    run: list[Candidate] = []
    for candidate in lines:
        if run and (
            candidate.page != run[-1].page
            or candidate.bbox[1] - run[-1].bbox[3]
            > LINE_STEP * document.layout(candidate.page).word_height
        ):
            if len(run) >= 2:
                break
            run = []
        if not run or candidate.bbox[1] >= run[-1].bbox[3] - 1:  # the next line down
            run.append(candidate)
    if len(run) < 2:
        return None
    total = sum((Decimal(c.value) for c in run), Decimal(0))
    words = [w for c in run for w in _words_in(document, c)]
    score = min(c.score for c in run) * TAX_LINES_FACTOR
    text = " + ".join(c.text for c in run)
    return make("tax", money(total), words, run[0].page, "sum_of_tax_lines", score, text)


def _words_in(document: Document, candidate: Candidate) -> list[Word]:
    x0, y0, x1, y1 = candidate.bbox
    page = document.layout(candidate.page).page
    return [
        w
        for w in page.words
        if x0 - 1 <= w.bbox[0]
        and w.bbox[2] <= x1 + 1
        and y0 - 1 <= w.bbox[1]
        and w.bbox[3] <= y1 + 1
    ]
