"""Whole pages of the layouts added with H121-H125, documents of a property's upkeep: a
grounds contractor's monthly invoice with its visit log and a tear-off stub, a Puerto
Rican building-maintenance firm's factura with the two parties side by side, an elevator
contractor's quarterly invoice on a landscape page with the account's activity, a Mexican
pest-control firm's CFDI with its service certificate, and a locksmith's work order and
receipt written by hand on a stock pad."""

from __future__ import annotations

import io
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from samples.catalog import months
from samples.document import Document, Line
from samples.formats import WEEKDAYS_EN, amount_words_es, format_date
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx
from samples.pdf_desks import _total
from samples.pdf_more import _digest
from samples.pdf_routes import RIGHT_KEYS, _contact
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_tallies import _right_totals
from samples.pdf_trades import _customer, _para, _qr

VERA = ("Vera", "VeraBd", "VeraIt")  # Bitstream Vera, shipped with reportlab
RIGHT = (*RIGHT_KEYS, "crew", "hours")


def _vera(pen: Pen | None = None) -> None:
    """Bitstream Vera, registered once and embedded in the PDFs that use it; ``pen`` then
    writes with it instead of a built-in family (a layout's ``font`` "Vera")."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in zip(VERA, ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"), strict=True):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    if pen is not None:
        pen.fonts = VERA


def _sheet(doc: Document, size: tuple[float, float]) -> tuple[io.BytesIO, Canvas, Pen]:
    """A canvas of ``size`` and a pen in the layout's family and accent."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    title = doc.labels["receipt_title" if doc.kind == "receipt" else "title"]
    canvas.setTitle(f"{title.title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    family = doc.layout["font"]
    built_in = "Helvetica" if family == "Vera" else family
    pen = Pen(canvas, size[0], size[1], built_in, doc.layout["accent"])
    if family == "Vera":
        _vera(pen)
    return buffer, canvas, pen


def _heads(c: Ctx, cols: list[tuple[str, float, float]], y: float, size: float, **style) -> None:
    """Column heads on baseline ``y``, figures' heads right-aligned over them."""
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in RIGHT else (x + 4, "left")
        c.pen.text(at, y, c.labels[key], size, bold=True, align=align, fit=w - 6, **style)


# --- H121: a grounds contractor's monthly invoice with its visit log ----------------------

VL_MARGIN = 40.0
VL_STUB = 150.0  # the stub under the cut line
VL_FOOT = 30.0
VL_COLS = (
    ("date", 66.0),
    ("description", 0.0),
    ("crew", 34.0),
    ("hours", 52.0),
    ("quantity", 56.0),
    ("unit_price", 48.0),
    ("amount", 66.0),
)
VL_HEAD, VL_VISIT, VL_LINE, VL_NOTE = 16.0, 16.0, 12.5, 11.0
VL_LATER_TOP = 80.0


def render_visit_log(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the firm's masthead and title tab, the customer and the property on
    accent bars beside the bill's references, the agreement's strip, then the visit log
    (each visit's day, crew leader and times on a band, its crews' lines, a crew note on
    some), the totals beside the terms on the last page and a stub to tear off."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), VL_MARGIN)
    rows = _vl_rows(doc)
    heights = [{"visit": VL_VISIT, "line": VL_LINE, "note": VL_NOTE}[kind] for kind, _ in rows]
    # a visit's band stays with its first line, a crew note with the line above it
    glued = {
        k
        for k, (kind, _) in enumerate(rows)
        if kind == "visit" or (k + 1 < len(rows) and rows[k + 1][0] == "note")
    }
    bottom = pen.height - VL_FOOT
    closing = 40 + 15.0 * len(doc.totals) + VL_STUB
    first_room = bottom - _vl_first(c, measure=True) - VL_HEAD
    later_room = bottom - VL_LATER_TOP - VL_HEAD - VL_VISIT  # a visit carried over: its band
    pages = paginate(heights, first_room, later_room, closing, glued)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _vl_first(c) if number == 1 else _vl_later(c)
        shown = rows[start:end]
        if shown[0][0] != "visit":  # the visit goes on: its band again
            day = next(value[0] for kind, value in reversed(rows[:start]) if kind == "visit")
            shown = [("visit", (day, True)), *shown]
        y = _vl_table(c, top, shown)
        if number == len(pages):
            _vl_closing(c, y)
            _vl_stub(c)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 8, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(pen.width / 2, pen.height - 10, said, 6.8, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _vl_rows(doc: Document) -> list[tuple[str, Any]]:
    """The log's rows: each visit's band, its lines, and its crew note when it has one."""
    rows: list[tuple[str, Any]] = []
    visits, lines = doc.extras["visits"], doc.lines
    for index, line in enumerate(lines):
        if not index or line.day != lines[index - 1].day:
            rows.append(("visit", (line.day, False)))
        rows.append(("line", index))
        last = index + 1 == len(lines) or lines[index + 1].day != line.day
        if last and visits[line.day][3]:
            rows.append(("note", visits[line.day][3]))
    return rows


def _vl_schedule(c: Ctx) -> str:
    """The crews' days: "Weekly, Tuesdays", "Every other Friday"..."""
    day, other = c.doc.extras["route"]
    return c.labels[c.doc.extras["schedule"]].format(day=day, other=other)


def _vl_first(c: Ctx, *, measure: bool = False) -> float:
    """The masthead, parties, references and agreement strip; where the log starts."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    if draw:
        draw_logo(pen, doc.logo, c.margin, 26, 42, initials(doc.vendor_name))
        tab = 214.0
        room = c.width - tab - 64
        pen.text(c.margin + 52, 44, doc.vendor_name, 16, bold=True, color=pen.accent, fit=room)
        pen.text(c.margin + 52, 57, lab["tagline"], 8.2, italic=True, color=GREY, fit=room)
        pen.rect(c.right - tab, 24, tab, 26, fill=pen.accent)
        pen.text(
            c.right - tab / 2, 41.5, lab["title"], 10.5, bold=True, align="center", color=white
        )
        pen.text(c.right, 62, lab["subtitle"], 7.6, italic=True, align="right", color=GREY)
        pen.line(c.margin, 74, c.right, 74, color=pen.accent, width=1.4)
        pen.text(c.margin, 86, "  ·  ".join(doc.vendor_lines), 8, color=GREY, fit=c.width)
        pen.text(c.margin, 96.5, "  ·  ".join(_contact(doc)), 8, color=GREY, fit=c.width)
    y = 114.0
    left = c.width - 262
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    below = y
    for heading, lines in blocks:
        tall = 16 + 11 * len(lines)
        if draw:
            pen.rect(c.margin, below, 3, tall, fill=pen.accent)
            pen.text(c.margin + 10, below + 8, heading.upper(), 7.2, bold=True, color=pen.accent)
            for k, line in enumerate(lines):
                pen.text(c.margin + 10, below + 20 + 11 * k, line, 9.2, bold=k == 0, fit=left - 16)
        below += tall + 12
    assert doc.period is not None
    refs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
    ]
    if doc.due_date:
        refs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        refs.append((lab["terms"], doc.terms))
    if doc.po_number:
        refs.append((lab["po_number"], doc.po_number))
    x = c.right - 242
    across = y
    for label, value in refs:
        if draw:
            pen.text(x, across + 10, label, 7.4, color=GREY, fit=84)
            pen.text(c.right, across + 10, value, 8.8, bold=True, align="right", fit=150)
            pen.line(x, across + 14, c.right, across + 14, color=LIGHT, width=0.5)
        across += 15
    y = max(below, across + 10)
    if draw:
        pen.rect(c.margin, y, c.width, 17, fill=pen.pale)
        said = (
            f"{lab['agreement']}: {ex['agreement']}      {lab['schedule']}: {_vl_schedule(c)}"
            f"      {lab['visits']}: {len(ex['visits'])}"
        )
        pen.text(c.margin + 6, y + 11.8, said, 8, fit=c.width - 12)
        pen.text(c.margin, y + 36, lab["log"].upper(), 9, bold=True, color=pen.accent)
    return y + 42


def _vl_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 40, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 40, said, 9, bold=True, align="right")
    said = f"{lab['account_number']} {doc.account_number}"
    pen.text(c.right, 51, said, 7.8, align="right", color=GREY)
    pen.line(c.margin, 57, c.right, 57, color=pen.accent, width=1.2)
    said = f"{lab['log'].upper()} {lab['continued_visit']}"
    pen.text(c.margin, 73, said, 9, bold=True, color=pen.accent)
    return VL_LATER_TOP


def _vl_table(c: Ctx, y: float, rows: list[tuple[str, Any]]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, VL_COLS)
    pen.rect(c.margin, y, c.width, VL_HEAD, fill=pen.accent)
    _heads(c, cols, y + 11, 7.4, color=white)
    y += VL_HEAD
    crews, visits = doc.extras["crews"], doc.extras["visits"]
    desc_x, desc_w = cols[1][1], cols[1][2]
    for kind, value in rows:
        if kind == "visit":
            day, again = value
            leader, arrived, left, _ = visits[day]
            pen.rect(c.margin, y + 2, c.width, VL_VISIT - 3, fill=pen.pale)
            said = f"{WEEKDAYS_EN[day.weekday()]} {format_date(day, 'mdy_2')}"
            pen.text(c.margin + 4, y + 11.5, said, 8, bold=True)
            said = lab["leader"].format(name=leader, start=arrived, end=left)
            if again:
                said = f"{said} {lab['continued_visit']}"
            pen.text(desc_x + 4, y + 11.5, said, 7.6, italic=True, color=GREY, fit=c.width - 80)
            y += VL_VISIT
        elif kind == "line":
            line, crew = doc.lines[value], crews[value]
            base = y + 9.5
            pen.text(desc_x + 10, base, line.description, 8.4, fit=desc_w - 14)
            quantity = _value_text(c, line, "quantity")
            if line.unit != "MH":
                quantity = f"{quantity} {line.unit}"
            texts = {
                "crew": str(crew[0]) if crew else "",
                "hours": fmt.quantity(crew[1]) if crew else "",
                "quantity": quantity,
                "unit_price": _value_text(c, line, "unit_price"),
                "amount": _value_text(c, line, "amount"),
            }
            for key, x, w in cols[2:]:
                pen.text(x + w - 4, base, texts[key], 8.4, align="right")
            y += VL_LINE
        else:
            said = f"{lab['note']}: {value}"
            pen.text(desc_x + 10, y + 8.2, said, 7.4, italic=True, color=GREY, fit=desc_w + 180)
            y += VL_NOTE
    pen.line(c.margin, y + 2, c.right, y + 2, color=pen.accent, width=0.8)
    return y + 2


def _vl_closing(c: Ctx, y: float) -> None:
    pen, lab = c.pen, c.labels
    _right_totals(c, c.right - 250, y + 4, 15, 8.8, "band")
    end = _para(pen, c.margin, y + 18, lab["notes"], 7.4, c.width - 280, color=GREY)
    pen.text(c.margin, end + 16, lab["thanks"], 8.6, bold=True, italic=True, color=pen.accent)


def _vl_stub(c: Ctx) -> None:
    """Under the cut line: where to mail the payment (for a window envelope) and the
    customer number, bill, month and balance in ruled boxes, a blank for the amount sent."""
    pen, doc, lab = c.pen, c.doc, c.labels
    top = pen.height - VL_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(6, 3))
    pen.text(pen.width / 2, top + 10, lab["stub"], 6.8, italic=True, align="center", color=GREY)
    draw_logo(pen, doc.logo, c.margin, top + 18, 20, initials(doc.vendor_name))
    pen.text(c.margin + 27, top + 32, doc.vendor_name, 9.4, bold=True, fit=230)
    pen.text(c.margin, top + 56, lab["remit_to"], 7, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 14, top + 68 + 10.5 * k, line, 9, fit=240)
    assert doc.period is not None
    start = doc.period[0]
    due = doc.total_row("amount_due")
    assert due is not None
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["service_period"], f"{months('en')[start.month - 1]} {start.year}"),
        (row_label(c, due), row_value(c, due)),
    ]
    x, w, split = c.right - 250, 250.0, 112.0
    for k, (label, value) in enumerate(pairs):
        row = top + 22 + 19 * k
        pen.rect(x, row, split, 19, fill=pen.pale)
        pen.rect(x, row, w, 19, stroke=pen.accent, width=0.6)
        pen.text(x + 5, row + 12.5, label, 7.4, fit=split - 8)
        pen.text(x + w - 6, row + 12.5, value, 9, bold=k == 3, align="right", fit=w - split - 10)
    row = top + 22 + 19 * 4 + 9
    pen.text(x, row + 12, lab["enclosed"], 8, bold=True)
    pen.rect(x + split, row, w - split, 18, stroke=BLACK, width=0.8)
    pen.text(x + split + 6, row + 12.5, "$", 9)


# --- H122: a Puerto Rican building-maintenance firm's factura ----------------------------

BF_MARGIN = 46.0
BF_COLS = (
    ("item", 58.0),
    ("description", 0.0),
    ("quantity", 40.0),
    ("unit", 36.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)
BF_ROW, BF_WRAP, BF_HEAD = 14.0, 10.0, 18.0
BF_FOOT = 52.0
BF_LATER_TOP = 96.0


def render_building_factura(doc: Document) -> tuple[bytes, int]:
    """Letter pages in a serif face: the firm and the customer's framed box side by side,
    a double rule, the title and a ruled row of the factura's data, the period, contract
    and place of service, the concepts between column rules (the sum carried from page to
    page), then how to pay beside the framed totals; a legal line at every foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), BF_MARGIN)
    cols = _columns(c.margin, c.width, BF_COLS)
    heights = [
        BF_ROW + BF_WRAP * (len(pen.wrap(line.description, 9, cols[1][2] - 8)) - 1)
        for line in doc.lines
    ]
    bottom = pen.height - BF_FOOT
    closing = 26 + 17.0 * len(doc.totals) + 40
    first_room = bottom - _bf_first(c, measure=True) - BF_HEAD - BF_ROW
    later_room = bottom - BF_LATER_TOP - BF_HEAD - 2 * BF_ROW
    pages = paginate(heights, first_room, later_room, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _bf_first(c) if number == 1 else _bf_later(c)
        before = sum((line.amount for line in doc.lines[:start]), Decimal(0))
        y = _bf_table(c, cols, top, start, end, heights, before if number > 1 else None)
        if number == len(pages):
            _bf_closing(c, y + 12)
        else:
            carried = sum((line.amount for line in doc.lines[:end]), Decimal(0))
            x = cols[-2][1] + cols[-2][2] - 4
            pen.text(x, y + 13, c.labels["carried"], 9, bold=True, align="right")
            pen.text(c.right - 4, y + 13, c.fmt.amount(carried), 9, bold=True, align="right")
            pen.text(c.right, y + 28, c.labels["continued"], 8.4, italic=True, align="right")
        _bf_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _bf_first(c: Ctx, *, measure: bool = False) -> float:
    """The two columns, the title, the row of data and the place of service."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    half = c.width * 0.52
    lines = list(doc.vendor_lines)
    lines.append(f"{lab['phone']} {doc.vendor_phone}")
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    if draw:
        pen.text(c.margin, 52, doc.vendor_name, 16, bold=True, color=pen.accent, fit=half - 8)
        for k, line in enumerate(lines):
            pen.text(c.margin, 67 + 11 * k, line, 9.2, fit=half - 8)
    left_end = 67 + 11 * len(lines)
    x, w = c.margin + c.width * 0.56, c.width * 0.44
    customer = [*_customer(doc), f"{lab['account_number']}: {doc.account_number}"]
    tall = 24 + 11.5 * len(customer)
    if draw:
        pen.rect(x, 36, w, 16, fill=pen.accent)
        pen.text(x + 8, 47.5, lab["bill_to"].upper(), 8.6, bold=True, color=white)
        pen.rect(x, 36, w, tall, stroke=pen.accent, width=0.9)
        for k, line in enumerate(customer):
            last = k == len(customer) - 1
            pen.text(x + 8, 65 + 11.5 * k, line, 9.6, bold=k == 0, italic=last, fit=w - 16)
    y = max(left_end, 36 + tall) + 12
    if draw:
        pen.line(c.margin, y, c.right, y, color=pen.accent, width=1.6)
        pen.line(c.margin, y + 3, c.right, y + 3, color=pen.accent, width=0.5)
        pen.canvas.setFillColor(pen.accent)
        pen.canvas.setFont(pen.font(bold=True), 22)
        pen.canvas.drawString(c.margin, pen.height - (y + 30), lab["title"], charSpace=4)
        pen.text(c.right, y + 28, lab["copy"], 8.6, italic=True, align="right", color=GREY)
    y += 40
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["terms"], doc.terms or ""),
        (lab["po_number"], doc.po_number or ""),
    ]
    cell = c.width / len(cells)
    if draw:
        for k, (label, value) in enumerate(cells):
            cx = c.margin + k * cell
            pen.rect(cx, y, cell, 14, fill=pen.pale)
            pen.rect(cx, y, cell, 32, stroke=GREY, width=0.5)
            pen.text(cx + cell / 2, y + 10, label, 7.4, align="center", fit=cell - 6)
            pen.text(cx + cell / 2, y + 26, value, 9.6, bold=True, align="center", fit=cell - 8)
    y += 32
    assert doc.period is not None
    period = f"{lab['service_period']}: {fmt.period(*doc.period, lab['period_sep'])}"
    said = [f"{period}.   {lab['contract']} {ex['contract']}"]
    if doc.service_lines:
        said.append(f"{lab['service_address']}: {', '.join(doc.service_lines)}")
    if draw:
        for k, text in enumerate(said):
            pen.text(c.margin, y + 16 + 12 * k, text, 9.2, italic=k == 1, fit=c.width)
    return y + 16 + 12 * len(said)


def _bf_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 52, doc.vendor_name, 13, bold=True, color=pen.accent)
    said = f"{lab['title']} - {lab['invoice_number']}: {doc.invoice_number}"
    pen.text(c.right, 52, said, 9.6, bold=True, align="right")
    pen.line(c.margin, 60, c.right, 60, color=pen.accent, width=1.6)
    pen.line(c.margin, 63, c.right, 63, color=pen.accent, width=0.5)
    return BF_LATER_TOP - 20


def _bf_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    start: int,
    end: int,
    heights: list[float],
    brought: Decimal | None,
) -> float:
    """The concepts between column rules; a later page opens with the sum brought over."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = y
    pen.rect(c.margin, y, c.width, BF_HEAD, fill=pen.accent)
    _heads(c, cols, y + 12.5, 8.6, color=white)
    y += BF_HEAD
    if brought is not None:
        y += BF_ROW
        pen.text(cols[1][1] + 4, y - 4, lab["brought"], 9, italic=True)
        pen.text(c.right - 4, y - 4, fmt.amount(brought), 9, italic=True, align="right")
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        pen.text(cols[0][1] + 4, base, line.code or "", 8, color=GREY, fit=cols[0][2] - 6)
        pieces = pen.wrap(line.description, 9, cols[1][2] - 8)
        for k, piece in enumerate(pieces):
            pen.text(cols[1][1] + 4, base + BF_WRAP * k, piece, 9)
        for key, x, w in cols[2:]:
            text = _value_text(c, line, key)
            if key == "unit":
                pen.text(x + w / 2, base, text, 8.6, align="center")
            else:
                pen.text(x + w - 4, base, text, 9, align="right")
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, y, color=LIGHT, width=0.5)
    pen.rect(c.margin, top, c.width, y - top, stroke=pen.accent, width=0.8)
    return y


def _bf_closing(c: Ctx, y: float) -> None:
    """How to pay on the left, the totals framed on the right."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    x, w = c.right - 240, 240.0
    rows = doc.totals
    pen.rect(x, y, w, 17 * len(rows) + 8, stroke=pen.accent, width=0.9)
    base = y + 4
    for row in rows:
        strong = row.key in ("total", "amount_due")
        if strong:
            pen.rect(x, base, w, 17, fill=pen.pale)
        base += 17
        _total(c, x + 8, c.right - 8, base - 5, row, 9.4, fit=w - 100)
    bank, account, route = ex["bank"]
    said = [
        lab["bank"].format(bank=bank, account=account, route=route),
        lab["checks"].format(name=doc.vendor_name),
    ]
    if doc.remit_lines:
        said.append(f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}")
    room = x - c.margin - 20
    pen.text(c.margin, y + 10, lab["payment"].upper(), 8.6, bold=True, color=pen.accent)
    end = y + 12
    for text in said:
        end = _para(pen, c.margin, end + 11, text, 8.6, room) + 1
    pen.text(c.margin, max(end, base) + 24, lab["thanks"], 9, italic=True, color=pen.accent)


def _bf_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab = c.pen, c.labels
    foot = pen.height - 30
    pen.line(c.margin, foot - 11, c.right, foot - 11, color=LIGHT, width=0.5)
    said = lab["legal"].format(number=c.doc.extras["registry"])
    pen.text(c.margin, foot, said, 7, color=GREY, fit=c.width - 80)
    pen.text(c.right, foot, lab["page"].format(n=number, m=count), 7.6, align="right")


# --- H123: an elevator contractor's quarterly invoice, landscape ---------------------------

LQ_MARGIN = 36.0
LQ_PAGE = landscape(LETTER)
LQ_COLS = (
    ("unit_id", 44.0),
    ("equipment", 150.0),
    ("description", 0.0),
    ("cover_from", 68.0),
    ("cover_to", 68.0),
    ("quantity", 30.0),
    ("unit", 34.0),
    ("unit_price", 62.0),
    ("amount", 74.0),
)
LQ_ROW, LQ_WRAP, LQ_HEAD = 14.0, 9.0, 17.0
LQ_FOOT = 40.0
LQ_LATER_TOP = 64.0


def render_lift_quarter(doc: Document) -> tuple[bytes, int]:
    """Landscape letter pages in Vera: a dark band with the firm and the title, the firm's
    addresses, the billed party and the equipment's location beside the invoice's
    information table, the coverage bar, the units' lines with their periods (a repair's
    ticket under it), and the account's activity beside the totals on the last page."""
    buffer, canvas, pen = _sheet(doc, LQ_PAGE)
    c = Ctx(pen, doc, Fmt.of(doc), LQ_MARGIN)
    cols = _columns(c.margin, c.width, LQ_COLS)
    heights = [_lq_height(pen, line, cols[2][2] - 8) for line in doc.lines]
    bottom = pen.height - LQ_FOOT
    closing = 24 + 15.0 * 5 + 12
    first_room = bottom - _lq_first(c, measure=True) - LQ_HEAD
    pages = paginate(heights, first_room, bottom - LQ_LATER_TOP - LQ_HEAD, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _lq_first(c) if number == 1 else _lq_later(c)
        y = _lq_table(c, cols, top, start, end, heights)
        if number == len(pages):
            _lq_closing(c, y + 12)
        else:
            pen.text(c.right, y + 13, c.labels["continued"], 7.6, italic=True, align="right")
        _lq_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _lq_height(pen: Pen, line: Line, wide: float) -> float:
    """A unit's row: its description's lines beside the equipment over its state number,
    a repair's ticket under the description."""
    lines = len(pen.wrap(line.description, 7.8, wide))
    return LQ_ROW + max(8.6, LQ_WRAP * (lines - 1), LQ_WRAP * lines if line.note else 0)


def _lq_band(c: Ctx, tall: float) -> None:
    pen = c.pen
    pen.rect(0, 0, pen.width, tall, fill=pen.accent)
    pen.text(c.margin, tall / 2 + 1, c.doc.vendor_name, 15, bold=True, color=white, fit=380)


def _lq_first(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    if draw:
        _lq_band(c, 52)
        pen.text(c.margin, 42, lab["subtitle"], 7.8, color=white)
        pen.text(c.right, 28, lab["title"], 13, bold=True, align="right", color=white)
    lines = [*doc.vendor_lines, *_contact(doc), f"{lab['license']} {ex['license']}"]
    if draw:
        for k, line in enumerate(lines):
            pen.text(c.margin, 72 + 10 * k, line, 7.6, color=GREY, fit=200)
    x = c.margin + 222
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    below = 64.0
    for heading, block in blocks:
        if draw:
            pen.text(x, below + 8, heading.upper(), 7, bold=True, color=pen.accent)
            for k, line in enumerate(block):
                pen.text(x, below + 20 + 10.5 * k, line, 8.6, bold=k == 0, fit=220)
        below += 26 + 10.5 * len(block)
    refs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["contract"], ex["contract"]),
    ]
    if doc.due_date:
        refs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        refs.append((lab["terms"], doc.terms))
    if doc.po_number:
        refs.append((lab["po_number"], doc.po_number))
    rx, rw = c.right - 262, 262.0
    split = rx + 124
    if draw:
        pen.rect(rx, 64, rw, 15, fill=pen.pale)
        pen.text(rx + 6, 74.5, lab["info"].upper(), 7.4, bold=True, color=pen.accent)
        for k, (label, value) in enumerate(refs):
            row = 79 + 14 * k
            pen.text(split - 6, row + 10, label, 7.2, align="right", color=GREY, fit=118)
            pen.text(split + 6, row + 10, value, 8.4, bold=True, fit=c.right - split - 10)
            pen.line(rx, row + 14, c.right, row + 14, color=LIGHT, width=0.4)
        pen.rect(rx, 64, rw, 15 + 14 * len(refs), stroke=pen.accent, width=0.7)
    y = max(72 + 10 * len(lines), below, 79 + 14 * len(refs)) + 10
    assert doc.period is not None
    if draw:
        pen.rect(c.margin, y, c.width, 18, fill=pen.pale)
        said = f"{lab['service_period']}: {fmt.period(*doc.period, lab['period_sep'])}"
        pen.text(c.margin + 6, y + 12.4, said, 8.4, bold=True)
        pen.text(c.right - 6, y + 12.4, lab["billing_note"], 7.2, align="right", fit=400)
    return y + 26


