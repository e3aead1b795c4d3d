"""The extractor for till receipts: the invoice extractor's fields, read as a till prints
them. Nothing was owed before a sale at a till, so the amount due is the sale's total
when no line names the total itself ('AMOUNT DUE 7.50' over 'VISA 7.50'); and what was
paid in cash less the change handed back is the total ('CASH 50.00', 'CHANGE 21.65'), a
check on the total's own reading.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from extract.context import Document
from extract.formats import Amount, fix_ocr_digits, has_decimals, money, parse_amount
from extract.invoice import extract_invoice
from extract.layout import Line, union
from extract.model import Check, ExtractedField, LineItem
from extract.till_header import firm_up
from extract.till_layout import speck
from extract.vocab import structure_tokens

DUE_AS_TOTAL = 0.9  # a little less sure than a total's own label
DUE_DATED = 0.85  # and less again on a bill owed by a date
PAID_GAIN = 0.6  # share of the remaining doubt that cash less change agreeing removes
PAID_FAIL = 0.7  # a total the cash and change contradict: a digit misread in one of them
PAID_ALONE = 0.55  # the total from cash less change when no line names it

Fields = dict[str, ExtractedField]


def extract_sale(document: Document) -> tuple[Fields, tuple[LineItem, ...], tuple[Check, ...]]:
    """An invoice, checked by the cash and change a till printed on it ('TAX INVOICE'
    slips of a shop's till)."""
    fields, items, checks = extract_invoice(document)
    # paid at once ('Total Payable' on a bakery's tax invoice), or owed by a date: then a
    # balance carried over may hide in it unprinted
    fields = _due_as_total(fields, DUE_DATED if "due_date" in fields else 1.0)
    paid = _cash_less_change(document)
    if paid is not None and "total" in fields:
        fields, check = _check_total(fields, *paid)
        checks = (*checks, check)
        fields = firm_up(document, fields)  # cash and change: a till's slip
    return fields, items, checks


def extract_receipt(document: Document) -> tuple[Fields, tuple[LineItem, ...], tuple[Check, ...]]:
    fields, items, checks = extract_invoice(document)
    fields = _due_as_total(fields)
    due, total = fields.get("amount_due"), fields.get("total")
    if due and total and due.bbox == total.bbox and total.method != "amount_due_at_till":
        # 'TOTAL NETO A PAGAR EN CAJA  $564.36': a total's label, the sale paid at the till;
        # 'AMOUNT DUE  10.47' alone names what is due, the total taken from it
        fields = {name: f for name, f in fields.items() if name != "amount_due"}
    paid = _cash_less_change(document)
    if paid is not None:
        fields, check = _check_total(fields, *paid)
        checks = (*checks, check)
    return firm_up(document, fields), items, checks


def _due_as_total(fields: Fields, doubt: float = 1.0) -> Fields:
    """The amount due as the total when no line names the total and nothing was owed
    before."""
    due = fields.get("amount_due")
    if "total" in fields or due is None or "previous_balance" in fields:
        return fields
    confidence = round(due.confidence * DUE_AS_TOTAL * doubt, 3)
    total = replace(due, name="total", confidence=confidence, method="amount_due_at_till")
    return {**fields, "total": total}


def _check_total(fields: Fields, paid: Decimal, where: ExtractedField) -> tuple[Fields, Check]:
    name = "cash_less_change_equals_total"
    total = fields.get("total")
    if total is None:
        found = replace(where, confidence=PAID_ALONE)
        return {**fields, "total": found}, Check(name, True, f"paid {paid}", ("total",))
    options = [total, *total.alternatives]
    same = next((o for o in options if Decimal(o.value) == paid), None)
    detail = f"paid {paid} vs total {total.value}"
    if same is None:
        lowered = replace(total, confidence=round(total.confidence * PAID_FAIL, 3))
        return {**fields, "total": lowered}, Check(name, False, detail, ("total",))
    confidence = max(same.confidence, total.confidence)
    confidence = round(confidence + (1 - confidence) * PAID_GAIN, 3)
    others = tuple(o for o in options if o is not same)
    chosen = replace(same, confidence=confidence, alternatives=others)
    return {**fields, "total": chosen}, Check(name, True, detail, ("total",))


def _cash_less_change(document: Document) -> tuple[Decimal, ExtractedField] | None:
    """Cash tendered less the change on the line after it, as a field placed on the
    tender's amount; None without both."""
    cash_words, change_words = structure_tokens("cash_words"), structure_tokens("change_words")
    for layout in document.layouts:
        lines = layout.lines
        for index in range(len(lines) - 1):
            cash = _opening_amount(document, lines, index, cash_words)
            if cash is None:
                continue
            held = cash[1].index
            change = next(
                (a for a in (_opening_amount(document, lines, n, change_words)
                             for n in range(held + 1, min(held + 3, len(lines))))
                 if a is not None),
                None,
            )  # fmt: skip
            if change is None or not 0 <= change[0].value < cash[0].value:
                return None  # 'CHANGE 0' with its cents lost is no reading
            paid = cash[0].value - change[0].value
            box = union([w.bbox for w in cash[1].segments[-1].words])
            field = ExtractedField(
                "total", money(paid), cash[1].text, PAID_ALONE, layout.number, box,
                "cash_less_change",
            )  # fmt: skip
            return paid, field
    return None


def _opening_amount(
    document: Document, lines: tuple[Line, ...], index: int, openings: tuple[tuple[str, ...], ...]
) -> tuple[Amount, Line] | None:
    """The amount at the end of a line that opens with one of ``openings``, or alone at
    the right of the next line ('CASH TEND' over '$77.96' on a narrow slip), with the
    line holding it."""
    line = lines[index]
    opening = line.segments[0].tokens
    if not any(opening[: len(o)] == o for o in openings):
        return None
    own = _end_amount(document, line) if len(line.segments) >= 2 else None
    if own is not None or index + 1 >= len(lines):
        return (own, line) if own is not None else None
    wrapped = lines[index + 1]
    alone = all(speck(s.text) for s in wrapped.segments[:-1])
    right = wrapped.segments[-1].bbox[0] > line.segments[0].bbox[2]
    amount = _end_amount(document, wrapped) if alone and right else None
    return (amount, wrapped) if amount is not None else None


def _end_amount(document: Document, line: Line) -> Amount | None:
    amount = parse_amount(fix_ocr_digits(line.segments[-1].text), document.conventions)
    return amount if amount is not None and has_decimals(amount) else None
