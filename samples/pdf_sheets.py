"""Whole pages of the layouts added with H46-H50 that the invoice renderer's single column
cannot hold: a small service company's invoice in two columns (a shaded left column with
the company, the customer, the service property and where to mail checks; on the right
the title, the details, the line items and the totals) and a supply store's counter
ticket for a sale charged to the customer's account, on a half-letter page."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.pdf_base import GREY, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx, contact_lines, meta_pairs, party_blocks
from samples.pdf_table import (
    HEADER_HEIGHT,
    build_table,
    draw_rows,
    draw_totals,
    paginate,
    row_label,
    row_value,
    sku,
    totals_height,
)

SIDEBAR = 196.0  # the shaded left column of the two-column invoice
PAD = 22.0
HALF_LETTER = (396.0, 612.0)


@dataclass
class ColumnCtx(Ctx):
    """A drawing context whose column runs from ``margin`` to ``edge`` instead of the
    page's margins, so that the table and totals fill only the right-hand column."""

    edge: float = 0.0

    @property
    def width(self) -> float:
        return self.edge - self.margin

    @property
    def right(self) -> float:
        return self.edge


def _canvas(doc: Document, size: tuple[float, float]) -> tuple[io.BytesIO, Canvas, Pen]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    return buffer, canvas, Pen(canvas, size[0], size[1], doc.layout["font"], doc.layout["accent"])


# --- two columns -----------------------------------------------------------------------


