"""Whole pages of the layouts added with H181-H185: a Texas retail electric provider's
summary bill for a property's house meters, a heating and air contractor's invoice for a
system change-out with its equipment and rebates and a terms page, a laundry route
operator's monthly rent for leased machines, a Puerto Rican janitorial firm's monthly
factura with its schedule of buildings, and a Mexican stationer's CFDI printed on
half-letter sheets with the ISR withheld under RESICO."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document, Line, TotalRow
from samples.formats import amount_words_es, format_quantity, group
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]
FIGURES = ("quantity", "unit_price", "amount", "days", "demand", "area")
RULE = HexColor("#9a9a9a")
HALF_LETTER = (612.0, 396.0)


def _align(key: str, x: float, w: float, pad: float = 4) -> tuple[float, str]:
    """Where a column's text starts and how it is aligned: figures flush right."""
    return (x + w - pad, "right") if key in FIGURES else (x + pad, "left")


def _row(doc: Document, key: str) -> TotalRow:
    row = doc.total_row(key)
    assert row is not None, key
    return row


def _pairs_box(
    c: Ctx, x: float, y: float, w: float, pairs: list[tuple[str, str]], size: float, step: float
) -> float:
    """Label and value pairs in a ruled box, the label left and the value flush right;
    returns the box's bottom."""
    pen = c.pen
    for k, (label, value) in enumerate(pairs):
        at = y + step * k
        if k:
            pen.line(x, at, x + w, at, color=LIGHT, width=0.5)
        pen.text(x + 6, at + step - 4.5, label, size, bold=True)
        room = w - pen.measure(label, size, bold=True) - 20
        pen.text(x + w - 6, at + step - 4.5, value, size + 0.4, align="right", fit=room)
    pen.rect(x, y, w, step * len(pairs), stroke=BLACK, width=0.8)
    return y + step * len(pairs)


# --- H181: a retail electric provider's summary bill for a property's house meters -------

SB_MARGIN = 36.0
SB_COLS = (
    ("esi_id", 112.0),
    ("description", 0.0),
    ("read_from", 52.0),
    ("read_to", 52.0),
    ("days", 28.0),
    ("quantity", 50.0),
    ("demand", 46.0),
    ("amount", 64.0),
)
SB_SIZE = 7.6
SB_STEP = 9.6
SB_SUB = 6.6
SB_COUPON = 176.0
SB_FOOT = 22.0


def render_summary_bill(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a retail electric provider prints a summary bill: the provider's
    mark, certificate and contacts with the bill's references boxed on the right; the
    customer's address for a window envelope beside the account overview (last balance,
    payment applied, balance carried, new charges, amount due); the plan, usage, average
    price and messages; the payment coupon with its scan line at the foot of the first
    page. The service location detail follows on the next pages: each ESI ID with its
    premise, read dates, days, kWh and demand, its charges broken down under it, and the
    current charges of all locations at the end."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SB_MARGIN)
    cols = _columns(c.margin, c.width, SB_COLS)
    heights = [_sb_height(c, cols, k) for k in range(len(doc.lines))]
    top, bottom = 112.0, pen.height - SB_FOOT - 14
    pages = paginate(heights, bottom - top - 20, bottom - top - 20, 46)
    count = len(pages) + 1
    _sb_first(c, count)
    for number, (start, end) in enumerate(pages, start=2):
        canvas.showPage()
        y = _sb_later(c, cols, top)
        for k in range(start, end):
            y = _sb_block(c, cols, k, y)
        if number == count:
            _sb_close(c, y)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 7.5, italic=True, align="right")
        _sb_foot(c, number, count)
    canvas.save()
    return buffer.getvalue(), count


def _sb_breakdown(c: Ctx, k: int) -> str:
    lab, fmt, meter = c.labels, c.fmt, c.doc.extras["meters"][k]
    rate = fmt.rate(c.doc.extras["energy_rate"])
    parts = [
        f"{lab['meter']} {meter['meter']}",
        f"{lab['energy']} {fmt.quantity(meter['kwh'])} kWh x ${rate} = "
        f"{fmt.amount(meter['energy'])}",
        f"{lab['delivery']} {fmt.amount(meter['delivery'])}",
        f"{lab['base']} {fmt.amount(meter['base'])}",
        f"{lab['grt']} {fmt.amount(meter['grt'])}",
        f"{lab['puc']} {fmt.amount(meter['puc'])}",
    ]
    return "  \u00b7  ".join(parts)


def _sb_wrapped(c: Ctx, cols: Columns, k: int) -> tuple[list[str], list[str]]:
    width = next(w for key, _, w in cols if key == "description") - 8
    desc = c.pen.wrap(c.doc.lines[k].description, SB_SIZE, width)
    sub_width = c.right - cols[1][1] - 8
    return desc, c.pen.wrap(_sb_breakdown(c, k), SB_SUB, sub_width)


def _sb_height(c: Ctx, cols: Columns, k: int) -> float:
    desc, sub = _sb_wrapped(c, cols, k)
    return SB_STEP * len(desc) + 8.2 * len(sub) + 9


