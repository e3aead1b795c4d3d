"""Whole pages of the layouts added with H151-H155, written blind: an elevator and
fire-alarm firm's quarterly contract invoice from its national billing system, a Mexican
materials store's ticket from a 58 mm thermal roll, a city's water and sewer bill in a
grid of boxes with its tear-off stub, a small roofing contractor's invoice in Spanish
written in a word processor, and a janitorial-supply distributor's invoice of several
sheets."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document, Line
from samples.formats import amount_words_es
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, draw_logo, initials, tint
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]


def _cell(c: Ctx, x: float, y: float, w: float, h: float, label: str, value: str, **style) -> None:
    """A ruled cell: a small label at its top, the value under it."""
    pen = c.pen
    pen.rect(x, y, w, h, stroke=style.pop("stroke", GREY), width=0.6)
    pen.text(x + 4, y + 8, label, 6.2, bold=True, color=GREY, fit=w - 8)
    pen.text(x + 4, y + h - 6, value, style.pop("size", 9), fit=w - 8, **style)


# --- H151: an elevator and fire-alarm firm's quarterly contract invoice -----------------

CN_MARGIN = 36.0
CN_COLS = (
    ("line", 30.0),
    ("description", 0.0),
    ("quantity", 34.0),
    ("unit_price", 66.0),
    ("line_tax", 56.0),
    ("amount", 74.0),
)
CN_SIZE, CN_LINE = 8.2, 10.2
CN_HEAD = 16.0
CN_FOOT = 50.0
CN_GRID_X = 328.0  # where the details' cells start on the right


def render_contract_billing(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a national service company's billing system prints a contract
    invoice: the firm and its main office on the left, the title over a grid of ruled
    cells on the right (number, date, customer, contract, period, order, terms, due date,
    branch), the billing party and the location side by side, a sentence naming the
    period, numbered lines with the months billed, the rate and each line's tax, the
    totals boxed beside a tax summary, and the lockbox to remit to in a box at the end;
    later pages repeat the invoice's references."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CN_MARGIN)
    cols = _columns(c.margin, c.width, CN_COLS)
    heights = [_cn_height(c, cols, k) for k in range(len(doc.lines))]
    bottom = pen.height - CN_FOOT
    first, later = _cn_first(c, measure=True), _cn_later(c, 1, 1, measure=True)
    pages = paginate(
        heights, bottom - first - CN_HEAD, bottom - later - CN_HEAD, _cn_closing_height(c)
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _cn_first(c) if number == 1 else _cn_later(c, number, len(pages))
        y = _cn_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _cn_closing(c, y + 12)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 8, italic=True, align="right")
        _cn_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _cn_firm(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, 30, 34, initials(doc.vendor_name))
    x = c.margin + 42
    pen.text(x, 44, doc.vendor_name, 13.5, bold=True, color=pen.accent, fit=CN_GRID_X - x - 10)
    pen.text(x, 55, lab["tagline"], 7.4, color=GREY)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    for k, line in enumerate(lines):
        pen.text(c.margin, 80 + 9.6 * k, line, 7.8, fit=CN_GRID_X - c.margin - 12)


def _cn_cells(c: Ctx) -> list[list[tuple[str, str]]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    period = fmt.period(*doc.period, lab["period_sep"])
    return [
        [
            (lab["invoice_number"], doc.invoice_number),
            (lab["invoice_date"], fmt.date(doc.invoice_date)),
        ],
        [(lab["account_number"], doc.account_number or ""), (lab["contract"], ex["contract"])],
        [(lab["service_period"], period)],
        [(lab["po_number"], doc.po_number or ""), (lab["terms"], doc.terms or "")],
        [
            (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
            (lab["branch"], ex["branch"]),
        ],
    ]


def _cn_first(c: Ctx, *, measure: bool = False) -> float:
    """The first page's head down to the lines; where their heads start."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    cells = _cn_cells(c)
    grid_top, row_h = 56.0, 24.0
    parties_top = grid_top + row_h * len(cells) + 16
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    parties_h = 24 + 11 * max(len(lines) for _, lines in blocks)
    start, end = (fmt.date(day) for day in doc.period)
    key = "billing_note" if ex["billed_ahead"] else "billing_note_current"
    note = lab[key].format(start=start, end=end, contract=ex["contract"])
    wrapped = pen.wrap(note, 8, c.width)
    table_top = parties_top + parties_h + 14 + 10 * len(wrapped) + 6
    if measure:
        return table_top
    _cn_firm(c)
    pen.text(c.right, 44, lab["title"], 20, bold=True, align="right", color=pen.accent)
    w = c.right - CN_GRID_X
    for r, row in enumerate(cells):
        cw = w / len(row)
        for k, (label, value) in enumerate(row):
            bold = r == 0 and k == 0
            _cell(c, CN_GRID_X + k * cw, grid_top + r * row_h, cw, row_h, label, value, bold=bold)
    half = (c.width - 14) / 2
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 14)
        pen.rect(x, parties_top, half, 14, fill=tint(pen.accent, 0.85))
        pen.text(x + 6, parties_top + 10, heading.upper(), 7.6, bold=True, color=pen.accent)
        pen.rect(x, parties_top, half, parties_h, stroke=GREY, width=0.6)
        for n, line in enumerate(lines):
            pen.text(x + 8, parties_top + 27 + 11 * n, line, 8.8, bold=n == 0, fit=half - 16)
    base = parties_top + parties_h + 14
    for k, text in enumerate(wrapped):
        pen.text(c.margin, base + 10 * k, text, 8, italic=True)
    return table_top


