"""Whole pages of the layouts added with H126-H130, documents that keep a property's
premises: a roof-restoration contractor's progress billing with its schedule of values, a
Puerto Rican pool company's monthly invoice from a small-business accounting package, a
janitorial and maintenance supply distributor's invoice and packing list, a city's water
and sewer bill on a narrow tri-fold sheet with its return stub, and a hardware store's
sales note written by hand on a pre-printed pad."""

from __future__ import annotations

import random
from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.document import Document, Line
from samples.formats import cents
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _digest
from samples.pdf_routes import _contact
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _scribble, _sheet

Columns = list[tuple[str, float, float]]


def _fold_heads(c: Ctx, cols: Columns, y: float, size: float, rows: int, **style) -> None:
    """Column heads wrapped to their width, up to ``rows`` lines from baseline ``y``;
    figures' heads right-aligned."""
    pen = c.pen
    for key, x, w in cols:
        lines = pen.wrap(c.labels[key], size, w - 6, bold=True)[:rows]
        for k, line in enumerate(lines):
            base = y + (size + 1.2) * (k + rows - len(lines))
            if key in ("description", "activity", "item", "bin", "line_no"):
                pen.text(x + 3, base, line, size, bold=True, **style)
            else:
                pen.text(x + w - 3, base, line, size, bold=True, align="right", **style)


# --- H126: a roof-restoration contractor's progress billing --------------------------------

PA_MARGIN = 30.0
PA_FOOT = 36.0
PA_COLS = (
    ("item", 30.0),
    ("description", 0.0),
    ("scheduled", 60.0),
    ("previous", 58.0),
    ("amount", 58.0),
    ("completed", 60.0),
    ("percent", 40.0),
    ("balance", 58.0),
    ("retainage", 50.0),
)
PA_HEAD = 40.0  # the letters' row and the wrapped heads
PA_LINE, PA_PAD = 9.2, 5.0
PA_LATER_TOP = 78.0
PA_CLOSING = 262.0


def render_pay_app(doc: Document) -> tuple[bytes, int]:
    """Letter pages in a serif face: the contractor's letterhead, the title and the
    application's number, the owner, the project and the application's details in three
    boxes, then the schedule of values as a spreadsheet prints it (lettered columns, a grid,
    the grand totals), and on the last sheet the contract's summary beside this
    application's payment, the contractor's certification and the signatures."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PA_MARGIN)
    cols = _columns(c.margin, c.width, PA_COLS)
    desc_w = cols[1][2] - 8
    heights = [
        PA_LINE * len(pen.wrap(line.description, 7.6, desc_w)) + PA_PAD for line in doc.lines
    ]
    bottom = pen.height - PA_FOOT
    first_room = bottom - _pa_first(c, measure=True) - PA_HEAD - 16
    later_room = bottom - PA_LATER_TOP - PA_HEAD - 16
    pages = paginate(heights, first_room, later_room, PA_CLOSING)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _pa_first(c) if number == 1 else _pa_later(c)
        y = _pa_table(c, cols, top, start, end, heights, last=number == len(pages))
        if number == len(pages):
            _pa_closing(c, y + 14)
        else:
            pen.text(c.right, y + 12, c.labels["continued"], 8, italic=True, align="right")
        _pa_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pa_first(c: Ctx, *, measure: bool = False) -> float:
    """The letterhead, title and the three boxes; where the schedule starts."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    contact = [*doc.vendor_lines, *_contact(doc)]
    if draw:
        pen.text(c.margin, 44, doc.vendor_name, 19, bold=True, color=pen.accent, fit=300)
        pen.text(c.margin, 58, lab["tagline"], 9, italic=True, color=GREY, fit=300)
        for k, line in enumerate(contact):
            pen.text(c.right, 30 + 10 * k, line, 8.4, align="right", fit=220)
    rule = max(66.0, 30 + 10 * len(contact))
    if draw:
        pen.line(c.margin, rule, c.right, rule, color=pen.accent, width=1.6)
        pen.line(c.margin, rule + 2.6, c.right, rule + 2.6, color=pen.accent, width=0.5)
        pen.text(pen.width / 2, rule + 24, lab["title"], 16, bold=True, align="center")
        said = lab["application"].format(n=ex["application"])
        pen.text(pen.width / 2, rule + 37, said, 10, italic=True, align="center", color=GREY)
    y = rule + 48
    assert doc.period is not None
    details = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["period_from"], fmt.date(doc.period[0])),
        (lab["period_to"], fmt.date(doc.period[1])),
    ]
    if doc.due_date:
        details.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        details.append((lab["terms"], doc.terms))
    if doc.po_number:
        details.append((lab["po_number"], doc.po_number))
    project = [
        lab["project"].format(name=(doc.service_lines or [""])[0]),
        *(doc.service_lines or [])[1:],
        f"{lab['contract']} {ex['contract']}",
        f"{lab['contract_date']} {fmt.date(ex['contract_date'])}",
    ]
    blocks: list[tuple[str, list[str], float]] = [
        (lab["bill_to"], _customer(doc), 168.0),
        (lab["service_address"], project, 172.0),
    ]
    tall = 22 + 10.6 * max(len(_customer(doc)), len(project), len(details))
    x = c.margin
    if draw:
        for heading, lines, w in blocks:
            pen.rect(x, y, w, tall, stroke=GREY, width=0.6)
            pen.rect(x, y, w, 13, fill=pen.pale)
            pen.text(x + 5, y + 9.5, heading.upper(), 7.4, bold=True, color=pen.accent)
            for k, line in enumerate(lines):
                pen.text(x + 6, y + 25 + 10.6 * k, line, 8.6, bold=k == 0, fit=w - 12)
            x += w + 8
        w = c.right - x
        pen.rect(x, y, w, tall, stroke=GREY, width=0.6)
        for k, (label, value) in enumerate(details):
            base = y + 13 + 10.6 * k
            pen.text(x + 5, base, label, 7.8, color=GREY, fit=w * 0.52)
            pen.text(x + w - 5, base, value, 8.6, bold=k == 0, align="right", fit=w * 0.46)
        pen.text(c.margin, y + tall + 16, lab["sov"].upper(), 9, bold=True, color=pen.accent)
    return y + tall + 22


def _pa_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 40, doc.vendor_name, 12, bold=True, color=pen.accent)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 40, said, 9, bold=True, align="right")
    said = lab["application"].format(n=doc.extras["application"])
    pen.text(c.right, 51, said, 8, italic=True, align="right", color=GREY)
    pen.line(c.margin, 57, c.right, 57, color=pen.accent, width=1.2)
    pen.text(
        c.margin,
        72,
        f"{lab['sov'].upper()} {lab['continued_head']}",
        9,
        bold=True,
        color=pen.accent,
    )
    return PA_LATER_TOP


