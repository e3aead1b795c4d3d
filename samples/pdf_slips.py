"""Blocks of the layouts added with H51-H55: an "Account" panel of details in two columns
beside the vendor, the details on one line of pairs between vertical bars, a remittance
stub at the top of the page above a perforation, the service period said in a sentence,
and a phone app's invoice: one narrow centred column, each label over its value, each
item's "qty x price = amount" under its description."""

from __future__ import annotations

import io

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.pdf_base import GREY, LIGHT, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import (
    Ctx,
    contact_lines,
    header_logo_left,
    meta_box,
    meta_pairs,
    parties,
    party_blocks,
)
from samples.pdf_table import row_label, row_value

STUB_TOP = 168.0  # the remittance stub above the perforation
MOBILE_WIDTH = 306.0  # a phone app's page: narrow, as tall as its content


# --- account panel ---------------------------------------------------------------------


def header_account_panel(c: Ctx, y: float) -> float:
    """The vendor on the left; on the right the title over a boxed panel headed "Account"
    whose details stand as label / value pairs in two columns."""
    pen, doc = c.pen, c.doc
    w = c.width * 0.52
    x = c.right - w
    draw_logo(pen, doc.logo, c.margin, y, 44, initials(doc.vendor_name))
    room = c.width - w - 70
    pen.text(c.margin + 54, y + 14, doc.vendor_name, 12.5, bold=True, color=pen.accent, fit=room)
    bottom = y + 16
    for line in contact_lines(doc):
        bottom += 10.5
        pen.text(c.margin + 54, bottom, line, 8.5, color=GREY, fit=room)
    pen.text(c.right, y + 12, c.title, 15, bold=True, align="right", color=pen.accent)
    pairs = meta_pairs(doc, c.fmt)
    rows = (len(pairs) + 1) // 2
    top = y + 22
    height = 18 + 16 * rows + 6
    pen.rect(x, top, w, 16, fill=pen.fill_accent)
    pen.text(x + 8, top + 11.5, c.labels["panel"], 9, bold=True, color=pen.on_accent)
    pen.rect(x, top, w, height, stroke=pen.accent, width=0.8)
    half = w / 2
    pen.line(x + half, top + 16, x + half, top + height, color=LIGHT, width=0.5)
    for i, (label, value) in enumerate(pairs):
        left = x + (i // rows) * half
        base = top + 30 + 16 * (i % rows)
        pen.text(left + 6, base, label, 7.5, bold=True, fit=half * 0.5)
        pen.text(left + half - 6, base, value, 8.5, align="right", fit=half * 0.48)
    return max(bottom, top + height) + 18


# --- details on one line between bars ----------------------------------------------------


def meta_bar_line(c: Ctx, y: float) -> float:
    """The details as "Label: value | Label: value" on a shaded band (a second line only
    when they do not fit on one), then the parties across the page."""
    pen = c.pen
    parts = [f"{label}: {value}" for label, value in meta_pairs(c.doc, c.fmt)]
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]}  |  {part}" if lines else part
        if lines and pen.measure(joined, 9) <= c.width - 16:
            lines[-1] = joined
        else:
            lines.append(part)
    height = 8 + 13 * len(lines)
    pen.rect(c.margin, y, c.width, height, fill=pen.pale)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.8)
    pen.line(c.margin, y + height, c.right, y + height, color=pen.accent, width=0.8)
    for k, text in enumerate(lines):
        pen.text(c.margin + 8, y + 13 + 13 * k, text, 9, fit=c.width - 16)
    return parties(c, c.margin, y + height + 14, c.width)


# --- remittance stub at the top ----------------------------------------------------------


