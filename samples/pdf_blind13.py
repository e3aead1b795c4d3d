"""Whole pages of the layouts added with H171-H175: a small firm's invoice from a cloud
accounting package with its payment advice, a handyman's invoice typed into a spreadsheet
template, an appliance-parts distributor's invoice with back-orders, a Mexican alarm
company's monthly CFDI for monitoring, and a Mexican cleaning-supplies distributor's
factura with its pagaré."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document, Line, TotalRow
from samples.formats import amount_words_es, cents
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, column_start, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "amount", "ordered", "backorder", "discount_rate")
RULE = HexColor("#9a9a9a")


def _total(doc: Document, key: str) -> TotalRow:
    row = doc.total_row(key)
    assert row is not None, key
    return row


# --- H171: a small firm's invoice from a cloud accounting package -------------------------

CI_MARGIN = 42.0
CI_COLS = (
    ("description", 0.0),
    ("quantity", 58.0),
    ("unit_price", 70.0),
    ("tax_name", 104.0),
    ("amount", 78.0),
)
CI_SIZE = 8.8
CI_STEP = 11.0
CI_ADVICE = 176.0  # the payment advice under the cut line, on the last page
CI_FOOT = 30.0


def render_cloud_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a cloud accounting package prints an invoice: the title large on
    the left over the customer's address for a window envelope, the details as labels
    over values in a middle column, the firm's mark, name and address on the right; the
    job site under the customer on some; the lines under light rules with each line's
    tax rate named; the totals stacked under the table on the right, the due date and how
    to pay (bank, payment link) on the left; on the last page the payment advice under a
    cut line; the firm's tax permit in the foot of every page."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CI_MARGIN)
    cols = _columns(c.margin, c.width, CI_COLS)
    heights = [CI_STEP * len(_ci_desc(c, cols, line)) + 9 for line in doc.lines]
    top = _ci_head(c, measure=True)
    bottom = pen.height - CI_FOOT - 14
    closing = max(16.0 * len(doc.totals) + 30, 150.0) + CI_ADVICE
    pages = paginate(heights, bottom - top - 22, bottom - 96 - 22, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            y = _ci_later(c, number, len(pages))
        else:
            y = _ci_head(c)
        y = _ci_table(c, cols, start, end, y)
        if number == len(pages):
            _ci_close(c, y + 12)
            _ci_advice(c)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 8, italic=True, align="right")
        _ci_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ci_desc(c: Ctx, cols: Columns, line: Line) -> list[str]:
    width = next(w for key, _, w in cols if key == "description") - 10
    return c.pen.wrap(line.description, CI_SIZE, width)


def _ci_details(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    pairs = [
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["invoice_number"], doc.invoice_number),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    elif doc.extras.get("job"):
        pairs.append((lab["po_number"], doc.extras["job"]))
    if doc.vendor_tax_id:
        pairs.append((lab["tax_id"], doc.vendor_tax_id))
    return pairs


def _ci_firm(c: Ctx) -> list[str]:
    doc, lab = c.doc, c.labels
    lines = [doc.vendor_name, *doc.vendor_lines]
    if doc.vendor_phone:
        lines.append(f"{lab['phone']} {doc.vendor_phone}")
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    return lines


def _ci_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    window = _customer(doc)
    site = doc.service_lines or []
    left = 112 + 11.5 * len(window) + (16 + 11.5 * len(site) if site else 0)
    middle = 112 + 25.0 * len(_ci_details(c))
    right = 112 + 11.0 * len(_ci_firm(c))
    table_top = max(left, middle, right) + 26
    if measure:
        return table_top
    draw_logo(pen, doc.logo, c.right - 40, 26, 40, initials(doc.vendor_name))
    pen.text(c.margin, 62, lab["title"], 27)
    for k, text in enumerate(window):
        pen.text(c.margin, 112 + 11.5 * k, text, 9.2, fit=220)
    if site:
        at = 112 + 11.5 * len(window) + 12
        pen.text(c.margin, at, lab["service_address"], 8.4, bold=True)
        for k, text in enumerate(site):
            pen.text(c.margin, at + 11.5 * (k + 1), text, 9, fit=220)
    x = c.margin + 250
    for k, (label, value) in enumerate(_ci_details(c)):
        pen.text(x, 100 + 25 * k, label, 8.4, bold=True)
        pen.text(x, 111 + 25 * k, value, 9, fit=130)
    x = c.right - 150
    for k, text in enumerate(_ci_firm(c)):
        pen.text(x, 100 + 11 * k, text, 8.6, bold=k == 0, fit=150)
    return table_top


def _ci_later(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 56, lab["title"], 18)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.margin + 250, 48, said, 8.6)
    pen.text(c.margin + 250, 60, doc.customer_name or "", 8.6, fit=200)
    pen.text(c.right, 48, doc.vendor_name, 8.6, bold=True, align="right", fit=150)
    return 96.0


def _ci_tax_name(c: Ctx) -> str:
    rate = c.doc.extras["tax_rate"]
    if not rate:
        return c.labels["tax_exempt"]
    return f"{c.labels['tax_rate_name']} {c.fmt.percent(rate)}"


def _ci_table(c: Ctx, cols: Columns, start: int, end: int, y: float) -> float:
    pen, fmt = c.pen, c.fmt
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        pen.text(at, y + 10, c.labels[key], 8.4, bold=True, align=align, fit=w - 6)
    y += 16
    pen.line(c.margin, y, c.right, y, color=BLACK, width=0.9)
    tax_name = _ci_tax_name(c)
    for k in range(start, end):
        line = c.doc.lines[k]
        wrapped = _ci_desc(c, cols, line)
        base = y + 13
        for key, x, w in cols:
            if key == "description":
                for n, part in enumerate(wrapped):
                    pen.text(x + 4, base + CI_STEP * n, part, CI_SIZE)
                continue
            text = {
                "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
                "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
                "tax_name": tax_name,
                "amount": fmt.amount(line.amount),
            }[key]
            at, align = column_start(key, x, w, FIGURES)
            pen.text(at, base, text, CI_SIZE, align=align, fit=w - 6)
        y += CI_STEP * len(wrapped) + 9
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _ci_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    x0, x1 = c.right - 230, c.right
    at = y + 4
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        if row.key in ("total", "amount_due"):
            pen.line(x0, at, x1, at, color=BLACK, width=1.2 if row.key == "amount_due" else 0.7)
            at += 3
        size = 10.5 if row.key == "amount_due" else 9
        at += 13
        pen.text(x0 + 4, at, row_label(c, row), size, bold=strong, fit=150)
        pen.text(x1 - 4, at, row_value(c, row), size, bold=strong, align="right")
        at += 3
    width = x0 - c.margin - 24
    assert doc.due_date is not None
    said = f"{lab['due_date']}: {fmt.date(doc.due_date)}"
    pen.text(c.margin, y + 17, said, 10.5, bold=True)
    base = y + 38
    pen.text(c.margin, base, lab["pay_head"], 8.6, bold=True)
    text = lab["pay_text"].format(
        bank=ex["bank"], routing=ex["routing"], account=ex["bank_account"], vendor=doc.vendor_name
    )
    base = _para(pen, c.margin, base + 12, text, 8, width) + 14
    pen.text(c.margin, base, lab["link"].format(url=ex["url"]), 8, color=pen.accent, fit=width)
    _para(pen, c.margin, base + 12, lab["card_note"], 7.2, width, color=GREY)


def _scissors(pen: Pen, x: float, y: float) -> None:
    """A small pair of scissors on the cut line (two rings and crossed blades)."""
    canvas = pen.canvas
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.8)
    base = pen.height - y
    canvas.circle(x + 3, base + 3.2, 2.4, stroke=1, fill=0)
    canvas.circle(x + 3, base - 3.2, 2.4, stroke=1, fill=0)
    canvas.line(x + 5, base + 2, x + 15, base - 3)
    canvas.line(x + 5, base - 2, x + 15, base + 3)
    canvas.restoreState()


def _ci_advice(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - CI_FOOT - CI_ADVICE
    pen.line(c.margin + 22, top, c.right, top, color=GREY, dash=(3, 3))
    _scissors(pen, c.margin, top)
    pen.text(c.right, top + 10, lab["cut"], 6.8, italic=True, align="right", color=GREY)
    pen.text(c.margin, top + 34, lab["advice"], 14)
    pen.text(c.margin, top + 56, lab["remit_to"], 8.6, bold=True)
    lines = [doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]
    for k, text in enumerate(lines):
        pen.text(c.margin + 24, top + 56 + 11.5 * k, text, 9, fit=210)
    assert doc.due_date is not None
    due = _total(doc, "amount_due")
    pairs = [
        (lab["customer"], doc.customer_name or ""),
        (lab["invoice_number"], doc.invoice_number),
        (row_label(c, due), row_value(c, due)),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    x0 = c.margin + 290
    at = top + 40
    for label, value in pairs:
        pen.text(x0, at, label, 8.6, bold=True)
        pen.text(c.right, at, value, 9, align="right", fit=150)
        pen.line(x0, at + 5, c.right, at + 5, color=LIGHT, width=0.5)
        at += 19
    pen.text(x0, at + 6, lab["enclosed"], 8.6, bold=True)
    pen.line(c.right - 120, at + 8, c.right, at + 8, color=BLACK, width=0.8)
    pen.text(c.right, at + 20, lab["enter"], 6.8, align="right", color=GREY)


def _ci_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = pen.height - 16
    said = f"{doc.vendor_name}   {lab['permit'].format(n=doc.extras['permit'])}"
    pen.text(c.margin, y, said, 6.8, color=GREY, fit=c.width - 80)
    if count > 1:
        pen.text(c.right, y, lab["page"].format(n=number, m=count), 6.8, align="right")


# --- H172: a handyman's invoice typed into a spreadsheet template -------------------------

HS_MARGIN = 40.0
HS_COLS = (
    ("description", 0.0),
    ("quantity", 56.0),
    ("unit_price", 62.0),
    ("taxed", 44.0),
    ("amount", 80.0),
)
HS_ROW = 15.0
HS_ROWS = 22  # the template's rows, blank ones left ruled


def render_handyman_sheet(doc: Document) -> tuple[bytes, int]:
    """One letter page as a spreadsheet's service-invoice template prints it: the
    handyman's name large with a tagline, address and numbers on the left, the title
    and the invoice's number, date, terms and due date on the right; TO: and FOR: side by
    side (the job, its site and the order); a grid of fixed rows, the labor under its
    heading with hours and rate, flat charges with their amount only, then the materials
    with their count, price and a taxed mark, the unused rows left empty; the template's
    totals rows (subtotal, taxable, tax rate, tax due, other, total, a deposit and the
    balance on some) in cells on the right, whom to pay and how on the left."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), HS_MARGIN)
    y = _hs_head(c)
    y = _hs_grid(c, y)
    _hs_totals(c, y + 10)
    canvas.save()
    return buffer.getvalue(), 1