def _pa_table(
    c: Ctx,
    cols: Columns,
    y: float,
    start: int,
    end: int,
    heights: list[float],
    *,
    last: bool,
) -> float:
    """The schedule's rows ``start``..``end`` in a spreadsheet's grid under its lettered
    heads; the grand totals under the last row."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    sov, rate = doc.extras["sov"], doc.extras["retain"]
    top = y
    pen.rect(c.margin, y, c.width, PA_HEAD, fill=pen.pale)
    for k, (_, x, w) in enumerate(cols):
        pen.text(x + w / 2, y + 9, "ABCDEFGHI"[k], 7, bold=True, align="center", color=GREY)
    pen.line(c.margin, y + 12, c.right, y + 12, color=LIGHT, width=0.5)
    _fold_heads(c, cols, y + 20, 6.6, 3, color=BLACK)
    y += PA_HEAD
    for index in range(start, end):
        line, (value, before, to_date, percent) = doc.lines[index], sov[index]
        texts = {
            "scheduled": fmt.amount(value),
            "previous": fmt.amount(before),
            "amount": fmt.amount(line.amount),
            "completed": fmt.amount(to_date),
            "percent": f"{percent:.2f}%",
            "balance": fmt.amount(value - to_date),
            "retainage": fmt.amount(cents(to_date * rate)),
        }
        pen.text(cols[0][1] + 4, y + 10, line.code or "", 7.6)
        for k, text in enumerate(pen.wrap(line.description, 7.6, cols[1][2] - 8)):
            pen.text(cols[1][1] + 4, y + 10 + PA_LINE * k, text, 7.6)
        for key, x, w in cols[2:]:
            pen.text(x + w - 4, y + 10, texts[key], 7.6, align="right")
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    if last:
        y = _pa_grand(c, cols, y)
    for _, x, _ in cols[1:]:
        pen.line(x, top + 12, x, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top, c.width, y - top, stroke=GREY, width=0.7)
    return y


def _pa_grand(c: Ctx, cols: Columns, y: float) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    sov, rate = doc.extras["sov"], doc.extras["retain"]
    value = sum((row[0] for row in sov), Decimal(0))
    before = sum((row[1] for row in sov), Decimal(0))
    to_date = sum((row[2] for row in sov), Decimal(0))
    texts = {
        "scheduled": fmt.amount(value),
        "previous": fmt.amount(before),
        "amount": fmt.amount(to_date - before),
        "completed": fmt.amount(to_date),
        "percent": f"{to_date * 100 / value:.2f}%",
        "balance": fmt.amount(value - to_date),
        "retainage": fmt.amount(sum((cents(row[2] * rate) for row in sov), Decimal(0))),
    }
    pen.line(c.margin, y + 1.6, c.right, y + 1.6, color=GREY, width=0.5)
    pen.rect(c.margin, y + 2, c.width, 14, fill=tint(pen.accent, 0.8))
    pen.text(cols[1][1] + 4, y + 12, c.labels["grand"].upper(), 7.8, bold=True)
    for key, x, w in cols[2:]:
        pen.text(x + w - 4, y + 12, texts[key], 7.6, bold=True, align="right")
    return y + 16


def _pa_closing(c: Ctx, y: float) -> None:
    """The contract's summary (lines 1 to 9) beside this application's payment, the
    remittance, the certification and the two signatures."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    sov = ex["sov"]
    changes = ex["changes"]
    value = sum((row[0] for row in sov), Decimal(0))
    orders = sum((row[0] for row in sov[len(sov) - changes :]), Decimal(0))
    to_date = sum((row[2] for row in sov), Decimal(0))
    earned = to_date - ex["held"]
    rows = [
        (lab["original"], value - orders),
        (lab["change_orders"], orders),
        (lab["contract_sum"], value),
        (lab["completed_sum"], to_date),
        (lab["retained"].format(rate=fmt.percent(ex["retain"])), ex["held"]),
        (lab["earned"], earned),
        (lab["previous_billed"], sum((row[1] for row in sov), Decimal(0)) - ex["held_before"]),
        (lab["current_due"], doc.due_amount),
        (lab["to_finish"], value - earned),
    ]
    w = 318.0
    pen.rect(c.margin, y, w, 16 + 13.4 * len(rows) + 4, stroke=GREY, width=0.7)
    pen.rect(c.margin, y, w, 14, fill=pen.accent)
    pen.text(c.margin + 6, y + 10, lab["summary"].upper(), 8, bold=True, color=white)
    for k, (label, amount) in enumerate(rows):
        base = y + 27 + 13.4 * k
        strong = k == 7
        if strong:
            pen.rect(c.margin + 1, base - 9.6, w - 2, 13, fill=pen.pale)
        pen.text(c.margin + 6, base, label, 7.8, bold=strong, fit=w - 96)
        pen.text(
            c.margin + w - 6, base, fmt.money(Decimal(amount)), 8.2, bold=strong, align="right"
        )
    x = c.margin + w + 14
    bw = c.right - x
    pen.rect(x, y, bw, 16 + 16 * len(doc.totals) + 4, stroke=pen.accent, width=1.1)
    pen.rect(x, y, bw, 14, fill=pen.accent)
    pen.text(x + 6, y + 10, lab["this_invoice"].upper(), 8, bold=True, color=white)
    for k, row in enumerate(doc.totals):
        base = y + 29 + 16 * k
        strong = row.key == "amount_due"
        if strong:
            pen.line(x + 6, base - 11, x + bw - 6, base - 11, width=0.8)
        pen.text(x + 6, base, row_label(c, row), 8, bold=strong, fit=bw - 82)
        pen.text(
            x + bw - 6, base, row_value(c, row), 9 if strong else 8.4, bold=strong, align="right"
        )
    below = y + 16 + 16 * len(doc.totals) + 18
    if doc.remit_lines:
        pen.text(x, below, lab["remit_to"], 7.4, bold=True, color=pen.accent)
        for k, line in enumerate([doc.vendor_name, *doc.remit_lines]):
            pen.text(x + 6, below + 11 + 9.6 * k, line, 8, fit=bw - 8)
    y += 16 + 13.4 * len(rows) + 20
    end = _para(pen, c.margin, y, lab["certify"], 7.4, c.width, italic=True, color=GREY)
    y = end + 34
    half = c.width / 2
    for k, heading in enumerate((f"{lab['contractor']}: {doc.vendor_name}", lab["approved"])):
        x = c.margin + k * (half + 10)
        pen.line(x, y, x + half - 30, y, width=0.6)
        pen.text(x, y + 10, heading, 7.4, fit=half - 30)
        pen.text(
            x, y + 20, f"{lab['by']}: ____________________   {lab['signed_date']}: __________", 7.4
        )
    _scribble(pen, c.margin + 20, y - 5, _digest(doc.id, "contractor"))


