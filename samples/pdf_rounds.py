"""Whole pages of the layouts added with H131-H135, documents of a property's service
rounds: a carpet-care company's invoice of the month's work tickets with its details in a
column down the right, a Puerto Rican hauler's monthly bill with the pickup calendar and a
tear-off stub, a garden center's till ticket, a pest-control firm's statement-invoice with
the account's aging and a stub at its foot, and an air-conditioning contractor's quarterly
invoice under its service contract with the covered units listed."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document
from samples.formats import amount_words_es
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _bars, _digest
from samples.pdf_routes import _contact
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _scribble, _sheet

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "amount", "tons")


def _heads(c: Ctx, cols: Columns, y: float, size: float, **style) -> None:
    """Column heads on baseline ``y``; figures' heads right-aligned over them."""
    for key, x, w in cols:
        right = key in FIGURES
        at, align = (x + w - 3, "right") if right else (x + 3, "left")
        if key == "tons":
            at = x + w - 10
        c.pen.text(at, y, c.labels[key], size, bold=True, align=align, fit=w - 4, **style)


def _figures(c: Ctx, cols: Columns, y: float, line, size: float) -> None:
    for key, x, w in cols:
        if key in ("quantity", "unit_price", "amount", "unit"):
            text = _value_text(c, line, key)
            if key == "unit":
                c.pen.text(x + 3, y, text, size, fit=w - 4)
            else:
                c.pen.text(x + w - 3, y, text, size, align="right", fit=w - 4)


# --- H131: a carpet-care company's invoice of the month's work tickets --------------------

CT_MARGIN = 36.0
CT_SIDE = 172.0  # the details' column down the right
CT_COLS = (
    ("date", 50.0),
    ("ticket", 40.0),
    ("description", 0.0),
    ("quantity", 26.0),
    ("unit_price", 46.0),
    ("amount", 54.0),
)
CT_SIZE, CT_LINE, CT_PAD = 7.6, 9.4, 6.0
CT_HEAD = 16.0
CT_LATER_TOP = 84.0
CT_FOOT = 40.0


def render_carpet_tickets(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the firm, the billed party and the property on the left, the month's
    work tickets under them, and down the right on every page a shaded column with the
    title, the invoice's details, the balance and the remittance address."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CT_MARGIN)
    main = c.right - CT_SIDE - 14
    cols = _columns(c.margin, main - c.margin, CT_COLS)
    desc_w = cols[2][2] - 6
    heights = [
        CT_LINE * len(pen.wrap(line.description, CT_SIZE, desc_w)) + CT_LINE + CT_PAD
        for line in doc.lines
    ]
    bottom = pen.height - CT_FOOT
    first_top = _ct_first(c, main, measure=True)
    closing = 30 + 15 * len(doc.totals) + 60
    pages = paginate(
        heights,
        bottom - first_top - CT_HEAD,
        bottom - CT_LATER_TOP - CT_HEAD,
        closing,
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _ct_side(c, number, len(pages))
        top = _ct_first(c, main) if number == 1 else _ct_later(c, main)
        y = _ct_table(c, cols, top, start, end, heights)
        if number == len(pages):
            _ct_totals(c, main, y + 8)
        else:
            pen.text(main, y + 14, c.labels["continued"], 7.6, italic=True, align="right")
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ct_side(c: Ctx, number: int, count: int) -> None:
    """The shaded column: title, details as small labels over their values, the page, the
    balance in a framed box, and where to send the payment."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    x, w = c.right - CT_SIDE, CT_SIDE
    pen.rect(x, 24, w, pen.height - 48, fill=pen.pale)
    pen.rect(x, 24, w, 40, fill=pen.accent)
    pen.text(x + w / 2, 51, lab["title"], 19, bold=True, align="center", color=white)
    pairs = [(lab["invoice_number"], doc.invoice_number)]
    pairs.append((lab["invoice_date"], fmt.date(doc.invoice_date)))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.account_number:
        pairs.append((lab["account_number"], doc.account_number))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    y = 84.0
    for label, value in pairs:
        pen.text(x + 12, y, label.upper(), 6.6, bold=True, color=GREY)
        pen.text(x + 12, y + 12, value, 10, bold=True, fit=w - 24)
        pen.line(x + 12, y + 17, x + w - 12, y + 17, color=LIGHT, width=0.5)
        y += 29
    pen.text(x + 12, y, lab["page"].format(n=number, m=count), 7.4, color=GREY)
    y += 16
    due = doc.total_row("amount_due")
    assert due is not None
    pen.rect(x + 8, y, w - 16, 44, fill=white, stroke=pen.accent, width=1.2)
    pen.text(x + w / 2, y + 14, row_label(c, due).upper(), 7.4, bold=True, align="center")
    pen.text(x + w / 2, y + 34, row_value(c, due), 15, bold=True, align="center", fit=w - 28)
    y += 62
    if doc.remit_lines:
        pen.text(x + 12, y, lab["remit_to"].upper(), 6.6, bold=True, color=GREY)
        for k, line in enumerate([doc.vendor_name, *doc.remit_lines]):
            pen.text(x + 12, y + 12 + 10 * k, line, 8, bold=k == 0, fit=w - 24)
    base = pen.height - 40
    pen.text(x + 12, base, f"{lab['route']}: {doc.extras['route']}", 6.6, color=GREY)


def _ct_first(c: Ctx, main: float, *, measure: bool = False) -> float:
    """The firm's head and the two parties; where the work tickets start."""
    pen, doc, lab = c.pen, c.doc, c.labels
    contact = [*doc.vendor_lines, *_contact(doc)]
    parties = [
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], list(doc.service_lines or [])),
    ]
    tall = 16 + 10.4 * max(len(lines) for _, lines in parties)
    top = 92 + 10 * len(contact)
    if not measure:
        draw_logo(pen, doc.logo, c.margin, 30, 40, initials(doc.vendor_name))
        x = c.margin + 50
        pen.text(x, 44, doc.vendor_name, 15, bold=True, color=pen.accent, fit=main - x)
        pen.text(x, 56, lab["tagline"], 7.4, italic=True, color=GREY, fit=main - x)
        for k, line in enumerate(contact):
            pen.text(x, 72 + 10 * k, line, 8, fit=main - x)
        half = (main - c.margin - 12) / 2
        for k, (heading, lines) in enumerate(parties):
            x = c.margin + k * (half + 12)
            pen.line(x, top, x + half, top, color=pen.accent, width=1.4)
            pen.text(x, top + 11, heading.upper(), 7, bold=True, color=pen.accent)
            for n, line in enumerate(lines):
                pen.text(x, top + 23 + 10.4 * n, line, 8.4, bold=n == 0, fit=half)
        said = lab["work_orders"].upper()
        pen.text(c.margin, top + tall + 22, said, 8, bold=True, color=pen.accent)
    return top + tall + 28


