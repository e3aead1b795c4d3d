"""Whole pages of the layouts added with H161-H165, written blind: an office-products
dealer's summary invoice of a month's orders with its remittance coupon, a Texas retail
electric provider's bill for a common-area meter, a locksmith's invoice typed on a stock
form and finished by hand, received by fax behind its cover sheet, a Puerto Rican
contractor's invoice with the withholding at source deducted, and a Texas contractor's
invoice in Spanish from its invoicing app with a page of the job's photos."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.document import Document, Line
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _bars, _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import VERA, _sheet, _vera

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "amount")


def _money_of(c: Ctx, key: str) -> str:
    """A totals row's value as printed, by its ground-truth key."""
    row = c.doc.total_row(key)
    assert row is not None
    return row_value(c, row)


# --- H161: an office-products dealer's summary invoice ------------------------------------

SM_MARGIN = 36.0
SM_COLS = (
    ("item", 56.0),
    ("description", 0.0),
    ("unit", 34.0),
    ("quantity", 34.0),
    ("unit_price", 60.0),
    ("amount", 66.0),
    ("taxable", 22.0),
)
SM_HEAD = 16.0
SM_SIZE = 8.2
SM_FOOT = 40.0
SM_COUPON = 156.0  # the remittance coupon under the perforation on the last page
SM_LATER_TOP = 74.0


def render_summary_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as an office-products dealer's billing system prints a summary
    invoice: the dealer's mark and offices on the left, the title over a ruled box of the
    summary's references on the right, the customer billed and where the orders were
    delivered beside a panel of the cycle's counts; the orders one after another, each
    under a tinted band naming it, its items by item number and unit with a tax flag, the
    order's total under them; the totals boxed under the last order beside the notes,
    and a coupon to return with the payment under a perforation."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SM_MARGIN)
    cols = _columns(c.margin, c.width, SM_COLS)
    rows = _sm_rows(doc)
    heights = [_sm_height(c, cols, row) for row in rows]
    glued = [k for k, row in enumerate(rows) if row[0] == "band"]
    bottom = pen.height - SM_FOOT
    first_room = bottom - _sm_first(c, measure=True) - SM_HEAD
    pages = paginate(
        heights, first_room, bottom - SM_LATER_TOP - SM_HEAD, _sm_closing_height(c), glued
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _sm_first(c) if number == 1 else _sm_later(c)
        y = _sm_table(c, cols, top, rows[start:end], heights[start:end])
        if number == len(pages):
            _sm_closing(c, y + 10)
            _sm_coupon(c)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 7.6, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(c.right, pen.height - 22, said, 7.2, align="right", color=GREY)
        ref = f"{c.labels['invoice_number']} {doc.invoice_number}"
        pen.text(c.margin, pen.height - 22, ref, 7.2, color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _sm_rows(doc: Document) -> list[tuple[str, int]]:
    """The table's rows: each order's band, its lines and its total."""
    rows: list[tuple[str, int]] = []
    for k, order in enumerate(doc.extras["orders"]):
        first, end = order["lines"]
        rows.append(("band", k))
        rows += [("line", index) for index in range(first, end)]
        rows.append(("sum", k))
    return rows


def _sm_height(c: Ctx, cols: Columns, row: tuple[str, int]) -> float:
    kind, index = row
    if kind == "band":
        return 17.0
    if kind == "sum":
        return 17.0
    width = cols[1][2] - 8
    return 11.0 * len(c.pen.wrap(c.doc.lines[index].description, SM_SIZE, width)) + 3


def _sm_references(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs.append((lab["rep"], ex["rep"]))
    return pairs


def _sm_first(c: Ctx, *, measure: bool = False) -> float:
    """The dealer, the title and its box of references, the parties and the cycle panel;
    where the table starts."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    contact = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    refs = _sm_references(c)
    box_w, row_h = 236.0, 14.0
    box_top = 56.0
    head_bottom = max(box_top + row_h * len(refs), 74 + 10 * len(contact))
    parties_top = head_bottom + 18
    bill = _customer(doc)
    ship = doc.service_lines or []
    table_top = parties_top + 16 + 11 * max(len(bill), len(ship), 4) + 14
    if measure:
        return table_top
    draw_logo(pen, "square", c.margin, 28, 34, initials(doc.vendor_name))
    x = c.margin + 42
    pen.text(x, 43, doc.vendor_name, 14, bold=True, color=pen.accent, fit=250)
    pen.text(x, 54, lab["tagline"], 7, color=GREY, fit=250)
    for k, line in enumerate(contact):
        pen.text(c.margin, 74 + 10 * k, line, 7.8, fit=260)
    pen.text(c.right, 44, lab["title"], 17, bold=True, align="right", color=pen.accent)
    bx = c.right - box_w
    for k, (label, value) in enumerate(refs):
        top = box_top + row_h * k
        if k == 0:
            pen.rect(bx, top, box_w, row_h, fill=tint(pen.accent, 0.86))
        pen.text(bx + 6, top + 10, label, 7.4, color=GREY)
        pen.text(c.right - 6, top + 10, value, 8.6, bold=k == 0, align="right", fit=128)
        pen.line(bx, top + row_h, c.right, top + row_h, color=LIGHT, width=0.4)
    pen.rect(bx, box_top, box_w, row_h * len(refs), stroke=GREY, width=0.7)
    blocks = ((lab["bill_to"], bill, c.margin), (lab["service_address"], ship, c.margin + 196))
    for heading, lines, bx0 in blocks:
        pen.text(bx0, parties_top, heading.upper(), 7.4, bold=True, color=pen.accent)
        pen.line(bx0, parties_top + 3, bx0 + 180, parties_top + 3, color=pen.accent, width=0.6)
        for n, line in enumerate(lines):
            pen.text(bx0, parties_top + 16 + 11 * n, line, 8.6, bold=n == 0, fit=182)
    orders = ex["orders"]
    panel = [
        (lab["orders_count"], str(len(orders))),
        (lab["lines_count"], str(len(doc.lines))),
        (lab["first_order"], fmt.date(orders[0]["placed"])),
        (lab["last_order"], fmt.date(orders[-1]["placed"])),
    ]
    px, pw = c.right - 160, 160.0
    pen.rect(px, parties_top - 9, pw, 16 + 11 * len(panel), fill=tint(pen.accent, 0.93))
    pen.text(px + 6, parties_top, lab["cycle_box"].upper(), 7.4, bold=True, color=pen.accent)
    for k, (label, value) in enumerate(panel):
        at = parties_top + 14 + 11 * k
        pen.text(px + 6, at, label, 7.6)
        pen.text(px + pw - 6, at, value, 8, align="right")
    return table_top


def _sm_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = f"{lab['invoice_number']} {doc.invoice_number}   ·   "
    said += f"{lab['account_number']} {doc.account_number}"
    pen.text(c.right, 44, said, 8.4, align="right")
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=0.8)
    return SM_LATER_TOP


def _sm_table(
    c: Ctx, cols: Columns, y: float, rows: list[tuple[str, int]], heights: list[float]
) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(c.margin, y, c.width, SM_HEAD, fill=pen.accent)
    for key, x, w in cols:
        right = key in FIGURES
        at, align = (x + w - 4, "right") if right else (x + 4, "left")
        if key == "taxable":
            at, align = x + w / 2, "center"
        pen.text(at, y + 11, lab[key], 7.4, bold=True, align=align, color=white)
    y += SM_HEAD
    for (kind, index), height in zip(rows, heights, strict=True):
        if kind == "band":
            order = ex["orders"][index]
            pen.rect(c.margin, y + 2, c.width, height - 3, fill=tint(pen.accent, 0.88))
            parts = [
                f"{lab['order']} {order['number']}",
                f"{lab['placed']} {fmt.date(order['placed'])} {lab['by']} {order['by']}",
                f"{lab['delivered']} {fmt.date(order['delivered'])}",
            ]
            if order["ref"]:
                parts.append(f"{lab['ref']} {order['ref']}")
            said = "     ".join(parts)
            pen.text(c.margin + 5, y + 12, said, 7.4, bold=True, fit=c.width - 10)
        elif kind == "line":
            line = doc.lines[index]
            base = y + 9.5
            wrapped = pen.wrap(line.description, SM_SIZE, cols[1][2] - 8)
            values = {
                "item": line.code or "",
                "unit": line.unit or "",
                "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
                "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
                "amount": fmt.amount(line.amount),
                "taxable": "Y" if ex["taxed"][index] else "N",
            }
            for key, x, w in cols:
                if key == "description":
                    for k, text in enumerate(wrapped):
                        pen.text(x + 4, base + 11 * k, text, SM_SIZE)
                elif key in FIGURES:
                    pen.text(x + w - 4, base, values[key], SM_SIZE, align="right")
                elif key == "taxable":
                    pen.text(x + w / 2, base, values[key], 7.4, align="center")
                else:
                    pen.text(x + 4, base, values[key], SM_SIZE - 0.4)
        else:
            order = ex["orders"][index]
            first, end = order["lines"]
            total = sum((line.amount for line in doc.lines[first:end]), Decimal(0))
            amount_x = cols[5][1] + cols[5][2]
            pen.line(cols[5][1] + 6, y + 3, amount_x - 2, y + 3, color=GREY, width=0.5)
            said = lab["order_total"].format(number=order["number"])
            pen.text(cols[4][1] + cols[4][2] - 4, y + 12, said, 7.4, italic=True, align="right")
            pen.text(amount_x - 4, y + 12, fmt.money(total), 8, bold=True, align="right")
        y += height
    pen.line(c.margin, y + 2, c.right, y + 2, color=GREY, width=0.6)
    return y + 2


def _sm_closing_height(c: Ctx) -> float:
    return 16 + 18.0 * len(c.doc.totals) + 30 + SM_COUPON


def _sm_tax_label(c: Ctx) -> str:
    row = c.doc.total_row("tax")
    assert row is not None and row.rate is not None
    base = c.fmt.money(c.doc.extras["taxable"])
    return c.labels["tax"].format(rate=c.fmt.percent(row.rate), base=base)


def _sm_closing(c: Ctx, y: float) -> None:
    """The totals boxed on the right, the notes on the left."""
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 258.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        top = y + 18 * k
        strong = row.key == "amount_due"
        if strong:
            pen.rect(x, top, w, 18, fill=pen.accent)
        label = _sm_tax_label(c) if row.key == "tax" else lab[row.key]
        color = white if strong else BLACK
        pen.text(x + 6, top + 12.5, label, 8, bold=strong, color=color, fit=w - 100)
        value = row_value(c, row)
        pen.text(c.right - 6, top + 12.5, value, 9.4, bold=strong, align="right", color=color)
        pen.line(x, top + 18, c.right, top + 18, color=LIGHT, width=0.4)
    pen.rect(x, y, w, 18 * len(doc.totals), stroke=GREY, width=0.7)
    room = x - c.margin - 24
    ask = lab["questions"].format(phone=doc.vendor_phone)
    end = y + 8.0
    for text in (lab["tax_note"], ask, lab["late"]):
        end = _para(pen, c.margin, end, text, 7.4, room, color=GREY) + 12


def _sm_coupon(c: Ctx) -> None:
    """The coupon under the perforation: where to mail the payment, and the cells."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - SM_FOOT - SM_COUPON + 10
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(4, 3))
    pen.text(c.margin + c.width / 2, top + 11, lab["coupon"], 7, italic=True, align="center")
    pen.text(c.margin, top + 32, lab["remit_to"].upper(), 7.4, bold=True, color=pen.accent)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 18, top + 46 + 11 * k, line, 9.2, bold=k == 0, fit=230)
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
    ]
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date)))
    cells.append((lab["amount_due"], _money_of(c, "amount_due")))
    cells.append((lab["enclosed"], "$"))
    cw, ch = 246.0, 19.0
    cx = c.right - cw
    for k, (label, value) in enumerate(cells):
        at = top + 24 + ch * k
        strong = k == len(cells) - 2
        pen.rect(cx, at, cw, ch, stroke=GREY, width=0.6)
        if strong:
            pen.rect(cx, at, cw, ch, fill=tint(pen.accent, 0.86))
        pen.text(cx + 5, at + 12.5, label, 7.4, color=GREY)
        pen.text(c.right - 6, at + 13, value, 9.4, bold=strong, align="right")
    _bars(pen, c.margin + 18, top + 108, 150, 16, _digest(doc.id, "coupon161"))