def _pa_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    base = pen.height - 20
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, base, f"{lab['contract']} {doc.extras['contract']}", 7, color=GREY)
    said = lab["page"].format(n=number, m=count)
    pen.text(pen.width / 2, base, said, 7, align="center", color=GREY)
    pen.text(c.right, base, doc.vendor_name, 7, align="right", color=GREY)


# --- H127: a Puerto Rican pool company's invoice from an accounting package ---------------

QB_MARGIN = 42.0
QB_COLS = (
    ("date", 58.0),
    ("activity", 118.0),
    ("description", 0.0),
    ("tax_code", 40.0),
    ("quantity", 34.0),
    ("unit_price", 54.0),
    ("amount", 62.0),
)
QB_SIZE, QB_LINE, QB_PAD = 8.4, 10.4, 8.0
QB_HEAD = 20.0
QB_FOOT = 40.0
QB_LATER_TOP = 84.0
QB_CLOSING = 150.0


def render_pool_books(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a small-business accounting package prints an invoice: the logo and
    the company on the left, the title in the accent colour on the right, the bill-to and
    ship-to blocks beside the invoice's details, the custom fields in a row, the lines
    under a tinted heading with no rules between them (date, product or service, its
    description, the IVU code, count, rate, amount), then the message and the IVU summary
    beside the totals and the balance due."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), QB_MARGIN)
    cols = _columns(c.margin, c.width, QB_COLS)
    heights = [_qb_height(c, cols, line) for line in doc.lines]
    bottom = pen.height - QB_FOOT
    first_room = bottom - _qb_first(c, measure=True) - QB_HEAD
    later_room = bottom - QB_LATER_TOP - QB_HEAD
    pages = paginate(heights, first_room, later_room, QB_CLOSING)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _qb_first(c) if number == 1 else _qb_later(c)
        y = _qb_table(c, cols, top, start, end, heights)
        if number == len(pages):
            _qb_closing(c, y + 8)
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(pen.width / 2, pen.height - 24, said, 7.4, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _qb_height(c: Ctx, cols: Columns, line: Line) -> float:
    wrapped = c.pen.wrap(line.description, QB_SIZE, cols[2][2] - 8)
    named = c.pen.wrap(line.name or "", QB_SIZE, cols[1][2] - 8)
    return QB_LINE * max(len(wrapped), len(named)) + QB_PAD


def _qb_first(c: Ctx, *, measure: bool = False) -> float:
    """The company and title, the two address blocks beside the details, the custom
    fields; where the lines start."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw = not measure
    company = [*doc.vendor_lines, *_contact(doc)]
    if draw:
        draw_logo(pen, doc.logo, c.margin, 36, 50, initials(doc.vendor_name))
        x = c.margin + 62
        pen.text(x, 46, doc.vendor_name, 11.5, bold=True, fit=250)
        for k, line in enumerate(company):
            pen.text(x, 59 + 10.4 * k, line, 8.4, color=GREY, fit=250)
        pen.text(c.right, 66, lab["title"], 27, align="right", color=pen.accent)
    y = max(104.0, 59 + 10.4 * len(company) + 18)
    details = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.due_date:
        details.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        details.append((lab["terms"], doc.terms))
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    if draw:
        for k, (heading, lines) in enumerate(blocks):
            x = c.margin + 168 * k
            pen.text(x, y + 10, heading.upper(), 7.6, bold=True, color=GREY)
            for n, line in enumerate(lines):
                pen.text(x, y + 23 + 10.8 * n, line, 8.8, fit=160)
        for k, (label, value) in enumerate(details):
            base = y + 10 + 13 * k
            pen.text(c.right - 92, base, label.upper(), 7.6, bold=True, align="right", color=GREY)
            pen.text(c.right, base, value, 8.8, align="right", fit=86)
    tall = max(23 + 10.8 * max(len(lines) for _, lines in blocks), 10 + 13 * len(details))
    y += tall + 12
    assert doc.period is not None
    custom = [
        (lab["account_number"], doc.account_number or ""),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
    ]
    if doc.po_number:
        custom.append((lab["po_number"], doc.po_number))
    if draw:
        pen.line(c.margin, y, c.right, y, color=tint(pen.accent, 0.5), width=0.6)
        widths = (110.0, 190.0, 150.0)
        x = c.margin
        for (label, value), w in zip(custom, widths, strict=False):
            pen.text(x, y + 14, label.upper(), 7.2, bold=True, color=GREY)
            pen.text(x, y + 26, value, 8.8)
            x += w
    return y + 40


def _qb_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 10.5, bold=True)
    pen.text(
        c.right, 44, f"{lab['invoice_number'].upper()} {doc.invoice_number}", 8.6, align="right"
    )
    pen.text(c.right, 58, c.fmt.date(doc.invoice_date), 8.6, align="right", color=GREY)
    return QB_LATER_TOP - 14


def _qb_table(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    codes = doc.extras["tax_codes"]
    pen.rect(c.margin, y, c.width, QB_HEAD, fill=tint(pen.accent, 0.82))
    for key, x, w in cols:
        head = c.labels[key].upper()
        if key in ("quantity", "unit_price", "amount", "tax_code"):
            pen.text(x + w - 4, y + 13, head, 7.6, bold=True, align="right", color=pen.accent)
        else:
            pen.text(x + 4, y + 13, head, 7.6, bold=True, color=pen.accent)
    y += QB_HEAD + 4
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        if line.day:
            pen.text(cols[0][1] + 4, base, fmt.date(line.day), QB_SIZE)
        for k, text in enumerate(pen.wrap(line.name or "", QB_SIZE, cols[1][2] - 8)):
            pen.text(cols[1][1] + 4, base + QB_LINE * k, text, QB_SIZE, bold=True)
        for k, text in enumerate(pen.wrap(line.description, QB_SIZE, cols[2][2] - 8)):
            pen.text(cols[2][1] + 4, base + QB_LINE * k, text, QB_SIZE)
        texts = {
            "tax_code": fmt.percent(codes[index]),
            "quantity": _value_text(c, line, "quantity"),
            "unit_price": _value_text(c, line, "unit_price"),
            "amount": _value_text(c, line, "amount"),
        }
        for key, x, w in cols[3:]:
            pen.text(x + w - 4, base, texts[key], QB_SIZE, align="right")
        y += heights[index]
    pen.line(c.margin, y + 2, c.right, y + 2, color=GREY, width=0.5, dash=(1.2, 1.6))
    return y + 2


def _qb_closing(c: Ctx, y: float) -> None:
    """The message and the IVU summary on the left; the totals and the balance due."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    message = lab["message"].format(name=doc.vendor_name)
    end = _para(pen, c.margin, y + 14, message, 8.2, 250)
    base = end + 22
    pen.text(c.margin, base, lab["tax_summary"].upper(), 7.6, bold=True, color=GREY)
    right = c.margin + 250
    pen.text(c.margin, base + 13, lab["rate"].upper(), 7, bold=True, color=GREY)
    pen.text(
        right - 70, base + 13, lab["tax_code"].upper(), 7, bold=True, align="right", color=GREY
    )
    pen.text(right, base + 13, lab["base"].upper(), 7, bold=True, align="right", color=GREY)
    for n, (rate, taxed, tax, goods) in enumerate(doc.extras["tax_groups"]):
        line = base + 25 + 11 * n
        said = lab["rate_goods" if goods else "rate_service"].format(rate=fmt.percent(rate))
        pen.text(c.margin, line, said, 8, fit=160)
        pen.text(right - 70, line, fmt.amount(tax), 8, align="right")
        pen.text(right, line, fmt.amount(taxed), 8, align="right")
    x0 = c.right - 210
    rows = [row for row in doc.totals if row.key != "amount_due"]
    for k, row in enumerate(rows):
        base = y + 16 + 15 * k
        pen.text(x0, base, row_label(c, row).upper(), 8, bold=True, color=GREY)
        pen.text(c.right, base, row_value(c, row), 9, align="right")
    due = doc.total_row("amount_due")
    assert due is not None
    base = y + 16 + 15 * len(rows) + 8
    pen.line(x0, base - 8, c.right, base - 8, color=GREY, width=0.5, dash=(1.2, 1.6))
    pen.text(x0, base + 10, row_label(c, due).upper(), 8.6, bold=True, color=GREY)
    pen.text(c.right, base + 12, row_value(c, due), 17, bold=True, align="right")


# --- H128: a supply distributor's invoice and packing list ---------------------------------

PK_PAGE = landscape(LETTER)
PK_MARGIN = 28.0
PK_COLS = (
    ("line_no", 22.0),
    ("item", 60.0),
    ("bin", 46.0),
    ("description", 0.0),
    ("pack", 44.0),
    ("unit", 28.0),
    ("ordered", 50.0),
    ("quantity", 50.0),
    ("backorder", 36.0),
    ("unit_price", 58.0),
    ("amount", 68.0),
)
PK_TABLE_TOP = 216.0
PK_HEAD, PK_ROW = 16.0, 13.0
PK_FOOT = 104.0  # the pick boxes and totals at the foot of every sheet


def render_packing_invoice(doc: Document) -> tuple[bytes, int]:
    """Landscape letter sheets from a distributor's warehouse system, the whole head on
    each: the firm, the title over a packing-list band and the order's bar code, the
    invoice box with the page, a strip of order cells, the sold-to and ship-to boxes; the
    lines with item number, warehouse location, pack, unit, ordered, shipped and
    back-ordered counts; at the foot the pick boxes and, on the last sheet, the totals
    (the others say the invoice continues)."""
    buffer, canvas, pen = _sheet(doc, PK_PAGE)
    c = Ctx(pen, doc, Fmt.of(doc), PK_MARGIN)
    cols = _columns(c.margin, c.width, PK_COLS)
    room = pen.height - PK_FOOT - PK_TABLE_TOP - PK_HEAD - 6
    pages = paginate([PK_ROW] * len(doc.lines), room, room, 0)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _pk_head(c, number, len(pages))
        _pk_table(c, cols, start, end)
        _pk_foot(c, last=number == len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pk_head(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 22, 36, initials(doc.vendor_name))
    x = c.margin + 44
    pen.text(x, 36, doc.vendor_name, 14, bold=True, color=pen.accent, fit=250)
    for k, line in enumerate([*doc.vendor_lines, *_contact(doc)]):
        pen.text(x, 49 + 9.4 * k, line, 7.6, fit=200)
    mid = pen.width / 2 - 30
    pen.text(mid, 40, lab["title"], 20, bold=True, align="center")
    band = pen.measure(lab["subtitle"], 6.8, True) + 16
    pen.rect(mid - band / 2, 47, band, 12, fill=BLACK)
    pen.text(mid, 55.6, lab["subtitle"], 6.8, bold=True, align="center", color=white)
    _bar_code(pen, mid - 70, 64, 140, 18, ex["order_number"])
    pen.text(mid, 90, f"*{ex['order_number']}*", 7, align="center")
    bx, bw = c.right - 196, 196.0
    rows = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ("", lab["page"].format(n=number, m=count)),
    ]
    for k, (label, value) in enumerate(rows):
        top = 22 + 20 * k
        pen.rect(bx, top, bw, 20, stroke=BLACK, width=0.8)
        if label:
            pen.rect(bx, top, 92, 20, fill=pen.pale)
            pen.line(bx + 92, top, bx + 92, top + 20, width=0.6)
            pen.text(bx + 4, top + 12.6, label, 6.6, bold=True, fit=86)
        size = 11 if k == 0 else 9
        pen.text(bx + bw - 6, top + 14, value, size, bold=k < 2, align="right", fit=96)
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["order"], ex["order_number"]),
        (lab["order_date"], fmt.date(ex["order_date"])),
        (lab["po_number"], doc.po_number or ""),
        (lab["ship_via"], ex["ship_via"]),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["salesperson"], ex["salesperson"]),
    ]
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.rect(x, 102, w, 11, fill=pen.pale)
        pen.rect(x, 102, w, 28, stroke=BLACK, width=0.6)
        pen.text(x + 4, 110.4, label, 6.2, bold=True, fit=w - 8)
        pen.text(x + 4, 125, value, 8.6, bold=True, fit=w - 8)
    half = (c.width - 12) / 2
    sold = [line.upper() for line in _customer(doc)]  # the system's capitals
    blocks = [(lab["bill_to"], sold), (lab["service_address"], doc.service_lines or [])]
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 12)
        pen.rect(x, 138, 16, 70, fill=pen.accent)
        canvas = pen.canvas
        canvas.saveState()
        canvas.translate(x + 11, pen.height - 204)
        canvas.rotate(90)
        canvas.setFillColor(white)
        canvas.setFont(pen.font(bold=True), 7.2)
        canvas.drawString(0, 0, heading)
        canvas.restoreState()
        pen.rect(x, 138, half, 70, stroke=BLACK, width=0.8)
        for n, line in enumerate(lines):
            pen.text(x + 24, 153 + 11 * n, line, 8.8, bold=n == 0, fit=half - 32)