def _sb_first(c: Ctx, count: int) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 24, 38, initials(doc.vendor_name))
    x = c.margin + 46
    pen.text(x, 40, doc.vendor_name, 15, bold=True, color=pen.accent, fit=270)
    said = f"{lab['tagline']}  \u00b7  {lab['certificate'].format(n=ex['certificate'])}"
    pen.text(x, 52, said, 7.4, color=GREY, fit=270)
    pen.text(x, 63, ", ".join(doc.vendor_lines), 7.6, fit=280)
    reach = f"{lab['phone']} {doc.vendor_phone}" if doc.vendor_phone else ""
    if doc.vendor_email:
        reach += f"   {lab['email']} {doc.vendor_email}"
    pen.text(x, 73, reach, 7.6, fit=280)
    bx, bw = c.right - 226, 226.0
    pen.text(c.right, 38, lab["title"], 17, bold=True, align="right", color=pen.accent)
    assert doc.due_date is not None
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    _pairs_box(c, bx, 46, bw, pairs, 7.6, 14.5)
    # the window address on the left, the overview on the right
    at = 136.0
    for k, text in enumerate(_customer(doc)):
        pen.text(c.margin + 16, at + 11 * k, text, 9.2, fit=230)
    ox, ow = c.right - 272, 272.0
    pen.rect(ox, 118, ow, 17, fill=pen.accent)
    pen.text(ox + 8, 130, lab["summary"], 9, bold=True, color=white)
    previous, paid = _row(doc, "previous_balance"), _row(doc, "payments")
    current, due = _row(doc, "current_charges"), _row(doc, "amount_due")
    paid_label = lab["payments"]
    if paid.amount:
        paid_label += f" ({lab['paid_on'].format(date=fmt.cell_date(ex['paid_on']))})"
    rows = [
        (lab["previous_balance"], row_value(c, previous), False),
        (paid_label, row_value(c, paid), False),
        (lab["balance_forward"], fmt.money(previous.amount - paid.amount), False),
        (lab["current_charges"], row_value(c, current), False),
    ]
    at = 135.0
    for label, value, _ in rows:
        at += 15
        pen.text(ox + 8, at, label, 8, fit=ow - 90)
        pen.text(c.right - 8, at, value, 8.6, align="right")
    at += 7
    pen.line(ox, at, c.right, at, color=BLACK, width=0.9)
    pen.rect(ox, at, ow, 22, fill=tint(pen.accent, 0.86))
    pen.text(ox + 8, at + 15, lab["amount_due"], 9.6, bold=True, fit=ow - 100)
    pen.text(c.right - 8, at + 15, row_value(c, due), 11, bold=True, align="right")
    at += 22
    said = f"{lab['due_date']}: {fmt.date(doc.due_date)}"
    pen.text(c.right - 8, at + 12, said, 7.6, align="right", color=GREY)
    pen.rect(ox, 118, ow, at - 118 + 18, stroke=pen.accent, width=0.8)
    # plan, usage and messages
    at = max(at + 40, 136 + 11.0 * len(_customer(doc)) + 20)
    kwh = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    cents_kwh = (current.amount / kwh * 100).quantize(Decimal("0.1"))
    rate = (ex["energy_rate"] * 100).quantize(Decimal("0.01"))
    facts = [
        lab["plan"].format(plan=ex["plan"], rate=f"{rate}\u00a2", end=fmt.date(ex["contract_end"])),
        lab["locations"].format(n=len(doc.lines)),
        lab["usage"].format(kwh=fmt.quantity(kwh)),
        lab["average"].format(price=f"{cents_kwh}\u00a2"),
        lab["outage"].format(tdu=ex["tdu"], phone=ex["outage"]),
    ]
    half = c.width / 2 - 12
    pen.line(c.margin, at - 12, c.right, at - 12, color=LIGHT, width=0.6)
    y = at
    for text in facts:
        y = _para(pen, c.margin, y, text, 8, half) + 13
    pen.text(c.margin + half + 24, at, lab["message_head"], 8.6, bold=True, color=pen.accent)
    end = _para(pen, c.margin + half + 24, at + 13, lab["message"], 7.6, half, color=GREY)
    _sb_history(c, max(y, end) + 16)
    _sb_coupon(c)
    _sb_foot(c, 1, count)


def _sb_history(c: Ctx, y: float) -> None:
    """The account's kWh, all locations, for the last thirteen months as bars."""
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    history: list[tuple[str, Decimal]] = ex["history"]
    pen.text(c.margin, y, lab["history_head"], 8.6, bold=True, color=pen.accent)
    top, tall = y + 14, 92.0
    most = max(kwh for _, kwh in history)
    step = c.width / len(history)
    pen.line(c.margin, top + tall, c.right, top + tall, color=GREY, width=0.6)
    for k, (month, kwh) in enumerate(history):
        h = float(kwh / most) * (tall - 14)
        x = c.margin + k * step + step * 0.18
        last = k == len(history) - 1
        fill = pen.accent if last else tint(pen.accent, 0.6)
        pen.rect(x, top + tall - h, step * 0.64, h, fill=fill)
        pen.text(x + step * 0.32, top + tall - h - 3, fmt.quantity(kwh), 5.6, align="center")
        pen.text(x + step * 0.32, top + tall + 9, month, 6.4, align="center", color=GREY)


def _sb_coupon(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - SB_FOOT - SB_COUPON
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(4, 3))
    said = lab["coupon"].format(name=doc.vendor_name)
    pen.text(c.margin + c.width / 2, top + 11, said, 6.8, italic=True, align="center", color=GREY)
    draw_logo(pen, doc.logo, c.margin, top + 22, 22, initials(doc.vendor_name))
    pen.text(c.margin + 28, top + 37, doc.vendor_name, 9.5, bold=True, color=pen.accent)
    assert doc.due_date is not None
    due = _row(doc, "amount_due")
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], row_value(c, due)),
    ]
    y = _pairs_box(c, c.margin, top + 48, 250, pairs, 7.6, 15)
    pen.text(c.margin + 6, y + 16, lab["enclosed"], 8, bold=True)
    pen.rect(c.margin + 110, y + 5, 140, 16, stroke=BLACK, width=0.8)
    pen.text(c.margin + 116, y + 16.5, "$", 9)
    x = c.margin + 300
    pen.text(x, top + 48, lab["remit_head"], 6.8, color=GREY)
    for k, text in enumerate([doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]):
        pen.text(x + 10, top + 62 + 11 * k, text, 9, fit=230)
    for k, text in enumerate(_customer(doc)[:3]):
        pen.text(x + 10, top + 118 + 9 * k, text, 7, color=GREY, fit=230)
    cents_due = int(due.amount * 100)
    check = _digest(doc.account_number, cents_due) % 10
    scan = f"{doc.account_number} {doc.invoice_number} {cents_due:011d} {check}"
    pen.canvas.setFont("Courier", 10)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(c.margin + 40, SB_FOOT + 12, scan)


def _sb_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab = c.pen, c.labels
    said = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 12, said, 6.8, align="right", color=GREY)


def _sb_later(c: Ctx, cols: Columns, top: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, 40, doc.vendor_name, 11, bold=True, color=pen.accent)
    said = (
        f"{lab['account_number']} {doc.account_number}  \u00b7  {lab['invoice_number']} "
        f"{doc.invoice_number}  \u00b7  {fmt.date(doc.invoice_date)}"
    )
    pen.text(c.right, 40, said, 7.6, align="right")
    pen.line(c.margin, 48, c.right, 48, color=pen.accent, width=1.2)
    pen.text(c.margin, 72, lab["detail_head"], 12, bold=True)
    pen.text(c.margin, 86, doc.customer_name or "", 8, color=GREY)
    y = top - 14
    pen.rect(c.margin, y, c.width, 16, fill=tint(pen.accent, 0.85))
    for key, x, w in cols:
        at, align = _align(key, x, w, 3)
        pen.text(at, y + 11, lab[key], 6.8, bold=True, align=align, fit=w - 5)
    return y + 18


