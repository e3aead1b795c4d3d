"""Blocks of the layouts added with H56-H60: details in a row of boxes with each caption
printed under its value (the parties' `caption_under` style is in pdf_blocks), the details
as a ruled two-row table across the page (labels over values), a contractor's contract
status beside a progress billing, and a utility's two meters read "Desde: ... Hasta: ..."."""

from __future__ import annotations

from samples.pdf_base import GREY, LIGHT
from samples.pdf_blocks import Ctx, meta_pairs

CAPTION = 6.5  # small grey type of a caption under its value


def meta_caption_row(c: Ctx, y: float) -> float:
    """The details in a row of boxes (four to a row): the value on top, its label under
    it in small grey type ("F-2026-0311" over "Nro. de factura")."""
    pen = c.pen
    pairs = meta_pairs(c.doc, c.fmt)
    per_row = min(4, len(pairs))
    cell = c.width / per_row
    for start in range(0, len(pairs), per_row):
        for k, (label, value) in enumerate(pairs[start : start + per_row]):
            x = c.margin + k * cell
            pen.rect(x + 2, y, cell - 4, 32, stroke=pen.accent, width=0.6)
            pen.text(x + 8, y + 14, value, 10, bold=True, fit=cell - 16)
            pen.line(x + 8, y + 19, x + cell - 10, y + 19, color=LIGHT, width=0.4)
            pen.text(x + 8, y + 27, label, CAPTION, color=GREY, fit=cell - 16)
        y += 38
    return y + 8


def meta_grid_row(c: Ctx, y: float) -> float:
    """The details as a ruled two-row table across the page: labels in the top row, values
    in the second, every cell ruled, nothing shaded."""
    pen = c.pen
    pairs = meta_pairs(c.doc, c.fmt)
    cell = c.width / len(pairs)
    pen.rect(c.margin, y, c.width, 36, stroke=GREY, width=0.7)
    pen.line(c.margin, y + 15, c.right, y + 15, color=GREY, width=0.5)
    for i, (label, value) in enumerate(pairs):
        x = c.margin + i * cell
        if i:
            pen.line(x, y, x, y + 36, color=GREY, width=0.5)
        pen.text(x + 4, y + 10.5, label, 7, bold=True, color=pen.accent, fit=cell - 8)
        pen.text(x + 4, y + 29, value, 9, fit=cell - 8)
    return y + 50


def progress_panel(c: Ctx, y: float) -> float:
    """A progress billing's contract status (contract number, original sum, change orders,
    billed before, this billing, balance to finish); none of it but this billing, which is
    the invoice's total, is in the ground truth."""
    pen, lab, fmt = c.pen, c.labels, c.fmt
    status = c.doc.extras["progress"]
    rows = [
        (lab["contract_sum"], fmt.money(status["contract"])),
        (lab["change_orders"], fmt.money(status["change_orders"])),
        (lab["billed_before"], fmt.money(status["billed_before"])),
        (lab["this_billing"], fmt.money(c.doc.total)),
        (lab["to_finish"], fmt.money(status["to_finish"])),
    ]
    w = c.width * 0.48
    x = c.right - w
    height = 22 + 13 * len(rows)
    pen.rect(x, y, w, height, stroke=pen.accent, width=0.8)
    pen.text(x + 8, y + 13, lab["progress"].upper(), 8.5, bold=True, color=pen.accent)
    pen.text(c.right - 8, y + 13, f"{lab['contract_no']} {status['number']}", 8.5, align="right")
    pen.line(x, y + 17, c.right, y + 17, color=pen.accent, width=0.5)
    for i, (label, value) in enumerate(rows):
        base = y + 29 + 13 * i
        pen.text(x + 8, base, label, 8.5, fit=w * 0.6)
        pen.text(c.right - 8, base, value, 9, align="right")
    return y + height + 10


def meters_panel(c: Ctx, y: float) -> float:
    """The reading period as "Desde: 01/02/2026  Hasta: 28/02/2026", two meters' previous
    and present readings and their use on the left, the account summary boxed on the right."""
    pen, lab, doc, fmt = c.pen, c.labels, c.doc, c.fmt
    assert doc.period is not None
    start, end = (fmt.date(day) for day in doc.period)
    pen.text(c.margin, y + 10, lab["period_heading"], 9, bold=True, color=pen.accent)
    line = f"{lab['period_from']}: {start}    {lab['period_to']}: {end}"
    pen.text(c.margin + 130, y + 10, line, 9.5, bold=True)
    y += 18
    heads = [lab["meter"], lab["prior_read"], lab["present_read"], lab["meter_use"]]
    w = c.width * 0.5 - 12
    cell = w / len(heads)
    meters = doc.extras["meters"]
    pen.rect(c.margin, y, w, 15, fill=pen.pale)
    for k, head in enumerate(heads):
        pen.text(c.margin + (k + 1) * cell - 4, y + 11, head, 6.5, bold=True, align="right")
    for i, (serial, reads) in enumerate(meters):
        base = y + 27 + 13 * i
        for k, value in enumerate([serial, *(fmt.quantity(v) for v in reads)]):
            pen.text(c.margin + (k + 1) * cell - 4, base, value, 8.5, align="right")
    base = y + 27 + 13 * len(meters)
    used = sum(reads[2] for _, reads in meters)
    pen.line(c.margin, base - 9, c.margin + w, base - 9, color=GREY, width=0.4)
    pen.text(c.margin + 3 * cell - 4, base, lab["meter_total"], 8, bold=True, align="right")
    total = f"{fmt.quantity(used)} {doc.extras['meter_unit']}"
    pen.text(c.margin + w - 4, base, total, 8.5, bold=True, align="right")
    x, bw = c.right - c.width * 0.5 + 12, c.width * 0.5 - 12
    rows = doc.summary
    pen.rect(x, y, bw, 18 + 14 * len(rows), stroke=pen.accent, width=0.8)
    pen.rect(x, y, bw, 15, fill=pen.fill_accent)
    pen.text(x + 6, y + 11, lab["summary"], 8.5, bold=True, color=pen.on_accent)
    for i, row in enumerate(rows):
        strong = row.key == "amount_due"
        value = -row.amount if row.key == "payments" else row.amount
        pen.text(x + 6, y + 28 + 14 * i, lab[row.key], 8.5, bold=strong, fit=bw * 0.6)
        pen.text(c.right - 6, y + 28 + 14 * i, fmt.money(value), 9, bold=strong, align="right")
    return max(base, y + 18 + 14 * len(rows)) + 12