def _hs_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, 52, doc.vendor_name, 19, bold=True, color=pen.accent, fit=300)
    pen.text(c.margin, 66, lab["tagline"], 8, italic=True, color=GREY, fit=300)
    info = [" · ".join(doc.vendor_lines)]
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(doc.vendor_email)
    info.append("   ".join(reach))
    for k, text in enumerate(info):
        pen.text(c.margin, 82 + 11 * k, text, 8.4, fit=310)
    pen.text(c.right, 58, lab["title"], 30, bold=True, align="right", color=pen.accent)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    for k, (label, value) in enumerate(pairs):
        at = 80 + 12.5 * k
        pen.text(c.right - 86, at, f"{label}:", 8.4, bold=True, align="right")
        pen.text(c.right, at, value, 8.8, align="right", fit=80)
    y = max(82 + 11 * len(info), 80 + 12.5 * len(pairs)) + 10
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=2)
    y += 20
    half = c.width / 2
    pen.text(c.margin, y, lab["bill_to"], 9, bold=True, color=pen.accent)
    for k, text in enumerate(_customer(doc)):
        pen.text(c.margin + 30, y + 12 * k, text, 9, bold=k == 0, fit=half - 40)
    x = c.margin + half + 10
    pen.text(x, y, lab["job_head"], 9, bold=True, color=pen.accent)
    job = [ex["job"]]
    if doc.service_lines:
        job.append(f"{lab['service_address']}: {doc.service_lines[0]}")
        job += doc.service_lines[1:]
    if doc.po_number:
        job.append(f"{lab['po_number']} {doc.po_number}")
    for k, text in enumerate(job):
        pen.text(x + 34, y + 12 * k, text, 9, bold=k == 0, fit=half - 44)
    return y + 12 * max(len(_customer(doc)), len(job)) + 14


