"""Whole pages of the layouts added with H111-H115: a commercial waste hauler's monthly
statement (the route and container schedule over the charges, the account's balance and a
return stub), a Puerto Rican service contractor's invoice with the firm's details down a
coloured column on the left, an office or hardware store's sales receipt printed on a half
sheet by its point-of-sale program and stamped paid, a small Texas contractor's invoice in
Spanish typed in a word processor (the totals in the table's last rows), and a service
company's pre-numbered ticket on a half-letter pad, filled in by hand on the job."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document, Line
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx, meta_pairs
from samples.pdf_desks import _total, account_due_rows
from samples.pdf_sheets import _canvas
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para

RIGHT_KEYS = ("quantity", "unit_price", "amount")
Write = Callable[..., Any]  # a filled-in value: write(x, y, text, size, **style)


def _cells(c: Ctx, cols: list[tuple[str, float, float]], y: float, line: Line) -> None:
    """One line's values in its columns: text from the left, figures from the right."""
    for key, x, w in cols:
        if key in RIGHT_KEYS:
            c.pen.text(x + w - 5, y, _value_text(c, line, key), 8.6, align="right")


def _heads(c: Ctx, cols: list[tuple[str, float, float]], y: float, size: float, **style) -> None:
    """The column heads on baseline ``y``: figures' heads right-aligned over them."""
    for key, x, w in cols:
        right = key in RIGHT_KEYS
        at, align = (x + w - 5, "right") if right else (x + 5, "left")
        c.pen.text(at, y, c.labels[key], size, bold=True, align=align, **style)