def _bar_code(pen: Pen, x: float, y: float, w: float, h: float, text: str) -> None:
    """A Code 39 bar code's look: narrow and wide bars drawn from ``text``."""
    pattern = []
    for k, ch in enumerate(f"*{text}*"):
        bits = _digest(ch, k % 2) if ch != "*" else 0b100101101
        pattern += [1 + 1.6 * ((bits >> n) & 1) for n in range(9)] + [1.0]
    unit = w / sum(pattern)
    for k, width in enumerate(pattern):
        if k % 2 == 0:
            pen.rect(x, y, width * unit, h, fill=BLACK)
        x += width * unit


def _pk_table(c: Ctx, cols: Columns, start: int, end: int) -> None:
    pen, doc, fmt, ex = c.pen, c.doc, c.fmt, c.doc.extras
    y = PK_TABLE_TOP
    pen.rect(c.margin, y, c.width, PK_HEAD, fill=pen.accent)
    _fold_heads(c, cols, y + 11, 6.8, 1, color=white)
    y += PK_HEAD
    for index in range(start, end):
        line, ordered = doc.lines[index], ex["ordered"][index]
        shipped = line.quantity or Decimal(0)
        base = y + 9.6
        if index % 2:
            pen.rect(c.margin, y, c.width, PK_ROW, fill=tint(pen.accent, 0.93))
        texts = {
            "line_no": str(index + 1),
            "item": line.code or "",
            "bin": ex["bins"][index],
            "description": line.description,
            "pack": ex["packs"][index],
            "unit": line.unit or "",
            "ordered": fmt.quantity(ordered),
            "quantity": fmt.quantity(shipped),
            "backorder": fmt.quantity(ordered - shipped),
            "unit_price": _value_text(c, line, "unit_price"),
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            if key in ("line_no", "item", "bin", "description", "pack", "unit"):
                pen.text(x + 3, base, texts[key], 7.6, fit=w - 6)
            else:
                strong = key == "backorder" and ordered > shipped
                pen.text(x + w - 3, base, texts[key], 7.6, bold=strong, align="right")
        y += PK_ROW
    pen.line(c.margin, y + 1, c.right, y + 1, width=0.8)


def _pk_foot(c: Ctx, *, last: bool) -> None:
    """The pick boxes and the receiving line on every sheet; the totals, notes and the
    remittance on the last, a continued notice on the others."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    top = pen.height - PK_FOOT
    boxes = [
        (lab["picked"], ex["picker"]),
        (lab["checked"], ""),
        (lab["cartons"], str(ex["cartons"]) if last else ""),
        (lab["weight"], fmt.quantity(ex["weight"].quantize(Decimal("1"))) if last else ""),
    ]
    for k, (label, value) in enumerate(boxes):
        x = c.margin + 66 * k
        pen.rect(x, top, 66, 26, stroke=BLACK, width=0.6)
        pen.text(x + 3, top + 8, label, 5.8, bold=True, fit=60)
        pen.text(x + 33, top + 21, value, 9, bold=True, align="center")
    pen.line(c.margin, top + 58, c.margin + 262, top + 58, width=0.5)
    pen.text(c.margin, top + 66, lab["received"], 6, bold=True)
    bx, bw = c.right - 232, 232.0
    if not last:
        pen.rect(bx, top, bw, 64, stroke=BLACK, width=0.9)
        pen.text(bx + bw / 2, top + 36, lab["continued"], 9, bold=True, align="center")
        return
    goods = [
        (line, n) for line, n in zip(doc.lines, ex["ordered"], strict=True) if line.code != "FRT"
    ]
    shipped = sum((line.quantity or Decimal(0) for line, _ in goods), Decimal(0))
    back = sum((n for _, n in goods), Decimal(0)) - shipped
    said = lab["lines_shipped"].format(
        lines=len(goods), units=fmt.quantity(shipped), back=fmt.quantity(back)
    )
    pen.text(c.margin, top + 40, said, 6.8, bold=True)
    x, w = c.margin + 284, bx - c.margin - 296
    below = top + 6
    if doc.remit_lines:
        pen.text(x, below + 2, lab["remit_to"], 6.6, bold=True)
        for n, line in enumerate([doc.vendor_name.upper(), *doc.remit_lines]):
            pen.text(x + 6, below + 12 + 9 * n, line, 7.6, fit=w - 6)
        below += 16 + 9 * (len(doc.remit_lines) + 1)
    notes = f"{lab['backorder_note']} {lab['claims']}"
    _para(pen, x, below + 6, notes, 6.2, w, color=GREY)
    step = 15.0
    pen.rect(bx, top - 4, bw, step * len(doc.totals) + 6, stroke=BLACK, width=0.9)
    for k, row in enumerate(doc.totals):
        base = top + 7 + step * k
        strong = row.key == "amount_due"
        if strong:
            pen.rect(bx, base - 10, bw, step + 1, fill=pen.pale)
            pen.line(bx, base - 10, bx + bw, base - 10, width=0.8)
        pen.text(bx + 5, base, row_label(c, row), 7, bold=True, fit=140)
        pen.text(
            c.right - 5, base, row_value(c, row), 9.4 if strong else 8.6, bold=strong, align="right"
        )


# --- H129: a city's water and sewer bill on a narrow tri-fold sheet ------------------------

TF_PAGE = (306.0, 1008.0)  # 4 1/4 x 14 in, folded in three
TF_MARGIN = 16.0
TF_PANEL = 336.0
TF_PERFORATION = 786.0
TF_METER = (
    ("meter", 56.0),
    ("size", 34.0),
    ("prior", 52.0),
    ("present", 52.0),
    ("read_type", 24.0),
    ("used", 0.0),
)


def render_trifold_water(doc: Document) -> tuple[bytes, int]:
    """One narrow sheet in three panels: the city's seal and the bill's references over
    the mailing address for a window envelope and the service location; the account's
    summary, the meter's reads and the charges by service; the usage history and notice
    over a perforated stub with the amount due, a blank for the amount paid, the return
    address and the scan line."""
    buffer, canvas, pen = _sheet(doc, TF_PAGE)
    c = Ctx(pen, doc, Fmt.of(doc), TF_MARGIN)
    for fold in (TF_PANEL, 2 * TF_PANEL):
        pen.line(0, fold, 7, fold, color=GREY, width=0.5)
        pen.line(pen.width - 7, fold, pen.width, fold, color=GREY, width=0.5)
    _tf_head(c)
    _tf_references(c, 94.0)
    _tf_addresses(c, 210.0)
    y = _tf_summary(c, TF_PANEL + 8)
    y = _tf_meter(c, y + 10)
    _tf_charges(c, y + 12)
    _tf_history(c, 2 * TF_PANEL + 10)
    _tf_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _tf_head(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, "circle", c.margin + 2, 16, 36, initials(doc.vendor_name))
    canvas = pen.canvas
    canvas.setStrokeColor(pen.accent)
    canvas.setLineWidth(0.8)
    canvas.circle(c.margin + 20, pen.height - 34, 20.5, stroke=1, fill=0)
    x = c.margin + 48
    pen.text(x, 27, doc.vendor_name, 10, bold=True, color=pen.accent, fit=c.right - x)
    pen.text(x, 37.5, lab["department"], 7, italic=True, color=GREY, fit=c.right - x)
    pen.text(x, 47, " · ".join(doc.vendor_lines), 6.4, fit=c.right - x)
    contact = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        contact += f" · {doc.vendor_email}"
    pen.text(c.margin, 63, contact, 6.6, fit=c.width)
    pen.rect(c.margin, 70, c.width, 17, fill=pen.accent)
    pen.text(c.margin + 6, 82, lab["title"], 10, bold=True, color=white)


def _tf_references(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None and doc.due_date is not None
    rows = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
        (lab["days"], str(ex["days"])),
        (lab["cycle"], ex["cycle"]),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    pen.rect(c.margin, y, c.width, 12.4 * len(rows) + 6, stroke=pen.accent, width=0.7)
    for k, (label, value) in enumerate(rows):
        base = y + 12 + 12.4 * k
        last = k == len(rows) - 1
        if last:
            pen.rect(c.margin, base - 9, c.width, 12.4, fill=pen.pale)
        pen.text(c.margin + 5, base, label, 6.8, bold=last, color=BLACK if last else GREY)
        pen.text(c.right - 5, base, value, 7.8, bold=True, align="right", fit=150)


def _tf_addresses(c: Ctx, y: float) -> None:
    """The customer where an envelope's window shows it, under a postal bar code; the
    service location under it."""
    pen, doc, lab = c.pen, c.doc, c.labels
    x = c.margin + 14
    pen.text(x, y, lab["bill_to"].upper(), 5.8, bold=True, color=GREY)
    seed = _digest(doc.account_number, "imb")
    for k in range(58):
        tall = (seed >> (k % 120)) & 3
        pen.rect(x + 3.4 * k, y + 6 + (0 if tall & 1 else 2), 1.3, 5 if tall else 3, fill=BLACK)
    mailed = [line.upper() for line in _customer(doc)]
    for k, line in enumerate(mailed):
        pen.text(x, y + 24 + 10 * k, line, 8.2, fit=c.right - x)
    base = y + 24 + 10 * len(mailed) + 14
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, base, lab["service_address"], 6.8, bold=True, color=pen.accent)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(c.margin + 8, base + 10 + 9.4 * k, line, 7.8, fit=c.width - 8)


def _tf_summary(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(c.margin, y, c.width, 14, fill=pen.accent)
    pen.text(c.margin + 5, y + 10, lab["summary"].upper(), 7.6, bold=True, color=white)
    for k, row in enumerate(doc.summary):
        base = y + 26 + 13 * k
        strong = row.key == "amount_due"
        if strong:
            pen.rect(c.margin, base - 9.4, c.width, 13, fill=pen.pale)
            pen.line(c.margin, base - 9.4, c.right, base - 9.4, width=0.6)
        pen.text(c.margin + 5, base, row_label(c, row), 7.4, bold=strong, fit=170)
        pen.text(
            c.right - 5, base, row_value(c, row), 8.6 if strong else 7.8, bold=strong, align="right"
        )
    bottom = y + 18 + 13 * len(doc.summary)
    pen.rect(c.margin, y, c.width, bottom - y, stroke=pen.accent, width=0.7)
    return bottom


def _tf_meter(c: Ctx, y: float) -> float:
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, y + 8, lab["meters"].upper(), 7.4, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, TF_METER)
    y += 12
    pen.rect(c.margin, y, c.width, 11, fill=pen.pale)
    prior, present = ex["reads"]
    texts = {
        "meter": ex["meter"],
        "size": ex["meter_size"],
        "prior": fmt.quantity(prior),
        "present": fmt.quantity(present),
        "read_type": ex["read_type"],
        "used": fmt.quantity(present - prior),
    }
    for key, x, w in cols:
        right = key not in ("meter", "size", "read_type")
        at, align = (x + w - 3, "right") if right else (x + 3, "left")
        pen.text(at, y + 8, lab[key], 6, bold=True, align=align, fit=w - 4)
        pen.text(at, y + 21, texts[key], 7.4, align=align, fit=w - 4)
    pen.rect(c.margin, y, c.width, 26, stroke=LIGHT, width=0.5)
    pen.text(c.margin, y + 34, lab["read_key"], 5.8, color=GREY)
    return y + 36


def _tf_charges(c: Ctx, y: float) -> None:
    """The charges by service: each with its line(s), the use and rate under a metered
    one, a service total; the new charges' total under a rule."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y, lab["charges"].upper(), 7.4, bold=True, color=pen.accent)
    pen.line(c.margin, y + 3, c.right, y + 3, color=pen.accent, width=0.6)
    sections = [
        (lab["water"], [line for line in doc.lines if line.gl == "6410"]),
        (lab["sewer"], [line for line in doc.lines if line.gl == "6420" and line.quantity]),
        (lab["storm"], [line for line in doc.lines if line.gl == "6420" and not line.quantity]),
    ]
    y += 14
    for heading, lines in sections:
        if not lines:
            continue
        pen.text(c.margin, y, heading, 6.8, bold=True)
        y += 9
        for line in lines:
            pen.text(c.margin + 6, y, line.description, 6.8, fit=c.width - 62)
            pen.text(c.right, y, fmt.amount(line.amount), 7, align="right")
            if line.quantity is not None and line.unit_price is not None:
                said = lab["use_at"].format(
                    quantity=fmt.quantity(line.quantity), rate=fmt.rate(line.unit_price)
                )
                pen.text(c.margin + 12, y + 7.8, said, 6, color=GREY)
                y += 7.8
            y += 8.6
        total = sum((line.amount for line in lines), Decimal(0))
        pen.text(
            c.right - 56, y - 0.5, lab["service_total"], 6, italic=True, align="right", color=GREY
        )
        pen.text(c.right, y - 0.5, fmt.amount(total), 6.8, bold=True, align="right")
        y += 11
    row = doc.total_row("total")
    assert row is not None
    pen.line(c.margin, y - 5, c.right, y - 5, width=0.6)
    pen.text(c.margin, y + 5, row_label(c, row), 7.4, bold=True, fit=190)
    pen.text(c.right, y + 5, row_value(c, row), 8.4, bold=True, align="right")


def _tf_history(c: Ctx, y: float) -> None:
    """Thirteen months of use in thousands of gallons, this bill's bar in the accent."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, y, lab["history"], 6.8, bold=True, color=pen.accent)
    history = ex["history"]
    top, tall = y + 6, 42.0
    most = max(history)
    step = c.width / len(history)
    month = doc.invoice_date.month
    for k, value in enumerate(history):
        h = float(value / most) * tall
        x = c.margin + k * step + 2
        last = k == len(history) - 1
        pen.rect(x, top + tall - h, step - 4, h, fill=pen.accent if last else LIGHT)
        name = MONTH_LETTERS[(month - len(history) + k) % 12]
        pen.text(x + (step - 4) / 2, top + tall + 7, name, 5.4, align="center", color=GREY)
    daily = ex["used"] * 1000 / max(1, ex["days"])
    said = lab["average"].format(gallons=fmt.quantity(daily.quantize(Decimal("1"))))
    pen.text(c.right, y, said, 6, align="right", color=GREY)
    end = _para(pen, c.margin, top + tall + 19, lab["late"], 5.8, c.width, color=GREY)
    _para(pen, c.margin, end + 8, lab["conserve"], 5.8, c.width, italic=True, color=GREY)


MONTH_LETTERS = ("J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D")


def _tf_stub(c: Ctx) -> None:
    """Under the perforation: the account, where served, the due date and amount in a
    ruled box, a blank for the amount paid, the city's return address and the scan line."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = TF_PERFORATION
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(4, 2.5))
    pen.text(pen.width / 2, top + 9, lab["stub"], 6, bold=True, align="center", color=GREY)
    pen.text(c.margin, top + 24, doc.vendor_name, 8.4, bold=True, fit=c.width)
    due = doc.total_row("amount_due")
    assert due is not None and doc.due_date is not None
    rows = [
        (lab["account_number"], doc.account_number or ""),
        (lab["service_address"], (doc.service_lines or [""])[0]),
        (lab["due_date"], fmt.date(doc.due_date)),
        (row_label(c, due), row_value(c, due)),
    ]
    y = top + 30
    for k, (label, value) in enumerate(rows):
        strong = k == 3
        pen.rect(c.margin, y, c.width, 15, fill=pen.pale if strong else None)
        pen.rect(c.margin, y, c.width, 15, stroke=BLACK, width=0.5)
        pen.text(c.margin + 4, y + 10.4, label, 6.4, bold=strong, fit=110)
        pen.text(
            c.right - 4, y + 10.8, value, 8.6 if strong else 7.8, bold=True, align="right", fit=150
        )
        y += 15
    pen.text(c.margin + 4, y + 16, lab["enclosed"], 7.4, bold=True)
    pen.rect(c.right - 110, y + 5, 110, 16, stroke=BLACK, width=0.8)
    pen.text(c.right - 106, y + 16.4, "$", 8.4)
    y += 40
    pen.text(c.margin + 40, y, lab["remit_to"], 6, color=GREY)
    for k, line in enumerate([doc.vendor_name.upper(), *(doc.remit_lines or [])]):
        pen.text(c.margin + 40, y + 11 + 9.6 * k, line, 8, fit=c.width - 40)
    digits = "".join(ch for ch in f"{doc.account_number}{doc.invoice_number}" if ch.isdigit())
    cents_due = f"{int(due.amount * 100):010d}"
    check = sum(int(ch) * (1 + k % 2) for k, ch in enumerate(digits + cents_due)) % 10
    canvas = pen.canvas
    canvas.setFillColor(BLACK)
    canvas.setFont("Courier", 8.6)
    canvas.drawString(c.margin, 16, f"{digits[:18]} {cents_due} {check}")  # from the foot