def _cn_later(c: Ctx, number: int, count: int, *, measure: bool = False) -> float:
    """A later page's head: the firm, the title and a row of the invoice's references."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = 92.0
    if measure:
        return top
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = lab["continued_head"].format(number=doc.invoice_number)
    pen.text(c.right, 44, said, 9, bold=True, align="right")
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["contract"], doc.extras["contract"]),
    ]
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        _cell(c, c.margin + k * w, 56, w, 24, label, value)
    return top


def _cn_note(c: Ctx, index: int) -> str:
    """The grey line under a line: its equipment and what its count means."""
    lab, line = c.labels, c.doc.lines[index]
    equipment = c.doc.extras["equipment"][index]
    parts = [lab["equipment"].format(id=equipment)] if equipment else []
    if line.unit == "MO" and line.quantity is not None:
        parts.append(lab["months"].format(count=c.fmt.quantity(line.quantity)))
    return "  ·  ".join(parts)


def _cn_height(c: Ctx, cols: Columns, index: int) -> float:
    wrapped = c.pen.wrap(c.doc.lines[index].description, CN_SIZE, cols[1][2] - 8)
    return CN_LINE * len(wrapped) + (9 if _cn_note(c, index) else 0) + 7


def _cn_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(c.margin, y, c.width, CN_HEAD, fill=pen.accent)
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key not in ("line", "description") else (x + 4, "left")
        pen.text(at, y + 11, lab[key], 7.6, bold=True, align=align, color=white)
    top = y
    y += CN_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        pen.text(cols[0][1] + 4, base, f"{index + 1:03d}", CN_SIZE)
        wrapped = pen.wrap(line.description, CN_SIZE, cols[1][2] - 8)
        for k, text in enumerate(wrapped):
            pen.text(cols[1][1] + 4, base + CN_LINE * k, text, CN_SIZE)
        note = _cn_note(c, index)
        if note:
            pen.text(cols[1][1] + 4, base + CN_LINE * len(wrapped) - 1, note, 6.8, color=GREY)
        taxed = ex["taxed"][index]
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "line_tax": fmt.amount(ex["line_taxes"][index]) if taxed else "0.00",
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols[2:]:
            pen.text(x + w - 4, base, values[key], CN_SIZE, align="right")
        if taxed:
            pen.text(cols[4][1] + 3, base, "T", 6.4, bold=True, color=GREY)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top, c.width, y - top, stroke=GREY, width=0.6)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, y, color=LIGHT, width=0.4)
    return y


def _cn_closing_height(c: Ctx) -> float:
    return 12 + max(4, len(c.doc.totals)) * 17 + 20 + 100


def _cn_closing(c: Ctx, y: float) -> None:
    """The totals boxed on the right beside the tax summary; the remit box and notes."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 250.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        top = y + 17 * k
        strong = row.key == "amount_due"
        if strong:
            pen.rect(x, top, w, 17, fill=tint(pen.accent, 0.82))
        pen.text(x + 6, top + 12, row_label(c, row), 8.4, bold=strong, fit=w - 96)
        pen.text(c.right - 6, top + 12, row_value(c, row), 9, bold=strong, align="right")
        pen.line(x, top + 17, c.right, top + 17, color=LIGHT, width=0.4)
    pen.rect(x, y, w, 17 * len(doc.totals), stroke=GREY, width=0.7)
    taxable = sum(
        (line.amount for line, on in zip(doc.lines, ex["taxed"], strict=True) if on), Decimal(0)
    )
    nontaxable = sum((line.amount for line in doc.lines), Decimal(0)) - taxable
    sw = 210.0
    pen.text(c.margin, y + 10, lab["tax_summary"].upper(), 7.4, bold=True, color=pen.accent)
    rows = [
        (lab["taxable"], fmt.amount(taxable)),
        (lab["nontaxable"], fmt.amount(nontaxable)),
        (lab["tax_rate"], fmt.percent(ex["tax_rate"]) if taxable else "-"),
    ]
    for k, (label, value) in enumerate(rows):
        at = y + 24 + 11 * k
        pen.text(c.margin, at, label, 7.8)
        pen.text(c.margin + sw, at, value, 7.8, align="right")
    pen.text(c.margin, y + 24 + 11 * len(rows) + 2, lab["taxed_mark"], 6.8, color=GREY)
    top = y + max(17 * len(doc.totals), 24 + 11 * len(rows)) + 18
    if doc.remit_lines:
        bw = 230.0
        lines = [doc.vendor_name, *doc.remit_lines]
        h = 22 + 11 * len(lines)
        pen.rect(c.margin, top, bw, h, stroke=BLACK, width=1.1)
        pen.text(c.margin + 8, top + 12, lab["remit_to"].upper(), 7.4, bold=True)
        for k, line in enumerate(lines):
            pen.text(c.margin + 8, top + 25 + 11 * k, line, 9, bold=k == 0, fit=bw - 16)
        nx = c.margin + bw + 16
    else:
        nx = c.margin
    if doc.vendor_email:
        ask = lab["questions_email"].format(phone=doc.vendor_phone, email=doc.vendor_email)
    else:
        ask = lab["questions"].format(phone=doc.vendor_phone)
    end = top + 10.0
    for text in (lab["remit_note"], lab["ach"], ask, lab["late"]):
        end = _para(pen, nx, end, text, 7.4, c.right - nx, color=GREY) + 12


def _cn_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    at = pen.height - 28
    pen.line(c.margin, at - 10, c.right, at - 10, color=LIGHT, width=0.5)
    said = f"{doc.vendor_name}  ·  {lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.margin, at, said, 7, color=GREY)
    pen.text(c.right, at, lab["page"].format(n=number, m=count), 7.4, align="right")


# --- H152: a Mexican materials store's ticket from a 58 mm thermal roll -------------------

RT_WIDTH = 164.0  # 58 mm of paper
RT_MARGIN = 7.0
RT_SIZE = 6.9


def render_roll_ticket(doc: Document) -> tuple[bytes, int]:
    """A 58 mm ticket as tall as its content, in the printer's monospaced face: the store
    centred with its fiscal data, the folio, date and time, till and clerk, the customer
    and the job, each article's description over its code, count, unit and price with
    the amount, the subtotal, IVA and total, the total in words, how it was paid, the
    note on asking for the CFDI, the returns policy and a bar code."""
    sections = [_rt_head, _rt_items, _rt_totals, _rt_tail]
    return strip_slip(doc, RT_WIDTH, RT_MARGIN, 16.0, sections, 5000.0, 16)


def _rt_dashes(c: Ctx, y: float) -> float:
    c.pen.line(c.margin, y, c.right, y, dash=(1.6, 1.4), width=0.6)
    return y


def _rt_centred(c: Ctx, y: float, text: str, size: float = RT_SIZE, **style) -> float:
    pen = c.pen
    for line in pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2
        pen.text(pen.width / 2, y, line, size, align="center", **style)
    return y


