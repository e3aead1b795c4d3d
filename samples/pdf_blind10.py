"""Whole pages of the layouts added with H156-H160: a landscaper's or handyman's invoice
from a small-business accounting package, a Mexican electricity or water utility's bill
for a property's common areas, a home-improvement store's 80 mm till receipt, a plumbing
or HVAC firm's invoice from its field-service app, and a Puerto Rican pest-control or
pool company's carbon-copy service order filled in by the technician."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.catalog import load
from samples.document import Document, Line
from samples.formats import amount_words_es
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_more import _bars, _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]


# --- H156: a landscaper's or handyman's invoice from an accounting package ----------------

BK_MARGIN = 40.0
BK_COLS = (
    ("date", 66.0),
    ("description", 0.0),
    ("quantity", 46.0),
    ("unit_price", 64.0),
    ("amount", 76.0),
)
BK_NAME, BK_NOTE = 9.2, 7.8  # an activity's name and the description under it
BK_HEAD = 20.0
BK_FOOT = 46.0
BK_LATER_TOP = 84.0


def render_books_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a small-business accounting package prints an invoice: the
    firm's mark and its address block on the left, the title in the package's green on
    the right, the bill-to and ship-to blocks side by side beside the invoice's number,
    date, terms and due date, the order number under them on some; the activities under
    a tinted heading with no rules between them, each by its name with its description
    under it on some and its service date in a first column on some; a dotted rule, the
    message on the left and the subtotal, tax, total, payment and balance due stacked on
    the right, the balance large."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), BK_MARGIN)
    spec = BK_COLS if doc.extras["dated"] else BK_COLS[1:]
    cols = _columns(c.margin, c.width, spec)
    heights = [_bk_height(c, cols, line) for line in doc.lines]
    bottom = pen.height - BK_FOOT
    first_room = bottom - _bk_first(c, measure=True) - BK_HEAD
    later_room = bottom - BK_LATER_TOP - BK_HEAD
    pages = paginate(heights, first_room, later_room, _bk_closing_height(c))
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _bk_first(c) if number == 1 else _bk_later(c)
        y = _bk_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _bk_closing(c, y + 10)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 7.6, italic=True, align="right")
        if len(pages) > 1:
            said = c.labels["page"].format(n=number, m=len(pages))
            pen.text(c.right, pen.height - 26, said, 7.2, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _bk_height(c: Ctx, cols: Columns, line: Line) -> float:
    width = next(w for key, _, w in cols if key == "description") - 8
    notes = c.pen.wrap(line.note, BK_NOTE, width) if line.note else []
    return 12.0 + 9.6 * len(notes) + 8


def _bk_first(c: Ctx, *, measure: bool = False) -> float:
    """The firm, the title, the parties beside the details, the order number; where the
    lines start."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    contact = [*doc.vendor_lines, doc.vendor_phone or ""]
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    parties_top = 52.0 + 12 + 10.5 * len(contact) + 22
    bill = _customer(doc)
    ship = doc.service_lines or []
    details = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.terms:
        details.append((lab["terms"], doc.terms))
    if doc.due_date:
        details.append((lab["due_date"], fmt.date(doc.due_date)))
    block = max(len(bill), len(ship)) * 11.5 + 16
    bottom = parties_top + max(block, 14.0 * len(details))
    if doc.po_number:
        bottom += 34
    table_top = bottom + 16
    if measure:
        return table_top
    draw_logo(pen, doc.logo, c.margin, 34, 40, initials(doc.vendor_name))
    x = c.margin + 50
    pen.text(x, 48, doc.vendor_name, 11.5, bold=True, fit=300)
    for k, line in enumerate(contact):
        pen.text(x, 62 + 10.5 * k, line, 8.2, color=GREY, fit=300)
    pen.text(c.right, 58, lab["title"], 21, align="right", color=pen.accent)
    half = 200.0
    for k, (heading, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], ship))):
        if not lines:
            continue
        bx = c.margin + k * half
        pen.text(bx, parties_top, heading, 7.4, bold=True, color=GREY)
        for n, line in enumerate(lines):
            pen.text(bx, parties_top + 14 + 11.5 * n, line, 8.8, fit=half - 14)
    lx = c.right - 96
    for k, (label, value) in enumerate(details):
        at = parties_top + 14.0 * k
        pen.text(lx, at, label, 7.4, bold=True, align="right", color=GREY)
        pen.text(lx + 10, at, value, 8.8, fit=c.right - lx - 10)
    if doc.po_number:
        at = bottom - 34 + 8
        pen.line(c.margin, at - 10, c.right, at - 10, color=tint(pen.accent, 0.6), width=0.5)
        pen.text(c.margin, at + 4, lab["po_number"], 7.4, bold=True, color=GREY)
        pen.text(c.margin, at + 17, doc.po_number, 8.8)
    return table_top


def _bk_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 48, doc.vendor_name, 10, bold=True)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 48, said, 9, align="right", color=pen.accent)
    pen.line(c.margin, 58, c.right, 58, color=tint(pen.accent, 0.6), width=0.5)
    return BK_LATER_TOP


