"""Whole pages of the layouts added with H186-H190: a Texas city's utility statement
for a property's common-area account (electric, water, wastewater, solid waste and
drainage), a home center's tool rental return receipt, a landscape firm's irrigation
repair invoice from its business software, a Puerto Rican plumber's invoice for cleaning
the cisterns and servicing the pumps, and a Mexican electrical contractor's CFDI for the
maintenance of a substation."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document, Line
from samples.formats import amount_words_es, cents
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, column_start, draw_logo, initials, tint
from samples.pdf_blind12 import _wrap_plain, row_label_doc, row_value_doc
from samples.pdf_blind15 import _cut, _ll_rows, _pairs_box, _row
from samples.pdf_blocks import Ctx, contact_lines
from samples.pdf_more import _digest
from samples.pdf_premises import _bar_code
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "amount", "previous", "present", "multiplier", "usage")
RULE = HexColor("#8c8c8c")


def _spec(keys: str, *widths: float) -> tuple[tuple[str, float], ...]:
    """A table's columns from their keys and widths (a width of 0 takes what is left)."""
    return tuple(zip(keys.split(), widths, strict=True))


def _one_sheet(doc: Document, margin: float, draw: Callable[[Ctx], None]) -> tuple[bytes, int]:
    """One letter page of ``doc`` drawn by ``draw``."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    draw(Ctx(pen, doc, Fmt.of(doc), margin))
    canvas.save()
    return buffer.getvalue(), 1


def _page_end(c: Ctx, last: bool, y: float, close: Callable[[Ctx, float], None]) -> None:
    """The totals under the last page's rows, "continued" under the others'."""
    if last:
        close(c, y)
    else:
        c.pen.text(c.right, y + 4, c.labels["continued"], 7.6, italic=True, align="right")


def _head_row(
    c: Ctx, cols: Columns, y: float, tall: float, size: float, *, fill: Color, color: Color
) -> float:
    """A table's column heads on a band ``tall`` points high; returns the band's foot."""
    pen = c.pen
    pen.rect(c.margin, y, c.width, tall, fill=fill)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        said = c.labels[key]
        pen.text(at, y + tall - 4, said, size, bold=True, align=align, color=color, fit=w - 6)
    return y + tall


def _sheets(canvas: Canvas, pages: list[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
    """Each page's number and rows; a new sheet is begun before every page but the first."""
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        yield number, start, end


def _shown(pairs: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """The (label, value) pairs a document has a value for; the others are not printed."""
    return [(label, value) for label, value in pairs if value]


def _stack(c: Ctx, x: float, right: float, y: float, step: float, size: float) -> float:
    """The totals rows from ``y`` between ``x`` and ``right``, the total and the amount due
    in bold; returns the last baseline."""
    pen = c.pen
    for row in c.doc.totals:
        y += step
        strong = row.key in ("total", "amount_due")
        if row.key == "total":
            pen.line(x, y - step + 3, right, y - step + 3, color=BLACK, width=0.7)
        pen.text(x + 4, y, row_label(c, row), size, bold=strong, fit=right - x - 90)
        pen.text(right - 4, y, row_value(c, row), size + 0.4, bold=strong, align="right")
    return y


# --- H186: a Texas city's utility statement ----------------------------------------------

CU_MARGIN = 34.0
CU_STUB = 178.0
CU_METER_COLS = _spec(
    "service meter read_dates previous present multiplier usage", 70, 74, 0, 74, 74, 50, 90
)
CU_LEFT = ("E", "W", "S")
CU_RIGHT = ("R", "D")
CU_PENALTY = Decimal("0.05")


def render_city_utility(doc: Document) -> tuple[bytes, int]:
    """One letter page as a Texas city's customer information system prints a commercial
    utility statement: the city utility's mark and contacts with the account, statement
    date and number on the right; the service address and period on a band; the mailing
    address for the envelope's window beside the account summary with the amount due and
    what is due after the due date; the meters and their reads; the current charges by
    service in two columns with the sales tax on the electric charges and the current
    charges' total; the use against last year and the messages; a stub under a
    perforation with the account, due date, amounts, the two window addresses and a scan
    line."""
    return _one_sheet(doc, CU_MARGIN, _cu_page)


def _cu_page(c: Ctx) -> None:
    _cu_head(c)
    summary = _cu_summary(c, _cu_band(c, 100.0) + 12)
    _cu_charges(c, _cu_meters(c, summary + 16) + 18)
    _cu_stub(c)


def _cu_head(c: Ctx) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 22, 46, initials(doc.vendor_name))
    x = c.margin + 56
    pen.text(x, 38, doc.vendor_name, 15, bold=True, color=pen.accent, fit=300)
    pen.text(x, 50, lab["tagline"], 7.6, color=GREY, fit=300)
    pen.text(x, 61, ", ".join(doc.vendor_lines), 7.8, fit=300)
    reach = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        reach += f"   {doc.vendor_email}"
    pen.text(x, 71, reach, 7.8, fit=300)
    pen.text(x, 81, lab["hours"], 7, color=GREY, fit=c.right - 216 - x)
    pen.text(c.right, 36, lab["title"], 16, bold=True, align="right", color=pen.accent)
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["invoice_number"], doc.invoice_number),
        (lab["cycle"], f"{ex['cycle']} / {ex['route']}"),
    ]
    for k, (label, value) in enumerate(pairs):
        at = 53 + 11.5 * k
        pen.text(c.right - 206, at, f"{label}:", 7.8, color=GREY)
        pen.text(c.right, at, value, 8.6, bold=k == 0, align="right")