# --- H162: a Texas retail electric provider's bill ----------------------------------------

RE_MARGIN = 36.0
RE_COUPON = 176.0  # the return coupon under the perforation
RE_COLS = (("description", 0.0), ("quantity", 84.0), ("unit_price", 78.0), ("amount", 80.0))


def render_rep_bill(doc: Document) -> tuple[bytes, int]:
    """Two letter pages as a Texas retail electric provider prints a business bill: the
    provider and its certificate, the customer's mailing address for the window envelope,
    the account's references and the amount owed with its due date boxed, the account's
    summary, the service point (ESI ID, address, meter, wires company, plan) and the
    period's use and average price, messages, and a coupon to return; overleaf the meter's
    reads, the charges in the provider's, the wires company's and the taxes' sections, a
    year of use in bars and the customer's rights."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), RE_MARGIN)
    y = _re_front(c)
    _re_compare(c, _re_history(c, y + 18) + 20)
    _re_coupon(c)
    _re_foot(c, 1)
    canvas.showPage()
    y = _re_later(c)
    y = _re_reads(c, y + 8)
    y = _re_charges(c, y + 14)
    _re_rights(c, y + 22)
    _re_foot(c, 2)
    canvas.save()
    return buffer.getvalue(), 2


def _re_references(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    assert doc.period is not None
    start, end = doc.period
    return [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["service_period"], fmt.period(start, end, lab["period_sep"])),
        (lab["days"], str((end - start).days)),
    ]


def _re_mark(c: Ctx, y: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    draw_logo(pen, "circle", c.margin, y - 14, 38, initials(doc.vendor_name))
    x = c.margin + 46
    pen.text(x, y + 2, doc.vendor_name, 15, bold=True, color=pen.accent, fit=270)
    pen.text(x, y + 14, lab["certificate"].format(n=ex["certificate"]), 7.2, color=GREY)


def _re_front(c: Ctx) -> float:
    """The first page above the use and the coupon; where it ends."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    _re_mark(c, 40)
    care = f"{lab['customer_service']} {doc.vendor_phone}"
    if doc.vendor_email:
        care += f"  ·  {doc.vendor_email}"
    pen.text(c.margin + 46, 64, care, 7.6, fit=270)
    office = f"{lab['office']} {', '.join(doc.vendor_lines)}"
    pen.text(c.margin + 46, 74, office, 7.2, color=GREY, fit=270)
    pen.text(c.right, 38, lab["title"], 13, bold=True, align="right")
    x, w = c.right - 236, 236.0
    for k, (label, value) in enumerate(_re_references(c)):
        at = 56 + 13.0 * k
        pen.text(x, at, label, 7.6, color=GREY)
        pen.text(c.right, at, value, 8.6, bold=k == 0, align="right")
    window = [doc.customer_name or "", *(doc.bill_to_lines or [])]
    for k, line in enumerate(window):
        pen.text(c.margin + 24, 132 + 11.5 * k, line, 9.4, fit=260)
    top = 132.0
    pen.rect(x, top, w, 72, fill=tint(pen.accent, 0.88))
    pen.rect(x, top, w, 72, stroke=pen.accent, width=1.2)
    pen.text(x + 10, top + 17, lab["amount_due"], 9.4, bold=True, color=pen.accent)
    pen.text(c.right - 10, top + 42, _money_of(c, "amount_due"), 20, bold=True, align="right")
    pen.text(x + 10, top + 62, lab["due_date"], 8.4)
    pen.text(c.right - 10, top + 62, fmt.date(doc.due_date), 9.4, bold=True, align="right")
    late = lab["late"].format(date=fmt.date(doc.due_date))
    _para(pen, x, top + 84, late, 6.8, w, color=GREY)
    y = 228.0
    pen.rect(c.margin, y, 290, 15, fill=pen.accent)
    pen.text(c.margin + 6, y + 10.5, lab["summary"].upper(), 7.8, bold=True, color=white)
    previous = doc.total_row("previous_balance")
    paid = doc.total_row("payments")
    assert previous is not None and paid is not None
    forward = previous.amount - paid.amount
    rows = [
        (lab["previous_balance"], row_value(c, previous), False),
        (
            lab["payments"].format(date=fmt.cell_date(ex["paid_on"]))
            if paid.amount
            else lab["no_payment"],
            row_value(c, paid),
            False,
        ),
        (lab["balance_forward"], fmt.money(forward), False),
        (lab["current_charges"], _money_of(c, "current_charges"), False),
        (lab["amount_due"], _money_of(c, "amount_due"), True),
    ]
    for k, (label, value, strong) in enumerate(rows):
        at = y + 29 + 14.0 * k
        if strong:
            pen.line(c.margin, at - 10, c.margin + 290, at - 10, width=0.8)
        pen.text(c.margin + 6, at, label, 8.2, bold=strong, fit=200)
        pen.text(c.margin + 284, at, value, 8.8, bold=strong, align="right")
    bottom = _re_service(c, x, y, w)
    return max(bottom, _re_messages(c, y + 110))