# --- H130: a hardware store's sales note, written by hand on a pre-printed pad -------------

NV_PAGE = (306.0, 396.0)  # 4 1/4 x 5 1/2 in, a quarter of a letter sheet
NV_MARGIN = 18.0
NV_ROWS = 7  # the pad's printed rows
NV_ROW = 15.0
NV_COLS = (("quantity", 34.0), ("description", 0.0), ("unit_price", 50.0), ("amount", 58.0))
NV_INK = HexColor("#1f2f86")  # a blue ballpoint
NV_SERIAL = HexColor("#c21d1d")
NV_HAND = "Times-Italic"


class _Ballpoint:
    """What the clerk writes on the pad: a slanted hand in blue ink, each value at once,
    a little off the printed line and never quite level."""

    def __init__(self, pen: Pen, seed: str):
        self.pen = pen
        self.rng = random.Random(seed)

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 11,
        *,
        align: str = "left",
        fit: float | None = None,
        turn: float = 0.0,
    ) -> None:
        pen, rng = self.pen, self.rng
        size += rng.uniform(-0.5, 0.5)
        wide = stringWidth(text, NV_HAND, size)
        if fit is not None and wide > fit:
            size, wide = size * fit / wide, fit
        canvas = pen.canvas
        canvas.saveState()
        left = x - wide if align == "right" else x
        canvas.translate(left + rng.uniform(-1, 1), pen.height - y + rng.uniform(-0.8, 1.2))
        canvas.rotate(turn + rng.uniform(-1.8, 1.2))
        canvas.setFillColor(NV_INK)
        canvas.setFont(NV_HAND, size)
        canvas.drawString(0, 0, text)
        canvas.restoreState()


