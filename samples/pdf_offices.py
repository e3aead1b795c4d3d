"""Whole pages of the layouts added with H101-H105: a Spanish-language service firm's
factura over one or two sheets (the issuer beside a framed folio box, the place and date of
issue in words, the other dates as day/month/year in a row of cells, numbered lines with the
unit of measure after the count and the tax rate after the amount, a tax summary box beside
the totals, the total in words), a water or electric bill with its meters (the account in a
row of cells, the balance panel beside the customer, the usage of thirteen months and the
notices, the charges by section and the meter reads on the first page or on a second, and a
remittance stub under a cut line), a home center's till slip (store, operator, terminal and
transaction numbers, each item's UPC and SKU, the card's approval or the cash tendered), a
building-supply store's pre-printed "remisión" pad filled in by hand, and an online billing
system's invoice (the amount outstanding in a banner, the parties in three columns, items
as quantity times price, a footer with the amount due and page x of y on every page)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.catalog import months
from samples.document import Document, Line, TotalRow
from samples.formats import amount_words_es, amount_words_receipt_es, cents, format_date
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_more import _bars, _digest
from samples.pdf_sheets import HALF_LETTER, _canvas
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para

# --- H101: a service firm's factura ------------------------------------------------------

SF_MARGIN = 40.0
SF_COLS = (
    ("line_no", 30.0),
    ("description", 0.0),
    ("quantity", 42.0),
    ("unit", 42.0),
    ("unit_price", 66.0),
    ("amount", 74.0),
    ("tax_rate", 40.0),
)
SF_LINE = 11.0
SF_FOOT = 40.0


def render_service_factura(doc: Document) -> tuple[bytes, int]:
    """One or two letter sheets: the issuer beside a framed folio box, the place and date
    of issue in words, the other dates and references in a row of cells, the customer and
    where the service was given, the numbered lines, and on the last sheet the tax summary
    box beside the totals, the total in words and the notes."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SF_MARGIN)
    desc_w = _columns(c.margin, c.width, SF_COLS)[1][2] - 10
    texts = [pen.wrap(line.description, 8.8, desc_w) for line in doc.lines]
    heights = [SF_LINE * len(text) + 6 for text in texts]
    top = _sf_first(c)
    limit = pen.height - SF_FOOT - 30
    pages = paginate(heights, limit - top - 20, limit - 84 - 20, _sf_closing_height(c))
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _sf_later(c, number)
        _sf_foot(c, number, len(pages))
        y = _sf_table(c, texts, first, end, top)
        if number < len(pages):
            carried = sum((line.amount for line in doc.lines[:end]), Decimal(0))
            said = f"{c.labels['carried'].format(n=number + 1)}: {c.fmt.money(carried)}"
            pen.text(c.right, y + 14, said, 8.6, bold=True, align="right")
            pen.text(
                c.right,
                y + 28,
                c.labels["continued_footer"].format(n=number + 1),
                8.4,
                italic=True,
                align="right",
                color=GREY,
            )
        else:
            _sf_closing(c, y + 12)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _sf_issuer(c: Ctx, w: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, 34, 44, initials(doc.vendor_name))
    x = c.margin + 54
    pen.text(x, 48, doc.vendor_name, 14.5, bold=True, color=pen.accent, fit=w - 54)
    pen.text(x, 60, lab["tagline"], 7.4, italic=True, color=GREY, fit=w - 54)
    lines = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    y = 74.0
    for line in lines:
        pen.text(x, y, line, 8, fit=w - 54)
        y += 9.8
    pen.text(x, y + 1, f"{lab['tax_id']}: {doc.vendor_tax_id or ''}", 8.4, bold=True, fit=w - 54)
    return y + 1


def _sf_folio(c: Ctx, x: float, y: float, w: float) -> float:
    """The framed box: the title on the accent band, the number, the currency."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(x, y, w, 30, fill=pen.accent)
    for k, part in enumerate(pen.wrap(lab["title"], 8.6, w - 16, bold=True)[:2]):
        pen.text(x + w / 2, y + 12 + 10 * k, part, 8.6, bold=True, align="center", color=white)
    pen.text(x + w / 2, y + 45, lab["invoice_number"], 7.6, align="center", color=GREY)
    pen.text(x + w / 2, y + 62, doc.invoice_number, 15, bold=True, align="center", fit=w - 16)
    pen.line(x + 10, y + 70, x + w - 10, y + 70, color=LIGHT, width=0.5)
    said = f"{lab['currency']}: {doc.currency}"
    pen.text(x + w / 2, y + 82, said, 8, align="center")
    pen.rect(x, y, w, 90, stroke=pen.accent, width=1.2)
    return y + 90


def _sf_first(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    box_w = 186.0
    bottom = max(_sf_issuer(c, c.width - box_w - 14), _sf_folio(c, c.right - box_w, 32, box_w))
    y = bottom + 20
    issued = lab["issued"].format(place=ex["place"], date=fmt.date(doc.invoice_date))
    pen.text(c.right, y, issued, 9.6, italic=True, align="right")
    pen.line(c.margin, y + 6, c.right, y + 6, color=pen.accent, width=0.8)
    # the other dates and references, day/month/year, in a row of cells
    cells = [(lab["service_day"], fmt.cell_date(ex["service_day"]))]
    if doc.due_date:
        cells.append((lab["due_date"], fmt.cell_date(doc.due_date)))
    if doc.terms:
        cells.append((lab["terms"], doc.terms))
    if doc.po_number:
        cells.append((lab["po_number"], doc.po_number))
    y += 14
    w = c.width / 4
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        pen.rect(x, y, 3, 26, fill=pen.accent)
        pen.text(x + 9, y + 9, label, 7, color=GREY, fit=w - 14)
        pen.text(x + 9, y + 21, value, 9.4, bold=True, fit=w - 14)
    y += 40
    # the customer and where the service was given
    half = (c.width - 20) / 2
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    ends = []
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 20)
        pen.text(x, y + 8, heading.upper(), 7.4, bold=True, color=pen.accent, fit=half)
        pen.line(x, y + 12, x + half, y + 12, color=pen.accent, width=0.5)
        for n, line in enumerate(lines):
            strong = n == 0 and (k == 0 or len(lines) > 2)
            pen.text(x, y + 25 + 11 * n, line, 9, bold=strong, fit=half)
        ends.append(y + 25 + 11 * (len(lines) - 1))
    return max(ends) + 16


def _sf_later(c: Ctx, number: int) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 11.5, bold=True, color=pen.accent, fit=300)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 44, said, 10, bold=True, align="right")
    pen.text(c.right, 56, lab["continued_header"].format(n=number), 8, italic=True, align="right")
    pen.line(c.margin, 62, c.right, 62, color=pen.accent, width=0.8)
    return 76.0


def _sf_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc = c.pen, c.doc
    base = pen.height - SF_FOOT + 14
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    said = f"{doc.vendor_name} · {doc.vendor_tax_id or ''}"
    pen.text(c.margin, base, said, 7, color=GREY, fit=360)
    pen.text(c.right, base, c.labels["page"].format(n=number, m=count), 7.6, align="right")


def _sf_table(c: Ctx, texts: list[list[str]], first: int, end: int, y: float) -> float:
    """The heading row on a pale band between two rules, then the numbered lines; the
    tax rate of each line after its amount."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, SF_COLS)
    pen.rect(c.margin, y, c.width, 18, fill=pen.pale)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    pen.line(c.margin, y + 18, c.right, y + 18, color=pen.accent, width=1)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        middle = key in ("line_no", "unit", "tax_rate")
        pen.text(
            x + w - 4 if right else x + w / 2 if middle else x + 4,
            y + 12,
            lab[key],
            7.6,
            bold=True,
            align="right" if right else "center" if middle else "left",
            color=pen.accent,
            fit=w - 6,
        )
    y += 18
    rate = fmt.percent(doc.extras["tax_rate"])
    for index in range(first, end):
        line, text = doc.lines[index], texts[index]
        base = y + 11.5
        pen.text(cols[0][1] + cols[0][2] / 2, base, str(index + 1), 8.6, align="center")
        for k, piece in enumerate(text):
            pen.text(cols[1][1] + 4, base + SF_LINE * k, piece, 8.8)
        for key, x, w in cols[2:]:
            if key in ("unit", "tax_rate"):
                value = _value_text(c, line, key) if key == "unit" else rate
                pen.text(x + w / 2, base, value, 8.4, align="center")
            else:
                pen.text(x + w - 4, base, _value_text(c, line, key), 8.8, align="right")
        y += SF_LINE * len(text) + 6
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4, dash=(1, 1.5))
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.8)
    return y