def _sb_block(c: Ctx, cols: Columns, k: int, y: float) -> float:
    pen, fmt, line = c.pen, c.fmt, c.doc.lines[k]
    meter = c.doc.extras["meters"][k]
    desc, sub = _sb_wrapped(c, cols, k)
    base = y + 10
    x_desc = cols[1][1]
    for n, text in enumerate(desc):
        pen.text(x_desc + 3, base + SB_STEP * n, text, SB_SIZE, bold=n == 0 and len(desc) == 1)
    cells = {
        "esi_id": meter["esi"],
        "read_from": fmt.cell_date(meter["read_from"]),
        "read_to": fmt.cell_date(meter["read_to"]),
        "days": f"{meter['days']}",
        "quantity": fmt.quantity(meter["kwh"]),
        "demand": format_quantity(meter["demand"], "us") if meter["demand"] else "-",
        "amount": fmt.amount(line.amount),
    }
    for key, x, w in cols:
        if key == "description":
            continue
        at, align = _align(key, x, w, 3)
        pen.text(at, base, cells[key], SB_SIZE, align=align, bold=key == "amount", fit=w - 5)
    at = base + SB_STEP * (len(desc) - 1) + 9
    for n, text in enumerate(sub):
        pen.text(x_desc + 3, at + 8.2 * n, text, SB_SUB, color=GREY)
    bottom = y + SB_STEP * len(desc) + 8.2 * len(sub) + 9
    pen.line(c.margin, bottom, c.right, bottom, color=LIGHT, width=0.5)
    return bottom


def _sb_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    total = _row(doc, "total")
    pen.line(c.margin, y + 4, c.right, y + 4, color=BLACK, width=1)
    kwh = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    usage = lab["usage"].format(kwh=fmt.quantity(kwh))
    said = f"{lab['locations'].format(n=len(doc.lines))}  \u00b7  {usage}"
    pen.text(c.margin, y + 19, said, 7.6, color=GREY)
    pen.text(c.right - 90, y + 19, lab["total"], 8.6, bold=True, align="right")
    pen.text(c.right - 3, y + 19, row_value(c, total), 9.4, bold=True, align="right")
    pen.line(c.right - 80, y + 24, c.right, y + 24, color=BLACK, width=0.6)
    pen.line(c.right - 80, y + 26, c.right, y + 26, color=BLACK, width=0.6)


# --- H182: a heating and air contractor's invoice for a system change-out ----------------

HC_MARGIN = 42.0
HC_COLS = (("description", 0.0), ("quantity", 40.0), ("unit_price", 76.0), ("amount", 84.0))
HC_EQUIP = (("component", 86.0), ("maker", 96.0), ("model", 0.0), ("serial", 120.0))
HC_SIZE = 8.6
HC_STEP = 11.0
HC_TERMS = {
    "common": (
        (
            "Payment",
            "The balance is due upon completion of the work unless other terms are shown on "
            "the face of this invoice. Past-due balances accrue a finance charge of 1.5% per "
            "month (18% per year). Returned checks are subject to a $35.00 fee. The customer "
            "agrees to pay reasonable costs of collection, including attorney's fees.",
        ),
        (
            "Equipment warranty",
            "New equipment carries the manufacturer's limited warranty: 10 years on parts when "
            "registered within 60 days of installation (5 years if not registered), 10 years "
            "on the compressor where the manufacturer offers it. Warranty parts are supplied by "
            "the manufacturer; labor to install them is covered only as stated below.",
        ),
        (
            "Labor warranty",
            "We warrant our workmanship for two (2) years from the date of installation. This "
            "warranty does not cover damage from power surges, lack of maintenance, clogged "
            "filters or drains, acts of nature, or work by others. Filters, fuses and "
            "refrigerant lost to damage by others are not covered.",
        ),
        (
            "Rebates",
            "Manufacturer and utility rebates shown on this invoice are credited by us on the "
            "customer's behalf and assigned to us. If a rebate is denied because of information "
            "supplied by the customer, the amount credited becomes due.",
        ),
        (
            "Maintenance",
            "To keep the warranty valid the manufacturer requires yearly maintenance by a "
            "licensed contractor and filter changes as recommended. Keep this invoice with the "
            "equipment records; the AHRI reference documents the matched system's rating.",
        ),
        (
            "Permits",
            "Permit and inspection fees are charged at the amount the city bills. Where an "
            "inspection requires access to a unit or roof, the customer agrees to provide it on "
            "the day scheduled; a return trip for a failed access is billed at the trip rate.",
        ),
    ),
    "tx": (
        (
            "Notice",
            "Regulated by the Texas Department of Licensing and Regulation, P.O. Box 12157, "
            "Austin, Texas 78711, 1-800-803-9202, 512-539-5600, www.tdlr.texas.gov. Air "
            "conditioning and refrigeration contractors are licensed by the department.",
        ),
    ),
    "fl": (
        (
            "Notice",
            "According to Florida's Construction Lien Law (sections 713.001-713.37, Florida "
            "Statutes), those who work on your property or provide materials and are not paid "
            "in full have a right to enforce their claim for payment against your property. "
            "Florida-licensed contractors are regulated by the Department of Business and "
            "Professional Regulation.",
        ),
    ),
}