def _hs_grid(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, HS_COLS)
    pen.rect(c.margin, y, c.width, HS_ROW + 2, fill=pen.accent)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        if key == "taxed":
            at, align = x + w / 2, "center"
        pen.text(at, y + 12, lab[key], 8, bold=True, align=align, color=white, fit=w - 6)
    top = y + HS_ROW + 2
    labor = [line for line in doc.lines if not line.part]
    parts = [line for line in doc.lines if line.part]
    rows: list[Line | str | None] = [lab["labor"], *labor]
    if parts:
        rows += [None, lab["materials"], *parts]
    rows += [None] * max(0, HS_ROWS - len(rows))
    band = tint(pen.accent, 0.93)
    for k, row in enumerate(rows):
        at = top + HS_ROW * k
        if k % 2:
            pen.rect(c.margin, at, c.width, HS_ROW, fill=band)
        base = at + 10.5
        if isinstance(row, str):
            pen.text(c.margin + 4, base, row, 8, bold=True, color=pen.accent, fit=c.width - 8)
        elif isinstance(row, Line):
            cells = {
                "description": row.description,
                "quantity": fmt.quantity(row.quantity) if row.quantity is not None else "",
                "unit_price": fmt.rate(row.unit_price) if row.unit_price is not None else "",
                "taxed": "X" if row.part and doc.extras["taxable"] else "",
                "amount": fmt.amount(row.amount),
            }
            for key, x, w in cols:
                at_x, align = column_start(key, x, w, FIGURES)
                if key == "taxed":
                    at_x, align = x + w / 2, "center"
                pen.text(at_x, base, cells[key], 8.6, align=align, fit=w - 8)
    bottom = top + HS_ROW * len(rows)
    for k in range(len(rows) + 1):
        pen.line(c.margin, top + HS_ROW * k, c.right, top + HS_ROW * k, color=RULE, width=0.4)
    for _, x, _ in cols[1:]:
        pen.line(x, y, x, bottom, color=RULE, width=0.4)
    pen.rect(c.margin, y, c.width, bottom - y, stroke=BLACK, width=0.8)
    return bottom