def _ct_later(c: Ctx, main: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 12, bold=True, color=pen.accent, fit=main - c.margin)
    said = f"{lab['work_orders']} ({lab['invoice_number']} {doc.invoice_number})"
    pen.text(c.margin, 60, said, 8, italic=True, color=GREY, fit=main - c.margin)
    pen.line(c.margin, 66, main, 66, color=pen.accent, width=1)
    return CT_LATER_TOP


def _ct_table(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    left, right = cols[0][1], cols[-1][1] + cols[-1][2]
    pen.rect(left, y, right - left, CT_HEAD, fill=tint(pen.accent, 0.7))
    _heads(c, cols, y + 11, 7)
    y += CT_HEAD
    tickets, techs = doc.extras["tickets"], doc.extras["techs"]
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        if line.day:
            pen.text(cols[0][1] + 3, base, fmt.cell_date(line.day), CT_SIZE)
        pen.text(cols[1][1] + 3, base, tickets[index], CT_SIZE)
        wrapped = pen.wrap(line.description, CT_SIZE, cols[2][2] - 6)
        for k, text in enumerate(wrapped):
            pen.text(cols[2][1] + 3, base + CT_LINE * k, text, CT_SIZE)
        said = f"{c.labels['tech']}: {techs[index]}"
        pen.text(cols[2][1] + 3, base + CT_LINE * len(wrapped), said, 6.4, italic=True, color=GREY)
        _figures(c, cols, base, line, CT_SIZE)
        y += heights[index]
        pen.line(left, y, right, y, color=LIGHT, width=0.4)
    return y


def _ct_totals(c: Ctx, main: float, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    x = main - 200
    for k, row in enumerate(doc.totals):
        base = y + 12 + 15 * k
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(x, base - 10.5, 200, 14.5, fill=pen.pale)
        pen.text(x + 4, base, row_label(c, row), 8, bold=strong, fit=120)
        pen.text(main - 4, base, row_value(c, row), 8.8, bold=strong, align="right")
    y += 12 + 15 * len(doc.totals) + 10
    end = _para(pen, c.margin, y, lab["note"], 7, main - c.margin, italic=True, color=GREY)
    pen.text(c.margin, end + 16, lab["thanks"], 8.4, bold=True, color=pen.accent)


# --- H132: a Puerto Rican hauler's monthly bill with the pickup calendar -----------------

TM_MARGIN = 36.0
TM_STUB = 168.0
TM_COLS = (("description", 0.0), ("quantity", 34.0), ("unit_price", 62.0), ("amount", 66.0))


def render_trash_month(doc: Document) -> tuple[bytes, int]:
    """A letter page: the hauler's band, its address beside a box of the account's facts
    with the amount owed, the customer and where the containers stand, the charges beside
    the account summary and the period's pickup calendar, and a stub under a cut line."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), TM_MARGIN)
    y = _tm_head(c)
    y = _tm_parties(c, y + 12)
    split = c.margin + c.width * 0.58
    left = _tm_charges(c, y + 14, split - 14)
    right = _tm_summary(c, split, y + 14)
    right = _tm_calendar(c, split, right + 12)
    y = max(left, right) + 16
    end = _para(pen, c.margin, y, c.labels["late"], 7, c.width, color=GREY)
    _para(pen, c.margin, end + 11, c.labels["ways"], 7, c.width, italic=True, color=GREY)
    _tm_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _tm_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(0, 0, pen.width, 58, fill=pen.accent)
    pen.text(c.margin, 30, doc.vendor_name, 17, bold=True, color=white, fit=330)
    pen.text(c.margin, 45, lab["tagline"], 8, color=white, fit=330)
    pen.text(c.right, 30, lab["title"], 10, bold=True, align="right", color=white, fit=220)
    contact = [*doc.vendor_lines, *_contact(doc)]
    for k, line in enumerate(contact):
        pen.text(c.margin, 76 + 10 * k, line, 8, fit=280)
    assert doc.period is not None and doc.due_date is not None
    x, w = c.margin + c.width * 0.52, c.width * 0.48
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
        (lab["route"], ex["route"]),
        (lab["control"], ex["control"]),
    ]
    y = 68.0
    for k, (label, value) in enumerate(pairs):
        base = y + 12 + 12 * k
        pen.text(x + 6, base, label, 7.4, color=GREY, fit=w * 0.5)
        pen.text(x + w - 6, base, value, 8.4, bold=k < 2, align="right", fit=w * 0.48)
    box = y + 14 + 12 * len(pairs)
    pen.rect(x, y, w, box - y + 44, stroke=pen.accent, width=0.8)
    pen.rect(x, box, w, 44, fill=pen.pale)
    due = doc.total_row("amount_due")
    assert due is not None
    pen.text(x + 6, box + 16, row_label(c, due), 8.4, bold=True)
    pen.text(x + w - 6, box + 17, row_value(c, due), 14, bold=True, align="right")
    pen.text(x + 6, box + 35, lab["due_date"], 8, bold=True)
    pen.text(x + w - 6, box + 35, fmt.date(doc.due_date), 10, bold=True, align="right")
    return max(box + 44, 76 + 10 * len(contact))


def _tm_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    half = (c.width - 16) / 2
    tall = 18 + 10.4 * max(len(lines) for _, lines in blocks)
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 16)
        pen.rect(x, y, half, 13, fill=tint(pen.accent, 0.75))
        pen.text(x + 5, y + 9.6, heading, 7.6, bold=True)
        for n, line in enumerate(lines):
            pen.text(x + 5, y + 24 + 10.4 * n, line, 8.4, bold=n == 0, fit=half - 10)
    return y + tall + 6


def _tm_charges(c: Ctx, y: float, right: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y, lab["charges"].upper(), 8, bold=True, color=pen.accent)
    cols = _columns(c.margin, right - c.margin, TM_COLS)
    y += 6
    pen.line(c.margin, y, right, y, width=0.8)
    _heads(c, cols, y + 10, 7)
    y += 14
    pen.line(c.margin, y, right, y, width=0.4)
    for line in doc.lines:
        lines = pen.wrap(line.description, 8, cols[0][2] - 6)
        for k, text in enumerate(lines):
            pen.text(cols[0][1] + 3, y + 11 + 9.6 * k, text, 8)
        _figures(c, cols, y + 11, line, 8)
        y += 9.6 * len(lines) + 6
    row = doc.total_row("total")
    assert row is not None
    pen.line(c.margin, y + 2, right, y + 2, width=0.8)
    pen.text(c.margin + 3, y + 14, row_label(c, row), 8.4, bold=True)
    pen.text(right - 3, y + 14, row_value(c, row), 9, bold=True, align="right")
    return y + 20


def _tm_summary(c: Ctx, x: float, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = c.right - x
    pen.rect(x, y - 9, w, 14, fill=pen.accent)
    pen.text(x + 6, y + 1.5, lab["summary"].upper(), 7.6, bold=True, color=white)
    y += 5
    for k, row in enumerate(doc.summary):
        base = y + 13 + 13 * k
        strong = row.key == "amount_due"
        if strong:
            pen.line(x + 4, base - 10, x + w - 4, base - 10, width=0.7)
        pen.text(x + 6, base, row_label(c, row), 7.6, bold=strong, fit=w - 80)
        pen.text(x + w - 6, base, row_value(c, row), 8.4, bold=strong, align="right")
    bottom = y + 19 + 13 * len(doc.summary)
    pen.rect(x, y - 14, w, bottom - y + 14, stroke=pen.accent, width=0.7)
    return bottom


def _tm_calendar(c: Ctx, x: float, y: float) -> float:
    """The period's days week by week, each pickup marked with its letter."""
    pen, doc, lab = c.pen, c.doc, c.labels
    assert doc.period is not None
    start, end = doc.period
    pickups = doc.extras["pickups"]
    w = c.right - x
    pen.text(x, y + 8, lab["calendar"], 7.4, bold=True, color=pen.accent, fit=w)
    step = w / 7
    y += 13
    for k, name in enumerate(lab["weekdays"].split("|")):
        pen.rect(x + k * step, y, step, 10, fill=tint(pen.accent, 0.75))
        pen.text(x + k * step + step / 2, y + 7.5, name, 6.4, bold=True, align="center")
    y += 10
    day = start - timedelta(days=start.weekday())
    row = 0
    while day <= end:
        for k in range(7):
            at = day + timedelta(days=k)
            cx, cy = x + k * step, y + row * 17
            pen.rect(cx, cy, step, 17, stroke=LIGHT, width=0.4)
            if start <= at <= end:
                pen.text(cx + 2, cy + 6.5, f"{at.day}", 5.6, color=GREY)
                mark = pickups.get(at)
                if mark:
                    pen.rect(cx + step / 2 - 1, cy + 5, 11, 10, fill=pen.pale)
                    pen.text(cx + step / 2 + 4.5, cy + 13, mark, 7.4, bold=True, align="center")
        day += timedelta(days=7)
        row += 1
    y += row * 17
    pen.text(x, y + 9, lab["legend"], 6.2, color=GREY, fit=w)
    said = f"{lab['containers']}: {doc.extras['containers']}"
    pen.text(x, y + 18, said, 6.2, color=GREY, fit=w)
    return y + 20


def _tm_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - TM_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(5, 3))
    pen.text(pen.width / 2, top + 10, lab["stub"], 7, italic=True, align="center", color=GREY)
    pen.text(c.margin, top + 30, doc.vendor_name, 10, bold=True, color=pen.accent, fit=260)
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    rows = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (row_label(c, due), row_value(c, due)),
        (lab["enclosed"], "$"),
    ]
    x, w = c.margin + c.width * 0.52, c.width * 0.48
    for k, (label, value) in enumerate(rows):
        at = top + 22 + 17 * k
        pen.rect(x, at, w, 17, stroke=BLACK, width=0.5, fill=pen.pale if k == 2 else None)
        pen.line(x + w * 0.55, at, x + w * 0.55, at + 17, color=BLACK, width=0.5)
        pen.text(x + 4, at + 11.5, label, 7, bold=True, fit=w * 0.55 - 8)
        pen.text(x + w - 5, at + 12, value, 9, bold=True, align="right", fit=w * 0.45 - 8)
    pen.text(c.margin, top + 50, lab["remit_to"], 6.8, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]):
        pen.text(c.margin + 10, top + 62 + 10 * k, line, 8.4, fit=250)
    window = top + 112
    for k, line in enumerate(_customer(doc)[:5]):
        pen.text(c.margin + 10, window + 10 * k, line, 8.4, fit=250)
    canvas = pen.canvas
    canvas.setFillColor(BLACK)
    canvas.setFont("Courier", 9)
    digits = "".join(ch for ch in f"{doc.account_number}{doc.invoice_number}" if ch.isdigit())
    canvas.drawString(x, 22, f"{digits} {int(due.amount * 100):09d}")