def render_nota_venta(doc: Document) -> tuple[bytes, int]:
    """A pad's sheet printed in one ink: the store's imprint with a hammer's mark, the
    title and the red serial in a box, the place and date, name and address lines, the
    ruled rows, the total, on account and balance boxes, the receiving signature and the
    pad's small print; what the clerk wrote on it in ballpoint."""
    buffer, canvas, pen = _sheet(doc, NV_PAGE)
    c = Ctx(pen, doc, Fmt.of(doc), NV_MARGIN)
    hand = _Ballpoint(pen, f"h130:{doc.id}")
    pen.rect(10, 10, pen.width - 20, pen.height - 20, stroke=pen.accent, width=1.1)
    y = _nv_imprint(c)
    y = _nv_lines(c, hand, y + 8)
    y = _nv_table(c, hand, y + 8)
    _nv_totals(c, hand, y + 6)
    canvas.save()
    return buffer.getvalue(), 1


def _nv_imprint(c: Ctx) -> float:
    """The store's printed head and the title box with the serial; where it ends."""
    pen, doc, lab = c.pen, c.doc, c.labels
    _hammer(pen, c.margin, 20)
    x, right = c.margin + 38, c.right - 92
    pen.text(x, 32, doc.vendor_name, 11.5, bold=True, color=pen.accent, fit=right - x)
    pen.text(x, 41, lab["tagline"], 5.8, italic=True, color=pen.accent, fit=right - x)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    for k, line in enumerate(lines):
        pen.text(x, 50 + 7.6 * k, line, 6.2, color=pen.accent, fit=right - x)
    bx, bw = c.right - 86, 86.0
    canvas = pen.canvas
    canvas.setStrokeColor(pen.accent)
    canvas.setLineWidth(1)
    canvas.roundRect(bx, pen.height - 70, bw, 50, 5, stroke=1, fill=0)
    pen.rect(bx, 20, bw, 15, fill=pen.accent)
    pen.text(bx + bw / 2, 31, lab["title"], 8.4, bold=True, align="center", color=white)
    pen.text(bx + 6, 48, lab["receipt_number"], 6.4, bold=True, color=pen.accent)
    canvas.setFillColor(NV_SERIAL)
    canvas.setFont("Courier-Bold", 13)
    canvas.drawCentredString(bx + bw / 2, pen.height - 64, doc.invoice_number)
    return max(78.0, 50 + 7.6 * len(lines))