def _sf_closing_height(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    words = len(pen.wrap(amount_words_es(doc.due_amount, doc.currency), 8.4, c.width - 16))
    notes = len(pen.wrap(lab["notes"], 7.4, c.width))
    remit = 12 * (len(doc.remit_lines or []) + 1) + 8 if doc.remit_lines else 0
    rows = max(18 * len(doc.totals), 74)
    return rows + 20 + 14 + 11 * words + 10 + remit + 9 * notes + 30


def _sf_closing(c: Ctx, y: float) -> None:
    """The tax summary box on the left, the totals on the right, then the total in
    words, where to pay and the notes."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    rows = {row.key: row for row in doc.totals}
    w = 256.0
    pen.rect(c.margin, y, w, 15, fill=pen.accent)
    pen.text(c.margin + 6, y + 10.5, lab["tax_box"].upper(), 7.6, bold=True, color=white)
    heads = [(lab["tax_name"], 56.0), (lab["tax_base"], 74.0), (lab["tax_share"], 52.0)]
    heads.append((lab["tax_amount"], w - 182))
    x = c.margin
    cells = [
        lab["tax_short"],
        fmt.amount(rows["subtotal"].amount),
        fmt.percent(doc.extras["tax_rate"]),
        fmt.amount(rows["tax"].amount) if "tax" in rows else fmt.amount(Decimal(0)),
    ]
    for (head, cw), value in zip(heads, cells, strict=True):
        pen.text(x + cw / 2, y + 26, head, 6.8, align="center", color=GREY, fit=cw - 4)
        pen.text(x + cw / 2, y + 44, value, 9, bold=True, align="center", fit=cw - 4)
        pen.line(x + cw, y + 15, x + cw, y + 52, color=LIGHT, width=0.5)
        x += cw
    pen.line(c.margin, y + 31, c.margin + w, y + 31, color=LIGHT, width=0.5)
    pen.rect(c.margin, y, w, 52, stroke=pen.accent, width=0.8)
    x0 = c.right - 236
    base = y
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        if row.key == "total":
            pen.rect(x0, base, c.right - x0, 18, fill=pen.pale)
            pen.rect(x0, base, c.right - x0, 18, stroke=pen.accent, width=0.9)
        label = row_label(c, row)
        pen.text(x0 + 6, base + 12.5, label, 8.6, bold=strong, fit=c.right - x0 - 96)
        pen.text(
            c.right - 6,
            base + 12.5,
            row_value(c, row),
            9.6 if strong else 9,
            bold=strong,
            align="right",
        )
        base += 18
    y = max(base, y + 74) + 8
    words = amount_words_es(doc.due_amount, doc.currency)
    pieces = pen.wrap(words, 8.4, c.width - 16)
    pen.text(c.margin + 6, y + 11, lab["words"].upper(), 7, bold=True, color=pen.accent)
    for k, piece in enumerate(pieces):
        pen.text(c.margin + 8, y + 24 + 11 * k, piece, 8.4)
    end = y + 24 + 11 * (len(pieces) - 1) + 7
    pen.rect(c.margin, y, c.width, end - y, stroke=LIGHT, width=0.6)
    y = end + 16
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}"
        pen.text(c.margin, y, said, 8, bold=True)
        for line in doc.remit_lines:
            y += 11
            pen.text(c.margin + 10, y, line, 8.4)
        y += 16
    end = _para(pen, c.margin, y, lab["notes"], 7.4, c.width, italic=True, color=GREY)
    pen.text(c.margin, end + 14, lab["thanks"], 9, bold=True, color=pen.accent)


# --- H102: a water or electric bill with its meters ----------------------------------------

MB_MARGIN = 36.0
MB_STUB = 180.0  # the stub's height under the cut line
MB_COLS = (
    ("description", 0.0),
    ("quantity", 76.0),
    ("unit", 62.0),
    ("unit_price", 64.0),
    ("amount", 78.0),
)
MB_METER_COLS = (
    ("meter", 62.0),
    ("service", 70.0),
    ("read_from", 50.0),
    ("read_to", 50.0),
    ("days", 36.0),
    ("prior", 62.0),
    ("current", 62.0),
    ("multiplier", 44.0),
    ("usage", 68.0),
    ("read_code", 36.0),
)
MB_HISTORY = 92.0
MB_NOTICES = 58.0


def render_meter_bill(doc: Document) -> tuple[bytes, int]:
    """One or two letter pages: the utility's masthead, the account in a row of cells, the
    customer, the location served and the period beside the balance panel; then the meter
    reads and the charges by section when they fit above the stub (else on a second
    page), the usage of thirteen months and the notices, and the stub under a cut line."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MB_MARGIN)
    detail = _mb_detail_height(c)
    room = pen.height - MB_STUB - 14
    y = _mb_masthead(c, 0)
    y = _mb_account_row(c, y + 10)
    y = _mb_parties(c, y + 14) + 14
    count = 1 if y + detail + 12 + MB_NOTICES <= room else 2
    if count == 1:  # no room for the usage bars: the notices across the page
        y = _mb_detail(c, y) + 16
        _mb_notices(c, c.margin, y, c.width / 2 - 12)
        x = c.margin + c.width / 2 + 12
        _para(pen, x, y + 12, c.labels["pay_ways"], 6.8, c.right - x, italic=True, color=GREY)
    else:
        pen.text(c.right, 16, c.labels["page"].format(n=1, m=2), 7.4, align="right", color=GREY)
        _mb_history(c, y)
        y = _mb_glance(c, y + MB_HISTORY + 14, 320.0)
        pen.text(c.margin, y + 16, c.labels["see_detail"], 8.4, bold=True, color=pen.accent)
    _mb_stub(c)
    if count == 2:
        canvas.showPage()
        y = _mb_later(c)
        _mb_detail(c, y)
    canvas.save()
    return buffer.getvalue(), count


def _mb_masthead(c: Ctx, number: int) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 5, fill=pen.accent)
    draw_logo(pen, doc.logo, c.margin, 22, 42, initials(doc.vendor_name))
    x = c.margin + 52
    pen.text(x, 40, doc.vendor_name, 15, bold=True, color=pen.accent, fit=280)
    title = lab[f"title_{doc.extras['trade']}"]
    pen.text(x, 55, title.upper(), 9, bold=True, color=GREY, fit=280)
    contact = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    for k, line in enumerate(contact):
        pen.text(c.right, 30 + 9.6 * k, line, 7.8, align="right", fit=210)
    return max(70.0, 30 + 9.6 * (len(contact) - 1) + 4)


