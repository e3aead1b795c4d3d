"""Whole pages of the layouts added with H141-H145, written blind: a Texas gas utility's
two-page bill that asks for its amount in a sentence and details its charges overleaf, a
contractor's invoice for one apartment's work order submitted through a maintenance
platform on A4, a Puerto Rican contractor's bilingual continuous form typed by its billing
program, a Texas contractor's Spanish invoice made from a spreadsheet template with its
blank rows, and a card payment's receipt e-mailed by a payment service and printed from
the mailbox."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import A4, LETTER

from samples.catalog import months
from samples.document import Document
from samples.formats import format_date
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blind6 import _figures, _heads
from samples.pdf_blocks import Ctx
from samples.pdf_routes import _contact
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]


def _label_value_rows(
    c: Ctx, x: float, y: float, rows: list[tuple[str, str]], step: float, size: float = 8.6
) -> float:
    """Labels at ``x`` in grey, their values flush right at the right margin; returns the
    last baseline."""
    for k, (label, value) in enumerate(rows):
        base = y + step * k
        c.pen.text(x, base, label, size - 0.8, color=GREY)
        c.pen.text(c.right, base, value, size, bold=True, align="right")
    return y + step * (len(rows) - 1)


# --- H141: a Texas gas utility's two-page bill -------------------------------------------

GB_MARGIN = 36.0
GB_COUPON = 198.0  # the coupon's height at the foot of the first page
GB_SPLIT = 316.0  # where the first page's right column starts
GB_COLS = (
    ("description", 0.0),
    ("quantity", 64.0),
    ("unit", 44.0),
    ("unit_price", 72.0),
    ("amount", 84.0),
)
GB_READS = (  # the meter reading table's columns: key, width
    ("meter", 74.0),
    ("read_dates", 0.0),
    ("previous_read", 66.0),
    ("present_read", 66.0),
    ("read_type", 56.0),
    ("ccf", 52.0),
    ("factor", 58.0),
    ("mcf", 56.0),
)


def render_gas_bill(doc: Document) -> tuple[bytes, int]:
    """Two letter pages. The first: the utility and the bill's references, the mailing
    address for the window, the service address, a box asking in one sentence for the
    amount by the due date, the account summary beside thirteen months of usage, messages,
    and a coupon under a perforation with the remittance address and a scan line. The
    second: the service's data, the meter's reads and the charges with their totals, and
    what the charges mean."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), GB_MARGIN)
    y = _gb_top(c, 1)
    y = _gb_addresses(c, y + 18)
    y = _gb_summary_and_usage(c, y + 16)
    _gb_messages(c, y + 16)
    _gb_coupon(c)
    canvas.showPage()
    y = _gb_top(c, 2)
    y = _gb_service(c, y + 16)
    y = _gb_reads(c, y + 18)
    y = _gb_charges(c, y + 20)
    _gb_glossary(c, y + 22)
    _gb_foot(c)
    canvas.save()
    return buffer.getvalue(), 2


def _gb_top(c: Ctx, page: int) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw_logo(pen, doc.logo, c.margin, 28, 34, initials(doc.vendor_name))
    x = c.margin + 44
    pen.text(x, 44, doc.vendor_name, 15, bold=True, color=pen.accent, fit=250)
    pen.text(x, 56, lab["tagline"], 7.4, italic=True, color=GREY, fit=250)
    pen.text(x, 68, "   ".join(_contact(doc)), 7.4, fit=250)
    pen.text(c.right, 40, lab["title"], 12, bold=True, align="right", color=pen.accent)
    rows = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ("", lab["page"].format(n=page, m=2)),
    ]
    _label_value_rows(c, c.right - 196, 56, rows, 12, 8.8)
    pen.line(c.margin, 104, c.right, 104, color=pen.accent, width=1.4)
    return 104.0


def _gb_addresses(c: Ctx, y: float) -> float:
    """The mailing address where an envelope's window shows it, the service address under
    it, and the amount asked for in a sentence on the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    for k, line in enumerate(_customer(doc)):
        pen.text(c.margin + 10, y + 12 * k, line, 9.6, bold=k == 0, fit=250)
    left = y + 12 * len(_customer(doc)) + 14
    pen.text(c.margin + 10, left, lab["service_address"].upper(), 7, bold=True, color=GREY)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(c.margin + 10, left + 11 + 10.4 * k, line, 8.6, fit=250)
    left += 11 + 10.4 * len(doc.service_lines or [])
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    x, w = GB_SPLIT, c.right - GB_SPLIT
    said = lab["please_pay"].format(amount=row_value(c, due), date=fmt.date(doc.due_date))
    late = lab["late"].format(date=fmt.date(doc.due_date))
    sentence = pen.wrap(said, 13, w - 24, bold=True)
    notes = pen.wrap(late, 7.2, w - 24)
    tall = 30 + 16 * len(sentence) + 9 * len(notes) + 6
    pen.rect(x, y - 10, w, tall, fill=pen.pale)
    pen.rect(x, y - 10, w, tall, stroke=pen.accent, width=1.2)
    pen.text(x + 12, y + 6, lab["pay_head"].upper(), 7.2, bold=True, color=pen.accent)
    for k, text in enumerate(sentence):
        pen.text(x + 12, y + 26 + 16 * k, text, 13, bold=True)
    base = y + 26 + 16 * len(sentence)
    for k, text in enumerate(notes):
        pen.text(x + 12, base + 9 * k, text, 7.2, color=GREY)
    return max(left, y - 10 + tall)


def _gb_summary_and_usage(c: Ctx, y: float) -> float:
    left = _gb_summary(c, c.margin, y, GB_SPLIT - c.margin - 18)
    right = _gb_usage(c, GB_SPLIT, y, c.right - GB_SPLIT)
    return max(left, right)


def _gb_band(c: Ctx, x: float, y: float, w: float, heading: str) -> None:
    c.pen.rect(x, y, w, 16, fill=c.pen.accent)
    c.pen.text(x + 8, y + 11.5, heading, 8.6, bold=True, color=white)


def _gb_summary(c: Ctx, x: float, y: float, w: float) -> float:
    """The account summary: the last bill, the payment, what is carried, the new charges
    and the total due."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    _gb_band(c, x, y, w, lab["summary"])
    rows = {row.key: row for row in doc.summary}
    previous, paid = rows["previous_balance"].amount, rows["payments"].amount
    said = lab["payments"].format(date=fmt.cell_date(doc.extras["paid_on"]))
    lines = [
        (row_label(c, rows["previous_balance"]), row_value(c, rows["previous_balance"]), False),
        (said if paid else lab["no_payment"], row_value(c, rows["payments"]), False),
        (lab["balance_forward"], fmt.money(previous - paid), False),
        (row_label(c, rows["current_charges"]), row_value(c, rows["current_charges"]), False),
        (row_label(c, rows["amount_due"]), row_value(c, rows["amount_due"]), True),
    ]
    y += 16
    for k, (label, value, strong) in enumerate(lines):
        base = y + 15 + 15 * k
        if strong:
            pen.rect(x, base - 10.5, w, 15, fill=pen.pale)
            pen.line(x, base - 10.5, x + w, base - 10.5, width=0.9)
        pen.text(x + 8, base, label, 8.4, bold=strong, fit=w - 96)
        pen.text(x + w - 8, base, value, 9, bold=strong, align="right")
    bottom = y + 15 * len(lines) + 8
    pen.rect(x, y - 16, w, bottom - y + 16, stroke=pen.accent, width=0.8)
    return bottom