def _lq_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    _lq_band(c, 34)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 21, said, 9, bold=True, align="right", color=white)
    return LQ_LATER_TOP - 18


def _lq_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    start: int,
    end: int,
    heights: list[float],
) -> float:
    pen, doc, fmt, ex = c.pen, c.doc, c.fmt, c.doc.extras
    pen.rect(c.margin, y, c.width, LQ_HEAD, fill=pen.accent)
    _heads(c, cols, y + 11.5, 7, color=white)
    y += LQ_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        first, last = ex["cover"][index]
        pen.text(cols[0][1] + 4, base, line.code or "", 7.6, bold=True)
        state = c.labels["state_id"].format(number=ex["state_ids"][line.code])
        pen.text(cols[1][1] + 4, base, line.group or "", 7.4, fit=cols[1][2] - 8)
        pen.text(cols[1][1] + 4, base + 8.6, state, 6.4, color=GREY)
        pieces = pen.wrap(line.description, 7.8, cols[2][2] - 8)
        for k, piece in enumerate(pieces):
            pen.text(cols[2][1] + 4, base + LQ_WRAP * k, piece, 7.8)
        if line.note:
            under = base + max(LQ_WRAP * len(pieces), 8.6)
            pen.text(cols[2][1] + 4, under, line.note, 6.6, italic=True, color=GREY, fit=260)
        pen.text(cols[3][1] + 4, base, fmt.date(first), 7.6)
        pen.text(cols[4][1] + 4, base, fmt.date(last), 7.6)
        for key, x, w in cols[5:]:
            text = _value_text(c, line, key)
            at, align = (x + w - 4, "right") if key in RIGHT_KEYS else (x + 4, "left")
            pen.text(at, base, text, 7.8, align=align)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.9)
    return y