def render_hvac_changeout(doc: Document) -> tuple[bytes, int]:
    """Two letter pages as a residential and light commercial heating and air contractor
    prints a change-out invoice: the firm's mark, trade line and licence with the title
    and a ruled box of the invoice's references on the right; billing address and job site
    boxes; the equipment installed (component, maker, model, serial) with the AHRI
    reference, rating, permit, date and crew; the charges with rebates in brackets; the
    job's total, the deposit and the balance in a column on the right beside the
    customer's acceptance and signature; the second page holds the terms, conditions and
    limited warranty in two columns."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), HC_MARGIN)
    y = _hc_head(c)
    y = _hc_parties(c, y + 14)
    y = _hc_equipment(c, y + 16)
    y = _hc_charges(c, y + 16)
    _hc_close(c, y + 8)
    _hc_foot(c, 1)
    canvas.showPage()
    _hc_terms(c)
    _hc_foot(c, 2)
    canvas.save()
    return buffer.getvalue(), 2


def _hc_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 24, 46, initials(doc.vendor_name))
    x = c.margin + 56
    room = c.right - 224 - x
    pen.text(x, 42, doc.vendor_name, 15, bold=True, color=pen.accent, fit=room)
    pen.text(x, 54, lab["tagline"], 8, italic=True, fit=room)
    pen.text(x, 66, " \u00b7 ".join(doc.vendor_lines), 7.6, fit=room)
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']} {doc.vendor_email}")
    pen.text(x, 76, "   ".join(reach), 7.6, fit=room)
    pen.text(x, 87, lab["licence"].format(n=ex["licence"]), 7, color=GREY, fit=room)
    pen.text(c.right, 46, lab["title"], 24, bold=True, align="right", color=pen.accent)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (
            lab["proposal"],
            f"{ex['proposal']} ({lab['accepted'].format(date=fmt.date(ex['accepted']))})",
        ),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    w = 214.0
    bottom = _pairs_box(c, c.right - w, 54, w, pairs, 7.4, 13.5)
    return max(bottom, 92.0)


def _hc_box(c: Ctx, x: float, y: float, w: float, head: str, lines: list[str], tall: float) -> None:
    pen = c.pen
    pen.rect(x, y, w, 13, fill=pen.accent)
    pen.text(x + 6, y + 9.5, head.upper(), 7.2, bold=True, color=white)
    pen.rect(x, y, w, tall, stroke=pen.accent, width=0.8)
    for k, text in enumerate(lines):
        pen.text(x + 8, y + 26 + 11 * k, text, 8.8, bold=k == 0, fit=w - 16)


def _hc_parties(c: Ctx, y: float) -> float:
    doc, lab = c.doc, c.labels
    billing = _customer(doc)
    site = list(doc.service_lines or [])
    tall = 22 + 11.0 * max(len(billing), len(site))
    half = (c.width - 16) / 2
    _hc_box(c, c.margin, y, half, lab["bill_to"], billing, tall)
    _hc_box(c, c.margin + half + 16, y, half, lab["service_address"], site, tall)
    return y + tall


def _hc_equipment(c: Ctx, y: float) -> float:
    pen, lab, fmt, ex = c.pen, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, y, lab["equipment_head"], 8.6, bold=True, color=pen.accent)
    y += 6
    cols = _columns(c.margin, c.width, HC_EQUIP)
    pen.rect(c.margin, y, c.width, 14, fill=tint(pen.accent, 0.88))
    for key, x, w in cols:
        pen.text(x + 5, y + 10, lab[key], 7.4, bold=True, fit=w - 8)
    y += 14
    for part, maker, model, serial in ex["equipment"]:
        for (_, x, w), text in zip(cols, (part, maker, model, serial), strict=True):
            pen.text(x + 5, y + 11, text, 8.2, fit=w - 8)
        y += 15
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    pen.rect(
        c.margin,
        y - 15 * len(ex["equipment"]) - 14,
        c.width,
        15 * len(ex["equipment"]) + 14,
        stroke=RULE,
        width=0.6,
    )
    said = lab["ahri"].format(ahri=ex["ahri"], rating=ex["rating"], permit=ex["permit"])
    pen.text(c.margin, y + 12, said, 7.6, fit=c.width)
    crew = " and ".join(ex["crew"])
    said = lab["installed"].format(
        date=fmt.date(ex["installed"]), crew=crew, reg=ex["registration"]
    )
    return _para(pen, c.margin, y + 23, said, 7.2, c.width, color=GREY)


def _hc_money(c: Ctx, value: Decimal) -> str:
    """A line's amount as the contractor's software prints it: credits in brackets."""
    text = c.fmt.amount(abs(value))
    return f"({text})" if value < 0 else text


def _hc_charges(c: Ctx, y: float) -> float:
    pen, lab, fmt = c.pen, c.labels, c.fmt
    pen.text(c.margin, y, lab["charges_head"], 8.6, bold=True, color=pen.accent)
    y += 6
    cols = _columns(c.margin, c.width, HC_COLS)
    pen.line(c.margin, y, c.right, y, color=BLACK, width=1)
    for key, x, w in cols:
        at, align = _align(key, x, w)
        pen.text(at, y + 11, lab[key], 7.6, bold=True, align=align, fit=w - 6)
    y += 15
    pen.line(c.margin, y, c.right, y, color=BLACK, width=0.6)
    width = cols[0][2] - 10
    for line in c.doc.lines:
        wrapped = pen.wrap(line.description, HC_SIZE, width)
        base = y + 12
        for n, text in enumerate(wrapped):
            pen.text(c.margin + 4, base + HC_STEP * n, text, HC_SIZE)
        cells = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": _hc_money(c, line.amount),
        }
        for key, x, w in cols[1:]:
            at, align = _align(key, x, w)
            pen.text(at, base, cells[key], HC_SIZE, align=align)
        y += HC_STEP * len(wrapped) + 7
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _hc_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 236.0
    x0 = c.right - w
    at = y
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        label = (
            lab["deposit"].format(date=fmt.date(ex["accepted"]))
            if row.key == "deposit"
            else row_label(c, row)
        )
        if row.key == "amount_due":
            pen.rect(x0, at + 3, w, 20, fill=tint(pen.accent, 0.82))
            at += 17
            pen.text(x0 + 6, at, label, 9.4, bold=True, fit=w - 100)
            pen.text(c.right - 5, at, row_value(c, row), 10.5, bold=True, align="right")
            at += 6
        else:
            at += 15
            pen.text(x0 + 6, at, label, 8.6, bold=strong, fit=w - 100)
            pen.text(c.right - 5, at, row_value(c, row), 9, bold=strong, align="right")
    width = x0 - c.margin - 24
    pen.text(c.margin, y + 14, lab["accept_head"], 7.8, bold=True, color=pen.accent)
    base = _para(pen, c.margin, y + 26, lab["accept"], 7.4, width)
    base += 30
    pen.line(c.margin, base, c.margin + width * 0.62, base, color=BLACK, width=0.6)
    pen.line(c.margin + width * 0.68, base, c.margin + width, base, color=BLACK, width=0.6)
    pen.text(c.margin, base + 9, lab["signature"], 6.8, color=GREY)
    pen.text(c.margin + width * 0.68, base + 9, lab["sign_date"], 6.8, color=GREY)
    base += 30
    pen.line(c.margin, base, c.margin + width * 0.62, base, color=BLACK, width=0.6)
    pen.text(c.margin, base + 9, lab["printed_name"], 6.8, color=GREY)
    bottom = max(base + 40, at + 40)
    said = lab["thanks"].format(name=doc.vendor_name)
    pen.text(pen.width / 2, bottom, said, 11, bold=True, align="center", color=pen.accent)


def _hc_foot(c: Ctx, number: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = pen.height - 22
    pen.line(c.margin, y - 10, c.right, y - 10, color=LIGHT, width=0.5)
    said = f"{doc.vendor_name}  \u00b7  {lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.margin, y, said, 6.8, color=GREY, fit=c.width - 80)
    pen.text(c.right, y, lab["page"].format(n=number, m=2), 6.8, align="right", color=GREY)


def _hc_terms(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 10, bold=True, color=pen.accent)
    pen.text(c.right, 44, lab["terms_ref"].format(n=doc.invoice_number), 7.6, align="right")
    pen.line(c.margin, 50, c.right, 50, color=pen.accent, width=1)
    pen.text(pen.width / 2, 74, lab["terms_head"], 11, bold=True, align="center")
    region = "fl" if "Florida" in lab["licence"] else "tx"
    sections = [*HC_TERMS["common"], *HC_TERMS[region]]
    gap = 22.0
    w = (c.width - gap) / 2
    columns = (sections[: (len(sections) + 1) // 2], sections[(len(sections) + 1) // 2 :])
    lowest = 0.0
    for k, chosen in enumerate(columns):
        x, y = c.margin + k * (w + gap), 100.0
        for n, (head, text) in enumerate(chosen, start=1 + k * len(columns[0])):
            pen.text(x, y, f"{n}. {head.upper()}", 7.6, bold=True)
            y = _para(pen, x, y + 11, text, 7, w) + 18
        lowest = max(lowest, y)
    said = lab["licence"].format(n=doc.extras["licence"])
    pen.text(pen.width / 2, lowest + 16, said, 7.4, align="center", color=GREY)
    pen.text(c.right - 150, lowest + 56, lab["initials"], 7.6)
    pen.line(c.right - 60, lowest + 58, c.right, lowest + 58, color=BLACK, width=0.6)


# --- H183: a laundry route operator's monthly rent for leased machines -------------------

LL_MARGIN = 36.0
LL_COLS = (("description", 0.0), ("quantity", 44.0), ("unit_price", 90.0), ("amount", 90.0))
LL_HEAD = 17.0
LL_LINE = 14.0
LL_TAGS = 9.5
LL_FOOT = 30.0


def _ll_rows(doc: Document) -> list[tuple[str, Any]]:
    """The table's rows: ("head", room) over each room's lines, ("line", index)."""
    rows: list[tuple[str, Any]] = []
    room = None
    for k, line in enumerate(doc.lines):
        if line.group != room:
            room = line.group
            rows.append(("head", room))
        rows.append(("line", k))
    return rows


def render_laundry_lease(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a laundry route operator's billing system prints its rent: a dark
    band with the lessor and the title, its contacts under it, a ruled box of the
    invoice's number, date, account and rent due; lessee and equipment location; a strip
    of the agreement, commencement, term, billing period and route; each laundry room under
    its own heading with its washers and dryers by kind, count and monthly rent, the
    machines' tags under each, the card readers' service; the service calls covered by the
    lease; the totals boxed beside the remittance sentence; the title note at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), LL_MARGIN)
    cols = _columns(c.margin, c.width, LL_COLS)
    rows = _ll_rows(doc)
    heights = [LL_HEAD if kind == "head" else _ll_line_height(doc, k) for kind, k in rows]
    glued = {n for n, (kind, _) in enumerate(rows) if kind == "head"}
    top = _ll_head(c, measure=True)
    bottom = pen.height - LL_FOOT - 16
    calls = 40 + 11.0 * max(1, len(doc.extras["calls"]))
    pages = paginate(heights, bottom - top - 18, bottom - 96 - 18, calls + 120, glued)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            y = _ll_later(c)
        else:
            y = _ll_head(c)
        y = _ll_table(c, cols, rows[start:end], y)
        if number == len(pages):
            y = _ll_calls(c, y + 16)
            _ll_close(c, y + 14)
        else:
            pen.text(c.right, y + 16, c.labels["continued"], 8, bold=True, align="right")
        _ll_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ll_line_height(doc: Document, k: int) -> float:
    return LL_LINE + (LL_TAGS if doc.lines[k].note else 0)


def _ll_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    lessee = _customer(doc)
    site = list(doc.service_lines or [])
    parties_top = 150.0
    strip_top = parties_top + 16 + 10.5 * max(len(lessee), len(site)) + 8
    table_top = strip_top + 34
    if measure:
        return table_top
    pen.rect(0, 20, pen.width, 48, fill=pen.accent)
    pen.text(c.margin, 42, doc.vendor_name.upper(), 14, bold=True, color=white, fit=330)
    pen.text(c.margin, 56, lab["tagline"], 7.6, color=white, fit=330)
    pen.text(c.right, 50, lab["title"], 15, bold=True, align="right", color=white)
    info = [", ".join(doc.vendor_lines)]
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']} {doc.vendor_email}")
    if doc.vendor_tax_id:
        reach.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    info.append("  ".join(reach))
    for k, text in enumerate(info):
        pen.text(c.margin, 84 + 10 * k, text, 7.4, color=GREY, fit=300)
    assert doc.due_date is not None
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
    ]
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    _pairs_box(c, c.right - 232, 76, 232, pairs, 7.2, 13)
    half = c.width / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], lessee), (lab["service_address"], site))):
        x = c.margin + k * half
        pen.text(x, parties_top, head, 7.6, bold=True, color=pen.accent)
        pen.line(x, parties_top + 3, x + half - 20, parties_top + 3, color=pen.accent, width=0.6)
        for n, text in enumerate(lines):
            pen.text(x, parties_top + 15 + 10.5 * n, text, 8.4, fit=half - 24)
    assert doc.period is not None
    cells = [
        (lab["agreement"], ex["agreement"]),
        (lab["began"], fmt.date(ex["began"])),
        (lab["term"], lab["months"].format(n=ex["term"])),
        (lab["period"], f"{fmt.date(doc.period[0])} - {fmt.date(doc.period[1])}"),
        (lab["route"], ex["route"]),
    ]
    if doc.po_number:
        cells.append((lab["po_number"], doc.po_number))
    widths = [0.14, 0.14, 0.12, 0.34, 0.08, 0.18][: len(cells)]
    scale = 1 / sum(widths)
    x = c.margin
    for (label, value), share in zip(cells, widths, strict=True):
        w = c.width * share * scale
        pen.rect(x, strip_top, w, 26, stroke=BLACK, width=0.6)
        pen.text(x + 4, strip_top + 9, label.upper(), 6, bold=True, color=GREY, fit=w - 6)
        pen.text(x + 4, strip_top + 21, value, 7.8, fit=w - 8)
        x += w
    return table_top


def _ll_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 20, pen.width, 26, fill=pen.accent)
    pen.text(c.margin, 37, doc.vendor_name.upper(), 10, bold=True, color=white)
    said = f"{lab['invoice_number']} {doc.invoice_number}  "
    said += f"{lab['account_number']} {doc.account_number}"
    pen.text(c.right, 37, said, 7.6, align="right", color=white)
    return 96.0


def _ll_table(c: Ctx, cols: Columns, rows: list[tuple[str, Any]], y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.line(c.margin, y, c.right, y, color=BLACK, width=0.8)
    for key, x, w in cols:
        at, align = _align(key, x, w)
        pen.text(at, y + 11, lab[key].upper(), 7, bold=True, align=align)
    y += 15
    pen.line(c.margin, y, c.right, y, color=BLACK, width=0.8)
    for kind, value in rows:
        if kind == "head":
            head = lab["room"].format(room=value.upper()) if value else lab["other"]
            pen.rect(c.margin, y + 2, c.width, LL_HEAD - 3, fill=tint(pen.accent, 0.88))
            pen.text(c.margin + 4, y + 12, head, 7.6, bold=True)
            y += LL_HEAD
            continue
        line: Line = doc.lines[value]
        base = y + 10
        pen.text(c.margin + 12, base, line.description, 8, fit=cols[0][2] - 16)
        cells = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols[1:]:
            at, align = _align(key, x, w)
            pen.text(at, base, cells[key], 8, align=align)
        if line.note:
            said = lab["tags"].format(tags=line.note)
            pen.text(c.margin + 20, base + 9.5, said, 6.4, color=GREY, fit=cols[0][2] - 24)
        y += _ll_line_height(doc, value)
    pen.line(c.margin, y + 2, c.right, y + 2, color=BLACK, width=0.8)
    return y + 2


def _ll_calls(c: Ctx, y: float) -> float:
    pen, lab, fmt, calls = c.pen, c.labels, c.fmt, c.doc.extras["calls"]
    pen.text(c.margin, y, lab["calls_head"], 7.4, bold=True, color=pen.accent)
    y += 4
    if not calls:
        pen.text(c.margin + 8, y + 11, lab["calls_none"], 7.6, color=GREY)
        return y + 16
    xs = (c.margin + 8, c.margin + 100, c.margin + 180)
    for x, key in zip(xs, ("call_date", "call_machine", "call_work"), strict=True):
        pen.text(x, y + 11, lab[key], 6.8, bold=True, color=GREY)
    y += 12
    for day, tag, work in calls:
        y += 11
        for x, text in zip(xs, (fmt.date(day), tag, work), strict=True):
            pen.text(x, y, text, 7.4)
    return y + 4


def _ll_close(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 250.0
    x0 = c.right - w
    rows = doc.totals
    pen.rect(x0, y, w, 15 * len(rows) + 10, stroke=BLACK, width=0.8)
    for k, row in enumerate(rows):
        at = y + 16 + 15 * k
        last = row.key == "amount_due"
        if last:
            pen.rect(x0, at - 11, w, 15, fill=tint(pen.accent, 0.8))
        pen.text(x0 + 6, at, row_label(c, row), 7.8, bold=last, fit=150)
        pen.text(c.right - 6, at, row_value(c, row), 8.6, bold=last, align="right")
    width = x0 - c.margin - 20
    if doc.remit_lines:
        said = lab["remit_sentence"].format(
            name=doc.vendor_name, address=", ".join(doc.remit_lines)
        )
    else:
        said = lab["checks"].format(name=doc.vendor_name)
    at = _para(pen, c.margin, y + 10, said, 7.8, width, bold=True) + 14
    _para(pen, c.margin, at, lab["autopay"], 7.2, width, color=GREY)


def _ll_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y = pen.height - 20
    pen.line(c.margin, y - 10, c.right, y - 10, color=GREY, width=0.5)
    said = lab["title_note"].format(phone=doc.vendor_phone or "")
    pen.text(c.margin, y, said, 6.2, color=GREY, fit=c.width - 70)
    pen.text(c.right, y, lab["page"].format(n=number, m=count), 6.6, align="right")


# --- H184: a Puerto Rican janitorial firm's monthly factura ------------------------------

LE_MARGIN = 40.0
LE_COLS = (("description", 0.0), ("frequency", 110.0), ("area", 62.0), ("amount", 92.0))
LE_EXTRA_COLS = (("date", 70.0), ("order", 70.0), ("extra_desc", 0.0), ("extra_amount", 92.0))
LE_ROW = 17.0


def render_limpieza_edificios(doc: Document) -> tuple[bytes, int]:
    """One letter page as a small Puerto Rican janitorial firm prints its monthly factura
    from a word-processing template in Times: the firm, its trade line, address, numbers,
    merchant registration and employer number on the left, the title framed over two cells
    (number, date) on the right, a double rule; three panels (billed to, property served,
    conditions with client number, contract, period, terms, due date, order); the month's
    schedule of buildings and areas in a ruled grid (frequency, square feet, monthly rate),
    the extra work under its own heading with date and work order; the totals framed on
    the left, how to pay on the right; the IVU note and thanks at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), LE_MARGIN)
    y = _le_head(c)
    y = _le_panels(c, y + 14)
    y = _le_schedule(c, y + 22)
    if any(line.day for line in doc.lines):
        y = _le_extras(c, y + 22)
    _le_close(c, y + 18)
    canvas.save()
    return buffer.getvalue(), 1