def _cu_band(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.period is not None
    start, end = doc.period
    pen.rect(c.margin, y, c.width, 18, fill=pen.accent)
    said = f"{lab['service_address']}: {', '.join(doc.service_lines or [])}"
    pen.text(c.margin + 6, y + 12.5, said, 8.2, bold=True, color=white, fit=c.width / 2 - 10)
    days = lab["days"].format(n=(end - start).days)
    said = f"{lab['period']} {fmt.date(start)} {lab['to']} {fmt.date(end)} ({days})"
    pen.text(c.right - 6, y + 12.5, said, 8.2, align="right", color=white, fit=c.width / 2 - 10)
    return y + 18


def _cu_summary(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    for k, text in enumerate(_customer(doc)):
        pen.text(c.margin + 18, y + 40 + 11 * k, text, 9.2, fit=250)
    x, w = c.right - 264, 264.0
    pen.rect(x, y, w, 16, fill=tint(pen.accent, 0.8))
    pen.text(x + 8, y + 11.5, lab["summary"], 8.6, bold=True)
    previous, paid = _row(doc, "previous_balance"), _row(doc, "payments")
    current, due = _row(doc, "current_charges"), _row(doc, "amount_due")
    paid_label = lab["payments"].format(date=fmt.cell_date(ex["paid_on"]))
    rows = [
        (lab["previous_balance"], row_value(c, previous)),
        (paid_label if paid.amount else lab["no_payment"], row_value(c, paid)),
        (lab["balance_forward"], fmt.money(previous.amount - paid.amount)),
        (lab["current_charges"], row_value(c, current)),
    ]
    at = y + 16
    for label, value in rows:
        at += 14
        pen.text(x + 8, at, label, 8.2, fit=w - 96)
        pen.text(c.right - 8, at, value, 8.6, align="right")
    at += 6
    pen.rect(x, at, w, 22, fill=tint(pen.accent, 0.88))
    pen.line(x, at, c.right, at, color=BLACK, width=0.9)
    pen.text(x + 8, at + 15, lab["amount_due"], 9.6, bold=True, fit=w - 110)
    pen.text(c.right - 8, at + 15, row_value(c, due), 11, bold=True, align="right")
    at += 22
    assert doc.due_date is not None
    for label, value, strong in (
        (lab["due_date"], fmt.date(doc.due_date), True),
        (lab["after"].format(date=fmt.date(doc.due_date)), fmt.money(_cu_late(doc)), False),
    ):
        at += 13
        pen.text(x + 8, at, label, 8.2, bold=strong, fit=w - 96)
        pen.text(c.right - 8, at, value, 8.6, bold=strong, align="right")
    pen.rect(x, y, w, at - y + 7, stroke=pen.accent, width=0.8)
    return max(at + 7, y + 40 + 11.0 * len(_customer(doc)))


def _cu_late(doc: Document) -> Decimal:
    """What the account owes after the due date: the late fee on the current charges added
    (not in the ground truth)."""
    current = _row(doc, "current_charges").amount
    return _row(doc, "amount_due").amount + cents(current * CU_PENALTY)


def _cu_meters(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    pen.text(c.margin, y, lab["meters_head"], 8.8, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, CU_METER_COLS)
    top = y + 5
    y = _head_row(c, cols, top, 14, 7.2, fill=tint(pen.accent, 0.88), color=BLACK)
    reads = f"{fmt.cell_date(doc.period[0])} - {fmt.cell_date(doc.period[1])}"
    for service, meter, before, after, multiplier, used in ex["meters"]:
        cells = {
            "service": lab[f"svc_{service}"],
            "meter": meter,
            "read_dates": reads,
            "previous": f"{before:,}",
            "present": f"{after:,}",
            "multiplier": f"{multiplier}",
            "usage": f"{fmt.quantity(used)} {lab[f'use_{service}']}",
        }
        for key, x, w in cols:
            at, align = column_start(key, x, w, FIGURES)
            pen.text(at, y + 10.5, cells[key], 8, align=align, fit=w - 6)
        y += 15
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    pen.rect(c.margin, top, c.width, y - top, stroke=RULE, width=0.6)
    return y


def _cu_charges(c: Ctx, y: float) -> None:
    pen, lab = c.pen, c.labels
    pen.text(c.margin, y, lab["charges_head"], 8.8, bold=True, color=pen.accent)
    gap = 20.0
    w = (c.width - gap) / 2
    left = _cu_column(c, c.margin, y + 6, w, CU_LEFT)
    x = c.margin + w + gap
    at = _cu_column(c, x, y + 6, w, CU_RIGHT) + 2
    pen.rect(x, at, w, 13 * len(c.doc.totals) + 8, fill=tint(pen.accent, 0.93))
    at = _stack(c, x, c.right, at, 13, 8.2) + 16
    _cu_compare(c, x, at, w)
    _cu_messages(c, c.margin, left + 12, w)


def _cu_column(c: Ctx, x: float, y: float, w: float, services: tuple[str, ...]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    for service in services:
        pen.rect(x, y, w, 13, fill=tint(pen.accent, 0.86))
        name = lab[f"svc_{service}"]
        pen.text(x + 5, y + 9.5, name.upper(), 7.6, bold=True)
        lines = [line for line in doc.lines if line.group == service]
        for line in lines:
            y += 11.5
            pen.text(x + 5, y + 12, line.description, 7.8, fit=w * 0.5)
            if line.quantity is not None and line.unit_price is not None:
                said = f"{fmt.quantity(line.quantity)} {line.unit} x ${fmt.rate(line.unit_price)}"
                pen.text(x + w * 0.54, y + 12, said, 7.2, color=GREY, fit=w * 0.3)
            pen.text(x + w - 5, y + 12, fmt.amount(line.amount), 7.8, align="right")
        total = sum((line.amount for line in lines), Decimal(0))
        y += 16
        pen.line(x + w - 64, y, x + w - 2, y, color=BLACK, width=0.5)
        y += 10
        pen.text(x + 5, y, lab["svc_total"].format(service=name), 7.8, bold=True, fit=w * 0.6)
        pen.text(x + w - 5, y, fmt.amount(total), 7.8, bold=True, align="right")
        y += 8
    return y


def _cu_compare(c: Ctx, x: float, y: float, w: float) -> None:
    """This period's use against the same period a year before (not in the ground truth)."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    days = (doc.period[1] - doc.period[0]).days
    kwh, gallons = ex["meters"][0][5], ex["meters"][1][5]
    kwh_ratio, water_ratio = ex["last_year"]
    before_kwh = (kwh * kwh_ratio).quantize(Decimal(1))
    before_gal = (gallons * water_ratio / 100).quantize(Decimal(1)) * 100
    rows = [
        (lab["days_head"], f"{days}", f"{days + (1 if days < 31 else -1)}"),
        (lab["use_E"], fmt.quantity(kwh), fmt.quantity(before_kwh)),
        (
            lab["per_day"].format(unit=lab["use_E"]),
            f"{kwh / days:,.0f}",
            f"{before_kwh / days:,.0f}",
        ),
        (lab["use_W"], fmt.quantity(gallons), fmt.quantity(before_gal)),
        (
            lab["per_day"].format(unit=lab["use_W"]),
            f"{gallons / days:,.0f}",
            f"{before_gal / days:,.0f}",
        ),
    ]
    pen.text(x, y, lab["compare_head"], 8, bold=True, color=pen.accent)
    heads = ("", lab["this_period"], lab["last_year"])
    y += 12
    for k, head in enumerate(heads[1:], start=1):
        pen.text(x + w - 4 - (2 - k) * 78, y, head, 7, bold=True, align="right")
    pen.line(x, y + 3, x + w, y + 3, color=RULE, width=0.5)
    for label, now, then in rows:
        y += 10.5
        pen.text(x + 4, y, label, 7.4, fit=w - 170)
        pen.text(x + w - 82, y, now, 7.6, align="right")
        pen.text(x + w - 4, y, then, 7.6, align="right")


def _cu_messages(c: Ctx, x: float, y: float, w: float) -> None:
    pen, lab = c.pen, c.labels
    pen.text(x, y, lab["message_head"], 8, bold=True, color=pen.accent)
    end = _para(pen, x, y + 12, lab["message"], 7.2, w)
    _para(pen, x, end + 12, lab["penalty_note"], 7.2, w, color=GREY)


def _cu_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - CU_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(4, 3))
    said = lab["stub"]
    pen.text(pen.width / 2, top + 10, said, 6.8, italic=True, align="center", color=GREY)
    draw_logo(pen, doc.logo, c.margin, top + 18, 22, initials(doc.vendor_name))
    pen.text(c.margin + 28, top + 33, doc.vendor_name, 9.5, bold=True, color=pen.accent)
    assert doc.due_date is not None
    due = _row(doc, "amount_due")
    late = _cu_late(doc)
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], row_value(c, due)),
        (lab["after_short"], fmt.money(late)),
        (lab["enclosed"], "$"),
    ]
    x, w = c.margin + 250, (c.width - 250) / 5
    for k, (label, value) in enumerate(cells):
        at = x + w * k
        pen.rect(at, top + 20, w, 32, stroke=BLACK, width=0.6)
        pen.text(at + 3, top + 28, label, 5.6, bold=True, color=GREY, fit=w - 6)
        pen.text(at + w - 4, top + 45, value, 8.4, bold=k == 2, align="right", fit=w - 8)
    for k, text in enumerate(_customer(doc)):
        pen.text(c.margin + 18, top + 78 + 10.5 * k, text, 8.8, fit=240)
    pen.text(c.margin + 300, top + 66, lab["remit_head"], 6.8, color=GREY)
    for k, text in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 312, top + 80 + 10.5 * k, text, 9, fit=220)
    cents_due = int(due.amount * 100)
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    check = _digest(digits, cents_due) % 10
    scan = f"{digits} {cents_due:010d} {int(late * 100):010d} {check}"
    pen.canvas.setFont("Courier", 10)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(c.margin + 60, 16, scan)


# --- H187: a home center's tool rental return receipt ------------------------------------

TR_WIDTH = 226.0
TR_MARGIN = 12.0
TR_SIZE = 7.4
TR_STEP = 9.4
TR_RULE = "-" * 49


def render_rental_return(doc: Document) -> tuple[bytes, int]:
    """An 80 mm roll as a home center's rental counter prints the final receipt when the
    equipment comes back: the store, the rental center and its telephone; the rental
    agreement's number, store, register and associate, the times the equipment went out
    and came back, the renter, the commercial account and job on some; each tool with its
    asset number and hour meter and its periods at the rate, the damage waiver, what was
    bought with it and the fees; the subtotal, the tax and the total, the card charged
    and the pre-authorization released; the rental terms and the agreement's bar code."""
    lines = _tr_lines(doc)
    height = 26 + TR_STEP * len(lines) + 62
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(TR_WIDTH, height), invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['receipt_title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, TR_WIDTH, height, doc.layout["font"], doc.layout["accent"])
    mid, right = TR_WIDTH / 2, TR_WIDTH - TR_MARGIN
    y = 26.0
    for text, style in lines:
        if style == "big":
            pen.text(mid, y, text, 10, bold=True, align="center", fit=TR_WIDTH - 20)
        elif style in ("centre", "head"):
            pen.text(mid, y, text, TR_SIZE, bold=style == "head", align="center", fit=right - 12)
        elif isinstance(style, tuple):
            value, strong = style
            pen.text(TR_MARGIN, y, text, TR_SIZE, bold=strong, fit=right - TR_MARGIN - 60)
            pen.text(right, y, value, TR_SIZE, bold=strong, align="right")
        else:
            pen.text(TR_MARGIN, y, text, TR_SIZE, bold=style == "bold", fit=right - TR_MARGIN)
        y += TR_STEP
    _bar_code(pen, TR_MARGIN + 14, y + 2, TR_WIDTH - 2 * TR_MARGIN - 28, 26, doc.invoice_number)
    pen.text(mid, y + 38, doc.invoice_number, TR_SIZE, align="center")
    canvas.save()
    return buffer.getvalue(), 1


def _tr_lines(doc: Document) -> list[tuple[str, object]]:
    lab, fmt, ex = doc.labels, Fmt.of(doc), doc.extras
    out: list[tuple[str, object]] = [(doc.vendor_name, "big"), (lab["tagline"], "head")]
    out += [(text, "centre") for text in doc.vendor_lines]
    out += [(f"{lab['phone']} {doc.vendor_phone}", "centre"), ("", "left")]
    out.append((lab["receipt_title"], "head"))
    out.append((f"{lab['receipt_number']} {doc.invoice_number}", "bold"))
    till = f"{lab['store']} {ex['store']}  {lab['register']} {ex['register']}"
    out.append((f"{till}  {lab['associate']} {ex['associate']}", "left"))
    out.append((f"{lab['out']} {fmt.date(ex['out_day'])} {ex['out_time']}", "left"))
    out.append((f"{lab['invoice_date']} {fmt.date(doc.invoice_date)} {ex['in_time']}", "left"))
    out.append((f"{lab['renter']} {ex['renter']}  {lab['licence']} ****{ex['licence']}", "left"))
    if doc.customer_name:
        out += [(lab["customer"], "left"), (f"  {doc.customer_name}", "left")]
    if ex["job"]:
        out.append((f"{lab['job']} {ex['job']}", "left"))
    out += [(TR_RULE, "left"), (lab["rentals_head"], "bold")]
    rentals = [line for line in doc.lines if line.group == "rent"]
    for line, (asset, before, after) in zip(rentals, ex["assets"], strict=True):
        assert line.quantity is not None and line.unit_price is not None
        out.append((line.description, "left"))
        out.append((f"  {lab['asset']} {asset}  {lab['meter']} {before}-{after}", "left"))
        said = f"  {fmt.quantity(line.quantity)} x {line.unit} @ {fmt.amount(line.unit_price)}"
        out.append((said, (fmt.amount(line.amount), False)))
    sold = [line for line in doc.lines if line.group == "sale"]
    for line in (line for line in doc.lines if line.group != "rent"):
        if line.group == "sale" and line is sold[0]:
            out.append((lab["sales_head"], "bold"))
        if line.quantity is None or line.unit_price is None:
            out.append((line.description, (fmt.amount(line.amount), False)))
            continue
        out.append((line.description, "left"))
        said = f"  {fmt.quantity(line.quantity)} @ {fmt.amount(line.unit_price)}"
        out.append((said, (fmt.amount(line.amount), False)))
    out.append((TR_RULE, "left"))
    for row in doc.totals:
        value = row_value_doc(doc, row)
        out.append((row_label_doc(doc, row), (value, row.key == "total")))
    out.append((f"{ex['brand']} ************{ex['card_last4']}", (fmt.amount(doc.total), False)))
    out.append((f"{lab['auth']} {ex['auth']}   {lab['transaction']} {ex['transaction']}", "left"))
    out.append((lab["hold"].format(amount=fmt.amount(ex["hold"])), "left"))
    out.append((TR_RULE, "left"))
    out += [(text, "left") for text in _wrap_plain(lab["terms"], 44)]
    out += [("", "left"), (lab["thanks"], "head")]
    return out


# --- H188: a landscape firm's irrigation repair invoice ----------------------------------

IR_MARGIN = 40.0
IR_COLS = _spec("item description quantity unit unit_price amount", 70, 0, 46, 38, 70, 78)
IR_ROW = 14.0
IR_GROUP = 16.0
IR_FOOT = 30.0


def render_irrigation_repair(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a landscape company's business software prints an irrigation
    repair invoice: a thin accent rule, the firm's mark, name, trade line, contacts and
    irrigator's licence, the title over a grid of ruled cells (number, date, customer,
    due date, terms, PO); bill-to and property under small capitals; the work ticket on a
    shaded strip with the controllers under it; the parts by zone, each zone under a
    tinted heading with its clock, area and the problem found, then the labor; the labor
    and materials sums and the totals beside the technician's notes; a payment link and
    page count at every foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), IR_MARGIN)
    cols = _columns(c.margin, c.width, IR_COLS)
    rows = _ll_rows(doc)
    heights = [IR_GROUP if kind == "head" else IR_ROW for kind, _ in rows]
    glued = {n for n, (kind, _) in enumerate(rows) if kind == "head"}
    first = _ir_head(c, measure=True)
    bottom = pen.height - IR_FOOT - 14
    closing = 24 + 15.0 * (len(doc.totals) + 2)
    pages = paginate(heights, bottom - first - 18, bottom - 92 - 18, closing, glued)
    heads = {"fill": pen.accent, "color": white}
    for number, start, end in _sheets(canvas, pages):
        top = _ir_head(c) if number == 1 else _ir_later(c)
        y = _ir_table(c, cols, rows[start:end], _head_row(c, cols, top, 16, 7.6, **heads))
        _page_end(c, number == len(pages), y + 10, _ir_close)
        _ir_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ir_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    billed, site = _customer(doc), list(doc.service_lines or [])
    parties = 134.0
    strip = parties + 14 + 11.0 * max(len(billed), len(site)) + 10
    table = strip + 24 + 10.0 * len(ex["controllers"]) + 8
    if measure:
        return table
    pen.rect(0, 0, pen.width, 5, fill=pen.accent)
    draw_logo(pen, doc.logo, c.margin, 24, 40, initials(doc.vendor_name))
    x = c.margin + 50
    pen.text(x, 38, doc.vendor_name, 14, bold=True, color=pen.accent, fit=260)
    pen.text(x, 50, lab["tagline"], 7.6, italic=True, fit=260)
    info = contact_lines(doc)
    if ex["licence"]:
        info.append(lab["licence"].format(n=ex["licence"]))
    for k, text in enumerate(info):
        pen.text(x, 61 + 9.5 * k, text, 7.4, fit=c.right - 3 * 84 - x - 10)
    pen.text(c.right, 40, lab["title"], 22, bold=True, align="right", color=pen.accent)
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["terms"], doc.terms or ""),
        (lab["po_number"], doc.po_number or ""),
    ]
    w = 84.0
    for k, (label, value) in enumerate(cells):
        cx, cy = c.right - 3 * w + (k % 3) * w, 52 + (k // 3) * 28
        pen.rect(cx, cy, w, 28, stroke=RULE, width=0.6)
        pen.text(cx + 4, cy + 9, label.upper(), 5.8, bold=True, color=GREY, fit=w - 8)
        pen.text(cx + 4, cy + 22, value, 8.4, bold=k == 0, fit=w - 8)
    half = c.width / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], billed), (lab["service_address"], site))):
        at = c.margin + k * half
        pen.text(at, parties, head.upper(), 7, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(at, parties + 13 + 11 * n, text, 8.8, bold=n == 0, fit=half - 20)
    pen.rect(c.margin, strip, c.width, 17, fill=tint(pen.accent, 0.88))
    said = lab["ticket"].format(
        n=ex["ticket"], date=fmt.date(ex["completed"]), tech=ex["technician"]
    )
    pen.text(c.margin + 6, strip + 12, said, 8.2, bold=True, fit=c.width - 12)
    for k, (clock, model, place) in enumerate(ex["controllers"]):
        said = lab["controller"].format(clock=clock, model=model, place=place)
        pen.text(c.margin + 6, strip + 29 + 10 * k, said, 7.2, color=GREY, fit=c.width - 12)
    return table


def _ir_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 5, fill=pen.accent)
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = f"{lab['invoice_number']} {doc.invoice_number}  \u00b7  {lab['continued_head']}"
    pen.text(c.right, 44, said, 8, align="right")
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=0.8)
    return 92.0