def _lq_closing(c: Ctx, y: float) -> None:
    """The account's activity in a box on the left, the invoice's totals on the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    rows = {row.key: row for row in doc.totals}
    w = 330.0
    pen.rect(c.margin, y, w, 15, fill=pen.accent)
    pen.text(c.margin + 6, y + 10.5, lab["activity"].upper(), 7.6, bold=True, color=white)
    previous, paid, due = rows["previous_balance"], rows["payments"], rows["amount_due"]
    forward = previous.amount - paid.amount
    lines = [
        (row_label(c, previous), row_value(c, previous), False),
        (row_label(c, paid), row_value(c, paid), False),
        (lab["forward"], fmt.money(forward), False),
        (lab["this_invoice"], row_value(c, rows["total"]), False),
        (row_label(c, due), row_value(c, due), True),
    ]
    base = y + 15
    for label, value, strong in lines:
        base += 14
        if strong:
            pen.line(c.margin + 6, base - 10.5, c.margin + w - 6, base - 10.5, width=0.6)
        pen.text(c.margin + 8, base, label, 8.2, bold=strong, fit=w - 130)
        pen.text(c.margin + w - 8, base, value, 8.6 + strong, bold=strong, align="right")
    pen.rect(c.margin, y, w, base - y + 7, stroke=pen.accent, width=0.7)
    x0 = c.right - 270
    base = y
    for row in doc.totals:
        if row.key in ("subtotal", "tax", "total"):
            base += 15
            if row.key == "total":
                pen.line(x0, base - 11, c.right, base - 11, color=pen.accent, width=0.7)
            _total(c, x0, c.right - 4, base, row, 8.6, fit=170)


def _lq_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    foot = pen.height - 22
    pen.line(c.margin, foot - 11, c.right, foot - 11, color=LIGHT, width=0.5)
    said = lab["thanks"]
    if doc.remit_lines:
        said = lab["remit_line"].format(name=doc.vendor_name, address=", ".join(doc.remit_lines))
    pen.text(c.margin, foot, said, 7.2, color=GREY, fit=c.width - 90)
    pen.text(c.right, foot, lab["page"].format(n=number, m=count), 7.2, align="right")


# --- H124: a Mexican pest-control firm's CFDI and service certificate ----------------------

CP_MARGIN = 30.0
CP_COLS = (
    ("sat_key", 56.0),
    ("quantity", 44.0),
    ("sat_unit", 46.0),
    ("description", 0.0),
    ("unit_price", 68.0),
    ("amount", 72.0),
)
CP_ROW, CP_WRAP, CP_HEAD = 21.0, 9.0, 16.0
CP_FOOT = 34.0
CP_SEALS = 150.0
CP_LATER_TOP = 78.0
CP_UNITS = {"E48": "E48 - Unidad de servicio", "H87": "H87 - Pieza"}


def render_cfdi_plagas(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the issuer beside the fiscal box (folio, folio fiscal, certificate,
    date and time, place, type), the receiver's fiscal data beside the place served, the
    concepts with their SAT keys and each one's tax under it, the amount in words beside
    the totals, the seals, chain and QR on the last invoice page; on most a service
    certificate page after it."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CP_MARGIN)
    cols = _columns(c.margin, c.width, CP_COLS)
    heights = [
        CP_ROW + CP_WRAP * (len(pen.wrap(line.description, 8, cols[3][2] - 8)) - 1)
        for line in doc.lines
    ]
    bottom = pen.height - CP_FOOT
    closing = 96 + CP_SEALS
    first_room = bottom - _cp_first(c, measure=True) - CP_HEAD
    pages = paginate(heights, first_room, bottom - CP_LATER_TOP - CP_HEAD, closing)
    count = len(pages) + bool(doc.extras.get("certificate_page"))
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _cp_first(c) if number == 1 else _cp_later(c)
        y = _cp_table(c, cols, top, start, end, heights)
        if number == len(pages):
            _cp_seals(c, _cp_closing(c, y + 10) + 10)
        else:
            pen.text(c.right, y + 12, c.labels["continued"], 7.6, italic=True, align="right")
        _cp_foot(c, number, count)
    if doc.extras.get("certificate_page"):
        canvas.showPage()
        _cp_certificate(c)
        _cp_foot(c, count, count)
    canvas.save()
    return buffer.getvalue(), count


def _cp_issuer(c: Ctx, draw: bool) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    lines = [f"{lab['tax_id']}: {doc.vendor_tax_id}", f"{lab['regime']}: {ex['regime']}"]
    lines += [*doc.vendor_lines, f"Tel. {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    if draw:
        draw_logo(pen, doc.logo, c.margin, 28, 46, initials(doc.vendor_name))
        pen.text(c.margin + 54, 40, lab["issuer"].upper(), 6.6, bold=True, color=GREY)
        pen.text(c.margin + 54, 53, doc.vendor_name, 11.5, bold=True, color=pen.accent, fit=228)
        for k, line in enumerate(lines):
            pen.text(c.margin + 54, 65 + 9.2 * k, line, 7.4, bold=k == 0, fit=228)
    return 65 + 9.2 * len(lines)


def _cp_first(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    left = _cp_issuer(c, draw)
    x, w = c.right - 252, 252.0
    rows = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["uuid"], ex["uuid"]),
        (lab["certificate"], ex["certificate"]),
        (lab["invoice_date"], f"{fmt.date(doc.invoice_date)} {lab['time']} {ex['time']}"),
        (lab["place"], ex["place"]),
        (lab["cfdi_type"], lab["income"]),
        (lab["export"], lab["export_value"]),
    ]
    if draw:
        pen.rect(x, 26, w, 18, fill=pen.accent)
        pen.text(x + 8, 38.5, lab["title"], 11, bold=True, color=white)
        pen.text(x + w - 8, 38.5, lab["cfdi"], 7.4, align="right", color=white)
        for k, (label, value) in enumerate(rows):
            row = 44 + 12.5 * k
            if k % 2:
                pen.rect(x, row, w, 12.5, fill=pen.pale)
            pen.text(x + 5, row + 8.8, label, 6.4, color=GREY, fit=96)
            pen.text(x + w - 5, row + 8.8, value, 7.4, bold=True, align="right", fit=w - 106)
        pen.rect(x, 26, w, 18 + 12.5 * len(rows), stroke=pen.accent, width=0.8)
    y = max(left, 44 + 12.5 * len(rows)) + 10
    address = doc.bill_to_lines or [""]
    receiver = [
        (lab["bill_to"], doc.customer_name or ""),
        (lab["tax_id"], ex["customer_rfc"]),
        (lab["address"], address[0]),
        *(("", line) for line in address[1:]),
        (lab["fiscal_zip"], ex["customer_zip"]),
        (lab["regime"], ex["regime"]),
        (lab["cfdi_use"], ex["cfdi_use"]),
    ]
    other: list[tuple[str, str]] = []
    if doc.po_number:
        other.append((lab["po_number"], doc.po_number))
    if doc.terms:
        other.append((lab["terms"], doc.terms))
    if doc.due_date:
        other.append((lab["due_date"], fmt.date(doc.due_date)))
    place = doc.service_lines or []
    tall = 16 + 11 * max(len(receiver), len(place) + 1 + len(other))
    half = c.width * 0.56
    if draw:
        pen.rect(c.margin, y, c.width, 13, fill=pen.pale)
        pen.text(c.margin + 6, y + 9.4, lab["receiver"].upper(), 7.4, bold=True, color=pen.accent)
        pen.rect(c.margin, y, c.width, tall + 4, stroke=pen.accent, width=0.7)
        for k, (label, value) in enumerate(receiver):
            row = y + 24 + 11 * k
            if label:
                pen.text(c.margin + 6, row, f"{label}:", 7, color=GREY, fit=112)
            pen.text(c.margin + 120, row, value, 7.8, bold=k < 2, fit=half - 126)
        at = c.margin + half + 6
        row = y + 24
        if place:
            pen.text(at, row, f"{lab['service_address']}:", 7, color=GREY)
            for line in place:
                row += 11
                pen.text(at + 6, row, line, 7.8, fit=c.right - at - 12)
            row += 11
        for label, value in other:
            pen.text(at, row, f"{label}: ", 7, color=GREY)
            gap = pen.measure(f"{label}: ", 7)
            pen.text(at + gap, row, value, 7.8, bold=True, fit=c.right - at - gap - 6)
            row += 11
    return y + tall + 14


def _cp_later(c: Ctx) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, 40, doc.vendor_name, 10.5, bold=True, color=pen.accent)
    pen.text(c.margin, 51, f"{lab['tax_id']}: {doc.vendor_tax_id}", 7.4, color=GREY)
    said = f"{lab['invoice_number']}: {doc.invoice_number}"
    pen.text(c.right, 40, said, 8.6, bold=True, align="right")
    pen.text(c.right, 51, f"{lab['uuid']}: {ex['uuid']}", 7, align="right", color=GREY)
    pen.line(c.margin, 58, c.right, 58, color=pen.accent, width=1)
    return CP_LATER_TOP - 10


def _cp_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    start: int,
    end: int,
    heights: list[float],
) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y, c.width, CP_HEAD, fill=pen.accent)
    _heads(c, cols, y + 11, 7, color=white)
    y += CP_HEAD
    keys = doc.extras["sat_keys"]
    for index in range(start, end):
        line = doc.lines[index]
        key, unit = keys[index]
        base = y + 10
        pen.text(cols[0][1] + 4, base, key, 7.6)
        pen.text(cols[2][1] + 4, base, unit, 7.6)
        pieces = pen.wrap(line.description, 8, cols[3][2] - 8)
        for k, piece in enumerate(pieces):
            pen.text(cols[3][1] + 4, base + CP_WRAP * k, piece, 8)
        for name in ("quantity", "unit_price", "amount"):
            _, x, w = next(col for col in cols if col[0] == name)
            pen.text(x + w - 4, base, _value_text(c, line, name), 8, align="right")
        detail = lab["tax_detail"].format(
            base=fmt.amount(line.amount), tax=fmt.amount(line.tax or Decimal(0))
        )
        under = base + CP_WRAP * (len(pieces) - 1) + 8.4
        pen.text(cols[3][1] + 4, under, detail, 5.6, color=GREY, fit=c.right - cols[3][1] - 8)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _cp_closing(c: Ctx, y: float) -> float:
    """The amount in words, currency, form and method of payment beside the totals."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    x0 = c.right - 226
    base = _right_totals(c, x0, y, 14, 8.4, "band")
    room = x0 - c.margin - 24
    pen.text(c.margin, y + 10, f"{lab['words']}:", 7, color=GREY)
    end = _para(pen, c.margin, y + 20, amount_words_es(doc.total, "MXN"), 7.8, room, bold=True)
    facts = [
        (lab["currency"], lab["currency_value"]),
        (lab["form"], ex["form"]),
        (lab["method"], ex["method"]),
    ]
    for label, value in facts:
        end += 11
        pen.text(c.margin, end, f"{label}: {value}", 7.4, fit=room)
    return max(end, base) + 6