def _le_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, 50, doc.vendor_name, 18, bold=True, color=pen.accent, fit=320)
    pen.text(c.margin, 63, lab["tagline"], 9, italic=True, fit=320)
    info = list(doc.vendor_lines)
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']}: {doc.vendor_email}")
    info.append("   ".join(reach))
    info.append(lab["merchant"].format(n=ex["merchant"]))
    if doc.vendor_tax_id:
        info.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    for k, text in enumerate(info):
        pen.text(c.margin, 78 + 10.5 * k, text, 8.6, fit=320)
    left = 78 + 10.5 * len(info)
    w = 190.0
    x = c.right - w
    pen.rect(x, 30, w, 34, stroke=pen.accent, width=1.6)
    pen.text(x + w / 2, 55, " ".join(lab["title"]), 20, bold=True, align="center", color=pen.accent)
    cells = (
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    )
    for k, (label, value) in enumerate(cells):
        cx = x + k * w / 2
        pen.rect(cx, 70, w / 2, 32, stroke=BLACK, width=0.7)
        pen.rect(cx, 70, w / 2, 12, fill=tint(pen.accent, 0.86))
        pen.text(cx + w / 4, 79, label, 7.6, bold=True, align="center")
        pen.text(cx + w / 4, 96, value, 10, bold=k == 0, align="center", fit=w / 2 - 8)
    bottom = max(left, 104.0) + 4
    pen.line(c.margin, bottom, c.right, bottom, color=pen.accent, width=1.4)
    pen.line(c.margin, bottom + 3, c.right, bottom + 3, color=pen.accent, width=0.5)
    return bottom + 3