def _hs_totals(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    rate = ex["tax_rate"] if ex["taxable"] else Decimal(0)
    dash = "$ -"
    cells: list[tuple[str, str, bool]] = []
    for row in doc.totals:
        if row.key == "total":
            if not doc.total_row("tax"):
                cells += [(lab["taxable"], dash, False), (lab["tax_rate"], "0.000%", False)]
                cells.append((lab["tax"], dash, False))
            cells.append((lab["other"], dash, False))
        if row.key == "tax":
            cells += [
                (lab["taxable"], fmt.money(ex["taxable"]), False),
                (lab["tax_rate"], f"{rate * 100:.3f}%", False),
            ]
        strong = row.key in ("total", "amount_due")
        cells.append((row_label(c, row), row_value(c, row), strong))
    w_label, w_value = 150.0, 92.0
    x = c.right - w_label - w_value
    for k, (label, value, strong) in enumerate(cells):
        at = y + 16 * k
        if strong:
            pen.rect(x, at, w_label + w_value, 16, fill=tint(pen.accent, 0.8))
        pen.rect(x + w_label, at, w_value, 16, stroke=RULE, width=0.4)
        pen.text(x + w_label - 6, at + 11.5, label, 8.2, bold=strong, align="right", fit=144)
        pen.text(c.right - 5, at + 11.5, value, 8.8, bold=strong, align="right")
    width = x - c.margin - 20
    at = y + 12
    lines = [
        (lab["checks"].format(name=doc.vendor_name), True),
        (lab["apps"].format(phone=doc.vendor_phone), False),
        (lab["questions"].format(owner=ex["owner"], phone=doc.vendor_phone), False),
        (lab["insured"].format(policy=ex["policy"]), False),
    ]
    for text, strong in lines:
        at = _para(pen, c.margin, at, text, 8.2, width, bold=strong) + 16
    bottom = max(at, y + 16 * len(cells)) + 24
    pen.text(pen.width / 2, bottom, lab["thanks"], 11, bold=True, align="center", color=pen.accent)


# --- H173: an appliance-parts distributor's invoice ---------------------------------------

PI_MARGIN = 34.0
PI_COLS = (
    ("line_no", 22.0),
    ("item", 92.0),
    ("description", 0.0),
    ("ordered", 30.0),
    ("quantity", 30.0),
    ("backorder", 30.0),
    ("unit", 28.0),
    ("unit_price", 58.0),
    ("amount", 64.0),
)
PI_ROW = 22.0
PI_FREIGHT_ROW = 14.0
PI_CLOSE = 132.0
PI_FOOT = 30.0


def render_parts_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a parts distributor's order system prints an invoice: the form in
    Helvetica, what the system fills in typed in Courier; the firm's mark and address
    beside a box of the invoice's number, date and page; sold-to, ship-to and remit-to
    boxes; a ruled band of the order's cells (customer, order, dates, carrier, terms, due
    date, salesperson) and the tracking number; each part with its line number, item
    number, ordered, shipped and back-ordered counts, unit, price and extension, the maker
    and its part number under it; the freight as the last line; the back-order notice,
    the return policy and the totals box on the last sheet, the head on every sheet."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    form = Pen(canvas, pen.width, pen.height, "Helvetica", doc.layout["accent"])
    c = Ctx(pen, doc, Fmt.of(doc), PI_MARGIN)
    cols = _columns(c.margin, c.width, PI_COLS)
    heights = [PI_FREIGHT_ROW if line.code == "FREIGHT" else PI_ROW for line in doc.lines]
    top = _pi_head(c, form, cols, 1, 1, measure=True)
    bottom = pen.height - PI_FOOT - 8
    pages = paginate(heights, bottom - top, bottom - top, PI_CLOSE)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        y = _pi_head(c, form, cols, number, len(pages))
        for k in range(start, end):
            y = _pi_row(c, form, cols, k, y)
        last = number == len(pages)
        _pi_frame(c, form, cols, top, bottom - (PI_CLOSE if last else 0))
        if last:
            _pi_close(c, form, y, bottom)
        else:
            form.text(c.right, bottom + 12, c.labels["continued"], 8, bold=True, align="right")
        form.text(c.margin, pen.height - 14, c.labels["late"], 6.6, color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pi_parties(c: Ctx) -> list[tuple[str, list[str]]]:
    doc, lab = c.doc, c.labels
    ship = list(doc.service_lines or [])
    ship.insert(1, "ATTN: MAINTENANCE SHOP")
    blocks = [(lab["bill_to"], _customer(c.doc)), (lab["service_address"], ship)]
    if doc.remit_lines:
        blocks.append((lab["remit_to"], [doc.vendor_name.upper(), *doc.remit_lines]))
    return blocks


def _pi_head(
    c: Ctx, form: Pen, cols: Columns, number: int, count: int, *, measure: bool = False
) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    blocks = _pi_parties(c)
    box_h = 18.0 + 10 * max(len(lines) for _, lines in blocks)
    band_top = 112 + box_h + 10
    table_top = band_top + 30 + (12 if ex["tracking"] else 0) + 6
    if measure:
        return table_top + 16
    draw_logo(form, doc.logo, c.margin, 26, 34, initials(doc.vendor_name))
    x = c.margin + 42
    form.text(x, 40, doc.vendor_name, 14, bold=True, color=form.accent, fit=280)
    form.text(x, 51, lab["tagline"], 7.2, italic=True, fit=280)
    info = [", ".join(doc.vendor_lines)]
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']} {doc.vendor_email}")
    if doc.vendor_tax_id:
        reach.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    info.append("  ".join(reach))
    for k, text in enumerate(info):
        form.text(x, 63 + 9.5 * k, text, 7.4, color=GREY, fit=290)
    bx, bw = c.right - 190, 190.0
    form.rect(bx, 24, bw, 24, fill=form.accent)
    form.text(bx + bw / 2, 42, lab["title"], 16, bold=True, align="center", color=white)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ("Page", f"{number} of {count}"),
    ]
    for k, (label, value) in enumerate(pairs):
        at = 48 + 16 * k
        form.rect(bx, at, bw, 16, stroke=BLACK, width=0.6)
        form.line(bx + 78, at, bx + 78, at + 16, color=BLACK, width=0.6)
        form.text(bx + 5, at + 11, label, 7.4, bold=True)
        pen.text(bx + 84, at + 11.5, value, 9, bold=k == 0, fit=bw - 90)
    gap = 8.0
    each = (c.width - gap * (len(blocks) - 1)) / len(blocks)
    for k, (head, lines) in enumerate(blocks):
        x0 = c.margin + k * (each + gap)
        form.rect(x0, 112, each, box_h, stroke=BLACK, width=0.7)
        form.rect(x0, 112, each, 11, fill=tint(form.accent, 0.85))
        form.text(x0 + 4, 120, head.upper(), 6.8, bold=True, color=form.accent)
        for n, text in enumerate(lines):
            pen.text(x0 + 5, 133 + 10 * n, text, 8, fit=each - 10)
    due = fmt.date(doc.due_date) if doc.due_date else ""
    cells = [
        (lab["customer_number"], doc.account_number or ""),
        (lab["po_number"], doc.po_number or ""),
        (lab["order"], ex["order"]),
        (lab["order_date"], fmt.date(ex["order_date"])),
        (lab["ship_date"], fmt.date(ex["ship_date"])),
        (lab["ship_via"], ex["ship_via"]),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], due),
        (lab["salesperson"], ex["rep"]),
    ]
    widths = (50.0, 72.0, 66.0, 50.0, 50.0, 62.0, 64.0, 52.0, 0.0)
    spans = _columns(c.margin, c.width, tuple(zip([str(n) for n in range(9)], widths, strict=True)))
    for (label, value), (_, x0, w) in zip(cells, spans, strict=True):
        form.rect(x0, band_top, w, 28, stroke=BLACK, width=0.6)
        form.rect(x0, band_top, w, 10, fill=tint(form.accent, 0.92))
        form.text(x0 + 3, band_top + 7.6, label, 6.2, bold=True, fit=w - 5)
        pen.text(x0 + 3, band_top + 22, value, 7.8, fit=w - 6)
    y = band_top + 28
    if ex["tracking"]:
        said = f"{lab['tracking']}: {ex['tracking']}"
        pen.text(c.margin, y + 11, said, 7.6)
        y += 12
    y += 6
    form.rect(c.margin, y, c.width, 16, fill=tint(form.accent, 0.85))
    for key, x0, w in cols:
        head_x, align = column_start(key, x0, w, FIGURES, 3)
        form.text(head_x, y + 11, lab[key], 7, bold=True, align=align, fit=w - 5)
    return y + 16


def _pi_row(c: Ctx, form: Pen, cols: Columns, k: int, y: float) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    line = doc.lines[k]
    ordered = doc.extras["ordered"][k]
    shipped = int(line.quantity or 0)
    cells = {
        "line_no": f"{k + 1}",
        "item": line.code or "",
        "description": line.description,
        "ordered": f"{ordered}",
        "quantity": f"{shipped}",
        "backorder": f"{ordered - shipped}",
        "unit": line.unit or "",
        "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
        "amount": fmt.amount(line.amount),
    }
    base = y + 11
    for key, x0, w in cols:
        at, align = column_start(key, x0, w, FIGURES, 3)
        pen.text(at, base, cells[key], 8, align=align, fit=w - 5)
    if line.note:
        maker, part, *ref = line.note.split("|")
        lab = c.labels
        said = f"{lab['mfr']}: {maker}  {lab['mfr_part']}: {part}"
        if ref:
            said += f"  {lab['ref']}: {ref[0]}"
        desc, wide = next((x0, w) for key, x0, w in cols if key == "description")
        pen.text(desc + 3, base + 9.5, said, 6.8, color=GREY, fit=wide - 6)
    height = PI_FREIGHT_ROW if line.code == "FREIGHT" else PI_ROW
    form.line(c.margin, y + height, c.right, y + height, color=LIGHT, width=0.4)
    return y + height