def _re_service(c: Ctx, x: float, y: float, w: float) -> float:
    """The service point: ESI ID, address, location, meter, wires company, plan, use."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(x, y, w, 15, fill=pen.accent)
    pen.text(x + 6, y + 10.5, lab["service_box"].upper(), 7.8, bold=True, color=white)
    total = doc.total_row("total")
    assert total is not None
    average = (total.amount / ex["used"] * 100).quantize(Decimal("0.1"))
    pairs = [
        (lab["esi"], ex["esi"]),
        (lab["service_address"], (doc.service_lines or [""])[0]),
        ("", (doc.service_lines or ["", ""])[1]),
        (lab["location"], ex["spot"]),
        (lab["meter"], ex["meter"]),
        (lab["tdu"], ex["tdu"]),
        (lab["product"], ex["product"]),
        (lab["contract_end"], fmt.date(ex["contract_end"])),
        (lab["kwh_used"], f"{ex['used']:,} kWh"),
        (lab["avg_price"], f"{average}¢ / kWh"),
    ]
    for k, (label, value) in enumerate(pairs):
        at = y + 27 + 11.2 * k
        pen.text(x + 6, at, label, 7.4, color=GREY)
        pen.text(x + w - 4, at, value, 8, align="right", fit=w - 96)
    return y + 27 + 11.2 * len(pairs)


def _re_messages(c: Ctx, y: float) -> float:
    pen, lab = c.pen, c.labels
    w = 290.0
    pen.text(c.margin, y, lab["messages"].upper(), 7.8, bold=True, color=pen.accent)
    end = y + 12.0
    for key in ("message_1", "message_2"):
        end = _para(pen, c.margin, end, lab[key], 7.4, w) + 13
    return end


def _re_compare(c: Ctx, y: float) -> None:
    """This period's use beside the same period a year ago."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.period is not None
    days = (doc.period[1] - doc.period[0]).days
    heads = lab["compare_heads"].split("|")
    rows = [
        (lab["this_period"], days, ex["used"]),
        (lab["last_year"], ex["last_year_days"], ex["history"][0]),
    ]
    w = c.width / len(heads)
    for k, head in enumerate(heads):
        pen.text(
            c.margin + w * k + (0 if k == 0 else w - 4),
            y,
            head,
            7.2,
            bold=True,
            align="left" if k == 0 else "right",
            color=GREY,
        )
    for r, (label, count, used) in enumerate(rows):
        at = y + 13 + 11 * r
        values = [label, str(count), f"{used:,}", f"{used / count:,.0f}"]
        for k, value in enumerate(values):
            x = c.margin + w * k + (0 if k == 0 else w - 4)
            pen.text(x, at, value, 8, align="left" if k == 0 else "right")


def _re_coupon(c: Ctx) -> None:
    """The return coupon: the account, due date, amount and a blank for the amount paid;
    where to mail it for the window envelope; the scan line."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.due_date is not None
    top = pen.height - RE_COUPON - 24
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(3, 3))
    said = lab["coupon"].format(vendor=doc.vendor_name)
    pen.text(c.margin + c.width / 2, top + 11, said, 7, italic=True, align="center")
    _re_mark(c, top + 38)
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], _money_of(c, "amount_due")),
        (lab["enclosed"], "$"),
    ]
    cw, ch = 226.0, 18.0
    cx = c.right - cw
    for k, (label, value) in enumerate(cells):
        at = top + 22 + ch * k
        pen.rect(cx, at, cw, ch, stroke=GREY, width=0.6)
        pen.text(cx + 5, at + 12, label, 7.2, color=GREY)
        pen.text(c.right - 6, at + 12.5, value, 9.2, bold=k == 2, align="right")
    lines = [doc.vendor_name.upper(), *(doc.remit_lines or [])]
    for k, line in enumerate(lines):
        pen.text(cx + 30, top + 112 + 11 * k, line, 9, fit=cw - 30)
    for k, line in enumerate([doc.customer_name or "", *(doc.bill_to_lines or [])][:3]):
        pen.text(c.margin + 10, top + 72 + 10 * k, line, 7.6, color=GREY, fit=250)
    due = doc.total_row("amount_due")
    assert due is not None
    scan = f"{doc.account_number}{int(due.amount * 100):010d}{doc.due_date:%Y%m%d}{ex['scan']}"
    pen.text(c.margin + 10, top + 158, scan, 9, fit=300)


def _re_foot(c: Ctx, number: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    said = lab["page"].format(n=number, m=2)
    pen.text(c.right, pen.height - 14, said, 7, align="right", color=GREY)
    ref = f"{lab['account_number']} {doc.account_number}"
    pen.text(c.margin, pen.height - 14, ref, 7, color=GREY)


def _re_later(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, 40, doc.vendor_name, 11, bold=True, color=pen.accent)
    refs = (
        f"{lab['account_number']} {doc.account_number}   ·   "
        f"{lab['invoice_date']} {fmt.date(doc.invoice_date)}"
    )
    pen.text(c.right, 40, refs, 8.2, align="right")
    pen.line(c.margin, 47, c.right, 47, color=pen.accent, width=0.8)
    pen.text(c.margin, 68, lab["detail"], 12, bold=True)
    esi = f"{lab['esi']} {doc.extras['esi']}  ·  {doc.extras['spot']}"
    pen.text(c.right, 68, esi, 8.2, align="right")
    return 76.0


def _re_reads(c: Ctx, y: float) -> float:
    """The meter's reads: its number, the read dates, the reads, multiplier and use."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    heads = lab["read_heads"].split("|")
    w = c.width / len(heads)
    pen.rect(c.margin, y, c.width, 14, fill=tint(pen.accent, 0.84))
    for k, head in enumerate(heads):
        pen.text(c.margin + w * k + w / 2, y + 10, head, 6.8, bold=True, align="center")
    before, now = ex["reads"]
    kind = lab["estimated"] if ex["estimated"] else lab["actual"]
    start, end = doc.period
    rows = [
        [
            ex["meter"],
            "kWh",
            fmt.cell_date(start),
            f"{before:,}",
            fmt.cell_date(end),
            f"{now:,}",
            "1",
            f"{ex['used']:,}",
            kind,
        ]
    ]
    if ex["demand"] is not None:
        rows.append(
            ["", "kW", "", "", fmt.cell_date(end), f"{ex['demand']}", "1", f"{ex['demand']}", kind]
        )
    base = y + 14
    for row in rows:
        base += 13
        for k, value in enumerate(row):
            pen.text(c.margin + w * k + w / 2, base, value, 7.8, align="center")
    bottom = base + 6
    pen.rect(c.margin, y, c.width, bottom - y, stroke=GREY, width=0.6)
    return bottom