# --- H133: a garden center's till ticket ---------------------------------------------------

VV_WIDTH = 226.0
VV_MARGIN = 11.0
VV_COLS = (("quantity", 22.0), ("description", 0.0), ("unit_price", 38.0), ("amount", 44.0))
VV_SIZE, VV_STEP = 7.0, 8.6


def render_vivero_ticket(doc: Document) -> tuple[bytes, int]:
    """An 80 mm ticket: a leaf over the store, the ticket's number, date, time, register and
    clerk, the items under column heads, the totals, the tender, the plants' guarantee and
    a bar code."""
    probe_pen = _sheet(doc, (VV_WIDTH, 100))[2]
    probe = Ctx(probe_pen, doc, Fmt.of(doc), VV_MARGIN)
    cols = _columns(VV_MARGIN, VV_WIDTH - 2 * VV_MARGIN, VV_COLS)
    rows = [len(probe_pen.wrap(line.description, VV_SIZE, cols[1][2] - 4)) for line in doc.lines]
    height = 330 + 9 * len(_store_lines(probe)) + VV_STEP * sum(rows) + 3 * len(rows)
    buffer, canvas, pen = _sheet(doc, (VV_WIDTH, height))
    c = Ctx(pen, doc, Fmt.of(doc), VV_MARGIN)
    y = _vv_head(c)
    y = _vv_items(c, cols, y)
    y = _vv_totals(c, y)
    _vv_tail(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _store_lines(c: Ctx) -> list[str]:
    doc, lab = c.doc, c.labels
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    return lines


def _leaf(c: Ctx, cx: float, y: float) -> None:
    canvas, pen = c.pen.canvas, c.pen
    base = pen.height - y
    canvas.saveState()
    canvas.setFillColor(BLACK)
    path = canvas.beginPath()
    path.moveTo(cx, base - 12)
    path.curveTo(cx - 12, base - 4, cx - 8, base + 10, cx, base + 12)
    path.curveTo(cx + 8, base + 10, cx + 12, base - 4, cx, base - 12)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(white)
    canvas.setLineWidth(0.8)
    canvas.line(cx, base - 10, cx, base + 9)
    canvas.restoreState()


def _rule(c: Ctx, y: float) -> float:
    c.pen.line(c.margin, y, c.right, y, width=0.5, dash=(2, 1.5))
    return y + 10


def _vv_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    mid = pen.width / 2
    _leaf(c, mid, 24)
    pen.text(mid, 50, doc.vendor_name, 9.6, bold=True, align="center", fit=c.width)
    pen.text(mid, 60, lab["tagline"], 6.8, align="center", fit=c.width)
    y = 72.0
    for line in _store_lines(c):
        pen.text(mid, y, line, 6.8, align="center", fit=c.width)
        y += 9
    y = _rule(c, y)
    pen.text(mid, y + 2, lab["receipt_title"], 9, bold=True, align="center")
    y += 14
    pairs = [
        (f"{lab['receipt_number']} {doc.invoice_number}", f"{lab['register']} {ex['register']}"),
        (f"{lab['invoice_date']} {fmt.date(doc.invoice_date)}", f"{lab['time']} {ex['time']}"),
        (f"{lab['clerk']}: {ex['clerk']}", ""),
    ]
    for left, right in pairs:
        pen.text(c.margin, y, left, 7)
        pen.text(c.right, y, right, 7, align="right")
        y += 9.6
    return _rule(c, y)


def _vv_items(c: Ctx, cols: Columns, y: float) -> float:
    pen, doc = c.pen, c.doc
    _heads(c, cols, y, 6.8)
    y = _rule(c, y + 4)
    for line in doc.lines:
        wrapped = pen.wrap(line.description, VV_SIZE, cols[1][2] - 4)
        for k, text in enumerate(wrapped):
            pen.text(cols[1][1] + 2, y + VV_STEP * k, text, VV_SIZE)
        _figures(c, cols, y, line, VV_SIZE)
        y += VV_STEP * len(wrapped) + 3
    return _rule(c, y)


def _vv_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    for row in doc.totals:
        strong = row.key == "total"
        size = 9 if strong else 7.4
        pen.text(c.margin + 30, y, row_label(c, row), size, bold=strong, fit=110)
        pen.text(c.right, y, row_value(c, row), size, bold=strong, align="right")
        y += 12 if strong else 9.6
    y += 4
    total = doc.total
    if ex["cash"]:
        pen.text(c.margin + 30, y, lab["cash"], 7.4)
        pen.text(c.right, y, fmt.money(ex["tendered"]), 7.4, align="right")
        y += 9.6
        pen.text(c.margin + 30, y, lab["change"], 7.4)
        pen.text(c.right, y, fmt.money(ex["tendered"] - total), 7.4, align="right")
    else:
        pen.text(c.margin + 30, y, f"{lab['card']} ****{ex['card_last4']}", 7.4)
        pen.text(c.right, y, fmt.money(total), 7.4, align="right")
        y += 9.6
        pen.text(c.margin + 30, y, f"{lab['auth']} {ex['auth']}", 7.4)
    y += 12
    count = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    pen.text(c.margin, y, f"{lab['items_sold']}: {fmt.quantity(count)}", 7)
    return _rule(c, y + 6)


def _vv_tail(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    end = _para(pen, c.margin, y, lab["warranty"], 6.6, c.width)
    mid = pen.width / 2
    pen.text(mid, end + 14, lab["receipt_thanks"], 7.6, bold=True, align="center")
    _bars(pen, c.margin + 24, end + 22, c.width - 48, 22, _digest(doc.id, "vivero"))
    pen.text(mid, end + 54, doc.invoice_number, 7, align="center")


# --- H134: a pest-control firm's statement-invoice ----------------------------------------

PS_MARGIN = 40.0
PS_STUB = 150.0
PS_COLS = (
    ("date", 66.0),
    ("description", 0.0),
    ("quantity", 36.0),
    ("unit_price", 66.0),
    ("amount", 74.0),
)


def render_pest_statement(doc: Document) -> tuple[bytes, int]:
    """A letter page in a serif face: the firm's name and the title over a row of boxes
    whose values stand above their small captions, the customer's address for a window
    envelope beside the service location, the month's services, the totals carrying the
    prior balance, the account's aging and a stub to return at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PS_MARGIN)
    y = _ps_head(c)
    y = _ps_parties(c, y + 14)
    y = _ps_table(c, y + 12)
    y = _ps_totals(c, y + 6)
    y = _ps_aging(c, y + 12)
    _para(pen, c.margin, y + 14, c.labels["note"], 7.4, c.width, italic=True, color=GREY)
    _ps_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _captioned(c: Ctx, x: float, y: float, cells: list[tuple[str, str]], w: float) -> float:
    """Boxes side by side, each value in bold over its small caption; returns the bottom."""
    pen = c.pen
    step = w / len(cells)
    for k, (caption, value) in enumerate(cells):
        at = x + k * step
        pen.rect(at, y, step, 30, stroke=GREY, width=0.6)
        pen.text(at + step / 2, y + 14, value, 10, bold=True, align="center", fit=step - 8)
        pen.line(at + 4, y + 19, at + step - 4, y + 19, color=LIGHT, width=0.4)
        pen.text(at + step / 2, y + 26.5, caption, 6.2, align="center", color=GREY, fit=step - 6)
    return y + 30


def _ps_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, 50, doc.vendor_name, 18, bold=True, color=pen.accent, fit=300)
    pen.text(c.margin, 63, lab["tagline"], 7.6, italic=True, color=GREY, fit=300)
    contact = [", ".join(doc.vendor_lines), *_contact(doc)]
    for k, line in enumerate(contact):
        pen.text(c.margin, 76 + 10 * k, line, 8.2, fit=300)
    pen.text(c.right, 50, lab["title"], 15, bold=True, align="right")
    x, w = c.margin + 318, c.width - 318
    assert doc.due_date is not None
    first = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
    ]
    second = [
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    y = _captioned(c, x, 60, first, w)
    y = _captioned(c, x, y + 4, second, w)
    third = []
    if doc.terms:
        third.append((lab["terms"], doc.terms))
    if doc.po_number:
        third.append((lab["po_number"], doc.po_number))
    due = doc.total_row("amount_due")
    assert due is not None
    third.append((row_label(c, due), row_value(c, due)))
    y = _captioned(c, x, y + 4, third, w)
    return max(y, 76 + 10 * len(contact))


def _ps_parties(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    for k, line in enumerate(_customer(doc)):
        pen.text(c.margin + 24, y + 12 + 11 * k, line, 9.4, bold=k == 0, fit=240)
    x = c.margin + 318
    pen.text(x, y + 2, lab["service_address"], 7.6, bold=True, color=pen.accent)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(x, y + 14 + 10.4 * k, line, 8.6, fit=c.right - x)
    bottom = y + 12 + 11 * max(len(_customer(doc)), len(doc.service_lines or []))
    said = f"{lab['tech']}: {ex['tech']}     {lab['agreement']}: {ex['agreement']}"
    pen.text(c.margin, bottom + 10, said, 7.6, italic=True, color=GREY)
    return bottom + 12


def _ps_table(c: Ctx, y: float) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    cols = _columns(c.margin, c.width, PS_COLS)
    pen.line(c.margin, y, c.right, y, width=1.2)
    _heads(c, cols, y + 11, 8)
    y += 15
    pen.line(c.margin, y, c.right, y, width=0.5)
    for line in doc.lines:
        wrapped = pen.wrap(line.description, 8.6, cols[1][2] - 6)
        if line.day:
            pen.text(cols[0][1] + 3, y + 12, fmt.cell_date(line.day), 8.6)
        for k, text in enumerate(wrapped):
            pen.text(cols[1][1] + 3, y + 12 + 10 * k, text, 8.6)
        _figures(c, cols, y + 12, line, 8.6)
        y += 10 * len(wrapped) + 6
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _ps_totals(c: Ctx, y: float) -> float:
    pen, doc = c.pen, c.doc
    x = c.right - 250
    for k, row in enumerate(doc.totals):
        base = y + 12 + 14 * k
        strong = row.key in ("total", "amount_due")
        if row.key == "previous_balance":
            pen.line(x, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
        if row.key == "amount_due":
            pen.rect(x, base - 10.5, 250, 14.5, fill=pen.pale)
        pen.text(x + 4, base, row_label(c, row), 8.4, bold=strong, fit=170)
        pen.text(c.right - 4, base, row_value(c, row), 9, bold=strong, align="right")
    return y + 14 * len(doc.totals) + 4


def _ps_aging(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    aging = doc.extras["aging"]
    pen.text(c.margin, y, lab["aging"].upper(), 7.6, bold=True, color=pen.accent)
    due = doc.total_row("amount_due")
    assert due is not None
    cells = [(lab[key], fmt.amount(value)) for key, value in aging.items()]
    cells.append((row_label(c, due), fmt.money(due.amount)))
    return _captioned(c, c.margin, y + 4, cells, c.width)


def _ps_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - PS_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(6, 3))
    pen.text(c.margin, top + 11, lab["stub"], 7, italic=True, color=GREY)
    pen.text(c.margin, top + 32, doc.vendor_name, 11, bold=True, color=pen.accent, fit=260)
    if doc.remit_lines:  # else the firm's own address, under no heading
        pen.text(c.margin, top + 46, lab["remit_to"], 7, color=GREY)
    for k, line in enumerate(doc.remit_lines or doc.vendor_lines):
        pen.text(c.margin + 8, top + 58 + 10.4 * k, line, 8.6, fit=250)
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    x, w = c.margin + 290, c.width - 290
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
    ]
    y = _captioned(c, x, top + 22, cells, w)
    y = _captioned(c, x, y + 4, [(lab["due_date"], fmt.date(doc.due_date))], w / 2)
    _captioned(c, x + w / 2, y - 30, [(row_label(c, due), row_value(c, due))], w / 2)
    pen.text(x, y + 20, lab["enclosed"], 8.4, bold=True)
    pen.line(x + 86, y + 21, c.right, y + 21, width=0.6)


# --- H135: an air-conditioning contractor's quarterly contract invoice --------------------

HC_MARGIN = 40.0
HC_EQUIP = (
    ("tag", 48.0),
    ("place", 0.0),
    ("make", 72.0),
    ("kind", 66.0),
    ("tons", 40.0),
    ("serial", 96.0),
)
HC_COLS = (
    ("description", 0.0),
    ("quantity", 40.0),
    ("unit", 50.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)


def render_hvac_contract(doc: Document) -> tuple[bytes, int]:
    """A letter page in a serif face: the firm on the left and the title with the invoice's
    boxes on the right, the billed party beside the installation served, the contract and
    quarter on a shaded line, the covered units, the charges, the amount in words beside
    the totals, the remittance and a receiving signature."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), HC_MARGIN)
    y = _hc_head(c)
    y = _hc_parties(c, y + 14)
    y = _hc_contract(c, y + 10)
    y = _hc_equipment(c, y + 14)
    y = _hc_charges(c, y + 18)
    _hc_closing(c, y + 8)
    canvas.save()
    return buffer.getvalue(), 1


def _hc_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw_logo(pen, doc.logo, c.margin, 36, 46, initials(doc.vendor_name))
    x = c.margin + 56
    pen.text(x, 50, doc.vendor_name, 13.5, bold=True, color=pen.accent, fit=250)
    pen.text(x, 62, lab["tagline"], 7.4, italic=True, color=GREY, fit=250)
    contact = [*doc.vendor_lines, *_contact(doc)]
    for k, line in enumerate(contact):
        pen.text(x, 76 + 10 * k, line, 8.2, fit=250)
    bx, bw = c.right - 210, 210.0
    pen.rect(bx, 34, bw, 24, fill=pen.accent)
    pen.text(bx + bw / 2, 51, lab["title"], 15, bold=True, align="center", color=white)
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        cells.append((lab["terms"], doc.terms))
    if doc.po_number:
        cells.append((lab["po_number"], doc.po_number))
    y = 58.0
    for label, value in cells:
        pen.rect(bx, y, bw, 22, stroke=pen.accent, width=0.7)
        pen.text(bx + 5, y + 8, label, 6.6, color=GREY)
        pen.text(bx + bw - 6, y + 18, value, 9.6, bold=True, align="right", fit=bw - 12)
        y += 22
    return max(y, 76 + 10 * len(contact))


def _hc_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    half = (c.width - 14) / 2
    tall = 20 + 10.6 * max(len(lines) for _, lines in blocks)
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 14)
        pen.rect(x, y, half, tall, stroke=GREY, width=0.6)
        pen.text(x + 6, y + 11, heading, 7.6, bold=True, italic=False, color=pen.accent)
        for n, line in enumerate(lines):
            pen.text(x + 8, y + 23 + 10.6 * n, line, 8.8, bold=n == 0, fit=half - 14)
    return y + tall


def _hc_contract(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    pen.rect(c.margin, y, c.width, 30, fill=pen.pale)
    said = f"{lab['contract']}: {ex['contract']}"
    pen.text(c.margin + 6, y + 12, said, 8.6, bold=True)
    period = fmt.period(*doc.period, lab["period_sep"])
    pen.text(c.right - 6, y + 12, f"{lab['service_period']}: {period}", 8.6, align="right")
    said = f"{lab['visit']} {fmt.date(ex['visit'])}"
    pen.text(c.margin + 6, y + 24, said, 7.6, italic=True, color=GREY)
    return y + 30


def _hc_equipment(c: Ctx, y: float) -> float:
    pen, lab = c.pen, c.labels
    pen.text(c.margin, y, lab["equipment"].upper(), 8, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, HC_EQUIP)
    y += 4
    pen.rect(c.margin, y, c.width, 13, fill=tint(pen.accent, 0.8))
    _heads(c, cols, y + 9.4, 7)
    y += 13
    for unit in c.doc.extras["equipment"]:
        for (key, x, w), value in zip(cols, unit, strict=True):
            if key == "tons":
                pen.text(x + w - 10, y + 9, value, 7.6, align="right")
            else:
                pen.text(x + 3, y + 9, value, 7.6, fit=w - 6)
        y += 12
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _hc_charges(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y, lab["charges"].upper(), 8, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, HC_COLS)
    y += 4
    top = y
    pen.rect(c.margin, y, c.width, 14, fill=pen.accent)
    _heads(c, cols, y + 10, 7.6, color=white)
    y += 14
    for line in doc.lines:
        wrapped = pen.wrap(line.description, 8.6, cols[0][2] - 8)
        for k, text in enumerate(wrapped):
            pen.text(cols[0][1] + 4, y + 12 + 10 * k, text, 8.6)
        _figures(c, cols, y + 12, line, 8.6)
        y += 10 * len(wrapped) + 7
    pen.rect(c.margin, top, c.width, y - top, stroke=pen.accent, width=0.7)
    for _, x, _ in cols[1:]:
        pen.line(x, top + 14, x, y, color=LIGHT, width=0.4)
    return y


def _hc_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 230.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        base = y + 13 + 15 * k
        strong = row.key in ("total", "amount_due")
        pen.rect(x, base - 11, w, 15, stroke=GREY, width=0.5, fill=pen.pale if strong else None)
        pen.text(x + 5, base, row_label(c, row), 8.2, bold=strong, fit=140)
        pen.text(c.right - 5, base, row_value(c, row), 9, bold=strong, align="right")
    words = amount_words_es(doc.total, doc.currency)
    pen.text(c.margin, y + 12, f"{lab['words']}:", 7.6, bold=True)
    end = _para(pen, c.margin, y + 23, words, 7.6, x - c.margin - 16)
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        end = _para(pen, c.margin, end + 14, said, 7.6, x - c.margin - 16, color=GREY)
    y = max(end, y + 15 * len(doc.totals)) + 50
    pen.line(c.margin, y, c.margin + 200, y, width=0.6)
    _scribble(pen, c.margin + 20, y - 5, _digest(doc.id, "hvac"))
    pen.text(c.margin, y + 10, lab["received"], 7.4, color=GREY)
    pen.text(c.right, y + 10, lab["thanks"], 8, italic=True, align="right", color=pen.accent)
