"""Whole pages of the layouts added with H106-H110: a contractor's invoice printed on pin-fed
continuous forms (the form's printed boxes and rules in its ink, the billing run's data in
dot-matrix capitals over them, the whole form repeated on every sheet and the totals only on
the last), a guard company's billing of its posts' hours day by day on a landscape sheet, a
supply store's web order printed from the browser (the browser's date, title, address and
page count at the edges), a Mexican contractor's progress estimate on an oficio sheet (the
contract's concepts with what was contracted, estimated before, now and in all, the advance
amortized), and a Mexican natural gas bill (the total to pay framed by the head, the meter's
cubic metres turned into gigajoules, the account's movements, a year of usage and a payment
reference with its bar code)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER, landscape

from samples.catalog import months
from samples.document import Document, TotalRow
from samples.formats import format_date
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx, meta_pairs
from samples.pdf_more import _bars, _digest
from samples.pdf_sheets import _canvas
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para


def _total(c: Ctx, x0: float, x1: float, y: float, row: TotalRow, size: float, **style) -> None:
    """A totals row: its label from ``x0``, its value right-aligned on ``x1``; the total
    and the amount due in bold and a little larger."""
    strong = row.key in ("total", "amount_due")
    fit = style.pop("fit", x1 - x0 - 80)
    c.pen.text(x0, y, row_label(c, row), size, bold=strong, fit=fit, **style)
    value = row_value(c, row)
    c.pen.text(x1, y, value, size + (0.6 if strong else 0), bold=strong, align="right", **style)


# --- H106: a contractor's invoice on pin-fed continuous forms ------------------------------

PIN_PAGE = (684.0, 792.0)  # 9 1/2 x 11 in: the form and its two tractor strips
PIN_STRIP = 36.0
PIN_LEFT = 52.0
PIN_RIGHT = 632.0
PIN_BODY_TOP = 292.0
PIN_BODY_BOTTOM = 640.0
PIN_ROW = 12.0
PIN_COLS = (
    ("quantity", 44.0),
    ("unit", 34.0),
    ("item", 74.0),
    ("description", 0.0),
    ("unit_price", 70.0),
    ("amount", 82.0),
)
INK = HexColor("#262626")


class _Form:
    """The printed form (its ink, Helvetica) and the billing run's print over it (Courier,
    a little off the form's marks, as a dot-matrix printer registers)."""

    def __init__(self, doc: Document, pen: Pen) -> None:
        self.doc = doc
        self.pen = pen
        self.form = Pen(pen.canvas, pen.width, pen.height, "Helvetica", doc.layout["accent"])
        seed = _digest(doc.id, "pinfeed")
        self.dx = (seed % 7) - 3.0
        self.dy = (seed // 7 % 5) - 2.0

    def put(self, x: float, y: float, text: str, size: float = 9.0, **style) -> None:
        self.pen.text(x + self.dx, y + self.dy, text, size, color=INK, **style)

    def label(self, x: float, y: float, text: str, size: float = 6.4, **style) -> None:
        self.form.text(x, y, text, size, color=self.form.accent, **style)


def render_pinfeed(doc: Document) -> tuple[bytes, int]:
    """One to three continuous forms: every form carries the printed head, boxes and ruled
    body; the run prints the invoice's data on each, its lines down the bodies and the
    totals in the last form's boxes ("CONTINUED" in the others')."""
    buffer, canvas, pen = _canvas(doc, PIN_PAGE)
    c = Ctx(pen, doc, Fmt.of(doc), PIN_LEFT)
    form = _Form(doc, pen)
    cols = _columns(PIN_LEFT, PIN_RIGHT - PIN_LEFT, PIN_COLS)
    desc_w = cols[3][2] - 8
    texts = [pen.wrap(line.description, 8.4, desc_w) for line in doc.lines]
    heights = [PIN_ROW * len(text) for text in texts]
    room = PIN_BODY_BOTTOM - PIN_BODY_TOP - 6
    pages = paginate(heights, room, room, 0.0)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _pin_paper(c, form)
        _pin_head(c, form, number, len(pages))
        _pin_body(c, form, cols, texts, first, end)
        _pin_totals(c, form, last=number == len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pin_paper(c: Ctx, form: _Form) -> None:
    """The tractor strips with their holes, the perforations, the body's guide bands."""
    pen = c.pen
    for x in (PIN_STRIP, pen.width - PIN_STRIP):
        pen.line(x, 0, x, pen.height, color=LIGHT, width=0.5, dash=(1.5, 2))
    y = 18.0
    while y < pen.height:
        for cx in (PIN_STRIP / 2, pen.width - PIN_STRIP / 2):
            pen.canvas.setStrokeColor(LIGHT)
            pen.canvas.setLineWidth(0.6)
            pen.canvas.circle(cx, pen.height - y, 4.6, stroke=1, fill=0)
        y += 36.0
    pen.line(PIN_STRIP, 2, pen.width - PIN_STRIP, 2, color=LIGHT, width=0.5, dash=(1.5, 2))
    band = tint(form.form.accent, 0.93)
    top = PIN_BODY_TOP + 3
    k = 0
    while top + 3 * PIN_ROW <= PIN_BODY_BOTTOM:
        if k % 2:
            pen.rect(PIN_LEFT, top, PIN_RIGHT - PIN_LEFT, 3 * PIN_ROW, fill=band)
        top += 3 * PIN_ROW
        k += 1


def _pin_cell(c: Ctx, form: _Form, x: float, y: float, w: float, label: str, value: str) -> None:
    c.pen.rect(x, y, w, 28, stroke=form.form.accent, width=0.7)
    form.label(x + 3, y + 7.5, label.upper(), 5.8)
    if value:
        form.put(x + 5, y + 22, value, 9, fit=w - 8)


def _pin_head(c: Ctx, form: _Form, number: int, count: int) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    f = form.form
    f.text(PIN_LEFT, 44, doc.vendor_name, 15, bold=True, color=f.accent, fit=330)
    f.text(PIN_LEFT, 56, lab["tagline"], 7.4, italic=True, color=f.accent, fit=330)
    contact = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    for k, line in enumerate(contact):
        f.text(PIN_LEFT, 68 + 9 * k, line, 7.6, color=f.accent, fit=330)
    x = PIN_RIGHT - 212
    f.text(PIN_RIGHT, 46, "  ".join(lab["title"]), 17, bold=True, align="right", color=f.accent)
    w = 106.0
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["sheet"], lab["page"].format(n=number, m=count)),
    ]
    for k, (label, value) in enumerate(cells):
        _pin_cell(c, form, x + (k % 2) * w, 58 + (k // 2) * 28, w, label, value)
    y = 134.0
    half = (PIN_RIGHT - PIN_LEFT - 16) / 2
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    for k, (heading, lines) in enumerate(blocks):
        bx = PIN_LEFT + k * (half + 16)
        pen.rect(bx, y, half, 80, stroke=f.accent, width=0.8)
        pen.rect(bx, y, 14, 80, fill=f.accent)
        pen.canvas.saveState()
        pen.canvas.translate(bx + 10, pen.height - y - 40)
        pen.canvas.rotate(90)
        pen.canvas.setFillColor(white)
        pen.canvas.setFont("Helvetica-Bold", 7)
        pen.canvas.drawCentredString(0, 0, heading)
        pen.canvas.restoreState()
        for n, line in enumerate(lines[:6]):
            form.put(bx + 22, y + 14 + 11 * n, line, 8.8, fit=half - 28)
    y += 92
    strip = [
        (lab["po_number"], doc.po_number or ""),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["salesman"], doc.extras["salesman"]),
        (lab["ship_via"], doc.extras["route"]),
        (lab["job"], doc.extras["job"]),
    ]
    w = (PIN_RIGHT - PIN_LEFT) / len(strip)
    for k, (label, value) in enumerate(strip):
        _pin_cell(c, form, PIN_LEFT + k * w, y, w, label, value)


def _pin_body(
    c: Ctx,
    form: _Form,
    cols: list[tuple[str, float, float]],
    texts: list[list[str]],
    first: int,
    end: int,
) -> None:
    pen, doc = c.pen, c.doc
    f = form.form
    head = PIN_BODY_TOP - 16
    pen.rect(PIN_LEFT, head, PIN_RIGHT - PIN_LEFT, 16, fill=f.accent)
    for key, x, w in cols:
        f.text(x + w / 2, head + 11, c.labels[key], 6.8, bold=True, align="center", color=white)
    pen.rect(PIN_LEFT, head, PIN_RIGHT - PIN_LEFT, PIN_BODY_BOTTOM - head, stroke=f.accent)
    for _, x, _w in cols[1:]:
        pen.line(x, head, x, PIN_BODY_BOTTOM, color=f.accent, width=0.6)
    y = PIN_BODY_TOP + PIN_ROW
    for index in range(first, end):
        line, text = doc.lines[index], texts[index]
        for key, x, w in cols:
            if key == "description":
                for k, piece in enumerate(text):
                    form.put(x + 4, y + PIN_ROW * k, piece, 8.4)
            elif key == "item":
                form.put(x + 4, y, line.code or "", 8.4)
            elif key == "unit":
                form.put(x + w / 2, y, _value_text(c, line, key), 8.4, align="center")
            else:
                form.put(x + w - 4, y, _value_text(c, line, key), 8.4, align="right")
        y += PIN_ROW * len(text)


def _pin_totals(c: Ctx, form: _Form, *, last: bool) -> None:
    """The printed boxes of the totals on the right, the remit-to or the claims note on
    the left; the values only on the last form."""
    pen, doc, lab = c.pen, c.doc, c.labels
    f = form.form
    top = PIN_BODY_BOTTOM + 8
    keys = ("subtotal", "tax", "total", "amount_due")
    rows = {row.key: row for row in doc.totals}
    x, w = PIN_RIGHT - 236, 236.0
    for k, key in enumerate(keys):
        y = top + 17 * k
        strong = key in ("total", "amount_due")
        if strong:
            pen.rect(x, y, w, 17, fill=tint(f.accent, 0.85))
        pen.rect(x, y, w, 17, stroke=f.accent, width=0.8)
        pen.line(x + 140, y, x + 140, y + 17, color=f.accent, width=0.8)
        row = rows.get(key)
        label = row_label(c, row) if row and last else lab[key].replace(" {rate}", "")
        f.text(x + 5, y + 11.5, label.upper(), 7, bold=strong, color=f.accent, fit=132)
        if last and row:
            form.put(x + w - 5, y + 12, row_value(c, row), 9.4, align="right", bold=strong)
        elif not last and key == "total":
            form.put(x + w - 5, y + 12, lab["continued"], 8.4, align="right")
    left_w = x - PIN_LEFT - 16
    if doc.remit_lines:
        pen.rect(PIN_LEFT, top, left_w, 68, stroke=f.accent, width=0.7)
        form.label(PIN_LEFT + 5, top + 10, lab["remit_to"], 6.4, bold=True)
        for k, line in enumerate([doc.vendor_name, *doc.remit_lines]):
            f.text(PIN_LEFT + 12, top + 22 + 10 * k, line, 8, color=f.accent, fit=left_w - 18)
    else:
        _para(f, PIN_LEFT, top + 10, lab["claims"], 6.8, left_w, italic=True, color=f.accent)
    f.text(pen.width / 2, pen.height - 14, lab["original"], 6.4, align="center", color=f.accent)


# --- H107: a guard company's billing of its posts' hours ----------------------------------

PH_MARGIN = 36.0
PH_DESC = 230.0
PH_TAIL = (("quantity", 50.0), ("unit_price", 56.0), ("amount", 72.0))


def render_post_hours(doc: Document) -> tuple[bytes, int]:
    """A landscape letter sheet: the company's badge and licence, the details down the
    right, the client, the guarded site and the weeks billed, each post's hours day by day
    with its total, rate and amount, the day's hours under them, the totals beside the
    verification note, and where to mail payment."""
    buffer, canvas, pen = _canvas(doc, landscape(LETTER))
    c = Ctx(pen, doc, Fmt.of(doc), PH_MARGIN)
    y = _ph_head(c)
    y = _ph_parties(c, y + 12)
    y = _ph_grid(c, y + 16)
    _ph_closing(c, y + 14)
    canvas.save()
    return buffer.getvalue(), 1


def _shield(pen: Pen, x: float, y: float, size: float, mark: str) -> None:
    c = pen.canvas
    path = c.beginPath()
    top = pen.height - y
    path.moveTo(x, top)
    path.lineTo(x + size, top)
    path.lineTo(x + size, top - size * 0.55)
    path.curveTo(
        x + size,
        top - size * 0.9,
        x + size * 0.6,
        top - size * 1.05,
        x + size / 2,
        top - size * 1.15,
    )
    path.curveTo(x + size * 0.4, top - size * 1.05, x, top - size * 0.9, x, top - size * 0.55)
    path.close()
    c.setFillColor(pen.accent)
    c.drawPath(path, stroke=0, fill=1)
    pen.text(
        x + size / 2, y + size * 0.62, mark, size * 0.36, bold=True, align="center", color=white
    )


def _ph_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    _shield(pen, c.margin, 28, 40, initials(doc.vendor_name))
    x = c.margin + 52
    pen.text(x, 44, doc.vendor_name, 16, bold=True, color=pen.accent, fit=330)
    pen.text(x, 57, f"{lab['license']} {ex['license']}", 8, bold=True, color=GREY)
    pen.text(x, 69, " · ".join(doc.vendor_lines), 8, fit=360)
    contact = f"{lab['phone']}: {doc.vendor_phone}"
    if doc.vendor_email:
        contact += f"   {lab['email']}: {doc.vendor_email}"
    if doc.vendor_tax_id:
        contact += f"   {lab['tax_id']} {doc.vendor_tax_id}"
    pen.text(x, 80, contact, 8, fit=380)
    pen.text(c.right, 40, lab["title"], 14, bold=True, align="right", color=pen.accent)
    pairs = [pair for pair in meta_pairs(doc, fmt) if pair[0] != lab["service_period"]]
    y = 56.0
    for label, value in pairs:
        pen.text(c.right - 96, y, f"{label}:", 8.2, align="right", color=GREY)
        pen.text(c.right - 90, y, value, 9, bold=True, fit=90)
        y += 11.5
    pen.line(c.margin, max(y, 92), c.right, max(y, 92), color=pen.accent, width=1.4)
    return max(y, 92)


def _ph_parties(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    w = (c.width - 24) / 3
    blocks = [
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], [*(doc.service_lines or []), f"{lab['site']}: {ex['site']}"]),
    ]
    bottom = y
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (w + 12)
        pen.text(x, y + 8, heading.upper(), 7.4, bold=True, color=pen.accent)
        for n, line in enumerate(lines):
            pen.text(x, y + 21 + 10.5 * n, line, 8.8, bold=n == 0, fit=w)
        bottom = max(bottom, y + 21 + 10.5 * (len(lines) - 1))
    x = c.margin + 2 * (w + 12)
    start, end = doc.period
    pen.rect(x, y, w, 50, fill=pen.pale)
    pen.rect(x, y, 4, 50, fill=pen.accent)
    pen.text(x + 12, y + 14, lab["service_period"].upper(), 7.4, bold=True, color=pen.accent)
    said = f"{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"
    pen.text(x + 12, y + 31, said, 11, bold=True, fit=w - 18)
    weeks = (end - start).days // 7 + 1
    pen.text(x + 12, y + 44, f"{weeks} x 7 days", 7.6, color=GREY)
    return max(bottom, y + 50)