def _cp_seals(c: Ctx, y: float) -> None:
    """The QR square, the seals, the chain and the legend of a printed CFDI."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.6)
    _qr(pen, c.margin, y + 8, 80, _digest(doc.id, "cfdi"))
    x = c.margin + 92
    room = c.right - x
    issued = f"{format_date(doc.invoice_date, 'iso')}T{ex['time']}"
    chain = (
        f"||1.1|{ex['uuid']}|{issued}|{ex['pac']}|{ex['seals'][0][:88]}|{ex['sat_certificate']}||"
    )
    parts = [
        (lab["seal_cfdi"], ex["seals"][0]),
        (lab["seal_sat"], ex["seals"][1]),
        (lab["chain"], chain),
    ]
    base = y + 10
    for label, text in parts:
        pen.text(x, base, f"{label}:", 6.4, bold=True)
        for piece in _hard_wrap(pen, text, 5.2, room):
            base += 6.8
            pen.text(x, base, piece, 5.2, color=GREY)
        base += 9
    said = (
        f"{lab['sat_certificate']}: {ex['sat_certificate']}    "
        f"{lab['certified']}: {format_date(doc.invoice_date, 'iso')}T{ex['certified']}"
    )
    pen.text(x, base + 1, said, 6.4, fit=room)
    pen.text(pen.width / 2, base + 16, lab["legend"], 7, bold=True, align="center")


def _hard_wrap(pen: Pen, text: str, size: float, width: float) -> list[str]:
    """``text`` cut into lines ``width`` wide wherever a line is full, as a seal with no
    spaces is printed."""
    lines, line = [], ""
    for char in text:
        if pen.measure(line + char, size) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def _cp_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab = c.pen, c.labels
    said = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 18, said, 7, align="right", color=GREY)


def _cp_certificate(c: Ctx) -> None:
    """The service certificate: the visit, who did it under which licence, the pests,
    areas and products applied, the next visit, and two signatures."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    _cp_issuer(c, True)
    pen.text(c.right, 40, f"{lab['license']}: {ex['licence']}", 8, bold=True, align="right")
    pen.text(c.right, 51, ex["responsible"], 7.4, align="right", color=GREY)
    y = 130.0
    pen.rect(c.margin, y, c.width, 22, fill=pen.accent)
    pen.text(pen.width / 2, y + 15, lab["cert_title"], 11, bold=True, align="center", color=white)
    said = lab["cert_invoice"].format(number=doc.invoice_number)
    pen.text(pen.width / 2, y + 34, said, 8, italic=True, align="center", color=GREY)
    y += 46
    first, last = ex["service_times"]
    place = ", ".join(doc.service_lines or [doc.customer_name or "", *(doc.bill_to_lines or [])])
    cells = [
        (lab["service_order"], ex["service_order"]),
        (lab["service_day"], fmt.date(ex["service_day"])),
        (lab["times"], f"{first} - {last}"),
        (lab["technician"], ex["technician"]),
        (lab["responsible"], ex["responsible"]),
        (lab["bill_to"], doc.customer_name or ""),
    ]
    half = c.width / 2
    for k, (label, value) in enumerate(cells):
        x, row = c.margin + (k % 2) * half, y + (k // 2) * 26
        pen.rect(x, row, half, 26, stroke=GREY, width=0.5)
        pen.text(x + 5, row + 9, label, 6.6, color=GREY)
        pen.text(x + 5, row + 20, value, 8.6, bold=True, fit=half - 10)
    y += 26 * 3 + 16
    facts = [
        (lab["service_address"], place),
        (lab["pests"], ", ".join(ex["pests"])),
        (lab["areas"], ", ".join(ex["areas"])),
    ]
    for label, value in facts:
        pen.text(c.margin, y, f"{label}:", 8, bold=True, color=pen.accent)
        y = _para(pen, c.margin + 150, y, value, 8.4, c.width - 150) + 15
    pen.text(c.margin, y + 4, lab["products"].upper(), 8.4, bold=True, color=pen.accent)
    y += 10
    spec = (("product", 0.0), ("active", 96.0), ("registry", 170.0), ("dose", 88.0))
    table = [*_columns(c.margin, c.width - 86, spec), ("how", c.right - 86, 86.0)]
    pen.rect(c.margin, y, c.width, 14, fill=pen.pale)
    for key, x, w in table:
        pen.text(x + 4, y + 10, lab[key], 7.2, bold=True, fit=w - 6)
    y += 14
    for name, active, dose, how, _, registry in ex["products"]:
        y += 13
        texts = {"product": name, "active": active, "registry": registry, "dose": dose, "how": how}
        for key, x, w in table:
            pen.text(x + 4, y - 3.5, texts[key], 7.8, fit=w - 6)
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    y += 20
    pen.text(c.margin, y, f"{lab['observations']}:", 8, bold=True, color=pen.accent)
    y = _para(pen, c.margin + 150, y, ex["observation"], 8.4, c.width - 150) + 15
    said = f"{lab['next_visit']}: {fmt.date(ex['next_visit'])}      {lab['reentry']}: 2 h"
    pen.text(c.margin, y, said, 8.6, bold=True)
    y = _para(pen, c.margin, y + 16, lab["cert_note"], 7.4, c.width, italic=True, color=GREY)
    sign = max(y + 70, pen.height - 110)
    half = (c.width - 60) / 2
    names = (ex["technician"], "")
    signs = zip((lab["sign_tech"], lab["sign_client"]), names, strict=True)
    for k, (label, name) in enumerate(signs):
        x = c.margin + k * (half + 60)
        pen.line(x, sign, x + half, sign, width=0.6)
        if name:
            pen.text(x + 6, sign - 6, name, 11, italic=True, color=HexColor("#1c2f7a"))
        pen.text(x + half / 2, sign + 11, label, 7.4, align="center", color=GREY)


# --- H125: a locksmith's work order and receipt on a stock pad -----------------------------

WO_PAGE = (612.0, 504.0)  # 8 1/2 x 7 in
WO_MARGIN = 28.0
WO_ROWS = 6  # the pad's printed rows
WO_ROW = 16.0
INK = HexColor("#1d2340")  # a ballpoint
STAMP = HexColor("#5b2d8c")  # a violet pad
SERIAL = HexColor("#c0141b")


class _Hand:
    """What the locksmith writes on the pad: Vera's oblique in ballpoint ink, a little off
    the line and never quite level, each value drawn at once."""

    def __init__(self, pen: Pen, seed: str):
        self.pen = pen
        self.rng = random.Random(seed)
        self.font = VERA[2]

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        *,
        align: str = "left",
        fit: float | None = None,
    ) -> None:
        pen, rng = self.pen, self.rng
        wide = stringWidth(text, self.font, size)
        if fit is not None and wide > fit:
            size, wide = size * fit / wide, fit
        canvas = pen.canvas
        canvas.saveState()
        left = x - wide if align == "right" else x
        canvas.translate(left + rng.uniform(-1.2, 1.2), pen.height - y + rng.uniform(-1, 1.4))
        canvas.rotate(rng.uniform(-1.4, 1.4))
        canvas.setFillColor(INK)
        canvas.setFont(self.font, size)
        canvas.drawString(0, 0, text)
        canvas.restoreState()

    def tick(self, x: float, y: float, size: float) -> None:
        """An X written across a printed box."""
        pen = self.pen
        for dx in (0.0, size):
            pen.line(x + dx, y - 1, x + size - dx, y + size + 1, color=INK, width=1.1)


