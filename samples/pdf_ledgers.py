"""Blocks of the layouts added with H61-H64: a service contract's coverage bar under the
details (the period billed, the agreement and how often it is billed), a Spanish-style head
with the issuer's and the recipient's data in two framed boxes whose headings sit on the
frame, a waste hauler's balance written as a sum in boxes with the operators between them
("previous balance - payments + new charges = amount due"), and a bookkeeping app's head
(logo on the left, title and company on the right) with the amount due as the last,
shaded line of the details. Each draws from ``y`` down and returns where it ended."""

from __future__ import annotations

from reportlab.lib.colors import white

from samples.pdf_base import BLACK, GREY, LIGHT, draw_logo, initials
from samples.pdf_blocks import Ctx, contact_lines, meta_box, meta_pairs, meta_row, parties
from samples.pdf_table import row_value

OPERATORS = {"payments": "-", "current_charges": "+", "amount_due": "="}


# --- H61: a service contract's coverage ----------------------------------------------------


def meta_coverage(c: Ctx, y: float) -> float:
    """The parties on the left, the boxed details on the right, then a shaded bar across
    the page with the period the invoice covers ("Contract Coverage: 04/01/2026 through
    06/30/2026"), the agreement number and the billing frequency (neither in the truth)."""
    pen, doc, lab = c.pen, c.doc, c.labels
    assert doc.period is not None
    w = c.width * 0.42
    left = parties(c, c.margin, y, c.width - w - 14)
    y = max(left, meta_box(c, c.right - w, y, w))
    pen.rect(c.margin, y, c.width, 22, fill=pen.pale)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    pen.line(c.margin, y + 22, c.right, y + 22, color=pen.accent, width=1)
    head = f"{lab['service_period']}: "
    pen.text(c.margin + 8, y + 15, head, 9.5, bold=True, color=pen.accent)
    x = c.margin + 8 + pen.measure(head, 9.5, True)
    pen.text(x, y + 15, c.fmt.period(*doc.period, lab["period_sep"]), 10, bold=True)
    contract = f"{lab['agreement']} {doc.extras['contract']}  ·  {lab['frequency']}"
    pen.text(c.right - 8, y + 15, contract, 8, align="right", color=GREY, fit=c.width * 0.4)
    return y + 36


# --- H62: issuer and recipient boxes -------------------------------------------------------


def header_issuer_boxes(c: Ctx, y: float) -> float:
    """Logo and company on the left, the title on the right; under them two framed boxes
    side by side, the issuer's data (name, address, phone, tax id) and the recipient's,
    each heading set on the frame's top edge as a legend."""
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, y, 42, initials(doc.vendor_name))
    room = c.width - 52 - pen.measure(c.title, 20, True) - 24
    pen.text(c.margin + 52, y + 25, doc.vendor_name, 14, bold=True, color=pen.accent, fit=room)
    pen.text(c.right, y + 25, c.title, 20, bold=True, align="right", color=pen.accent)
    top = y + 62
    w = (c.width - 16) / 2
    attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
    boxes = [
        (lab["issuer"], [doc.vendor_name, *contact_lines(doc)]),
        (lab["bill_to"], [doc.customer_name or "", *attn, *(doc.bill_to_lines or [])]),
    ]
    height = 16 + 11.5 * max(len(lines) for _, lines in boxes) + 4
    for k, (heading, lines) in enumerate(boxes):
        x = c.margin + k * (w + 16)
        pen.rect(x, top, w, height, stroke=pen.accent, width=0.8)
        legend = heading.upper()
        pen.rect(x + 10, top - 5, pen.measure(legend, 7.5, True) + 10, 10, fill=white)
        pen.text(x + 15, top + 3, legend, 7.5, bold=True, color=pen.accent)
        for i, line in enumerate(lines):
            base = top + 18 + 11.5 * i
            pen.text(x + 10, base, line, 9.5 if i == 0 else 9, bold=i == 0, fit=w - 20)
    return top + height + 16