def _gb_usage(c: Ctx, x: float, y: float, w: float) -> float:
    """Thirteen months of usage as bars, this period's beside the same one last year."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    ex = doc.extras
    assert doc.period is not None
    _gb_band(c, x, y, w, lab["usage"])
    used = doc.lines[1].quantity or Decimal(0)
    values = [*ex["history"], used]
    most = max(values) or Decimal(1)
    top, tall = y + 28, 74.0
    step = (w - 16) / len(values)
    month = doc.period[1].month - 1
    letters = [name[0] for name in months("en")]
    for k, value in enumerate(values):
        h = float(value / most) * tall
        bx = x + 8 + k * step
        color = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.6)
        pen.rect(bx + 2, top + tall - h, step - 4, h, fill=color)
        said = letters[(month - len(values) + 1 + k) % 12]
        pen.text(bx + step / 2, top + tall + 9, said, 6.4, align="center", color=GREY)
    pen.line(x + 8, top + tall, x + w - 8, top + tall, width=0.5)
    start, end = doc.period
    days = (end - start).days
    last = ex["history"][0]
    rows = [
        (lab["days"], str(days), str(days + (1 if days < 31 else -1))),
        (lab["mcf_used"], fmt.quantity(used), fmt.quantity(last)),
        (lab["per_day"], f"{used / days:.2f}", f"{last / days:.2f}"),
        (lab["temperature"], str(ex["temps"][0]), str(ex["temps"][1])),
    ]
    base = top + tall + 26
    pen.text(x + w - 96, base, lab["this_period"], 6.8, bold=True, align="right", color=GREY)
    pen.text(x + w - 8, base, lab["last_year"], 6.8, bold=True, align="right", color=GREY)
    for k, (label, now, before) in enumerate(rows):
        at = base + 12 + 11 * k
        pen.text(x + 8, at, label, 7.6, fit=w - 150)
        pen.text(x + w - 96, at, now, 8, align="right")
        pen.text(x + w - 8, at, before, 8, align="right")
    bottom = base + 12 + 11 * len(rows)
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.8)
    return bottom


def _gb_messages(c: Ctx, y: float) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    pen.text(c.margin, y, lab["messages_head"].upper(), 8, bold=True, color=pen.accent)
    pen.line(c.margin, y + 4, c.right, y + 4, color=pen.accent, width=0.6)
    chosen = lab["messages"].split("|")[ex["message"]]
    end = _para(pen, c.margin, y + 17, chosen, 7.8, c.width)
    end = _para(pen, c.margin, end + 12, lab["safety"], 7.8, c.width, bold=True)
    _gb_ways(c, end + 20)


def _gb_ways(c: Ctx, y: float) -> None:
    """Four ways to pay side by side, each under its heading."""
    pen, lab = c.pen, c.labels
    ways = [way.split(": ", 1) for way in lab["ways"].split("|")]
    w = c.width / len(ways)
    for k, (head, text) in enumerate(ways):
        x = c.margin + k * w
        pen.rect(x + 2, y, w - 4, 54, fill=tint(c.pen.accent, 0.93))
        pen.text(x + 9, y + 13, head.upper(), 7.2, bold=True, color=pen.accent)
        _para(pen, x + 9, y + 25, text, 7, w - 20)


def _gb_coupon(c: Ctx) -> None:
    """The coupon: the account, due date and amount in cells, a blank for the amount
    enclosed, the remittance address for the return envelope's window, the scan line."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - GB_COUPON
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(4, 3))
    said = lab["stub"].format(vendor=doc.vendor_name)
    pen.text(c.margin, top + 12, said, 6.8, italic=True, color=GREY, fit=c.width)
    draw_logo(pen, doc.logo, c.margin, top + 22, 22, initials(doc.vendor_name))
    pen.text(c.margin + 30, top + 37, doc.vendor_name, 10.4, bold=True, color=pen.accent, fit=230)
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (row_label(c, due), row_value(c, due)),
    ]
    w = 92.0
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.rect(x, top + 50, w, 32, stroke=BLACK, width=0.5, fill=pen.pale if k == 2 else None)
        pen.text(x + 4, top + 59, label, 5.8, bold=True, fit=w - 8)
        pen.text(x + w / 2, top + 75, value, 9.2, bold=True, align="center", fit=w - 8)
    x = c.margin + 3 * w - 150
    pen.text(x, top + 100, lab["enclosed"], 7.4, bold=True)
    pen.rect(x + 74, top + 88, 76, 18, stroke=BLACK, width=0.6)
    pen.text(x + 79, top + 101, "$", 9)
    pen.text(c.margin, top + 126, doc.customer_name or "", 8, fit=260)
    for k, line in enumerate((doc.service_lines or [])[-2:]):
        pen.text(c.margin, top + 137 + 9.6 * k, line, 7.4, color=GREY, fit=260)
    x = GB_SPLIT + 24
    pen.text(x, top + 60, lab["remit_to"].upper(), 6.6, bold=True, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]):
        pen.text(x, top + 74 + 12 * k, line, 9.6, bold=k == 0, fit=c.right - x)
    cents = int(due.amount * 100)
    scan = f"{doc.account_number} {doc.invoice_number[-6:]} {cents:010d} {cents % 7}"
    canvas = pen.canvas
    canvas.setFillColor(BLACK)
    canvas.setFont("Courier", 9)
    canvas.drawString(x, pen.height - top - 178, scan)