def render_work_order(doc: Document) -> tuple[bytes, int]:
    """A stock work-order form, 8 1/2 x 7 in, printed in one ink with the shop's rubber
    stamp at its head and its printed serial in red, filled in by the locksmith: the date
    and times, the customer, the job, the work, the items and their prices, the totals'
    boxes, how it was paid, the tech and the customer's signature."""
    buffer, canvas, pen = _sheet(doc, WO_PAGE)
    _vera()  # the hand's face
    c = Ctx(pen, doc, Fmt.of(doc), WO_MARGIN)
    hand = _Hand(pen, f"h125:{doc.id}")
    pen.rect(14, 14, pen.width - 28, pen.height - 28, stroke=pen.accent, width=1.2)
    _wo_head(c)
    y = _wo_boxes(c, hand, 92.0)
    y = _wo_parties(c, hand, y + 8)
    y = _wo_work(c, hand, y + 6)
    y = _wo_table(c, hand, y + 8)
    _wo_totals(c, hand, y + 6)
    _wo_paid(c, hand, y + 6)
    canvas.save()
    return buffer.getvalue(), 1


def _wo_head(c: Ctx) -> None:
    """The form's printed title and serial, and the shop's stamp, a little askew."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.right, 44, lab["title"], 24, bold=True, align="right", color=pen.accent)
    pen.text(c.right, 58, lab["subtitle"], 10, bold=True, align="right", color=pen.accent)
    pen.text(c.right - 84, 80, lab["receipt_number"], 8.4, bold=True, color=pen.accent)
    pen.text(c.right, 80, doc.invoice_number, 15, bold=True, align="right", color=SERIAL)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    canvas = pen.canvas
    canvas.saveState()
    canvas.translate(c.margin + 4, pen.height - 26)
    canvas.rotate(1.6)
    tall = 22 + 9 * len(lines)
    canvas.setStrokeColor(STAMP)
    canvas.setLineWidth(1.3)
    canvas.roundRect(-4, -tall + 4, 262, tall, 4, stroke=1, fill=0)
    canvas.setFillColor(STAMP)
    canvas.setFont("Helvetica-Bold", 11.5)
    canvas.drawString(4, -12, doc.vendor_name)
    canvas.setFont("Helvetica", 8)
    for k, line in enumerate(lines):
        canvas.drawString(4, -24 - 9 * k, line)
    canvas.restoreState()


def _wo_label(c: Ctx, x: float, y: float, text: str, size: float = 6.6) -> None:
    c.pen.text(x, y, text.upper(), size, bold=True, color=c.pen.accent)


def _wo_boxes(c: Ctx, hand: _Hand, y: float) -> float:
    doc, lab, ex = c.doc, c.labels, c.doc.extras
    arrived, left = ex["times"]
    cells = [
        (lab["invoice_date"], c.fmt.date(doc.invoice_date)),
        (lab["taken"], ex["taken"]),
        (lab["time_in"], arrived),
        (lab["time_out"], left),
    ]
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        c.pen.rect(x, y, w, 26, stroke=c.pen.accent, width=0.7)
        _wo_label(c, x + 4, y + 8, label)
        hand(x + 10, y + 21, value, 10.5)
    return y + 26


def _wo_parties(c: Ctx, hand: _Hand, y: float) -> float:
    """Name, address and city on printed rules on the left; the job location's box on the
    right."""
    pen, doc, lab = c.pen, c.doc, c.labels
    half = c.width * 0.54
    address = doc.bill_to_lines or []
    fields = [
        (lab["customer"], doc.customer_name or ""),
        (lab["address"], address[0] if address else ""),
        (lab["city"], ", ".join(address[1:])),
    ]
    for k, (label, value) in enumerate(fields):
        row = y + 20 + 20 * k
        _wo_label(c, c.margin, row, label)
        gap = c.margin + 80
        pen.line(gap, row + 2, c.margin + half - 12, row + 2, color=pen.accent, width=0.5)
        if value:
            hand(gap + 4, row - 1, value, 9.6, fit=half - 100)
    x = c.margin + half
    pen.rect(x, y + 6, c.width - half, 64, stroke=pen.accent, width=0.7)
    _wo_label(c, x + 5, y + 15, lab["job"])
    for k, line in enumerate(doc.service_lines or []):
        hand(x + 12, y + 32 + 14 * k, line, 9.6, fit=c.width - half - 20)
    return y + 72


def _wo_work(c: Ctx, hand: _Hand, y: float) -> float:
    pen = c.pen
    _wo_label(c, c.margin, y + 10, c.labels["work"])
    for k in range(2):
        row = y + 12 + 16 * k
        pen.line(c.margin + 108, row, c.right, row, color=pen.accent, width=0.5)
    hand(c.margin + 114, y + 10, c.doc.extras["work"], 10, fit=c.width - 120)
    return y + 30


WO_COLS = (("quantity", 44.0), ("description", 0.0), ("unit_price", 80.0), ("amount", 88.0))


def _wo_table(c: Ctx, hand: _Hand, y: float) -> float:
    """The pad's printed rows, the first ones written in."""
    pen, doc = c.pen, c.doc
    cols = _columns(c.margin, c.width, WO_COLS)
    pen.rect(c.margin, y, c.width, 14, fill=pen.pale)
    for key, x, w in cols:
        head = c.labels[key].upper()
        pen.text(x + w / 2, y + 10, head, 6.6, bold=True, align="center", color=pen.accent)
    tall = 14 + WO_ROW * WO_ROWS
    pen.rect(c.margin, y, c.width, tall, stroke=pen.accent, width=0.8)
    for _, x, _ in cols[1:]:
        pen.line(x, y, x, y + tall, color=pen.accent, width=0.6)
    for k in range(WO_ROWS):
        row = y + 14 + WO_ROW * (k + 1)
        if k < WO_ROWS - 1:
            pen.line(c.margin, row, c.right, row, color=pen.accent, width=0.4)
        if k < len(doc.lines):
            line = doc.lines[k]
            assert line.quantity is not None
            hand(cols[0][1] + cols[0][2] / 2 - 4, row - 4, c.fmt.quantity(line.quantity), 10)
            hand(cols[1][1] + 6, row - 4, line.description, 9.8, fit=cols[1][2] - 10)
            for key, x, w in cols[2:]:
                hand(x + w - 6, row - 4, _value_text(c, line, key), 10, align="right")
    return y + tall


