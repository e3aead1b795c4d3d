"""Whole pages of the layouts added with H76-H80: a water bill with a payment coupon to
tear off at its foot, a Spanish-style invoice whose two parties share one framed box, a
supply house's invoice over several pages (ordered, shipped and backordered quantities,
item numbers, units of measure), a hardware store's till receipt that ends with the
transaction's line, and a Mexican utility's "aviso recibo" with its payment slip."""

from __future__ import annotations

import hashlib
import io
from decimal import Decimal

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document, Line
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx, contact_lines
from samples.pdf_sheets import ColumnCtx, _canvas
from samples.pdf_table import build_table, draw_rows, paginate, row_label, row_value, sku

MARGIN = 36.0
COUPON_HEIGHT = 178.0
MFR = ("NIB", "LEV", "FLM", "MOE", "HON", "SQD", "DAP", "KOH", "SCH", "WBR")


def _digest(*parts: object) -> int:
    text = ":".join(str(part) for part in parts)
    return int(hashlib.md5(text.encode()).hexdigest(), 16)


def _cell(
    c: Ctx,
    x: float,
    y: float,
    w: float,
    h: float,
    label: str,
    value: str,
    *,
    strong: bool = False,
    shade: bool = False,
) -> None:
    """A ruled form cell: a small label in its top left corner, the value under it."""
    pen = c.pen
    if shade:
        pen.rect(x, y, w, h, fill=pen.pale)
    pen.rect(x, y, w, h, stroke=pen.accent, width=0.6)
    pen.text(x + 4, y + 8.5, label, 6.5, color=GREY, fit=w - 8)
    pen.text(x + 4, y + h - 6, value, 10 if strong else 9, bold=strong, fit=w - 8)


def _cell_rows(c: Ctx, y: float, rows: list[list[tuple[str, str, bool]]], h: float) -> float:
    """Rows of equal cells across the page; returns the bottom."""
    for row in rows:
        w = c.width / len(row)
        for k, (label, value, strong) in enumerate(row):
            _cell(c, c.margin + k * w, y, w, h, label, value, strong=strong, shade=strong)
        y += h
    return y


def _block(c: Ctx, x: float, y: float, w: float, heading: str, lines: list[str]) -> float:
    pen = c.pen
    pen.text(x, y + 9, heading, 7.5, bold=True, color=pen.accent, fit=w)
    for k, line in enumerate(lines):
        pen.text(x, y + 22 + 11 * k, line, 9, bold=k == 0, fit=w - 4)
    return y + 22 + 11 * len(lines)


def _customer_lines(doc: Document) -> list[str]:
    attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
    return [doc.customer_name or "", *attn, *(doc.bill_to_lines or [])]


def _notes(c: Ctx, y: float, width: float) -> float:
    pen = c.pen
    for k, text in enumerate(pen.wrap(c.labels["notes"], 7.5, width)):
        pen.text(c.margin, y + 9 * k, text, 7.5, italic=True, color=GREY)
    y += 9 * len(pen.wrap(c.labels["notes"], 7.5, width)) + 6
    pen.text(c.margin, y + 4, c.labels["thanks"], 8.5, bold=True, color=pen.accent)
    return y + 12


def _summary_rows(c: Ctx, x: float, y: float, w: float) -> float:
    """A utility's balance rows in a framed box under a heading band."""
    pen, rows = c.pen, c.doc.summary
    height = 20 + 15 * len(rows)
    pen.rect(x, y, w, 15, fill=pen.fill_accent)
    pen.rect(x, y, w, height, stroke=pen.accent, width=0.8)
    pen.text(x + 6, y + 11, c.labels["summary"], 8.5, bold=True, color=pen.on_accent)
    for k, row in enumerate(rows):
        base = y + 28 + 15 * k
        strong = row.key == "amount_due"
        if strong:
            pen.rect(x + 1, base - 11, w - 2, 15, fill=pen.pale)
        pen.text(x + 6, base, row_label(c, row), 8.5, bold=strong, fit=w * 0.6)
        pen.text(x + w - 6, base, row_value(c, row), 9, bold=strong, align="right")
    return y + height


def _totals_rows(c: Ctx, y: float, x: float, right: float) -> float:
    pen = c.pen
    for row in c.doc.totals:
        y += 14
        strong = row.key in ("total", "amount_due")
        pen.text(right - 92, y, row_label(c, row), 8.5, bold=strong, align="right", fit=right - x)
        pen.text(right - 4, y, row_value(c, row), 9, bold=strong, align="right")
    return y + 8


