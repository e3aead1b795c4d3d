"""Blocks of the layouts added with H46-H50: a field-service invoice (the company in white on
a dark band, the details with the work order beside the parties, a panel of the service
visit and the equipment serviced), a Spanish-language utility bill (the account number
large in a box with the amount to pay and the payment deadline, the period written out
"del 1 al 31 de enero de 2026", the account's movements beside a usage chart) and a
contractor's invoice whose labels are bold capitals followed by their values after a wide
gap, no colons. Each draws from ``y`` down and returns where it ended."""

from __future__ import annotations

from samples.formats import period_es
from samples.pdf_base import GREY, draw_logo, initials
from samples.pdf_blocks import (
    Ctx,
    _usage_chart,
    _vendor_block,
    meta_pairs,
    parties,
    party_blocks,
)
from samples.pdf_table import row_value

GAP = 24.0  # between a bold capital label and its value (es_h50)


# --- H46: field-service invoice --------------------------------------------------------


def header_dark_band(c: Ctx, y: float) -> float:
    """The company name in white on a dark band across the page, the address under it in
    the band, the title on the right; phone, email and tax id on a line under the band."""
    pen, doc, lab = c.pen, c.doc, c.labels
    height = 58.0
    pen.rect(c.margin, y, c.width, height, fill=pen.fill_accent)
    room = c.width - pen.measure(c.title, 20, True) - 48
    pen.text(c.margin + 14, y + 26, doc.vendor_name, 17, bold=True, color=pen.on_accent, fit=room)
    address = ", ".join(doc.vendor_lines)
    pen.text(c.margin + 14, y + 43, address, 8.5, color=pen.on_accent, fit=room)
    pen.text(c.right - 14, y + 33, c.title, 20, bold=True, align="right", color=pen.on_accent)
    contact = [f"{lab['phone']}: {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    pen.text(c.margin + 14, y + height + 12, "     ".join(contact), 8.5, color=GREY, fit=c.width)
    return y + height + 30


def meta_field_service(c: Ctx, y: float) -> float:
    """The parties on the left; on the right the invoice's details with the work order
    after the date, each on a hairline; under both the service visit and the equipment."""
    pen, doc, lab = c.pen, c.doc, c.labels
    w = c.width * 0.4
    left = parties(c, c.margin, y, c.width - w - 14)
    pairs = meta_pairs(doc, c.fmt)
    pairs.insert(2, (lab["work_order"], doc.extras["work_order"]))
    x = c.right - w
    for i, (label, value) in enumerate(pairs):
        base = y + 11 + 15 * i
        pen.text(x, base, label, 8.5, bold=True, color=GREY, fit=w * 0.5)
        pen.text(c.right, base, value, 9.5, bold=i == 0, align="right", fit=w * 0.5)
        pen.line(x, base + 4, c.right, base + 4, color=GREY, width=0.3)
    return _visit_panel(c, max(left, y + 15 * len(pairs) + 14))


def _visit_panel(c: Ctx, y: float) -> float:
    """Two boxes side by side: the visit (technicians, completion date, arrival and
    departure times) and the equipment serviced (manufacturer, model, serial)."""
    pen, doc, lab = c.pen, c.doc, c.labels
    arrive, leave = doc.extras["visit_times"]
    make, model, serial = doc.extras["equipment"]
    boxes = [
        (
            lab["visit"],
            [
                (lab["technician"], doc.extras["technician"]),
                (lab["completed"], c.fmt.date(doc.extras["completed"])),
                (lab["arrival"], f"{arrive} / {leave}"),
            ],
        ),
        (
            lab["equipment"],
            [(lab["make"], make), (lab["model"], model), (lab["serial"], serial)],
        ),
    ]
    w = (c.width - 12) / 2
    height = 16 + 13 * 3 + 6
    for k, (heading, rows) in enumerate(boxes):
        x = c.margin + k * (w + 12)
        pen.rect(x, y, w, 14, fill=pen.pale)
        pen.rect(x, y, w, height, stroke=pen.accent, width=0.7)
        pen.text(x + 6, y + 10.5, heading.upper(), 7.5, bold=True, color=pen.accent)
        for i, (label, value) in enumerate(rows):
            base = y + 27 + 13 * i
            pen.text(x + 6, base, label, 8, color=GREY)
            pen.text(x + 100, base, value, 9, bold=True, fit=w - 106)
    return y + height + 14


# --- H47: Spanish-language utility bill ------------------------------------------------


def header_account_box(c: Ctx, y: float) -> float:
    """Logo and utility on the left, the title under them; on the right a box with the
    account number in large type over two cells, the amount to pay and the deadline."""
    pen, doc, lab = c.pen, c.doc, c.labels
    box_w = 232.0
    x0 = c.right - box_w
    draw_logo(pen, doc.logo, c.margin, y, 44, initials(doc.vendor_name))
    bottom = _vendor_block(c, c.margin + 54, y + 12, x0 - c.margin - 66, name_size=13)
    pen.text(c.margin, bottom + 22, c.title, 16, bold=True, color=pen.accent)
    pen.rect(x0, y, box_w, 90, stroke=pen.accent, width=1.2)
    pen.rect(x0, y, box_w, 15, fill=pen.fill_accent)
    head = lab["account_number"].upper()
    pen.text(x0 + box_w / 2, y + 11, head, 8, bold=True, align="center", color=pen.on_accent)
    pen.text(x0 + box_w / 2, y + 40, doc.account_number or "", 19, bold=True, align="center")
    pen.line(x0, y + 50, c.right, y + 50, color=pen.accent, width=0.8)
    half = box_w / 2
    pen.line(x0 + half, y + 50, x0 + half, y + 90, color=pen.accent, width=0.8)
    cells = [
        (lab["amount_due"], c.fmt.money(doc.due_amount), 12.5),
        (lab["due_date"], c.fmt.date(doc.due_date) if doc.due_date else "", 9.5),
    ]
    for k, (label, value, size) in enumerate(cells):
        mid = x0 + half * k + half / 2
        pen.text(mid, y + 61, label, 7, bold=True, align="center", color=GREY, fit=half - 8)
        pen.text(mid, y + 80, value, size, bold=True, align="center", fit=half - 10)
    return max(bottom + 32, y + 102)


def meta_period_line(c: Ctx, y: float) -> float:
    """The billing period written out on a shaded line ("Periodo de consumo del 1 al 31
    de enero de 2026"), the bill's folio and date of issue after it, then the parties."""
    pen, doc, lab = c.pen, c.doc, c.labels
    assert doc.period is not None
    pen.rect(c.margin, y, c.width, 20, fill=pen.pale)
    head = f"{lab['service_period']} "
    pen.text(c.margin + 8, y + 14, head, 10, bold=True, color=pen.accent)
    x = c.margin + 8 + pen.measure(head, 10, True)
    pen.text(x, y + 14, period_es(*doc.period), 10.5, bold=True, fit=c.right - x - 8)
    x, base = c.margin + 8, y + 34
    for label, value in (
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], c.fmt.date(doc.invoice_date)),
    ):
        pen.text(x, base, f"{label} ", 8.5, color=GREY)
        x += pen.measure(f"{label} ", 8.5)
        pen.text(x, base, value, 9.5, bold=True)
        x += pen.measure(value, 9.5, True) + 30
    return _bill_parties(c, base + 12)