def _ph_grid(c: Ctx, y: float) -> float:
    """The posts' hours day by day: a column per day (the weekday over the day), the
    holiday's column shaded; each post's total hours, bill rate and amount."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    days, grid = ex["days"], ex["grid"]
    tail = sum(w for _, w in PH_TAIL)
    day_w = (c.width - PH_DESC - tail) / len(days)
    xs = [c.margin + PH_DESC + k * day_w for k in range(len(days))]
    tail_x = c.margin + PH_DESC + day_w * len(days)
    holiday = _holiday_columns(doc)
    pen.rect(c.margin, y, c.width, 26, fill=pen.accent)
    pen.text(c.margin + 6, y + 16, lab["description"], 8, bold=True, color=white)
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    for k, day in enumerate(days):
        cx = xs[k] + day_w / 2
        pen.text(cx, y + 11, names[day.weekday()], 6.8, bold=True, align="center", color=white)
        pen.text(cx, y + 21, f"{day.month}/{day.day}", 6.6, align="center", color=white)
    x = tail_x
    for key, w in PH_TAIL:
        pen.text(x + w - 4, y + 16, lab[key], 7.6, bold=True, align="right", color=white)
        x += w
    top = y + 26
    y = top
    texts = [pen.wrap(line.description, 8.4, PH_DESC - 10) for line in doc.lines]
    for line, text, hours in zip(doc.lines, texts, grid, strict=True):
        height = 11 * len(text) + 8
        for k in holiday:
            pen.rect(xs[k], y, day_w, height, fill=pen.pale)
        for n, piece in enumerate(text):
            pen.text(c.margin + 6, y + 12 + 11 * n, piece, 8.4)
        for k, value in enumerate(hours):
            shown = str(value) if value else "-"
            color = BLACK if value else LIGHT
            pen.text(xs[k] + day_w / 2, y + 12, shown, 8, align="center", color=color)
        x = tail_x
        for key, w in PH_TAIL:
            value = _value_text(c, line, key)
            bold = key == "amount"
            pen.text(x + w - 4, y + 12, value, 8.6, bold=bold, align="right")
            x += w
        y += height
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    sums = [sum(column) for column in zip(*grid, strict=True)]
    pen.rect(c.margin, y, c.width, 16, fill=tint(pen.accent, 0.8))
    pen.text(c.margin + 6, y + 11, lab["day_total"], 8, bold=True)
    for k, value in enumerate(sums):
        pen.text(xs[k] + day_w / 2, y + 11, str(value), 7.6, bold=True, align="center")
    hours = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    pen.text(tail_x + PH_TAIL[0][1] - 4, y + 11, fmt.quantity(hours), 8, bold=True, align="right")
    y += 16
    for x in [*xs, tail_x]:
        pen.line(x, top, x, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top - 26, c.width, y - top + 26, stroke=pen.accent, width=0.8)
    return y


def _holiday_columns(doc: Document) -> set[int]:
    ex = doc.extras
    for line, hours in zip(doc.lines, ex["grid"], strict=True):
        if line.description.startswith("Holiday"):
            return {k for k, value in enumerate(hours) if value}
    return set()


def _ph_closing(c: Ctx, y: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    x0 = c.right - 250
    base = y
    for row in doc.totals:
        base += 15
        if row.key == "amount_due":
            pen.rect(x0, base - 11, c.right - x0, 16, fill=pen.pale)
        _total(c, x0 + 4, c.right - 4, base, row, 9)
    w = x0 - c.margin - 30
    pen.text(c.margin, y + 14, lab["verified"], 8.4, bold=True, color=pen.accent)
    end = _para(pen, c.margin, y + 28, lab["notes"], 7.6, w, color=GREY)
    sign = end + 30
    pen.line(c.margin, sign, c.margin + 200, sign, color=GREY, width=0.6)
    pen.text(c.margin, sign + 10, f"{lab['supervisor']}: {ex['supervisor']}", 7.6, color=GREY)
    foot = pen.height - 30
    pen.line(c.margin, foot - 12, c.right, foot - 12, color=LIGHT, width=0.5)
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        pen.text(c.margin, foot, said, 8, bold=True, fit=c.width * 0.66)
    pen.text(c.right, foot, lab["thanks"], 7.6, italic=True, align="right", color=GREY)


# --- H108: a supply store's web order printed from the browser ------------------------------

WO_MARGIN = 48.0
WO_ITEM = 62.0
WO_FIRST_TOP = 318.0
WO_LATER_TOP = 60.0
WO_BOTTOM = 744.0


def render_web_order(doc: Document) -> tuple[bytes, int]:
    """One to three letter pages as a browser prints an order's page: the browser's date
    and the page's title at the top, its address and page count at the foot; the shop's
    bar, the order's heading, the three cards of delivery, billing and payment, the items
    with their counts and prices, and the order summary under the last."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), WO_MARGIN)
    closing = 180.0
    heights = [WO_ITEM] * len(doc.lines)
    pages = paginate(heights, WO_BOTTOM - WO_FIRST_TOP - 30, WO_BOTTOM - WO_LATER_TOP - 30, closing)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _wo_browser(c, number, len(pages))
        y = _wo_first(c) if number == 1 else WO_LATER_TOP
        y = _wo_items(c, first, end, y, opened=first == 0)
        if number == len(pages):
            _wo_closing(c, y + 16)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _wo_browser(c: Ctx, number: int, count: int) -> None:
    pen, doc, ex = c.pen, c.doc, c.doc.extras
    day = ex["printed_on"]
    stamp = f"{day.month}/{day.day}/{day.year % 100:02d}, {ex['printed_at']}"
    pen.text(22, 18, stamp, 7.4)
    title = f"{doc.labels['title']} - {doc.invoice_number} | {doc.vendor_name}"
    pen.text(pen.width / 2, 18, title, 7.4, align="center", fit=330)
    url = f"https://{ex['site']}/account/orders/{doc.invoice_number.lower()}?ref=ord_dtl"
    pen.text(22, pen.height - 16, url, 7.4, fit=430)
    pen.text(pen.width - 22, pen.height - 16, f"{number}/{count}", 7.4, align="right")