def _wo_totals(c: Ctx, hand: _Hand, y: float) -> None:
    """The totals' printed boxes down the right, their sums written in."""
    pen, doc, lab = c.pen, c.doc, c.labels
    rows = {row.key: row for row in doc.totals}
    x, w, split = c.right - 232, 232.0, 120.0
    boxes: list[tuple[str, str]] = [
        (lab["materials"], c.fmt.amount(doc.extras["parts"]) if doc.extras["parts"] else ""),
        (lab["labor"], c.fmt.amount(doc.extras["labor"]) if doc.extras["labor"] else ""),
    ]
    for key in ("subtotal", "tax", "total", "deposit", "amount_due"):
        row = rows.get(key)
        label = row_label(c, row) if row else lab[key].replace(" {rate}", "")
        boxes.append((label, row_value(c, row) if row else ""))
    for k, (label, value) in enumerate(boxes):
        top = y + 15 * k
        strong = k in (4, 6)
        pen.rect(x, top, split, 15, fill=pen.pale if strong else None)
        pen.rect(x, top, w, 15, stroke=pen.accent, width=0.6)
        pen.line(x + split, top, x + split, top + 15, color=pen.accent, width=0.6)
        _wo_label(c, x + 4, top + 10.4, label, 6.6)
        if value:
            hand(c.right - 8, top + 11.5, value, 10, align="right")