def _pi_frame(c: Ctx, form: Pen, cols: Columns, top: float, bottom: float) -> None:
    """The body's frame and column rules from the heads down to ``bottom``."""
    form.rect(c.margin, top - 16, c.width, bottom - top + 16, stroke=BLACK, width=0.8)
    for _, x0, _ in cols[1:]:
        form.line(x0, top - 16, x0, bottom, color=RULE, width=0.4)


def _pi_close(c: Ctx, form: Pen, y: float, bottom: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    backordered = sum(
        1
        for line, ordered in zip(doc.lines, ex["ordered"], strict=True)
        if int(line.quantity or 0) < ordered
    )
    top = bottom - PI_CLOSE + 10
    w = 224.0
    x0 = c.right - w
    rows = doc.totals
    form.rect(x0, top, w, 16 * len(rows) + 6, stroke=BLACK, width=0.8)
    for k, row in enumerate(rows):
        at = top + 15 + 16 * k
        last = k == len(rows) - 1
        if last:
            form.rect(x0, at - 12, w, 18, fill=tint(form.accent, 0.85))
        form.text(x0 + 6, at, row_label(c, row), 8, bold=last, fit=130)
        pen.text(c.right - 6, at, row_value(c, row), 9, bold=last, align="right")
    width = x0 - c.margin - 16
    at = top + 12
    if backordered:
        said = lab["backordered"].format(n=backordered)
        at = _para(pen, c.margin, at, said, 7.4, width, bold=True) + 16
    if ex["card"]:
        brand, last4, auth = ex["card"]
        pen.text(c.margin, at, lab["card_paid"].format(brand=brand, last4=last4, auth=auth), 8)
        at += 16
    _para(form, c.margin, at, lab["returns"], 7, width, color=GREY)


# --- H174: a Mexican alarm company's monthly CFDI for monitoring --------------------------

MC_MARGIN = 32.0
MC_COLS = (
    ("sat_key", 58.0),
    ("quantity", 34.0),
    ("sat_unit", 44.0),
    ("description", 0.0),
    ("unit_price", 70.0),
    ("amount", 72.0),
    ("tax_object", 36.0),
)
MC_ROW = 21.0
MC_STAMP = 118.0  # the QR, seals and legend at the foot


def render_monitoreo_cfdi(doc: Document) -> tuple[bytes, int]:
    """One letter page as an invoicing portal prints a CFDI 4.0: a thin band, the issuer
    (mark, name, RFC, regime, address, the monitoring centre's line) beside the fiscal box
    (series and folio, folio fiscal, certificate, issue and certification times, place,
    type, export); the receiver's fiscal data beside the service's (subscriber number,
    premises, period, deadline, terms, order, the panels and their zones); the concepts
    with their SAT keys and each concept's transferred IVA under it; the amount in words,
    currency, form and method of payment beside the totals; how to pay; the seals, the
    original chain and the QR at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MC_MARGIN)
    pen.rect(0, 0, pen.width, 7, fill=pen.accent)
    y = _mc_head(c)
    y = _mc_parties(c, y + 10)
    y = _mc_concepts(c, y + 12)
    y = _mc_totals(c, y + 10)
    assert y + 12 <= pen.height - MC_STAMP, (doc.id, y)
    _mc_stamp(c, y + 12)
    canvas.save()
    return buffer.getvalue(), 1


def _mc_pair(pen: Pen, x: float, y: float, label: str, value: str, w: float, size: float) -> None:
    """A label in bold and its value after it on one line, shrunk to ``w``."""
    said = f"{label}:"
    pen.text(x, y, said, size, bold=True)
    gap = pen.measure(said, size, bold=True) + 4
    pen.text(x + gap, y, value, size, fit=w - gap)


def _mc_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 20, 40, initials(doc.vendor_name))
    x, w = c.margin + 48, 262.0
    pen.text(x, 25, lab["issuer"].upper(), 6.6, bold=True, color=pen.accent)
    pen.text(x, 38, doc.vendor_name, 11.5, bold=True, fit=w)
    info = []
    if doc.vendor_tax_id:
        info.append((lab["tax_id"], doc.vendor_tax_id))
    info.append((lab["regime"], "601 - General de Ley Personas Morales"))
    at = 50.0
    for label, value in info:
        _mc_pair(pen, x, at, label, value, w, 7.6)
        at += 10
    at = max(at, 84.0)
    for text in doc.vendor_lines:
        pen.text(c.margin, at, text, 7.6, fit=w + 48)
        at += 9.5
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']}: {doc.vendor_email}")
    pen.text(c.margin, at, "   ".join(reach), 7.6, fit=w + 48)
    at += 11
    said = lab["center"].format(phone=ex["monitoring_phone"])
    pen.text(c.margin, at, said, 7.6, bold=True, color=pen.accent)
    left = at
    bx, bw = c.right - 232, 232.0
    hour, minute, second = (int(part) for part in ex["time"].split(":"))
    later = hour * 3600 + minute * 60 + second + ex["stamped_after"]
    stamped = f"{later // 3600:02d}:{later // 60 % 60:02d}:{later % 60:02d}"
    day = fmt.date(doc.invoice_date)
    rows = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["uuid"], ex["uuid"]),
        (lab["csd"], ex["certificate"]),
        (lab["invoice_date"], f"{day} {ex['time']}"),
        (lab["stamped"], f"{day} {stamped}"),
        (lab["place"], ex["place"]),
        (lab["type"], lab["type_value"]),
        (lab["export"], lab["export_value"]),
    ]
    pen.rect(bx, 16, bw, 30, fill=pen.accent)
    pen.text(bx + bw / 2, 31, lab["title"], 13, bold=True, align="center", color=white)
    pen.text(bx + bw / 2, 41, lab["subtitle"], 6.4, align="center", color=white, fit=bw - 8)
    at = 46.0
    for k, (label, value) in enumerate(rows):
        if k % 2:
            pen.rect(bx, at, bw, 17, fill=tint(pen.accent, 0.94))
        pen.text(bx + 5, at + 7, label, 5.9, bold=True, color=GREY)
        strong = k == 0
        pen.text(bx + 5, at + 14.5, value, 8.2 if strong else 7.2, bold=strong, fit=bw - 10)
        at += 17
    pen.rect(bx, 16, bw, at - 16, stroke=pen.accent, width=0.9)
    return max(left, at)


def _mc_parties(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    half = (c.width - 12) / 2
    receiver: list[tuple[str, str] | str] = [doc.customer_name or ""]
    receiver += [*(doc.bill_to_lines or [])]
    receiver += [
        (lab["tax_id"], ex["customer_rfc"]),
        (lab["fiscal_zip"], ex["customer_zip"]),
        (lab["regime"], "601 - General de Ley Personas Morales"),
        (lab["use"], "G03 - Gastos en general"),
    ]
    assert doc.period is not None
    service: list[tuple[str, str] | str] = [(lab["account"], doc.account_number or "")]
    service.append(lab["service_address"] + ":")
    service += list(doc.service_lines or [])
    service.append((lab["period"], f"{fmt.date(doc.period[0])} al {fmt.date(doc.period[1])}"))
    if doc.due_date:
        service.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        service.append(("Condiciones de pago", doc.terms))
    if doc.po_number:
        service.append((lab["po_number"], doc.po_number))
    panels = "; ".join(f"{site} ({count} zonas, {make})" for site, count, make in ex["zones"])
    zones = [f"{lab['panel']}: {panels}"]
    tall = 20 + 10 * max(len(receiver), len(service) + len(zones))
    heads: tuple[tuple[str, list[tuple[str, str] | str], list[str]], ...] = (
        (lab["bill_to"], receiver, []),
        (lab["service_head"], service, zones),
    )
    for k, (head, rows, extra) in enumerate(heads):
        x = c.margin + k * (half + 12)
        pen.rect(x, y, half, tall, stroke=LIGHT, width=0.7)
        pen.rect(x, y, half, 12, fill=tint(pen.accent, 0.88))
        pen.text(x + 5, y + 9, head.upper(), 7, bold=True, color=pen.accent)
        at = y + 23
        for n, row in enumerate(rows):
            if isinstance(row, tuple):
                _mc_pair(pen, x + 5, at, row[0], row[1], half - 10, 7.6)
            else:
                pen.text(x + 5, at, row, 7.8, bold=n == 0 and k == 0, fit=half - 10)
            at += 10
        for text in extra:
            pen.text(x + 5, at, text, 6.8, color=GREY, fit=half - 10)
            at += 10
    return y + tall


def _mc_concepts(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, MC_COLS)
    pen.rect(c.margin, y, c.width, 15, fill=pen.accent)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES, 3)
        pen.text(at, y + 10.5, lab[key], 6.8, bold=True, align=align, color=white, fit=w - 5)
    y += 15
    rate = doc.extras["tax_rate"]
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        cells = {
            "sat_key": line.code or "",
            "quantity": fmt.quantity(line.quantity),
            "sat_unit": line.unit or "",
            "description": line.description,
            "unit_price": fmt.money(line.unit_price),
            "amount": fmt.money(line.amount),
            "tax_object": "02",
        }
        for key, x, w in cols:
            at, align = column_start(key, x, w, FIGURES, 3)
            pen.text(at, y + 10, cells[key], 7.6, align=align, fit=w - 5)
        desc, wide = next((x, w) for key, x, w in cols if key == "description")
        if rate:
            said = (
                f"Traslado IVA 002 · Tasa {rate:.6f} · Base {fmt.money(line.amount)} · "
                f"Importe {fmt.money(cents(line.amount * rate))}"
            )
            pen.text(desc + 3, y + 18, said, 5.9, color=GREY, fit=wide - 6)
        y += MC_ROW
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _mc_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 210.0
    x0 = c.right - w
    at = y
    for k, row in enumerate(doc.totals):
        last = k == len(doc.totals) - 1
        if last:
            pen.rect(x0, at + 3, w, 17, fill=pen.accent)
        color = white if last else BLACK
        pen.text(x0 + 6, at + 14, row_label(c, row), 8.4, bold=last, color=color, fit=130)
        pen.text(c.right - 6, at + 14, row_value(c, row), 9, bold=last, color=color, align="right")
        at += 17 if not last else 21
    width = x0 - c.margin - 16
    words = amount_words_es(doc.total, doc.currency)
    pen.text(c.margin, y + 10, f"{lab['words']}:", 7.4, bold=True)
    base = _para(pen, c.margin, y + 20, words, 7.6, width) + 12
    pairs = [
        (lab["currency"], lab["currency_value"]),
        (lab["form"], ex["paid_form"]),
        (lab["method"], ex["method"]),
    ]
    for label, value in pairs:
        _mc_pair(pen, c.margin, base, label, value, width, 7.4)
        base += 10
    base += 4
    pen.text(c.margin, base, lab["pay_head"], 7.4, bold=True, color=pen.accent)
    said = lab["pay"].format(
        bank=ex["bank"], clabe=ex["clabe"], vendor=doc.vendor_name, ref=ex["reference"]
    )
    base = _para(pen, c.margin, base + 10, said, 7, width) + 10
    base = _para(pen, c.margin, base, lab["suspension"], 6.6, width, color=GREY)
    return max(at, base)


def _mc_stamp(c: Ctx, y: float) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    size = 78.0
    top = max(y, pen.height - MC_STAMP)
    pen.line(c.margin, top - 6, c.right, top - 6, color=pen.accent, width=0.8)
    _qr(pen, c.margin, top, size, _digest(ex["uuid"], "qr174"))
    x = c.margin + size + 12
    width = c.right - x
    chain = f"||1.1|{ex['uuid']}|{c.doc.invoice_date.isoformat()}T{ex['time']}|"
    chain += f"SPR190613I52|{ex['seals'][0][:60]}|{ex['sat_certificate']}||"
    blocks = (
        (lab["seal"], ex["seals"][0]),
        (lab["sat_seal"], ex["seals"][1]),
        (lab["chain"], chain),
    )
    at = top + 6
    for head, text in blocks:
        pen.text(x, at, head, 6.2, bold=True)
        lines = _chunks(text, 136)[:2]
        for n, part in enumerate(lines):
            pen.text(x, at + 7 + 6.5 * n, part, 5.2, fit=width - 12)
        at += 8 + 6.5 * len(lines) + 3
    _mc_pair(pen, x, at + 2, lab["sat_csd"], ex["sat_certificate"], width, 6.2)
    pen.text(pen.width / 2, pen.height - 20, lab["legend"], 7, align="center", color=GREY)
    said = lab["page"].format(n=1, m=1)
    pen.text(c.right, pen.height - 20, said, 7, align="right", color=GREY)


def _chunks(text: str, size: int) -> list[str]:
    return [text[k : k + size] for k in range(0, len(text), size)]


# --- H175: a Mexican cleaning-supplies distributor's factura ------------------------------

LF_MARGIN = 36.0
LF_COLS = (
    ("quantity", 48.0),
    ("unit", 34.0),
    ("item", 58.0),
    ("description", 0.0),
    ("unit_price", 64.0),
    ("discount_rate", 40.0),
    ("amount", 72.0),
)
LF_ROW = 21.0
LF_CLOSE = 276.0  # totals, pagaré and the fiscal stamp on the last sheet
LF_FOOT = 26.0


def render_limpieza_factura(doc: Document) -> tuple[bytes, int]:
    """Letter sheets in a serif face as a Mexican distributor's ERP prints its CFDI: the
    mark, the firm centred with its trade, RFC, regime and address, the folio box with
    the document's number, date and sheet; the customer with its key, RFC and CFDI use
    beside where the goods were delivered; the order's ruled cells (order, the customer's
    order, agent, terms, due date, shipping, delivery note and day); every cell of the
    lines ruled, the product's SAT keys under it, the customer's discount per line; on the
    last sheet the totals beside the amount in words and the payment data, the pagaré for
    the total with its due date and a signature, and the fiscal stamp; the running sum
    carried to the next sheet."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), LF_MARGIN)
    cols = _columns(c.margin, c.width, LF_COLS)
    top = _lf_head(c, cols, 1, 1, measure=True)
    bottom = pen.height - LF_FOOT
    heights = [LF_ROW] * len(doc.lines)
    room = bottom - top - 36  # the sum carried and the continuation note under the rows
    pages = paginate(heights, room, room - 16, LF_CLOSE)
    carried = Decimal(0)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        y = _lf_head(c, cols, number, len(pages))
        if number > 1:
            y = _lf_carried(c, cols, y, carried)
        for k in range(start, end):
            y = _lf_row(c, cols, k, y)
            carried += doc.lines[k].amount
        if number == len(pages):
            _lf_close(c, y + 10)
        else:
            y = _lf_carried(c, cols, y, carried)
            pen.text(c.right, y + 16, c.labels["continued"], 8.4, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(pen.width / 2, pen.height - 12, c.labels["legend"], 7, align="center", color=GREY)
        pen.text(c.right, pen.height - 12, said, 7, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _lf_head(c: Ctx, cols: Columns, number: int, count: int, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    client = [doc.customer_name or "", *(doc.bill_to_lines or [])]
    client += [
        f"{lab['tax_id']}: {ex['customer_rfc']}",
        f"{lab['use']}: G01 - Adquisición de mercancías",
    ]
    ship = list(doc.service_lines or [])
    box_h = 18 + 10.5 * max(len(client), len(ship))
    cells_top = 118 + box_h + 8
    table_top = cells_top + 26 + 8
    if measure:
        return table_top + 17
    draw_logo(pen, doc.logo, c.margin, 22, 46, initials(doc.vendor_name))
    bx, bw = c.right - 170, 170.0
    mid = (c.margin + 56 + bx - 8) / 2
    span = bx - 8 - (c.margin + 56)
    pen.text(mid, 36, doc.vendor_name, 15, bold=True, align="center", color=pen.accent, fit=span)
    pen.text(mid, 47, lab["tagline"], 7.8, italic=True, align="center", fit=span)
    info = []
    if doc.vendor_tax_id:
        info.append(f"{lab['tax_id']}: {doc.vendor_tax_id}   {lab['regime']}: 601")
    info.append(", ".join(doc.vendor_lines))
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']}: {doc.vendor_email}")
    info.append("   ".join(reach))
    for k, text in enumerate(info):
        pen.text(mid, 59 + 10 * k, text, 7.8, align="center", fit=span)
    pen.rect(bx, 22, bw, 20, fill=pen.accent)
    pen.text(bx + bw / 2, 37, lab["title"], 14, bold=True, align="center", color=white)
    rows = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ("Hoja", f"{number} / {count}"),
    ]
    for k, (label, value) in enumerate(rows):
        at = 42 + 17 * k
        pen.rect(bx, at, bw, 17, stroke=pen.accent, width=0.7)
        pen.text(bx + 5, at + 12, label, 8, bold=True)
        pen.text(c.right - 5, at + 12, value, 10 if k == 0 else 9, bold=k == 0, align="right")
    half = (c.width - 10) / 2
    heads = ((lab["bill_to"], client), (lab["service_address"], ship))
    for k, (head, lines) in enumerate(heads):
        x = c.margin + k * (half + 10)
        pen.rect(x, 118, half, box_h, stroke=pen.accent, width=0.7)
        pen.rect(x, 118, half, 12, fill=tint(pen.accent, 0.86))
        pen.text(x + 5, 127, head, 8, bold=True, color=pen.accent)
        if k == 0 and doc.account_number:
            said = f"{lab['customer_number']}: {doc.account_number}"
            pen.text(x + half - 5, 127, said, 8, bold=True, align="right")
        for n, text in enumerate(lines):
            pen.text(x + 5, 140 + 10.5 * n, text, 8.6, bold=n == 0, fit=half - 10)
    cells = [
        (lab["order"], ex["order"]),
        (lab["po_number"], doc.po_number or ""),
        (lab["salesperson"], ex["agent"]),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["shipping"], ex["shipping"]),
        (lab["remision"], ex["remision"]),
        (lab["delivery"], fmt.date(ex["delivery"])),
    ]
    each = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + each * k
        pen.rect(x, cells_top, each, 26, stroke=pen.accent, width=0.6)
        pen.text(x + each / 2, cells_top + 9, label, 6.8, bold=True, align="center", fit=each - 4)
        pen.text(x + each / 2, cells_top + 21, value, 8.2, align="center", fit=each - 6)
    y = table_top
    pen.rect(c.margin, y, c.width, 17, fill=pen.accent)
    for key, x, w in cols:
        pen.text(
            x + w / 2, y + 12, lab[key], 7.8, bold=True, align="center", color=white, fit=w - 4
        )
    return y + 17


def _lf_row(c: Ctx, cols: Columns, k: int, y: float) -> float:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    line = doc.lines[k]
    assert line.quantity is not None and line.unit_price is not None
    rate = doc.extras["rates"][k]
    cells = {
        "quantity": fmt.quantity(line.quantity),
        "unit": line.unit or "",
        "item": line.code or "",
        "description": line.description,
        "unit_price": fmt.rate(line.unit_price),
        "discount_rate": f"{rate * 100:.2f}",
        "amount": fmt.amount(line.amount),
    }
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES, 4)
        if key in ("unit", "item"):
            at, align = x + w / 2, "center"
        pen.text(at, y + 10.5, cells[key], 8.4, align=align, fit=w - 6)
        pen.rect(x, y, w, LF_ROW, stroke=RULE, width=0.4)
    sat, unit = (line.note or "|").split("|")
    desc, wide = next((x, w) for key, x, w in cols if key == "description")
    said = f"Clave SAT {sat} · Unidad SAT {unit} · Obj. imp. 02"
    pen.text(desc + 4, y + 18, said, 6, color=GREY, fit=wide - 8)
    return y + LF_ROW