def _wo_first(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(c.margin, 34, c.width, 30, fill=pen.accent)
    pen.text(c.margin + 12, 54, doc.vendor_name, 13, bold=True, color=white, fit=200)
    pen.canvas.setFillColor(white)
    pen.canvas.roundRect(c.margin + 206, pen.height - 57, 150, 16, 3, stroke=0, fill=1)
    pen.text(c.margin + 214, 52, lab["search"], 7.6, color=LIGHT)
    said = lab["account"].format(who=ex["buyer"])
    pen.text(c.right - 10, 53, said, 7.2, align="right", color=white, fit=c.right - c.margin - 372)
    pen.text(c.margin, 82, "Your account  ›  Your orders  ›  Order details", 7.6, color=GREY)
    pen.text(c.margin, 106, lab["title"], 19, bold=True)
    placed = f"{fmt.date(doc.invoice_date)} {ex['placed']}"
    pen.text(c.margin, 126, f"{lab['invoice_date']} {placed}", 9)
    x = c.margin + pen.measure(f"{lab['invoice_date']} {placed}", 9) + 14
    pen.line(x - 7, 118, x - 7, 129, color=LIGHT, width=0.6)
    pen.text(x, 126, f"{lab['receipt_number']} {doc.invoice_number}", 9)
    top = 140.0
    pen.canvas.setStrokeColor(LIGHT)
    pen.canvas.setLineWidth(0.8)
    pen.canvas.roundRect(c.margin, pen.height - top - 120, c.width, 120, 6, stroke=1, fill=0)
    w = c.width / 3
    card = lab["card"].format(brand=ex["card_brand"].title(), last4=ex["card_last4"])
    blocks = [
        (lab["service_address"], [ex["recipient"], *(doc.service_lines or [])]),
        (lab["bill_to"], _customer(doc)),
        (lab["payment"], [card]),
    ]
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + 14 + k * w
        pen.text(x, top + 20, heading, 9.4, bold=True)
        for n, line in enumerate(lines):
            pen.text(x, top + 36 + 11 * n, line, 8.6, fit=w - 24)
    status = lab["pickup"] if ex["pickup"] else lab["shipped"]
    paid = lab["status"].format(how=card)
    pen.text(c.margin + 14 + 2 * w, top + 62, paid, 8, color=GREY, fit=w - 24)
    y = top + 140
    pen.canvas.roundRect(c.margin, pen.height - y - 30, c.width, 30, 6, stroke=1, fill=0)
    said = status.format(date=format_date(ex["delivered"], "abbr_en"))
    pen.text(c.margin + 14, y + 19, said, 11, bold=True, color=HexColor("#1e7a3c"))
    pen.text(
        c.right - 14,
        y + 19,
        lab["sold_by"].format(name=doc.vendor_name),
        7.8,
        align="right",
        color=GREY,
        fit=260,
    )
    return y + 30


def _wo_items(c: Ctx, first: int, end: int, y: float, *, opened: bool) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    for index in range(first, end):
        line = doc.lines[index]
        top = y + 10
        pen.rect(c.margin + 10, top, 42, 42, fill=HexColor("#eeeeee"))
        pen.rect(c.margin + 20, top + 12, 22, 18, fill=tint(pen.accent, 0.6))
        x = c.margin + 64
        for n, piece in enumerate(pen.wrap(line.description, 9.6, 270)[:2]):
            pen.text(x, top + 11 + 12 * n, piece, 9.6, color=HexColor("#0b5fa5"))
        pen.text(x, top + 37, f"{lab['item_no']} {line.code}", 7.6, color=GREY)
        assert line.quantity is not None and line.unit_price is not None
        pen.text(c.margin + 380, top + 11, f"{lab['quantity']} {fmt.quantity(line.quantity)}", 9)
        each = f"{fmt.money(line.unit_price)} {lab['each']}"
        pen.text(c.margin + 380, top + 24, each, 8.4, color=GREY)
        pen.text(c.right - 10, top + 11, fmt.money(line.amount), 10, bold=True, align="right")
        y += WO_ITEM
        pen.line(c.margin + 10, y, c.right - 10, y, color=HexColor("#e3e3e3"), width=0.6)
    return y


def _wo_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    x0 = c.right - 230
    pen.canvas.setStrokeColor(LIGHT)
    pen.canvas.setLineWidth(0.8)
    rows = len(doc.totals) + 1
    height = 30 + 15 * rows + 10
    pen.canvas.roundRect(x0, pen.height - y - height, c.right - x0, height, 6, stroke=1, fill=0)
    pen.text(x0 + 12, y + 18, lab["summary"], 10, bold=True)
    base = y + 30
    for row in doc.totals:
        if row.key == "tax":
            base += 15
            pen.text(x0 + 12, base, lab["shipping"], 8.8)
            pen.text(
                c.right - 12,
                base,
                lab["free"],
                8.8,
                bold=True,
                align="right",
                color=HexColor("#1e7a3c"),
            )
        strong = row.key == "total"
        base += 15 + (4 if strong else 0)
        if strong:
            pen.line(x0 + 12, base - 12, c.right - 12, base - 12, color=LIGHT, width=0.6)
        _total(c, x0 + 12, c.right - 12, base, row, 9.4 if strong else 8.8)
    w = x0 - c.margin - 24
    foot = [doc.vendor_name, *doc.vendor_lines, lab["help"].format(phone=doc.vendor_phone)]
    if doc.vendor_email:
        foot.append(f"{lab['email']}: {doc.vendor_email}")
    for k, line in enumerate(foot):
        pen.text(
            c.margin,
            y + 18 + 11 * k,
            line,
            8.2,
            bold=k == 0,
            color=BLACK if k == 0 else GREY,
            fit=w,
        )
    _para(pen, c.margin, y + 30 + 11 * len(foot), lab["returns"], 7.6, w, color=GREY)


# --- H109: a Mexican contractor's progress estimate ---------------------------------------

OFICIO = (612.0, 936.0)
EST_MARGIN = 30.0
EST_COLS = (
    ("item", 40.0),
    ("description", 0.0),
    ("unit", 36.0),
    ("contracted", 48.0),
    ("before", 48.0),
    ("quantity", 50.0),
    ("accumulated", 48.0),
    ("unit_price", 60.0),
    ("amount", 70.0),
)
EST_LINE = 9.6
EST_FOOT = 36.0


def render_estimacion(doc: Document) -> tuple[bytes, int]:
    """One or two oficio sheets: the contractor beside the estimate's title and number,
    the contract's data in ruled cells, the contracting party and the site, the concepts
    with their quantities, and on the last sheet the contract's state beside the totals,
    the notes and three signatures."""
    buffer, canvas, pen = _canvas(doc, OFICIO)
    c = Ctx(pen, doc, Fmt.of(doc), EST_MARGIN)
    cols = _columns(c.margin, c.width, EST_COLS)
    texts = [pen.wrap(line.description, 7.8, cols[1][2] - 8) for line in doc.lines]
    heights = [EST_LINE * len(text) + 6 for text in texts]
    top = _est_head(c, 1, 1)
    limit = pen.height - EST_FOOT - 20
    pages = paginate(heights, limit - top - 30, limit - 120 - 30, 300.0)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _est_later(c, number, len(pages))
        else:
            _est_sheet(c, number, len(pages))
        y = _est_table(c, cols, texts, first, end, top)
        if number < len(pages):
            pen.text(
                c.right, y + 14, c.labels["continued"], 8, italic=True, align="right", color=GREY
            )
        else:
            _est_closing(c, y + 14)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _est_sheet(c: Ctx, number: int, count: int) -> None:
    pen, doc = c.pen, c.doc
    base = pen.height - EST_FOOT + 14
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, base, f"{doc.vendor_name} · {doc.extras['contract']}", 7, color=GREY)
    pen.text(c.right, base, c.labels["page"].format(n=number, m=count), 7.4, align="right")


