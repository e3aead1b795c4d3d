"""Whole pages of the layouts added with H136-H140, written blind: a plumbing contractor's
invoice from a cloud accounting package with a tax rate on every line and a payment advice
at its foot, a Mexican electric utility's two-month bill with the amount to pay boxed
before its breakdown, a pool route technician's receipt from a mobile printer, a painting
contractor's invoice of the apartments it readied, each apartment's work under its heading
with its own total, and a landscaping firm's invoice written by hand on its printed pad."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import reportlab
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from samples.catalog import months
from samples.document import Document, Line
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _bars, _digest
from samples.pdf_routes import _contact
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _scribble, _sheet

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "tax_rate", "amount")


def _heads(c: Ctx, cols: Columns, y: float, size: float, **style) -> None:
    """Column heads on baseline ``y``; figures' heads right-aligned over them."""
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in FIGURES else (x + 4, "left")
        c.pen.text(at, y, c.labels[key], size, bold=True, align=align, fit=w - 6, **style)


def _figures(c: Ctx, cols: Columns, y: float, line: Line, size: float) -> None:
    """A line's count, unit, price and amount in their columns on baseline ``y``."""
    for key, x, w in cols:
        if key in ("quantity", "unit_price", "amount"):
            text = _value_text(c, line, key)
            c.pen.text(x + w - 4, y, text, size, align="right", fit=w - 6)
        elif key == "unit":
            c.pen.text(x + 4, y, _value_text(c, line, key), size, fit=w - 6)


# --- H136: a plumbing contractor's invoice with a payment advice ------------------------

AD_MARGIN = 42.0
AD_COLS = (
    ("description", 0.0),
    ("quantity", 54.0),
    ("unit_price", 66.0),
    ("tax_rate", 64.0),
    ("amount", 86.0),
)
AD_SIZE, AD_LINE = 8.6, 10.6
AD_FOOT = 30.0  # the footer line on every page
AD_ADVICE = 178.0  # the payment advice under the cut line, last page
AD_LATER_TOP = 84.0
AD_HEAD = 20.0


