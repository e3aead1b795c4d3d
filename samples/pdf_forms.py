"""Detail blocks that billing systems print besides the classic ones: a right-aligned
label column, a two-column table of labels and values with ruled rows, ruled form cells
with labels above values, a utility's account line of
"label: value" pairs, an "amount due" banner, the invoice number and date said in one
sentence, and the European letter head with a sender line above the recipient's window
block. Each draws from ``y`` down and returns where it ended."""

from __future__ import annotations

import hashlib

from samples.pdf_base import BLACK, GREY, draw_logo, initials
from samples.pdf_blocks import Ctx, _vendor_block, contact_lines, meta_pairs

CELLS_PER_ROW = 3


def meta_right_labels(c: Ctx, x: float, y: float, w: float) -> float:
    """Labels right-aligned against a gutter, values left-aligned after it."""
    gutter = x + w * 0.48
    for i, (label, value) in enumerate(meta_pairs(c.doc, c.fmt)):
        base = y + 12 + 14 * i
        c.pen.text(gutter, base, f"{label}:", 8.5, bold=True, align="right", fit=w * 0.46)
        c.pen.text(gutter + 8, base, value, 9, fit=w * 0.5)
    return y + 12 + 14 * len(meta_pairs(c.doc, c.fmt)) + 10


def meta_ruled(c: Ctx, x: float, y: float, w: float) -> float:
    """A two-column table with a rule under every row: the label in a shaded cell on the
    left, its value on the right ("Invoice Number | 4471")."""
    pen = c.pen
    pairs = meta_pairs(c.doc, c.fmt)
    row_h, split = 17.0, x + w * 0.46
    pen.rect(x, y, split - x, row_h * len(pairs), fill=pen.pale)
    pen.rect(x, y, w, row_h * len(pairs), stroke=GREY, width=0.7)
    pen.line(split, y, split, y + row_h * len(pairs), color=GREY, width=0.5)
    for i, (label, value) in enumerate(pairs):
        top = y + row_h * i
        if i:
            pen.line(x, top, x + w, top, color=GREY, width=0.5)
        pen.text(x + 5, top + 12, label, 8.5, bold=True, fit=split - x - 10)
        pen.text(split + 6, top + 12, value, 9, fit=x + w - split - 12)
    return y + row_h * len(pairs) + 14


def meta_cells(c: Ctx, y: float) -> float:
    """A ruled grid across the page; each cell holds a small label over its value."""
    pen = c.pen
    pairs = meta_pairs(c.doc, c.fmt)
    cell_w, cell_h = c.width / CELLS_PER_ROW, 30.0
    rows = (len(pairs) + CELLS_PER_ROW - 1) // CELLS_PER_ROW
    pen.rect(c.margin, y, c.width, cell_h * rows, stroke=pen.accent, width=0.8)
    for r in range(1, rows):
        pen.line(c.margin, y + r * cell_h, c.right, y + r * cell_h, color=pen.accent, width=0.5)
    for k in range(1, CELLS_PER_ROW):
        x = c.margin + k * cell_w
        pen.line(x, y, x, y + cell_h * rows, color=pen.accent, width=0.5)
    for i, (label, value) in enumerate(pairs):
        x = c.margin + (i % CELLS_PER_ROW) * cell_w + 5
        top = y + (i // CELLS_PER_ROW) * cell_h
        pen.text(x, top + 9, label.upper(), 6.5, color=GREY, fit=cell_w - 10)
        pen.text(x, top + 23, value, 10, bold=True, fit=cell_w - 10)
    return y + cell_h * rows + 14


def meta_strip(c: Ctx, y: float, pairs: list[tuple[str, str]] | None = None) -> float:
    """The details (or other ``pairs``) one after another along a ruled band ("Label:
    value", a thin rule between pairs), as utility bills print their account line; a pair
    that does not fit starts the next line."""
    pen = c.pen
    gap, left = 18.0, c.margin + 4
    x, base = left, y + 14
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1.2)
    for label, value in meta_pairs(c.doc, c.fmt) if pairs is None else pairs:
        head = f"{label}: "
        head_w = pen.measure(head, 8.5, True)
        wide = head_w + pen.measure(value, 9)
        if x > left and x + wide > c.right - 4:
            x, base = left, base + 14
        elif x > left:
            pen.line(x - gap / 2, base - 9, x - gap / 2, base + 2, color=GREY, width=0.4)
        pen.text(x, base, head, 8.5, bold=True)
        pen.text(x + head_w, base, value, 9)
        x += wide + gap
    pen.line(c.margin, base + 6, c.right, base + 6, color=pen.accent, width=1.2)
    return base + 22