def _est_head(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    draw_logo(pen, doc.logo, c.margin, 30, 40, initials(doc.vendor_name))
    x = c.margin + 50
    w = c.width - 50 - 180
    pen.text(x, 30, lab["issuer"].upper(), 6.8, bold=True, color=GREY)
    pen.text(x, 44, doc.vendor_name, 12.5, bold=True, color=pen.accent, fit=w)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    y = 56.0
    for line in lines:
        pen.text(x, y, line, 7.8, fit=w)
        y += 9.4
    bx, bw = c.right - 172, 172.0
    pen.rect(bx, 26, bw, 22, fill=pen.accent)
    pen.text(bx + bw / 2, 41, lab["title"], 10.5, bold=True, align="center", color=white)
    pen.rect(bx, 26, bw, 66, stroke=pen.accent, width=1)
    pen.text(bx + bw / 2, 62, lab["estimate"], 8, align="center", color=GREY)
    pen.text(bx + bw / 2, 84, str(ex["estimate"]), 20, bold=True, align="center", color=pen.accent)
    y = max(y, 96.0) + 8
    period = f"{fmt.date(doc.period[0])}{lab['period_sep']}{fmt.date(doc.period[1])}"
    rows = [
        [(lab["contract"], ex["contract"], 1), (lab["work"], ex["work"], 3)],
        [
            (lab["invoice_number"], doc.invoice_number, 1),
            (lab["invoice_date"], fmt.date(doc.invoice_date), 1),
            (lab["service_period"], period, 2),
        ],
    ]
    third = [
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else "", 1),
        (lab["terms"], doc.terms or "", 1),
        (lab["po_number"], doc.po_number or "", 2),
    ]
    if doc.due_date or doc.terms or doc.po_number:
        rows.append(third)
    quarter = c.width / 4
    for row in rows:
        x = c.margin
        for label, value, span in row:
            w = quarter * span
            pen.rect(x, y, w, 26, stroke=GREY, width=0.5)
            pen.rect(x, y, w, 9, fill=pen.pale)
            pen.text(x + 3, y + 7, label.upper(), 5.8, bold=True, color=pen.accent, fit=w - 6)
            pen.text(x + 4, y + 20, value, 8.6, bold=True, fit=w - 8)
            x += w
        y += 26
    y += 10
    half = (c.width - 14) / 2
    customer = [*_customer(doc), f"{lab['customer_rfc']}: {ex['customer_rfc']}"]
    blocks = [(lab["bill_to"], customer), (lab["service_address"], doc.service_lines or [])]
    bottom = y
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 14)
        pen.rect(x, y, half, 12, fill=pen.accent)
        pen.text(x + 5, y + 9, heading.upper(), 7, bold=True, color=white)
        for n, line in enumerate(lines):
            pen.text(x + 5, y + 23 + 10 * n, line, 8.2, bold=n == 0, fit=half - 10)
        bottom = max(bottom, y + 23 + 10 * (len(lines) - 1))
    _est_sheet(c, number, count)
    return bottom + 16