def meta_issuer_row(c: Ctx, y: float) -> float:
    """The details in a row of cells, labels over values; the job site on one line under
    it ("Ubicación de la obra: ..."). The recipient stands in the header's box."""
    pen, doc = c.pen, c.doc
    y = meta_row(c, y)
    if doc.service_lines:
        head = f"{c.labels['service_address']}: "
        pen.text(c.margin, y, head, 9, bold=True, color=pen.accent)
        x = c.margin + pen.measure(head, 9, True)
        pen.text(x, y, ", ".join(doc.service_lines), 9, fit=c.right - x)
        y += 16
    return y


# --- H63: the balance as a sum ---------------------------------------------------------------


def equation_summary(c: Ctx, y: float) -> float:
    """The account summary as boxes in a row with the operators between them: previous
    balance - payments + new charges = amount due (the last box shaded). The payments
    stand unsigned after their minus sign."""
    pen, lab = c.pen, c.labels
    rows = c.doc.summary
    pen.text(c.margin, y + 10, lab["summary"].upper(), 9, bold=True, color=pen.accent)
    top, gap = y + 17, 26.0
    cell = (c.width - gap * (len(rows) - 1)) / len(rows)
    for i, row in enumerate(rows):
        x = c.margin + i * (cell + gap)
        last = row.key == "amount_due"
        fill = pen.fill_accent if last else None
        pen.rect(x, top, cell, 42, fill=fill, stroke=pen.accent, width=0.8)
        mid, color, room = x + cell / 2, pen.on_accent if last else pen.accent, cell - 8
        pen.text(mid, top + 14, lab[row.key], 7.5, bold=True, align="center", color=color, fit=room)
        color = pen.on_accent if last else BLACK
        pen.text(mid, top + 33, row_value(c, row), 12, bold=True, align="center", color=color)
        if i:  # the operator between this box and the one before
            sign = OPERATORS[row.key]
            pen.text(x - gap / 2, top + 27, sign, 16, bold=True, align="center", color=GREY)
    return top + 54


# --- H64: a bookkeeping app's invoice ----------------------------------------------------------


def header_app(c: Ctx, y: float) -> float:
    """A large logo on the left; on the right the title, then the company's name and
    contact lines flush right; a light rule across the page under both."""
    pen, doc = c.pen, c.doc
    draw_logo(pen, doc.logo, c.margin, y, 58, initials(doc.vendor_name))
    pen.text(c.right, y + 22, c.title, 22, align="right", color=pen.accent)
    base = y + 42
    pen.text(c.right, base, doc.vendor_name, 11, bold=True, align="right", fit=c.width - 90)
    for line in contact_lines(doc):
        base += 11
        pen.text(c.right, base, line, 8.5, align="right", color=GREY, fit=c.width - 90)
    bottom = max(base, y + 58) + 12
    pen.line(c.margin, bottom, c.right, bottom, color=LIGHT, width=1)
    return bottom + 16


def meta_due_row(c: Ctx, y: float) -> float:
    """The parties on the left; on the right the details, labels flush right against the
    values, the amount due ("Amount Due (USD): $1,234.00") last on a shaded line."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    w = c.width * 0.46
    left = parties(c, c.margin, y, c.width - w - 14)
    pairs = [(label, value) for label, value in meta_pairs(doc, fmt) if label != lab["currency"]]
    pairs.append((lab["amount_due"], fmt.money(doc.due_amount)))
    x, gutter = c.right - w, c.right - w * 0.4
    for i, (label, value) in enumerate(pairs):
        base = y + 12 + 15 * i
        last = i == len(pairs) - 1
        if last:
            pen.rect(x, base - 11, w, 16, fill=pen.pale)
        pen.text(gutter - 8, base, f"{label}:", 8.5, bold=True, align="right", fit=w * 0.58)
        size = 9.5 if last else 9
        pen.text(c.right - 6, base, value, size, bold=last, align="right", fit=w * 0.38)
    return max(left, y + 12 + 15 * len(pairs) + 8)


def app_footer(c: Ctx) -> None:
    """The app the invoice was made with, in small light type at the foot of the page."""
    pen = c.pen
    made = c.labels["app"].format(app=c.doc.extras.get("app", ""))
    pen.text(c.margin + c.width / 2, pen.height - 44, made, 7, align="center", color=LIGHT)