def header_stub_top(c: Ctx, y: float) -> float:
    """A remittance stub to detach and mail back: where to send the check, the account,
    invoice number, due date and amount; a perforation; then the invoice's own header."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y + 6, lab["stub"], 7.5, bold=True, color=GREY, fit=c.width)
    pen.text(c.margin, y + 26, lab["remit_to"], 8, bold=True, color=pen.accent)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin, y + 39 + 11 * k, line, 9.5, bold=k == 0, fit=c.width * 0.45)
    customer = [doc.customer_name or "", *(doc.bill_to_lines or [])]
    base = y + 52 + 11 * len(doc.remit_lines or [])
    for k, line in enumerate(customer[:2]):
        pen.text(c.margin, base + 12 + 10 * k, line, 8, color=GREY, fit=c.width * 0.45)
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    pairs.append((lab["amount_due"], fmt.money(doc.due_amount)))
    w = 250.0
    x = c.right - w
    pen.rect(x, y + 16, w, 16 * len(pairs) + 30, stroke=pen.accent, width=0.9)
    for k, (label, value) in enumerate(pairs):
        base = y + 31 + 16 * k
        last = k == len(pairs) - 1
        pen.text(x + 8, base, label, 8.5, bold=True)
        pen.text(c.right - 8, base, value, 10 if last else 9.5, bold=last, align="right")
    enclosed = y + 31 + 16 * len(pairs) + 2
    pen.text(x + 8, enclosed, f"{lab['enclosed']} $ ____________", 8, color=GREY)
    cut = y + STUB_TOP - 22
    pen.line(0, cut, pen.width, cut, color=GREY, width=0.7, dash=(3, 3))
    mid = pen.width / 2
    text_w = pen.measure(lab["perforation"], 7, False) + 12
    pen.rect(mid - text_w / 2, cut - 5, text_w, 10, fill=white)
    pen.text(mid, cut + 2.5, lab["perforation"], 7, italic=True, align="center", color=GREY)
    return header_logo_left(c, y + STUB_TOP)


# --- service period in a sentence ----------------------------------------------------------


def meta_period_sentence(c: Ctx, y: float) -> float:
    """The service period said in a sentence across the page; the other details unboxed
    on the right beside the parties."""
    pen, doc = c.pen, c.doc
    if doc.period:
        start, end = (c.fmt.date(day) for day in doc.period)
        text = c.labels["period_sentence"].format(start=start, end=end)
        pen.text(c.margin, y + 4, text, 10.5, bold=True, color=pen.accent, fit=c.width)
        y += 22
    w = c.width * 0.42
    left = parties(c, c.margin, y, c.width - w - 14)
    return max(left, meta_box(c, c.right - w, y, w, boxed=False))


# --- phone app --------------------------------------------------------------------------


def render_mobile(doc: Document) -> tuple[bytes, int]:
    """The PDF of an invoice made in a phone app: one narrow page as tall as its content."""
    height = _mobile(doc, io.BytesIO(), 4000.0) + 30
    buffer = io.BytesIO()
    _mobile(doc, buffer, height)
    return buffer.getvalue(), 1


def _mobile(doc: Document, buffer: io.BytesIO, height: float) -> float:
    canvas = Canvas(buffer, pagesize=(MOBILE_WIDTH, height), invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['title']} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, MOBILE_WIDTH, height, doc.layout["font"], doc.layout["accent"])
    c = Ctx(pen, doc, Fmt.of(doc), 24.0)
    y = _mobile_head(c, 24.0)
    y = _mobile_stack(c, y, [(label, [value]) for label, value in meta_pairs(doc, c.fmt)])
    y = _mobile_stack(c, y + 4, [(heading, lines) for heading, lines, _ in party_blocks(c)])
    y = _mobile_items(c, y + 6)
    y = _mobile_totals(c, y)
    y = _mobile_foot(c, y)
    canvas.save()
    return y


def _mobile_head(c: Ctx, y: float) -> float:
    pen, doc = c.pen, c.doc
    mid = c.margin + c.width / 2
    draw_logo(pen, doc.logo, mid - 18, y, 36, initials(doc.vendor_name))
    y += 54
    pen.text(mid, y, doc.vendor_name, 12.5, bold=True, align="center", fit=c.width)
    for line in contact_lines(doc):
        y += 11
        pen.text(mid, y, line, 8, align="center", color=GREY, fit=c.width)
    y += 26
    pen.text(mid, y, c.title, 15, bold=True, align="center", color=pen.accent)
    pen.line(c.margin, y + 9, c.right, y + 9, color=LIGHT, width=0.6)
    return y + 14


def _mobile_stack(c: Ctx, y: float, entries: list[tuple[str, list[str]]]) -> float:
    """Each label on its own line, its value (or lines) under it."""
    pen = c.pen
    for label, lines in entries:
        y += 14
        pen.text(c.margin, y, label, 7.5, color=GREY)
        for k, line in enumerate(lines):
            y += 12.5
            pen.text(c.margin, y, line, 9.5, bold=k == 0, fit=c.width)
        y += 3
    return y


def _mobile_items(c: Ctx, y: float) -> float:
    """The items under a shaded heading: the description, then "2 x 45.00 = 90.00"."""
    pen, fmt = c.pen, c.fmt
    pen.rect(c.margin - 6, y, c.width + 12, 16, fill=pen.pale)
    pen.text(c.margin, y + 11.5, c.labels["items"], 8.5, bold=True, color=pen.accent)
    y += 16
    for line in c.doc.lines:
        for text in pen.wrap(line.description, 9, c.width):
            y += 12
            pen.text(c.margin, y, text, 9)
        qty = fmt.quantity(line.quantity) if line.quantity is not None else "1"
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        y += 12
        pen.text(c.margin + 8, y, f"{qty} x {price} = {fmt.amount(line.amount)}", 8.5, color=GREY)
        y += 6
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4, dash=(1, 2))
    return y + 4


def _mobile_totals(c: Ctx, y: float) -> float:
    pen = c.pen
    for row in c.doc.totals:
        strong = row.key in ("total", "amount_due")
        y += 17 if strong else 14
        size = 10.5 if strong else 9
        pen.text(c.margin, y, row_label(c, row), size, bold=strong, fit=c.width * 0.6)
        pen.text(c.right, y, row_value(c, row), size, bold=strong, align="right")
    return y + 8


def _mobile_foot(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    mid = c.margin + c.width / 2
    pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.6)
    for text in [*pen.wrap(lab["pay_online"], 8, c.width), *pen.wrap(lab["notes"], 7.5, c.width)]:
        y += 11
        pen.text(mid, y, text, 7.5, align="center", color=GREY)
    y += 18
    pen.text(mid, y, lab["thanks"], 9.5, bold=True, align="center", color=pen.accent)
    made = lab["app"].format(app=doc.extras.get("app", ""), day=c.fmt.date(doc.invoice_date))
    y += 16
    pen.text(mid, y, made, 6.5, align="center", color=LIGHT)
    return y