def meta_sentence(c: Ctx, y: float) -> float:
    """The invoice number and date in one line of text under no label ("Invoice 4471
    dated March 3, 2026"); the other details follow unboxed beside the parties."""
    doc = c.doc
    text = c.labels["number_sentence"].format(
        number=doc.invoice_number, date=c.fmt.date(doc.invoice_date)
    )
    c.pen.text(c.margin, y + 10, text, 11, bold=True, fit=c.width)
    c.pen.line(c.margin, y + 17, c.right, y + 17, color=GREY, width=0.4)
    return y + 30


def due_banner(c: Ctx, y: float) -> float:
    """A full-width bar announcing the amount due and its date."""
    doc, pen = c.doc, c.pen
    if not doc.due_date or "due_banner" not in c.labels:
        return y
    text = c.labels["due_banner"].format(
        amount=c.fmt.money(doc.due_amount), date=c.fmt.date(doc.due_date)
    )
    pen.rect(c.margin, y, c.width, 30, fill=pen.fill_accent)
    pen.text(c.margin + 12, y + 20, text, 14, bold=True, color=pen.on_accent, fit=c.width - 24)
    return y + 44


def header_din(c: Ctx, y: float) -> float:
    """The vendor's letterhead on the right, as European business letters print it."""
    pen = c.pen
    pen.text(c.right, y + 16, c.doc.vendor_name, 16, bold=True, align="right", color=pen.accent)
    for k, line in enumerate(contact_lines(c.doc)):
        pen.text(c.right, y + 30 + 10 * k, line, 8, align="right", color=GREY)
    return y + 30 + 10 * len(contact_lines(c.doc)) + 8


def window_block(c: Ctx, y: float) -> float:
    """Sender line over the recipient's address (the envelope window) on the left, the
    details as label and value on the right, then the title."""
    doc, pen = c.doc, c.pen
    window_w = c.width * 0.5
    sender = " · ".join([doc.vendor_name, *doc.vendor_lines])
    pen.text(c.margin, y + 8, sender, 6.5, color=GREY, fit=window_w)
    pen.line(c.margin, y + 10, c.margin + window_w, y + 10, color=GREY, width=0.3)
    lines = [doc.customer_name or "", *([doc.extras["attn"]] if doc.extras.get("attn") else [])]
    lines += doc.bill_to_lines or []
    for k, line in enumerate(lines):
        pen.text(c.margin, y + 26 + 12 * k, line, 10, fit=window_w)
    x, w = c.right - c.width * 0.4, c.width * 0.4
    pairs = meta_pairs(doc, c.fmt)
    for i, (label, value) in enumerate(pairs):
        base = y + 8 + 13 * i
        pen.text(x, base, label, 8.5, fit=w * 0.55)
        pen.text(c.right, base, value, 9, align="right", fit=w * 0.45)
    bottom = max(y + 26 + 12 * len(lines), y + 8 + 13 * len(pairs)) + 28
    pen.text(c.margin, bottom, c.labels["title"].title(), 17, bold=True)
    return bottom + 18


