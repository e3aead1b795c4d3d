"""Blocks of the layouts added with H41-H45: an accounting package's head (the title over
a two-cell box of date and number) and its ruled row of header cells, labels in a left-hand
column with values at a fixed tab, a water bill's meter readings beside its account
snapshot, the reference and date in one line beside the title, and notes to the right of
the totals. Each draws from ``y`` down and returns where it ended."""

from __future__ import annotations

from samples.formats import group
from samples.pdf_base import BLACK, GREY
from samples.pdf_blocks import Ctx, _usage_chart, _vendor_block, meta_pairs, party_blocks
from samples.pdf_table import row_value

TAB = 150.0


def header_title_box(c: Ctx, y: float) -> float:
    """The vendor top left; on the right the title over a box of two cells, the date and
    the number each under a small heading, as small-business accounting packages print."""
    pen, doc, lab = c.pen, c.doc, c.labels
    box_w = 196.0
    x0 = c.right - box_w
    bottom = _vendor_block(c, c.margin, y + 14, x0 - c.margin - 24, name_size=14)
    pen.text(c.right, y + 20, c.title, 22, bold=True, align="right")
    top, half = y + 32, box_w / 2
    cells = [
        (lab["invoice_date"], c.fmt.date(doc.invoice_date)),
        (lab["invoice_number"], doc.invoice_number),
    ]
    pen.rect(x0, top, box_w, 14, fill=pen.pale)
    pen.rect(x0, top, box_w, 32, stroke=BLACK, width=0.7)
    pen.line(x0, top + 14, c.right, top + 14, color=BLACK, width=0.5)
    pen.line(x0 + half, top, x0 + half, top + 32, color=BLACK, width=0.5)
    for k, (label, value) in enumerate(cells):
        mid = x0 + half * k + half / 2
        pen.text(mid, top + 10, label, 7.5, bold=True, align="center", fit=half - 6)
        pen.text(mid, top + 27, value, 9.5, align="center", fit=half - 8)
    return max(bottom, top + 32) + 20