def _est_later(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True, color=pen.accent, fit=300)
    said = (
        f"{lab['title']} - {lab['estimate']} {ex['estimate']} - {lab['contract']} {ex['contract']}"
    )
    pen.text(c.right, 44, said, 8.4, align="right", fit=260)
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=0.8)
    _est_sheet(c, number, count)
    return 70.0


def _est_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    texts: list[list[str]],
    first: int,
    end: int,
    y: float,
) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    head = 26.0
    pen.rect(c.margin, y, c.width, head, fill=pen.accent)
    for key, x, w in cols:
        parts = pen.wrap(lab[key], 6.6, w - 4, bold=True)[:2]
        for k, part in enumerate(parts):
            base = y + (16 if len(parts) == 1 else 11 + 8 * k)
            pen.text(x + w / 2, base, part, 6.6, bold=True, align="center", color=white)
    top = y + head
    y = top
    now_col = next(x for key, x, _ in cols if key == "quantity")
    now_w = next(w for key, _, w in cols if key == "quantity")
    for index in range(first, end):
        line, text = doc.lines[index], texts[index]
        contracted, before = ex["progress"][index]
        assert line.quantity is not None
        height = EST_LINE * len(text) + 6
        pen.rect(now_col, y, now_w, height, fill=pen.pale)
        values = {
            "item": line.code or "",
            "unit": line.unit or "",
            "contracted": fmt.quantity(contracted),
            "before": fmt.quantity(before),
            "quantity": fmt.quantity(line.quantity),
            "accumulated": fmt.quantity(before + line.quantity),
            "unit_price": _value_text(c, line, "unit_price"),
            "amount": _value_text(c, line, "amount"),
        }
        base = y + 10
        for key, x, w in cols:
            if key == "description":
                for k, piece in enumerate(text):
                    pen.text(x + 4, base + EST_LINE * k, piece, 7.8)
            elif key in ("item", "unit"):
                pen.text(x + w / 2, base, values[key], 7.6, align="center")
            else:
                bold = key in ("quantity", "amount")
                pen.text(x + w - 4, base, values[key], 7.8, bold=bold, align="right")
        y += height
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    for _, x, _w in cols[1:]:
        pen.line(x, top, x, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top - head, c.width, y - top + head, stroke=pen.accent, width=0.8)
    return y