def _hammer(pen: Pen, x: float, y: float) -> None:
    """The printer's stock mark of a hardware store: a claw hammer over a wrench."""
    canvas = pen.canvas
    canvas.saveState()
    canvas.translate(x + 16, pen.height - y - 16)
    canvas.setFillColor(pen.accent)
    canvas.setStrokeColor(pen.accent)
    canvas.rotate(-40)
    canvas.roundRect(-2, -15, 4, 30, 1.5, stroke=0, fill=1)  # the handle
    canvas.rect(-8, 11, 14, 6, stroke=0, fill=1)  # the head
    canvas.setLineWidth(2.2)
    canvas.line(6, 14, 11, 9)  # the claw
    canvas.rotate(80)
    canvas.setLineWidth(3)
    canvas.line(0, -14, 0, 10)  # the wrench
    canvas.circle(0, 13, 4.5, stroke=1, fill=0)
    canvas.restoreState()


def _nv_lines(c: Ctx, hand: _Ballpoint, y: float) -> float:
    """Place and date, name and address: printed labels on rules, written values."""
    pen, doc, lab = c.pen, c.doc, c.labels
    fields = [
        (lab["invoice_date"], [doc.extras["place"], c.fmt.date(doc.invoice_date)]),
        (lab["customer"], [doc.customer_name or ""]),
        (lab["address"], [", ".join(doc.service_lines or [])]),
    ]
    for label, values in fields:
        y += 17
        pen.text(c.margin, y, f"{label}:", 7, bold=True, color=pen.accent)
        x = c.margin + pen.measure(f"{label}:", 7, True) + 5
        pen.line(x, y + 1.5, c.right, y + 1.5, color=pen.accent, width=0.5)
        for value in values:
            if value:
                hand(x + 4, y - 1, value, 10.5, fit=c.right - x - 8)
                x += stringWidth(value, NV_HAND, 10.5) + 14
    return y + 4