def render_two_column(doc: Document) -> tuple[bytes, int]:
    """The PDF of a two-column invoice and its page count."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = ColumnCtx(pen, doc, Fmt.of(doc), SIDEBAR + 26, edge=pen.width - 36)
    table = build_table(c)
    top = _column_head(c, 40.0)
    limit = pen.height - 70
    pages = paginate(
        table.heights,
        limit - top - HEADER_HEIGHT,
        limit - 80 - HEADER_HEIGHT,
        totals_height(c) + 16,
    )
    lab = doc.labels
    for number, (first, end) in enumerate(pages, start=1):
        pen.rect(0, 0, SIDEBAR, pen.height, fill=pen.pale)
        if number == 1:
            _sidebar(c)
        else:
            canvas.showPage()
            pen.rect(0, 0, SIDEBAR, pen.height, fill=pen.pale)
            pen.text(
                PAD, 60, doc.vendor_name, 11, bold=True, color=pen.accent, fit=SIDEBAR - 2 * PAD
            )
            ref = f"{lab['invoice_number']} {doc.invoice_number} {lab['continued_header']}"
            pen.text(c.right, 60, ref, 9, align="right", fit=c.width)
            top = 80.0
        bottom = draw_rows(c, table, first, end, top)
        if number < len(pages):
            more = lab["continued_footer"]
            pen.text(c.right, bottom + 16, more, 8.5, italic=True, align="right", color=GREY)
        else:
            draw_totals(c, bottom)
        if len(pages) > 1:
            page = lab["page"].format(n=number, m=len(pages))
            pen.text(c.margin + c.width / 2, pen.height - 36, page, 8, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _sidebar(c: Ctx) -> None:
    """The company, then the customer, the service property and where to mail checks,
    each under a small heading; the notes and thanks at the foot of the column."""
    pen, doc, lab = c.pen, c.doc, c.labels
    room = SIDEBAR - 2 * PAD
    draw_logo(pen, doc.logo, PAD, 40, 40, initials(doc.vendor_name))
    pen.text(PAD, 100, doc.vendor_name, 12, bold=True, color=pen.accent, fit=room)
    y = 104.0
    for line in contact_lines(doc):
        y += 11
        pen.text(PAD, y, line, 8.5, color=GREY, fit=room)
    y += 14
    for heading, lines, bold_first in party_blocks(c):
        y += 18
        pen.text(PAD, y, heading.upper(), 7.5, bold=True, color=pen.accent, fit=room)
        pen.line(PAD, y + 3, SIDEBAR - PAD, y + 3, color=pen.accent, width=0.5)
        y += 4
        for k, line in enumerate(lines):
            y += 11
            pen.text(PAD, y, line, 9, bold=bold_first and k == 0, fit=room)
    notes = pen.wrap(lab["notes"], 7.5, room)
    base = pen.height - 60 - 9 * len(notes)
    for k, text in enumerate(notes):
        pen.text(PAD, base + 9 * k, text, 7.5, italic=True, color=GREY)
    pen.text(PAD, pen.height - 40, lab["thanks"], 8.5, bold=True, color=pen.accent, fit=room)


def _column_head(c: Ctx, y: float) -> float:
    """The title at the top of the right-hand column over the details, two to a row,
    each a small label over its value."""
    pen = c.pen
    pen.text(c.margin, y + 22, c.title, 24, bold=True, color=pen.accent, fit=c.width)
    pen.line(c.margin, y + 32, c.right, y + 32, color=pen.accent, width=1.2)
    pairs = meta_pairs(c.doc, c.fmt)
    half = c.width / 2
    y += 48
    for i, (label, value) in enumerate(pairs):
        x = c.margin + (i % 2) * half
        base = y + (i // 2) * 30
        pen.text(x, base, label, 8, color=GREY, fit=half - 8)
        pen.text(x, base + 13, value, 10.5, bold=True, fit=half - 8)
    return y + 30 * ((len(pairs) + 1) // 2) + 8


# --- counter ticket --------------------------------------------------------------------


def render_counter(doc: Document) -> tuple[bytes, int]:
    """The PDF of a counter ticket charged to an account (one half-letter page)."""
    buffer, canvas, pen = _canvas(doc, HALF_LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), 24.0)
    y = _counter_head(c, 20.0)
    y = _counter_parties(c, y)
    y = _counter_items(c, y)
    y = _counter_totals(c, y)
    _counter_foot(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _counter_head(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    room = c.width - 150
    draw_logo(pen, doc.logo, c.margin, y, 30, initials(doc.vendor_name))
    pen.text(c.margin + 38, y + 11, doc.vendor_name, 11, bold=True, fit=room - 38)
    base = y + 12
    for line in contact_lines(doc):
        base += 9
        pen.text(c.margin + 38, base, line, 7.5, color=GREY, fit=room - 38)
    pen.text(c.right, y + 12, c.title, 13, bold=True, align="right")
    pen.text(c.right, y + 27, lab["invoice_number"], 7.5, align="right", color=GREY)
    pen.text(c.right, y + 41, doc.invoice_number, 13, bold=True, align="right")
    y = max(base, y + 44) + 8
    pen.line(c.margin, y, c.right, y, width=1.2)
    pen.line(c.margin, y + 2.5, c.right, y + 2.5, width=0.5)
    y += 14
    stamp = [
        (lab["invoice_date"], c.fmt.date(doc.invoice_date)),
        (lab["time"], ex["time"]),
        (lab["register"], ex["register"]),
        (lab["clerk"], ex["clerk"]),
    ]
    x = c.margin
    for label, value in stamp:
        pen.text(x, y, label, 7, color=GREY)
        x += pen.measure(label, 7) + 4
        pen.text(x, y, value, 8, bold=True)
        x += pen.measure(value, 8, True) + 12
    pen.line(c.margin, y + 5, c.right, y + 5, dash=(2, 2), width=0.5)
    return y + 18


def _counter_parties(c: Ctx, y: float) -> float:
    """The customer sold to on the left; the charge account, PO and terms boxed on the
    right; the job site or delivery address on one line under both."""
    pen, doc, lab = c.pen, c.doc, c.labels
    left_w = c.width - 150
    pen.text(c.margin, y, lab["bill_to"], 7.5, bold=True)
    lines = [doc.customer_name or ""]
    if doc.extras.get("attn"):
        lines.append(doc.extras["attn"])
    lines += doc.bill_to_lines or []
    for k, line in enumerate(lines):
        pen.text(c.margin, y + 12 + 10 * k, line, 8, bold=k == 0, fit=left_w - 8)
    left = y + 12 + 10 * len(lines)
    x, w = c.right - 140, 140.0
    rows = []
    if doc.po_number:
        rows.append((lab["po_number"], doc.po_number))
    if doc.terms:
        rows.append((lab["terms"], doc.terms))
    height = 36 + 11 * len(rows)
    pen.rect(x, y - 9, w, height, stroke=pen.fill_accent, width=1)
    pen.rect(x, y - 9, w, 12, fill=pen.pale)
    pen.text(x + w / 2, y, lab["account_number"], 7.5, bold=True, align="center")
    pen.text(x + w / 2, y + 17, doc.account_number or "", 12, bold=True, align="center")
    for k, (label, value) in enumerate(rows):
        base = y + 31 + 11 * k
        pen.text(x + 5, base, label, 7, color=GREY)
        pen.text(x + w - 5, base, value, 7.5, bold=True, align="right", fit=w * 0.55)
    y = max(left, y - 9 + height) + 6
    if doc.service_lines:
        head = f"{lab['service_address']}: "
        pen.text(c.margin, y + 4, head, 7, bold=True)
        x = c.margin + pen.measure(head, 7, True)
        pen.text(x, y + 4, ", ".join(doc.service_lines), 7.5, fit=c.right - x)
        y += 12
    return y + 4


def _counter_items(c: Ctx, y: float) -> float:
    """SKU, product, quantity, price each and extension, one line per item."""
    pen, fmt, lab = c.pen, c.fmt, c.labels
    desc_x, qty_x, price_x = c.margin + 50, c.margin + 226, c.margin + 282
    pen.line(c.margin, y, c.right, y, width=0.6)
    y += 10
    pen.text(c.margin, y, lab["item"], 7, bold=True)
    pen.text(desc_x, y, lab["description"], 7, bold=True)
    pen.text(qty_x, y, lab["quantity"], 7, bold=True, align="right")
    pen.text(price_x, y, lab["unit_price"], 7, bold=True, align="right")
    pen.text(c.right, y, lab["amount"], 7, bold=True, align="right")
    pen.line(c.margin, y + 4, c.right, y + 4, width=0.6)
    y += 4
    for line in c.doc.lines:
        y += 12
        qty = fmt.quantity(line.quantity) if line.quantity is not None else "1"
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        pen.text(c.margin, y, sku(line), 7.5)
        pen.text(desc_x, y, line.description, 7.5, fit=qty_x - desc_x - 30)
        pen.text(qty_x, y, qty, 7.5, align="right")
        pen.text(price_x, y, price, 7.5, align="right")
        pen.text(c.right, y, fmt.amount(line.amount), 7.5, align="right")
    y += 7
    pen.line(c.margin, y, c.right, y, dash=(2, 2), width=0.5)
    return y


def _counter_totals(c: Ctx, y: float) -> float:
    pen = c.pen
    rows = c.doc.totals
    for row in rows:
        last = row.key == "total"
        y += 16 if last else 12
        size = 9 if last else 8
        if last:
            pen.rect(c.right - 250, y - 11, 250, 16, stroke=pen.fill_accent, width=1)
        pen.text(c.right - 82, y, row_label(c, row), size, bold=last, align="right")
        pen.text(c.right - 4, y, row_value(c, row), size, bold=last, align="right")
    return y + 10


def _counter_foot(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y += 30
    half = c.width / 2
    for k, label in enumerate((lab["picked_up"], lab["signature"])):
        x = c.margin + k * (half + 8)
        pen.line(x, y, x + half - 8, y, width=0.6)
        pen.text(x, y + 9, label, 7, color=GREY)
    y += 26
    for k, text in enumerate(pen.wrap(lab["notes"], 6.5, c.width)):
        pen.text(c.margin, y + 8 * k, text, 6.5, color=GREY)
    bottom = pen.height - 26
    pen.text(c.margin + c.width / 2, bottom, lab["thanks"], 8, bold=True, align="center")
    pen.text(c.margin + c.width / 2, bottom - 12, doc.invoice_number, 7, align="center")