def _est_closing(c: Ctx, y: float) -> None:
    """The contract's state before tax and the advance on the left, the estimate's totals
    on the right, the notes and three signatures."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    subtotal = next(row.amount for row in doc.totals if row.key == "subtotal")
    contract, before = ex["contract_amount"], ex["estimated_before"]
    state = [
        (lab["contract_amount"], contract),
        (lab["estimated_before"], before),
        (lab["this_estimate"], subtotal),
        (lab["accumulated"], before + subtotal),
        (lab["to_estimate"], contract - before - subtotal),
    ]
    w = 236.0
    pen.rect(c.margin, y, w, 14, fill=pen.pale)
    pen.text(c.margin + 5, y + 10, lab["status"].upper(), 6.8, bold=True, color=pen.accent)
    base = y + 14
    for label, value in state:
        base += 13
        pen.text(c.margin + 6, base, label, 8)
        pen.text(c.margin + w - 6, base, fmt.money(value), 8.2, align="right")
    pen.rect(c.margin, y, w, base - y + 6, stroke=LIGHT, width=0.6)
    share = ex["advance_share"]
    advance = lab["advance"].format(rate=fmt.percent(share))
    pen.text(
        c.margin,
        base + 22,
        f"{advance}: {fmt.money((contract * Decimal('1.16') * share).quantize(Decimal('0.01')))}",
        7.6,
        color=GREY,
        fit=w + 40,
    )
    x0 = c.right - 262
    top = y
    for row in doc.totals:
        if row.key == "amount_due":
            pen.rect(x0, top, c.right - x0, 18, fill=pen.accent)
        pen.rect(x0, top, c.right - x0, 18, stroke=pen.accent, width=0.6)
        color = white if row.key == "amount_due" else BLACK
        _total(c, x0 + 6, c.right - 6, top + 12.5, row, 8.4, color=color)
        top += 18
    y = max(base + 34, top + 16)
    end = _para(pen, c.margin, y, lab["notes"], 7.4, c.width, italic=True, color=GREY)
    sign = max(end + 58, pen.height - EST_FOOT - 70)
    w = (c.width - 40) / 3
    names = [doc.vendor_name, ex["supervisor"], ex["approver"]]
    for k, key in enumerate(("signed_by", "checked_by", "approved_by")):
        x = c.margin + k * (w + 20)
        pen.line(x, sign, x + w, sign, color=GREY, width=0.6)
        pen.text(x + w / 2, sign + 10, lab[key], 7.4, bold=True, align="center")
        pen.text(x + w / 2, sign + 20, names[k], 7.2, align="center", color=GREY, fit=w)


# --- H110: a Mexican natural gas bill ------------------------------------------------------

GM_MARGIN = 34.0
GM_COLS = (
    ("description", 0.0),
    ("quantity", 70.0),
    ("unit", 50.0),
    ("unit_price", 84.0),
    ("amount", 84.0),
)


def render_gas_mx(doc: Document) -> tuple[bytes, int]:
    """A letter page: the company on a band, the total to pay and its deadline framed by
    the head, the contract holder and the supply address, the bill's data in cells, three
    tabs (usage, account, history), the charges and their totals, the notice and the
    payment reference with its bar code."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), GM_MARGIN)
    y = _gm_head(c)
    y = _gm_cells(c, y + 10)
    y = _gm_tabs(c, y + 14)
    y = _gm_charges(c, y + 16)
    _gm_reference(c, y + 12)
    canvas.save()
    return buffer.getvalue(), 1