def render_advice_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the title over the customer's address for a window envelope, the
    invoice's details in a middle column and the firm on the right, where the work was
    done, the lines with each one's tax rate, the totals stacked on the right, the date to
    pay by and how; a payment advice under a cut line at the foot of the last page."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), AD_MARGIN)
    cols = _columns(c.margin, c.width, AD_COLS)
    heights = [
        AD_LINE * len(pen.wrap(line.description, AD_SIZE, cols[0][2] - 8)) + 9 for line in doc.lines
    ]
    bottom = pen.height - AD_FOOT
    closing = _ad_closing(c, measure=True) + AD_ADVICE - AD_FOOT + 12
    first = _ad_head(c, measure=True)
    pages = paginate(heights, bottom - first - AD_HEAD, bottom - AD_LATER_TOP - AD_HEAD, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _ad_head(c) if number == 1 else _ad_later(c)
        y = _ad_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _ad_closing(c, y + 8)
            _ad_advice(c)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 8, italic=True, align="right")
        _ad_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ad_pairs(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    pairs = [
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["invoice_number"], doc.invoice_number),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    return pairs


def _ad_head(c: Ctx, *, measure: bool = False) -> float:
    """The title, the customer's block, the details' column and the firm; where the
    lines start."""
    pen, doc, lab = c.pen, c.doc, c.labels
    customer = _customer(doc)
    pairs = _ad_pairs(c)
    firm = [*doc.vendor_lines, *_contact(doc)]
    mid, right = c.margin + 222, c.margin + 366
    bottom = max(100 + 11 * len(customer), 88 + 25 * len(pairs), 84 + 10 * len(firm))
    if doc.service_lines:
        bottom += 22
    if measure:
        return bottom + 20
    pen.text(c.margin, 62, lab["title"], 25, bold=True, color=pen.accent)
    for k, line in enumerate(customer):
        pen.text(c.margin, 100 + 11 * k, line, 9, bold=k == 0, fit=mid - c.margin - 16)
    for k, (label, value) in enumerate(pairs):
        pen.text(mid, 88 + 25 * k, label, 8, bold=True)
        pen.text(mid, 99 + 25 * k, value, 9, fit=right - mid - 12)
    draw_logo(pen, doc.logo, c.right - 34, 30, 34, initials(doc.vendor_name))
    pen.text(right, 74, doc.vendor_name, 9.6, bold=True, fit=c.right - right)
    for k, line in enumerate(firm):
        pen.text(right, 86 + 10 * k, line, 8, color=GREY, fit=c.right - right)
    if doc.service_lines:
        said = ", ".join(doc.service_lines)
        at = bottom - 4
        pen.text(c.margin, at, f"{lab['service_address']}:", 8.4, bold=True)
        wide = pen.measure(f"{lab['service_address']}: ", 8.4, bold=True)
        pen.text(c.margin + wide, at, said, 8.4, fit=c.width - wide)
    return bottom + 20


def _ad_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = lab["continued_head"].format(title=lab["title"], number=doc.invoice_number)
    pen.text(c.margin, 58, said, 8.4, color=GREY)
    return AD_LATER_TOP


def _ad_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    _heads(c, cols, y, 8.2)
    pen.line(c.margin, y + 5, c.right, y + 5, width=1.2)
    y += AD_HEAD - 8
    rate, taxed = doc.extras["line_rate"], doc.extras["taxed"]
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 12
        for k, text in enumerate(pen.wrap(line.description, AD_SIZE, cols[0][2] - 8)):
            pen.text(cols[0][1] + 4, base + AD_LINE * k, text, AD_SIZE)
        _figures(c, cols, base, line, AD_SIZE)
        said = fmt.percent(rate) if rate and taxed[index] else lab["exempt"]
        _, x, w = cols[3]
        pen.text(x + w - 4, base, said, AD_SIZE, align="right", fit=w - 6)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _ad_closing(c: Ctx, y: float = 0.0, *, measure: bool = False) -> float:
    """The totals stacked on the right, then the date to pay by and the ways to pay;
    returns its height when measuring, else its bottom."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    ex = doc.extras
    paras = [
        lab["pay_bank"].format(bank=ex["bank"], routing=ex["routing"], account=ex["bank_account"]),
        lab["pay_check"].format(vendor=doc.vendor_name),
    ]
    height = 16 * len(doc.totals) + 30 + 11 * sum(len(pen.wrap(p, 8, c.width)) for p in paras)
    if measure:
        return height + 30
    x = c.right - 260
    for k, row in enumerate(doc.totals):
        base = y + 14 + 16 * k
        strong = row.key in ("total", "amount_due")
        if strong:
            heavy = 0.8 if row.key == "total" else 1.6
            pen.line(x + 40, base - 11, c.right, base - 11, width=heavy)
        size = 10.4 if row.key == "amount_due" else 8.8
        pen.text(c.right - 96, base, row_label(c, row), size, bold=strong, align="right", fit=160)
        pen.text(c.right - 4, base, row_value(c, row), size, bold=strong, align="right")
    y += 16 * len(doc.totals) + 22
    if doc.due_date:
        said = f"{lab['due_date']}: {fmt.date(doc.due_date)}"
        pen.text(c.margin, y, said, 10.4, bold=True)
        y += 16
    for text in paras:
        y = _para(pen, c.margin, y, text, 8, c.width, color=GREY) + 11
    return y


def _ad_advice(c: Ctx) -> None:
    """The payment advice: whom to pay and the customer, number, amount, due date and a
    blank for the amount enclosed."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - AD_ADVICE
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(4, 3))
    pen.text(c.margin, top + 30, lab["advice"], 15, bold=True)
    pen.text(c.margin, top + 52, f"{lab['to']}:", 8.6, bold=True)
    payee = [doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]
    if doc.remit_lines:
        pen.text(c.margin + 26, top + 52, lab["remit_to"], 7.4, color=GREY)
    for k, line in enumerate(payee):
        pen.text(c.margin + 26, top + 64 + 11 * k, line, 9, bold=k == 0, fit=230)
    due = doc.total_row("amount_due")
    assert due is not None
    rows = [
        (lab["customer"], doc.customer_name or ""),
        (lab["invoice_number"], doc.invoice_number),
        (row_label(c, due), row_value(c, due)),
    ]
    if doc.due_date:
        rows.append((lab["due_date"], fmt.date(doc.due_date)))
    x = c.margin + 290
    for k, (label, value) in enumerate(rows):
        base = top + 26 + 17 * k
        pen.text(x, base, label, 8.2, bold=True, fit=108)
        pen.text(x + 114, base, value, 9, bold=k == 2, fit=c.right - x - 114)
        pen.line(x, base + 5, c.right, base + 5, color=LIGHT, width=0.4)
    base = top + 26 + 17 * len(rows) + 8
    pen.text(x, base, lab["enclosed"], 8.2, bold=True)
    pen.line(x + 114, base + 2, c.right, base + 2, width=0.8)
    pen.text(x + 114, base + 12, lab["enclosed_note"], 6.8, italic=True, color=GREY)


def _ad_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    said = lab["licence"].format(n=doc.extras["licence"])
    pen.text(c.margin, pen.height - 14, f"{doc.vendor_name} · {said}", 6.8, color=GREY)
    page = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 14, page, 6.8, color=GREY, align="right")


# --- H137: a Mexican electric utility's two-month bill ----------------------------------

PB_MARGIN = 30.0
PB_STUB = 112.0
PB_SPLIT = 212.0  # the reads and history column's width
PB_COLS = (
    ("description", 0.0),
    ("quantity", 46.0),
    ("unit", 28.0),
    ("unit_price", 54.0),
    ("amount", 66.0),
)
PB_STRIP = (  # each cell's share of the page's width
    ("account_number", 0.16),
    ("tariff", 0.07),
    ("meter", 0.1),
    ("multiplier", 0.1),
    ("service_period", 0.25),
    ("invoice_number", 0.15),
    ("invoice_date", 0.17),
)