def _re_charges(c: Ctx, y: float) -> float:
    """The charges in three sections, then the tax and the current charges."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, RE_COLS)
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in FIGURES else (x + 4, "left")
        pen.text(at, y, lab[key], 7.4, bold=True, align=align, color=GREY)
    pen.line(c.margin, y + 4, c.right, y + 4, color=GREY, width=0.6)
    y += 6
    rep = lab["rep_section"].format(vendor=doc.vendor_name)
    tdu = lab["tdu_section"].format(tdu=doc.extras["tdu"])
    tdu_from, fees_from = doc.extras["sections"]  # where the wires' and the fees' lines start
    rates = dict(zip(range(fees_from, len(doc.lines)), doc.extras["fee_rates"], strict=True))
    for index, line in enumerate(doc.lines):
        heading = {0: rep, tdu_from: tdu, fees_from: lab["fees_section"]}.get(index)
        if heading:
            y += 16
            pen.text(c.margin + 2, y, heading, 8.4, bold=True, color=pen.accent)
        y += 13
        values = {
            "quantity": f"{fmt.quantity(line.quantity)} {line.unit}"
            if line.quantity is not None
            else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.money(line.amount),
        }
        if index in rates:  # a fee is a share of the charges, printed as its rate
            values["unit_price"] = fmt.percent(rates[index])
        for key, x, w in cols:
            if key == "description":
                pen.text(x + 12, y, line.description, 8.4, fit=w - 16)
            else:
                pen.text(x + w - 4, y, values[key], 8.4, align="right")
    y += 8
    pen.line(c.margin, y, c.right, y, color=GREY, width=0.6)
    tax = doc.total_row("tax")
    assert tax is not None and tax.rate is not None
    rows = [
        (lab["subtotal"], _money_of(c, "subtotal"), False),
        (lab["tax"].format(rate=fmt.percent(tax.rate)), _money_of(c, "tax"), False),
        (lab["total"], _money_of(c, "total"), True),
    ]
    for label, value, strong in rows:
        y += 15
        if strong:
            pen.rect(c.margin, y - 11, c.width, 16, fill=tint(pen.accent, 0.88))
        pen.text(c.margin + 2, y, label, 8.8, bold=True)
        pen.text(c.right - 4, y, value, 9.2, bold=strong, align="right")
    return y + 6


def _re_history(c: Ctx, y: float) -> float:
    """Thirteen months of use in bars, this period's last."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.period is not None
    pen.text(c.margin, y, lab["history"], 8.4, bold=True, color=pen.accent)
    values = [*ex["history"], ex["used"]]
    high = max(values)
    w = c.width / len(values)
    base = y + 66
    month = doc.period[1].month
    names = lab["months_short"].split("|")
    for k, value in enumerate(values):
        h = 48 * value / high
        fill = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.6)
        pen.rect(c.margin + w * k + 4, base - h, w - 8, h, fill=fill)
        name = names[(month - len(values) + k) % 12]
        pen.text(c.margin + w * k + w / 2, base + 9, name, 6.6, align="center", color=GREY)
    pen.line(c.margin, base, c.right, base, color=GREY, width=0.5)
    return base + 12


def _re_rights(c: Ctx, y: float) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    pen.text(c.margin, y, lab["rights_head"], 8.4, bold=True, color=pen.accent)
    end = y + 12.0
    texts = (
        lab["rights"].format(product=ex["product"]),
        lab["outage"].format(tdu=ex["tdu"]),
        lab["complaints"],
    )
    for text in texts:
        end = _para(pen, c.margin, end, text, 7.4, c.width, color=GREY) + 12


# --- H163: a locksmith's stock-form invoice, faxed behind a cover sheet ------------------

FX_MARGIN = 48.0
FX_INK = HexColor("#101010")  # a fax prints every ink black
FX_ROWS = 21  # the form's ruled rows
FX_ROW = 17.0
FX_AMOUNT_W = 96.0


class _Typed:
    """What the shop typed onto the form: Courier, a little off the form's lines."""

    def __init__(self, pen: Pen, offset: tuple[float, float]):
        self.pen = pen
        self.dx, self.dy = offset

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 9.6,
        *,
        align: str = "left",
        fit: float | None = None,
    ) -> None:
        canvas = self.pen.canvas
        font = "Courier"
        if fit is not None:
            wide = stringWidth(text, font, size)
            size = size * fit / wide if wide > fit else size
        canvas.setFillColor(FX_INK)
        canvas.setFont(font, size)
        at, base = x + self.dx, self.pen.height - y - self.dy
        if align == "right":
            canvas.drawRightString(at, base, text)
        else:
            canvas.drawString(at, base, text)


class _Pen:
    """Writing by hand in felt pen: Vera's oblique, never quite level."""

    def __init__(self, pen: Pen, seed: str):
        self.pen = pen
        self.rng = random.Random(seed)
        _vera()  # the hand is Vera's oblique, whatever the form's own family

    def __call__(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 11.0,
        *,
        align: str = "left",
        fit: float | None = None,
    ) -> None:
        pen, rng = self.pen, self.rng
        font = VERA[2]
        wide = stringWidth(text, font, size)
        if fit is not None and wide > fit:
            size, wide = size * fit / wide, fit
        canvas = pen.canvas
        canvas.saveState()
        left = x - wide if align == "right" else x
        canvas.translate(left + rng.uniform(-1.5, 1.5), pen.height - y + rng.uniform(-1.2, 1.6))
        canvas.rotate(rng.uniform(-2.2, 2.2))
        canvas.setFillColor(FX_INK)
        canvas.setFont(font, size)
        canvas.drawString(0, 0, text)
        canvas.restoreState()

    def underline(self, x0: float, x1: float, y: float) -> None:
        rng = self.rng
        self.pen.line(
            x0, y + rng.uniform(-1, 1), x1, y + rng.uniform(-1.5, 1.5), color=FX_INK, width=1.1
        )

    def tick(self, x: float, y: float, size: float) -> None:
        for dx in (0.0, size):
            self.pen.line(x + dx, y - 1, x + size - dx, y + size + 1, color=FX_INK, width=1.2)