def _gm_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    pen.rect(0, 0, pen.width, 62, fill=pen.accent)
    draw_logo(pen, "circle", c.margin, 12, 38, initials(doc.vendor_name))
    pen.canvas.setFillColor(white)
    pen.text(c.margin + 48, 32, doc.vendor_name, 14, bold=True, color=white, fit=330)
    pen.text(c.margin + 48, 46, lab["title"], 8.4, color=white)
    pen.text(c.right, 28, lab["emergency"], 7.6, align="right", color=white)
    pen.text(c.right, 42, doc.vendor_phone or "", 11, bold=True, align="right", color=white)
    lines = [*doc.vendor_lines]
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    for k, line in enumerate(lines):
        pen.text(c.margin, 76 + 8.8 * k, line, 7.2, color=GREY, fit=300)
    y = 76 + 8.8 * len(lines) + 8
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    for heading, block in blocks:
        pen.text(c.margin, y + 6, heading, 7.4, bold=True, color=pen.accent)
        for k, line in enumerate(block):
            pen.text(c.margin, y + 18 + 10.4 * k, line, 8.8, bold=k == 0, fit=300)
        y += 18 + 10.4 * len(block) + 4
    bx, bw = c.right - 214, 214.0
    pen.canvas.setFillColor(pen.pale)
    pen.canvas.setStrokeColor(pen.accent)
    pen.canvas.setLineWidth(1.4)
    pen.canvas.roundRect(bx, pen.height - 76 - 112, bw, 112, 10, stroke=1, fill=1)
    due = doc.total_row("amount_due")
    assert due is not None
    pen.text(bx + bw / 2, 94, row_label(c, due), 9, bold=True, align="center", color=pen.accent)
    pen.text(bx + bw / 2, 124, row_value(c, due), 22, bold=True, align="center")
    pen.text(bx + bw / 2, 144, f"{lab['due_date']}:", 8, align="center", color=GREY)
    pen.text(bx + bw / 2, 157, fmt.date(doc.due_date), 11, bold=True, align="center")
    said = f"{lab['account_number']}: {doc.account_number}"
    pen.text(bx + bw / 2, 178, said, 8, align="center", fit=bw - 16)
    return max(y, 196.0)