def _mb_account_row(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    pen.rect(c.margin, y, c.width, 34, fill=pen.pale)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1.4)
    pen.line(c.margin, y + 34, c.right, y + 34, color=pen.accent, width=0.6)
    w = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + k * w
        if k:
            pen.line(x, y + 6, x, y + 28, color=LIGHT, width=0.6)
        pen.text(x + 8, y + 12, label, 7.2, color=GREY, fit=w - 14)
        pen.text(x + 8, y + 26, value, 10, bold=True, fit=w - 14)
    return y + 34


def _mb_parties(c: Ctx, y: float) -> float:
    """The customer, the location served and the period on the left; the balance panel
    with a bar of the accent colour on its left edge on the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.period is not None
    left = y
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    for n, (heading, lines) in enumerate(blocks):
        pen.text(c.margin, left + 8, heading.upper(), 7.2, bold=True, color=pen.accent)
        for k, line in enumerate(lines):
            strong = k == 0 and (n == 0 or len(lines) > 2)
            pen.text(c.margin, left + 20 + 10.6 * k, line, 9, bold=strong, fit=260)
        left += 20 + 10.6 * (len(lines) - 1) + 12
    start, end = doc.period
    pen.text(c.margin, left + 8, lab["service_period"].upper(), 7.2, bold=True, color=pen.accent)
    said = f"{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"
    pen.text(c.margin, left + 20, said, 9, fit=260)
    left += 24
    return max(left, _mb_balance(c, c.margin + 290, y, c.width - 290))


def _mb_balance(c: Ctx, x: float, y: float, w: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    rows = {row.key: row for row in doc.summary}
    previous, paid = rows["previous_balance"], rows["payments"]
    lines: list[tuple[str, str, str | None]] = [
        (row_label(c, previous), row_value(c, previous), None),
        (row_label(c, paid), row_value(c, paid), None),
        (lab["balance_forward"], fmt.money(previous.amount - paid.amount), None),
        (row_label(c, rows["current_charges"]), row_value(c, rows["current_charges"]), None),
    ]
    if paid.amount:
        said = lab["paid_on"].format(date=fmt.date(ex["paid_on"]))
        lines[1] = (lines[1][0], lines[1][1], said)
    height = 24 + sum(15 + (9 if row[2] else 0) for row in lines) + 62
    pen.rect(x, y, w, height, fill=pen.pale)
    pen.rect(x, y, 4, height, fill=pen.accent)
    pen.text(x + 14, y + 15, lab["summary"].upper(), 8, bold=True, color=pen.accent)
    base = y + 24
    for label, value, note in lines:
        base += 13
        pen.text(x + 14, base, label, 8.2, fit=w - 100)
        pen.text(x + w - 10, base, value, 9, align="right")
        if note:
            base += 9
            pen.text(x + 14, base, note, 6.8, italic=True, color=GREY, fit=w - 24)
        pen.line(x + 14, base + 3.5, x + w - 10, base + 3.5, color=LIGHT, width=0.4)
        base += 2
    due = rows["amount_due"]
    base += 22
    pen.text(x + 14, base, row_label(c, due), 10, bold=True)
    pen.text(
        x + w - 10, base + 2, row_value(c, due), 17, bold=True, align="right", color=pen.accent
    )
    base += 18
    pen.text(x + 14, base, f"{lab['due_date']}: {fmt.date(doc.due_date)}", 8.6, bold=True)
    return y + height


def _sections(doc: Document) -> list[list[Line]]:
    """The bill's lines by section (the lines of one GL account in a row)."""
    sections: list[list[Line]] = []
    for line in doc.lines:
        if not sections or sections[-1][0].gl != line.gl:
            sections.append([])
        sections[-1].append(line)
    return sections