def render_faxed_form(doc: Document) -> tuple[bytes, int]:
    """Two letter pages as a fax machine received them, each under the sender's header
    line: a fax cover sheet from a pad, the shop's stamp at its head and its blanks filled
    in by hand (to, company, fax number, from, date, pages, subject), a box or two ticked
    and a note; then the shop's invoice on a stock two-column form, the stamp at its head,
    the number, date, parties, order number, terms, salesman and day of the work typed in,
    the items typed down the description column with their amounts, the sum typed and the
    tax and total written in by hand beside the form's thank-you and its claims notice."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    pen.fonts = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    pen.accent = FX_INK
    c = Ctx(pen, doc, Fmt.of(doc), FX_MARGIN)
    typed = _Typed(pen, doc.extras["typed"])
    hand = _Pen(pen, f"h163:{doc.id}")
    _fx_header(c, 1)
    _fx_cover(c, hand)
    canvas.showPage()
    _fx_header(c, 2)
    _fx_form(c, typed, hand)
    canvas.save()
    return buffer.getvalue(), 2


def _fx_header(c: Ctx, number: int) -> None:
    """The sending machine's line across the top of every page."""
    pen, doc, ex = c.pen, c.doc, c.doc.extras
    sent: date = ex["sent"]
    hour, minute = divmod(ex["sent_at"] + number // 2, 60)
    digits = "".join(ch for ch in ex["vendor_fax"] if ch.isdigit())
    name = doc.vendor_name[:20]
    said = (
        f"{sent:%b}-{sent.day:02d}-{sent.year} {(hour - 1) % 12 + 1:02d}:{minute:02d}"
        f"{'P' if hour >= 12 else 'A'}   FROM:{name:<20}  {digits}   "
        f"TO:1{''.join(ch for ch in ex['customer_fax'] if ch.isdigit())}   P.{number}/2"
    ).upper()
    canvas = pen.canvas
    canvas.setFillColor(FX_INK)
    canvas.setFont("Courier", 7.6)
    canvas.drawString(20, pen.height - 14, said)


def _fx_stamp(c: Ctx, x: float, y: float, size: float) -> float:
    """The shop's rubber stamp, a little askew; returns its bottom."""
    pen, doc, lab = c.pen, c.doc, c.labels
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    height = size + 6 + 9.5 * len(lines) + 6
    canvas = pen.canvas
    canvas.saveState()
    canvas.translate(x, pen.height - y)
    canvas.rotate(c.doc.extras["stamp_turn"])
    canvas.setStrokeColor(FX_INK)
    canvas.setLineWidth(1.3)
    width = max(stringWidth(doc.vendor_name, "Helvetica-Bold", size) + 16, 190)
    canvas.rect(-6, -height + 4, width, height, stroke=1, fill=0)
    canvas.setFillColor(FX_INK)
    canvas.setFont("Helvetica-Bold", size)
    canvas.drawString(2, -size + 2, doc.vendor_name)
    canvas.setFont("Helvetica", 7.6)
    for k, line in enumerate(lines):
        canvas.drawString(2, -size - 9 - 9.5 * k, line)
    canvas.restoreState()
    return y + height


def _fx_cover(c: Ctx, hand: _Pen) -> None:
    """The cover sheet's printed blanks and what was written in them."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    bottom = _fx_stamp(c, c.margin, 48, 12.5)
    pen.text(c.right, 92, lab["fax_title"], 46, bold=True, align="right")
    pen.text(c.right, 108, lab["fax_subtitle"], 8.6, align="right")
    y = max(bottom, 120) + 14
    pen.line(c.margin, y, c.right, y, width=2)
    sent: date = ex["sent"]
    left = [
        (lab["to"], lab["to_value"]),
        (lab["company"], ex["company"]),
        (lab["fax"], ex["customer_fax"]),
        (lab["re"], lab["re_value"].format(number=doc.invoice_number, place=_fx_place(doc))),
    ]
    right = [
        (lab["from"], ex["sender"]),
        (lab["date"], f"{sent.month}/{sent.day}/{sent.year % 100:02d}"),
        (lab["phone"], doc.vendor_phone or ""),
        (lab["pages"], "2"),
    ]
    half = c.width / 2
    for column, pairs in enumerate((left, right)):
        x = c.margin + column * (half + 10)
        w = half - 10
        for k, (label, value) in enumerate(pairs):
            at = y + 36 + 30 * k
            pen.text(x, at, f"{label}:", 10.5, bold=True)
            start = x + (62 if column == 0 else 58)
            pen.line(start, at + 3, x + w, at + 3, width=0.5)
            hand(start + 4, at - 1, value, 12, fit=x + w - start - 6)
    y += 36 + 30 * 4 + 6
    pen.line(c.margin, y, c.right, y, width=2)
    y += 24
    boxes = lab["boxes"].split("|")
    at = c.margin
    for k, box in enumerate(boxes):
        pen.rect(at, y - 9, 10, 10, stroke=FX_INK, width=0.8)
        if k in ex["boxes"]:
            hand.tick(at + 1, y - 8, 8)
        pen.text(at + 15, y, box, 9.4)
        at += 15 + pen.measure(box, 9.4) + 22
    y += 30
    pen.text(c.margin, y, f"{lab['comments']}:", 10.5, bold=True)
    note = (
        lab["fax_notes"]
        .split("|")[ex["note"]]
        .format(number=doc.invoice_number, place=_fx_place(doc), name=ex["sender"])
    )
    words = note.split()
    rows: list[str] = []
    for word in words:  # the hand's line breaks, about forty letters a line
        if rows and len(rows[-1]) + len(word) < 44:
            rows[-1] += " " + word
        else:
            rows.append(word)
    for k, text in enumerate(rows):
        hand(c.margin + 12, y + 28 + 24 * k, text, 15)
    pen.text(c.margin, pen.height - 64, lab["confidential"], 6.8, fit=c.width)
    pen.text(c.margin, pen.height - 54, lab["misdialed"], 6.8, fit=c.width)


def _fx_place(doc: Document) -> str:
    lines = doc.service_lines or doc.bill_to_lines or [""]
    return lines[0] if len(lines) > 2 else lines[0].split(",")[0]


def _fx_form(c: Ctx, typed: _Typed, hand: _Pen) -> None:
    """The stock form and what was typed and written on it."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    _fx_stamp(c, c.margin, 46, 13)
    pen.text(c.right, 54, lab["title"], 24, bold=True, align="right")
    bx, bw = c.right - 190, 190.0
    for k, (label, value) in enumerate(
        ((lab["invoice_number"], doc.invoice_number), (lab["date"], fmt.date(doc.invoice_date)))
    ):
        at = 66 + 24 * k
        pen.rect(bx, at, bw, 24, stroke=FX_INK, width=0.8)
        pen.text(bx + 5, at + 9, label.upper(), 7, bold=True)
        typed(bx + 86, at + 17, value, 11 if k == 0 else 10)
    y = 136.0
    half = (c.width - 14) / 2
    blocks = (
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], doc.service_lines or []),
    )
    box_h = 16 + 12.0 * max(4, *(len(lines) for _, lines in blocks))
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (half + 14)
        pen.rect(x, y, half, box_h, stroke=FX_INK, width=0.9)
        pen.rect(x, y, 16, box_h, fill=FX_INK)
        canvas = pen.canvas
        canvas.saveState()
        canvas.translate(x + 11, pen.height - y - box_h / 2)
        canvas.rotate(90)
        canvas.setFillColor(white)
        canvas.setFont("Helvetica-Bold", 7)
        canvas.drawCentredString(0, 0, heading.upper())
        canvas.restoreState()
        for n, line in enumerate(lines):
            typed(x + 22, y + 16 + 12 * n, line, 9.2, fit=half - 28)
    y += box_h + 8
    cells = [
        (lab["po_number"], doc.po_number or ""),
        (lab["terms"], doc.terms or ""),
        (lab["salesman"], ex["salesman"]),
        (lab["worked"], fmt.date(ex["worked"])),
    ]
    cw = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + cw * k
        pen.rect(x, y, cw, 28, stroke=FX_INK, width=0.8)
        pen.text(x + 4, y + 8.5, label.upper(), 6.4, bold=True, fit=cw - 8)
        typed(x + 6, y + 22, value, 9.4, fit=cw - 10)
    y += 40
    _fx_table(c, typed, y)
    _fx_totals(c, typed, hand, y + 16 + FX_ROWS * FX_ROW + 6)


def _fx_table(c: Ctx, typed: _Typed, y: float) -> None:
    pen, doc, fmt = c.pen, c.doc, c.fmt
    lab = c.labels
    amount_x = c.right - FX_AMOUNT_W
    pen.rect(c.margin, y, c.width, 16, fill=FX_INK)
    pen.text(
        (c.margin + amount_x) / 2,
        y + 11.5,
        lab["description"].upper(),
        8.4,
        bold=True,
        align="center",
        color=white,
    )
    pen.text(
        amount_x + FX_AMOUNT_W / 2,
        y + 11.5,
        lab["amount"].upper(),
        8.4,
        bold=True,
        align="center",
        color=white,
    )
    top = y + 16
    for k in range(FX_ROWS):
        pen.line(
            c.margin,
            top + FX_ROW * (k + 1),
            c.right,
            top + FX_ROW * (k + 1),
            color=FX_INK,
            width=0.4,
        )
    pen.rect(c.margin, y, c.width, 16 + FX_ROWS * FX_ROW, stroke=FX_INK, width=0.9)
    pen.line(amount_x, y, amount_x, top + FX_ROWS * FX_ROW, color=FX_INK, width=0.8)
    row = 0
    width = amount_x - c.margin - 16
    for line in doc.lines:
        wrapped = _fx_wrap(line.description, width)
        for k, text in enumerate(wrapped):
            typed(c.margin + 8, top + FX_ROW * (row + 1) - 4.5, text, 9.6)
            if k == 0:
                typed(
                    c.right - 6,
                    top + FX_ROW * (row + 1) - 4.5,
                    fmt.amount(line.amount),
                    9.6,
                    align="right",
                )
            row += 1
        if line.quantity is not None and line.unit_price is not None:
            said = f"{fmt.quantity(line.quantity)} @ {fmt.amount(line.unit_price)}"
            typed(c.margin + 40, top + FX_ROW * (row + 1) - 4.5, said, 9.2)
            row += 1


def _fx_wrap(text: str, width: float) -> list[str]:
    """Typed lines of ``text``: Courier wraps at a fixed count of letters."""
    letters = max(20, int(width / stringWidth("M", "Courier", 9.6)))
    rows: list[str] = []
    for word in text.split():
        if rows and len(rows[-1]) + 1 + len(word) <= letters:
            rows[-1] += " " + word
        else:
            rows.append(word)
    return rows