def _rt_pair(c: Ctx, y: float, label: str, value: str, size: float = RT_SIZE, **style) -> float:
    """A label on the left and its value on the right of one line."""
    y += size + 2.4
    c.pen.text(c.margin, y, label, size, **style)
    c.pen.text(c.right, y, value, size, align="right", **style)
    return y


def _rt_left(c: Ctx, y: float, text: str, size: float = RT_SIZE, **style) -> float:
    for line in c.pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2.2
        c.pen.text(c.margin, y, line, size, **style)
    return y


def _rt_head(c: Ctx, y: float) -> float:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    y += 11
    c.pen.text(c.pen.width / 2, y, doc.vendor_name, 9, bold=True, align="center", fit=c.width)
    y = _rt_centred(c, y + 1, ex["branch"], RT_SIZE, bold=True)
    for line in doc.vendor_lines:
        y = _rt_centred(c, y, line)
    y = _rt_centred(c, y, f"{lab['tax_id']}: {doc.vendor_tax_id}", RT_SIZE, bold=True)
    y = _rt_centred(c, y, f"{lab['regime']}: {ex['regime'].upper()}", 6.2)
    place = doc.vendor_lines[-1].rsplit(" ", 1)[-1]
    y = _rt_centred(c, y, f"{lab['place']} {place}", 6.2)
    y = _rt_centred(c, y, f"{lab['phone']}: {doc.vendor_phone}")
    if doc.vendor_email:
        y = _rt_centred(c, y, doc.vendor_email, 6.2)
    y = _rt_dashes(c, y + 5)
    y = _rt_centred(c, y + 2, lab["receipt_title"], 8.4, bold=True)
    y = _rt_left(c, y + 2, f"{lab['receipt_number']}: {doc.invoice_number}", RT_SIZE, bold=True)
    y = _rt_left(c, y, f"{lab['invoice_date']}: {fmt.date(doc.invoice_date)} {ex['time']}")
    y = _rt_left(c, y, f"{lab['till']}: {ex['till']:02d}   {lab['clerk']}: {ex['clerk']}")
    if doc.customer_name:
        y = _rt_left(c, y, f"{lab['customer']}: {ex['customer_code']}")
        y += RT_SIZE + 2.2
        c.pen.text(c.margin, y, doc.customer_name, RT_SIZE, fit=c.width)
    else:
        y = _rt_left(c, y, f"{lab['customer']}: {lab['public']}")
    if ex["job"]:
        y = _rt_left(c, y, f"{lab['job']}: {ex['job']}")
    return _rt_dashes(c, y + 5)


def _rt_quantity(line: Line) -> str:
    """A count as the till prints it: whole pieces bare, weights and volumes to three
    decimals ("1.500 M3")."""
    assert line.quantity is not None
    if line.quantity == line.quantity.to_integral_value() and line.unit not in ("M3", "KG"):
        return f"{int(line.quantity)}"
    return f"{line.quantity:.3f}"


def _rt_items(c: Ctx, y: float) -> float:
    """Each article's description on its own lines, then its code, count x price and the
    amount."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    y += RT_SIZE + 2.4
    pen.text(c.margin, y, lab["description"], RT_SIZE, bold=True)
    y += RT_SIZE + 2.2
    pen.text(
        c.margin, y, f"{lab['code']} {lab['quantity']} x {lab['unit_price']}", RT_SIZE, bold=True
    )
    pen.text(c.right, y, lab["amount"], RT_SIZE, bold=True, align="right")
    y = _rt_dashes(c, y + 3.5)
    for line in doc.lines:
        assert line.unit_price is not None
        y = _rt_left(c, y + 1.5, line.description)
        said = f"{line.code} {_rt_quantity(line)} {line.unit} x {fmt.money(line.unit_price)}"
        y = _rt_pair(c, y, f"  {said}", fmt.money(line.amount))
    return _rt_dashes(c, y + 4)


def _rt_totals(c: Ctx, y: float) -> float:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    count = sum(
        (
            (line.quantity if line.unit not in ("M3", "KG", "M") else Decimal(1))
            for line in doc.lines
            if line.quantity is not None
        ),
        Decimal(0),
    )
    y = _rt_left(c, y + 1, f"{lab['articles']}: {fmt.quantity(count)}")
    for row in doc.totals:
        strong = row.key == "total"
        size = 8.4 if strong else RT_SIZE
        y = _rt_pair(
            c, y + (3 if strong else 0.5), row_label(c, row), row_value(c, row), size, bold=strong
        )
    y = _rt_left(c, y + 3, f"{lab['words']} {amount_words_es(doc.total, 'MXN')}", 6.4)
    y = _rt_dashes(c, y + 5)
    paid = ex["paid"]
    y = _rt_left(c, y + 1, f"{lab['pay_form']}: {lab[paid]}", RT_SIZE, bold=True)
    if paid == "cash":
        y = _rt_pair(c, y, lab["handed"], fmt.money(ex["handed"]))
        y = _rt_pair(c, y, lab["change"], fmt.money(ex["handed"] - doc.total))
    else:
        y = _rt_left(c, y, lab["card"].format(last4=ex["card_last4"]))
        y = _rt_left(c, y, f"{lab['auth']}: {ex['auth']}")
    return _rt_dashes(c, y + 5)


def _rt_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    y = _rt_centred(c, y + 1, lab["invoice_note"], 6.2)
    y = _rt_centred(c, y + 1, ex["billing_code"], RT_SIZE, bold=True)
    y = _rt_centred(c, y + 4, lab["returns"], 6.2)
    y = _rt_centred(c, y + 4, lab["thanks"], RT_SIZE, bold=True)
    y += 8
    bars = sum(ord(ch) for ch in doc.invoice_number) * 2654435761
    x = c.margin + 10
    while x < c.right - 10:  # the folio as a bar code
        w = 0.6 + (bars % 3) * 0.5
        pen.rect(x, y, w, 22, fill=BLACK)
        x += w + 0.7 + (bars >> 3) % 3 * 0.5
        bars = bars // 5 + (bars % 7) * 2654435761 % 99991
    y = _rt_centred(c, y + 22, doc.invoice_number, 6.4)
    return _rt_centred(c, y + 2, lab["copy"], 6.2)


# --- H153: a city's water and sewer bill in a grid of boxes ------------------------------

WG_MARGIN = 30.0
WG_STUB = 176.0  # the stub's height at the foot of the page
WG_SPLIT = 0.6  # the charges' share of the width beside the summary
WG_READS = (
    ("service", 62.0),
    ("meter", 66.0),
    ("size", 44.0),
    ("read_from", 66.0),
    ("read_to", 66.0),
    ("prior", 0.0),
    ("present", 80.0),
    ("used", 72.0),
)
WG_CHARGES = (
    ("description", 0.0),
    ("quantity", 42.0),
    ("unit", 30.0),
    ("unit_price", 44.0),
    ("amount", 56.0),
)


def render_water_grid(doc: Document) -> tuple[bytes, int]:
    """A letter page as a city's billing system prints a water and sewer bill: the seal
    and department over a grid of boxed references (account, bill, mail date, customer,
    service address, period, due date, balance), the meters' reads, the charges beside
    the account's summary and a year of use, the utility's news, and a stub under a
    perforation with the customer's mailing address for the envelope's window, the
    balance, the remittance address and a scan line."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), WG_MARGIN)
    _wg_head(c)
    y = _wg_grid(c, 76)
    y = _wg_reads(c, y + 12)
    left_w = c.width * WG_SPLIT - 8
    left = _wg_charges(c, c.margin, y + 12, left_w)
    right = _wg_summary(c, c.margin + left_w + 16, y + 12, c.width - left_w - 16)
    _wg_news(c, max(left, right) + 12)
    _wg_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _wg_seal(c: Ctx, x: float, y: float, size: float) -> None:
    """The city's seal: two rings, the department's initials inside."""
    pen = c.pen
    canvas = pen.canvas
    cx, cy = x + size / 2, pen.height - y - size / 2
    canvas.saveState()
    canvas.setStrokeColor(pen.accent)
    canvas.setLineWidth(1.6)
    canvas.circle(cx, cy, size / 2, stroke=1, fill=0)
    canvas.setLineWidth(0.6)
    canvas.circle(cx, cy, size / 2 - 4, stroke=1, fill=0)
    canvas.restoreState()
    said = initials(c.doc.vendor_name)
    pen.text(cx, y + size / 2 + 4, said, size * 0.3, bold=True, align="center", color=pen.accent)