def _lf_carried(c: Ctx, cols: Columns, y: float, carried: Decimal) -> float:
    pen = c.pen
    x, w = cols[-1][1], cols[-1][2]
    pen.rect(x, y, w, 16, fill=tint(pen.accent, 0.9))
    pen.rect(c.margin, y, c.width, 16, stroke=RULE, width=0.4)
    pen.text(x - 6, y + 11.5, c.labels["carried"], 8.4, bold=True, align="right")
    pen.text(x + w - 4, y + 11.5, c.fmt.amount(carried), 8.4, bold=True, align="right")
    return y + 16


def _lf_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 220.0
    x0 = c.right - w
    rows: list[tuple[str, str, bool]] = []
    for row in doc.totals:
        if row.key == "tax" and doc.total_row("discount"):
            net = _total(doc, "subtotal").amount - _total(doc, "discount").amount
            rows.append((lab["net"], fmt.money(net), False))
        rows.append((row_label(c, row), row_value(c, row), row.key == "total"))
    for k, (label, value, strong) in enumerate(rows):
        at = y + 15 * k
        pen.rect(x0, at, w, 15, stroke=pen.accent, width=0.6, fill=pen.pale if strong else None)
        pen.text(x0 + 5, at + 11, label, 8.4, bold=strong, fit=130)
        pen.text(c.right - 5, at + 11, value, 9, bold=strong, align="right")
    width = x0 - c.margin - 14
    words = amount_words_es(doc.total, doc.currency)
    pen.text(c.margin, y + 10, f"{lab['words']}:", 8, bold=True)
    at = _para(pen, c.margin, y + 21, words, 8.2, width) + 13
    pairs = [
        (lab["currency"], "MXN"),
        (lab["form"], ex["paid_form"]),
        (lab["method"], "PPD - Pago en parcialidades o diferido"),
        (lab["place"], ex["place"]),
    ]
    for label, value in pairs:
        _mc_pair(pen, c.margin, at, label, value, width, 7.8)
        at += 10.5
    top = max(at, y + 15 * len(rows)) + 10
    pen.rect(c.margin, top, c.width, 88, stroke=BLACK, width=0.8)
    pen.text(c.margin + 6, top + 13, lab["pagare_head"], 10, bold=True)
    said = f"No. 1/1   Bueno por {fmt.money(doc.total)}"
    pen.text(c.right - 6, top + 13, said, 9, bold=True, align="right")
    due = fmt.date(doc.due_date) if doc.due_date else fmt.date(doc.invoice_date)
    text = lab["pagare"].format(
        vendor=doc.vendor_name,
        city=ex["city"],
        due=due,
        amount=fmt.money(doc.total),
        words=amount_words_es(doc.total, doc.currency),
        rate=ex["interest"],
    )
    _para(pen, c.margin + 6, top + 26, text, 7.2, c.width - 12)
    pen.line(c.right - 230, top + 74, c.right - 10, top + 74, width=0.6)
    pen.text(c.right - 120, top + 83, lab["sign"], 6.8, align="center", color=GREY)
    pen.text(c.margin + 6, top + 83, lab["received"], 6.8, italic=True, color=GREY)
    _lf_stamp(c, top + 98)


def _lf_stamp(c: Ctx, y: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    size = 62.0
    _qr(pen, c.margin, y, size, _digest(ex["uuid"], "qr175"))
    x = c.margin + size + 10
    width = c.right - x
    stamped = f"{doc.invoice_date.isoformat()}T{ex['time']}"
    _mc_pair(pen, x, y + 7, lab["uuid"], ex["uuid"], width / 2, 7)
    _mc_pair(pen, x + width / 2, y + 7, lab["csd"], ex["certificate"], width / 2, 7)
    _mc_pair(pen, x, y + 17, lab["stamped"], stamped, width / 2, 7)
    at = y + 28
    for head, seal in ((lab["seal"], ex["seals"][0]), (lab["sat_seal"], ex["seals"][1])):
        pen.text(x, at, head, 6.4, bold=True)
        for n, part in enumerate(_chunks(seal, 128)[:2]):
            pen.text(x, at + 7 + 6.5 * n, part, 5, fit=width - 12)
        at += 21