def _gm_cells(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    cells = [
        (lab["invoice_number"], doc.invoice_number, 1.0),
        (lab["invoice_date"], fmt.date(doc.invoice_date), 1.0),
        (lab["service_period"], f"{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}", 1.6),
        (lab["rate_class"], ex["rate_class"], 1.2),
    ]
    unit = c.width / sum(span for *_, span in cells)
    x = c.margin
    for label, value, span in cells:
        w = unit * span
        pen.rect(x, y, w, 30, stroke=pen.accent, width=0.6)
        pen.text(x + 5, y + 10, label, 6.8, color=GREY, fit=w - 8)
        pen.text(x + 5, y + 23, value, 9, bold=True, fit=w - 8)
        x += w
    return y + 30


def _gm_tab(c: Ctx, x: float, y: float, w: float, h: float, title: str) -> None:
    pen = c.pen
    tab_w = pen.measure(title, 8, bold=True) + 20
    pen.rect(x, y, tab_w, 16, fill=pen.accent)
    pen.text(x + 10, y + 11.5, title, 8, bold=True, color=white)
    pen.rect(x, y + 16, w, h - 16, stroke=pen.accent, width=0.8)


def _gm_tabs(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    h = 150.0
    w = (c.width - 20) / 3
    # usage: the meter's reads, the cubic metres corrected and turned into gigajoules
    _gm_tab(c, c.margin, y, w, h, lab["usage_tab"])
    prior, now = ex["reads"]
    rows = [
        (lab["meter"], ex["meter"]),
        (lab["read_prior"], fmt.quantity(prior)),
        (lab["read_now"], fmt.quantity(now)),
        (lab["cubic"], fmt.quantity(ex["cubic"])),
        (lab["factor"], f"{ex['factor']:.4f}"),
        (lab["corrected"], fmt.quantity(ex["corrected"])),
        (lab["heat"], f"{ex['heat']:.5f}"),
        (lab["energy"], fmt.quantity(ex["energy"])),
    ]
    base = y + 30
    for label, value in rows:
        strong = label == lab["energy"]
        pen.text(c.margin + 6, base, label, 7.2, bold=strong, fit=w - 70)
        pen.text(c.margin + w - 6, base, value, 7.8, bold=strong, align="right")
        base += 13
    kind = lab["reading_estimated"] if ex["estimated"] else lab["reading_real"]
    pen.text(c.margin + 6, y + h - 6, kind, 6.8, italic=True, color=GREY)
    # the account: last bill, payments, this month's charges and what is owed
    x = c.margin + w + 10
    _gm_tab(c, x, y, w, h, lab["account_tab"])
    base = y + 32
    for row in doc.summary:
        strong = row.key == "amount_due"
        if strong:
            base += 8
            pen.line(x + 6, base - 11, x + w - 6, base - 11, color=GREY, width=0.6)
        _total(c, x + 6, x + w - 6, base, row, 7.8)
        if row.key == "payments" and row.amount:
            base += 10
            said = lab["paid_on"].format(date=fmt.date(ex["paid_on"]))
            pen.text(x + 10, base, said, 6.6, italic=True, color=GREY, fit=w - 16)
        base += 18
    # the history: twelve months before and this one, in gigajoules
    x = c.margin + 2 * (w + 10)
    _gm_tab(c, x, y, w, h, lab["history_tab"])
    values = [*ex["history"], int(ex["energy"])]
    tallest = max(values) or 1
    step = (w - 16) / 13
    floor = y + h - 22
    names = months("es")
    assert doc.period is not None
    end = doc.period[1]
    for k, value in enumerate(values):
        bar = 84 * value / tallest
        bx = x + 8 + k * step
        last = k == len(values) - 1
        pen.rect(bx + 1.5, floor - bar, step - 3, bar, fill=pen.accent if last else LIGHT)
        month = names[(end.month - 1 - (12 - k)) % 12]
        pen.text(bx + step / 2, floor + 9, month[:1].upper(), 6, align="center")
    pen.line(x + 8, floor, x + w - 8, floor, color=GREY, width=0.5)
    return y + h


def _gm_charges(c: Ctx, y: float) -> float:
    """The charges under their heading on a pale band, a dotted rule under each."""
    pen, doc, lab = c.pen, c.doc, c.labels
    cols = _columns(c.margin, c.width, GM_COLS)
    pen.text(c.margin, y, lab["charges"].upper(), 8.4, bold=True, color=pen.accent)
    pen.rect(c.margin, y + 6, c.width, 16, fill=pen.pale)
    _gm_row(c, cols, y + 17, {key: lab[key] for key, _, _ in cols}, 7.6, bold=True)
    y += 22
    for line in doc.lines:
        y += 14
        values = {key: _value_text(c, line, key) for key, _, _ in cols}
        _gm_row(c, cols, y, {**values, "description": line.description}, 8.6)
        pen.line(c.margin, y + 4, c.right, y + 4, color=LIGHT, width=0.4, dash=(1, 1.5))
    y += 6
    x0 = c.right - 250
    for row in doc.totals:
        y += 14
        _total(c, x0, c.right - 5, y, row, 8.6)
    _para(
        pen,
        c.margin,
        y - 14 * (len(doc.totals) - 1),
        lab["notice"],
        7.2,
        x0 - c.margin - 30,
        italic=True,
        color=GREY,
    )
    return y + 6


def _gm_row(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    values: dict[str, str],
    size: float,
    **style,
) -> None:
    """One row of the charges: the description and unit from the left, figures right."""
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        at, align = (x + w - 5, "right") if right else (x + 5, "left")
        c.pen.text(at, y, values[key], size, align=align, fit=w - 10, **style)


def account_due_rows(c: Ctx) -> list[tuple[str, str]]:
    """A payment slip's account, due date and amount due, as (label, value)."""
    doc, lab = c.doc, c.labels
    assert doc.due_date is not None
    due = doc.total_row("amount_due")
    assert due is not None
    return [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], c.fmt.date(doc.due_date)),
        (row_label(c, due), row_value(c, due)),
    ]


def _gm_reference(c: Ctx, y: float) -> None:
    """The payment strip: the reference, its bar code, the contract, deadline and total."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.due_date is not None
    top = max(y, pen.height - 150)
    h = 110.0
    pen.rect(c.margin, top, c.width, h, stroke=pen.accent, width=1)
    pen.rect(c.margin, top, c.width, 16, fill=pen.accent)
    pen.text(c.margin + 8, top + 11.5, lab["pay_ref"].upper(), 8, bold=True, color=white)
    _bars(pen, c.margin + 14, top + 26, 250, 40, _digest(ex["reference"]))
    ref = " ".join(ex["reference"][k : k + 4] for k in range(0, len(ex["reference"]), 4))
    pen.text(c.margin + 14, top + 80, ref, 10, bold=True)
    x = c.margin + 300
    base = top + 32
    for label, value in account_due_rows(c):
        pen.text(x, base, label, 7.6, color=GREY)
        pen.text(c.right - 10, base, value, 9.6, bold=True, align="right")
        base += 16
    _para(pen, c.margin + 14, top + 96, lab["pay_where"], 7, c.width - 28, color=GREY)