def _wg_head(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    _wg_seal(c, c.margin, 20, 44)
    x = c.margin + 54
    pen.text(x, 36, doc.vendor_name, 14, bold=True, color=pen.accent, fit=330)
    pen.text(x, 47, lab["tagline"], 8, color=GREY)
    pen.text(x, 57, " · ".join(doc.vendor_lines), 7.4, fit=330)
    contact = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        contact += f"  ·  {doc.vendor_email}"
    pen.text(x, 66, contact, 7.4, fit=330)
    pen.text(c.right, 36, lab["title"], 13, bold=True, align="right", color=pen.accent)
    said = lab["emergency"].format(phone=doc.vendor_phone)
    pen.text(c.right, 47, said, 6.6, align="right", color=GREY, fit=190)


def _wg_grid(c: Ctx, y: float) -> float:
    """Three columns of boxed references; the balance due in a shaded box."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None and doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    w = c.width / 3
    h = 26.0
    service = ", ".join(doc.service_lines or [])
    rows = [
        [
            (lab["account_number"], doc.account_number or "", 1, True),
            (lab["invoice_number"], doc.invoice_number, 1, False),
            (lab["invoice_date"], fmt.date(doc.invoice_date), 1, False),
        ],
        [
            (lab["customer"], doc.customer_name or "", 2, False),
            (lab["cycle"], f"{ex['cycle']:02d} / {ex['route']}", 1, False),
        ],
        [
            (lab["service_address"], service, 2, False),
            (lab["service_period"], fmt.period(*doc.period, lab["period_sep"]), 1, False),
        ],
    ]
    for r, row in enumerate(rows):
        x = c.margin
        for label, value, span, bold in row:
            _cell(c, x, y + h * r, w * span, h, label, value, bold=bold, stroke=pen.accent)
            x += w * span
    top = y + h * len(rows)
    pen.rect(c.margin, top, w, h + 6, stroke=pen.accent, width=0.6)
    pen.text(c.margin + 4, top + 9, lab["due_date"], 6.2, bold=True, color=GREY)
    pen.text(c.margin + 4, top + h, fmt.date(doc.due_date), 11, bold=True)
    pen.rect(c.margin + w, top, w * 2, h + 6, fill=tint(pen.accent, 0.82))
    pen.rect(c.margin + w, top, w * 2, h + 6, stroke=pen.accent, width=1.2)
    pen.text(
        c.margin + w + 6, top + 13, lab["amount_due"].upper(), 8.4, bold=True, color=pen.accent
    )
    pen.text(c.right - 8, top + h - 1, row_value(c, due), 15, bold=True, align="right")
    return top + h + 6


def _wg_band(c: Ctx, x: float, y: float, w: float, text: str) -> None:
    c.pen.rect(x, y, w, 14, fill=c.pen.accent)
    c.pen.text(x + 5, y + 10, text.upper(), 7.6, bold=True, color=white)


def _wg_reads(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    _wg_band(c, c.margin, y, c.width, lab["reads"])
    cols = _columns(c.margin, c.width, WG_READS)
    for key, x, w in cols:
        pen.text(x + w / 2, y + 24, lab[key], 6.6, bold=True, align="center", color=GREY)
    base = y + 24
    start, end = doc.period
    for (service, size, serial, used), (prior, present) in zip(
        ex["meters"], ex["reads"], strict=True
    ):
        base += 12
        values = {
            "service": service,
            "meter": str(serial),
            "size": size,
            "read_from": fmt.cell_date(start),
            "read_to": fmt.cell_date(end),
            "prior": f"{prior:,}",
            "present": f"{present:,}",
            "used": f"{used:,}",
        }
        for key, x, w in cols:
            pen.text(x + w / 2, base, values[key], 8, align="center", bold=key == "used")
    notes = [lab["read_note"]]
    if ex["cap"]:
        notes.append(lab["cap_note"].format(cap=ex["cap"]))
    for text in notes:
        base += 10.5
        pen.text(c.margin + 5, base, text, 6.8, italic=True, color=GREY)
    bottom = base + 6
    pen.rect(c.margin, y, c.width, bottom - y, stroke=pen.accent, width=0.6)
    return bottom


def _wg_charges(c: Ctx, x: float, y: float, w: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    _wg_band(c, x, y, w, lab["charges"])
    cols = _columns(x + 2, w - 4, WG_CHARGES)
    for key, cx, cw in cols:
        at, align = (cx + cw - 3, "right") if key != "description" else (cx + 3, "left")
        pen.text(at, y + 24, lab[key], 6.8, bold=True, align=align, color=GREY)
    base = y + 26
    for line in doc.lines:
        wrapped = pen.wrap(line.description, 7.8, cols[0][2] - 6)
        base += 11
        for k, text in enumerate(wrapped):
            pen.text(cols[0][1] + 3, base + 9.5 * k, text, 7.8)
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit": line.unit or "" if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, cx, cw in cols[1:]:
            align = "left" if key == "unit" else "right"
            at = cx + 3 if align == "left" else cx + cw - 3
            pen.text(at, base, values[key], 7.8, align=align)
        base += 9.5 * (len(wrapped) - 1)
    pen.line(x + 4, base + 5, x + w - 4, base + 5, color=LIGHT, width=0.6)
    base += 6
    for row in doc.totals:
        strong = row.key == "total"
        base += 12.5
        pen.text(x + w - 72, base, row_label(c, row), 8, bold=strong, align="right", fit=w - 90)
        pen.text(x + w - 5, base, row_value(c, row), 8.4, bold=strong, align="right")
    bottom = base + 7
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.6)
    return bottom


def _wg_summary(c: Ctx, x: float, y: float, w: float) -> float:
    """The account's summary, the amount after the due date, a year of use as bars."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None and doc.due_date is not None
    _wg_band(c, x, y, w, lab["summary"])
    rows = {row.key: row for row in doc.summary}
    previous, paid = rows["previous_balance"], rows["payments"]
    payment = (
        lab["payments"].format(date=fmt.cell_date(ex["paid_on"]))
        if paid.amount
        else lab["no_payment"]
    )
    due = rows["amount_due"]
    lines = [
        (row_label(c, previous), row_value(c, previous), False),
        (payment, row_value(c, paid), False),
        (lab["balance_forward"], fmt.money(previous.amount - paid.amount), False),
        (row_label(c, rows["current_charges"]), row_value(c, rows["current_charges"]), False),
        (row_label(c, due), row_value(c, due), True),
    ]
    base = y + 14
    for label, value, strong in lines:
        base += 12.5
        if strong:
            pen.line(x + 5, base - 9.5, x + w - 5, base - 9.5, width=0.8)
        pen.text(x + 5, base, label, 7.8, bold=strong, fit=w - 74)
        pen.text(x + w - 5, base, value, 8.2, bold=strong, align="right")
    late = due.amount + max(
        Decimal("5.00"), (due.amount * ex["late_share"]).quantize(Decimal("0.01"))
    )
    base += 14
    said = lab["late"].format(date=fmt.date(doc.due_date))
    pen.text(x + 5, base, said, 7.2, italic=True, color=GREY, fit=w - 74)
    pen.text(x + w - 5, base, fmt.money(late), 7.6, italic=True, align="right", color=GREY)
    base += 8
    pen.line(x, base, x + w, base, color=pen.accent, width=0.6)
    pen.text(x + 5, base + 11, lab["history"], 7, bold=True, color=pen.accent)
    values = [*ex["history"], ex["meters"][0][3]]
    most = max(values) or 1
    top, tall = base + 16, 38.0
    step = (w - 12) / len(values)
    letters = "JFMAMJJASOND"
    month = doc.period[1].month - 1
    for k, value in enumerate(values):
        h = value / most * tall
        bx = x + 6 + k * step
        color = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.6)
        pen.rect(bx + 1.2, top + tall - h, step - 2.4, h, fill=color)
        said = letters[(month - len(values) + 1 + k) % 12]
        pen.text(bx + step / 2, top + tall + 7, said, 5.6, align="center", color=GREY)
    start, end = doc.period
    days = (end - start).days
    base = top + tall + 18
    pen.text(x + 5, base, lab["days"], 7, color=GREY)
    pen.text(x + w - 5, base, str(days), 7.4, align="right")
    pen.text(x + 5, base + 9.5, lab["avg"], 7, color=GREY)
    daily = round(ex["meters"][0][3] * 1000 / days)
    pen.text(x + w - 5, base + 9.5, f"{daily:,}", 7.4, align="right")
    bottom = base + 15
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.6)
    return bottom