def _mb_glance(c: Ctx, y: float, w: float) -> float:
    """The current charges summed by service on the first page when the detail is on the
    second: each section's total, the taxes and the bill's total."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y, lab["glance"].upper(), 7.4, bold=True, color=pen.accent)
    rows = [
        (lab[f"section_{lines[0].gl}"], fmt.money(sum((x.amount for x in lines), Decimal(0))))
        for lines in _sections(doc)
    ]
    rows += [(row_label(c, row), row_value(c, row)) for row in doc.totals if row.key == "tax"]
    total = doc.total_row("total")
    assert total is not None
    rows.append((row_label(c, total), row_value(c, total)))
    y += 4
    for k, (label, value) in enumerate(rows):
        last = k == len(rows) - 1
        pen.line(c.margin, y, c.margin + w, y, color=GREY if last else LIGHT, width=0.5)
        y += 13
        pen.text(c.margin + 4, y, label, 8.4, bold=last)
        pen.text(c.margin + w - 4, y, value, 8.8, bold=last, align="right")
        y += 4
    return y


def _mb_detail_height(c: Ctx) -> float:
    doc = c.doc
    meters = 14 + 16 + 13 * len(doc.extras["meters"]) + 34
    sections = len({line.gl for line in doc.lines})
    return meters + 16 + 16 + 30 * sections + 13 * len(doc.lines) + 15 * len(doc.totals) + 10


def _mb_detail(c: Ctx, y: float) -> float:
    """The meter reads, then the charges section by section with their totals."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    pen.text(c.margin, y + 9, lab["meters"].upper(), 8.4, bold=True, color=pen.accent)
    y += 14
    cols = _columns(c.margin, c.width, MB_METER_COLS)
    pen.rect(c.margin, y, c.width, 16, fill=pen.pale)
    for key, x, w in cols:
        pen.text(x + w / 2, y + 11, lab[key], 6.8, bold=True, align="center", fit=w - 4)
    y += 16
    for meter in ex["meters"]:
        prior, now = meter["reads"]
        service = meter["name"].capitalize() + (f" {meter['size']}" if meter["size"] else "")
        values = {
            "meter": meter["serial"],
            "service": service,
            "read_from": format_date(start, "mdy_2"),
            "read_to": format_date(end, "mdy_2"),
            "days": str((end - start).days),
            "prior": fmt.quantity(prior),
            "current": fmt.quantity(now),
            "multiplier": str(meter["multiplier"]),
            "usage": f"{fmt.quantity(meter['usage'])} {meter['unit']}",
            "read_code": "E" if ex["estimated"] else "A",
        }
        y += 13
        for key, x, w in cols:
            pen.text(x + w / 2, y - 3, values[key], 8, align="center", fit=w - 4)
    pen.line(c.margin, y + 2, c.right, y + 2, color=LIGHT, width=0.5)
    pen.text(c.margin, y + 12, lab["codes"], 6.8, italic=True, color=GREY)
    y += 34
    pen.text(c.margin, y, lab["detail"].upper(), 8.4, bold=True, color=pen.accent)
    y += 4
    cols = _columns(c.margin, c.width, MB_COLS)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        pen.text(
            x + w - 4 if right else x + 4,
            y + 11,
            lab[key],
            7.4,
            bold=True,
            align="right" if right else "left",
            fit=w - 6,
        )
    y += 16
    pen.line(c.margin, y, c.right, y, width=0.5)
    for lines in _sections(doc):
        y += 14
        pen.text(c.margin + 4, y, lab[f"section_{lines[0].gl}"], 8.6, bold=True, color=pen.accent)
        for line in lines:
            y += 13
            for key, x, w in cols:
                if key == "description":
                    pen.text(x + 14, y, line.description, 8.6, fit=w - 18)
                elif key == "unit":
                    pen.text(x + 4, y, _value_text(c, line, key), 8.6)
                else:
                    pen.text(x + w - 4, y, _value_text(c, line, key), 8.6, align="right")
        total = sum((line.amount for line in lines), Decimal(0))
        y += 13
        said = f"{lab['section_total']}  {fmt.amount(total)}"
        pen.text(c.right - 4, y, said, 7.8, italic=True, align="right", color=GREY)
        y += 3
    y += 3
    pen.line(c.margin, y, c.right, y, width=0.5)
    for row in doc.totals:
        y += 15
        strong = row.key == "total"
        x = cols[-2][1] + cols[-2][2]
        pen.text(x - 8, y, row_label(c, row), 8.8, bold=strong, align="right")
        pen.text(
            c.right - 4, y, row_value(c, row), 9.4 if strong else 8.8, bold=strong, align="right"
        )
    return y + 4