def _fx_totals(c: Ctx, typed: _Typed, hand: _Pen, y: float) -> None:
    """The form's boxes: the sum typed, the tax and the total written in by hand."""
    pen, doc, lab = c.pen, c.doc, c.labels
    amount_x = c.right - FX_AMOUNT_W
    boxes = (("subtotal", 22.0), ("tax", 22.0), ("total", 28.0))
    at = y
    for key, h in boxes:
        pen.rect(
            amount_x - 110,
            at,
            110 + FX_AMOUNT_W,
            h,
            stroke=FX_INK,
            width=1.0 if key == "total" else 0.8,
        )
        pen.line(amount_x, at, amount_x, at + h, color=FX_INK, width=0.8)
        pen.text(
            amount_x - 104,
            at + h / 2 + 3,
            lab[key].upper(),
            7.6 if key != "total" else 8.2,
            bold=True,
            fit=100,
        )
        pen.text(amount_x + 4, at + h / 2 + 3, "$", 8.4, bold=True)
        row = doc.total_row(key)
        if key == "subtotal" and row is not None:
            typed(c.right - 6, at + h / 2 + 4, row_value(c, row), 9.8, align="right")
        elif key == "tax":
            if row is not None:
                hand(c.right - 6, at + h / 2 + 5, row_value(c, row), 12, align="right")
            else:
                hand.underline(amount_x + 30, amount_x + 60, at + h / 2)
        elif key == "total" and row is not None:
            value = row_value(c, row)
            hand(c.right - 6, at + h / 2 + 6, value, 15, align="right")
            hand.underline(c.right - 10 - stringWidth(value, VERA[2], 15), c.right - 2, at + h - 4)
        at += h
    pen.text(c.margin, y + 22, lab["thanks"], 20, italic=True)
    pen.text(c.margin, y + 38, lab["claims"], 7, fit=amount_x - 120 - c.margin)
    pen.line(c.margin + 50, y + 62, amount_x - 130, y + 62, width=0.5)
    pen.text(c.margin, y + 62, lab["received"], 8, bold=True)
    pen.text(c.margin, pen.height - 30, lab["form_number"], 6, color=GREY)


# --- H164: a Puerto Rican contractor's invoice with the withholding at source ------------

RF_MARGIN = 42.0
RF_COLS = (
    ("date", 58.0),
    ("description", 0.0),
    ("quantity", 36.0),
    ("unit_price", 62.0),
    ("amount", 70.0),
    ("subject", 30.0),
)
RF_SIZE = 9.0
RF_HEAD = 17.0
RF_FOOT = 46.0
RF_LATER_TOP = 84.0


def render_retention_factura(doc: Document) -> tuple[bytes, int]:
    """Letter pages in a serif face as a Puerto Rican contractor's office prints an
    invoice: the firm, its trade, offices, employer number, merchant registration and
    licence on the left, a framed box with the title, number, date, due date and terms on
    the right, a double rule; the customer and the place served, the contact, order and
    reference; the lines ruled, dated, each marked if subject to the withholding; under
    them the withholding's box (or the waiver the firm holds) beside the totals: the
    services and materials, the IVU at each rate and its sum, the invoice's amount, the
    withholding deducted and the net to pay; how to pay and the legal note."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), RF_MARGIN)
    cols = _columns(c.margin, c.width, RF_COLS)
    heights = [_rf_height(c, cols, line) for line in doc.lines]
    bottom = pen.height - RF_FOOT
    first_room = bottom - _rf_first(c, measure=True) - RF_HEAD
    pages = paginate(heights, first_room, bottom - RF_LATER_TOP - RF_HEAD, _rf_closing_height(c))
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _rf_first(c) if number == 1 else _rf_later(c)
        y = _rf_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _rf_closing(c, y + 14)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 8.4, italic=True, align="right")
        _rf_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _rf_height(c: Ctx, cols: Columns, line: Line) -> float:
    return 11.0 * len(c.pen.wrap(line.description, RF_SIZE, cols[1][2] - 8)) + 6


def _rf_details(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    return pairs


def _rf_first(c: Ctx, *, measure: bool = False) -> float:
    """The firm, the framed box, the double rule, the parties; where the lines start."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    trade = lab[f"trade_{ex['trade']}"]
    firm = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        firm[-1] += f"  ·  {doc.vendor_email}"
    if doc.vendor_tax_id:
        firm.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    firm.append(f"{lab['registration']}: {ex['registration']}")
    firm.append(lab[f"license_{ex['trade']}"].format(n=ex["license"]))
    details = _rf_details(c)
    head_bottom = max(74 + 10.6 * len(firm), 40 + 26 + 16 * len(details) + 8)
    rule = head_bottom + 8
    parties_top = rule + 22
    bill = _customer(doc)
    place = doc.service_lines or []
    extra = _rf_extra(c)
    rows = max(len(bill), len(place)) + 1
    parties_bottom = parties_top + 13 * rows
    table_top = parties_bottom + (16 if extra else 4) + 10
    if measure:
        return table_top
    pen.text(c.margin, 50, doc.vendor_name, 17, bold=True, color=pen.accent, fit=310)
    pen.text(c.margin, 63, trade, 9, italic=True, fit=310)
    for k, line in enumerate(firm):
        pen.text(c.margin, 78 + 10.6 * k, line, 8.4, fit=310)
    bx, bw = c.right - 206, 206.0
    box_h = 26 + 16 * len(details) + 8
    pen.rect(bx, 36, bw, box_h, stroke=pen.accent, width=1.2)
    pen.rect(bx, 36, bw, 24, fill=pen.accent)
    pen.text(bx + bw / 2, 53, lab["title"], 14, bold=True, align="center", color=white)
    for k, (label, value) in enumerate(details):
        at = 36 + 26 + 16 * k + 10
        pen.text(bx + 8, at, label, 8.6)
        pen.text(c.right - 8, at, value, 10 if k == 0 else 9.4, bold=k == 0, align="right")
    pen.line(c.margin, rule, c.right, rule, color=pen.accent, width=1.4)
    pen.line(c.margin, rule + 3, c.right, rule + 3, color=pen.accent, width=0.5)
    half = c.width / 2
    blocks = ((lab["bill_to"], bill), (lab["service_address"], place))
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * half
        pen.text(x, parties_top, heading.upper(), 8, bold=True, color=pen.accent)
        for n, line in enumerate(lines):
            pen.text(
                x, parties_top + 13 * (n + 1), line, 9.6, bold=n == 0 and k == 0, fit=half - 16
            )
    if extra:
        said = "     ".join(f"{label}: {value}" for label, value in extra)
        pen.text(c.margin, parties_bottom + 12, said, 8.8, fit=c.width)
    return table_top


def _rf_extra(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, ex = c.doc, c.labels, c.doc.extras
    pairs = []
    if ex["contact"]:
        pairs.append((lab["contact"], ex["contact"]))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs.append((lab["project"], ex["project"]))
    return pairs


def _rf_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 46, doc.vendor_name, 12, bold=True, color=pen.accent)
    said = lab["continued_head"].format(number=doc.invoice_number)
    pen.text(c.right, 46, said, 9.4, align="right")
    pen.line(c.margin, 54, c.right, 54, color=pen.accent, width=1.2)
    pen.line(c.margin, 57, c.right, 57, color=pen.accent, width=0.5)
    return RF_LATER_TOP


def _rf_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(c.margin, y, c.width, RF_HEAD, fill=tint(pen.accent, 0.82))
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in FIGURES else (x + 4, "left")
        if key == "subject":
            at, align = x + w / 2, "center"
        pen.text(at, y + 12, lab[key], 8.4, bold=True, align=align, fit=w - 6)
    top = y
    y += RF_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 11
        values = {
            "date": fmt.cell_date(line.day) if line.day else "",
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
            "subject": lab["yes"] if ex["subject"][index] else lab["no"],
        }
        for key, x, w in cols:
            if key == "description":
                for k, text in enumerate(pen.wrap(line.description, RF_SIZE, w - 8)):
                    pen.text(x + 4, base + 11 * k, text, RF_SIZE)
            elif key == "subject":
                pen.text(x + w / 2, base, values[key], 8.4, align="center")
            elif key in FIGURES:
                pen.text(x + w - 4, base, values[key], RF_SIZE, align="right")
            else:
                pen.text(x + 4, base, values[key], 8.6)
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top, c.width, y - top, stroke=pen.accent, width=0.8)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, y, color=LIGHT, width=0.4)
    return y


def _rf_closing_height(c: Ctx) -> float:
    return 20 + 17.0 * (len(c.doc.totals) + 2) + 120