def _wg_news(c: Ctx, y: float) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    limit = pen.height - WG_STUB - 8
    pen.text(c.margin, y + 8, lab["messages_head"].upper(), 7.6, bold=True, color=pen.accent)
    news = lab["messages"].split("|")
    chosen = [news[ex["message"]], news[(ex["message"] + 1) % len(news)]]
    base = y + 19
    for text in (*chosen, lab["ways"], lab["disconnect"]):
        lines = pen.wrap(text, 7.2, c.width)
        if base + 8.7 * len(lines) > limit:
            break
        base = _para(pen, c.margin, base, text, 7.2, c.width) + 10


def _wg_stub(c: Ctx) -> None:
    """The stub: the account, due date and balance in cells, the amount enclosed, the
    customer's mailing address in the window, the remittance address and a scan line."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    top = pen.height - WG_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(4, 3))
    said = lab["stub"].format(vendor=doc.vendor_name)
    pen.text(pen.width / 2, top + 11, said, 6.8, italic=True, align="center", color=GREY)
    _wg_seal(c, c.margin, top + 20, 26)
    pen.text(c.margin + 32, top + 31, doc.vendor_name, 9.6, bold=True, color=pen.accent, fit=230)
    pen.text(c.margin + 32, top + 41, lab["autopay"], 6.4, color=GREY, fit=230)
    due = doc.total_row("amount_due")
    assert due is not None
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], row_value(c, due)),
    ]
    x0 = c.margin + c.width * 0.45
    w = (c.right - x0) / 3
    for k, (label, value) in enumerate(cells):
        _cell(c, x0 + k * w, top + 20, w, 28, label, value, bold=True, stroke=BLACK)
    pen.text(x0, top + 68, lab["enclosed"], 7.8, bold=True)
    pen.rect(x0 + 80, top + 56, 100, 18, stroke=BLACK, width=0.7)
    pen.text(x0 + 84, top + 69, "$", 9)
    for k, line in enumerate(_customer(doc)):  # where the envelope's window shows it
        pen.text(c.margin + 36, top + 82 + 11.5 * k, line, 9, fit=250)
    x = x0
    pen.text(x, top + 90, lab["remit_to"].upper(), 6.6, bold=True, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]):
        pen.text(x, top + 102 + 11 * k, line, 9, bold=k == 0, fit=c.right - x)
    amount = int(due.amount * 100)
    account = (doc.account_number or "").replace("-", "")
    scan = f"{account} {doc.invoice_number} {amount:010d} {(amount * 7 + len(account)) % 10}"
    pen.canvas.setFillColor(BLACK)
    pen.canvas.setFont("Courier", 9.5)
    pen.canvas.drawString(c.margin + 36, 18, scan)


# --- H154: a small roofing contractor's invoice written in a word processor -------------

RP_MARGIN = 64.0
RP_AMOUNT_W = 104.0
RP_SIZE, RP_LINE = 9.0, 11.4
RP_HEAD = 18.0
RP_FOOT = 54.0
STATES = {"PR": "Puerto Rico", "TX": "Texas", "FL": "Florida"}


def render_roof_progress(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a small contractor types an invoice in a word processor: the
    letterhead centred over a double rule, the place and the date in words on the left
    and the title with the number on the right, the client and the project side by
    side, a sentence on the contract, a bordered two-column table of the work done with
    the totals, the deposit and the balance in its last rows, then how to pay, the
    warranty and a signature; the table's head repeated on a second page."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), RP_MARGIN)
    desc_w = c.width - RP_AMOUNT_W
    heights = [
        RP_LINE * len(pen.wrap(line.description, RP_SIZE, desc_w - 12)) + 8 for line in doc.lines
    ]
    bottom = pen.height - RP_FOOT
    first = _rp_first(c, measure=True)
    pages = paginate(
        heights, bottom - first - RP_HEAD, bottom - RP_MARGIN - RP_HEAD, _rp_closing_height(c)
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _rp_first(c) if number == 1 else RP_MARGIN
        y = _rp_rows(c, top, start, end, heights, last=number == len(pages))
        if number == len(pages):
            _rp_closing(c, y + 18)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 8.4, italic=True, align="right")
        if len(pages) > 1:
            said = c.labels["page"].format(n=number, m=len(pages))
            pen.text(pen.width / 2, pen.height - 34, said, 8, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _rp_place(c: Ctx) -> str:
    city, state = c.doc.vendor_lines[-1].rsplit(", ", 1)
    return f"{city}, {STATES.get(state.split()[0], state.split()[0])}"


def _rp_first(c: Ctx, *, measure: bool = False) -> float:
    """The letterhead, the date, the title and number, the parties and the contract."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    mid = pen.width / 2
    contact = [f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(f"{lab['email']}: {doc.vendor_email}")
    head = [" · ".join(doc.vendor_lines), "   ".join(contact)]
    if doc.vendor_tax_id:
        head.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    rule = 70 + 11 * len(head)
    parties_top = rule + 62
    client = _customer(doc)
    project = doc.service_lines or []
    text = lab["contract"].format(date=fmt.date(ex["signed"]), amount=fmt.money(ex["contract"]))
    wrapped = pen.wrap(text, 9, c.width)
    base = parties_top + 14 + 12 * max(len(client), len(project)) + 10
    table = base + 12 * len(wrapped) + (14 if len(ex["roofs"]) == 1 else 0) + 8
    if measure:
        return table
    pen.text(mid, 52, doc.vendor_name, 17, bold=True, align="center", color=pen.accent)
    pen.text(mid, 64, lab["tagline"], 8.4, italic=True, align="center", color=GREY)
    for k, line in enumerate(head):
        pen.text(mid, 76 + 11 * k, line, 8.2, align="center", fit=c.width)
    pen.line(c.margin, rule - 2, c.right, rule - 2, color=pen.accent, width=1.6)
    pen.line(c.margin, rule + 1, c.right, rule + 1, color=pen.accent, width=0.5)
    said = lab["place_date"].format(place=_rp_place(c), date=fmt.date(doc.invoice_date))
    pen.text(c.margin, rule + 24, said, 9.6)
    pen.text(c.right, rule + 26, lab["title"], 20, bold=True, align="right")
    pen.text(
        c.right,
        rule + 42,
        f"{lab['invoice_number']}: {doc.invoice_number}",
        10,
        bold=True,
        align="right",
    )
    half = c.width / 2
    for x, heading, lines in (
        (c.margin, lab["bill_to"], client),
        (c.margin + half, lab["service_address"], project),
    ):
        pen.text(x, parties_top, heading, 9.4, bold=True)
        for k, line in enumerate(lines):
            pen.text(x, parties_top + 14 + 12 * k, line, 9.4, bold=k == 0, fit=half - 12)
    for k, line in enumerate(wrapped):
        pen.text(c.margin, base + 12 * k, line, 9)
    if len(ex["roofs"]) == 1:
        area = f"{ex['areas'][0]:,}"
        pen.text(
            c.margin,
            base + 12 * len(wrapped) + 4,
            lab["roof"].format(name=ex["roofs"][0], area=area),
            9,
            italic=True,
        )
    return table


def _rp_total_rows(c: Ctx) -> list[tuple[str, str, bool]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    rows = []
    for row in doc.totals:
        label = row_label(c, row)
        if row.key == "deposit":
            label = lab["deposit"].format(date=fmt.date(ex["signed"]), check=ex["check"])
        rows.append((label, row_value(c, row), row.key in ("total", "amount_due")))
    return rows


def _rp_rows(c: Ctx, y: float, start: int, end: int, heights: list[float], *, last: bool) -> float:
    """The bordered table: its head, the lines and, on the last page, the totals' rows."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    split = c.right - RP_AMOUNT_W
    top = y
    pen.rect(c.margin, y, c.width, RP_HEAD, fill=HexColor("#d9d9d9"))
    pen.text(c.margin + 6, y + 12.5, lab["description"], 8.6, bold=True)
    pen.text(split + RP_AMOUNT_W / 2, y + 12.5, lab["amount"], 8.6, bold=True, align="center")
    y += RP_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        pen.line(c.margin, y, c.right, y, width=0.5)
        for k, text in enumerate(pen.wrap(line.description, RP_SIZE, split - c.margin - 12)):
            pen.text(c.margin + 6, y + 12 + RP_LINE * k, text, RP_SIZE)
        pen.text(c.right - 6, y + 12, fmt.money(line.amount), RP_SIZE, align="right")
        y += heights[index]
    if last:
        for label, value, strong in _rp_total_rows(c):
            pen.line(c.margin, y, c.right, y, width=0.5 if not strong else 0.9)
            if strong and value == row_value(c, doc.totals[-1]):
                pen.rect(split, y, RP_AMOUNT_W, 17, fill=HexColor("#ececec"))
            pen.text(
                split - 6, y + 12, label, 8.8, bold=strong, align="right", fit=split - c.margin - 12
            )
            pen.text(c.right - 6, y + 12, value, 9, bold=strong, align="right")
            y += 17
    pen.rect(c.margin, top, c.width, y - top, stroke=BLACK, width=0.6)
    pen.line(split, top, split, y, width=0.5)
    return y


def _rp_closing_height(c: Ctx) -> float:
    return 17 * len(c.doc.totals) + 18 + 180


def _rp_closing(c: Ctx, y: float) -> None:
    """How and when to pay, the warranty, the thanks and the signature."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    sentences = []
    if doc.due_date:
        sentences.append(f"{lab['due_date']} {fmt.date(doc.due_date)}.")
    if doc.terms:
        sentences.append(f"{lab['terms']}: {doc.terms}.")
    sentences.append(lab["payable"].format(vendor=doc.vendor_name))
    sentences.append(lab["warranty"].format(years=ex["warranty"]))
    base = y
    for text in sentences:
        base = _para(pen, c.margin, base, text, 9, c.width) + 14
    pen.text(c.margin, base + 2, lab["thanks"], 9, italic=True)
    pen.text(c.margin, base + 26, lab["closing"], 9)
    pen.line(c.margin, base + 58, c.margin + 190, base + 58, width=0.5)
    pen.text(c.margin, base + 70, ex["signer"], 9, bold=True)
    pen.text(c.margin, base + 81, f"{lab['signer_title']}, {doc.vendor_name}", 8.4, color=GREY)


# --- H155: a janitorial-supply distributor's invoice of several sheets -------------------

DI_MARGIN = 28.0
DI_COLS = (
    ("item", 66.0),
    ("description", 0.0),
    ("unit", 30.0),
    ("ordered", 42.0),
    ("quantity", 42.0),
    ("unit_price", 58.0),
    ("amount", 66.0),
)
DI_ROW = 23.0  # an item's two lines: its description, then its pack and the maker's number
DI_HEAD = 16.0
DI_FOOT = 64.0
DI_BOX_X = 366.0  # the invoice box's left edge


def render_distributor_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter sheets as a distributor's order system prints an invoice: on every sheet
    the firm, a box with the title, number, date, customer and sheet, the billing and
    shipping parties, a row of order cells (order, PO, carrier, terms, due date,
    salesperson, who ordered), and the item lines on a green-bar ground; every sheet but
    the last says it continues, the last ends with the merchandise, freight, fuel
    surcharge, subtotal, tax and total beside the terms' discount, the claims policy and
    a signature for the goods received; the remit-to at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), DI_MARGIN)
    cols = _columns(c.margin, c.width, DI_COLS)
    items = len(doc.lines) - doc.extras["charges"]
    heights = [DI_ROW] * items
    bottom = pen.height - DI_FOOT
    top = _di_head(c, 1, 1, measure=True)
    room = bottom - top - DI_HEAD - 28  # a sheet keeps room for its "continued" line
    pages = paginate(heights, room, room, _di_closing_height(c) - 28)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _di_head(c, number, len(pages))
        y = _di_rows(c, cols, top, start, end)
        if number == len(pages):
            _di_closing(c, y + 10)
        else:
            _di_continued(c, y + 10)
        _di_foot(c)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _di_head(c: Ctx, number: int, count: int, *, measure: bool = False) -> float:
    """The sheet's head, the same on every sheet; where the lines start."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    parties_top = 104.0
    bill = _customer(doc)
    ship = doc.service_lines or []
    parties_h = 18 + 10.5 * max(len(bill), len(ship))
    cells_top = parties_top + parties_h + 8
    table_top = cells_top + 26 + 8
    if measure:
        return table_top
    draw_logo(pen, doc.logo, c.margin, 24, 36, initials(doc.vendor_name))
    x = c.margin + 44
    pen.text(x, 38, doc.vendor_name, 12.5, bold=True, fit=DI_BOX_X - x - 10)
    pen.text(x, 48, lab["tagline"], 7, color=pen.accent, fit=DI_BOX_X - x - 10)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    for k, line in enumerate(lines):
        pen.text(x, 60 + 9 * k, line, 7.6, fit=DI_BOX_X - x - 10)
    w = c.right - DI_BOX_X
    pen.rect(DI_BOX_X, 22, w, 18, fill=pen.accent)
    pen.text(DI_BOX_X + w / 2, 35, lab["title"], 12, bold=True, align="center", color=white)
    half = w / 2
    cells = [
        (lab["invoice_number"], doc.invoice_number, True),
        (lab["invoice_date"], fmt.date(doc.invoice_date), False),
        (lab["account_number"], doc.account_number or "", False),
        (lab["page"], lab["page_of"].format(n=number, m=count), False),
    ]
    for k, (label, value, bold) in enumerate(cells):
        row, col = divmod(k, 2)
        _cell(
            c, DI_BOX_X + col * half, 40 + 26 * row, half, 26, label, value, bold=bold, stroke=BLACK
        )
    half = (c.width - 12) / 2
    for k, (heading, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], ship))):
        bx = c.margin + k * (half + 12)
        pen.rect(bx, parties_top, half, parties_h, stroke=BLACK, width=0.6)
        pen.rect(bx, parties_top, 16, parties_h, fill=tint(pen.accent, 0.8))
        canvas = pen.canvas
        canvas.saveState()
        canvas.setFillColor(pen.accent)
        canvas.setFont(pen.font(bold=True), 6.4)
        canvas.translate(bx + 10.5, pen.height - parties_top - parties_h / 2)
        canvas.rotate(90)
        canvas.drawCentredString(0, 0, heading.upper())
        canvas.restoreState()
        for n, line in enumerate(lines):
            pen.text(bx + 24, parties_top + 14 + 10.5 * n, line, 8.6, fit=half - 30)
    fields = [
        (lab["po_number"], doc.po_number or ""),
        (lab["order_number"], ex["order_number"]),
        (lab["order_date"], fmt.date(ex["order_date"])),
        (lab["ship_via"], ex["ship_via"]),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["rep"], ex["rep"]),
        (lab["ordered_by"], ex["ordered_by"]),
    ]
    cw = c.width / len(fields)
    for k, (label, value) in enumerate(fields):
        _cell(c, c.margin + k * cw, cells_top, cw, 26, label, value, size=8, stroke=BLACK)
    return table_top


def _di_rows(c: Ctx, cols: Columns, y: float, start: int, end: int) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(c.margin, y, c.width, DI_HEAD, fill=pen.accent)
    for key, x, w in cols:
        at, align = (
            (x + w - 4, "right") if key not in ("item", "description", "unit") else (x + 4, "left")
        )
        pen.text(at, y + 11, lab[key], 7.4, bold=True, align=align, color=white)
    y += DI_HEAD
    band = tint(pen.accent, 0.86)
    for index in range(start, end):
        line = doc.lines[index]
        assert line.quantity is not None and line.unit_price is not None
        if (index - start) % 2 == 1:
            pen.rect(c.margin, y, c.width, DI_ROW, fill=band)
        base = y + 9.5
        ordered = ex["ordered"][index]
        values = {
            "item": line.code or "",
            "description": line.description,
            "unit": line.unit or "",
            "ordered": fmt.quantity(ordered),
            "quantity": fmt.quantity(line.quantity),
            "unit_price": fmt.rate(line.unit_price),
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            left = key in ("item", "description", "unit")
            at, align = (x + 4, "left") if left else (x + w - 4, "right")
            pen.text(at, base, values[key], 7.8, align=align, fit=w - 6)
        keyed = sum(ord(ch) * (k + 1) for k, ch in enumerate(line.code or "")) * 7919
        weight = Decimal(keyed % 380 + 8) / 10 * line.quantity
        note = f"Mfr # {keyed % 90000 + 10000}-{keyed % 97:02d}   Wt {weight:.1f} LB"
        if line.quantity < ordered:
            note += "   " + lab["backorder"].format(n=fmt.quantity(ordered - line.quantity))
        pen.text(cols[1][1] + 10, base + 9.5, note, 6.4, color=GREY)
        y += DI_ROW
    pen.line(c.margin, y, c.right, y, width=0.6)
    return y


def _di_continued(c: Ctx, y: float) -> None:
    pen, lab = c.pen, c.labels
    pen.text(pen.width / 2, y + 10, lab["continued_note"], 8.4, bold=True, align="center")
    w = 150.0
    pen.rect(c.right - w, y + 18, w, 20, stroke=BLACK, width=0.8)
    pen.text(c.right - w / 2, y + 32, lab["continued"], 10, bold=True, align="center")


def _di_closing_height(c: Ctx) -> float:
    rows = 1 + c.doc.extras["charges"] + len(c.doc.totals)
    return 10 + 15 * rows + 16 + 60


def _di_closing(c: Ctx, y: float) -> None:
    """The merchandise, the charges, subtotal, tax and total on the right; the terms'
    discount, the counts, the claims policy and a signature on the left."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 220.0
    x = c.right - w
    charges = doc.lines[len(doc.lines) - ex["charges"] :]
    rows: list[tuple[str, str, bool]] = [(lab["merchandise"], fmt.amount(ex["merchandise"]), False)]
    rows += [(line.description, fmt.amount(line.amount), False) for line in charges]
    rows += [(row_label(c, row), row_value(c, row), row.key == "total") for row in doc.totals]
    for k, (label, value, strong) in enumerate(rows):
        top = y + 15 * k
        if strong:
            pen.rect(x, top, w, 15, fill=tint(pen.accent, 0.8))
        pen.text(x + 6, top + 11, label, 8, bold=strong, fit=w - 90)
        pen.text(c.right - 6, top + 11, value, 8.6, bold=strong, align="right")
        if label == lab["subtotal"]:
            pen.line(x, top, c.right, top, width=0.6)
    pen.rect(x, y, w, 15 * len(rows), stroke=BLACK, width=0.8)
    room = x - c.margin - 16
    base = y + 9
    if ex["early_discount"] is not None:
        said = lab["discount_note"].format(
            amount=fmt.amount(ex["early_discount"]), date=fmt.date(ex["early_date"])
        )
        pen.text(c.margin, base, said, 8, bold=True, fit=room)
        base += 12
    items = len(doc.lines) - ex["charges"]
    counts = f"{lab['lines_count']}: {items}    {lab['cartons']}: {ex['cartons']}"
    pen.text(c.margin, base, counts, 7.6)
    base = _para(pen, c.margin, base + 12, lab["claims"], 6.8, room, color=GREY) + 10
    base = _para(pen, c.margin, base, lab["late"], 6.8, room, color=GREY) + 24
    pen.line(c.margin, base, c.margin + 200, base, width=0.5)
    pen.text(c.margin, base + 8, lab["received"], 6.6, color=GREY)


def _di_foot(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    at = pen.height - 36
    pen.line(c.margin, at - 10, c.right, at - 10, color=LIGHT, width=0.5)
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        pen.text(pen.width / 2, at, said, 7.4, bold=True, align="center", fit=c.width)
    said = f"{doc.vendor_name}  ·  {lab['invoice_number']} {doc.invoice_number}"
    pen.text(pen.width / 2, at + 10, said, 6.6, align="center", color=GREY)