def _mb_history(c: Ctx, y: float) -> None:
    """Thirteen months of usage as bars, the billed month last, beside the notices."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.period is not None
    end = doc.period[1]
    unit = "kgal" if ex["trade"] == "water" else "kWh"
    used = sum((meter["usage"] for meter in ex["meters"]), Decimal(0))
    values = [*ex["history"], int(used / 1000 if ex["trade"] == "water" else used)]
    w = 250.0
    pen.text(
        c.margin, y + 8, f"{lab['history']} ({unit})".upper(), 7.4, bold=True, color=pen.accent
    )
    top, height = y + 16, 50.0
    step = w / 13
    tallest = max(values) or 1
    names = months("en")
    for k, value in enumerate(values):
        back = 12 - k
        month = (end.month - 1 - back) % 12
        bar = height * value / tallest
        x = c.margin + k * step
        last = k == len(values) - 1
        pen.rect(x + 2, top + height - bar, step - 4, bar, fill=pen.accent if last else LIGHT)
        pen.text(x + step / 2, top + height + 9, names[month][:1], 6.2, align="center")
    pen.line(c.margin, top + height, c.margin + w, top + height, color=GREY, width=0.5)
    pen.text(
        c.margin + w, top + height + 20, f"{values[-1]:,} {unit}", 7, align="right", color=GREY
    )
    x = c.margin + 290
    base = _mb_notices(c, x, y, c.right - x)
    _para(pen, x, base, lab["pay_ways"], 6.8, c.right - x, italic=True, color=GREY)


def _mb_notices(c: Ctx, x: float, y: float, w: float) -> float:
    pen = c.pen
    pen.text(x, y + 8, c.labels["notices"].upper(), 7.4, bold=True, color=pen.accent)
    base = y + 20
    for notice in c.doc.extras["notices"]:
        base = _para(pen, x, base, notice, 7.2, w, color=GREY) + 12
    return base


def _mb_later(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(0, 0, pen.width, 5, fill=pen.accent)
    pen.text(c.margin, 34, doc.vendor_name, 12, bold=True, color=pen.accent, fit=280)
    said = f"{lab['account_number']}: {doc.account_number}"
    pen.text(c.right, 30, said, 8.4, align="right")
    said = f"{lab['invoice_date']}: {fmt.date(doc.invoice_date)}"
    pen.text(c.right, 41, said, 8.4, align="right")
    pen.line(c.margin, 48, c.right, 48, color=pen.accent, width=0.8)
    base = pen.height - 26
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, base, lab["thanks"], 7.4, italic=True, color=GREY)
    pen.text(c.right, base, lab["page"].format(n=2, m=2), 7.4, align="right", color=GREY)
    return 64.0


def _mb_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    top = pen.height - MB_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(3, 2))
    label = lab["stub"]
    wide = pen.measure(label, 7.4) + 16
    pen.rect(pen.width / 2 - wide / 2, top - 6, wide, 12, fill=white)
    pen.text(pen.width / 2, top + 3, label, 7.4, italic=True, align="center", color=GREY)
    cells = [
        (lab["account_number"], doc.account_number or "", False),
        (lab["due_date"], fmt.date(doc.due_date), False),
        (lab["amount_due"], fmt.money(doc.due_amount), True),
    ]
    w = c.width / 3
    y = top + 16
    for k, (label, value, strong) in enumerate(cells):
        x = c.margin + k * w
        if strong:
            pen.rect(x, y, w, 32, fill=pen.pale)
        pen.rect(x, y, w, 32, stroke=pen.accent, width=0.7)
        pen.text(x + 6, y + 10, label, 7, color=GREY)
        pen.text(x + w - 8, y + 26, value, 12 if strong else 10, bold=True, align="right")
    y += 44
    # the remittance address placed for the return envelope's window
    pen.text(c.margin, y, lab["remit_to"].upper(), 6.8, bold=True, color=pen.accent)
    mark = 6.0
    box = y + 8
    for cx, dx in ((c.margin - 4, 1), (c.margin + 250, -1)):
        pen.line(cx, box, cx + dx * mark, box, color=GREY, width=0.5)
        pen.line(cx, box, cx, box + mark, color=GREY, width=0.5)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 6, box + 14 + 11 * k, line, 9.4, bold=k == 0, fit=236)
    x = c.margin + 300
    pen.text(x, y, lab["enclosed"], 8, bold=True)
    boxes = 9
    size = (c.right - x) / boxes
    for k in range(boxes):
        pen.rect(x + k * size, y + 6, size - 2, 20, stroke=GREY, width=0.6)
        if k == boxes - 3:
            pen.text(x + k * size - 1, y + 24, ".", 10, bold=True, align="center")
    customer = _customer(doc)
    for k, line in enumerate(customer[:1] + (doc.service_lines or [])[-2:-1]):
        pen.text(x, y + 42 + 10 * k, line, 7.6, color=GREY, fit=c.right - x)
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    amount = int(cents(doc.due_amount) * 100)
    scan = f"{digits} {doc.invoice_number[-6:]} {amount:09d} {_digest(doc.id, 'mb') % 89 + 10}"
    pen.canvas.setFont("Courier", 9)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(c.margin + 6, pen.height - (top + MB_STUB - 18), scan)


# --- H103: a home center's till slip --------------------------------------------------------

TS_WIDTH = 221.0
TS_MARGIN = 10.0
TS_STEP = 9.0


def render_till_slip(doc: Document) -> tuple[bytes, int]:
    """A 78 mm till slip as tall as its content."""
    sections = [_ts_head, _ts_items, _ts_totals, _ts_tender, _ts_tail]
    return strip_slip(doc, TS_WIDTH, TS_MARGIN, 22.0, sections, 4000.0, 16)


def _ts_centered(c: Ctx, y: float, text: str, size: float, **style) -> float:
    pen = c.pen
    for line in pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2
        pen.text(pen.width / 2, y, line, size, align="center", **style)
    return y


def _ts_head(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(pen.width / 2, y, doc.vendor_name, 10.5, bold=True, align="center", fit=c.width)
    y += 3
    for line in doc.vendor_lines:
        y = _ts_centered(c, y, line, 7.4)
    y = _ts_centered(c, y, f"{lab['phone']} {doc.vendor_phone}", 7.4)
    if doc.vendor_email:
        y = _ts_centered(c, y, doc.vendor_email, 7)
    if doc.vendor_tax_id:
        y = _ts_centered(c, y, f"{lab['tax_id']} {doc.vendor_tax_id}", 7)
    y += 14
    ids = (
        f"{lab['store']} {ex['store']} {lab['operator']} {ex['operator']} "
        f"{lab['terminal']} {ex['terminal']} {lab['receipt_number']} {doc.invoice_number}"
    )
    pen.text(c.margin, y, ids, 7.6, fit=c.width)
    if ex.get("job"):
        y += TS_STEP + 1
        pen.text(c.margin, y, f"{lab['job']}: {ex['job']}", 7.4, fit=c.width)
    return y + 4


def _ts_items(c: Ctx, y: float) -> float:
    """Each item: its name and amount with the tax flag, its UPC and SKU under it, and
    the count at its price when more than one was bought."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    flag = c.right
    amount_x = c.right - 12
    for line in doc.lines:
        y += TS_STEP + 2
        pen.text(c.margin, y, line.description, 7.6, fit=c.width - 62)
        pen.text(amount_x, y, fmt.amount(line.amount), 7.6, align="right")
        pen.text(flag, y, "T", 7.2, align="right")
        y += TS_STEP
        pen.text(c.margin + 8, y, f"{line.code}  SKU {line.note}", 6.8, color=GREY)
        if line.quantity is not None and line.unit_price is not None:
            y += TS_STEP
            said = f"{fmt.quantity(line.quantity)} @ {fmt.rate(line.unit_price)}"
            pen.text(c.margin + 8, y, said, 7.2)
    return y + 6