def _le_panels(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    conditions = [
        f"{lab['account_number']} {doc.account_number}",
        f"{lab['contract']}: {ex['contract']}",
        f"{lab['period']}: {fmt.date(doc.period[0])} al {fmt.date(doc.period[1])}",
    ]
    if doc.terms:
        conditions.append(f"{lab['terms']}: {doc.terms}")
    if doc.due_date:
        conditions.append(f"{lab['due_date']}: {fmt.date(doc.due_date)}")
    if doc.po_number:
        conditions.append(f"{lab['po_number']}: {doc.po_number}")
    panels = (
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], list(doc.service_lines or [])),
        (lab["conditions"], conditions),
    )
    gap = 10.0
    widths = (0.33, 0.3, 0.37)
    tall = 24 + 11.0 * max(len(lines) for _, lines in panels)
    x = c.margin
    for (head, lines), share in zip(panels, widths, strict=True):
        w = (c.width - 2 * gap) * share
        pen.rect(x, y, w, tall, stroke=RULE, width=0.7)
        pen.text(x + 6, y + 12, head, 9, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(x + 6, y + 25 + 11 * n, text, 8.6, fit=w - 12)
        x += w + gap
    return y + tall


def _le_grid(c: Ctx, cols: Columns, y: float, heads: list[str]) -> float:
    pen = c.pen
    pen.rect(c.margin, y, c.width, LE_ROW, fill=pen.accent)
    for (key, x, w), head in zip(cols, heads, strict=True):
        at, align = _align(key, x, w)
        if key == "extra_amount":
            at, align = x + w - 4, "right"
        pen.text(at, y + 12, head, 8.6, bold=True, align=align, color=white, fit=w - 8)
    return y + LE_ROW


def _le_schedule(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    pen.text(c.margin, y, lab["schedule_head"], 10.5, bold=True)
    period = f"{fmt.date(doc.period[0])} al {fmt.date(doc.period[1])}"
    pen.text(
        c.right, y, lab["schedule_period"].format(period=period), 8.6, italic=True, align="right"
    )
    y += 6
    cols = _columns(c.margin, c.width, LE_COLS)
    top = y
    y = _le_grid(c, cols, y, [lab[key] for key, _, _ in cols])
    scheduled = [line for line in doc.lines if line.day is None]
    for line, (often, feet) in zip(scheduled, ex["schedule"], strict=True):
        cells = {
            "description": line.description,
            "frequency": often,
            "area": group(Decimal(feet), "us", 0),
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            at, align = _align(key, x, w)
            pen.text(at, y + 12, cells[key], 9, align=align, fit=w - 8)
        y += LE_ROW
        pen.line(c.margin, y, c.right, y, color=RULE, width=0.5)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, y, color=RULE, width=0.5)
    pen.rect(c.margin, top, c.width, y - top, stroke=BLACK, width=0.8)
    return y


def _le_extras(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y, lab["extras_head"], 10.5, bold=True)
    y += 6
    cols = _columns(c.margin, c.width, LE_EXTRA_COLS)
    top = y
    y = _le_grid(c, cols, y, [lab[key] for key, _, _ in cols])
    for line in doc.lines:
        if line.day is None:
            continue
        cells = {
            "date": fmt.cell_date(line.day),
            "order": line.code or "",
            "extra_desc": line.description,
            "extra_amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            at, align = (x + w - 4, "right") if key == "extra_amount" else (x + 4, "left")
            pen.text(at, y + 12, cells[key], 9, align=align, fit=w - 8)
        y += LE_ROW
        pen.line(c.margin, y, c.right, y, color=RULE, width=0.5)
    for _, x, _ in cols[1:]:
        pen.line(x, top, x, y, color=RULE, width=0.5)
    pen.rect(c.margin, top, c.width, y - top, stroke=BLACK, width=0.8)
    return y


def _le_close(c: Ctx, y: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 262.0
    rows = doc.totals
    pen.rect(c.margin, y, w, 17 * len(rows) + 8, stroke=pen.accent, width=1)
    for k, row in enumerate(rows):
        at = y + 17 + 17 * k
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(c.margin, at - 12.5, w, 17, fill=tint(pen.accent, 0.82))
        pen.text(c.margin + 8, at, row_label(c, row), 9, bold=strong, fit=160)
        pen.text(c.margin + w - 8, at, row_value(c, row), 9.6, bold=strong, align="right")
    x = c.margin + w + 24
    width = c.right - x
    pen.text(x, y + 12, lab["pay_head"], 9.4, bold=True, color=pen.accent)
    said = lab["pay_text"].format(
        bank=ex["bank"],
        routing=ex["routing"],
        account=ex["bank_account"],
        ath=ex["ath"],
        name=doc.vendor_name,
    )
    at = _para(pen, x, y + 25, said, 8.4, width) + 16
    pen.text(x, at, lab["supervisor"].format(name=ex["supervisor"]), 8.4, italic=True)
    foot = pen.height - 44
    _para(pen, c.margin, foot, lab["ivu_note"], 7.6, c.width, color=GREY)
    pen.text(
        pen.width / 2, foot + 24, lab["thanks"], 10, bold=True, align="center", color=pen.accent
    )


# --- H185: a Mexican stationer's CFDI on half-letter sheets ------------------------------

PC_MARGIN = 22.0
PC_COLS = (
    ("quantity", 38.0),
    ("unit", 38.0),
    ("item", 64.0),
    ("description", 0.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)
PC_ROW = 18.5
PC_CLOSE = 128.0
PC_FOOT = 16.0


def render_papeleria_cfdi(doc: Document) -> tuple[bytes, int]:
    """Half-letter sheets (8.5 x 5.5 in, landscape) as a stationer's point of sale prints
    a CFDI: on every sheet the store's mark, name, RFC, regime, address and numbers beside
    the fiscal box (folio, fiscal folio, certificate, issue date and time, sheet n of m);
    on the first the receiver's fiscal data beside where it was delivered (order, seller,
    delivery note, conditions, payment date); the products by count, unit, code and
    description with the SAT keys under each; on the last sheet the amount in words,
    currency, form and method of payment and the seals beside the QR, with the sum, the
    IVA transferred, the ISR withheld and the total on the right."""
    buffer, canvas, pen = _sheet(doc, HALF_LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PC_MARGIN)
    cols = _columns(c.margin, c.width, PC_COLS)
    first = _pc_receiver_bottom(c) + 14
    later = 92.0 + 14
    bottom = pen.height - PC_FOOT - 4
    heights = [PC_ROW] * len(doc.lines)
    pages = paginate(heights, bottom - first, bottom - later, PC_CLOSE)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _pc_head(c, number, len(pages))
        y = _pc_receiver(c) if number == 1 else 92.0
        y = _pc_rows(c, cols, start, end, y)
        if number == len(pages):
            _pc_close(c, bottom - PC_CLOSE + 8)
        else:
            pen.text(c.right, y + 12, c.labels["continued"], 7, italic=True, align="right")
        pen.text(pen.width / 2, pen.height - 8, c.labels["legend"], 6, align="center", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pc_head(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(0, 0, pen.width, 5, fill=pen.accent)
    draw_logo(pen, doc.logo, c.margin, 14, 32, initials(doc.vendor_name))
    x = c.margin + 40
    pen.text(x, 26, doc.vendor_name, 12, bold=True, color=pen.accent, fit=300)
    rows = []
    if doc.vendor_tax_id:
        rows.append(
            f"{lab['tax_id']}: {doc.vendor_tax_id}   {lab['regime']}: {lab['regime_value']}"
        )
    rows.append(", ".join(doc.vendor_lines))
    reach = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        reach.append(f"{lab['email']}: {doc.vendor_email}")
    reach.append(f"{lab['place']}: {ex['place']}")
    rows.append("   ".join(reach))
    for k, text in enumerate(rows):
        pen.text(x, 38 + 9 * k, text, 6.8, fit=310)
    bx, bw = c.right - 212, 212.0
    pen.rect(bx, 10, bw, 18, fill=pen.accent)
    pen.text(bx + 6, 22.5, lab["title"], 10, bold=True, color=white)
    pen.text(bx + bw - 6, 22.5, lab["subtitle"], 6.4, align="right", color=white)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["uuid"], ex["uuid"]),
        (lab["csd"], ex["certificate"]),
        (lab["invoice_date"], f"{fmt.date(doc.invoice_date)} {ex['time']}"),
        ("", lab["sheet"].format(n=number, m=count)),
    ]
    at = 28.0
    for label, value in pairs:
        at += 10.5
        if label:
            pen.text(bx + 5, at, f"{label}:", 6.2, bold=True, color=GREY)
        pen.text(
            bx + bw - 5,
            at,
            value,
            7,
            align="right",
            bold=label == lab["invoice_number"],
            fit=bw - 70,
        )
    pen.rect(bx, 10, bw, at - 10 + 5, stroke=pen.accent, width=0.8)


def _pc_receiver_lines(c: Ctx) -> tuple[list[str], list[str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    left = [doc.customer_name or "", ", ".join(doc.bill_to_lines or [])]
    left.append(
        f"{lab['tax_id']}: {ex['customer_rfc']}   {lab['fiscal_zip']}: {ex['customer_zip']}"
    )
    left.append(f"{lab['regime']}: {lab['receiver_regime']}   {lab['use']}: {lab['use_value']}")
    right = []
    if doc.service_lines:
        right.append(f"{lab['service_address']}: {', '.join(doc.service_lines)}")
    refs = []
    if doc.po_number:
        refs.append(f"{lab['po_number']}: {doc.po_number}")
    refs += [f"{lab['remision']}: {ex['remision']}", f"{lab['ticket']}: {ex['ticket']}"]
    right.append("   ".join(refs))
    right.append(f"{lab['seller']}: {ex['seller']}")
    terms = []
    if doc.terms:
        terms.append(f"{lab['terms']}: {doc.terms}")
    if doc.due_date:
        terms.append(f"{lab['due_date']}: {fmt.date(doc.due_date)}")
    if terms:
        right.append("   ".join(terms))
    return left, right


def _pc_receiver_bottom(c: Ctx) -> float:
    left, right = _pc_receiver_lines(c)
    return 92.0 + 16 + 9.0 * max(len(left), len(right))


def _pc_receiver(c: Ctx) -> float:
    pen, lab = c.pen, c.labels
    left, right = _pc_receiver_lines(c)
    y = 92.0
    bottom = _pc_receiver_bottom(c)
    half = (c.width - 10) / 2
    pen.rect(c.margin, y, half, bottom - y, stroke=LIGHT, width=0.7)
    pen.text(c.margin + 5, y + 9, lab["bill_to"].upper(), 6.4, bold=True, color=pen.accent)
    for k, text in enumerate(left):
        pen.text(c.margin + 5, y + 19 + 9 * k, text, 7, bold=k == 0, fit=half - 10)
    x = c.margin + half + 10
    pen.rect(x, y, half, bottom - y, stroke=LIGHT, width=0.7)
    for k, text in enumerate(right):
        pen.text(x + 5, y + 11 + 9 * k, text, 7, fit=half - 10)
    return bottom


def _pc_rows(c: Ctx, cols: Columns, start: int, end: int, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    y += 6
    pen.rect(c.margin, y, c.width, 13, fill=tint(pen.accent, 0.85))
    for key, x, w in cols:
        at, align = _align(key, x, w, 3)
        pen.text(at, y + 9.5, lab[key], 6.8, bold=True, align=align, fit=w - 5)
    y += 13
    for line in doc.lines[start:end]:
        assert line.quantity is not None and line.unit_price is not None
        cells = {
            "quantity": fmt.quantity(line.quantity),
            "unit": line.unit or "",
            "item": line.code or "",
            "description": line.description,
            "unit_price": fmt.money(line.unit_price),
            "amount": fmt.money(line.amount),
        }
        for key, x, w in cols:
            at, align = _align(key, x, w, 3)
            pen.text(at, y + 9, cells[key], 7.2, align=align, fit=w - 5)
        key_code, unit_code = (line.note or "|").split("|")
        desc_x = next(x for key, x, _ in cols if key == "description")
        said = lab["sat_line"].format(key=key_code, unit=unit_code)
        pen.text(desc_x + 3, y + 16, said, 5.6, color=GREY)
        y += PC_ROW
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _cut(pen: Pen, text: str, size: float, width: float) -> list[str]:
    """``text`` without spaces (a seal) cut into pieces no wider than ``width``."""
    parts, start = [], 0
    while start < len(text):
        end = start + 1
        while end < len(text) and pen.measure(text[start : end + 1], size) <= width:
            end += 1
        parts.append(text[start:end])
        start = end
    return parts


def _pc_close(c: Ctx, y: float) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 206.0
    x0 = c.right - w
    order = ("subtotal", "tax", "discount", "total")
    rows = [_row(doc, key) for key in order]
    for k, row in enumerate(rows):
        at = y + 11 + 12.5 * k
        last = row.key == "total"
        if last:
            pen.rect(x0, at - 9.5, w, 13, fill=tint(pen.accent, 0.82))
        pen.text(x0 + 5, at, row_label(c, row), 7.4, bold=last, fit=120)
        pen.text(c.right - 5, at, row_value(c, row), 8, bold=last, align="right")
    pen.rect(x0, y, w, 12.5 * len(rows) + 4, stroke=pen.accent, width=0.8)
    _para(pen, x0, y + 12.5 * len(rows) + 14, lab["withheld_note"], 5.6, w, color=GREY)
    width = x0 - c.margin - 82
    words = amount_words_es(doc.total, doc.currency)
    pen.text(c.margin, y + 8, f"{lab['words']}:", 6.6, bold=True)
    at = _para(pen, c.margin, y + 17, words, 7, width, bold=True) + 10
    facts = [
        f"{lab['currency']}: {lab['currency_value']}",
        f"{lab['form_pay']}: {ex['paid_form']}   {lab['method']}: {ex['method']}",
        f"{lab['sat_cert']}: {ex['sat_certificate']}   "
        f"{lab['stamped']}: {c.fmt.date(doc.invoice_date)}",
    ]
    for text in facts:
        pen.text(c.margin, at, text, 6.4, fit=width)
        at += 8.5
    for label, seal in zip((lab["seal"], lab["sat_seal"]), ex["seals"], strict=True):
        pen.text(c.margin, at + 2, f"{label}:", 5.8, bold=True)
        for part in _cut(pen, seal, 4.8, width):
            at += 6
            pen.text(c.margin, at + 3, part, 4.8, color=GREY)
        at += 10
    _qr(pen, x0 - 64, y + 40, 58, _digest(ex["uuid"]))