def header_logo_cells(c: Ctx, y: float) -> float:
    """A distributor's head: logo and vendor on the left; on the right the title over a
    boxed grid of two columns, each cell a small label in a shaded band over its value."""
    pen = c.pen
    grid_w = c.width * 0.46
    x0 = c.right - grid_w
    draw_logo(pen, c.doc.logo, c.margin, y, 44, initials(c.doc.vendor_name))
    room = x0 - c.margin - 54 - 12
    bottom = _vendor_block(c, c.margin + 54, y + 12, room, name_size=12)
    pen.text(c.right, y + 16, c.title, 18, bold=True, align="right", color=pen.accent)
    pairs = meta_pairs(c.doc, c.fmt)
    cell_w, cell_h, band = grid_w / 2, 27.0, 10.0
    top = y + 26
    rows = (len(pairs) + 1) // 2
    for r in range(rows):
        pen.rect(x0, top + r * cell_h, grid_w, band, fill=pen.pale)
    pen.rect(x0, top, grid_w, cell_h * rows, stroke=GREY, width=0.8)
    pen.line(x0 + cell_w, top, x0 + cell_w, top + cell_h * rows, color=GREY, width=0.5)
    for r in range(1, rows):
        pen.line(x0, top + r * cell_h, c.right, top + r * cell_h, color=GREY, width=0.5)
    for i, (label, value) in enumerate(pairs):
        x = x0 + (i % 2) * cell_w + 4
        cell_top = top + (i // 2) * cell_h
        pen.text(x, cell_top + 7.5, label, 6.5, bold=True, color=pen.accent, fit=cell_w - 8)
        pen.text(x, cell_top + 21, value, 9, fit=cell_w - 8)
    return max(bottom + 14, y + 58, top + cell_h * rows + 16)


def meta_leaders(c: Ctx, x: float, y: float, w: float) -> float:
    """Labels on the left and values flush right, joined by dot leaders, as older billing
    systems print them ("Reference No. .......... 10-4471")."""
    pen = c.pen
    dot = pen.measure(".", 8.5)
    pairs = meta_pairs(c.doc, c.fmt)
    for i, (label, value) in enumerate(pairs):
        base = y + 12 + 14 * i
        value_w = min(pen.measure(value, 9, True), w * 0.6)
        pen.text(x, base, label, 8.5, fit=w * 0.45)
        pen.text(x + w, base, value, 9, bold=True, align="right", fit=w * 0.6)
        start = x + min(pen.measure(label, 8.5), w * 0.45) + 5
        count = int((x + w - value_w - 5 - start) / dot)
        if count > 1:
            pen.text(start, base, "." * count, 8.5, color=GREY)
    return y + 12 + 14 * len(pairs) + 10


def meta_fiscal(c: Ctx, x: float, y: float, w: float) -> float:
    """A boxed panel of fiscal data under a shaded heading, as a Mexican CFDI prints its
    folio, the fiscal folio (UUID), place and moment of issue, regime and payment method."""
    pen = c.pen
    pairs = meta_pairs(c.doc, c.fmt)
    row_h = 11.5
    height = 16 + row_h * len(pairs) + 6
    pen.rect(x, y, w, 14, fill=pen.fill_accent)
    pen.rect(x, y, w, height, stroke=pen.fill_accent, width=0.8)
    pen.text(x + 6, y + 10, c.labels["details"], 8, bold=True, color=pen.on_accent, fit=w - 12)
    split = x + w * 0.4
    for i, (label, value) in enumerate(pairs):
        base = y + 25 + row_h * i
        pen.text(x + 6, base, f"{label}:", 7, bold=True, fit=split - x - 10)
        pen.text(split, base, value, 7.5, fit=x + w - split - 6)
    return y + height + 12


def amount_in_words(c: Ctx, y: float, words: str) -> float:
    """The total in words under the totals ("Importe con letra: (MIL ... 56/100 M.N.)")."""
    pen = c.pen
    pen.text(c.margin, y + 8, f"{c.labels['amount_words']}:", 7.5, bold=True)
    head = pen.measure(f"{c.labels['amount_words']}: ", 7.5, True)
    pen.text(c.margin + head, y + 8, words, 7.5, fit=c.width - head)
    return y + 16


def cfdi_footer(c: Ctx, y: float) -> None:
    """The stamp of a Mexican electronic invoice: a QR-like square, the certificate, the
    digital seals in small type and the bank account for transfers."""
    doc, pen, lab = c.doc, c.pen, c.labels
    size, x = 62.0, c.margin
    digest = hashlib.sha256(doc.extras["uuid"].encode()).digest() * 2
    cell = size / 21
    for k in range(21 * 21):
        row, col = divmod(k, 21)
        if (row < 8 and (col < 8 or col > 12)) or (row > 12 and col < 8):  # finder squares
            r, q = row % 14, col % 14
            on = r < 7 and q < 7 and (r in (0, 6) or q in (0, 6) or (1 < r < 5 and 1 < q < 5))
        else:
            on = bool(digest[k % len(digest)] >> (k % 8) & 1)
        if on:
            pen.rect(x + col * cell, y + row * cell, cell, cell, fill=BLACK)
    tx, room = x + size + 12, c.width - size - 12
    base = y + 6
    rows = [
        (lab["certificate"], doc.extras["certificate"]),
        (lab["bank"], doc.extras["bank"]),
    ]
    for label, value in rows:
        pen.text(tx, base, f"{label}: {value}", 6.5, fit=room)
        base += 8.5
    for label, seal in zip((lab["seal"], lab["sat_seal"]), doc.extras["seals"], strict=True):
        pen.text(tx, base, f"{label}:", 6, bold=True)
        while seal:
            cut = len(seal)
            while pen.measure(seal[:cut], 5.5) > room:
                cut -= 4
            base += 6.5
            pen.text(tx, base, seal[:cut], 5.5, color=GREY)
            seal = seal[cut:]
        base += 8.5