def _ts_totals(c: Ctx, y: float) -> float:
    pen, doc = c.pen, c.doc
    label_x, value_x = c.right - 66, c.right - 12
    for row in doc.totals:
        big = row.key == "total"
        y += TS_STEP + (4 if big else 1)
        size = 8.6 if big else 7.6
        pen.text(
            label_x, y, row_label(c, row), size, bold=big, align="right", fit=label_x - c.margin
        )
        pen.text(value_x, y, row_value(c, row), size, bold=big, align="right")
    return y + 4


def _ts_tender(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    label_x, value_x = c.right - 66, c.right - 12
    total = doc.total
    y += TS_STEP + 4
    if ex["card"]:
        tend = lab["tender"].format(brand=ex["card_brand"])
        pen.text(label_x, y, tend, 7.6, align="right")
        pen.text(value_x, y, fmt.amount(total), 7.6, align="right")
        rows = [
            f"{lab['account']} **** **** **** {ex['card_last4']}",
            f"{lab['approval']} {ex['approval']}",
            f"{lab['reference']} {ex['reference']}",
            f"{lab['aid']} {ex['aid']}",
            f"{lab['terminal_id']} SC0{ex['store']}{ex['terminal']}",
            ex["entry"],
        ]
        for text in rows:
            y += TS_STEP
            pen.text(c.margin + 4, y, text, 7, fit=c.width - 4)
        change = Decimal(0)
    else:
        pen.text(label_x, y, lab["cash"], 7.6, align="right")
        pen.text(value_x, y, fmt.amount(ex["handed"]), 7.6, align="right")
        change = ex["handed"] - total
    y += TS_STEP + 2
    pen.text(label_x, y, lab["change"], 7.6, align="right")
    pen.text(value_x, y, fmt.amount(change), 7.6, align="right")
    sold = sum((line.quantity or Decimal(1) for line in doc.lines), Decimal(0))
    y += TS_STEP + 8
    pen.text(pen.width / 2, y, f"{lab['items_sold']} {fmt.quantity(sold)}", 7.6, align="center")
    return y


def _ts_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    mid = pen.width / 2
    y += TS_STEP + 2
    pen.text(mid, y, f"{lab['code']} {ex['code']}", 7.4, align="center")
    y += 6
    _bars(pen, c.margin + 16, y, c.width - 32, 22, _digest(doc.id, "till"))
    y += 34
    pen.text(mid, y, f"{fmt.date(doc.invoice_date)} {ex['time']}", 7.6, align="center")
    y += 6
    y = _ts_centered(c, y + 4, lab["returns"], 6.6)
    y = _ts_centered(c, y + 4, lab["survey"], 6.6)
    y = _ts_centered(c, y + 4, lab["pro"], 6.6, bold=True)
    return y + 6


# --- H104: a building-supply store's pre-printed pad, filled in by hand ---------------------

RM_MARGIN = 24.0
RM_ROWS = 12
RM_ROW = 17.0
RM_INK = "#1f2d7a"  # the pen's blue-black ink
RM_COLS = (("quantity", 42.0), ("description", 0.0), ("unit_price", 60.0), ("amount", 68.0))


def render_remision(doc: Document) -> tuple[bytes, int]:
    """A half-letter pad sheet printed in one ink: the store and its numbers, the title
    over the printed serial, blank fields and a ruled table, the totals' boxes, payment
    boxes, the signatures and the legend; then what the clerk wrote in by hand."""
    buffer, canvas, pen = _canvas(doc, HALF_LETTER)
    canvas.setTitle(f"{doc.labels['receipt_title'].title()} {doc.invoice_number}")
    ink = Pen(canvas, pen.width, pen.height, "Helvetica", RM_INK)
    c = Ctx(pen, doc, Fmt.of(doc), RM_MARGIN)
    pen.rect(c.margin - 8, 14, c.width + 16, pen.height - 28, stroke=pen.accent, width=0.9)
    y = _rm_head(c)
    y = _rm_fields(c, ink, y + 10)
    y = _rm_table(c, ink, y + 10)
    y = _rm_totals(c, ink, y + 8)
    _rm_foot(c, ink, y + 10)
    canvas.save()
    return buffer.getvalue(), 1


def _rm_head(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = c.width - 128
    pen.text(c.margin, 40, doc.vendor_name, 14, bold=True, color=pen.accent, fit=w)
    pen.text(c.margin, 51, lab["tagline"], 7, italic=True, color=pen.accent, fit=w)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    lines.append(f"{lab['tax_id']} {doc.vendor_tax_id or ''}")
    y = 62.0
    for line in lines:
        pen.text(c.margin, y, line, 7.4, color=pen.accent, fit=w)
        y += 9
    x, bw = c.right - 118, 118.0
    pen.rect(x, 26, bw, 18, fill=pen.accent)
    pen.text(x + bw / 2, 38.5, lab["receipt_title"], 8.6, bold=True, align="center", color=white)
    pen.rect(x, 26, bw, 50, stroke=pen.accent, width=1)
    pen.text(x + 10, 66, lab["receipt_number"], 10, bold=True, color=pen.accent)
    serial = HexColor("#c0141b")
    pen.canvas.setFillColor(serial)
    pen.canvas.setFont("Helvetica-Bold", 15)
    pen.canvas.drawString(x + 30, pen.height - 67, doc.invoice_number)
    return max(y, 84.0)


def _rm_field(c: Ctx, ink: Pen, y: float, label: str, value: str | None) -> None:
    pen = c.pen
    pen.text(c.margin, y, f"{label}:", 8.4, bold=True, color=pen.accent)
    x = c.margin + pen.measure(f"{label}:", 8.4, bold=True) + 6
    pen.line(x, y + 2, c.right, y + 2, color=pen.accent, width=0.5)
    if value:
        ink.text(x + 4, y - 1, value, 9.4, italic=True, color=ink.accent, fit=c.right - x - 6)


def _rm_fields(c: Ctx, ink: Pen, y: float) -> float:
    doc, lab, ex = c.doc, c.labels, c.doc.extras
    address = ", ".join(doc.bill_to_lines) if doc.bill_to_lines else None
    fields = [
        (lab["invoice_date"], c.fmt.date(doc.invoice_date)),
        (lab["customer"], doc.customer_name),
        (lab["address"], address),
        (lab["job"], ex.get("job")),
    ]
    for label, value in fields:
        y += 17
        _rm_field(c, ink, y, label, value)
    return y + 4


def _rm_table(c: Ctx, ink: Pen, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, RM_COLS)
    pale = pen.pale
    pen.rect(c.margin, y, c.width, 16, fill=pen.accent)
    for key, x, w in cols:
        pen.text(
            x + w / 2, y + 11, lab[key], 7.6, bold=True, align="center", color=white, fit=w - 4
        )
    top = y + 16
    for k in range(RM_ROWS):
        row_top = top + k * RM_ROW
        if k % 2:
            pen.rect(c.margin, row_top, c.width, RM_ROW, fill=pale)
        pen.line(c.margin, row_top + RM_ROW, c.right, row_top + RM_ROW, color=pen.accent, width=0.3)
    bottom = top + RM_ROWS * RM_ROW
    for _, x, _w in cols[1:]:
        pen.line(x, y, x, bottom, color=pen.accent, width=0.6)
    pen.rect(c.margin, y, c.width, bottom - y, stroke=pen.accent, width=0.9)
    (_, qx, qw), (_, dx, dw), (_, px, pw), (_, ax, aw) = cols
    for k, line in enumerate(doc.lines):
        base = top + k * RM_ROW + 12
        quantity = fmt.quantity(line.quantity) if line.quantity is not None else ""
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        ink.text(qx + qw / 2, base, quantity, 9, italic=True, align="center", color=ink.accent)
        ink.text(dx + 4, base, line.description, 8.6, italic=True, color=ink.accent, fit=dw - 8)
        ink.text(px + pw - 5, base, price, 9, italic=True, align="right", color=ink.accent)
        ink.text(
            ax + aw - 5,
            base,
            fmt.amount(line.amount),
            9,
            italic=True,
            align="right",
            color=ink.accent,
        )
    if len(doc.lines) < RM_ROWS - 1:  # the unused rows struck through
        start = top + len(doc.lines) * RM_ROW + 4
        _, dx, dw = cols[1]
        ink.line(dx + 10, start, dx + dw - 10, bottom - 4, color=ink.accent, width=0.8)
    return bottom


def _rm_totals(c: Ctx, ink: Pen, y: float) -> float:
    """The totals' printed boxes on the right, the sum in words on ruled lines on the
    left."""
    pen, doc, lab = c.pen, c.doc, c.labels
    label_w, value_w = 106.0, 62.0
    x = c.right - label_w - value_w
    for k, row in enumerate(doc.totals):
        top = y + k * 17
        strong = row.key == "total"
        if strong:
            pen.rect(x, top, label_w, 17, fill=pen.pale)
        pen.rect(x, top, label_w + value_w, 17, stroke=pen.accent, width=0.7)
        pen.line(x + label_w, top, x + label_w, top + 17, color=pen.accent, width=0.7)
        pen.text(
            x + label_w - 4,
            top + 12,
            row_label(c, row),
            7.6,
            bold=True,
            align="right",
            color=pen.accent,
            fit=label_w - 6,
        )
        value = row_value(c, row)
        ink.text(
            c.right - 5,
            top + 12.5,
            value,
            9.6 if strong else 9,
            bold=strong,
            italic=True,
            align="right",
            color=ink.accent,
        )
    bottom = y + 17 * len(doc.totals)
    words = amount_words_receipt_es(doc.total, doc.currency)
    room = x - c.margin - 12
    pen.text(c.margin, y + 11, f"{lab['words']}:", 8.4, bold=True, color=pen.accent)
    head = pen.measure(f"{lab['words']}:", 8.4, bold=True) + 6
    pieces = ink.wrap(words, 8, room - head)
    for k in range(max(2, len(pieces))):
        base = y + 11 + 15 * k
        start = c.margin + (head if k == 0 else 0)
        pen.line(start, base + 2, c.margin + room, base + 2, color=pen.accent, width=0.4)
        if k < len(pieces):
            ink.text(start + 2, base - 1, pieces[k], 8, italic=True, color=ink.accent)
    return max(bottom, y + 11 + 15 * max(2, len(pieces)))


def _rm_foot(c: Ctx, ink: Pen, y: float) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    boxes = [(lab["cash"], not ex["credit"]), (lab["credit"], ex["credit"])]
    x = c.margin
    for label, ticked in boxes:
        pen.rect(x, y, 9, 9, stroke=pen.accent, width=0.7)
        if ticked:
            ink.line(x + 1.5, y + 4.5, x + 4, y + 8, color=ink.accent, width=1.2)
            ink.line(x + 4, y + 8, x + 10, y - 1, color=ink.accent, width=1.2)
        pen.text(x + 14, y + 8, label, 8, bold=True, color=pen.accent)
        x += 100
    base = pen.height - 72
    w = (c.width - 30) / 2
    for k, key in enumerate(("delivered", "received")):
        x = c.margin + k * (w + 30)
        pen.line(x, base, x + w, base, color=pen.accent, width=0.6)
        pen.text(x + w / 2, base + 10, lab[key], 7.6, align="center", color=pen.accent)
    ink.text(
        c.margin + w / 2, base - 4, ex["clerk"], 10, italic=True, align="center", color=ink.accent
    )
    end = _para(
        pen, c.margin, base + 26, lab["legend"], 6.6, c.width, italic=True, color=pen.accent
    )
    _para(pen, c.margin, end + 9, lab["returns"], 6.6, c.width, bold=True, color=pen.accent)


# --- H105: an online billing system's invoice -------------------------------------------------

OI_MARGIN = 50.0
OI_FOOT = 42.0
OI_COLS = (("description", 0.0), ("qty_price", 130.0), ("amount", 96.0))
OI_LINE = 11.5


def _oi_label(c: Ctx, row: TotalRow) -> str:
    return row_label(c, row).replace("{currency}", c.doc.currency)


def render_online_invoice(doc: Document) -> tuple[bytes, int]:
    """One to three letter pages: the firm's mark and name beside the title, the amount
    outstanding and its due date in a banner, the invoice's details, the firm, the client
    and the property in three columns, the items as quantity times price, the totals on
    the right; every page's foot repeats the amount due and counts the pages."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), OI_MARGIN)
    desc_w = _columns(c.margin, c.width, OI_COLS)[0][2] - 12
    texts = [pen.wrap(line.description, 9.4, desc_w) for line in doc.lines]
    heights = [OI_LINE * len(text) + 11 for text in texts]
    top = _oi_first(c)
    limit = pen.height - OI_FOOT - 20
    closing = 24 + 18 * len(doc.totals) + 60
    pages = paginate(heights, limit - top - 22, limit - 90 - 22, closing)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _oi_later(c)
        _oi_foot(c, number, len(pages))
        y = _oi_table(c, texts, first, end, top)
        if number < len(pages):
            pen.text(
                c.right,
                y + 16,
                c.labels["continued_footer"],
                8.4,
                italic=True,
                align="right",
                color=GREY,
            )
        else:
            _oi_closing(c, y + 14)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _oi_first(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    draw_logo(pen, "circle", c.margin, 40, 30, initials(doc.vendor_name))
    pen.text(c.margin + 40, 60, doc.vendor_name, 12.5, bold=True, fit=270)
    pen.text(c.right, 64, lab["title"], 24, bold=True, align="right")
    y = 88.0
    pen.rect(c.margin, y, c.width, 72, fill=pen.pale)
    pen.rect(c.margin, y, 5, 72, fill=pen.accent)
    pen.text(c.margin + 22, y + 22, lab["amount_due"], 8.8, color=GREY)
    pen.text(c.margin + 22, y + 54, fmt.money(doc.due_amount), 26, bold=True)
    due = lab["banner_due"].format(date=fmt.date(doc.due_date))
    pen.text(c.right - 20, y + 26, due, 12.5, bold=True, align="right", color=pen.accent)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right - 20, y + 42, said, 8.6, align="right", color=GREY)
    link = lab["pay_link"].format(link=ex["link"])
    pen.text(c.right - 20, y + 58, link, 8.6, align="right", color=pen.accent, fit=260)
    y += 96
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    for label, value in pairs:
        pen.text(c.margin, y, label, 8.8, color=GREY)
        pen.text(c.margin + 116, y, value, 9.2, bold=True)
        y += 13
    y += 14
    sender = [doc.vendor_name, *doc.vendor_lines, doc.vendor_phone or ""]
    if doc.vendor_email:
        sender.append(doc.vendor_email)
    if doc.vendor_tax_id:
        sender.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    blocks: list[tuple[str, list[str]]] = [
        (lab["from"], sender),
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], doc.service_lines or []),
    ]
    w = (c.width - 32) / 3
    ends = []
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (w + 16)
        pen.text(x, y, heading, 8.8, bold=True)
        for n, line in enumerate(lines):
            pen.text(x, y + 14 + 11 * n, line, 8.8, color=BLACK if n == 0 else GREY, fit=w)
        ends.append(y + 14 + 11 * (len(lines) - 1))
    return max(ends) + 26


def _oi_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 52, doc.vendor_name, 10.5, bold=True, fit=280)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 52, said, 9, align="right", color=GREY)
    pen.line(c.margin, 62, c.right, 62, color=LIGHT, width=0.6)
    return 84.0


def _oi_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    base = pen.height - OI_FOOT + 12
    pen.line(c.margin, base - 12, c.right, base - 12, color=LIGHT, width=0.6)
    said = lab["footer"].format(
        number=doc.invoice_number, amount=fmt.money(doc.due_amount), date=fmt.date(doc.due_date)
    )
    pen.text(c.margin, base, said, 8, color=GREY, fit=360)
    pen.text(c.right, base, lab["page"].format(n=number, m=count), 8, align="right", color=GREY)


def _oi_table(c: Ctx, texts: list[list[str]], first: int, end: int, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, OI_COLS)
    for key, x, w in cols:
        right = key != "description"
        pen.text(
            x + w if right else x,
            y + 10,
            lab[key],
            8.2,
            align="right" if right else "left",
            color=GREY,
        )
    y += 16
    pen.line(c.margin, y, c.right, y, color=GREY, width=0.6)
    for index in range(first, end):
        line, text = doc.lines[index], texts[index]
        base = y + 15
        for k, piece in enumerate(text):
            pen.text(c.margin, base + OI_LINE * k, piece, 9.4)
        if line.quantity is not None and line.unit_price is not None:
            said = f"{fmt.quantity(line.quantity)} × ${fmt.rate(line.unit_price)}"
            pen.text(cols[1][1] + cols[1][2], base, said, 9.2, align="right", color=GREY)
        pen.text(c.right, base, fmt.money(line.amount), 9.4, align="right")
        y += OI_LINE * len(text) + 11
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _oi_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    x0 = c.right - 240
    base = y
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        inset = 0.0
        if row.key == "total":
            base += 6
            pen.line(x0, base, c.right, base, color=LIGHT, width=0.6)
        if row.key == "amount_due":
            base += 8
            pen.rect(x0, base, c.right - x0, 24, fill=pen.pale)
            base += 16
            inset = 8.0
        else:
            base += 15
        size = 10.5 if row.key == "amount_due" else 9
        pen.text(x0 + inset, base, _oi_label(c, row), size, bold=strong)
        pen.text(c.right - inset, base, row_value(c, row), size, bold=strong, align="right")
        base += 8 if row.key == "amount_due" else 0
    note = lab["currency_note"].format(currency=doc.currency)
    pen.text(c.margin, y + 14, note, 8.4, color=GREY)
    end = _para(pen, c.margin, y + 30, lab["notes"], 8, x0 - c.margin - 30, color=GREY)
    pen.text(c.margin, end + 18, lab["thanks"], 9.4, bold=True, color=pen.accent)