def _bars(pen: Pen, x: float, y: float, w: float, h: float, seed: int) -> None:
    """A bar code's look: decorative, drawn from ``seed``."""
    at = x
    k = 0
    while at < x + w:
        bar = 0.7 + ((seed >> (k % 120)) & 3) * 0.6
        pen.rect(at, y, bar, h, fill=BLACK)
        at += bar + 0.8 + ((seed >> ((k + 7) % 120)) & 1) * 1.1
        k += 1


# --- H76: a water bill with a payment coupon --------------------------------------------


def render_coupon_bill(doc: Document) -> tuple[bytes, int]:
    """One letter page: the department's head, the account in ruled cells, the customer
    and the service location beside the balance box, the charges, and a coupon under a
    perforation with the account, due date, amount and the scan line."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN)
    lab, fmt = doc.labels, c.fmt
    y = 30.0
    draw_logo(pen, doc.logo, c.margin, y, 42, initials(doc.vendor_name))
    lines = contact_lines(doc)
    pen.text(c.margin + 52, y + 13, doc.vendor_name, 13, bold=True, color=pen.accent, fit=300)
    for k, line in enumerate(lines):
        pen.text(c.margin + 52, y + 25 + 9.5 * k, line, 8, color=GREY, fit=300)
    pen.text(c.right, y + 14, lab["title"], 14, bold=True, align="right", color=pen.accent)
    y = max(y + 25 + 9.5 * len(lines), y + 46) + 8
    assert doc.period is not None and doc.due_date is not None
    rows = [
        [
            (lab["account_number"], doc.account_number or "", True),
            (lab["invoice_number"], doc.invoice_number, False),
            (lab["invoice_date"], fmt.date(doc.invoice_date), False),
            (lab["meter"], doc.extras["meter"], False),
        ],
        [
            (lab["period_from"], fmt.date(doc.period[0]), False),
            (lab["period_to"], fmt.date(doc.period[1]), False),
            (lab["due_date"], fmt.date(doc.due_date), False),
            (lab["amount_due"], fmt.money(doc.due_amount), True),
        ],
    ]
    y = _cell_rows(c, y, rows, 26) + 14
    box_w = c.width * 0.4
    col = (c.width - box_w - 16) / 2
    left = _block(c, c.margin, y, col - 8, lab["bill_to"], _customer_lines(doc))
    middle = y
    if doc.service_lines:
        middle = _block(c, c.margin + col, y, col - 8, lab["service_address"], doc.service_lines)
    right = _summary_rows(c, c.right - box_w, y, box_w)
    y = max(left, middle, right) + 14
    table = build_table(c)
    y = draw_rows(c, table, 0, len(table.heights), y)
    y = _totals_rows(c, y, c.right - 260, c.right) + 6
    _notes(c, y, c.width * 0.6)
    _coupon(c, pen.height - MARGIN - COUPON_HEIGHT)
    canvas.save()
    return buffer.getvalue(), 1


def _coupon(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.line(0, y, pen.width, y, color=GREY, width=0.7, dash=(3, 3))
    pen.text(pen.width / 2, y - 4, lab["stub"], 7, italic=True, align="center", color=GREY)
    y += 20
    pen.text(c.margin, y, lab["coupon"], 10, bold=True, color=pen.accent)
    pen.text(c.margin, y + 12, doc.vendor_name, 8.5, color=GREY, fit=240)
    assert doc.due_date is not None
    x0, w = c.right - 290, 290.0
    cells = [
        (lab["account_number"], doc.account_number or "", False),
        (lab["due_date"], fmt.date(doc.due_date), False),
        (lab["amount_due"], fmt.money(doc.due_amount), True),
        (lab["enclosed"], "$", False),
    ]
    for k, (label, value, strong) in enumerate(cells):
        cx, cy = x0 + (k % 2) * w / 2, y - 10 + (k // 2) * 26
        _cell(c, cx, cy, w / 2, 26, label, value, strong=strong, shade=strong)
    y += 56
    remit = [doc.vendor_name, *(doc.remit_lines or [])]
    pen.text(c.margin + 20, y, lab["remit_to"], 7, color=GREY)
    for k, line in enumerate(remit):
        pen.text(c.margin + 20, y + 13 + 11 * k, line, 9.5, bold=k == 0, fit=250)
    for k, line in enumerate(_customer_lines(doc)):
        pen.text(x0 + 10, y + 13 + 11 * k, line, 9, fit=w - 20)
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    cents = int(doc.due_amount * 100)
    scan = f"{digits} {doc.extras['reference'][:8]} {cents:010d} {doc.due_date:%y%m%d} 7"
    pen.canvas.setFont("Courier", 10)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(c.margin + 20, MARGIN - 6 + 8, scan)


# --- H77: both parties in one framed box -------------------------------------------------


def render_framed_parties(doc: Document) -> tuple[bytes, int]:
    """One letter page: logo and title over a grid of detail cells on the right, the
    provider and the buyer side by side in one framed box, the job site on a line, a ruled
    grid of lines and the totals in a framed summary box."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN + 4)
    lab, fmt = doc.labels, c.fmt
    y = 34.0
    draw_logo(pen, doc.logo, c.margin, y, 44, initials(doc.vendor_name))
    pairs = [
        (lab["invoice_number"], doc.invoice_number, True),
        (lab["invoice_date"], fmt.date(doc.invoice_date), False),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date), False))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms, False))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number, False))
    if doc.show_currency:
        pairs.append((lab["currency"], doc.currency, False))
    grid_w, per_row = 300.0, 3
    cell_w = grid_w / per_row
    x0 = c.right - grid_w
    room = x0 - c.margin - 66
    pen.text(c.margin + 54, y + 28, lab["title"], 19, bold=True, color=pen.accent, fit=room)
    for k, (label, value, strong) in enumerate(pairs):
        cx, cy = x0 + (k % per_row) * cell_w, y + (k // per_row) * 26
        _cell(c, cx, cy, cell_w, 26, label, value, strong=strong)
    y = max(y + 52, y + 26 * ((len(pairs) + per_row - 1) // per_row)) + 16
    half = c.width / 2
    left = [doc.vendor_name, *contact_lines(doc)]
    right = [*_customer_lines(doc), *doc.extras.get("customer_lines", [])]
    height = 24 + 11 * max(len(left), len(right))
    pen.rect(c.margin, y, c.width, 15, fill=pen.pale)
    pen.rect(c.margin, y, c.width, height, stroke=pen.accent, width=0.9)
    pen.line(c.margin + half, y, c.margin + half, y + height, color=pen.accent, width=0.9)
    for k, (heading, lines) in enumerate(((lab["issuer"], left), (lab["bill_to"], right))):
        x = c.margin + k * half + 7
        pen.text(x, y + 11, heading.upper(), 8, bold=True, color=pen.accent)
        for n, line in enumerate(lines):
            pen.text(x, y + 27 + 11 * n, line, 9, bold=n == 0, fit=half - 14)
    y += height + 8
    if doc.service_lines:
        said = f"{lab['service_address']}: {', '.join(doc.service_lines)}"
        pen.text(c.margin, y + 9, said, 8.5, fit=c.width)
        y += 14
    table = build_table(c)
    y = draw_rows(c, table, 0, len(table.heights), y + 6)
    y = _summary_box(c, y + 12)
    _notes(c, y + 12, c.width * 0.7)
    canvas.save()
    return buffer.getvalue(), 1


def _summary_box(c: Ctx, y: float) -> float:
    pen, rows = c.pen, c.doc.totals
    w = 230.0
    x = c.right - w
    height = 20 + 16 * len(rows)
    pen.rect(x, y, w, 15, fill=pen.fill_accent)
    pen.rect(x, y, w, height, stroke=pen.accent, width=0.9)
    pen.text(x + 6, y + 11, c.labels["summary"].upper(), 8, bold=True, color=pen.on_accent)
    for k, row in enumerate(rows):
        base = y + 29 + 16 * k
        strong = row.key in ("total", "amount_due")
        if k:
            pen.line(x, base - 12, x + w, base - 12, color=LIGHT, width=0.5)
        pen.text(x + 6, base, row_label(c, row), 9, bold=strong, fit=w * 0.55)
        pen.text(
            x + w - 6, base, row_value(c, row), 10 if strong else 9.5, bold=strong, align="right"
        )
    return y + height


# --- H78: a supply house's invoice over pages ---------------------------------------------

SUPPLY_COLS = (
    ("ordered", 38.0, "right"),
    ("quantity", 38.0, "right"),
    ("backorder", 36.0, "right"),
    ("sku", 50.0, "left"),
    ("description", 0.0, "left"),
    ("unit", 34.0, "left"),
    ("unit_price", 56.0, "right"),
    ("amount", 64.0, "right"),
)
SUPPLY_LINE = 10.0


def _backorder(doc: Document, index: int, line: Line) -> int:
    """Units ordered but not shipped: none on most lines."""
    mark = _digest(doc.id, index, line.description)
    return 0 if mark % 5 else 1 + mark % 4


def _mfr(line: Line) -> str:
    mark = _digest("mfr", line.description)
    return f"{MFR[mark % len(MFR)]}-{mark % 90000 + 10000}{'ABCDEFGH'[mark % 8]}"


def render_supply(doc: Document) -> tuple[bytes, int]:
    """A supply house's invoice: the branch's head and the document box on every page,
    sold-to and ship-to boxes and a strip of order cells on the first, the lines with
    their ordered, shipped and backordered quantities, and the totals on the last."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, LETTER[0], LETTER[1], doc.layout["font"], doc.layout["accent"])
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN)
    fixed = sum(width for _, width, _ in SUPPLY_COLS)
    widths = [c.width - fixed if width == 0 else width for _, width, _ in SUPPLY_COLS]
    rows = [pen.wrap(line.description, 7.5, widths[4] - 8) for line in doc.lines]
    heights = [SUPPLY_LINE * len(row) + 9 + 5 for row in rows]
    first_top = _supply_first_top(c)
    later_top = 112.0
    limit = pen.height - MARGIN - 20
    closing = 26 + 14 * len(doc.totals) + 60
    pages = paginate(heights, limit - first_top - 18, limit - later_top - 18, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        y = _supply_head(c, number, len(pages))
        if number == 1:
            y = _supply_parties(c, y)
        y = _supply_rows(c, widths, rows, heights, start, end, y)
        if number < len(pages):
            pen.text(c.right, y + 14, doc.labels["continued_footer"], 8, align="right")
        else:
            y = _supply_totals(c, y + 8)
            _notes(c, y + 10, c.width * 0.7)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _supply_head(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    y = 30.0
    draw_logo(pen, doc.logo, c.margin, y, 36, initials(doc.vendor_name))
    pen.text(c.margin + 44, y + 11, doc.vendor_name, 11.5, bold=True, fit=300)
    lines = contact_lines(doc)
    if number > 1:
        lines = lines[:1]
    for k, line in enumerate(lines):
        pen.text(c.margin + 44, y + 22 + 8.5 * k, line, 7.5, color=GREY, fit=300)
    w = 190.0
    x = c.right - w
    pen.text(c.right, y + 10, lab["title"], 13, bold=True, align="right")
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ("", lab["page"].format(n=number, m=count)),
    ]
    for k, (label, value) in enumerate(cells):
        base = y + 26 + 13 * k
        pen.rect(x, base - 10, w, 13, stroke=pen.accent, width=0.5)
        pen.text(x + 4, base, label, 7.5, bold=True)
        pen.text(c.right - 4, base, value, 8.5, align="right")
    bottom = max(y + 22 + 8.5 * len(lines), y + 26 + 13 * len(cells))
    return bottom + 10 if number == 1 else max(bottom + 10, 112.0)


def _party_lines(doc: Document) -> tuple[list[str], list[str]]:
    return _customer_lines(doc), list(doc.service_lines or [])


def _supply_first_top(c: Ctx) -> float:
    """Where the first page's table starts (the head, the parties and the order strip)."""
    lines = len(contact_lines(c.doc))
    head = max(30 + 22 + 8.5 * lines, 30 + 26 + 13 * 3) + 10
    sold, ship = _party_lines(c.doc)
    return head + 22 + 11 * max(len(sold), len(ship)) + 8 + 24 + 8


def _supply_parties(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    sold, ship = _party_lines(doc)
    height = 22 + 11 * max(len(sold), len(ship))
    w = (c.width - 12) / 2
    for k, (heading, lines) in enumerate(((lab["bill_to"], sold), (lab["service_address"], ship))):
        x = c.margin + k * (w + 12)
        pen.rect(x, y, w, height, stroke=pen.accent, width=0.7)
        pen.text(x + 5, y + 10, f"{heading}:", 7.5, bold=True)
        for n, line in enumerate(lines):
            pen.text(x + 14, y + 22 + 11 * n, line, 8.5, fit=w - 20)
    y += height + 8
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["order_number"], doc.extras["order_number"]),
        (lab["order_date"], fmt.date(doc.extras["order_date"])),
        (lab["po_number"], doc.po_number or ""),
        (lab["ship_via"], doc.extras["ship_via"]),
        (lab["terms"], doc.terms or ""),
    ]
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date)))
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.rect(x, y, w, 24, stroke=pen.accent, width=0.5)
        pen.rect(x, y, w, 10, fill=pen.pale)
        pen.text(x + w / 2, y + 7.5, label, 6.5, bold=True, align="center", fit=w - 4)
        pen.text(x + w / 2, y + 20, value, 8, align="center", fit=w - 4)
    return y + 24 + 8