def _rf_closing(c: Ctx, y: float) -> None:
    """The withholding's box beside the totals; how to pay; the legal note."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 262.0
    x = c.right - w
    rows: list[tuple[str, str, str]] = []
    for row in doc.totals:
        if row.key == "tax":
            services, goods = ex["ivu"]
            if services:
                said = lab["ivu_services"].format(rate=fmt.percent(ex["tax_rate"]))
                rows.append(("part", said, fmt.money(services)))
            if goods:
                rows.append(("part", lab["ivu_goods"].format(rate="11.5%"), fmt.money(goods)))
        label = lab[row.key]
        if row.rate is not None and row.key == "deposit":
            label = label.format(rate=fmt.percent(row.rate))
        rows.append((row.key, label, row_value(c, row)))
    at = y
    for key, label, value in rows:
        strong = key in ("total", "amount_due")
        if key == "amount_due":
            pen.rect(x, at, w, 19, fill=pen.accent)
        elif key == "total":
            pen.line(x, at, c.right, at, color=pen.accent, width=1)
        color = white if key == "amount_due" else GREY if key == "part" else BLACK
        size = 8.4 if key == "part" else 9.4
        pen.text(x + 6, at + 13, label, size, bold=strong, color=color, fit=w - 104)
        pen.text(c.right - 6, at + 13, value, size + 0.4, bold=strong, align="right", color=color)
        at += 19
    pen.rect(x, y, w, at - y, stroke=pen.accent, width=0.8)
    bw = x - c.margin - 18
    pen.rect(c.margin, y, bw, 14, fill=tint(pen.accent, 0.82))
    pen.text(c.margin + 6, y + 10, lab["retention_head"], 8, bold=True, fit=bw - 12)
    if ex["waiver"]:
        said = lab["waiver"].format(n=ex["waiver_number"], year=doc.invoice_date.year)
        end = _para(pen, c.margin + 6, y + 28, said, 8.6, bw - 12)
    else:
        held = doc.total_row("deposit")
        pairs = [
            (lab["services_base"], fmt.money(ex["services"])),
            (lab["goods_base"], fmt.money(ex["goods"])),
            (lab["withheld"], fmt.money(held.amount if held else Decimal(0))),
        ]
        end = y + 16
        for k, (label, value) in enumerate(pairs):
            end = y + 28 + 13 * k
            pen.text(c.margin + 6, end, label, 8.6, fit=bw - 90)
            pen.text(c.margin + bw - 6, end, value, 8.8, align="right")
        end = _para(pen, c.margin + 6, end + 14, lab["retention_note"], 7.4, bw - 12, color=GREY)
    pen.rect(c.margin, y, bw, max(end, at - 12) - y + 10, stroke=pen.accent, width=0.6)
    top = max(at, end + 10) + 16
    pen.text(c.margin, top, lab["pay_head"], 9, bold=True, color=pen.accent)
    ways = [lab["pay_check"].format(vendor=doc.vendor_name)]
    ways.append(lab["pay_bank"].format(bank=ex["bank"], account=ex["bank_account"]))
    if ex["ath"]:
        handle = "".join(word[:1].upper() + word[1:] for word in doc.vendor_name.split()[:2])
        ways.append(lab["pay_ath"].format(handle=handle))
    for k, text in enumerate(ways):
        pen.text(c.margin + 8, top + 13 + 11.5 * k, f"•  {text}", 8.6, fit=c.width - 8)
    end = top + 13 + 11.5 * len(ways) + 6
    _para(pen, c.margin, end, lab["legal"], 7.4, c.width, italic=True, color=GREY)


def _rf_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    at = pen.height - 26
    pen.line(c.margin, at - 10, c.right, at - 10, color=pen.accent, width=0.5)
    said = f"{doc.vendor_name}  ·  {lab['registration']} {ex['registration']}"
    pen.text(c.margin, at, said, 7.2, color=GREY)
    pen.text(c.right, at, lab["page"].format(n=number, m=count), 7.4, align="right")


# --- H165: a Texas contractor's app invoice in Spanish with the job's photos --------------

PH_MARGIN = 44.0
PH_COLS = (("description", 0.0), ("quantity", 44.0), ("unit_price", 74.0), ("amount", 84.0))
PH_SIZE = 9.2
PH_PHOTO = (246.0, 158.0)
PH_SCENES = (  # a photo's colours: wall or sky, floor or ground, the thing worked on
    ("#d9cdb8", "#8a6d4f", "#e8e4dc"),
    ("#9cc3e0", "#5f8f4e", "#b7b0a4"),
    ("#3d3a36", "#6e6a63", "#a9aeb3"),
    ("#efe9df", "#b09b7e", "#ffffff"),
)


def render_photo_invoice(doc: Document) -> tuple[bytes, int]:
    """A letter page as an invoicing app prints an invoice in Spanish: an accent bar, the
    business and its contacts under it with its round mark on the right, the title large
    beside the invoice's folio, dates, order and terms, the customer and the place of the
    work, the lines with their count and price, the totals with the deposit paid in the app
    and the balance in a band, the notes, the customer's signature and the link to pay;
    on most a second page of the job's photos, each captioned with where and when."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PH_MARGIN)
    photos = doc.extras["photos"]
    count = 2 if photos else 1
    _ph_invoice(c)
    _ph_foot(c, 1, count)
    if photos:
        canvas.showPage()
        _ph_photos(c)
        _ph_foot(c, 2, count)
    canvas.save()
    return buffer.getvalue(), count


def _ph_details(c: Ctx) -> list[tuple[str, str]]:
    """The stock form's details and the customer's order, when there is one."""
    pairs = _rf_details(c)
    if c.doc.po_number:
        pairs.append((c.labels["po_number"], c.doc.po_number))
    return pairs


def _ph_invoice(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 8, fill=pen.accent)
    pen.text(c.margin, 50, doc.vendor_name, 17, bold=True, fit=330)
    contact = [*doc.vendor_lines, doc.vendor_phone or ""]
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    for k, line in enumerate(contact):
        pen.text(c.margin, 64 + 10.5 * k, line, 8.6, color=GREY)
    draw_logo(pen, "circle", c.right - 58, 28, 58, initials(doc.vendor_name))
    y = max(64 + 10.5 * len(contact), 96) + 30
    pen.text(c.margin, y, lab["title"], 26, color=pen.accent)
    details = _ph_details(c)
    dx = c.right - 210
    for k, (label, value) in enumerate(details):
        at = y - 20 + 13.5 * k
        pen.text(dx, at, label, 8.2, color=GREY)
        pen.text(c.right, at, value, 9, bold=k == 0, align="right")
    y = max(y + 16, y - 20 + 13.5 * len(details)) + 12
    third = (c.width - 20) / 2
    blocks = ((lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or []))
    for k, (heading, lines) in enumerate(blocks):
        if not lines:
            continue
        x = c.margin + k * (third + 20)
        pen.text(x, y, heading.upper(), 7.4, bold=True, color=GREY)
        for n, line in enumerate(lines):
            pen.text(x, y + 14 + 11.5 * n, line, 9.2, bold=n == 0, fit=third)
    rows = max(len(lines) for _, lines in blocks)
    y += 14 + 11.5 * rows + 18
    y = _ph_lines(c, y)
    _ph_closing(c, y + 12)