def render_power_bill(doc: Document) -> tuple[bytes, int]:
    """A letter page: the utility's band, the user and the supply address beside a box
    with the amount to pay and its dates, a strip of cells with the service's data, the
    meter's reads and two years of consumption beside the breakdown of the amount, the
    notices, and a payment stub with its bar code under a cut line."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PB_MARGIN)
    y = _pb_band(c)
    y = _pb_user_and_amount(c, y + 12)
    y = _pb_strip(c, y + 12)
    split = c.margin + PB_SPLIT
    left = _pb_reads(c, y + 18, split - 16)
    left = _pb_history(c, left + 16, split - 16)
    right = _pb_breakdown(c, split, y + 18)
    y = max(left, right) + 18
    end = _para(pen, c.margin, y, c.labels["notice"], 7.4, c.width, bold=True)
    _para(pen, c.margin, end + 11, c.labels["ways"], 7.2, c.width, color=GREY)
    _pb_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _pb_band(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 58, fill=pen.accent)
    pen.text(c.margin, 28, doc.vendor_name, 16, bold=True, color=white, fit=300)
    pen.text(c.margin, 43, lab["tagline"], 7.6, color=white, fit=300)
    pen.text(c.right, 30, lab["title"], 10.6, bold=True, align="right", color=white, fit=230)
    lines = [", ".join(doc.vendor_lines), "   ".join(_contact(doc))]
    for k, line in enumerate(lines):
        pen.text(c.margin, 72 + 10 * k, line, 7.4, color=GREY, fit=c.width)
    return 72 + 10 * len(lines)


def _pb_user_and_amount(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    pen.text(c.margin, y + 8, lab["user"].upper(), 6.8, bold=True, color=GREY)
    pen.text(c.margin, y + 21, doc.customer_name or "", 10.4, bold=True, fit=290)
    pen.text(c.margin, y + 40, lab["service_address"].upper(), 6.8, bold=True, color=GREY)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(c.margin, y + 52 + 11 * k, line, 9, bold=True, fit=290)
    w = 236.0
    x = c.right - w
    due = doc.total_row("amount_due")
    assert due is not None
    pen.rect(x, y, w, 96, stroke=pen.accent, width=1.4)
    pen.rect(x, y, w, 17, fill=pen.accent)
    said = row_label(c, due).upper()
    pen.text(x + w / 2, y + 12, said, 8.4, bold=True, color=white, align="center")
    pen.text(x + w / 2, y + 45, row_value(c, due), 22, bold=True, align="center", fit=w - 16)
    rows = [
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["cutoff"], fmt.date(doc.due_date + timedelta(days=1))),
    ]
    for k, (label, value) in enumerate(rows):
        base = y + 66 + 14 * k
        pen.text(x + 8, base, label, 7.6, bold=k == 0, fit=w - 84)
        pen.text(x + w - 8, base, value, 9, bold=k == 0, align="right")
    return y + 96


def _pb_strip(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    values = {
        "account_number": doc.account_number or "",
        "tariff": ex["tariff"],
        "meter": ex["meter"],
        "multiplier": str(ex["multiplier"]),
        "service_period": fmt.period(*doc.period, lab["period_sep"]).upper(),
        "invoice_number": doc.invoice_number,
        "invoice_date": fmt.date(doc.invoice_date),
    }
    x = c.margin
    for key, share in PB_STRIP:
        w = c.width * share
        pen.rect(x, y, w, 30, stroke=pen.accent, width=0.6)
        pen.rect(x, y, w, 11, fill=tint(pen.accent, 0.82))
        pen.text(x + 3, y + 8.2, lab[key].upper(), 5.8, bold=True, fit=w - 6)
        pen.text(x + w / 2, y + 24, values[key], 8.8, bold=True, align="center", fit=w - 6)
        x += w
    return y + 30


def _pb_reads(c: Ctx, y: float, right: float) -> float:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    prior, present, used = ex["reads"]
    pen.text(c.margin, y, lab["reads"].upper(), 8, bold=True, color=pen.accent)
    rows = [
        (lab["present"], f"{present:,}"),
        (lab["prior"], f"{prior:,}"),
        (lab["multiplier"], str(ex["multiplier"])),
        (lab["used"], f"{used:,}"),
    ]
    y += 6
    for k, (label, value) in enumerate(rows):
        base = y + 12 + 13 * k
        strong = k == len(rows) - 1
        if strong:
            pen.rect(c.margin, base - 9.5, right - c.margin, 13, fill=pen.pale)
        pen.text(c.margin + 4, base, label, 7.8, bold=strong)
        pen.text(right - 4, base, value, 8.6, bold=strong, align="right")
    return y + 12 + 13 * len(rows)


def _pb_history(c: Ctx, y: float, right: float) -> float:
    """Bars of the consumption of this and the six bimesters before it."""
    pen, doc, lab = c.pen, c.doc, c.labels
    assert doc.period is not None
    pen.text(c.margin, y, lab["history"], 7.4, bold=True, color=pen.accent, fit=right - c.margin)
    values = [*doc.extras["history"], doc.extras["reads"][2]]
    names = [m[:3].upper() for m in months("es")]
    end = doc.period[1]
    top, tall = y + 10, 70.0
    step = (right - c.margin) / len(values)
    most = max(values)
    for k, value in enumerate(values):
        back = 2 * (len(values) - 1 - k)
        month = (end.month - 1 - back) % 12
        year = end.year + (end.month - 1 - back) // 12
        h = tall * value / most
        x = c.margin + k * step
        color = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.55)
        pen.rect(x + 4, top + tall - h, step - 8, h, fill=color)
        pen.text(x + step / 2, top + tall - h - 2, f"{value:,}", 5.4, align="center", color=GREY)
        said = f"{names[month]} {year % 100:02d}"
        pen.text(x + step / 2, top + tall + 9, said, 5.8, align="center")
    pen.line(c.margin, top + tall, right, top + tall, width=0.6)
    return top + tall + 12


def _pb_breakdown(c: Ctx, x: float, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(x, y, lab["breakdown"].upper(), 8, bold=True, color=pen.accent)
    cols = _columns(x, c.right - x, PB_COLS)
    y += 6
    pen.rect(x, y, c.right - x, 14, fill=tint(pen.accent, 0.82))
    _heads(c, cols, y + 10, 7.2)
    y += 14
    for line in doc.lines:
        wrapped = pen.wrap(line.description, 8, cols[0][2] - 8)
        for k, text in enumerate(wrapped):
            pen.text(x + 4, y + 11 + 9.6 * k, text, 8)
        _figures(c, cols, y + 11, line, 8)
        y += 9.6 * len(wrapped) + 5
        pen.line(x, y, c.right, y, color=LIGHT, width=0.4)
    rows = [*doc.totals, *(row for row in doc.summary if row.key != "current_charges")]
    for k, row in enumerate(rows):
        base = y + 13 + 13 * k + (8 if k >= len(doc.totals) else 0)
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(x, base - 10, c.right - x, 14, fill=pen.pale)
        pen.text(x + 4, base, row_label(c, row), 8, bold=strong, fit=190)
        pen.text(c.right - 4, base, row_value(c, row), 8.8, bold=strong, align="right")
    return y + 13 * len(rows) + 16


def _pb_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - PB_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(5, 3))
    pen.text(c.margin, top + 12, lab["stub"], 6.8, italic=True, color=GREY)
    pen.text(c.margin, top + 32, doc.vendor_name, 10.4, bold=True, color=pen.accent, fit=250)
    pen.text(c.margin, top + 46, doc.customer_name or "", 8, fit=250)
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (row_label(c, due), row_value(c, due)),
    ]
    x, w = c.margin + 290, (c.width - 290) / 3
    for k, (label, value) in enumerate(cells):
        at = x + k * w
        pen.rect(at, top + 22, w, 30, stroke=BLACK, width=0.5, fill=pen.pale if k == 2 else None)
        pen.text(at + 3, top + 31, label, 5.8, bold=True, fit=w - 6)
        pen.text(at + w / 2, top + 46, value, 9.4, bold=True, align="center", fit=w - 6)
    _bars(pen, c.margin, top + 62, 250, 26, _digest(doc.id, "power"))
    canvas = pen.canvas
    canvas.setFillColor(BLACK)
    canvas.setFont("Courier", 8.6)
    said = f"{lab['reference']}: {doc.extras['reference']}"
    canvas.drawString(x, pen.height - top - 76, said)


# --- H138: a pool route technician's receipt from a mobile printer -----------------------

PR_WIDTH = 288.0  # a 4 in roll
PR_MARGIN = 14.0


def render_pool_route(doc: Document) -> tuple[bytes, int]:
    """A 4 in roll as long as its content: the firm, the title between double rules, the
    receipt's number, day, times, technician and route, the location and the body of
    water, the water tests, the services and chemicals (each count times its price under
    it, taxed ones marked), the totals, how it was paid, the tasks ticked, the technician's
    notes and the next visit."""
    probe = _sheet(doc, (PR_WIDTH, 3000.0))[2]
    end = _pr_draw(Ctx(probe, doc, Fmt.of(doc), PR_MARGIN))
    buffer, canvas, pen = _sheet(doc, (PR_WIDTH, end + 26))
    _pr_draw(Ctx(pen, doc, Fmt.of(doc), PR_MARGIN))
    canvas.save()
    return buffer.getvalue(), 1


def _pr_rule(c: Ctx, y: float, double: bool = False) -> float:
    c.pen.line(c.margin, y, c.right, y, width=0.8)
    if double:
        c.pen.line(c.margin, y + 2.2, c.right, y + 2.2, width=0.8)
    return y + 13


def _pr_draw(c: Ctx) -> float:
    y = _pr_head(c)
    y = _pr_location(c, y)
    y = _pr_tests(c, y)
    y = _pr_items(c, y)
    y = _pr_totals(c, y)
    return _pr_tail(c, y)


def _pr_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    mid = pen.width / 2
    pen.text(mid, 28, doc.vendor_name, 12.4, bold=True, align="center", fit=c.width)
    y = 41.0
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    for line in lines:
        pen.text(mid, y, line, 7.8, align="center", fit=c.width)
        y += 9.6
    y = _pr_rule(c, y + 2, double=True)
    pen.text(mid, y + 1, lab["receipt_title"], 11, bold=True, align="center")
    y = _pr_rule(c, y + 8, double=True)
    pairs = [
        (f"{lab['receipt_number']} {doc.invoice_number}", ""),
        (f"{lab['invoice_date']}: {fmt.date(doc.invoice_date)}", ""),
        (f"{lab['time_in']} {ex['times'][0]}", f"{lab['time_out']} {ex['times'][1]}"),
        (f"{lab['tech']}: {ex['tech']}", f"{lab['route']} {ex['route']}"),
    ]
    for k, (left, right) in enumerate(pairs):
        pen.text(c.margin, y, left, 8.4, bold=k == 0, fit=c.width - (90 if right else 0))
        if right:
            pen.text(c.right, y, right, 8.4, align="right")
        y += 11
    return _pr_rule(c, y - 4)


def _pr_location(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, y, lab["location"].upper(), 8.4, bold=True)
    y += 11
    lines = [doc.customer_name] if doc.customer_name else []
    for k, line in enumerate([*lines, *(doc.service_lines or [])]):
        pen.text(c.margin + 6, y, line, 8.4, bold=k == 0 and bool(lines), fit=c.width - 6)
        y += 10
    said = f"{lab['body']}: {ex['body']} ({ex['gallons']} gal)"
    pen.text(c.margin + 6, y + 2, said, 8.2, italic=True)
    return _pr_rule(c, y + 8)


def _pr_tests(c: Ctx, y: float) -> float:
    pen, lab = c.pen, c.labels
    pen.text(c.margin, y, lab["tests"].upper(), 8.4, bold=True)
    pen.text(c.right - 62, y, lab["reading"], 7.4, bold=True, align="right")
    pen.text(c.right, y, lab["target"], 7.4, bold=True, align="right")
    y += 11
    for name, value, ideal in c.doc.extras["tests"]:
        pen.text(c.margin + 6, y, name, 8)
        pen.text(c.right - 62, y, value, 8, align="right")
        pen.text(c.right, y, ideal, 8, align="right", color=GREY)
        y += 10
    return _pr_rule(c, y - 2)


def _pr_items(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y, lab["work"].upper(), 8.4, bold=True)
    y += 12
    for line, taxed in zip(doc.lines, doc.extras["taxed"], strict=True):
        for text in pen.wrap(line.description, 8.6, c.width - 20):
            pen.text(c.margin, y, text, 8.6)
            y += 10
        quantity = fmt.quantity(line.quantity or Decimal(0))
        unit = f" {line.unit}" if line.unit == "gal" else ""
        said = f"{quantity}{unit} x {fmt.money(line.unit_price or line.amount)}"
        pen.text(c.margin + 10, y, said, 8, color=GREY)
        pen.text(c.right - 12, y, fmt.amount(line.amount), 8.6, align="right")
        if taxed:
            pen.text(c.right, y, "T", 8, bold=True, align="right")
        y += 12
    pen.text(c.margin, y, lab["taxable_mark"], 6.8, italic=True, color=GREY)
    return _pr_rule(c, y + 4)


def _pr_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    for row in doc.totals:
        strong = row.key == "total"
        size = 10.4 if strong else 8.6
        pen.text(c.margin + 40, y, row_label(c, row), size, bold=strong, fit=150)
        pen.text(c.right, y, row_value(c, row), size, bold=strong, align="right")
        y += 14 if strong else 11
    y += 3
    if ex["on_card"]:
        said = f"{lab['card']} VISA ****{ex['card_last4']}"
        pen.text(c.margin + 40, y, said, 8.2)
        pen.text(c.right, y, fmt.money(doc.total), 8.2, align="right")
        y += 10
        pen.text(c.margin + 40, y, f"{lab['approved']}  {lab['auth']} {ex['auth']}", 8.2)
        y += 10
    else:
        y = _para(pen, c.margin + 40, y, lab["on_account"], 8, c.width - 40, italic=True) + 10
    return _pr_rule(c, y)


def _pr_tail(c: Ctx, y: float) -> float:
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, y, lab["checklist"].upper(), 8.4, bold=True)
    y += 11
    for task, done in zip(lab["tasks"].split("|"), ex["tasks"], strict=True):
        pen.text(c.margin + 6, y, f"[{'X' if done else ' '}] {task}", 8, fit=c.width - 6)
        y += 10
    if ex["note"]:
        y = _pr_rule(c, y + 2)
        pen.text(c.margin, y, lab["note_head"].upper(), 8.4, bold=True)
        y = _para(pen, c.margin + 6, y + 11, ex["note"], 8, c.width - 6, italic=True) + 10
    y = _pr_rule(c, y + 2)
    said = f"{lab['next']}: {fmt.date(ex['next_visit'])}"
    pen.text(c.margin, y, said, 8.2, bold=True, fit=c.width)
    pen.text(c.margin, y + 13, lab["signed"], 7.4, italic=True, color=GREY, fit=c.width)
    end = _para(pen, c.margin, y + 30, lab["thanks"], 7.8, c.width)
    return end


# --- H139: a painting contractor's invoice of the apartments it readied -----------------

UT_MARGIN = 40.0
UT_COLS = (
    ("date", 58.0),
    ("description", 0.0),
    ("notes", 142.0),
    ("quantity", 30.0),
    ("unit_price", 58.0),
    ("amount", 66.0),
)
UT_SIZE, UT_LINE = 8.4, 10.0
UT_GROUP, UT_SUM = 17.0, 15.0  # an apartment's heading row and its total's row
UT_HEAD = 16.0
UT_LATER_TOP = 84.0
UT_FOOT = 40.0


def render_unit_turns(doc: Document) -> tuple[bytes, int]:
    """Letter pages in a serif face: the firm on the left and the title with its details on
    the right, a summary box of the invoice before anything else, the customer and the
    property in framed boxes, then the apartments one by one, each under a shaded heading
    with its work, the day it was done and remarks, closed by its own total; the totals,
    the check's payee and the acceptance line on the last page."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), UT_MARGIN)
    cols = _columns(c.margin, c.width, UT_COLS)
    rows = _ut_rows(c, cols)
    heights = [height for _, _, height in rows]
    glued = [k for k, (kind, _, _) in enumerate(rows) if kind == "head"]
    bottom = pen.height - UT_FOOT
    first = _ut_first(c, measure=True)
    closing = 24 + 15 * len(doc.totals) + 70
    pages = paginate(
        heights, bottom - first - UT_HEAD, bottom - UT_LATER_TOP - UT_HEAD, closing, glued
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _ut_first(c) if number == 1 else _ut_later(c)
        y = _ut_table(c, cols, top, rows[start:end])
        if number == len(pages):
            _ut_closing(c, y + 10)
        else:
            pen.text(c.right, y + 15, c.labels["continued"], 8, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(pen.width / 2, pen.height - 22, said, 7.6, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ut_rows(c: Ctx, cols: Columns) -> list[tuple[str, object, float]]:
    """(kind, what, height) per table row: an apartment's heading, its lines, its total."""
    pen, doc = c.pen, c.doc
    rows: list[tuple[str, object, float]] = []
    group = None
    for index, line in enumerate(doc.lines):
        if line.group != group:
            if group is not None:
                rows.append(("sum", group, UT_SUM))
            group = line.group
            rows.append(("head", group, UT_GROUP))
        desc = len(pen.wrap(line.description, UT_SIZE, cols[1][2] - 8))
        note = len(pen.wrap(line.note or "", 7.6, cols[2][2] - 8))
        rows.append(("line", index, UT_LINE * max(desc, note) + 6))
    rows.append(("sum", group, UT_SUM))
    return rows


def _ut_pairs(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    return pairs


def _ut_first(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    contact = [*doc.vendor_lines, *_contact(doc)]
    pairs = _ut_pairs(c)
    head = max(74 + 10 * len(contact), 70 + 13 * len(pairs)) + 12
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    tall = 22 + 10.6 * max(len(lines) for _, lines in blocks)
    summary = 46.0
    top = head + summary + 12 + tall + 18
    if measure:
        return top
    draw_logo(pen, doc.logo, c.margin, 30, 40, initials(doc.vendor_name))
    x = c.margin + 50
    pen.text(x, 46, doc.vendor_name, 15, bold=True, color=pen.accent, fit=280)
    pen.text(x, 58, lab["tagline"], 7.6, italic=True, color=GREY, fit=280)
    for k, line in enumerate(contact):
        pen.text(x, 74 + 10 * k, line, 8.2, fit=280)
    pen.text(c.right, 50, lab["title"], 22, bold=True, align="right", color=pen.accent)
    for k, (label, value) in enumerate(pairs):
        base = 70 + 13 * k
        pen.text(c.right - 118, base, f"{label}:", 8, align="right", color=GREY, fit=150)
        pen.text(c.right, base, value, 9.2, bold=True, align="right", fit=112)
    _ut_summary(c, head)
    y = head + summary + 12
    half = (c.width - 14) / 2
    for k, (heading, lines) in enumerate(blocks):
        bx = c.margin + k * (half + 14)
        pen.rect(bx, y, half, tall, stroke=pen.accent, width=0.7)
        pen.text(bx + 6, y + 12, heading.upper(), 7.6, bold=True, color=pen.accent)
        for n, line in enumerate(lines):
            pen.text(bx + 8, y + 24 + 10.6 * n, line, 9, bold=n == 0, fit=half - 14)
    return top


def _ut_summary(c: Ctx, y: float) -> None:
    """The invoice in three cells before its lines: how many apartments, what to pay and
    by when, the date in words."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    row = doc.total_row("amount_due") or doc.total_row("total")
    assert row is not None
    pen.rect(c.margin, y, c.width, 46, fill=pen.pale)
    pen.rect(c.margin, y, c.width, 46, stroke=pen.accent, width=1)
    pen.text(c.margin + 6, y + 10, lab["summary"].upper(), 7, bold=True, color=pen.accent)
    cells = [
        (lab["apartments"], str(doc.extras["apartments"])),
        (row_label(c, row), row_value(c, row)),
    ]
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date)))
    w = c.width / 3
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.text(x + 8, y + 24, label, 7.8, fit=w - 14)
        pen.text(x + 8, y + 38, value, 11, bold=True, fit=w - 14)


def _ut_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 12, bold=True, color=pen.accent)
    said = f"{lab['title']} {doc.invoice_number} {lab['continued_head']}"
    pen.text(c.right, 44, said, 8.6, align="right", color=GREY)
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=1)
    return UT_LATER_TOP - 18


def _ut_table(c: Ctx, cols: Columns, y: float, rows: list[tuple[str, object, float]]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y, c.width, UT_HEAD, fill=pen.accent)
    _heads(c, cols, y + 11, 7.8, color=white)
    y += UT_HEAD
    for kind, what, height in rows:
        if kind == "head":
            pen.rect(c.margin, y + 2, c.width, height - 3, fill=tint(pen.accent, 0.85))
            pen.text(c.margin + 6, y + 12.5, str(what).upper(), 8.6, bold=True)
        elif kind == "sum":
            total = sum((line.amount for line in doc.lines if line.group == what), Decimal(0))
            said = lab["apt_total"].format(apt=what)
            pen.text(cols[4][1] - 6, y + 10.5, said, 8, italic=True, align="right")
            pen.line(cols[5][1] + 6, y + 1, c.right, y + 1, width=0.5)
            pen.text(c.right - 4, y + 10.5, fmt.amount(total), 8.4, bold=True, align="right")
            pen.line(c.margin, y + height, c.right, y + height, color=LIGHT, width=0.4)
        else:
            assert isinstance(what, int)
            line = doc.lines[what]
            base = y + 11
            if line.day:
                pen.text(cols[0][1] + 4, base, fmt.cell_date(line.day), UT_SIZE)
            for k, text in enumerate(pen.wrap(line.description, UT_SIZE, cols[1][2] - 8)):
                pen.text(cols[1][1] + 4, base + UT_LINE * k, text, UT_SIZE)
            for k, text in enumerate(pen.wrap(line.note or "", 7.6, cols[2][2] - 8)):
                pen.text(cols[2][1] + 4, base + UT_LINE * k, text, 7.6, italic=True, color=GREY)
            _figures(c, cols, base, line, UT_SIZE)
        y += height
    return y


def _ut_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 250.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        base = y + 12 + 15 * k
        strong = row.key in ("total", "amount_due")
        if strong:
            pen.rect(x, base - 10.5, w, 14.5, fill=pen.pale)
        pen.text(x + 5, base, row_label(c, row), 8.6, bold=strong, fit=160)
        pen.text(c.right - 5, base, row_value(c, row), 9.2, bold=strong, align="right")
    said = lab["check"].format(vendor=doc.vendor_name)
    end = _para(pen, c.margin, y + 12, said, 8, x - c.margin - 20)
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {', '.join(doc.remit_lines)}"
        end = _para(pen, c.margin, end + 12, said, 8, x - c.margin - 20, color=GREY)
    y = max(end, y + 15 * len(doc.totals)) + 40
    pen.line(c.margin, y, c.margin + 220, y, width=0.6)
    pen.text(c.margin, y + 10, lab["reviewed"], 7.6, color=GREY)


# --- H140: a landscaping firm's invoice written by hand on its printed pad ---------------

GP_MARGIN = 38.0
GP_ROWS = 12  # the pad's printed rows
GP_ROW = 21.0
GP_COLS = (("quantity", 52.0), ("description", 0.0), ("unit_price", 82.0), ("amount", 92.0))
GP_INK = HexColor("#1c2f8f")  # a blue felt-tip
GP_SERIAL = HexColor("#c0171d")
GP_HAND = "VeraBI"


class _FeltTip:
    """What the crew's boss writes on the pad: a bold slanted hand in blue, each value at
    once, a little off the printed line and never quite level."""

    def __init__(self, pen: Pen, seed: str):
        self.pen = pen
        self.rng = random.Random(seed)
        if GP_HAND not in pdfmetrics.getRegisteredFontNames():
            folder = Path(reportlab.__file__).parent / "fonts"
            pdfmetrics.registerFont(TTFont(GP_HAND, str(folder / "VeraBI.ttf")))

    def __call__(
        self, x: float, y: float, text: str, size: float = 10.5, *, fit: float | None = None
    ) -> None:
        pen, rng = self.pen, self.rng
        size += rng.uniform(-0.4, 0.4)
        wide = stringWidth(text, GP_HAND, size)
        if fit is not None and wide > fit:
            size = size * fit / wide
        canvas = pen.canvas
        canvas.saveState()
        canvas.translate(x + rng.uniform(-1, 1.5), pen.height - y + rng.uniform(-0.6, 1.4))
        canvas.rotate(rng.uniform(-1.2, 1.0))
        canvas.setFillColor(GP_INK)
        canvas.setFont(GP_HAND, size)
        canvas.drawString(0, 0, text)
        canvas.restoreState()

    def right(self, x: float, y: float, text: str, size: float = 10.5) -> None:
        self(x - stringWidth(text, GP_HAND, size), y, text, size)


def render_garden_pad(doc: Document) -> tuple[bytes, int]:
    """A letter-size pad sheet printed in the firm's green: its imprint, the title box with
    the red serial, ruled lines for the date, order, customer, address and place of work,
    a box for the work done, the printed rows, the totals' boxes beside the terms and the
    date to pay by, and the receiving signature; what was written on it in felt-tip."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), GP_MARGIN)
    hand = _FeltTip(pen, f"h140:{doc.id}")
    pen.rect(18, 18, pen.width - 36, pen.height - 36, stroke=pen.accent, width=1.2)
    y = _gp_imprint(c)
    y = _gp_lines(c, hand, y + 16)
    y = _gp_work(c, hand, y + 10)
    y = _gp_table(c, hand, y + 14)
    y = _gp_totals(c, hand, y + 10)
    _gp_foot(c, y + 20)
    canvas.save()
    return buffer.getvalue(), 1


def _gp_imprint(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, 34, 46, initials(doc.vendor_name))
    x = c.margin + 56
    pen.text(x, 52, doc.vendor_name, 17, bold=True, color=pen.accent, fit=300)
    pen.text(x, 65, lab["tagline"], 8, italic=True, color=pen.accent, fit=300)
    lines = [", ".join(doc.vendor_lines), *_contact(doc)]
    for k, line in enumerate(lines):
        pen.text(x, 79 + 10 * k, line, 7.8, color=pen.accent, fit=300)
    bx, bw = c.right - 168, 168.0
    pen.rect(bx, 32, bw, 64, stroke=pen.accent, width=1.2)
    pen.rect(bx, 32, bw, 26, fill=pen.accent)
    pen.text(bx + bw / 2, 51, lab["title"], 17, bold=True, align="center", color=white)
    pen.text(bx + 8, 82, lab["invoice_number"], 7.6, bold=True, color=pen.accent)
    pen.text(bx + bw - 10, 86, doc.invoice_number, 16, bold=True, align="right", color=GP_SERIAL)
    return max(96.0, 79 + 10 * len(lines))


def _gp_ruled(
    c: Ctx, hand: _FeltTip, x: float, y: float, label: str, value: str, right: float
) -> None:
    """A printed label and its rule, the value written on it."""
    pen = c.pen
    pen.text(x, y, f"{label}:", 8.4, bold=True, color=pen.accent)
    start = x + pen.measure(f"{label}: ", 8.4, bold=True)
    pen.line(start, y + 2, right, y + 2, color=pen.accent, width=0.5)
    if value:
        hand(start + 4, y - 1, value, 10.5, fit=right - start - 8)


def _gp_lines(c: Ctx, hand: _FeltTip, y: float) -> float:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    half = c.margin + c.width * 0.55
    _gp_ruled(c, hand, c.margin, y, lab["invoice_date"], fmt.date(doc.invoice_date), half - 14)
    _gp_ruled(c, hand, half, y, lab["po_number"], doc.po_number or "", c.right)
    y += 24
    _gp_ruled(c, hand, c.margin, y, lab["customer"], doc.customer_name or "", c.right)
    address = doc.bill_to_lines or []
    for k in range(2):
        y += 22
        label = lab["address"] if k == 0 else ""
        value = address[k] if k < len(address) else ""
        if k == 1 and len(address) > 2:
            value = ", ".join(address[1:])
        _gp_ruled_or_blank(c, hand, y, label, value)
    place = doc.service_lines or []
    said = ", ".join(place)
    first, rest = (said, "") if c.pen.measure(said, 10.5) < c.width - 120 else _split(place)
    for k, value in enumerate((first, rest)):
        y += 22
        _gp_ruled_or_blank(c, hand, y, lab["service_address"] if k == 0 else "", value)
    return y


def _split(lines: list[str]) -> tuple[str, str]:
    """An address written over two ruled lines: its first line, then the rest."""
    return lines[0], ", ".join(lines[1:])


def _gp_ruled_or_blank(c: Ctx, hand: _FeltTip, y: float, label: str, value: str) -> None:
    if label:
        _gp_ruled(c, hand, c.margin, y, label, value, c.right)
        return
    c.pen.line(c.margin + 60, y + 2, c.right, y + 2, color=c.pen.accent, width=0.5)
    if value:
        hand(c.margin + 64, y - 1, value, 10.5, fit=c.width - 70)


def _gp_work(c: Ctx, hand: _FeltTip, y: float) -> float:
    pen, lab = c.pen, c.labels
    pen.rect(c.margin, y, c.width, 52, stroke=pen.accent, width=0.8)
    pen.text(c.margin + 6, y + 11, lab["work"].upper(), 7.6, bold=True, color=pen.accent)
    for k in range(2):
        rule = y + 28 + 17 * k
        pen.line(c.margin + 6, rule, c.right - 6, rule, color=LIGHT, width=0.4)
    words = pen.wrap(c.doc.extras["work"], 10.5, c.width - 30)
    for k, text in enumerate(words[:2]):
        hand(c.margin + 10, y + 25 + 17 * k, text, 10.5, fit=c.width - 24)
    return y + 52


def _gp_table(c: Ctx, hand: _FeltTip, y: float) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    cols = _columns(c.margin, c.width, GP_COLS)
    top = y
    pen.rect(c.margin, y, c.width, 16, fill=tint(pen.accent, 0.8))
    for key, x, w in cols:
        pen.text(x + w / 2, y + 11.5, c.labels[key], 8, bold=True, align="center", color=pen.accent)
    y += 16
    for k in range(GP_ROWS):
        base = y + GP_ROW * (k + 1)
        pen.line(c.margin, base, c.right, base, color=pen.accent, width=0.5)
        if k >= len(doc.lines):
            continue
        line = doc.lines[k]
        at = base - 6
        count = fmt.quantity(line.quantity or Decimal(0))
        hand(cols[0][1] + 10, at, count, 10.5, fit=cols[0][2] - 14)
        hand(cols[1][1] + 6, at, line.description, 10, fit=cols[1][2] - 10)
        if line.unit_price is not None:
            hand.right(cols[2][1] + cols[2][2] - 6, at, fmt.rate(line.unit_price), 10)
        hand.right(cols[3][1] + cols[3][2] - 6, at, fmt.amount(line.amount), 10)
    bottom = y + GP_ROW * GP_ROWS
    pen.rect(c.margin, top, c.width, bottom - top, stroke=pen.accent, width=0.9)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, bottom, color=pen.accent, width=0.6)
    return bottom


def _gp_totals(c: Ctx, hand: _FeltTip, y: float) -> float:
    """The totals' boxes under the amount column, the terms and the date to pay by
    beside them."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    rows = {row.key: row for row in doc.totals}
    w, box = 240.0, 20.0
    x = c.right - w
    for k, key in enumerate(("subtotal", "tax", "total")):
        at = y + box * k
        strong = key == "total"
        pen.rect(x, at, w, box, stroke=pen.accent, width=0.7, fill=pen.pale if strong else None)
        pen.line(c.right - 92, at, c.right - 92, at + box, color=pen.accent, width=0.6)
        label = lab[key].replace(" {rate}", "").replace(" ({rate})", "")
        pen.text(x + 6, at + 13.5, label, 7.8, bold=True, color=pen.accent, fit=w - 104)
        row = rows.get(key)
        if row is None:
            continue
        if row.rate is not None:
            hand(x + 8 + pen.measure(label, 7.8, bold=True) + 4, at + 14, fmt.percent(row.rate), 8)
        hand.right(c.right - 6, at + 14.5, row_value(c, row), 10.5)
    said = [(lab["terms"], doc.terms or "")]
    if doc.due_date:
        said.append((lab["due_date"], fmt.date(doc.due_date)))
    for k, (label, value) in enumerate(said):
        _gp_ruled(c, hand, c.margin, y + 14 + 24 * k, label, value, x - 18)
    return y + box * 3


def _gp_foot(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = max(y, pen.height - 96)
    pen.line(c.margin, y + 20, c.margin + 230, y + 20, color=pen.accent, width=0.6)
    pen.text(c.margin, y + 31, lab["received"], 7.8, color=pen.accent)
    if doc.extras["signed"]:
        _scribble(pen, c.margin + 30, y + 14, _digest(doc.id, "garden"))
    pen.text(c.right, y + 20, lab["thanks"], 9, italic=True, align="right", color=pen.accent)
    pen.text(c.right, y + 32, lab["copy"], 6.8, bold=True, align="right", color=pen.accent)
    first = int(doc.invoice_number) // 250 * 250 + 1
    imprint = f"Imprenta Alameda · Del {first:04d} al {first + 249:04d}"
    pen.text(pen.width / 2, pen.height - 24, imprint, 6, align="center", color=pen.accent)