def _supply_rows(
    c: Ctx,
    widths: list[float],
    rows: list[list[str]],
    heights: list[float],
    start: int,
    end: int,
    y: float,
) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    xs = [c.margin + sum(widths[:k]) for k in range(len(widths))]
    pen.line(c.margin, y, c.right, y, width=0.9)
    for (key, _, align), x, w in zip(SUPPLY_COLS, xs, widths, strict=True):
        tx = x + w - 3 if align == "right" else x + 3
        pen.text(tx, y + 11, lab[key].upper(), 7, bold=True, align=align, fit=w - 4)
    y += 15
    pen.line(c.margin, y, c.right, y, width=0.9)
    for index in range(start, end):
        line = doc.lines[index]
        assert line.quantity is not None and line.unit_price is not None
        back = _backorder(doc, index, line)
        values = {
            "ordered": fmt.quantity(line.quantity + back),
            "quantity": fmt.quantity(line.quantity),
            "backorder": fmt.quantity(Decimal(back)),
            "sku": sku(line),
            "unit": (line.unit or "").upper(),
            "unit_price": fmt.rate(line.unit_price),
            "amount": fmt.amount(line.amount),
        }
        for (key, _, align), x, w in zip(SUPPLY_COLS, xs, widths, strict=True):
            if key == "description":
                for k, text in enumerate(rows[index]):
                    pen.text(x + 3, y + 10 + SUPPLY_LINE * k, text, 7.5)
                below = y + 10 + SUPPLY_LINE * len(rows[index]) - 1
                pen.text(x + 9, below, f"{lab['mfr']}: {_mfr(line)}", 6.5, color=GREY)
                continue
            tx = x + w - 3 if align == "right" else x + 3
            pen.text(tx, y + 10, values[key], 7.5, align=align)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4, dash=(1, 2))
    pen.line(c.margin, y, c.right, y, width=0.9)
    return y