def _ph_lines(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _columns(c.margin, c.width, PH_COLS)
    pen.rect(c.margin, y, c.width, 20, fill=tint(pen.accent, 0.86))
    for key, x, w in cols:
        at, align = (x + w - 8, "right") if key in FIGURES else (x + 8, "left")
        pen.text(at, y + 13.5, lab[key], 8.2, bold=True, align=align, color=pen.accent)
    y += 20
    for line in doc.lines:
        wrapped = pen.wrap(line.description, PH_SIZE, cols[0][2] - 16)
        base = y + 15
        for k, text in enumerate(wrapped):
            pen.text(cols[0][1] + 8, base + 11.5 * k, text, PH_SIZE)
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.money(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.money(line.amount),
        }
        for key, x, w in cols[1:]:
            pen.text(x + w - 8, base, values[key], PH_SIZE, align="right")
        y += 11.5 * len(wrapped) + 12
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _ph_closing(c: Ctx, y: float) -> None:
    """The totals with the balance in a band on the right; notes, signature, pay link."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 236.0
    x = c.right - w
    at = y
    for row in doc.totals:
        if row.key == "amount_due":
            at += 6
            pen.rect(x, at, w, 30, fill=pen.accent)
            pen.text(x + 10, at + 19, lab["amount_due"], 10, bold=True, color=white)
            pen.text(
                c.right - 10, at + 20, row_value(c, row), 14, bold=True, align="right", color=white
            )
            at += 30
            continue
        label = lab[row.key]
        if row.key == "tax" and row.rate is not None:
            label = label.format(rate=fmt.percent(row.rate))
        strong = row.key == "total"
        pen.text(x + 10, at + 13, label, 9, bold=strong)
        pen.text(c.right - 10, at + 13, row_value(c, row), 9.4, bold=strong, align="right")
        at += 18
    room = x - c.margin - 24
    pen.text(c.margin, y + 10, lab["notes_head"], 8.4, bold=True, color=GREY)
    note = lab[f"notes_{ex['trade']}"]
    end = _para(pen, c.margin, y + 24, note, 8.4, room)
    sign = max(end + 46, at + 30)
    pen.line(c.margin, sign, c.margin + 200, sign, color=GREY, width=0.6)
    pen.text(c.margin, sign + 11, lab["signature"], 7.6, color=GREY)
    if ex["signed"]:
        _ph_scribble(pen, c.margin + 16, sign - 6, _digest(doc.id, ex["signed"]))
        said = lab["signed"].format(name=ex["signed"], date=fmt.date(doc.invoice_date))
        pen.text(c.margin, sign + 22, said, 7.6, color=GREY)
    due = doc.total_row("amount_due")
    if due is not None and due.amount:
        pen.rect(x, sign - 16, w, 22, fill=tint(pen.accent, 0.2))
        pen.text(x + w / 2, sign - 1, lab["pay_now"], 9.4, bold=True, align="center", color=white)
        link = lab["pay_link"].format(slug=_ph_slug(ex["app"]), link=ex["link"])
        pen.text(x + w / 2, sign + 13, link, 7.4, align="center", color=GREY)
    else:
        pen.text(
            x + w / 2, sign, lab["paid_in_full"], 11, bold=True, align="center", color=pen.accent
        )


def _ph_slug(app: str) -> str:
    return "".join(ch for ch in app.lower() if ch.isalnum() and ch.isascii())


def _ph_scribble(pen: Pen, x: float, y: float, seed: int) -> None:
    """A signature's loops drawn in ink."""
    rng = random.Random(seed)
    canvas = pen.canvas
    path = canvas.beginPath()
    path.moveTo(x, pen.height - y)
    at = x
    for _ in range(rng.randint(5, 8)):
        step = rng.uniform(12, 24)
        path.curveTo(
            at + step * 0.3,
            pen.height - y + rng.uniform(6, 16),
            at + step * 0.7,
            pen.height - y - rng.uniform(4, 12),
            at + step,
            pen.height - y + rng.uniform(-3, 3),
        )
        at += step
    canvas.setStrokeColor(HexColor("#1c2f7a"))
    canvas.setLineWidth(1.1)
    canvas.drawPath(path, stroke=1, fill=0)


def _ph_photos(c: Ctx) -> None:
    """The job's photos two to a row, each with its stage, place and time."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.rect(0, 0, pen.width, 8, fill=pen.accent)
    pen.text(c.margin, 44, doc.vendor_name, 10, bold=True)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 44, said, 9, align="right", color=GREY)
    pen.text(c.margin, 78, lab["photos_head"], 18, color=pen.accent)
    pen.text(c.margin, 92, lab["photos_note"], 8.4, color=GREY)
    w, h = PH_PHOTO
    gap = c.width - 2 * w
    taken: date = ex["taken"]
    for k, ((stage, where, minute), scene) in enumerate(
        zip(ex["photos"], ex["scenes"], strict=True)
    ):
        x = c.margin + (k % 2) * (w + gap)
        y = 108 + (k // 2) * (h + 52)
        seeds = (_digest(doc.id, where), _digest(doc.id, k))
        _ph_scene(pen, x, y, w, h, scene, stage, seeds)
        caption = f"{lab[stage]} · {where}"
        pen.text(x, y + h + 14, caption, 9, bold=True, fit=w)
        hour, mins = divmod(minute, 60)
        clock = f"{(hour - 1) % 12 + 1}:{mins:02d} {'p. m.' if hour >= 12 else 'a. m.'}"
        pen.text(x, y + h + 26, f"{c.fmt.date(taken)}, {clock}", 7.8, color=GREY)


def _ph_scene(
    pen: Pen, x: float, y: float, w: float, h: float, scene: int, stage: str, seeds: tuple[int, int]
) -> None:
    """A photo's look, the same frame before and after: a wall or sky over a floor or
    ground, the thing worked on, the light falling off; dirt and stains until it is done."""
    rng = random.Random(seeds[0])  # the place: the same framing for each of its photos
    back, ground, thing = (HexColor(color) for color in PH_SCENES[scene])
    shade = 0.0 if stage == "after" else 0.14 if stage == "during" else 0.28
    horizon = y + h * rng.uniform(0.55, 0.68)
    pen.rect(x, y, w, horizon - y, fill=_darker(back, shade))
    pen.rect(x, horizon, w, y + h - horizon, fill=_darker(ground, shade))
    pen.line(x, horizon, x + w, horizon, color=_darker(ground, 0.4), width=2.2)
    tw, th = w * rng.uniform(0.26, 0.36), h * rng.uniform(0.34, 0.48)
    tx = x + rng.uniform(0.12, 0.55) * w
    top = horizon - th * (0.2 if scene == 1 else 0.85)
    if scene == 1:  # a building's face on the horizon, its windows, shrubs in the bed
        pen.rect(x, horizon - h * 0.3, w, h * 0.3, fill=_darker(thing, shade))
        for k in range(8):
            pen.rect(
                x + 10 + k * (w - 20) / 8, horizon - h * 0.24, 14, 12, fill=_darker(back, 0.35)
            )
        canvas = pen.canvas
        canvas.setFillColor(_darker(HexColor("#3f6b35"), shade))
        for k in range(5):
            canvas.circle(x + 20 + k * (w - 40) / 4, pen.height - horizon - 6, 9, stroke=0, fill=1)
    elif scene == 2:  # a pipe under a cabinet
        pen.rect(tx, y + 12, 9, horizon - y - 4, fill=_darker(thing, shade))
        pen.rect(tx, horizon - 16, tw, 9, fill=_darker(thing, shade))
        if stage == "after":
            pen.rect(tx + tw * 0.6, horizon - 22, 12, 6, fill=HexColor("#b3261e"))
    else:  # a window, a cabinet or an appliance against the wall
        pen.rect(tx, top, tw, th, fill=_darker(thing, shade / 2))
        pen.rect(tx, top, tw, th, stroke=_darker(thing, 0.45), width=1.4)
        pen.line(tx + tw / 2, top, tx + tw / 2, top + th, color=_darker(thing, 0.45), width=1)
    for band in range(6):  # the light falling off across the frame
        pen.rect(x + w * band / 6, y, w / 6, h, fill=Color(0, 0, 0, alpha=0.025 * band))
    if stage != "after":  # dirt, stains or debris before and during the work
        dirt = random.Random(seeds[1])
        for _ in range(dirt.randint(14, 26) if stage == "before" else dirt.randint(5, 10)):
            size = dirt.uniform(2, 10)
            pen.rect(
                x + dirt.uniform(0, w - size),
                dirt.uniform(y + 4, y + h - size - 4),
                size,
                size * dirt.uniform(0.4, 1),
                fill=Color(0.28, 0.22, 0.16, alpha=0.5),
            )
    pen.rect(x, y, w, h, stroke=LIGHT, width=0.6)


def _darker(color: Color, amount: float) -> Color:
    return Color(*(part * (1 - amount) for part in (color.red, color.green, color.blue)))


def _ph_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    at = pen.height - 24
    pen.text(c.margin, at, lab["made_with"].format(app=ex["app"]), 7.2, color=GREY)
    pen.text(c.right, at, lab["page"].format(n=number, m=count), 7.2, align="right", color=GREY)