def _bill_parties(c: Ctx, y: float) -> float:
    """The account holder and the supply address side by side, compactly set: a small
    heading over an accent hairline, the lines at 10 points."""
    pen = c.pen
    blocks = party_blocks(c)
    col = c.width / max(2, len(blocks))
    bottom = y
    for k, (heading, lines, bold_first) in enumerate(blocks):
        x = c.margin + k * col
        pen.text(x, y + 9, heading, 8.5, bold=True, color=pen.accent)
        pen.line(x, y + 12, x + col - 24, y + 12, color=pen.accent, width=0.5)
        for i, line in enumerate(lines):
            pen.text(x, y + 23 + 10 * i, line, 8.5, bold=bold_first and i == 0, fit=col - 24)
        bottom = max(bottom, y + 23 + 10 * len(lines))
    return bottom + 8


def ledger_summary(c: Ctx, y: float) -> float:
    """The account's movements in a box on the left (previous bill, payments, this bill's
    charges, the amount to pay) and the usage history chart on the right."""
    pen, lab = c.pen, c.labels
    rows = c.doc.summary
    w = c.width * 0.52
    height = 18 + 14 * len(rows)
    pen.rect(c.margin, y, w, height, stroke=pen.accent, width=0.8)
    pen.rect(c.margin, y, w, 15, fill=pen.fill_accent)
    pen.text(c.margin + 6, y + 11, lab["summary"], 8.5, bold=True, color=pen.on_accent)
    for i, row in enumerate(rows):
        base = y + 28 + 14 * i
        strong = row.key == "amount_due"
        if strong:
            pen.rect(c.margin + 2, base - 10, w - 4, 14, fill=pen.pale)
        pen.text(c.margin + 6, base, lab[row.key], 8.5, bold=strong, fit=w * 0.6)
        pen.text(c.margin + w - 6, base, row_value(c, row), 9, bold=strong, align="right")
    x = c.margin + w + 16
    pen.text(x, y + 10, lab["history"], 8, bold=True, color=pen.accent)
    _usage_chart(c, x, y + 12, c.right - x, height - 12)
    return y + height + 6