def _supply_totals(c: Ctx, y: float) -> float:
    pen, rows = c.pen, c.doc.totals
    w = 240.0
    x = c.right - w
    pen.rect(x, y, w, 10 + 14 * len(rows), stroke=BLACK, width=0.9)
    for k, row in enumerate(rows):
        base = y + 14 + 14 * k
        strong = row.key in ("total", "amount_due")
        pen.text(x + 6, base, row_label(c, row), 8.5, bold=strong, fit=w * 0.55)
        pen.text(x + w - 6, base, row_value(c, row), 9, bold=strong, align="right")
    return y + 10 + 14 * len(rows)


# --- H79: a till receipt ending with the transaction's line -------------------------------

TAPE_WIDTH = 216.0
TAPE_MARGIN = 11.0


def render_tape(doc: Document) -> tuple[bytes, int]:
    """A narrow till receipt: the store, the title, the job name on some, each item's
    number and name with its amount and tax flag over "qty UNIT @ price", the totals,
    the payment, the count of units, and at the foot the store, terminal, transaction,
    date and time and the operator over a bar code."""
    lab, fmt = doc.labels, Fmt.of(doc)
    lines = len(doc.vendor_lines) + 2 + bool(doc.vendor_email)
    height = 150 + 9 * lines + 20 * len(doc.lines) + 12 * len(doc.totals) + 60
    height += 12 if doc.extras.get("job") else 0
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(TAPE_WIDTH, height), invariant=1, pageCompression=1)
    canvas.setTitle(f"{lab['receipt_title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, TAPE_WIDTH, height, doc.layout["font"], doc.layout["accent"])
    c = Ctx(pen, doc, fmt, TAPE_MARGIN)
    mid, right = TAPE_WIDTH / 2, TAPE_WIDTH - TAPE_MARGIN
    y = 20.0
    pen.text(mid, y, doc.vendor_name, 10, bold=True, align="center", fit=c.width)
    for line in doc.vendor_lines:
        y += 9
        pen.text(mid, y, line, 7, align="center", fit=c.width)
    y += 9
    pen.text(mid, y, f"{lab['phone']} {doc.vendor_phone}", 7, align="center", fit=c.width)
    if doc.vendor_email:
        y += 9
        pen.text(mid, y, doc.vendor_email, 7, align="center", fit=c.width)
    y += 18
    pen.text(mid, y, lab["receipt_title"], 9, bold=True, align="center")
    y += 6
    if doc.extras.get("job"):
        y += 12
        pen.text(TAPE_MARGIN, y, f"{lab['job']}: {doc.extras['job']}", 7, fit=c.width)
    y += 8
    pen.line(TAPE_MARGIN, y, right, y, color=GREY, width=0.5, dash=(2, 2))
    for item in doc.lines:
        assert item.quantity is not None and item.unit_price is not None
        y += 10
        pen.text(TAPE_MARGIN, y, f"{sku(item)} {item.description}", 7, fit=c.width - 56)
        pen.text(right - 9, y, fmt.amount(item.amount), 7.5, align="right")
        pen.text(right, y, "T", 7, align="right")
        y += 10
        unit = (item.unit or "ea").upper()
        said = f"{fmt.quantity(item.quantity)} {unit} @ {fmt.rate(item.unit_price)}"
        pen.text(TAPE_MARGIN + 14, y, said, 7)
    y += 6
    pen.line(TAPE_MARGIN, y, right, y, color=GREY, width=0.5, dash=(2, 2))
    for row in doc.totals:
        y += 12
        strong = row.key == "total"
        pen.text(right - 70, y, row_label(c, row), 7.5, bold=strong, align="right")
        pen.text(right - 9, y, row_value(c, row), 8 if strong else 7.5, bold=strong, align="right")
    y += 16
    total = doc.total
    mark = _digest(doc.id, "tape")
    if doc.extras.get("card_last4"):
        pen.text(TAPE_MARGIN, y, f"{lab['card']} ****{doc.extras['card_last4']}", 7)
        pen.text(right - 9, y, fmt.amount(total), 7.5, align="right")
        y += 10
        pen.text(TAPE_MARGIN, y, f"{lab['auth']} {mark % 900000 + 100000}", 7)
    else:
        paid = Decimal(int(total) + (5 - int(total) % 5 if int(total) % 5 else 5))
        pen.text(TAPE_MARGIN, y, lab["cash"], 7)
        pen.text(right - 9, y, fmt.amount(paid), 7.5, align="right")
        y += 10
        pen.text(TAPE_MARGIN, y, lab["change"], 7)
        pen.text(right - 9, y, fmt.amount(paid - total), 7.5, align="right")
    units = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    y += 14
    pen.text(TAPE_MARGIN, y, f"{lab['items_sold']}: {fmt.quantity(units)}", 7)
    y += 14
    pen.text(mid, y, lab["receipt_thanks"], 6.5, align="center", fit=c.width)
    y += 16
    hour, minute = (int(part) for part in doc.extras["time"].split(":"))
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    where = (
        f"{lab['store']} {doc.extras['store']} {lab['register']} {doc.extras['register']} "
        f"{lab['receipt_number']} {doc.invoice_number}"
    )
    pen.text(mid, y, where, 7, align="center", fit=c.width)
    y += 10
    stamp = f"{fmt.date(doc.invoice_date)} {clock}  {lab['cashier']} {doc.extras['cashier']}"
    pen.text(mid, y, stamp, 7, align="center", fit=c.width)
    _bars(pen, TAPE_MARGIN + 20, y + 8, c.width - 40, 22, mark)
    canvas.save()
    return buffer.getvalue(), 1


# --- H80: a Mexican utility's "aviso recibo" -------------------------------------------------


def render_aviso(doc: Document) -> tuple[bytes, int]:
    """One letter page: the utility's head beside a framed box with the amount to pay and
    the deadline, the service number and the bill's details in a row, the user and the
    premises, the meter reads, the charges beside the account's movements, and a payment
    slip with the bank reference at the foot."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN)
    lab, fmt = doc.labels, c.fmt
    assert doc.period is not None and doc.due_date is not None
    y = 30.0
    draw_logo(pen, doc.logo, c.margin, y, 40, initials(doc.vendor_name))
    lines = contact_lines(doc)
    pen.text(c.margin + 50, y + 12, doc.vendor_name, 12.5, bold=True, color=pen.accent, fit=290)
    for k, line in enumerate(lines):
        pen.text(c.margin + 50, y + 24 + 9 * k, line, 7.5, color=GREY, fit=290)
    box_w = 190.0
    x = c.right - box_w
    pen.text(c.right, y + 8, lab["title"], 10, bold=True, align="right", color=pen.accent)
    pen.rect(x, y + 16, box_w, 62, stroke=pen.accent, width=1.4)
    pen.rect(x, y + 16, box_w, 14, fill=pen.fill_accent)
    pen.text(
        x + box_w / 2,
        y + 26,
        lab["amount_due"].upper(),
        8,
        bold=True,
        align="center",
        color=pen.on_accent,
    )
    pen.text(x + box_w / 2, y + 50, fmt.money(doc.due_amount), 17, bold=True, align="center")
    pen.text(
        x + box_w / 2, y + 70, f"{lab['due_date']}: {fmt.date(doc.due_date)}", 8.5, align="center"
    )
    y = max(y + 24 + 9 * len(lines), y + 78) + 14
    period = fmt.period(doc.period[0], doc.period[1], lab["period_sep"])
    rows = [
        [
            (lab["account_number"], doc.account_number or "", True),
            (lab["invoice_number"], doc.invoice_number, False),
            (lab["invoice_date"], fmt.date(doc.invoice_date), False),
            (lab["service_period"], period, False),
        ]
    ]
    y = _cell_rows(c, y, rows, 28) + 12
    half = c.width / 2
    left = _block(c, c.margin, y, half - 10, lab["bill_to"], _customer_lines(doc))
    right = y
    if doc.service_lines:
        right = _block(c, c.margin + half, y, half - 10, lab["service_address"], doc.service_lines)
    y = max(left, right) + 12
    prior, now, used, unit = doc.extras["reads"]
    reads = [
        (lab["meter"], doc.extras["meter"]),
        (lab["read_prior"], fmt.quantity(prior)),
        (lab["read_now"], fmt.quantity(now)),
        (lab["used"], f"{fmt.quantity(used)} {unit}".strip()),
    ]
    pen.text(c.margin, y + 9, lab["readings"].upper(), 8, bold=True, color=pen.accent)
    y += 13
    w = c.width / len(reads)
    for k, (label, value) in enumerate(reads):
        cx = c.margin + k * w
        pen.rect(cx, y, w, 13, fill=pen.pale)
        pen.text(cx + w / 2, y + 9.5, label, 7.5, bold=True, align="center", fit=w - 6)
        pen.text(cx + w / 2, y + 25, value, 9, align="center", fit=w - 6)
    pen.line(c.margin, y + 31, c.right, y + 31, color=pen.accent, width=0.6)
    y += 44
    narrow = ColumnCtx(pen, doc, fmt, c.margin, edge=c.margin + c.width * 0.56)
    table = build_table(narrow)
    bottom = draw_rows(narrow, table, 0, len(table.heights), y)
    bottom = _totals_rows(narrow, bottom, narrow.margin, narrow.right)
    side = _summary_rows(c, c.right - c.width * 0.38, y, c.width * 0.38)
    y = max(bottom, side) + 12
    _notes(c, y, c.width * 0.8)
    _slip(c, pen.height - MARGIN - 118)
    canvas.save()
    return buffer.getvalue(), 1


def _slip(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    pen.line(0, y, pen.width, y, color=GREY, width=0.7, dash=(6, 3))
    y += 16
    pen.text(c.margin, y, lab["stub"].upper(), 8.5, bold=True, color=pen.accent)
    pen.text(c.right, y, doc.vendor_name, 8.5, bold=True, align="right", fit=260)
    y += 8
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["bill_to"], doc.customer_name or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], fmt.money(doc.due_amount)),
    ]
    widths = [0.2, 0.4, 0.18, 0.22]
    x = c.margin
    for (label, value), share in zip(cells, widths, strict=True):
        w = c.width * share
        _cell(c, x, y, w, 28, label, value, strong=label == lab["amount_due"])
        x += w
    y += 42
    reference = doc.extras["reference"]
    pen.text(c.margin, y, f"{lab['reference']}: {reference}", 8.5)
    _bars(pen, c.right - 230, y - 10, 230, 26, _digest(reference))