def _nv_table(c: Ctx, hand: _Ballpoint, y: float) -> float:
    pen, doc = c.pen, c.doc
    cols = _columns(c.margin, c.width, NV_COLS)
    pen.rect(c.margin, y, c.width, 13, fill=pen.accent)
    for key, x, w in cols:
        pen.text(
            x + w / 2, y + 9.2, c.labels[key].upper(), 6.6, bold=True, align="center", color=white
        )
    tall = 13 + NV_ROW * NV_ROWS
    pen.rect(c.margin, y, c.width, tall, stroke=pen.accent, width=0.9)
    for _, x, _ in cols[1:]:
        pen.line(x, y, x, y + tall, color=pen.accent, width=0.6)
    for k in range(NV_ROWS):
        row = y + 13 + NV_ROW * (k + 1)
        if k < NV_ROWS - 1:
            pen.line(c.margin, row, c.right, row, color=pen.accent, width=0.35)
        if k < len(doc.lines):
            line = doc.lines[k]
            hand(cols[0][1] + cols[0][2] / 2 - 3, row - 3.5, _value_text(c, line, "quantity"), 10.5)
            hand(cols[1][1] + 4, row - 3.5, line.description, 9.6, fit=cols[1][2] - 8)
            for key, x, w in cols[2:]:
                hand(x + w - 4, row - 3.5, _value_text(c, line, key), 10, align="right", fit=w - 6)
    return y + tall


def _nv_totals(c: Ctx, hand: _Ballpoint, y: float) -> None:
    """The total, on-account and balance boxes under the last two columns, what was written
    in them (or "PAGADO" across the unused two); the signature and the pad's small print."""
    pen, doc, lab = c.pen, c.doc, c.labels
    rows = {row.key: row for row in doc.totals}
    x, w = c.right - 108, 108.0
    for k, key in enumerate(("total", "deposit", "amount_due")):
        top = y + 17 * k
        pen.rect(x, top, 50, 17, fill=pen.pale)
        pen.rect(x, top, w, 17, stroke=pen.accent, width=0.8)
        pen.line(x + 50, top, x + 50, top + 17, color=pen.accent, width=0.6)
        pen.text(
            x + 4, top + 11.5, f"{lab[key].upper()} $", 6.6, bold=True, color=pen.accent, fit=44
        )
        if key in rows:
            hand(c.right - 5, top + 13, row_value(c, rows[key]), 10.5, align="right", fit=w - 56)
    if doc.extras["paid"]:
        hand(x + 54, y + 44, lab["paid"], 13, turn=14)
    left = c.margin
    pen.text(left, y + 12, f"{lab['seller']}:", 6.8, bold=True, color=pen.accent)
    pen.line(left + 40, y + 13.5, x - 12, y + 13.5, color=pen.accent, width=0.5)
    hand(left + 46, y + 11, doc.extras["clerk"], 10.5)
    pen.line(left, y + 44, x - 12, y + 44, color=pen.accent, width=0.5)
    if doc.extras["signed"]:
        _scribble(pen, left + 14, y + 40, _digest(doc.id, "nota"))
    pen.text(left, y + 51, lab["received"], 6.2, bold=True, color=pen.accent)
    end = _para(pen, left, y + 66, lab["no_returns"], 5.4, c.width, color=pen.accent)
    pen.text(left, end + 10, lab["original"], 6.4, bold=True, color=pen.accent)
    pen.text(c.right, pen.height - 14, lab["printer"], 4.4, align="right", color=pen.accent)