# --- H50: labels in bold capitals, values after a wide gap -----------------------------


def _caps_pair(c: Ctx, x: float, y: float, label: str, values: list[str], room: float) -> float:
    """A bold capital label and its value a wide gap after it, no colon; further value
    lines under the first. Returns the baseline after the last line."""
    pen = c.pen
    pen.text(x, y, label.upper(), 8, bold=True, color=pen.accent)
    vx = x + pen.measure(label.upper(), 8, True) + GAP
    for k, value in enumerate(values):
        pen.text(vx, y + 11 * k, value, 9, fit=x + room - vx)
    return y + 11 * max(1, len(values)) + 3


def header_caps(c: Ctx, y: float) -> float:
    """The contractor's name and address top left, then its tax id, phone, email and bank
    details; the title top right over the invoice's details; every label a bold capital
    followed by its value."""
    pen, doc, lab = c.pen, c.doc, c.labels
    room = c.width * 0.56
    pen.text(c.margin, y + 16, doc.vendor_name, 15, bold=True, fit=room)
    base = y + 30
    for line in doc.vendor_lines:
        pen.text(c.margin, base, line, 8.5, color=GREY, fit=room)
        base += 10.5
    base += 4
    pairs = []
    if doc.vendor_tax_id:
        pairs.append((lab["tax_id"], doc.vendor_tax_id))
    if doc.vendor_phone:
        pairs.append((lab["phone"], doc.vendor_phone))
    if doc.vendor_email:
        pairs.append((lab["email"], doc.vendor_email))
    if doc.extras.get("bank"):
        pairs.append((lab["bank"], doc.extras["bank"]))
    for label, value in pairs:
        base = _caps_pair(c, c.margin, base, label, [value], room)
    w = c.width * 0.38
    x = c.right - w
    pen.text(c.right, y + 18, c.title, 16, bold=True, align="right", color=pen.accent)
    pen.line(x, y + 25, c.right, y + 25, color=pen.accent, width=1.4)
    right = y + 42
    for label, value in meta_pairs(doc, c.fmt):
        right = _caps_pair(c, x, right, label, [value], w)
    return max(base, right) + 4


def meta_caps_gap(c: Ctx, y: float) -> float:
    """The customer, its fiscal address and the job site across the page between two
    rules, each label a bold capital followed by its value (the details stand in the
    header)."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.8)
    base = y + 16
    if doc.customer_name and doc.bill_to_lines:
        base = _caps_pair(c, c.margin, base, lab["bill_to"], [doc.customer_name], c.width)
        base = _caps_pair(c, c.margin, base, lab["domicile"], doc.bill_to_lines, c.width)
    if doc.service_lines:
        base = _caps_pair(c, c.margin, base, lab["service_address"], doc.service_lines, c.width)
    pen.line(c.margin, base, c.right, base, color=pen.accent, width=0.8)
    return base + 12