def _bk_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y, c.width, BK_HEAD, fill=tint(pen.accent, 0.82))
    right = ("quantity", "unit_price", "amount")
    for key, x, w in cols:
        at, align = (x + w - 6, "right") if key in right else (x + 6, "left")
        pen.text(at, y + 13, lab[key], 7.4, bold=True, align=align, color=pen.accent)
    y += BK_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 13
        values = {
            "date": fmt.date(line.day) if line.day else "",
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            if key == "description":
                pen.text(x + 6, base, line.description, BK_NAME, fit=w - 10)
                if line.note:
                    for k, text in enumerate(pen.wrap(line.note, BK_NOTE, w - 8)):
                        pen.text(x + 6, base + 11 + 9.6 * k, text, BK_NOTE, color=GREY)
            elif key == "date":
                pen.text(x + 6, base, values[key], 8.6)
            else:
                pen.text(x + w - 6, base, values[key], 8.8, align="right")
        y += heights[index]
    return y


def _bk_closing_height(c: Ctx) -> float:
    return 30 + 17.0 * len(c.doc.totals) + 60


def _bk_closing(c: Ctx, y: float) -> None:
    """A dotted rule, the message on the left, the totals stacked on the right."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.line(c.margin, y, c.right, y, color=GREY, width=0.8, dash=(1.2, 2.2))
    x = c.right - 220
    base = y + 20
    due = doc.totals[-1]
    for row in doc.totals:
        strong = row.key == "amount_due"
        if strong:
            base += 8
            pen.text(x, base, row_label(c, row), 8.2, bold=True, color=GREY)
            said = f"${row_value(c, row)}"
            pen.text(c.right, base + 2, said, 15, bold=True, align="right")
            if not due.amount:
                pen.rect(x, base + 12, 46, 16, stroke=pen.accent, width=1.2)
                pen.text(
                    x + 23,
                    base + 24,
                    lab["paid_stamp"],
                    9.5,
                    bold=True,
                    align="center",
                    color=pen.accent,
                )
        else:
            pen.text(x, base, row_label(c, row), 7.8, bold=row.key == "total", color=GREY)
            pen.text(c.right, base, row_value(c, row), 9, bold=row.key == "total", align="right")
        base += 17
    room = x - c.margin - 30
    message = lab[ex["message"]].format(vendor=doc.vendor_name)
    end = _para(pen, c.margin, y + 20, message, 8.4, room)
    if ex["online"]:
        end = _para(pen, c.margin, end + 14, lab["online"], 7.8, room, color=GREY)
    tax = doc.total_row("tax")
    if tax is not None and tax.rate is not None:
        said = lab["tax_note"].format(rate=fmt.percent(tax.rate))
        _para(pen, c.margin, end + 14, said, 7.4, room, color=GREY)


# --- H157: a Mexican electricity or water utility's bill ---------------------------------

RM_MARGIN = 28.0
RM_STUB = 128.0  # the payment slip at the foot of the page
RM_WATER = "#0b5394"  # the water utility's blue; electricity keeps the layout's green
RM_CHARGES = (
    ("description", 0.0),
    ("quantity", 48.0),
    ("unit", 26.0),
    ("unit_price", 50.0),
    ("amount", 62.0),
)


def render_recibo_mx(doc: Document) -> tuple[bytes, int]:
    """A letter page as a Mexican utility prints its bill: its mark, name and fiscal data
    over the holder of the service and the premises, the amount to pay framed on the
    right with the day it is due and the day of cut-off, the service's data in a row of
    ruled cells (service number, tariff, meter, multiplier, period, folio, date), the
    reads, the breakdown of the amount (each charge, their sum, the IVA, the period's
    billing, the previous debt and its payment, the total to pay) beside the usage
    history, the total in words, the notices, and a payment slip under a cut line."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    if not doc.extras["electric"]:
        pen.accent = HexColor(RM_WATER)
    c = Ctx(pen, doc, Fmt.of(doc), RM_MARGIN)
    y = _rm_head(c)
    y = _rm_cells(c, y + 10)
    y = _rm_reads(c, y + 10)
    split = c.width * 0.6
    left = _rm_breakdown(c, c.margin, y + 12, split - 10)
    right = _rm_history(c, c.margin + split + 4, y + 12, c.width - split - 4)
    _rm_notes(c, max(left, right) + 14)
    _rm_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _rm_due(c: Ctx) -> str:
    due = c.doc.total_row("amount_due")
    assert due is not None
    return row_value(c, due)


def _rm_head(c: Ctx) -> float:
    """The utility, the holder and the premises on the left; the amount box on the right."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    draw_logo(pen, "circle", c.margin, 22, 40, initials(doc.vendor_name))
    x = c.margin + 48
    pen.text(x, 36, doc.vendor_name, 12.5, bold=True, color=pen.accent, fit=300)
    title = lab["title_electric" if ex["electric"] else "title_water"]
    pen.text(x, 47, title, 7.6, bold=True, fit=300)
    pen.text(x, 57, ", ".join(doc.vendor_lines), 6.8, color=GREY, fit=300)
    fiscal = f"{lab['phone']}: {doc.vendor_phone}"
    if doc.vendor_tax_id:
        fiscal = f"{lab['tax_id']}: {doc.vendor_tax_id}   ·   {fiscal}"
    pen.text(x, 66, fiscal, 6.8, color=GREY, fit=300)
    top = 86.0
    pen.text(c.margin, top, lab["holder"], 6.6, bold=True, color=GREY)
    pen.text(c.margin, top + 12, doc.customer_name or "", 9.6, bold=True, fit=320)
    pen.text(c.margin, top + 28, lab["address"], 6.6, bold=True, color=GREY)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(c.margin, top + 40 + 10.5 * k, line, 8.6, fit=320)
    bx, bw = c.right - 200, 200.0
    pen.rect(bx, 22, bw, 64, fill=tint(pen.accent, 0.86))
    pen.rect(bx, 22, bw, 64, stroke=pen.accent, width=1.4)
    pen.text(bx + 10, 38, f"{lab['amount_due']}:", 9, bold=True, color=pen.accent)
    pen.text(bx + bw - 10, 68, _rm_due(c), 21, bold=True, align="right")
    rows = [
        (lab["due_date"], fmt.date(doc.due_date), True),
        (lab["cutoff"], fmt.date(doc.due_date + timedelta(days=1)), False),
    ]
    for k, (label, value, strong) in enumerate(rows):
        at = 102 + 13.0 * k
        pen.text(bx, at, f"{label}:", 7.6, bold=strong)
        pen.text(c.right, at, value, 9 if strong else 8, bold=strong, align="right")
    return top + 40 + 10.5 * len(doc.service_lines or []) + 2


def _rm_cell(c: Ctx, x: float, y: float, w: float, label: str, value: str, **style) -> None:
    pen = c.pen
    pen.rect(x, y, w, 26, stroke=pen.accent, width=0.6)
    pen.rect(x, y, w, 9.5, fill=tint(pen.accent, 0.8))
    pen.text(x + w / 2, y + 7.2, label, 5.8, bold=True, align="center", fit=w - 4)
    pen.text(x + w / 2, y + 21, value, style.pop("size", 8.4), align="center", fit=w - 6, **style)


def _rm_cells(c: Ctx, y: float) -> float:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    period = f"{lab['period_from']}{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"
    account = lab["account_electric" if ex["electric"] else "account_water"]
    first = [
        (account, doc.account_number or "", 1.3, True),
        (lab["tariff"], ex["tariff"], 0.6, False),
        (lab["meter"], ex["meter"], 0.9, False),
        (lab["multiplier"], str(ex["multiplier"]), 0.7, False),
        (lab["service_period"], period, 1.6, True),
    ]
    second = [
        (lab["invoice_number"], doc.invoice_number, 1.0, False),
        (lab["invoice_date"], fmt.date(doc.invoice_date), 0.9, False),
        (lab["use"], lab["use_electric" if ex["electric"] else "use_water"], 2.2, False),
    ]
    if ex["electric"]:
        second.append((lab["rmu"], ex["rmu"], 1.7, False))
    for r, row in enumerate((first, second)):
        share = c.width / sum(part for _, _, part, _ in row)
        x = c.margin
        for label, value, part, strong in row:
            _rm_cell(c, x, y + 30 * r, share * part, label, value, bold=strong)
            x += share * part
    return y + 56


def _rm_reads(c: Ctx, y: float) -> float:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    pen.text(c.margin, y + 8, lab["reads"], 7.6, bold=True, color=pen.accent)
    heads = [lab["read_kind"], lab["read_now"], lab["read_before"], lab["multiplier"]]
    heads.append(lab["used_electric" if ex["electric"] else "used_water"])
    w = c.width / len(heads)
    top = y + 12
    pen.rect(c.margin, top, c.width, 12, fill=tint(pen.accent, 0.85))
    for k, head in enumerate(heads):
        pen.text(c.margin + w * k + w / 2, top + 8.6, head, 6.8, bold=True, align="center")
    before, now = ex["reads"]
    rows = [
        [
            lab["kwh" if ex["electric"] else "m3"],
            f"{now:,}" + (f" {lab['estimated']}" if ex["estimated"] else ""),
            f"{before:,}",
            str(ex["multiplier"]),
            f"{ex['used']:,}",
        ]
    ]
    if ex["demand"] is not None:
        rows.append(
            [
                lab["demand"],
                f"{ex['demand'] / ex['multiplier']:.3f}",
                "-",
                str(ex["multiplier"]),
                f"{ex['demand']:,}",
            ]
        )
    base = top + 12
    for row in rows:
        base += 11.5
        for k, value in enumerate(row):
            pen.text(c.margin + w * k + w / 2, base, value, 8, align="center", bold=k == 4)
    bottom = base + 5
    pen.rect(c.margin, top, c.width, bottom - top, stroke=pen.accent, width=0.6)
    return bottom


def _rm_breakdown(c: Ctx, x: float, y: float, w: float) -> float:
    """Each charge, their sum, the IVA, the period's billing; the account; the total."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(x, y, w, 14, fill=pen.accent)
    pen.text(x + 5, y + 10, lab["charges"], 7.6, bold=True, color=white)
    cols = _columns(x, w, RM_CHARGES)
    base = y + 24
    for key, cx, cw in cols:
        at, align = (cx + cw - 4, "right") if key != "description" else (cx + 5, "left")
        if key == "unit":
            at, align = cx + 3, "left"
        pen.text(at, base, lab[key], 6.6, bold=True, align=align, color=GREY)
    pen.line(x + 4, base + 3, x + w - 4, base + 3, color=LIGHT, width=0.5)
    for line in doc.lines:
        base += 12
        values = {
            "description": line.description,
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit": line.unit or "" if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, cx, cw in cols:
            if key == "description":
                pen.text(cx + 5, base, values[key], 7.8, fit=cw - 8)
            elif key == "unit":
                pen.text(cx + 3, base, values[key], 7.6)
            else:
                pen.text(cx + cw - 4, base, values[key], 7.8, align="right")
    pen.line(x + 4, base + 5, x + w - 4, base + 5, color=LIGHT, width=0.5)
    base += 6
    rows = [(row_label(c, row), row_value(c, row), row.key == "total") for row in doc.totals]
    summary = {row.key: row for row in doc.summary}
    for key in ("previous_balance", "payments", "amount_due"):
        row = summary[key]
        rows.append((row_label(c, row), row_value(c, row), key == "amount_due"))
    for label, value, strong in rows:
        base += 12.5
        if strong:
            pen.rect(x + 2, base - 9.5, w - 4, 13, fill=tint(pen.accent, 0.86))
        pen.text(x + w - 84, base, label, 8, bold=strong, align="right", fit=w - 100)
        pen.text(x + w - 5, base, value, 8.6, bold=strong, align="right")
    base += 12
    taxed = f"{lab['tax_base']}: {fmt.money(ex['taxable'])}"
    if ex["electric"]:
        taxed += f"   ·   {lab['exempt']}"
    pen.text(x + 5, base, taxed, 6.6, italic=True, color=GREY)
    bottom = base + 6
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.6)
    return bottom


def _rm_history(c: Ctx, x: float, y: float, w: float) -> float:
    """The last six periods' usage and amount, as rows and bars."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(x, y, w, 14, fill=pen.accent)
    pen.text(x + 5, y + 10, lab["history"], 7.6, bold=True, color=white)
    unit = "kWh" if ex["electric"] else "m³"
    base = y + 24
    pen.text(x + 5, base, lab["history_period"], 6.6, bold=True, color=GREY)
    pen.text(x + w - 62, base, unit, 6.6, bold=True, align="right", color=GREY)
    pen.text(x + w - 5, base, lab["history_amount"], 6.6, bold=True, align="right", color=GREY)
    total = doc.total
    for first, last, used, share in ex["history"]:
        base += 11
        said = f"{lab['period_from']}{fmt.date(first)}{lab['period_sep']}{fmt.date(last)}"
        pen.text(x + 5, base, said, 7, fit=w - 130)
        pen.text(x + w - 62, base, f"{used:,}", 7.2, align="right")
        amount = (total * share).quantize(Decimal(1))
        pen.text(x + w - 5, base, fmt.money(amount), 7.2, align="right")
    values = [used for _, _, used, _ in ex["history"]] + [ex["used"]]
    most = max(values) or 1
    top, tall = base + 12, 84.0
    step = (w - 12) / len(values)
    for k, value in enumerate(values):
        h = value / most * tall
        color = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.6)
        pen.rect(x + 6 + k * step + 3, top + tall - h, step - 6, h, fill=color)
    bottom = top + tall + 8
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.6)
    return bottom


def _rm_notes(c: Ctx, y: float) -> None:
    """The total in words, then the notices in a framed box down to the slip."""
    pen, doc, lab = c.pen, c.doc, c.labels
    due = doc.total_row("amount_due")
    assert due is not None
    words = amount_words_es(due.amount, doc.currency)
    pen.text(c.margin, y, f"{lab['rounding']}: {words}", 7.6, bold=True, fit=c.width)
    top = y + 10
    limit = pen.height - RM_STUB - 12
    base = top + 14
    pen.text(c.margin + 8, base, lab["notices"], 7.6, bold=True, color=pen.accent)
    base += 13
    tips = lab["tips_electric" if c.doc.extras["electric"] else "tips_water"].split("|")
    for text in (lab["ways"], lab["notice"], *tips, lab["fiscal"]):
        if base + 9.5 * len(pen.wrap(text, 8, c.width - 16)) > limit - 6:
            break
        base = _para(pen, c.margin + 8, base, text, 8, c.width - 16) + 14
    pen.rect(c.margin, top, c.width, max(base, limit) - top, stroke=pen.accent, width=0.6)


def _rm_stub(c: Ctx) -> None:
    """The payment slip: the service, holder, due date, amount and the bank reference."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    top = pen.height - RM_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(5, 3))
    pen.text(c.margin, top + 14, lab["stub"], 7.4, bold=True, color=pen.accent)
    pen.text(c.right, top + 14, doc.vendor_name, 7.4, bold=True, align="right", color=pen.accent)
    account = lab["account_electric" if ex["electric"] else "account_water"]
    cells = [
        (account, doc.account_number or "", 1.2),
        (lab["holder"], doc.customer_name or "", 2.2),
        (lab["due_date"], fmt.date(doc.due_date), 0.9),
        (lab["amount_due"], _rm_due(c), 1.0),
    ]
    share = c.width / sum(part for _, _, part in cells)
    x = c.margin
    for label, value, part in cells:
        _rm_cell(c, x, top + 22, share * part, label, value, bold=True)
        x += share * part
    pen.text(c.margin, top + 66, lab["reference"], 6.6, bold=True, color=GREY)
    pen.text(c.margin, top + 78, ex["reference"], 9, fit=230)
    _bars(pen, c.margin + 250, top + 58, c.right - c.margin - 250, 30, _digest(ex["reference"]))
    pen.text(c.margin, top + 104, lab["ways"], 6.2, color=GREY, fit=c.width)


# --- H158: a home-improvement store's 80 mm till receipt --------------------------------

HC_WIDTH = 226.0  # 80 mm of paper
HC_MARGIN = 10.0
HC_SIZE = 7.4
HC_LINE = HC_SIZE + 2.4


def render_home_center(doc: Document) -> tuple[bytes, int]:
    """An 80 mm receipt as tall as its content: the store's mark and name, its address,
    phone and manager, the store, register and transaction with the date and time on one
    line, each article's product code and name with its amount (a second line with the
    count at the price each when more than one), the subtotal, the pro account's savings,
    the tax and the total, the tender, the pro member's account and job, the savings,
    a bar code, the return policy and a survey invitation."""
    sections = [_hc_head, _hc_items, _hc_totals, _hc_tail]
    return strip_slip(doc, HC_WIDTH, HC_MARGIN, 12.0, sections, 6000.0, 18)


def _hc_centred(c: Ctx, y: float, text: str, size: float = HC_SIZE, **style) -> float:
    for line in c.pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2.4
        c.pen.text(c.pen.width / 2, y, line, size, align="center", **style)
    return y


def _hc_pair(c: Ctx, y: float, left: str, right: str, size: float = HC_SIZE, **style) -> float:
    y += size + 2.6
    c.pen.text(c.margin, y, left, size, fit=c.width - c.pen.measure(right, size) - 8, **style)
    c.pen.text(c.right, y, right, size, align="right", **style)
    return y


def _hc_left(c: Ctx, y: float, text: str, size: float = HC_SIZE, **style) -> float:
    for line in c.pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2.4
        c.pen.text(c.margin, y, line, size, **style)
    return y


def _hc_head(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    size = 30.0
    x = (pen.width - size) / 2
    pen.rect(x, y, size, size, fill=BLACK)
    pen.text(
        pen.width / 2,
        y + 19.5,
        initials(doc.vendor_name),
        11,
        bold=True,
        align="center",
        color=white,
    )
    y += size + 4
    y = _hc_centred(c, y + 4, doc.vendor_name, 10.5, bold=True)
    y = _hc_centred(c, y, lab["store"].format(store=f"#{ex['store']:04d}"), HC_SIZE, bold=True)
    for line in doc.vendor_lines:
        y = _hc_centred(c, y, line)
    y = _hc_centred(c, y, doc.vendor_phone or "")
    y = _hc_centred(c, y, lab["manager"].format(name=ex["manager"]))
    y = _hc_centred(c, y, lab["hours"], 6.6)
    y += 8
    said = f"{doc.invoice_number} {fmt.date(doc.invoice_date)} {ex['time']}"
    pen.text(c.margin, y + HC_SIZE, said, HC_SIZE + 0.4, bold=True, fit=c.width)
    y += HC_SIZE + 4
    y = _hc_left(c, y, lab["receipt_title"], HC_SIZE, bold=True)
    return y + 4


def _hc_items(c: Ctx, y: float) -> float:
    """Each article: its code and name on one line with the amount (the name wrapped
    under the code when it does not fit), the count at the price each under it."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        amount = fmt.amount(line.amount)
        code = line.code or ""
        room = c.width - pen.measure(amount, HC_SIZE) - 10
        head = f"{code} {line.description} <A>"
        y += HC_LINE
        if pen.measure(head, HC_SIZE) <= room:
            pen.text(c.margin, y, head, HC_SIZE)
        else:
            pen.text(c.margin, y, code, HC_SIZE)
            y += HC_LINE
            pen.text(c.margin + 8, y, f"{line.description} <A>", HC_SIZE, fit=room - 8)
        pen.text(c.right, y, amount, HC_SIZE, align="right")
        if line.quantity != 1:
            y += HC_LINE
            said = f"{fmt.quantity(line.quantity)}@{fmt.amount(line.unit_price)}"
            pen.text(c.margin + 22, y, said, HC_SIZE)
    return y + 6


def _hc_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    for row in doc.totals:
        strong = row.key == "total"
        value = row_value(c, row)
        if strong:
            value = f"${value}"
            y += 2
        x = c.margin + 70
        y += (9.6 if strong else HC_SIZE) + 2.6
        size = 9.6 if strong else HC_SIZE
        pen.text(x, y, row_label(c, row), size, bold=strong)
        pen.text(c.right, y, value, size, bold=strong, align="right")
    y += 6
    total = doc.total
    if ex["paid"] == "card":
        y = _hc_pair(c, y, f"XXXXXXXXXXXX{ex['card_last4']} {ex['brand']}", "")
        y = _hc_pair(c, y, f"{lab['tendered']}", fmt.amount(total))
        y = _hc_left(c, y, f"{lab['auth']} {ex['auth']}")
        y = _hc_left(c, y, lab["tap" if ex["contactless"] else "chip"])
        y = _hc_left(c, y, f"{lab['aid']} A000000{ex['card_last4'][:2]}31010")
    elif ex["paid"] == "cash":
        y = _hc_pair(c, y, lab["cash"], fmt.amount(ex["handed"]))
        y = _hc_pair(c, y, lab["change"], fmt.amount(ex["handed"] - total))
    else:
        y = _hc_pair(c, y, lab["charge"], fmt.amount(total))
        y = _hc_left(c, y, f"XXXXXXXXXXXX{ex['pro_last4']}")
        y += 22
        pen.line(c.margin, y, c.right - 20, y, width=0.5)
        y = _hc_left(c, y + 1, "SIGNATURE", 6)
    if ex["pro"]:
        y = _hc_left(c, y + 8, lab["pro"], HC_SIZE, bold=True)
        y = _hc_left(c, y, lab["pro_id"].format(last4=ex["pro_last4"]))
        if doc.customer_name:  # the account's name on a line of its own, never wrapped
            y = _hc_left(c, y, lab["customer"])
            y += HC_LINE
            pen.text(c.margin, y, doc.customer_name, HC_SIZE, fit=c.width)
        if ex["job"]:
            y = _hc_left(c, y, f"{lab['job']} {ex['job']}")
        savings = doc.total_row("discount")
        if savings is not None:
            said = lab["saved"].format(amount=fmt.amount(savings.amount))
            y = _hc_centred(c, y + 6, said, HC_SIZE, bold=True)
    count = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    return _hc_left(c, y + 6, lab["items"].format(n=fmt.quantity(count)))


def _hc_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    y += 12
    digits = doc.invoice_number.replace(" ", "") + fmt.date(doc.invoice_date).replace("/", "")
    _bars(pen, c.margin + 14, y, c.width - 28, 28, _digest(digits))
    y = _hc_centred(c, y + 28, digits, 6.6)
    y = _hc_centred(c, y + 8, lab["returns_head"], HC_SIZE, bold=True)
    y = _hc_left(c, y + 2, lab["returns_cols"], 6.6)
    expires = fmt.date(doc.invoice_date + timedelta(days=ex["policy_days"]))
    y = _hc_left(c, y, f"A         1          {ex['policy_days']}          {expires}", 6.6)
    y = _hc_left(c, y + 2, lab["returns_text"], 6.4)
    said = lab["survey"].format(user=ex["user"], password=ex["password"])
    y = _hc_centred(c, y + 8, said, 6.4)
    return _hc_centred(c, y + 8, lab["thanks"], HC_SIZE, bold=True)


# --- H159: a plumbing or HVAC firm's invoice from its field-service app ----------------

FA_MARGIN = 36.0
FA_COLS = (
    ("task", 70.0),
    ("description", 0.0),
    ("quantity", 34.0),
    ("unit_price", 66.0),
    ("amount", 72.0),
)
FA_SIZE, FA_LINE = 8.2, 10.4
FA_HEAD = 18.0
FA_FOOT = 44.0
FA_LATER_TOP = 86.0


def render_field_app_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a field-service app prints an invoice: the firm on the left and
    the title over a card of the invoice's number, date, due date, terms, order and job
    on the right, a strip of the technician, job type, business unit and completion day,
    the customer beside the job location, the summary of the work, the tasks with their
    codes and long descriptions under a filled heading, then the totals, the payments
    taken and the balance due, the warranty and the customer's signature."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), FA_MARGIN)
    cols = _columns(c.margin, c.width, FA_COLS)
    heights = [_fa_height(c, cols, line) for line in doc.lines]
    bottom = pen.height - FA_FOOT
    first_room = bottom - _fa_first(c, measure=True) - FA_HEAD
    later_room = bottom - FA_LATER_TOP - FA_HEAD
    pages = paginate(heights, first_room, later_room, _fa_closing_height(c))
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _fa_first(c) if number == 1 else _fa_later(c)
        y = _fa_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _fa_closing(c, y + 14)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 7.8, italic=True, align="right")
        _fa_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _fa_height(c: Ctx, cols: Columns, line: Line) -> float:
    wrapped = c.pen.wrap(line.description, FA_SIZE, cols[1][2] - 10)
    return FA_LINE * len(wrapped) + 10


def _fa_card(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs.append((lab["job"], ex["job"]))
    return pairs


def _fa_first(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    card = _fa_card(c)
    card_h = 12 + 13.0 * len(card)
    firm = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        firm.append(f"{lab['email']}: {doc.vendor_email}")
    strip_top = max(70 + card_h, 86 + 10.5 * len(firm)) + 12
    parties_top = strip_top + 30 + 14
    bill = _customer(doc)
    job = list(doc.service_lines or [])
    if ex.get("signer"):
        job.append(f"{lab['contact']}: {ex['signer']}")
    parties_h = 16 + 11.0 * max(len(bill), len(job))
    summary_top = parties_top + parties_h + 16
    wrapped = pen.wrap(ex["summary"], 8.4, c.width - 16)
    table_top = summary_top + 18 + 10.6 * len(wrapped) + 14
    if measure:
        return table_top
    draw_logo(pen, doc.logo, c.margin, 30, 44, initials(doc.vendor_name))
    pen.text(c.margin, 92, doc.vendor_name, 12.5, bold=True, fit=300)
    for k, line in enumerate(firm):
        pen.text(c.margin, 104 + 10.5 * k, line, 8, color=GREY, fit=300)
    x, w = c.right - 220, 220.0
    pen.text(c.right, 48, lab["title"], 24, bold=True, align="right", color=pen.accent)
    pen.rect(x, 62, w, card_h, fill=tint(pen.accent, 0.9))
    for k, (label, value) in enumerate(card):
        at = 62 + 16 + 13.0 * k
        pen.text(x + 10, at, label, 8, color=GREY)
        pen.text(x + w - 10, at, value, 8.8, bold=k == 0, align="right")
    cells = [
        (lab["technician"], ex["technician"]),
        (lab["job_type"], ex["job_type"]),
        (lab["business_unit"], ex["business_unit"]),
        (lab["completed"], fmt.date(ex["completed"])),
    ]
    widths = (0.2, 0.32, 0.3, 0.18)
    cx = c.margin
    pen.line(c.margin, strip_top, c.right, strip_top, color=LIGHT, width=0.6)
    pen.line(c.margin, strip_top + 30, c.right, strip_top + 30, color=LIGHT, width=0.6)
    for (label, value), share in zip(cells, widths, strict=True):
        cw = c.width * share
        pen.text(cx, strip_top + 11, label.upper(), 6.4, bold=True, color=GREY)
        pen.text(cx, strip_top + 24, value, 8.6, fit=cw - 8)
        cx += cw
    half = (c.width - 20) / 2
    for k, (heading, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], job))):
        bx = c.margin + k * (half + 20)
        pen.text(bx, parties_top, heading, 9.4, bold=True, color=pen.accent)
        pen.line(bx, parties_top + 4, bx + half, parties_top + 4, color=pen.accent, width=0.8)
        for n, line in enumerate(lines):
            pen.text(bx, parties_top + 17 + 11.0 * n, line, 8.8, bold=n == 0, fit=half)
    pen.text(c.margin, summary_top, lab["summary"], 9.4, bold=True, color=pen.accent)
    pen.rect(c.margin, summary_top + 6, c.width, 10.6 * len(wrapped) + 10, fill=HexColor("#f4f6f8"))
    for k, text in enumerate(wrapped):
        pen.text(c.margin + 8, summary_top + 18 + 10.6 * k, text, 8.4)
    return table_top


def _fa_later(c: Ctx) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, 44, doc.vendor_name, 10.5, bold=True)
    said = f"{lab['invoice_number']} {doc.invoice_number}  ·  {lab['job']} {ex['job']}"
    pen.text(c.right, 44, said, 8.6, align="right", color=pen.accent)
    pen.line(c.margin, 54, c.right, 54, color=LIGHT, width=0.6)
    return FA_LATER_TOP


def _fa_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y, c.width, FA_HEAD, fill=pen.accent)
    right = ("quantity", "unit_price", "amount")
    for key, x, w in cols:
        at, align = (x + w - 5, "right") if key in right else (x + 5, "left")
        pen.text(at, y + 12.4, lab[key], 8, bold=True, align=align, color=white)
    y += FA_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 12
        pen.text(cols[0][1] + 5, base, line.code or "", 7.8, bold=True)
        for k, text in enumerate(pen.wrap(line.description, FA_SIZE, cols[1][2] - 10)):
            pen.text(cols[1][1] + 5, base + FA_LINE * k, text, FA_SIZE)
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.money(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.money(line.amount),
        }
        for key, x, w in cols[2:]:
            pen.text(x + w - 5, base, values[key], FA_SIZE, align="right")
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _fa_closing_height(c: Ctx) -> float:
    """The taller of the totals with the payments and the warranty with the signature."""
    payments = 14 + 12.0 * len(c.doc.extras["payments"]) + 26
    return 14 + max(16.0 * len(c.doc.totals) + payments + 30, 150.0)


def _fa_closing(c: Ctx, y: float) -> None:
    """The totals on the right, the payments and the balance; the warranty and the
    signature on the left."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 236.0
    x = c.right - w
    base = y
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        if row.key == "deposit":
            base = _fa_payments(c, x, base, w)
        if row.key == "amount_due":
            if not ex["payments"]:
                base = _fa_payments(c, x, base, w)
            pen.rect(x, base, w, 20, fill=tint(pen.accent, 0.85))
            base += 14
        else:
            base += 12
        pen.text(x + 6, base, row_label(c, row), 8.6, bold=strong)
        pen.text(
            c.right - 6, base, row_value(c, row), 9.4 if strong else 8.8, bold=strong, align="right"
        )
        if row.key == "total":
            pen.line(x, base - 11, c.right, base - 11, color=GREY, width=0.6)
        base += 6 if row.key == "amount_due" else 4
    due = doc.totals[-1]
    if not due.amount:
        pen.text(
            c.right - w / 2,
            base + 18,
            lab["paid_in_full"],
            10,
            bold=True,
            align="center",
            color=HexColor("#2e7d32"),
        )
    room = x - c.margin - 24
    end = _para(pen, c.margin, y + 12, lab["warranty"], 7.4, room, color=GREY)
    end = _para(pen, c.margin, end + 16, lab["authorize"], 7.8, room)
    sign = end + 36
    pen.line(c.margin, sign, c.margin + 200, sign, width=0.6)
    pen.text(c.margin, sign + 10, lab["signature"], 7.2, color=GREY)
    if ex["signer"]:
        said = lab["signed_by"].format(name=ex["signer"], date=fmt.date(ex["completed"]))
        pen.text(c.margin + 6, sign - 5, ex["signer"], 11, italic=True, color=HexColor("#1f3a93"))
        pen.text(c.margin, sign + 21, said, 7.2, color=GREY)


def _fa_payments(c: Ctx, x: float, y: float, w: float) -> float:
    """The payments section: each payment's day, method and amount."""
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    y += 20
    pen.text(x + 6, y, lab["payments"], 8.8, bold=True, color=pen.accent)
    pen.line(x, y + 4, c.right, y + 4, color=pen.accent, width=0.6)
    if not ex["payments"]:
        y += 16
        pen.text(x + 6, y, lab["no_payments"], 7.8, italic=True, color=GREY)
        return y + 10
    y += 14
    pen.text(x + 6, y, lab["paid_on"], 6.8, bold=True, color=GREY)
    pen.text(x + 70, y, lab["paid_by"], 6.8, bold=True, color=GREY)
    pen.text(c.right - 6, y, lab["paid_amount"], 6.8, bold=True, color=GREY, align="right")
    for day, method, amount in ex["payments"]:
        y += 12
        pen.text(x + 6, y, fmt.date(day), 8)
        pen.text(x + 70, y, method, 8, fit=100)
        pen.text(c.right - 6, y, fmt.money(amount), 8, align="right")
    return y + 6


def _fa_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    at = pen.height - 24
    pen.line(c.margin, at - 11, c.right, at - 11, color=LIGHT, width=0.5)
    pen.text(c.margin, at, lab["questions"].format(phone=doc.vendor_phone), 7.2, color=GREY)
    pen.text(
        pen.width / 2, at, lab["powered"].format(app=ex["app"]), 6.8, align="center", color=GREY
    )
    pen.text(c.right, at, lab["page"].format(n=number, m=count), 7.2, align="right", color=GREY)


# --- H160: a pest-control or pool company's carbon-copy service order -------------------

CF_SIZE = (612.0, 504.0)  # 8 1/2 x 7 in, three parts
CF_MARGIN = 22.0
CF_PAPER = {"white": None, "yellow": "#fbf5c8", "pink": "#fbe3ea"}
CF_RED = HexColor("#c8102e")
CF_INK = HexColor("#1b2a78")  # the technician's ball-point
CF_ROW = 15.0
CF_LIST_TOP = 178.0
CF_IVU = Decimal("0.115")  # Puerto Rico's state and municipal IVU


class _Filled:
    """What the technician wrote into the form: set in a plain face in ball-point blue, a
    little off the form's lines."""

    def __init__(self, pen: Pen, offset: tuple[float, float]):
        self.pen = pen
        self.dx, self.dy = offset

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9.0,
        *,
        align: str = "left",
        bold: bool = False,
        fit: float | None = None,
    ) -> None:
        canvas = self.pen.canvas
        font = "Helvetica-Bold" if bold else "Helvetica"
        if fit is not None:
            wide = stringWidth(text, font, size)
            size = size * fit / wide if wide > fit else size
        canvas.setFillColor(CF_INK)
        canvas.setFont(font, size)
        at, base = x + self.dx, self.pen.height - y - self.dy
        if align == "right":
            canvas.drawRightString(at, base, text)
        else:
            canvas.drawString(at, base, text)


def render_carbon_form(doc: Document) -> tuple[bytes, int]:
    """One part of a three-part service order from the local printer: the company's
    imprint and licence, the title and the order's number in red, ruled blanks for the
    date, customer, postal and service addresses, contact, technician and times; the
    services pre-printed each with a box and an amount column, the areas treated (or the
    water's readings) and the products applied beside them, the subtotal, IVU and total
    boxes, how it was paid, remarks and the signatures; filled in by the technician."""
    buffer, canvas, pen = _sheet(doc, CF_SIZE)
    c = Ctx(pen, doc, Fmt.of(doc), CF_MARGIN)
    paper = CF_PAPER[doc.extras["copy_tint"]]
    if paper:
        pen.rect(0, 0, pen.width, pen.height, fill=HexColor(paper))
    filled = _Filled(pen, doc.extras["typed_offset"])
    _cf_form(c)
    _cf_filled(c, filled)
    canvas.save()
    return buffer.getvalue(), 1


def _cf_items(c: Ctx) -> list[dict]:
    """The services the form's printer listed: the vendor's trade's catalogue."""
    trade = "pest_control" if c.doc.extras["pest"] else "pool"
    return load("trades")[c.doc.layout["catalogues"][trade]]["items"]


def _cf_blank(c: Ctx, x: float, y: float, w: float, label: str, ink: Color) -> float:
    """A caption and the rule to write on after it; where the writing starts."""
    pen = c.pen
    pen.text(x, y, f"{label}:", 8.6, bold=True, color=ink)
    start = x + pen.measure(f"{label}:", 8.6, True) + 4
    pen.line(start, y + 2, x + w, y + 2, color=ink, width=0.5)
    return start + 2


CF_BLANKS = (  # (caption, x share, width share) per row of blanks
    (("invoice_date", 0.0, 0.28), ("customer", 0.3, 0.7)),
    (("bill_to", 0.0, 1.0),),
    (("service_address", 0.0, 1.0),),
    (
        ("contact", 0.0, 0.34),
        ("technician", 0.35, 0.25),
        ("time_in", 0.61, 0.2),
        ("time_out", 0.81, 0.19),
    ),
)


def _cf_form(c: Ctx) -> None:
    """What the printer put on every part."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    ink = pen.accent
    pen.text(c.margin, 34, doc.vendor_name, 15, bold=True, color=ink, fit=330)
    trade = (
        "Control de Plagas · Fumigación · Comején"
        if ex["pest"]
        else ("Mantenimiento y Reparación de Piscinas")
    )
    pen.text(c.margin, 45, trade, 8.4, italic=True, color=ink)
    pen.text(c.margin, 56, " · ".join(doc.vendor_lines), 7.4, color=ink, fit=340)
    contact = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        contact += f"   {lab['email']}: {doc.vendor_email}"
    pen.text(c.margin, 65.5, contact, 7.4, color=ink, fit=340)
    licence = lab["license" if ex["pest"] else "license_pool"].format(n=ex["license"])
    if doc.vendor_tax_id:
        licence += f"   ·   {lab['tax_id']} {doc.vendor_tax_id}"
    pen.text(c.margin, 75, licence, 6.8, color=ink, fit=340)
    pen.rect(c.right - 196, 20, 196, 58, stroke=ink, width=1.2)
    pen.text(c.right - 98, 37, lab["title"], 13, bold=True, align="center", color=ink)
    pen.text(c.right - 98, 48, lab["subtitle"], 8, bold=True, align="center", color=ink)
    pen.text(c.right - 150, 70, lab["number_mark"], 12, bold=True, color=ink)
    y = 100.0
    for row in CF_BLANKS:
        for key, at, share in row:
            _cf_blank(c, c.margin + c.width * at, y, c.width * share - 8, lab[key], ink)
        y += 17
    # the services, each with its box and the amount column
    list_w = c.width * 0.64
    top = CF_LIST_TOP
    items = _cf_items(c)
    pen.rect(c.margin, top - 14, list_w, 14, fill=tint(ink, 0.8))
    pen.text(c.margin + 6, top - 4, lab["services"], 7.6, bold=True, color=ink)
    pen.text(
        c.margin + list_w - 6, top - 4, lab["amount"], 7.6, bold=True, align="right", color=ink
    )
    amount_x = c.margin + list_w - 76
    for k, item in enumerate(items):
        base = top + CF_ROW * k
        pen.rect(c.margin + 6, base + 3.5, 8, 8, stroke=ink, width=0.6)
        pen.text(c.margin + 20, base + 11, item["es"], 8.2, color=ink)
        pen.text(amount_x + 4, base + 11, "$", 8, color=ink)
        pen.line(c.margin, base + CF_ROW, c.margin + list_w, base + CF_ROW, color=ink, width=0.3)
    bottom = top + CF_ROW * len(items)
    pen.rect(c.margin, top - 14, list_w, bottom - top + 14, stroke=ink, width=0.8)
    pen.line(amount_x, top - 14, amount_x, bottom, color=ink, width=0.5)
    # the side panel: areas or readings, products, the totals' boxes
    x = c.margin + list_w + 10
    w = c.right - x
    heading = lab["areas"] if ex["pest"] else lab["readings"]
    pen.text(x, top - 4, heading, 7.6, bold=True, color=ink)
    names = lab["area_list"].split("|") if ex["pest"] else lab["reading_list"].split("|")
    for k, name in enumerate(names):
        base = top + 12 * k
        if ex["pest"]:
            pen.rect(x + 2, base + 3, 7, 7, stroke=ink, width=0.5)
            pen.text(x + 14, base + 9.5, name, 7.6, color=ink)
        else:
            pen.text(x + 2, base + 9.5, f"{name}:", 7.6, color=ink)
            pen.line(x + 80, base + 11, x + w, base + 11, color=ink, width=0.4)
    panel = top + 12 * len(names) + 12
    if ex["pest"]:
        pen.text(x, panel, f"{lab['products']}:", 7.6, bold=True, color=ink)
        for k in range(3):
            pen.line(x, panel + 13 + 12 * k, x + w, panel + 13 + 12 * k, color=ink, width=0.4)
    else:
        areas = lab["pool_areas"].split("|")
        pen.text(x, panel, f"{lab['areas']}:", 7.6, bold=True, color=ink)
        for k, name in enumerate(areas):
            pen.rect(x + 2, panel + 5 + 11 * k, 7, 7, stroke=ink, width=0.5)
            pen.text(x + 14, panel + 11.5 + 11 * k, name, 7.4, color=ink)
    boxes = bottom - 3 * 18
    tax_label = lab["tax"].format(rate=c.fmt.percent(CF_IVU))  # the rate printed on the form
    for k, label in enumerate((lab["subtotal"], tax_label, lab["total"])):
        at = boxes + 18 * k
        strong = k == 2
        pen.rect(x, at, w, 18, stroke=ink, width=1.0 if strong else 0.6)
        pen.text(x + 5, at + 12.5, label, 8.4 if strong else 7.8, bold=True, color=ink)
        pen.text(x + w - 78, at + 12.5, "$", 8.4, color=ink)
    # payment, remarks, signatures
    y = bottom + 16
    pen.text(c.margin, y, lab["paid_with"], 8.2, bold=True, color=ink)
    at = c.margin + 64
    for key in ("cash", "check", "ath", "card", "credit"):
        pen.rect(at, y - 7.5, 8, 8, stroke=ink, width=0.6)
        said = lab[key]
        pen.text(at + 11, y, said, 7.8, color=ink)
        at += 11 + pen.measure(said, 7.8) + (40 if key == "check" else 14)
    y += 18
    _cf_blank(c, c.margin, y, c.width, lab["observations"], ink)
    pen.line(c.margin, y + 15, c.right, y + 15, color=ink, width=0.5)
    y += 50
    third = c.width / 3
    for k, key in enumerate(("signature_tech", "signature_client", "received")):
        x0 = c.margin + third * k
        pen.line(x0 + 4, y, x0 + third - 12, y, color=ink, width=0.6)
        pen.text(x0 + 4, y + 9, lab[key], 7, color=ink)
    guarantee = lab["guarantee" if ex["pest"] else "guarantee_pool"]
    pen.text(c.margin, y + 24, guarantee, 6.6, italic=True, color=ink, fit=c.width)
    pen.text(c.margin, pen.height - 10, lab["printer"], 5.6, color=ink)
    pen.text(c.right, pen.height - 10, lab["copies"], 6, bold=True, align="right", color=ink)


def _cf_filled(c: Ctx, filled: _Filled) -> None:
    """What the technician wrote; the order's number printed in red by the printer."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.text(c.right - 132, 71, doc.invoice_number, 17, bold=True, color=CF_RED)
    values = {
        "invoice_date": fmt.date(doc.invoice_date),
        "customer": doc.customer_name or "",
        "bill_to": ", ".join(doc.bill_to_lines or []),
        "service_address": ", ".join(doc.service_lines or []),
        "contact": ex["contact"] or "",
        "technician": ex["technician"],
        "time_in": ex["times"][0],
        "time_out": ex["times"][1],
    }
    y = 100.0
    for row in CF_BLANKS:
        for key, at, share in row:
            x = c.margin + c.width * at
            start = x + pen.measure(f"{lab[key]}:", 8.6, True) + 6
            filled(start, y - 1, values[key], 9, fit=x + c.width * share - 8 - start)
        y += 17
    list_w = c.width * 0.64
    amount_x = c.margin + list_w - 76
    items = _cf_items(c)
    for line, index in zip(doc.lines, ex["checked"], strict=True):
        base = CF_LIST_TOP + CF_ROW * index
        filled(c.margin + 7, base + 11, "X", 9.5, bold=True)
        if "other" in items[index]:
            at = c.margin + 24 + pen.measure(items[index]["es"], 8.2)
            filled(at, base + 10.5, line.description, 8.4, fit=amount_x - at - 6)
        filled(c.margin + list_w - 6, base + 10.5, fmt.amount(line.amount), 9, align="right")
    x = c.margin + list_w + 10
    w = c.right - x
    top = CF_LIST_TOP
    if ex["pest"]:
        for k in ex["areas"]:
            filled(x + 2.5, top + 12 * k + 9.5, "X", 8, bold=True)
        names = lab["area_list"].split("|")
        panel = top + 12 * len(names) + 12
        for k, product in enumerate(ex["products"]):
            filled(x + 2, panel + 11 + 12 * k, product, 8, fit=w - 4)
    else:
        for k, value in enumerate(ex["readings"]):
            filled(x + 84, top + 12 * k + 9.5, value, 8.4)
        names = lab["reading_list"].split("|")
        panel = top + 12 * len(names) + 12
        for k in ex["areas"]:
            filled(x + 2.5, panel + 11.5 + 11 * k, "X", 8, bold=True)
    bottom = CF_LIST_TOP + CF_ROW * len(items)
    boxes = bottom - 3 * 18
    rows = {row.key: row for row in doc.totals}
    for k, key in enumerate(("subtotal", "tax", "total")):
        if key in rows:
            at = boxes + 18 * k
            filled(
                c.right - 6,
                at + 12.5,
                row_value(c, rows[key]),
                9.6 if k == 2 else 9,
                align="right",
                bold=k == 2,
            )
    y = bottom + 16
    at = c.margin + 64
    for key in ("cash", "check", "ath", "card", "credit"):
        if key == ex["paid"]:
            filled(at + 0.8, y - 0.5, "X", 8.6, bold=True)
            if key == "check":
                filled(at + 13 + pen.measure(lab[key], 7.8), y - 1, ex["check"], 8.6)
        at += 11 + pen.measure(lab[key], 7.8) + (40 if key == "check" else 14)
    y += 18
    start = c.margin + pen.measure(f"{lab['observations']}:", 8.6, True) + 6
    filled(start, y - 1, ex["observation"], 8.4, fit=c.right - start)
    y += 50
    third = c.width / 3
    filled(c.margin + 10, y - 4, ex["technician"], 10)
    if ex["contact"]:
        filled(c.margin + third * 2 + 10, y - 4, ex["contact"].upper(), 9)