def _gb_service(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    period = f"{fmt.cell_date(start)}{lab['period_sep']}{fmt.cell_date(end)}"
    rows = [
        (lab["service_address"], ", ".join(doc.service_lines or [])),
        (lab["rate"], ex["rate_name"]),
        (lab["meter"], ex["meter"]),
        (lab["service_period"], f"{period} ({lab['days_word'].format(n=(end - start).days)})"),
    ]
    _gb_band(c, c.margin, y, c.width, lab["service"])
    for k, (label, value) in enumerate(rows):
        base = y + 30 + 13 * k
        pen.text(c.margin + 8, base, f"{label}:", 8, bold=True)
        pen.text(c.margin + 112, base, value, 8.6, fit=c.width - 120)
    bottom = y + 30 + 13 * len(rows) - 4
    pen.rect(c.margin, y, c.width, bottom - y, stroke=pen.accent, width=0.8)
    return bottom


def _gb_reads(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    prior, present, ccf = ex["reads"]
    pen.text(c.margin, y, lab["reads"].upper(), 8.4, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, GB_READS)
    y += 6
    pen.rect(c.margin, y, c.width, 24, fill=tint(pen.accent, 0.85))
    for key, x, w in cols:
        for k, text in enumerate(lab[key].split("|")):
            pen.text(x + w / 2, y + 10 + 8 * k, text, 6.6, bold=True, align="center", fit=w - 4)
    dates = f"{fmt.cell_date(doc.period[0])} - {fmt.cell_date(doc.period[1])}"
    mcf = doc.lines[1].quantity or Decimal(0)
    values = {
        "meter": ex["meter"],
        "read_dates": dates,
        "previous_read": f"{prior:,}",
        "present_read": f"{present:,}",
        "read_type": lab["estimated" if ex["estimated"] else "actual"],
        "ccf": f"{ccf:,}",
        "factor": f"{ex['factor']:.4f}",
        "mcf": fmt.quantity(mcf),
    }
    for key, x, w in cols:
        pen.text(x + w / 2, y + 38, values[key], 8.2, align="center", fit=w - 4)
    pen.rect(c.margin, y, c.width, 46, stroke=pen.accent, width=0.6)
    return y + 46


def _gb_charges(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y, lab["details"].upper(), 8.4, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, GB_COLS)
    y += 6
    pen.rect(c.margin, y, c.width, 15, fill=tint(pen.accent, 0.85))
    _heads(c, cols, y + 10.5, 7.6)
    y += 15
    for line in doc.lines:
        pen.text(cols[0][1] + 4, y + 12, line.description, 8.6, fit=cols[0][2] - 8)
        _figures(c, cols, y + 12, line, 8.6)
        y += 16
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    y += 4
    for k, row in enumerate(doc.totals):
        base = y + 13 + 14 * k
        strong = row.key == "total"
        if strong:
            pen.line(c.right - 250, base - 10.5, c.right, base - 10.5, width=0.9)
        pen.text(c.right - 100, base, row_label(c, row), 8.6, bold=strong, align="right", fit=180)
        pen.text(c.right - 4, base, row_value(c, row), 9, bold=strong, align="right")
    return y + 14 * len(doc.totals) + 4


def _gb_glossary(c: Ctx, y: float) -> None:
    pen, lab = c.pen, c.labels
    pen.text(c.margin, y, lab["glossary_head"].upper(), 8, bold=True, color=pen.accent)
    y += 14
    for entry in lab["glossary"].split("|"):
        head, text = entry.split(": ", 1)
        wide = pen.measure(f"{head}: ", 7.6, bold=True)
        pen.text(c.margin, y, f"{head}:", 7.6, bold=True)
        lines = pen.wrap(text, 7.6, c.width - wide)
        pen.text(c.margin + wide, y, lines[0], 7.6, color=GREY)
        rest = " ".join(lines[1:])
        if rest:
            y = _para(pen, c.margin, y + 9.4, rest, 7.6, c.width, color=GREY)
        y += 12


def _gb_foot(c: Ctx) -> None:
    pen, doc = c.pen, c.doc
    said = f"{doc.vendor_name} · {', '.join(doc.vendor_lines)}"
    pen.line(c.margin, pen.height - 40, c.right, pen.height - 40, color=LIGHT, width=0.5)
    pen.text(c.margin, pen.height - 28, said, 7, color=GREY, fit=c.width)


# --- H142: a work order's invoice submitted through a maintenance platform --------------

WO_MARGIN = 40.0
WO_COLS = (
    ("kind", 66.0),
    ("description", 0.0),
    ("quantity", 42.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)
WO_SIZE, WO_LINE = 8.4, 10.6
WO_HEAD = 18.0
WO_FOOT = 50.0
WO_LATER_TOP = 80.0
WO_PLATFORM = "Fixlane"
WO_KINDS = ("trip", "labor", "material")


def render_work_order_invoice(doc: Document) -> tuple[bytes, int]:
    """A4 pages from the platform: the contractor and the invoice's details, cards for
    whom it bills, where the work was and where to send payment, the work order's panel
    with the problem as reported and the work done, the lines typed as trip, labor or
    material, and the totals by type, then the invoice's; the platform's line at every
    foot."""
    buffer, canvas, pen = _sheet(doc, A4)
    c = Ctx(pen, doc, Fmt.of(doc), WO_MARGIN)
    cols = _columns(c.margin, c.width, WO_COLS)
    heights = [
        WO_LINE * len(pen.wrap(line.description, WO_SIZE, cols[1][2] - 8)) + 10
        for line in doc.lines
    ]
    bottom = pen.height - WO_FOOT
    first = _wo_first(c, measure=True)
    pages = paginate(
        heights, bottom - first - WO_HEAD, bottom - WO_LATER_TOP - WO_HEAD, _wo_closing_height(c)
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _wo_first(c) if number == 1 else _wo_later(c)
        y = _wo_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _wo_closing(c, y + 10)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 7.8, italic=True, align="right")
        _wo_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _wo_pairs(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
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
    return pairs


def _wo_cards(c: Ctx) -> list[tuple[str, list[str]]]:
    doc, lab = c.doc, c.labels
    cards = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    if doc.remit_lines:
        cards.append((lab["remit_to"], [doc.vendor_name, *doc.remit_lines]))
    return cards


def _wo_cells(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    return [
        (lab["reported"], fmt.date(ex["reported"])),
        (lab["completed"], fmt.date(ex["completed"])),
        (lab["technician"], ex["technician"]),
        (lab["resident"], ex["resident"]),
        (lab["unit_cell"], doc.unit or ""),
        (lab["entry"], ex["entry"]),
        (lab["source"], ex["source"]),
        (lab["priority"], ex["priority"]),
    ]


def _wo_first(c: Ctx, *, measure: bool = False) -> float:
    """The first page's head down to the lines' table; where the table starts."""
    pen, doc, lab = c.pen, c.doc, c.labels
    contact = [*doc.vendor_lines, *_contact(doc)]
    pairs = _wo_pairs(c)
    head = max(62 + 10 * len(contact), 96 + 13 * len(pairs)) + 14
    cards = _wo_cards(c)
    card_h = 30 + 11 * max(len(lines) for _, lines in cards)
    panel = head + card_h + 14
    cells_bottom = panel + 22 + 2 * 28
    problem = pen.wrap(f"\u201c{doc.extras['problem']}\u201d", 8.4, c.width - 16)
    work = pen.wrap(_wo_work_text(c), 8.4, c.width - 16)
    notes_bottom = cells_bottom + 14 + 10.6 * len(problem) + 18 + 10.6 * len(work) + 6
    if measure:
        return notes_bottom + 14
    draw_logo(pen, doc.logo, c.margin, 32, 38, initials(doc.vendor_name))
    x = c.margin + 48
    pen.text(x, 46, doc.vendor_name, 13, bold=True, fit=c.width / 2 - 48)
    for k, line in enumerate(contact):
        pen.text(x, 60 + 10 * k, line, 7.6, color=GREY, fit=c.width / 2 - 48)
    pen.text(c.right, 52, lab["title"], 23, bold=True, align="right", color=pen.accent)
    said = lab["status"].upper()
    wide = pen.measure(said, 6.6, bold=True) + 14
    pen.canvas.setFillColor(tint(pen.accent, 0.85))
    pen.canvas.roundRect(c.right - wide, pen.height - 76, wide, 13, 6.5, stroke=0, fill=1)
    pen.text(c.right - wide / 2, 72.5, said, 6.6, bold=True, align="center", color=pen.accent)
    _label_value_rows(c, c.right - 214, 96, pairs, 13, 8.6)
    _wo_draw_cards(c, head, card_h, cards)
    _wo_panel(c, panel)
    y = cells_bottom + 14.0
    pen.text(c.margin, y, lab["problem"].upper(), 6.8, bold=True, color=GREY)
    for k, text in enumerate(problem):
        pen.text(c.margin + 8, y + 12 + 10.6 * k, text, 8.4, italic=True)
    y += 12 + 10.6 * len(problem) + 6
    pen.text(c.margin, y, lab["performed"].upper(), 6.8, bold=True, color=GREY)
    for k, text in enumerate(work):
        pen.text(c.margin + 8, y + 12 + 10.6 * k, text, 8.4)
    return notes_bottom + 14


def _wo_work_text(c: Ctx) -> str:
    done = [line.description.split(" - ")[0] for line in c.doc.lines if line.quantity]
    return c.labels["performed_text"].format(work="; ".join(done[:3]))


def _wo_draw_cards(c: Ctx, y: float, h: float, cards: list[tuple[str, list[str]]]) -> None:
    pen = c.pen
    gap = 10.0
    w = (c.width - gap * (len(cards) - 1)) / len(cards)
    for k, (caption, lines) in enumerate(cards):
        x = c.margin + k * (w + gap)
        pen.canvas.setStrokeColor(LIGHT)
        pen.canvas.setLineWidth(0.8)
        pen.canvas.roundRect(x, pen.height - y - h, w, h, 5, stroke=1, fill=0)
        pen.text(x + 9, y + 14, caption.upper(), 6.6, bold=True, color=GREY)
        for n, line in enumerate(lines):
            pen.text(x + 9, y + 28 + 11 * n, line, 8.4, bold=n == 0, fit=w - 16)


def _wo_panel(c: Ctx, y: float) -> None:
    """The work order's bar and its cells, each caption over its value."""
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    pen.rect(c.margin, y, c.width, 20, fill=pen.pale)
    said = f"{lab['work_order']} {ex['work_order']}"
    pen.text(c.margin + 8, y + 13.5, said, 9.4, bold=True, color=pen.accent)
    category = lab["category"].format(trade=ex["trade"])
    pen.text(c.right - 8, y + 13.5, category, 7.8, align="right", color=GREY)
    cells = _wo_cells(c)
    w = c.width / 4
    for k, (caption, value) in enumerate(cells):
        x = c.margin + (k % 4) * w
        top = y + 22 + 28 * (k // 4)
        pen.text(x + 8, top + 10, caption, 6.6, color=GREY, fit=w - 12)
        pen.text(x + 8, top + 22, value, 8.4, bold=True, fit=w - 12)
    pen.rect(c.margin, y, c.width, 22 + 2 * 28, stroke=LIGHT, width=0.6)


def _wo_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True)
    said = lab["continued_head"].format(number=doc.invoice_number)
    pen.text(c.right, 44, said, 8.4, align="right", color=GREY)
    pen.line(c.margin, 54, c.right, 54, color=LIGHT, width=0.8)
    return WO_LATER_TOP - 14


def _wo_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(c.margin, y, c.width, WO_HEAD, fill=tint(pen.accent, 0.9))
    _heads(c, cols, y + 12, 7.4, color=GREY)
    y += WO_HEAD
    kinds = doc.extras["kinds"]
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 13
        said = lab[kinds[index]]
        wide = pen.measure(said, 6.6, bold=True) + 10
        shade = {"trip": 0.8, "labor": 0.86, "material": 0.7}[kinds[index]]
        pen.canvas.setFillColor(tint(pen.accent, shade))
        pen.canvas.roundRect(cols[0][1] + 4, pen.height - base - 3, wide, 12, 6, stroke=0, fill=1)
        pen.text(cols[0][1] + 4 + wide / 2, base + 0.5, said, 6.6, bold=True, align="center")
        for k, text in enumerate(pen.wrap(line.description, WO_SIZE, cols[1][2] - 8)):
            pen.text(cols[1][1] + 4, base + WO_LINE * k, text, WO_SIZE)
        _figures(c, cols, base, line, WO_SIZE)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _wo_closing_height(c: Ctx) -> float:
    return 26 + 13 * len(set(c.doc.extras["kinds"])) + 17 * len(c.doc.totals) + 40


def _wo_closing(c: Ctx, y: float) -> None:
    """The lines' sums by type, then the invoice's totals; how to ask about it."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    kinds = doc.extras["kinds"]
    x = c.right - 250
    base = y + 12
    for kind in WO_KINDS:
        amounts = [line.amount for line, k in zip(doc.lines, kinds, strict=True) if k == kind]
        if not amounts:
            continue
        said = lab["by_kind"].format(kind=lab[kind])
        pen.text(x + 8, base, said, 7.8, color=GREY)
        pen.text(
            c.right - 4, base, fmt.money(sum(amounts, Decimal(0))), 8, align="right", color=GREY
        )
        base += 13
    pen.line(x, base - 6, c.right, base - 6, color=LIGHT, width=0.8)
    base += 8
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        size = 11 if row.key == "amount_due" else 8.8
        if row.key == "amount_due":
            pen.rect(x, base - 12.5, c.right - x, 18, fill=pen.pale)
        label = row_label(c, row)
        if row.key == "deposit":
            label = lab["deposit"].format(last4=doc.extras["card_last4"])
        pen.text(x + 8, base, label, size, bold=strong, fit=160)
        pen.text(c.right - 4, base, row_value(c, row), size, bold=strong, align="right")
        base += 17
    if doc.vendor_email:
        said = lab["questions"].format(phone=doc.vendor_phone, email=doc.vendor_email)
    else:
        said = lab["questions_phone"].format(phone=doc.vendor_phone)
    _para(pen, c.margin, y + 14, said, 8, x - c.margin - 30, color=GREY)


def _wo_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    said = lab["platform"].format(platform=WO_PLATFORM, ref=ex["platform_ref"])
    pen.line(c.margin, pen.height - 36, c.right, pen.height - 36, color=LIGHT, width=0.5)
    pen.text(c.margin, pen.height - 24, said, 6.8, color=GREY)
    page = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 24, page, 6.8, color=GREY, align="right")


# --- H143: a Puerto Rican contractor's bilingual continuous form -------------------------

BF_MARGIN = 30.0
BF_COLS = (
    ("quantity", 46.0),
    ("item", 66.0),
    ("description", 0.0),
    ("unit", 46.0),
    ("unit_price", 70.0),
    ("amount", 82.0),
)
BF_TYPED = 8.6  # the billing program's Courier
BF_LINE = 10.8
BF_TABLE_TOP = 282.0  # the form's table, the same on every sheet
BF_TABLE_BOTTOM = 596.0
BF_HEAD = 22.0


class _Typed:
    """What the billing program prints into the form: Courier, a little off the form's
    boxes (the sheet never sits exactly in the printer)."""

    def __init__(self, pen: Pen, offset: tuple[float, float]):
        self.pen = pen
        self.dx, self.dy = offset

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = BF_TYPED,
        *,
        align: str = "left",
        bold: bool = False,
    ) -> None:
        canvas = self.pen.canvas
        font = "Courier-Bold" if bold else "Courier"
        canvas.setFillColor(BLACK)
        canvas.setFont(font, size)
        at, base = x + self.dx, self.pen.height - y - self.dy
        if align == "right":
            canvas.drawRightString(at, base, text)
        else:
            canvas.drawString(at, base, text)

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        chars = max(8, int(width / (size * 0.6)))
        words, lines, line = text.split(), [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > chars:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return [*lines, line] if line else lines or [""]


def render_bilingual_form(doc: Document) -> tuple[bytes, int]:
    """Letter sheets of a continuous form printed in the firm's green, captions in Spanish
    and English: the firm's imprint, the title over a grid of date, number, customer and
    sheet, the sold-to and service location boxes, a strip of order, terms, due date,
    technician and day of service, the ruled columns of the lines, the remittance box and
    the totals' boxes; what the billing program typed into it in Courier, the totals on
    the last sheet only."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), BF_MARGIN)
    typed = _Typed(pen, doc.extras["typed_offset"])
    cols = _columns(c.margin, c.width, BF_COLS)
    heights = [
        BF_LINE * len(typed.wrap(line.description, BF_TYPED, cols[2][2] - 12)) + 3
        for line in doc.lines
    ]
    room = BF_TABLE_BOTTOM - BF_TABLE_TOP - BF_HEAD - 16
    pages = paginate(heights, room, room, 0)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _bf_form(c, cols)
        _bf_typed_head(c, typed, number, len(pages))
        y = BF_TABLE_TOP + BF_HEAD + 4
        for index in range(start, end):
            _bf_line(c, typed, cols, y, index)
            y += heights[index]
        if number < len(pages):
            typed(cols[2][1] + 6, y + 12, c.labels["continued"])
        else:
            _bf_typed_totals(c, typed)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _bf_caption(c: Ctx, x: float, y: float, text: str, w: float) -> None:
    c.pen.text(x + 3, y + 7.4, text, 5.8, bold=True, color=c.pen.accent, fit=w - 6)


def _bf_box(c: Ctx, x: float, y: float, w: float, h: float, caption: str) -> None:
    c.pen.rect(x, y, w, h, stroke=c.pen.accent, width=0.7)
    _bf_caption(c, x, y, caption, w)


def _bf_form(c: Ctx, cols: Columns) -> None:
    """What the printer put on every sheet of the form."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 15, bold=True, color=pen.accent, fit=300)
    pen.text(c.margin, 56, lab["tagline"], 7.4, italic=True, color=pen.accent, fit=300)
    lines = [", ".join(doc.vendor_lines)]
    phone = f"{lab['phone']} {doc.vendor_phone}"
    lines.append(f"{phone}   {doc.vendor_email}" if doc.vendor_email else phone)
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    for k, line in enumerate(lines):
        pen.text(c.margin, 68 + 10 * k, line, 7.6, color=pen.accent, fit=300)
    x, w = c.right - 236, 236.0
    pen.text(c.right, 40, lab["title"], 15, bold=True, align="right", color=pen.accent)
    grid = [("invoice_date", "invoice_number"), ("account_number", "page_box")]
    for row, pair in enumerate(grid):
        for col, key in enumerate(pair):
            _bf_box(c, x + col * w / 2, 50 + row * 28, w / 2, 28, lab[key])
    half = (c.width - 10) / 2
    _bf_box(c, c.margin, 116, half, 92, lab["bill_to"])
    _bf_box(c, c.margin + half + 10, 116, half, 92, lab["service_address"])
    strip = ("po_number", "terms", "due_date", "technician", "served")
    w = c.width / len(strip)
    for k, key in enumerate(strip):
        _bf_box(c, c.margin + k * w, 218, w, 28, lab[key])
    pen.text(c.margin, 266, lab["form_note"], 6.4, italic=True, color=pen.accent, fit=c.width)
    top, bottom = BF_TABLE_TOP, BF_TABLE_BOTTOM
    pen.rect(c.margin, top, c.width, BF_HEAD, fill=tint(pen.accent, 0.86))
    pen.rect(c.margin, top, c.width, bottom - top, stroke=pen.accent, width=0.9)
    pen.line(c.margin, top + BF_HEAD, c.right, top + BF_HEAD, color=pen.accent, width=0.7)
    for k, (key, x, w) in enumerate(cols):
        spanish, english = lab[key].split("|")
        pen.text(x + w / 2, top + 9.5, spanish, 6.6, bold=True, align="center", color=pen.accent)
        pen.text(x + w / 2, top + 17.5, english, 5.8, align="center", color=pen.accent)
        if k:
            pen.line(x, top, x, bottom, color=pen.accent, width=0.6)
    _bf_foot_form(c)


def _bf_total_keys(c: Ctx) -> list[tuple[str, str]]:
    lab = c.labels
    rate = Fmt.of(c.doc).percent(Decimal(c.doc.layout["printed_rate"]))
    return [
        ("subtotal", lab["subtotal"].upper()),
        ("tax", lab["tax"].format(rate=rate)),
        ("total", lab["total"].upper()),
        ("deposit", lab["deposit"]),
        ("amount_due", lab["amount_due"]),
    ]


def _bf_foot_form(c: Ctx) -> None:
    pen, lab = c.pen, c.labels
    y = BF_TABLE_BOTTOM + 10
    x, w = c.right - 236, 236.0
    for k, (_, caption) in enumerate(_bf_total_keys(c)):
        top = y + 22 * k
        strong = k in (2, 4)
        if strong:
            pen.rect(x, top, w, 22, fill=tint(pen.accent, 0.88))
        pen.rect(x, top, w, 22, stroke=pen.accent, width=0.7)
        pen.text(x + 5, top + 13.5, caption, 6.2, bold=True, color=pen.accent, fit=116)
        pen.line(x + 122, top, x + 122, top + 22, color=pen.accent, width=0.5)
    lw = w + 10
    _bf_box(c, c.margin, y, c.width - lw, 70, lab["remit_to"])
    pen.text(c.margin, y + 84, lab["taxable_mark"], 6.6, color=pen.accent)
    for k, note in enumerate((lab["claims"], lab["returns"])):
        pen.text(
            c.margin, y + 96 + 9 * k, note, 6.2, italic=True, color=pen.accent, fit=c.width - lw
        )
    base = y + 140
    pen.line(c.margin, base, c.margin + 170, base, color=pen.accent, width=0.5)
    pen.text(c.margin, base + 9, lab["received"], 6.2, bold=True, color=pen.accent)
    pen.line(c.margin + 186, base, c.margin + 270, base, color=pen.accent, width=0.5)
    pen.text(c.margin + 186, base + 9, lab["date_short"], 6.2, bold=True, color=pen.accent)
    pen.text(c.right, pen.height - 22, lab["copy"], 7, bold=True, align="right", color=pen.accent)
    pen.text(c.margin, pen.height - 22, lab["printer"], 5.6, color=pen.accent)


def _bf_typed_head(c: Ctx, typed: _Typed, number: int, count: int) -> None:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    x, w = c.right - 236, 236.0
    values = [
        [fmt.date(doc.invoice_date), doc.invoice_number],
        [doc.account_number or "", lab["page"].format(n=number, m=count)],
    ]
    for row, pair in enumerate(values):
        for col, value in enumerate(pair):
            typed(x + col * w / 2 + 6, 50 + row * 28 + 22, value, 10)
    half = (c.width - 10) / 2
    blocks = [_customer(doc), doc.service_lines or []]
    for k, lines in enumerate(blocks):
        for n, line in enumerate(lines):
            typed(c.margin + k * (half + 10) + 8, 116 + 24 + 11 * n, line, 9)
    strip = [
        doc.po_number or "",
        doc.terms or "",
        fmt.date(doc.due_date) if doc.due_date else "",
        ex["technician"],
        fmt.date(ex["served"]),
    ]
    w = c.width / len(strip)
    for k, value in enumerate(strip):
        typed(c.margin + k * w + 6, 218 + 21, value, 9)
    payee = [doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]
    for n, line in enumerate(payee):
        typed(c.margin + 8, BF_TABLE_BOTTOM + 32 + 11 * n, line, 9)


def _bf_line(c: Ctx, typed: _Typed, cols: Columns, y: float, index: int) -> None:
    doc, fmt = c.doc, c.fmt
    line = doc.lines[index]
    base = y + 9
    quantity = fmt.quantity(line.quantity) if line.quantity is not None else ""
    typed(cols[0][1] + cols[0][2] - 6, base, quantity, align="right")
    typed(cols[1][1] + 5, base, line.code or "")
    for k, text in enumerate(typed.wrap(line.description, BF_TYPED, cols[2][2] - 12)):
        typed(cols[2][1] + 5, base + BF_LINE * k, text)
    typed(cols[3][1] + 5, base, (line.unit or "").upper())
    price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
    typed(cols[4][1] + cols[4][2] - 6, base, price, align="right")
    typed(cols[5][1] + cols[5][2] - 15, base, fmt.amount(line.amount), align="right")
    if doc.extras["taxed"][index] and doc.extras["tax_rate"]:  # marked only when IVU is charged
        typed(cols[5][1] + cols[5][2] - 12, base, "*")


def _bf_typed_totals(c: Ctx, typed: _Typed) -> None:
    doc = c.doc
    rows = {row.key: row for row in doc.totals}
    x, w = c.right - 236, 236.0
    y = BF_TABLE_BOTTOM + 10
    for k, (key, _) in enumerate(_bf_total_keys(c)):
        row = rows.get(key)
        if row is not None:
            strong = key in ("total", "amount_due")
            typed(x + w - 8, y + 22 * k + 15, row_value(c, row), 10, align="right", bold=strong)


# --- H144: a Texas contractor's Spanish invoice from a spreadsheet template -------------

SI_MARGIN = 40.0
SI_ROW = 17.0
SI_SIZE = 10.0
SI_GRAV, SI_AMOUNT = 58.0, 104.0
SI_ROWS = 14  # the template's item rows


def render_sheet_invoice(doc: Document) -> tuple[bytes, int]:
    """One letter page as a spreadsheet template prints it: the firm's name and the title,
    the date, number, customer id and due date in ruled cells with their labels beside
    them, the bill-to and job bars, the ruled item rows (the blank ones too) with the
    taxable mark and the amount in accounting format, the comments box beside the totals'
    cells, the line to call with questions and the sheet's page footer."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SI_MARGIN)
    y = _si_head(c)
    y = _si_parties(c, y + 22)
    y = _si_table(c, y + 20)
    y = _si_totals(c, y)
    _si_foot(c, y + 30)
    canvas.save()
    return buffer.getvalue(), 1


def _si_accounting(c: Ctx, x: float, w: float, y: float, value: str, *, bold: bool = False) -> None:
    """A value in the sheet's accounting format: the dollar sign at the cell's left, the
    figure at its right."""
    c.pen.text(x + 5, y, "$", SI_SIZE, bold=bold)
    c.pen.text(x + w - 5, y, value, SI_SIZE, bold=bold, align="right")


def _si_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, 58, doc.vendor_name, 19, bold=True, color=pen.accent, fit=300)
    pen.text(c.margin, 74, doc.extras["tagline"], 10, italic=True, color=GREY, fit=300)
    lines = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    for k, line in enumerate(lines):
        pen.text(c.margin, 94 + 13 * k, line, 10, fit=290)
    pen.text(c.right, 62, lab["title"], 30, bold=True, align="right", color=tint(pen.accent, 0.35))
    rows = [
        (lab["invoice_date"].upper(), fmt.date(doc.invoice_date)),
        (lab["invoice_number"], doc.invoice_number),
        (lab["account_number"], doc.account_number or ""),
    ]
    if doc.due_date:
        rows.append((lab["due_date"], fmt.date(doc.due_date)))
    w = 104.0
    x = c.right - w
    for k, (label, value) in enumerate(rows):
        top = 82 + SI_ROW * k
        pen.rect(x, top, w, SI_ROW, stroke=GREY, width=0.5)
        pen.text(x - 6, top + 12, label, 9, bold=True, align="right")
        pen.text(x + w / 2, top + 12.5, value, SI_SIZE, align="center", fit=w - 6)
    return max(94 + 13 * len(lines), 82 + SI_ROW * len(rows))


def _si_bar(c: Ctx, x: float, y: float, w: float, text: str) -> None:
    c.pen.rect(x, y, w, 16, fill=c.pen.accent)
    c.pen.text(x + 6, y + 11.5, text, 9.4, bold=True, color=white)


def _si_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    half = (c.width - 24) / 2
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 24)
        _si_bar(c, x, y, half, heading)
        for n, line in enumerate(lines):
            pen.text(x + 4, y + 30 + 13 * n, line, SI_SIZE, fit=half - 6)
    return y + 30 + 13 * max(len(lines) for _, lines in blocks)


def _si_table(c: Ctx, y: float) -> float:
    """The item rows: the template's ruled rows, filled from the top, the rest blank."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    desc_w = c.width - SI_GRAV - SI_AMOUNT
    gx, ax = c.margin + desc_w, c.margin + desc_w + SI_GRAV
    pen.rect(c.margin, y, c.width, 17, fill=pen.accent)
    pen.text(c.margin + 6, y + 12, lab["description"], 9.4, bold=True, color=white)
    pen.text(gx + SI_GRAV / 2, y + 12, lab["taxed"], 9.4, bold=True, color=white, align="center")
    pen.text(ax + SI_AMOUNT / 2, y + 12, lab["amount"], 9.4, bold=True, color=white, align="center")
    y += 17
    wrapped = [pen.wrap(line.description, SI_SIZE, desc_w - 10) for line in doc.lines]
    heights = [SI_ROW + 12 * (len(w) - 1) for w in wrapped]
    heights += [SI_ROW] * int((SI_ROW * SI_ROWS - sum(heights)) // SI_ROW)  # the blank rows
    for k, h in enumerate(heights):
        if k % 2:
            pen.rect(c.margin, y, c.width, h, fill=tint(pen.accent, 0.92))
        for x, w in ((c.margin, desc_w), (gx, SI_GRAV), (ax, SI_AMOUNT)):
            pen.rect(x, y, w, h, stroke=LIGHT, width=0.5)
        if k < len(doc.lines):
            for n, text in enumerate(wrapped[k]):
                pen.text(c.margin + 5, y + 12 + 12 * n, text, SI_SIZE)
            if doc.extras["taxed"][k] and doc.extras["tax_rate"]:
                pen.text(gx + SI_GRAV / 2, y + 12, "X", SI_SIZE, align="center")
            _si_accounting(c, ax, SI_AMOUNT, y + 12, fmt.amount(doc.lines[k].amount))
        y += h
    return y


def _si_totals(c: Ctx, y: float) -> float:
    """The totals' cells under the amount column, their labels beside them; the comments
    box on the left."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    rows = {row.key: row for row in doc.totals}
    rate = doc.extras["tax_rate"]
    ax = c.right - SI_AMOUNT
    tax = row_value(c, rows["tax"]) if "tax" in rows else "-"
    cells = [  # label, value, how the cell shows it: accounting, percent or bold accounting
        (lab["subtotal"], fmt.amount(rows["subtotal"].amount), "money"),
        (
            lab["taxable"],
            fmt.amount(doc.extras["taxable"]) if doc.extras["taxable"] else "-",
            "money",
        ),
        (lab["tax_rate"], f"{rate * 100:.3f}%", "percent"),
        (lab["tax"], tax, "money"),
        (lab["other"], "-", "money"),
        (lab["total"], row_value(c, rows["total"]), "total"),
    ]
    for k, (label, value, shown) in enumerate(cells):
        top = y + 4 + SI_ROW * k
        strong = shown == "total"
        if strong:
            pen.rect(ax, top, SI_AMOUNT, SI_ROW, fill=tint(pen.accent, 0.8))
            pen.line(ax, top + 1.5, c.right, top + 1.5, width=0.6)
        pen.rect(ax, top, SI_AMOUNT, SI_ROW, stroke=LIGHT, width=0.5)
        pen.text(ax - 6, top + 12, label.upper(), 9, bold=strong, align="right")
        if shown == "percent":
            pen.text(c.right - 5, top + 12, value, SI_SIZE, align="right")
        else:
            _si_accounting(c, ax, SI_AMOUNT, top + 12, value, bold=strong)
    bottom = y + 4 + SI_ROW * len(cells)
    box_w = ax - c.margin - 150
    _si_bar(c, c.margin, y + 8, box_w, lab["comments"])
    notes = _si_comments(c)
    base = y + 38
    for k, note in enumerate(notes):
        base = _para(pen, c.margin + 4, base, f"{k + 1}. {note}", 9.4, box_w - 8) + 13
    pen.rect(c.margin, y + 8, box_w, max(bottom, base) - y - 8, stroke=LIGHT, width=0.6)
    return max(bottom, base)


def _si_comments(c: Ctx) -> list[str]:
    doc, lab = c.doc, c.labels
    notes = []
    if doc.terms:
        notes.append(lab["comment_terms"].format(terms=doc.terms))
    notes.append(lab["comment_number"])
    notes.append(lab["comment_checks"].format(vendor=doc.vendor_name))
    if doc.extras["zelle"]:
        notes.append(lab["comment_zelle"].format(phone=doc.vendor_phone))
    return notes


def _si_foot(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    mid = pen.width / 2
    contact = [doc.extras["contact"], doc.vendor_phone]
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    pen.text(mid, y, lab["questions"], 9.6, align="center")
    pen.text(mid, y + 13, ", ".join(contact), 9.6, align="center")
    pen.text(
        mid, y + 34, lab["thanks"], 13, bold=True, italic=True, align="center", color=pen.accent
    )
    pen.text(mid, pen.height - 30, lab["sheet_page"], 9, align="center")


# --- H145: a card payment's receipt e-mailed by the payment service ---------------------

ER_MARGIN = 40.0
ER_CARD = 344.0  # the receipt's width inside the mail
ER_PROCESSOR = "Tendly"


def render_emailed_receipt(doc: Document) -> tuple[bytes, int]:
    """A letter page as a browser prints a mail: its print header and footer, the mail's
    subject, sender, recipient and time, and the receipt inside it: the firm, the receipt's
    number, what was paid, when and how, the summary of the items and totals, the card's
    details and the payment's note, how to reach the firm and why the mail came."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), ER_MARGIN)
    y = _er_mail_head(c)
    _er_receipt(c, y + 22)
    _er_print_marks(c)
    canvas.save()
    return buffer.getvalue(), 1


def _er_subject(c: Ctx) -> str:
    return c.labels["subject"].format(vendor=c.doc.vendor_name, number=c.doc.invoice_number)


def _er_print_marks(c: Ctx) -> None:
    """What the browser adds to the printed page: the time and the mail's title on top,
    its address and the page at the foot."""
    pen, doc, lab = c.pen, c.doc, c.labels
    day, clock = doc.extras["printed_at"]
    stamp = f"{day.month}/{day.day}/{day.year % 100:02d}, {clock}"
    pen.text(24, 20, stamp, 7.2, color=GREY)
    title = lab["mailbox"].format(subject=_er_subject(c))
    pen.text(pen.width / 2, 20, title, 7.2, align="center", color=GREY, fit=360)
    url = f"https://mail.brightwater-residential.com/mail/inbox/{doc.extras['message']}"
    pen.text(24, pen.height - 18, url, 7.2, color=GREY)
    pen.text(pen.width - 24, pen.height - 18, "1/1", 7.2, color=GREY, align="right")


def _er_mail_head(c: Ctx) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, 62, _er_subject(c), 15, fit=c.width)
    pen.canvas.setFillColor(tint(GREY, 0.82))
    pen.canvas.roundRect(c.margin, pen.height - 84, 34, 12, 3, stroke=0, fill=1)
    pen.text(c.margin + 17, 81.5, lab["inbox"], 7, align="center", color=GREY)
    pen.canvas.setFillColor(pen.accent)
    pen.canvas.circle(c.margin + 15, pen.height - 112, 13, stroke=0, fill=1)
    pen.text(
        c.margin + 15, 116, doc.vendor_name[:1].upper(), 12, bold=True, align="center", color=white
    )
    sender = f"{doc.vendor_name} {lab['via'].format(processor=ER_PROCESSOR)}"
    pen.text(c.margin + 36, 108, sender, 9.4, bold=True, fit=300)
    pen.text(c.margin + 36, 120, lab["to"], 8, color=GREY)
    sent = f"{format_date(doc.invoice_date, 'dow_abbr')}, {ex['time']}"
    pen.text(c.right, 108, sent, 8, align="right", color=GREY)
    pen.line(c.margin, 134, c.right, 134, color=LIGHT, width=0.6)
    return 134.0


def _er_receipt(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    x = (pen.width - ER_CARD) / 2
    inner = ER_CARD - 40
    left, right = x + 20, x + ER_CARD - 20
    top = y
    pen.rect(x, y, ER_CARD, 6, fill=pen.accent)
    draw_logo(pen, doc.logo, pen.width / 2 - 20, y + 22, 40, initials(doc.vendor_name))
    y += 84
    heading = lab["heading"].format(vendor=doc.vendor_name)
    pen.text(pen.width / 2, y, heading, 14, bold=True, align="center", fit=inner)
    said = f"{lab['receipt_number']} {doc.invoice_number}"
    pen.text(pen.width / 2, y + 16, said, 8.8, align="center", color=GREY)
    y += 42
    columns = [
        (lab["paid"], fmt.money(doc.total)),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["method"], f"{ex['card']} - {ex['card_last4']}"),
    ]
    w = inner / 3
    for k, (caption, value) in enumerate(columns):
        at = left + k * w
        pen.text(at, y, caption.upper(), 6.6, bold=True, color=GREY, fit=w - 6)
        pen.text(at, y + 14, value, 9.4, fit=w - 6)
    y += 40
    pen.text(left, y, lab["summary"].upper(), 6.6, bold=True, color=GREY)
    rows = _er_item_rows(c, inner - 24)
    tall = sum(h for *_, h in rows) + 18 * len(doc.totals) + 24
    pen.rect(left, y + 8, inner, tall, fill=tint(GREY, 0.92))
    base = y + 26
    for lines, sub, amount, h in rows:
        for n, text in enumerate(lines):
            pen.text(left + 12, base + 11 * n, text, 9)
        pen.text(right - 12, base, amount, 9, align="right")
        pen.text(left + 12, base + 11 * len(lines), sub, 7.8, color=GREY)
        base += h
    pen.line(left + 12, base - 6, right - 12, base - 6, color=LIGHT, width=0.7)
    for row in doc.totals:
        base += 12
        strong = row.key == "total"
        pen.text(left + 12, base, row_label(c, row), 9, bold=strong)
        pen.text(right - 12, base, row_value(c, row), 9, bold=strong, align="right")
        base += 6
    y += 8 + tall + 20
    details = [
        f"{ex['card']} \u2022\u2022\u2022\u2022 {ex['card_last4']} ({ex['entry']})",
        f"{lab['approved']} \u00b7 {lab['auth']} {ex['auth']} \u00b7 {ex['time']}",
        f"{lab['note']}: {ex['note']}",
    ]
    for k, text in enumerate(details):
        pen.text(left, y + 12 * k, text, 8.4, color=GREY if k < 2 else BLACK, fit=inner)
    y += 12 * len(details) + 12
    pen.line(left, y, right, y, color=LIGHT, width=0.6)
    if doc.vendor_email:
        said = lab["questions"].format(email=doc.vendor_email, phone=doc.vendor_phone)
    else:
        said = lab["questions_phone"].format(phone=doc.vendor_phone)
    y = _para(pen, left, y + 16, said, 8.2, inner) + 18
    pen.text(left, y, doc.vendor_name, 8.4, bold=True, fit=inner)
    for k, line in enumerate(doc.vendor_lines):
        pen.text(left, y + 11 + 10 * k, line, 8, color=GREY, fit=inner)
    y += 11 + 10 * len(doc.vendor_lines) + 12
    why = lab["why"].format(vendor=doc.vendor_name, processor=ER_PROCESSOR)
    y = _para(pen, left, y, why, 7, inner, color=GREY) + 16
    c.pen.canvas.setStrokeColor(LIGHT)
    c.pen.canvas.setLineWidth(0.8)
    c.pen.canvas.roundRect(x, pen.height - y, ER_CARD, y - top, 4, stroke=1, fill=0)


def _er_item_rows(c: Ctx, width: float) -> list[tuple[list[str], str, str, float]]:
    """Each item's wrapped name, its count and price under it, its amount, its height."""
    pen, fmt = c.pen, c.fmt
    rows = []
    for line in c.doc.lines:
        lines = pen.wrap(line.description, 9, width - 70)
        quantity = fmt.quantity(line.quantity or Decimal(1))
        sub = f"{quantity} \u00d7 {fmt.money(line.unit_price or line.amount)}"
        rows.append((lines, sub, fmt.money(line.amount), 11.0 * len(lines) + 18))
    return rows