def _contact(doc: Document) -> list[str]:
    lab = doc.labels
    lines = [f"{lab['phone']}: {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    return lines


# --- H111: a commercial waste hauler's monthly statement -----------------------------------

WH_MARGIN = 40.0
WH_COLS = (("description", 0.0), ("quantity", 60.0), ("unit_price", 86.0), ("amount", 90.0))
WH_STREAMS = (("Trash", "FL"), ("Recycling", "FL"), ("Cardboard (OCC)", "FL"), ("Trash", "RO"))
WH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


def render_hauler(doc: Document) -> tuple[bytes, int]:
    """A letter page: the hauler and its route, the statement's references in a ruled
    column, billing name and container location, the container schedule, the charges,
    the account's balance and a return stub under a perforation."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), WH_MARGIN)
    rng = random.Random(f"h111:{doc.id}")
    y = _wh_head(c, rng)
    y = _wh_parties(c, y + 14)
    y = _wh_schedule(c, y + 14, rng)
    y = _wh_charges(c, y + 16)
    _wh_stub(c, y + 10)
    canvas.save()
    return buffer.getvalue(), 1


def _wh_head(c: Ctx, rng: random.Random) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, "bars", c.margin, 34, 34, initials(doc.vendor_name))
    pen.text(c.margin + 44, 46, doc.vendor_name, 15, bold=True, color=pen.accent, fit=290)
    lines = [*doc.vendor_lines, *_contact(doc)]
    for k, line in enumerate(lines):
        pen.text(c.margin + 44, 60 + 10 * k, line, 8, color=GREY, fit=290)
    route = f"{lab['route']} {rng.randint(100, 899)}   {lab['day']}: "
    route += "/".join(sorted(rng.sample(WH_DAYS, rng.randint(1, 3)), key=WH_DAYS.index))
    bottom = 60 + 10 * len(lines) + 6
    pen.rect(c.margin, bottom, 290, 16, fill=pen.pale)
    pen.text(c.margin + 6, bottom + 11.5, route, 8.4, bold=True)
    x, w = c.right - 220, 220.0
    pen.text(c.right, 34, lab["title"], 11.5, bold=True, align="right", color=pen.accent, fit=w)
    y = 42.0
    for label, value in meta_pairs(doc, c.fmt):
        pen.line(x, y, c.right, y, color=LIGHT, width=0.5)
        pen.text(x + 4, y + 12, label, 7.6, color=GREY, fit=100)
        pen.text(c.right - 4, y + 12, value, 9, bold=True, align="right", fit=w - 108)
        y += 17
    pen.line(x, y, c.right, y, color=LIGHT, width=0.5)
    return max(y, bottom + 16)


def _wh_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    w = (c.width - 20) / 2
    bottom = y
    for k, (heading, lines) in enumerate(blocks):
        if not lines:
            continue
        x = c.margin + k * (w + 20)
        pen.text(x, y + 8, heading, 8, bold=True, color=pen.accent)
        pen.line(x, y + 11, x + w, y + 11, color=pen.accent, width=0.8)
        for n, line in enumerate(lines):
            pen.text(x, y + 23 + 10.5 * n, line, 9, bold=n == 0, fit=w)
        bottom = max(bottom, y + 23 + 10.5 * (len(lines) - 1))
    return bottom


def _wh_schedule(c: Ctx, y: float, rng: random.Random) -> float:
    """The containers on site: size, material, lifts a week and days (none in the truth)."""
    pen, lab = c.pen, c.labels
    heads = [lab["container"], lab["size"], lab["stream"], lab["lifts"], lab["days"]]
    widths = [0.16, 0.14, 0.26, 0.16, 0.28]
    pen.text(c.margin, y, lab["schedule"].upper(), 8, bold=True, color=pen.accent)
    y += 5
    pen.rect(c.margin, y, c.width, 14, fill=pen.accent)
    xs = [c.margin + c.width * sum(widths[:k]) for k in range(len(widths))]
    for x, head in zip(xs, heads, strict=True):
        pen.text(x + 5, y + 10, head, 7.6, bold=True, color=white)
    y += 14
    for n in range(rng.randint(1, 3)):
        stream, kind = rng.choice(WH_STREAMS)
        size = f"{rng.choice([2, 3, 4, 6, 8])} yd" if kind == "FL" else f"{rng.choice([20, 30])} yd"
        lifts = rng.randint(1, 3) if kind == "FL" else 1
        days = "/".join(sorted(rng.sample(WH_DAYS, lifts), key=WH_DAYS.index))
        row = [f"{kind}-{n + 1}", size, stream, str(lifts), days if kind == "FL" else "On call"]
        for x, value in zip(xs, row, strict=True):
            pen.text(x + 5, y + 10, value, 8.4)
        y += 14
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _wh_charges(c: Ctx, y: float) -> float:
    """The charges and their totals on the left, the account's balance boxed beside them:
    last statement, payments, this statement, what is owed."""
    pen, doc, lab = c.pen, c.doc, c.labels
    edge = c.right - 196
    cols = _columns(c.margin, edge - c.margin, WH_COLS)
    top = y
    pen.line(c.margin, y, edge, y, color=BLACK, width=1)
    _heads(c, cols, y + 11, 7.8)
    y += 15
    pen.line(c.margin, y, edge, y, color=BLACK, width=0.6)
    for line in doc.lines:
        text = pen.wrap(line.description, 8.6, cols[0][2] - 10)
        for n, piece in enumerate(text):
            pen.text(c.margin + 5, y + 12 + 10 * n, piece, 8.6)
        _cells(c, cols, y + 12, line)
        y += 8 + 10 * len(text)
        pen.line(c.margin, y, edge, y, color=LIGHT, width=0.4)
    for row in doc.totals:
        y += 13
        _total(c, c.margin + 120, edge - 5, y, row, 8.6)
    x = c.right - 180
    pen.rect(x, top, 180, 24 * len(doc.summary) + 8, stroke=pen.accent, width=1)
    base = top + 18
    for row in doc.summary:
        if row.key == "amount_due":
            pen.rect(x, base - 12, 180, 19, fill=pen.accent)
            _total(c, x + 6, c.right - 6, base + 1, row, 8.4, color=white, fit=96)
        else:
            _total(c, x + 6, c.right - 6, base, row, 8, fit=100)
        base += 24
    end = _para(pen, c.margin, y + 20, lab["notes"], 7.4, c.width, color=GREY)
    pen.text(c.margin, end + 11, lab["recycle"], 7.4, italic=True, color=pen.accent)
    return max(end + 14, top + 24 * len(doc.summary) + 8)


def _wh_stub(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    assert doc.due_date is not None
    top = max(y + 8, pen.height - 176)
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(4, 3))
    pen.text(pen.width / 2, top - 4, lab["stub"], 6.8, align="center", color=GREY)
    x = c.margin
    pen.text(x, top + 22, doc.vendor_name, 10, bold=True)
    pen.text(x, top + 40, lab["remit_to"], 7.4, bold=True, color=pen.accent)
    for k, line in enumerate(doc.remit_lines or doc.vendor_lines):
        pen.text(x, top + 52 + 10 * k, line, 8.6)
    bx, bw = c.right - 250, 250.0
    base = top + 20
    for label, value in account_due_rows(c):
        pen.rect(bx, base - 12, bw, 18, stroke=GREY, width=0.5)
        pen.text(bx + 5, base, label, 7.6, color=GREY)
        pen.text(c.right - 5, base, value, 9.6, bold=True, align="right")
        base += 18
    pen.rect(bx, base - 12, bw, 22, stroke=BLACK, width=0.9)
    pen.text(bx + 5, base + 2, lab["enclosed"], 8.4, bold=True)
    name = [doc.customer_name or "", *(doc.bill_to_lines or [])]
    for k, line in enumerate(name):
        pen.text(x + 14, top + 108 + 10 * k, line, 8.6)


# --- H112: a Puerto Rican service contractor's invoice with a coloured column ---------------

SB_COLUMN = 176.0
SB_COLS = (("description", 0.0), ("quantity", 44.0), ("unit_price", 74.0), ("amount", 80.0))
SB_FOOT = 56.0
SB_ROW = 17.0


def render_sidebar_pr(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the firm, its registration and where to remit in a coloured column
    down the left of every page; the title, the invoice's details with their labels right
    against the values, the customer and the place served, the services on alternating
    bands and the totals on a band closing the table."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), 0)
    x0, x1 = SB_COLUMN + 24, pen.width - 36
    heights = [
        SB_ROW + 10 * (len(pen.wrap(line.description, 8.8, x1 - x0 - 208)) - 1)
        for line in doc.lines
    ]
    first = _sb_first(c, x0, x1, measure=True)
    closing = 20.0 * len(doc.totals) + 60
    pages = paginate(
        heights, pen.height - SB_FOOT - first - 18, pen.height - SB_FOOT - 90 - 18, closing
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _sb_column(c)
        top = _sb_first(c, x0, x1) if number == 1 else _sb_later(c, x0, x1)
        y = _sb_table(c, x0, x1, top, doc.lines[start:end], heights[start:end])
        if number == len(pages):
            _sb_totals(c, x0, x1, y)
        else:
            pen.text(x1, y + 16, c.labels["continued"], 8, italic=True, align="right", color=GREY)
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(x1, pen.height - 24, said, 7.6, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _sb_column(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, SB_COLUMN, pen.height, fill=pen.accent)
    x, w = 20.0, SB_COLUMN - 36
    pen.canvas.setFillColor(white)  # the firm's initials in the column's colour on a disc
    pen.canvas.circle(x + 22, pen.height - 58, 22, stroke=0, fill=1)
    pen.text(x + 22, 62, initials(doc.vendor_name), 14, bold=True, align="center", color=pen.accent)
    y = 104.0
    pen.text(x, y, doc.vendor_name, 12, bold=True, color=white, fit=w)
    y += 14
    keyed = random.Random(f"h112:{doc.vendor_code}")
    pen.text(
        x,
        y + 2,
        c.labels["since"].format(year=keyed.randint(1982, 2012)),
        7.4,
        italic=True,
        color=white,
    )
    y += 22
    for line in doc.vendor_lines:
        pen.text(x, y, line, 8.4, color=white, fit=w)
        y += 11
    y += 6
    for label, value in (
        (lab["phone"], doc.vendor_phone),
        (lab["email"], doc.vendor_email),
        (lab["tax_id"], doc.vendor_tax_id),
    ):
        if value:
            pen.text(x, y, label, 6.8, color=tint(pen.accent, 0.6))
            pen.text(x, y + 10, value, 8.4, bold=True, color=white, fit=w)
            y += 24
    if doc.remit_lines:
        y += 10
        pen.text(x, y, lab["remit_to"].upper(), 7.4, bold=True, color=white)
        for k, line in enumerate([doc.vendor_name, *doc.remit_lines]):
            pen.text(x, y + 12 + 10 * k, line, 8, color=white, fit=w)
    _para(pen, x, pen.height - 70, lab["notes"], 7, w, color=white)


def _sb_first(c: Ctx, x0: float, x1: float, *, measure: bool = False) -> float:
    """The title, details and parties of the first page; where its table starts."""
    pen, doc, lab = c.pen, c.doc, c.labels
    draw = not measure

    def put(x: float, y: float, text: str, size: float, **style) -> None:
        if draw:
            pen.text(x, y, text, size, **style)

    put(x0, 58, lab["title"], 20, bold=True, color=pen.accent)
    y = 74.0
    for label, value in meta_pairs(doc, c.fmt):
        put(x1 - 150, y, f"{label}", 8, align="right", color=GREY)
        put(x1 - 142, y, value, 9.4, bold=True, fit=142)
        y += 14
    y += 10
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    for heading, lines in blocks:
        put(x0, y, heading.upper(), 7.6, bold=True, color=pen.accent)
        for n, line in enumerate(lines):
            put(x0 + 10, y + 13 + 11 * n, line, 9.2, bold=n == 0)
        if draw:
            pen.rect(x0, y + 4, 2.5, 11 * len(lines) + 2, fill=pen.accent)
        y += 13 + 11 * len(lines) + 10
    return y + 4


def _sb_later(c: Ctx, x0: float, x1: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(x0, 50, lab["title"], 12, bold=True, color=pen.accent)
    pen.text(x1, 50, f"{lab['invoice_number']} {doc.invoice_number}", 9, bold=True, align="right")
    return 80.0


def _sb_table(
    c: Ctx, x0: float, x1: float, y: float, lines: list[Line], heights: list[float]
) -> float:
    pen = c.pen
    cols = _columns(x0, x1 - x0, SB_COLS)
    pen.line(x0, y, x1, y, color=pen.accent, width=1.4)
    _heads(c, cols, y + 12, 8, color=pen.accent)
    y += 18
    for k, (line, height) in enumerate(zip(lines, heights, strict=True)):
        if k % 2 == 0:
            pen.rect(x0, y, x1 - x0, height, fill=tint(pen.accent, 0.93))
        for n, piece in enumerate(pen.wrap(line.description, 8.8, cols[0][2] - 10)):
            pen.text(x0 + 5, y + 12 + 10 * n, piece, 8.8)
        _cells(c, cols, y + 12, line)
        y += height
    pen.line(x0, y, x1, y, color=pen.accent, width=0.8)
    return y


def _sb_totals(c: Ctx, x0: float, x1: float, y: float) -> None:
    pen, doc = c.pen, c.doc
    bx = x1 - 240
    y += 4
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        if strong:
            pen.rect(bx, y, x1 - bx, 19, fill=pen.accent)
            _total(c, bx + 8, x1 - 6, y + 13.5, row, 9, color=white, fit=140)
        else:
            _total(c, bx + 8, x1 - 6, y + 13.5, row, 8.8, fit=140)
        y += 20
    pen.text(x0, y + 16, c.labels["thanks"], 9, italic=True, color=pen.accent)


# --- H113: a store's sales receipt on a half sheet ----------------------------------------

HALF_LANDSCAPE = (612.0, 396.0)
HS_MARGIN = 30.0
HS_COLS = (("item", 78.0), ("description", 0.0), *zip(RIGHT_KEYS, (58.0, 74.0, 80.0), strict=True))
HS_BRANDS = ("VISA", "MASTERCARD", "AMEX", "DISCOVER")


def render_half_sheet(doc: Document) -> tuple[bytes, int]:
    """A half letter sheet, landscape: the store on the left, the sale's references boxed on
    the right, who it was sold to, the items with their numbers, the totals, the tender and
    a PAID stamp, and the returns policy at the foot."""
    buffer, canvas, pen = _canvas(doc, HALF_LANDSCAPE)
    c = Ctx(pen, doc, Fmt.of(doc), HS_MARGIN)
    lab, ex, fmt = c.labels, doc.extras, c.fmt
    rng = random.Random(f"h113:{doc.id}")
    pen.text(c.margin, 36, doc.vendor_name, 13, bold=True, color=pen.accent, fit=300)
    for k, line in enumerate([*doc.vendor_lines, *_contact(doc)]):
        pen.text(c.margin, 49 + 9.5 * k, line, 7.8, fit=300)
    bx, bw = c.right - 216, 216.0
    pen.rect(bx, 22, bw, 16, fill=pen.accent)
    pen.text(bx + bw / 2, 33.5, lab["receipt_title"], 10, bold=True, align="center", color=white)
    rows = [
        (lab["receipt_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["time"], ex["time"]),
        (lab["register"], ex["register"]),
        (lab["cashier"], ex["cashier"]),
    ]
    y = 38.0
    for label, value in rows:
        pen.rect(bx, y, bw, 14, stroke=pen.accent, width=0.5)
        pen.text(bx + 4, y + 10, label, 7.6, color=GREY)
        pen.text(bx + bw - 4, y + 10, value, 8.6, bold=True, align="right")
        y += 14
    y += 8
    sold = ex.get("job") or lab["walk_in"]
    pen.text(c.margin, y, f"{lab['sold_to']}:", 8, bold=True)
    pen.text(c.margin + 62, y, sold if not ex.get("job") else f"{lab['job']}: {sold}", 8.6)
    y += 8
    cols = _columns(c.margin, c.width, HS_COLS)
    pen.rect(c.margin, y, c.width, 14, fill=tint(pen.accent, 0.85))
    _heads(c, cols, y + 10, 7.6)
    y += 14
    for item in doc.lines:
        y += 11.5
        pen.text(cols[0][1] + 4, y, item.code or "", 8)
        pen.text(cols[1][1] + 4, y, item.description, 8.4, fit=cols[1][2] - 8)
        _cells(c, cols, y, item)
    y += 5
    pen.line(c.margin, y, c.right, y, color=GREY, width=0.6)
    base = y
    for row in doc.totals:
        base += 12.5
        _total(c, c.right - 230, c.right - 4, base, row, 8.6, fit=150)
    pieces = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    pen.text(c.margin, y + 13, f"{lab['items']}: {fmt.quantity(pieces)}", 8)
    if ex.get("card_last4"):
        brand = rng.choice(HS_BRANDS)
        tender = lab["card_tender"].format(brand=brand, last4=ex["card_last4"])
        pen.text(c.margin, y + 26, f"{lab['tendered']}: {tender}  {fmt.money(doc.total)}", 8)
    else:
        paid = (doc.total // 10 + 1) * 10 if rng.random() < 0.7 else doc.total
        pen.text(c.margin, y + 26, f"{lab['tendered']}: {lab['cash']}  {fmt.money(paid)}", 8)
        pen.text(c.margin, y + 38, f"{lab['change']}  {fmt.money(paid - doc.total)}", 8)
    _stamp(pen, c.margin + 250, y + 30, lab["paid"], rng)
    foot = pen.height - 30
    pen.line(c.margin, foot - 10, c.right, foot - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, foot, lab["returns"], 6.8, color=GREY, fit=c.width * 0.72)
    pen.text(c.right, foot, lab["thanks"], 7.6, bold=True, align="right", fit=c.width * 0.26)
    canvas.save()
    return buffer.getvalue(), 1


def _stamp(pen: Pen, x: float, y: float, word: str, rng: random.Random) -> None:
    """A rubber stamp pressed a little askew, in red ink."""
    ink = HexColor("#c0272d")
    c = pen.canvas
    c.saveState()
    c.translate(x, pen.height - y)
    c.rotate(rng.uniform(8, 20))
    c.setStrokeColor(ink)
    c.setLineWidth(2)
    c.roundRect(-6, -8, 70, 28, 4, stroke=1, fill=0)
    c.setFillColor(ink)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0, 0, word)
    c.restoreState()


# --- H114: a small contractor's invoice typed in a word processor --------------------------

WP_MARGIN = 64.0
WP_COLS = (("quantity", 50.0), ("description", 0.0), ("unit_price", 80.0), ("amount", 96.0))
WP_FOOT = 60.0


def render_word_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a word processor prints them: the name centred in capitals with
    the address and phone under it, a rule, the title and the details in lines on the
    left, the customer and the job's address, a table with every cell ruled whose last
    rows hold the totals, who to make the check to and a thank-you."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), WP_MARGIN)
    cols = _columns(c.margin, c.width, WP_COLS)
    heights = [
        8.0 + 12 * len(pen.wrap(line.description, 10, cols[1][2] - 10)) for line in doc.lines
    ]
    first = _wp_head(c, measure=True)
    closing = 18.0 * len(doc.totals) + 90
    room = pen.height - WP_FOOT
    pages = paginate(heights, room - first - 20, room - 70 - 20, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            y = 70.0
            pen.text(
                c.margin,
                50,
                f"{doc.vendor_name.upper()} - {c.labels['invoice_number']} {doc.invoice_number}",
                9,
            )
        else:
            y = _wp_head(c)
        y = _wp_table(
            c, cols, y, doc.lines[start:end], heights[start:end], last=number == len(pages)
        )
        if number == len(pages):
            _wp_closing(c, y + 20)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 10, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(pen.width / 2, pen.height - 36, said, 9, align="center")
    canvas.save()
    return buffer.getvalue(), len(pages)


def _wp_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw = not measure

    def put(x: float, y: float, text: str, size: float, **style) -> None:
        if draw:
            pen.text(x, y, text, size, **style)

    mid = pen.width / 2
    put(mid, 64, doc.vendor_name.upper(), 18, bold=True, align="center", fit=c.width)
    put(mid, 80, ", ".join(doc.vendor_lines), 10.5, align="center", fit=c.width)
    contact = "   ".join(
        f"{label} {value}"
        for label, value in ((lab["phone"], doc.vendor_phone), (lab["email"], doc.vendor_email))
        if value
    )
    put(mid, 93, contact, 10.5, align="center", fit=c.width)
    y = 100.0
    if doc.vendor_tax_id:
        put(mid, 106, f"{lab['tax_id']}: {doc.vendor_tax_id}", 9.5, align="center")
        y = 112.0
    if draw:
        pen.line(c.margin, y, c.right, y, width=1.4)
        pen.line(c.margin, y + 2.5, c.right, y + 2.5, width=0.5)
    put(c.margin, y + 30, lab["title"], 16, bold=True)
    line_y = y + 48
    for label, value in meta_pairs(doc, fmt):  # number, date, due date, terms, order
        put(c.margin, line_y, f"{label}: {value}", 10.5)
        line_y += 14
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    line_y += 10
    for heading, lines in blocks:
        put(c.margin, line_y, heading, 10.5, bold=True)
        for n, line in enumerate(lines):
            put(c.margin + 110, line_y + 13.5 * n, line, 10.5)
        line_y += 13.5 * len(lines) + 8
    return line_y + 6


def _wp_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    lines: list[Line],
    heights: list[float],
    *,
    last: bool,
) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    top = y
    pen.rect(c.margin, y, c.width, 18, fill=HexColor("#d9d9d9"))
    for key, x, w in cols:
        pen.text(x + w / 2, y + 12.5, lab[key], 10, bold=True, align="center")
    rules = [y]
    y += 18
    rules.append(y)
    for line, height in zip(lines, heights, strict=True):
        for n, piece in enumerate(pen.wrap(line.description, 10, cols[1][2] - 10)):
            pen.text(cols[1][1] + 5, y + 13 + 12 * n, piece, 10)
        for key, x, w in cols:
            if key in RIGHT_KEYS:
                value = _value_text(c, line, key)
                value = c.fmt.money(line.amount) if key == "amount" else value
                pen.text(x + w - 5, y + 13, value, 10, align="right")
        y += height
        rules.append(y)
    verticals_end = y
    if last:
        for row in doc.totals:
            strong = row.key in ("total", "amount_due")
            pen.text(cols[3][1] - 5, y + 13, row_label(c, row), 10, bold=strong, align="right")
            pen.text(c.right - 5, y + 13, row_value(c, row), 10, bold=strong, align="right")
            y += 18
            rules.append(y)
    for r in rules:
        pen.line(c.margin, r, c.right, r, width=0.7)
    for x in (c.margin, *(x for _, x, _ in cols[1:]), c.right):
        pen.line(x, top, x, verticals_end, width=0.7)
    if last:  # the totals rows: the label cell spans the first three columns
        for x in (c.margin, cols[3][1], c.right):
            pen.line(x, verticals_end, x, y, width=0.7)
    return y


def _wp_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = _para(pen, c.margin, y, lab["payable"].format(name=doc.vendor_name), 10.5, c.width)
    if doc.remit_lines:
        said = f"{lab['remit_to']} {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        y = _para(pen, c.margin, y + 14, said, 10.5, c.width)
    pen.text(c.margin, y + 26, lab["thanks"], 11, italic=True)
    pen.text(c.margin, y + 42, lab["insured"], 9.5)


# --- H115: a pre-numbered service ticket on a half-letter pad -------------------------------

HALF_LETTER = (396.0, 612.0)
ST_MARGIN = 20.0
ST_COLS = (("quantity", 34.0), ("description", 0.0), ("unit_price", 58.0), ("amount", 64.0))
ST_ROWS = 10
HAND = HexColor("#1c2f7a")
ST_WORK = (
    "Checked unit on arrival, found problem as listed below. Repaired and tested OK.",
    "Diagnosed and made repair. Ran system and checked operation with resident.",
    "Replaced parts listed. Cleaned up work area. Unit working at departure.",
    "Troubleshot per work order, completed repair, tested, all OK at this time.",
)
ST_TECHS = ("R. Gomez", "D. Whitfield", "J. Nguyen", "M. Carter", "L. Ortiz", "T. Brooks")


def render_service_ticket(doc: Document) -> tuple[bytes, int]:
    """A half letter sheet: the pad's printed form in red ink (the firm, the ticket's
    serial, cells, boxes and rules) filled in by the technician in blue ballpoint: the
    date, customer and job, the call's kind ticked, the work done, the materials and
    labor with their prices, the totals in their boxes, times and signature."""
    buffer, canvas, pen = _canvas(doc, HALF_LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), ST_MARGIN)
    hand = Pen(canvas, pen.width, pen.height, "Helvetica", "#1c2f7a")
    rng = random.Random(f"h115:{doc.id}")
    lab, fmt = c.labels, c.fmt

    def write(x: float, y: float, text: str, size: float = 9.4, **style) -> None:
        hand.text(
            x + rng.uniform(-1, 1),
            y + rng.uniform(-0.8, 0.8),
            text,
            size,
            italic=True,
            color=HAND,
            **style,
        )

    ink = pen.accent
    pen.text(c.margin, 30, doc.vendor_name, 12, bold=True, color=ink, fit=230)
    for k, line in enumerate([*doc.vendor_lines, *_contact(doc)]):
        pen.text(c.margin, 41 + 8.5 * k, line, 7, color=ink, fit=230)
    pen.text(c.right, 28, lab["title"], 11, bold=True, align="right", color=ink)
    pen.text(c.right, 40, lab["invoice_number"], 6.6, align="right", color=ink)
    pen.text(c.right, 54, doc.invoice_number, 13, bold=True, align="right", color=ink)
    y = max(41 + 8.5 * (len(doc.vendor_lines) + len(_contact(doc))), 60.0) + 2
    cells = [
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["po_number"], doc.po_number or ""),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
    ]
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.rect(x, y, w, 24, stroke=ink, width=0.6)
        pen.text(x + 3, y + 8, label, 6, color=ink)
        if value:
            write(x + 4, y + 20, value, 9, fit=w - 8)
    y += 24
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    h = 14 + 10.5 * max(len(lines) for _, lines in blocks)
    half = c.width / 2
    for k, (label, lines) in enumerate(blocks):
        x = c.margin + k * half
        pen.rect(x, y, half, h, stroke=ink, width=0.6)
        pen.text(x + 3, y + 8, label, 6, color=ink)
        for n, line in enumerate(lines):
            write(x + 6, y + 19 + 10.5 * n, line, 8.6, fit=half - 10)
    y += h + 12
    pen.text(c.margin, y, lab["kind"], 6.6, color=ink)
    kinds = lab["kinds"].split("|")
    ticked = rng.randrange(len(kinds))
    x = c.margin + 60
    for k, kind in enumerate(kinds):
        pen.rect(x, y - 7, 7, 7, stroke=ink, width=0.6)
        pen.text(x + 10, y, kind, 7, color=ink)
        if k == ticked:
            write(x - 0.5, y + 0.5, "X", 9)
        x += 22 + pen.measure(kind, 7)
    y += 10
    pen.text(c.margin, y + 8, lab["work"], 6.6, color=ink)
    for n in range(3):
        pen.line(
            c.margin, y + 22 + 13 * n, c.right, y + 22 + 13 * n, color=tint(ink, 0.5), width=0.4
        )
    work = pen.wrap(rng.choice(ST_WORK), 9, c.width - 8)
    for n, piece in enumerate(work[:3]):
        write(c.margin + 4, y + 20 + 13 * n, piece, 9)
    y += 22 + 13 * 3
    y = _st_table(c, y, ink, write)
    _st_closing(c, y, ink, write, rng)
    canvas.save()
    return buffer.getvalue(), 1


def _st_table(c: Ctx, y: float, ink: Color, write: Write) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    cols = _columns(c.margin, c.width, ST_COLS)
    pen.rect(c.margin, y, c.width, 13, fill=tint(ink, 0.85))
    for key, x, w in cols:
        pen.text(x + w / 2, y + 9.5, lab[key], 7, bold=True, align="center", color=ink)
    top = y
    y += 13
    texts = [pen.wrap(line.description, 8.4, cols[1][2] - 8) for line in doc.lines]
    rows = sum(len(text) for text in texts)
    for n in range(max(ST_ROWS, rows)):
        pen.line(
            c.margin, y + 13 * (n + 1), c.right, y + 13 * (n + 1), color=tint(ink, 0.4), width=0.4
        )
    row = 0
    for line, text in zip(doc.lines, texts, strict=True):
        base = y + 10 + 13 * row
        for n, piece in enumerate(text):
            write(cols[1][1] + 4, base + 13 * n, piece, 8.4)
        for key, x, w in cols:
            if key in RIGHT_KEYS:
                write(x + w - 5, base, _value_text(c, line, key), 8.6, align="right")
        row += len(text)
    bottom = y + 13 * max(ST_ROWS, rows)
    for x in (c.margin, *(x for _, x, _ in cols[1:]), c.right):
        pen.line(x, top, x, bottom, color=ink, width=0.6)
    pen.rect(c.margin, top, c.width, bottom - top, stroke=ink, width=0.8)
    return bottom


def _st_closing(c: Ctx, y: float, ink: Color, write: Write, rng: random.Random) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    x0 = c.right - 150
    for row in doc.totals:
        pen.rect(x0, y, 86, 16, stroke=ink, width=0.6)
        pen.rect(x0 + 86, y, 64, 16, stroke=ink, width=0.6)
        pen.text(x0 + 3, y + 11, row_label(c, row), 6.6, color=ink, fit=80)
        write(c.right - 4, y + 12, row_value(c, row), 9, align="right")
        y += 16
    start = y - 16 * len(doc.totals)
    tech = rng.choice(ST_TECHS)
    arrive = rng.randint(7 * 60, 15 * 60)
    leave = arrive + rng.randint(30, 180)
    pairs = [
        (lab["tech"], tech),
        (lab["time_in"], f"{arrive // 60}:{arrive % 60:02d}"),
        (lab["time_out"], f"{leave // 60}:{leave % 60:02d}"),
    ]
    ty = start + 10
    for label, value in pairs:
        pen.text(c.margin, ty, f"{label}:", 6.8, color=ink)
        pen.line(c.margin + 50, ty + 2, x0 - 14, ty + 2, color=tint(ink, 0.4), width=0.4)
        write(c.margin + 54, ty, value, 9)
        ty += 14
    pen.rect(c.margin, ty - 6, 7, 7, stroke=ink, width=0.6)
    pen.text(c.margin + 10, ty + 1, lab["complete"], 7, color=ink)
    write(c.margin - 0.5, ty + 1.5, "X", 9)
    pen.rect(c.margin + 80, ty - 6, 7, 7, stroke=ink, width=0.6)
    pen.text(c.margin + 90, ty + 1, lab["return"], 7, color=ink)
    sign = max(y, ty) + 34
    pen.line(c.margin, sign, c.margin + 220, sign, color=ink, width=0.6)
    pen.text(c.margin, sign + 8, lab["sign"], 6.4, color=ink)
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        pen.text(c.margin, sign + 22, said, 6.8, bold=True, color=ink, fit=c.width)
    pen.text(c.margin, pen.height - 26, lab["terms_note"], 6.2, color=ink, fit=c.width)
    pen.text(pen.width / 2, pen.height - 14, lab["copies"], 6, bold=True, align="center", color=ink)