def _ir_table(c: Ctx, cols: Columns, rows: list[tuple[str, object]], y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    for kind, what in rows:
        if kind == "head":  # a zone's heading, or the labor's (its group is empty)
            pen.rect(c.margin, y + 2, c.width, IR_GROUP - 3, fill=tint(pen.accent, 0.9))
            head = str(what or lab["labor_head"])
            pen.text(c.margin + 5, y + 11.5, head, 7.8, bold=True, fit=c.width - 10)
            y += IR_GROUP
            continue
        assert isinstance(what, int)
        cells = _ir_cells(c, doc.lines[what])
        for key, x, w in cols:
            at, align = column_start(key, x, w, FIGURES)
            pen.text(at, y + 10, cells[key], 8.2, align=align, fit=w - 6)
        y += IR_ROW
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _ir_cells(c: Ctx, line: Line) -> dict[str, str]:
    """A line's cells as the software prints them: the part number, two decimals."""
    assert line.quantity is not None and line.unit_price is not None
    figures = (c.fmt.quantity(line.quantity), c.fmt.amount(line.unit_price))
    texts = (line.code or "", line.description, *figures, line.unit or "")
    keys = ("item", "description", "quantity", "unit_price", "unit")
    return {**dict(zip(keys, texts, strict=True)), "amount": c.fmt.amount(line.amount)}


def _ir_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    x = c.right - 240
    labor = sum((line.amount for line in doc.lines if not line.part), Decimal(0))
    parts = sum((line.amount for line in doc.lines if line.part), Decimal(0))
    at = y
    for label, value in ((lab["labor_sum"], labor), (lab["parts_sum"], parts)):
        at += 13
        pen.text(x + 4, at, label, 7.8, color=GREY)
        pen.text(c.right - 4, at, fmt.amount(value), 8, color=GREY, align="right")
    at += 4
    pen.line(x, at, c.right, at, color=RULE, width=0.5)
    at = _stack(c, x, c.right, at, 14, 8.6)
    pen.rect(x, at - 11, 240, 16, stroke=pen.accent, width=1)
    width = x - c.margin - 24
    pen.text(c.margin, y + 12, lab["notes_head"], 8, bold=True, color=pen.accent)
    end = y + 12
    for note in ex["notes"]:
        pen.text(c.margin, end + 12, "\u2022", 7.6)
        end = _para(pen, c.margin + 8, end + 12, note, 7.6, width - 8)
    said = lab["pay_online"].format(link=ex["portal"])
    pen.text(c.margin, max(end, at) + 26, said, 8.4, bold=True, color=pen.accent)


def _ir_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = pen.height - IR_FOOT + 8
    pen.line(c.margin, y - 10, c.right, y - 10, color=LIGHT, width=0.5)
    said = lab["foot"].format(name=doc.vendor_name, phone=doc.vendor_phone)
    pen.text(c.margin, y, said, 6.8, color=GREY, fit=c.width - 80)
    pen.text(c.right, y, lab["page"].format(n=number, m=count), 6.8, align="right", color=GREY)


# --- H189: a Puerto Rican plumber's invoice for the cisterns and the pumps ---------------

CP_MARGIN = 46.0
CP_COLS = _spec("quantity unit description unit_price amount", 44, 44, 0, 80, 82)
CP_SIZE = 9.0


def render_cisterna_pr(doc: Document) -> tuple[bytes, int]:
    """One letter page as a Puerto Rican plumbing contractor types its invoice in a word
    processor: the name centred over its trade, licence, address and numbers and a double
    rule; the title on the left and a ruled box of number, date, order, terms and due
    date on the right; the customer and the place of service; the service report of the
    cisterns and pumps in a framed box; the work and materials in a table ruled all over;
    the subtotal, the IVU on materials and on services with their bases, the IVU's total,
    the total and the balance; the warranty, how to pay and a signature line; the
    merchant registration at the foot."""
    return _one_sheet(doc, CP_MARGIN, _cp_page)


def _cp_page(c: Ctx) -> None:
    _cp_head(c)
    report = _cp_report(c, _cp_parties(c, _cp_title(c) + 16) + 14)
    _cp_close(c, _cp_table(c, report + 14) + 8)


def _cp_head(c: Ctx) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    pen.text(mid, 46, doc.vendor_name, 21, bold=True, align="center", color=pen.accent)
    pen.text(mid, 60, lab["tagline"], 9.4, italic=True, align="center")
    pen.text(mid, 72, lab["licence"].format(n=ex["licence"]), 8.6, align="center")
    pen.text(mid, 83, "  \u00b7  ".join(doc.vendor_lines), 8.6, align="center", fit=c.width)
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']} {doc.vendor_email}")
    if doc.vendor_tax_id:
        reach.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    pen.text(mid, 94, "  \u00b7  ".join(reach), 8.6, align="center", fit=c.width)
    pen.line(c.margin, 101, c.right, 101, color=pen.accent, width=1.4)
    pen.line(c.margin, 104, c.right, 104, color=pen.accent, width=0.5)


def _cp_title(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, 140, lab["title"], 24, bold=True, color=pen.accent)
    pen.text(c.margin, 154, lab["copy"], 8, italic=True, color=GREY)
    due = fmt.date(doc.due_date) if doc.due_date else None
    pairs = _shown(
        [
            (lab["invoice_number"], doc.invoice_number),
            (lab["invoice_date"], fmt.date(doc.invoice_date)),
            (lab["po_number"], doc.po_number),
            (lab["terms"], doc.terms),
            (lab["due_date"], due),
        ]
    )
    return _pairs_box(c, c.right - 236, 118, 236, pairs, 8.6, 15.5)


def _cp_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    blocks = ((lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or []))
    half = c.width / 2
    lowest = y
    for k, (head, lines) in enumerate(blocks):
        x = c.margin + k * half
        pen.text(x, y, head, 9.4, bold=True)
        pen.line(x, y + 2.5, x + pen.measure(head, 9.4, bold=True), y + 2.5, width=0.6)
        for n, text in enumerate(lines):
            pen.text(x, y + 15 + 11.5 * n, text, 9.6, fit=half - 16)
        lowest = max(lowest, y + 15 + 11.5 * (len(lines) - 1))
    return lowest


def _cp_report(c: Ctx, y: float) -> float:
    """The service report of the cisterns and pumps (not in the ground truth)."""
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    pumps, hp = ex["pumps"]
    left = [
        lab["r_cisterns"].format(n=ex["cisterns"], gal=f"{ex['gallons']:,}"),
        lab["r_sediment"].format(inches=" / ".join(ex["sediment"])),
        lab["r_chlorine"].format(ppm=ex["chlorine"][0], residual=ex["chlorine"][1]),
        lab["r_date"].format(date=fmt.date(ex["worked"])),
    ]
    right = [
        lab["r_pumps"].format(brand=pumps, hp=hp),
        lab["r_pressure"].format(psi=ex["pressure"]),
        lab["r_amps"].format(a=ex["amps"][0], b=ex["amps"][1]),
        lab["r_tech"].format(name=ex["technician"]),
    ]
    tall = 18 + 11.5 * len(left) + 6
    pen.rect(c.margin, y, c.width, tall, stroke=pen.accent, width=0.8)
    pen.rect(c.margin, y, c.width, 14, fill=tint(pen.accent, 0.85))
    pen.text(c.margin + 6, y + 10, lab["report_head"], 8.4, bold=True)
    half = c.width / 2
    for k, lines in enumerate((left, right)):
        for n, text in enumerate(lines):
            at = c.margin + 6 + k * half
            pen.text(at, y + 26 + 11.5 * n, text, 8.4, fit=half - 12)
    return y + tall


def _cp_table(c: Ctx, y: float) -> float:
    """The work and materials in a word processor's table: every cell framed."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    cols = _columns(c.margin, c.width, CP_COLS)
    _head_row(c, cols, y, 17, 8.6, fill=tint(pen.accent, 0.88), color=BLACK)
    _cp_cells(c, cols, y, 17)
    y += 17
    width = next(w for key, _, w in cols if key == "description") - 8
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        wrapped = pen.wrap(line.description, CP_SIZE, width)
        texts = {
            "quantity": [fmt.quantity(line.quantity)],
            "unit": [line.unit or ""],
            "description": wrapped,
            "unit_price": [fmt.money(line.unit_price)],
            "amount": [fmt.money(line.amount)],
        }
        for key, x, w in cols:
            at, align = column_start(key, x, w, FIGURES)
            for n, text in enumerate(texts[key]):
                pen.text(at, y + 12 + 11 * n, text, CP_SIZE, align=align, fit=w - 6)
        tall = 11.0 * len(wrapped) + 6
        _cp_cells(c, cols, y, tall)
        y += tall
    return y


def _cp_cells(c: Ctx, cols: Columns, y: float, tall: float) -> None:
    for _, x, w in cols:
        c.pen.rect(x, y, w, tall, stroke=BLACK, width=0.6)


def _cp_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 262.0
    x = c.right - w
    goods, services = ex["bases"]
    ivu_goods, ivu_services = ex["ivu"]
    parts = [
        (lab["ivu_goods"].format(base=fmt.money(goods)), fmt.money(ivu_goods)),
        (lab["ivu_services"].format(base=fmt.money(services)), fmt.money(ivu_services)),
    ]
    at = y
    for row in doc.totals:
        if row.key == "tax":
            for label, value in parts:
                at += 13
                pen.text(x + 6, at, label, 8.2, color=GREY, fit=w - 80)
                pen.text(c.right - 6, at, value, 8.4, color=GREY, align="right")
        at += 15
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(x, at - 11, w, 16, fill=tint(pen.accent, 0.82))
        pen.text(x + 6, at, row_label(c, row), 9.2, bold=strong, fit=w - 90)
        pen.text(c.right - 6, at, row_value(c, row), 9.6, bold=strong, align="right")
    pen.rect(x, y, w, at - y + 7, stroke=BLACK, width=0.8)
    width = x - c.margin - 20
    end = _para(pen, c.margin, y + 12, lab["warranty"], 8.2, width)
    said = lab["pay_text"].format(name=doc.vendor_name)
    end = _para(pen, c.margin, end + 16, said, 8.2, width)
    base = max(end, at) + 46
    pen.line(c.margin, base, c.margin + 200, base, color=BLACK, width=0.6)
    pen.text(c.margin, base + 10, lab["received"], 7.6, color=GREY)
    foot = pen.height - 40
    said = lab["merchant"].format(n=ex["merchant"])
    pen.text(pen.width / 2, foot, said, 7.6, align="center", color=GREY)
    pen.text(pen.width / 2, foot + 14, lab["thanks"], 10, bold=True, italic=False, align="center")


# --- H190: a Mexican electrical contractor's CFDI for a substation's maintenance ---------

SE_MARGIN = 30.0
SE_COLS = _spec(
    "sat_key quantity unit_key unit description unit_price amount", 58, 40, 46, 52, 0, 70, 74
)
SE_SIZE, SE_STEP = 7.4, 9.0  # a concept's type and line spacing
SE_CLOSE = 262.0  # the totals, words, technical summary and stamp under the last concept
SE_TOTALS = 214.0


def render_subestacion_cfdi(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a desktop invoicing program prints a CFDI 4.0: the issuer's mark,
    name, RFC, regime, address and contacts beside the document's box (folio, fiscal
    folio, certificate, place, date and time of issue, type, export); the receiver's
    fiscal data beside the service's data (place, orders, conditions, due date, the day
    of the work); the concepts with their SAT product and unit keys and each one's tax
    object and transfer under it; on the last page the technical summary of the
    substation beside the subtotal, IVA and total, the amount in words, the currency, form
    and method of payment, and the QR with the seals, chain and certificate of the stamp."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SE_MARGIN)
    cols = _columns(c.margin, c.width, SE_COLS)
    heights = [_se_height(c, cols, line) for line in doc.lines]
    first = _se_receiver(c, measure=True) + 14
    bottom = pen.height - 26
    pages = paginate(heights, bottom - first - 14, bottom - 132 - 14, SE_CLOSE)
    for number, start, end in _sheets(canvas, pages):
        _se_head(c)
        top = _se_receiver(c) + 14 if number == 1 else 132.0
        y = _head_row(c, cols, top, 14, 6.8, fill=pen.accent, color=white)
        for index in range(start, end):
            y = _se_concept(c, cols, index, y)
        _page_end(c, number == len(pages), y + 14, _se_close)
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(c.right, pen.height - 10, said, 6.4, align="right", color=GREY)
        pen.text(c.margin, pen.height - 10, c.labels["legend"], 6.4, color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _se_head(c: Ctx) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 22, 44, initials(doc.vendor_name))
    x = c.margin + 52
    pen.text(x, 34, doc.vendor_name, 11.5, bold=True, color=pen.accent, fit=250)
    for k, text in enumerate([f"{lab['regime']}: {lab['regime_value']}", *contact_lines(doc)]):
        pen.text(x, 46 + 9.5 * k, text, 7.2, fit=250)
    bx = c.right - 240
    pen.rect(bx, 20, 240, 17, fill=pen.accent)
    pen.text(bx + 6, 32.5, f"{lab['title']}   {lab['subtitle']}", 11, bold=True, color=white)
    values = {
        "invoice_number": doc.invoice_number,
        "uuid": ex["uuid"],
        "csd": ex["certificate"],
        "place": ex["place"],
        "invoice_date": f"{fmt.date(doc.invoice_date)} {ex['time']}",
        "cfdi_type": lab["cfdi_type_value"],
        "export": lab["export_value"],
    }
    _pairs_box(c, bx, 37, 240, [(lab[key], value) for key, value in values.items()], 6.6, 11.5)


def _se_receiver_lines(c: Ctx) -> tuple[list[str], list[str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    fiscal = (
        f"{lab['fiscal_zip']}: {ex['customer_zip']}   {lab['regime']}: {lab['receiver_regime']}"
    )
    left = [
        doc.customer_name or "",
        f"{lab['rfc_receiver']}: {ex['customer_rfc']}",
        *(doc.bill_to_lines or []),
        fiscal,
        f"{lab['use']}: {lab['use_value']}",
    ]
    where = ", ".join(doc.service_lines) if doc.service_lines else None
    right = _shown(
        [
            (lab["service_address"], where),
            (lab["order"], f"{ex['order']}   {lab['worked']}: {fmt.date(ex['worked'])}"),
            (lab["po_number"], doc.po_number),
            (lab["terms"], doc.terms),
            (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else None),
        ]
    )
    return left, [f"{label}: {value}" for label, value in right]


def _se_receiver(c: Ctx, *, measure: bool = False) -> float:
    pen, lab = c.pen, c.labels
    left, right = _se_receiver_lines(c)
    y = 128.0
    half = (c.width - 10) / 2
    wrapped = [part for text in right for part in pen.wrap(text, 7.4, half - 12)]
    bottom = y + 18 + 9.5 * max(len(left), len(wrapped))
    if measure:
        return bottom
    for k, (head, lines) in enumerate(((lab["bill_to"], left), (lab["service_head"], wrapped))):
        x = c.margin + k * (half + 10)
        pen.rect(x, y, half, bottom - y, stroke=RULE, width=0.7)
        pen.rect(x, y, half, 12, fill=tint(pen.accent, 0.86))
        pen.text(x + 5, y + 9, head, 7, bold=True)
        for n, text in enumerate(lines):
            pen.text(x + 5, y + 22 + 9.5 * n, text, 7.4, bold=k == 0 and n == 0, fit=half - 10)
    return bottom


def _se_wrapped(c: Ctx, cols: Columns, line: Line) -> list[str]:
    width = next(w for key, _, w in cols if key == "description") - 6
    return c.pen.wrap(line.description, SE_SIZE, width)


def _se_height(c: Ctx, cols: Columns, line: Line) -> float:
    return SE_STEP * len(_se_wrapped(c, cols, line)) + 14


def _se_concept(c: Ctx, cols: Columns, index: int, y: float) -> float:
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    line = c.doc.lines[index]
    assert line.quantity is not None and line.unit_price is not None
    sat, unit_key, _ = ex["keys"][index]
    cells = {
        "sat_key": sat,
        "quantity": fmt.quantity(line.quantity),
        "unit_key": unit_key,
        "unit": line.unit or "",
        "unit_price": fmt.amount(line.unit_price),
        "amount": fmt.amount(line.amount),
    }
    wrapped = _se_wrapped(c, cols, line)
    desc_x = next(x for key, x, _ in cols if key == "description")
    for key, x, w in cols:
        if key == "description":
            for n, text in enumerate(wrapped):
                pen.text(x + 3, y + 9 + SE_STEP * n, text, SE_SIZE)
            continue
        at, align = column_start(key, x, w, (*FIGURES, "sat_key"), 3)
        pen.text(at, y + 9, cells[key], SE_SIZE, align=align, fit=w - 5)
    said = lab["transfer"].format(base=f"{line.amount:,.2f}", rate=f"{ex['tax_rate']:.6f}")
    at = y + 9 + SE_STEP * len(wrapped)
    pen.text(desc_x + 3, at, said, 5.8, color=GREY, fit=c.right - desc_x - 6)
    y += SE_STEP * len(wrapped) + 14
    pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _se_close(c: Ctx, y: float) -> None:
    """The totals in a framed box with the currency and payment under it; the amount in
    words and the technical summary on the left; the stamp under both."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    x = c.right - SE_TOTALS
    at = _stack(c, x, c.right, y, 14, 8.2)
    pen.rect(x, y, SE_TOTALS, at - y + 6, stroke=pen.accent, width=0.8)
    pays = (
        ("currency", lab["currency_value"]),
        ("form_pay", ex["paid_form"]),
        ("method", ex["method"]),
    )
    for k, (key, value) in enumerate(pays):
        pen.text(x, at + 18 + 9.5 * k, f"{lab[key]}: {value}", 7, fit=SE_TOTALS)
    width = x - c.margin - 16
    pen.text(c.margin, y + 10, f"{lab['words']}:", 7, bold=True)
    words = amount_words_es(doc.total, doc.currency)
    end = _para(pen, c.margin, y + 20, words, 7.6, width, bold=True) + 16
    brand, serial = ex["transformer"]
    facts = [
        lab["t_substation"].format(kva=ex["kva"], brand=brand, serial=serial),
        lab["t_dielectric"].format(values=" / ".join(ex["dielectric"])),
        lab["t_megger"].format(a=ex["megger"][0], b=ex["megger"][1], c=ex["megger"][2]),
        lab["t_engineer"].format(name=ex["engineer"]),
    ]
    pen.text(c.margin, end, lab["tech_head"], 7.4, bold=True, color=pen.accent)
    for text in facts:
        end = _para(pen, c.margin, end + 10, text, 7, width)
    _se_stamp(c, max(end, at + 18 + 9.5 * len(pays)) + 14)


def _se_stamp(c: Ctx, y: float) -> None:
    """The stamp of the certification: a QR beside the seals, the chain and certificate."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.line(c.margin, y - 6, c.right, y - 6, color=RULE, width=0.5)
    _qr(pen, c.margin, y, 78, _digest(ex["uuid"]))
    x = c.margin + 90
    width = c.right - x
    stamped = f"{fmt.date(doc.invoice_date)} {ex['stamped']}"
    chain = f"||1.1|{ex['uuid']}|{stamped}|{ex['seals'][0][:40]}|{ex['sat_certificate']}||"
    at = y + 6
    for label, text in (
        (lab["seal"], ex["seals"][0]),
        (lab["sat_seal"], ex["seals"][1]),
        (lab["chain"], chain),
    ):
        pen.text(x, at, f"{label}:", 6, bold=True)
        for part in _cut(pen, text, 5.2, width):
            at += 6.4
            pen.text(x, at, part, 5.2, color=GREY)
        at += 9
    said = f"{lab['sat_cert']}: {ex['sat_certificate']}   {lab['stamped']}: {stamped}"
    pen.text(x, at, said, 6.2, fit=width)