def meta_head_row(c: Ctx, y: float) -> float:
    """A ruled row of header cells across the page, each label over its value; a cell
    stays blank when the document has no such value, as accounting packages leave it."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cells = [
        (lab["po_number"], doc.po_number or ""),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["rep"], str(doc.extras.get("rep", ""))),
        (lab["project"], str(doc.extras.get("project", ""))),
    ]
    cell = c.width / len(cells)
    pen.rect(c.margin, y, c.width, 14, fill=pen.pale)
    pen.rect(c.margin, y, c.width, 32, stroke=BLACK, width=0.7)
    pen.line(c.margin, y + 14, c.right, y + 14, color=BLACK, width=0.5)
    for i, (label, value) in enumerate(cells):
        x = c.margin + i * cell
        if i:
            pen.line(x, y, x, y + 32, color=BLACK, width=0.5)
        pen.text(x + cell / 2, y + 10, label, 7.5, bold=True, align="center", fit=cell - 6)
        pen.text(x + cell / 2, y + 27, value, 9, align="center", fit=cell - 8)
    return y + 46


def meta_tab(c: Ctx, y: float) -> float:
    """Labels in a left-hand column, values at a fixed tab to their right, no colons; the
    customer, the job site and the remit-to address are set the same way, one line under
    the other at the tab."""
    pen = c.pen
    x, tab, room = c.margin, c.margin + TAB, c.width - TAB - 4
    base = y + 10
    for label, value in meta_pairs(c.doc, c.fmt):
        pen.text(x, base, label, 9, fit=TAB - 8)
        pen.text(tab, base, value, 9.5, bold=True, fit=room)
        base += 13
    base += 8
    for heading, lines, bold_first in party_blocks(c):
        pen.text(x, base, heading, 9, fit=TAB - 8)
        for k, line in enumerate(lines):
            pen.text(tab, base + 12 * k, line, 9.5, bold=bold_first and k == 0, fit=room)
        base += 12 * len(lines) + 8
    pen.line(c.margin, base - 2, c.right, base - 2, color=GREY, width=0.5)
    return base + 14


def meter_summary(c: Ctx, y: float) -> float:
    """A water bill's meter readings (serial, the period from and to in two cells, days,
    prior and present readings, gallons used) on the left over a usage chart; on the right
    the account snapshot: last bill, payment, new charges, the amount due by the due date
    and the amount owed after it (the latter outside the ground truth)."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.period is not None and doc.due_date is not None
    start, end = doc.period
    prior, present, used = doc.extras["reads"]
    heads = ["meter", "period_from", "period_to", "days", "prior_read", "present_read", "gallons"]
    values = [
        doc.extras["meter"],
        fmt.date(start),
        fmt.date(end),
        str((end - start).days),
        group(prior, "us", 0),
        group(present, "us", 0),
        group(used, "us", 0),
    ]
    left = c.width * 0.57
    pen.text(c.margin, y + 10, lab["meter_title"].upper(), 9, bold=True, color=pen.accent)
    top, cell = y + 15, left / len(heads)
    pen.rect(c.margin, top, left, 13, fill=pen.pale)
    pen.rect(c.margin, top, left, 29, stroke=pen.accent, width=0.6)
    for i, (key, value) in enumerate(zip(heads, values, strict=True)):
        x = c.margin + i * cell
        if i:
            pen.line(x, top, x, top + 29, color=pen.accent, width=0.4)
        pen.text(x + cell / 2, top + 9.5, lab[key], 6, bold=True, align="center", fit=cell - 3)
        pen.text(x + cell / 2, top + 24, value, 7.5, align="center", fit=cell - 3)
    rows = {row.key: row for row in doc.summary}
    paid = rows["payments"]
    paid_label = (
        lab["payment_on"].format(date=fmt.date(doc.extras["paid_on"]))
        if paid.amount
        else lab["payments"]
    )
    due = fmt.date(doc.due_date)
    lines = [
        (lab["previous_balance"], row_value(c, rows["previous_balance"]), False),
        (paid_label, row_value(c, paid), False),
        (lab["current_charges"], row_value(c, rows["current_charges"]), False),
        (lab["due_by"].format(date=due), row_value(c, rows["amount_due"]), True),
        (lab["late_after"].format(date=due), fmt.money(doc.extras["late_amount"]), False),
    ]
    x = c.margin + left + 14
    w = c.right - x
    height = 18 + 14 * len(lines)
    pen.rect(x, y, w, height, stroke=pen.accent, width=0.8)
    pen.rect(x, y, w, 15, fill=pen.fill_accent)
    pen.text(x + 6, y + 11, lab["summary"], 9, bold=True, color=pen.on_accent)
    for i, (label, value, strong) in enumerate(lines):
        base = y + 28 + 14 * i
        if strong:
            pen.rect(x + 2, base - 10, w - 4, 14, fill=pen.pale)
        pen.text(x + 6, base, label, 8, bold=strong, fit=w - 66)
        pen.text(c.right - 6, base, value, 8.5, bold=strong, align="right")
    _usage_chart(c, c.margin, y + 48, left, height - 48)
    return y + height + 10


def ref_beside_title(c: Ctx, y: float) -> float:
    """The invoice's reference and date in one line, flush right on the title's baseline
    ("Ref. 2026-0311 · 03/11/2026"); the letterhead head ends 18 points below it."""
    doc = c.doc
    text = c.labels["number_sentence"].format(
        number=doc.invoice_number, date=c.fmt.date(doc.invoice_date)
    )
    c.pen.text(c.right, y - 18, text, 11, bold=True, align="right", fit=c.width * 0.5)
    return y


def notes_right(c: Ctx, y: float) -> float:
    """The notes and thanks in the right-hand column, beside totals set on the left."""
    pen, lab = c.pen, c.labels
    x = c.margin + 280
    w = c.right - x
    pen.text(x, y + 22, lab["remarks"], 9, bold=True, color=pen.accent)
    pen.line(x, y + 25, c.right, y + 25, color=pen.accent, width=0.5)
    lines = pen.wrap(lab["notes"], 7.5, w)
    for k, text in enumerate(lines):
        pen.text(x, y + 36 + 9 * k, text, 7.5, italic=True, color=GREY)
    bottom = y + 36 + 9 * len(lines) + 8
    pen.text(x, bottom, lab["thanks"], 9, bold=True, color=pen.accent, fit=w)
    return bottom + 6