def _wo_paid(c: Ctx, hand: _Hand, y: float) -> None:
    """How it was paid (boxes ticked), the tech, the customer's signature, the pad's
    printed terms."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    _wo_label(c, c.margin, y + 12, lab["paid_by"], 7.2)
    ways = [("cash", ""), ("check", ex["check_number"]), ("card", ex["card_last4"])]
    row = y + 20
    for way, detail in ways:
        pen.rect(c.margin + 4, row, 9, 9, stroke=pen.accent, width=0.7)
        _wo_label(c, c.margin + 18, row + 8, lab[way], 7)
        if way != "cash":
            gap = c.margin + 20 + pen.measure(lab[way].upper(), 7, True) + 4
            pen.line(gap, row + 9, gap + 60, row + 9, color=pen.accent, width=0.5)
            if ex["tender"] == way:
                hand(gap + 6, row + 7, detail, 9.6)
        if ex["tender"] == way:
            hand.tick(c.margin + 4, row, 9)
        row += 15
    _wo_label(c, c.margin, row + 10, lab["tech"], 7)
    pen.line(c.margin + 30, row + 11, c.margin + 170, row + 11, color=pen.accent, width=0.5)
    hand(c.margin + 36, row + 8, ex["tech"], 10.5)
    row += 38
    pen.line(c.margin, row, c.margin + 300, row, color=pen.accent, width=0.5)
    _scribble(pen, c.margin + 10, row - 4, _digest(doc.id, "sign"))
    if ex["signer"]:
        hand(c.margin + 150, row - 3, ex["signer"], 9)
    _wo_label(c, c.margin, row + 9, lab["sign"], 6.2)
    pen.text(c.margin, row + 21, lab["form_note"], 6.2, italic=True, color=pen.accent, fit=300)
    pen.text(pen.width - 20, pen.height - 18, lab["stock"], 5, align="right", color=pen.accent)


def _scribble(pen: Pen, x: float, y: float, seed: int) -> None:
    """A signature's look: a few loops of ballpoint."""
    canvas = pen.canvas
    path = canvas.beginPath()
    base = pen.height - y
    path.moveTo(x, base)
    for k in range(7):
        dx = 12 + (seed >> (k * 5)) % 14
        dy = 4 + (seed >> (k * 3)) % 9
        path.curveTo(x + dx * 0.3, base + dy, x + dx * 0.7, base - dy, x + dx, base + (k % 2))
        x += dx
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.9)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.restoreState()
