"""Whole pages of the layouts added with H146-H150, written blind: a Florida electric
cooperative's member bill whose mailing address shows through the envelope's window from
its payment stub, a cloud access-control platform's subscription invoice as its billing
system prints it, a transfer station's scale ticket printed on a coloured dot-matrix form,
a Monterrey service firm's CFDI with the IVA its customer withholds, and a Puerto Rican
service firm's invoice from an open-source ERP."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.catalog import months
from samples.document import Document, Line
from samples.formats import amount_words_es
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blind7 import _Typed
from samples.pdf_blocks import Ctx
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]


def _band(c: Ctx, x: float, y: float, w: float, text: str, size: float = 8.4) -> None:
    """A heading on a pale band of the accent, ``y`` its top."""
    c.pen.rect(x, y, w, 15, fill=c.pen.pale)
    c.pen.text(x + 6, y + 11, text, size, bold=True, color=c.pen.accent)


# --- H146: a Florida electric cooperative's member bill ----------------------------------

CB_MARGIN = 30.0
CB_STUB = 190.0  # the payment stub's height at the foot of the page
CB_SPLIT = 318.0  # where the right column starts
CB_READS = (  # the meter table's columns: label key, width
    ("meter", 74.0),
    ("read_from", 70.0),
    ("read_to", 70.0),
    ("days", 40.0),
    ("prior", 0.0),
    ("present", 84.0),
    ("multiplier", 60.0),
    ("kwh_used", 70.0),
)


def render_coop_bill(doc: Document) -> tuple[bytes, int]:
    """A letter sheet printed on both sides in a serif face. The front: the cooperative's
    name over a rule, the account's information on the left, the balance due and the
    remit date boxed on the right over the account's summary, the meter's reads, the
    charges beside a year of usage, news for members, and a stub under a perforation that
    carries the member's mailing address for the envelope's window, the remittance
    address, the round-up box and the scan line. The back: ways to pay, what the charges
    mean, the member's rights, and the change-of-address form behind the stub."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CB_MARGIN)
    _cb_head(c)
    left = _cb_account(c, 94)
    right = _cb_due_and_summary(c, 94)
    y = _cb_reads(c, max(left, right) + 14)
    y = _cb_charges_and_history(c, y + 14)
    _cb_news(c, y + 14)
    _cb_stub(c)
    canvas.showPage()
    _cb_back(c)
    canvas.save()
    return buffer.getvalue(), 2


def _cb_head(c: Ctx) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, 24, 42, initials(doc.vendor_name))
    x = c.margin + 52
    pen.text(x, 42, doc.vendor_name, 18, bold=True, color=pen.accent, fit=300)
    pen.text(x, 54, lab["tagline"], 8.4, italic=True, color=GREY, fit=300)
    pen.text(x, 65, ", ".join(doc.vendor_lines), 7.8, fit=300)
    contact = [f"{lab['phone']} {doc.vendor_phone}", lab["outage"]]
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    pen.text(c.right, 40, lab["title"], 12.5, bold=True, align="right", color=pen.accent)
    for k, line in enumerate(contact):
        pen.text(c.right, 53 + 10 * k, line, 7.8, align="right", color=GREY)
    pen.line(c.margin, 82, c.right, 82, color=pen.accent, width=1.6)
    pen.line(c.margin, 84.5, c.right, 84.5, color=pen.accent, width=0.5)


def _cb_account(c: Ctx, y: float) -> float:
    """The account's information: labels in grey, values after them."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    w = CB_SPLIT - c.margin - 16
    _band(c, c.margin, y, w, lab["account_info"])
    start, end = doc.period
    rows = [
        (lab["member_name"], [doc.customer_name or ""]),
        (
            lab["member"],
            [f"{ex['member']}  ({lab['member_since'].format(year=ex['member_since'])})"],
        ),
        (lab["account_number"], [doc.account_number or ""]),
        (lab["invoice_number"], [doc.invoice_number]),
        (lab["invoice_date"], [fmt.date(doc.invoice_date)]),
        (lab["service_period"], [f"{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"]),
        (lab["service_address"], doc.service_lines or []),
        (lab["rate"], [ex["rate_name"]]),
    ]
    base = y + 28
    for label, values in rows:
        pen.text(c.margin + 6, base, label, 7.8, color=GREY)
        for k, value in enumerate(values):
            bold = label == lab["account_number"]
            pen.text(c.margin + 112, base + 10.5 * k, value, 8.8, bold=bold, fit=w - 118)
        base += 10.5 * max(1, len(values)) + 2.5
    bottom = base - 4
    pen.rect(c.margin, y, w, bottom - y, stroke=pen.accent, width=0.7)
    return bottom


def _cb_due_and_summary(c: Ctx, y: float) -> float:
    """The balance due boxed with the remit date, then the account's summary."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    x, w = CB_SPLIT, c.right - CB_SPLIT
    rows = {row.key: row for row in doc.summary}
    due = rows["amount_due"]
    assert doc.due_date is not None
    pen.rect(x, y, w, 54, fill=tint(pen.accent, 0.9))
    pen.rect(x, y, w, 54, stroke=pen.accent, width=1.3)
    pen.text(x + 10, y + 15, lab["amount_due"].upper(), 7.6, bold=True, color=pen.accent)
    pen.text(x + w - 10, y + 36, row_value(c, due), 21, bold=True, align="right")
    said = f"{lab['due_date']}: {fmt.date(doc.due_date)}"
    pen.text(x + 10, y + 47, said, 9.6, bold=True)
    top = y + 64
    _band(c, x, top, w, lab["summary"])
    previous, paid = rows["previous_balance"].amount, rows["payments"].amount
    payment = (
        lab["payments"].format(date=fmt.cell_date(ex["paid_on"])) if paid else lab["no_payment"]
    )
    lines = [
        (row_label(c, rows["previous_balance"]), row_value(c, rows["previous_balance"]), False),
        (payment, row_value(c, rows["payments"]), False),
        (lab["balance_forward"], fmt.money(previous - paid), False),
        (row_label(c, rows["current_charges"]), row_value(c, rows["current_charges"]), False),
        (row_label(c, due), row_value(c, due), True),
    ]
    base = top + 29
    for label, value, strong in lines:
        if strong:
            pen.line(x + 6, base - 10, x + w - 6, base - 10, width=0.8)
        pen.text(x + 8, base, label, 8.6, bold=strong, fit=w - 92)
        pen.text(x + w - 8, base, value, 9, bold=strong, align="right")
        base += 13.5
    bottom = base - 6
    pen.rect(x, top, w, bottom - top, stroke=pen.accent, width=0.7)
    return bottom


def _cb_reads(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    _band(c, c.margin, y, c.width, lab["reads"])
    cols = _columns(c.margin, c.width, CB_READS)
    prior, present, kwh = ex["reads"]
    start, end = doc.period
    values = {
        "meter": ex["meter"],
        "read_from": fmt.cell_date(start),
        "read_to": fmt.cell_date(end),
        "days": str((end - start).days),
        "prior": f"{prior:,}",
        "present": f"{present:,}",
        "multiplier": str(ex["multiplier"]),
        "kwh_used": fmt.quantity(kwh),
    }
    for key, x, w in cols:
        pen.text(x + w / 2, y + 27, lab[key], 7.2, bold=True, align="center", color=GREY)
        pen.text(x + w / 2, y + 40, values[key], 9, align="center", bold=key == "kwh_used")
    pen.line(c.margin, y + 30.5, c.right, y + 30.5, color=LIGHT, width=0.5)
    pen.rect(c.margin, y, c.width, 46, stroke=pen.accent, width=0.7)
    return y + 46


def _cb_charges_and_history(c: Ctx, y: float) -> float:
    left = _cb_charges(c, c.margin, y, CB_SPLIT - c.margin - 16)
    right = _cb_history(c, CB_SPLIT, y, c.right - CB_SPLIT)
    return max(left, right)


def _cb_detail(c: Ctx, line: Line) -> str:
    """What a metered or counted charge is: "4,812 kWh x $0.0824"."""
    fmt = c.fmt
    if line.quantity is None or line.unit_price is None:
        return ""
    return f"{fmt.quantity(line.quantity)} {line.unit} x ${fmt.rate(line.unit_price)}"


def _cb_charges(c: Ctx, x: float, y: float, w: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    _band(c, x, y, w, lab["charges"])
    base = y + 28
    for line in doc.lines:
        pen.text(x + 6, base, line.description, 8.6, fit=w * 0.5)
        pen.text(x + w * 0.53, base, _cb_detail(c, line), 7.8, color=GREY, fit=w * 0.3)
        pen.text(x + w - 6, base, c.fmt.amount(line.amount), 8.8, align="right")
        base += 13
    pen.line(x + w * 0.35, base - 8, x + w - 4, base - 8, color=LIGHT, width=0.6)
    base += 4
    for row in doc.totals:
        strong = row.key == "total"
        if strong:
            pen.line(x + w * 0.35, base - 10, x + w - 4, base - 10, width=0.9)
        pen.text(x + w - 76, base, row_label(c, row), 8.6, bold=strong, align="right", fit=w - 90)
        pen.text(x + w - 6, base, row_value(c, row), 9, bold=strong, align="right")
        base += 13.5
    bottom = base - 6
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.7)
    return bottom


def _cb_history(c: Ctx, x: float, y: float, w: float) -> float:
    """Thirteen months of kWh as bars, then this month beside the same one last year."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    assert doc.period is not None
    _band(c, x, y, w, lab["history"])
    kwh = int(ex["reads"][2])
    values = [*ex["history"], kwh]
    most = max(values) or 1
    top, tall = y + 24, 52.0
    step = (w - 16) / len(values)
    month = doc.period[1].month - 1
    letters = [name[0] for name in months("en")]
    for k, value in enumerate(values):
        h = value / most * tall
        bx = x + 8 + k * step
        color = pen.accent if k == len(values) - 1 else tint(pen.accent, 0.55)
        pen.rect(bx + 1.5, top + tall - h, step - 3, h, fill=color)
        said = letters[(month - len(values) + 1 + k) % 12]
        pen.text(bx + step / 2, top + tall + 8, said, 6.2, align="center", color=GREY)
    pen.line(x + 8, top + tall, x + w - 8, top + tall, width=0.5)
    start, end = doc.period
    days = (end - start).days
    last = ex["history"][0]
    rows = [
        (lab["days_billed"], str(days), str(days + (1 if days < 31 else -1))),
        (lab["kwh_used"], f"{kwh:,}", f"{last:,}"),
        (lab["avg_day"], f"{kwh / days:.1f}", f"{last / days:.1f}"),
        (lab["avg_temp"], str(ex["temps"][0]), str(ex["temps"][1])),
    ]
    base = top + tall + 22
    pen.text(x + w - 66, base, lab["this_year"], 6.8, bold=True, align="right", color=GREY)
    pen.text(x + w - 8, base, lab["last_year"], 6.8, bold=True, align="right", color=GREY)
    for k, (label, now, before) in enumerate(rows):
        at = base + 11 + 10.5 * k
        pen.text(x + 8, at, label, 7.6, fit=w - 130)
        pen.text(x + w - 66, at, now, 8, align="right")
        pen.text(x + w - 8, at, before, 8, align="right")
    bottom = base + 11 + 10.5 * len(rows) - 4
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.7)
    return bottom


def _cb_news(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.text(c.margin, y, lab["messages_head"].upper(), 8.4, bold=True, color=pen.accent)
    pen.line(c.margin, y + 3.5, c.right, y + 3.5, color=pen.accent, width=0.5)
    said = lab["capital"].format(amount=fmt.money(ex["capital"]), year=doc.invoice_date.year - 1)
    chosen = lab["messages"].split("|")[ex["message"]]
    base = y + 15
    for text, style in (
        (said, {}),
        (lab["round_up"], {}),
        (chosen, {}),
        (lab["late"], {"italic": True}),
    ):
        base = _para(pen, c.margin, base, text, 7.8, c.width, **style) + 11


def _cb_back(c: Ctx) -> None:
    """The sheet's back: ways to pay and budget billing beside what the charges mean,
    the member's rights, and a change-of-address form behind the stub."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, lab["back_title"].upper(), 11, bold=True, color=pen.accent)
    pen.line(c.margin, 50, c.right, 50, color=pen.accent, width=1.2)
    half = (c.width - 24) / 2
    pen.text(c.margin, 70, lab["ways_head"], 9.6, bold=True, color=pen.accent)
    base = 84.0
    for way in lab["ways"].split("|"):
        head, text = way.split(": ", 1)
        pen.text(c.margin, base, f"{head}:", 8.4, bold=True)
        base = _para(pen, c.margin + 8, base + 11, text, 8.2, half - 8) + 14
    base = _para(pen, c.margin, base + 4, lab["budget"], 8.2, half, italic=True)
    x = c.margin + half + 24
    pen.text(x, 70, lab["terms_head"], 9.6, bold=True, color=pen.accent)
    right = 84.0
    for entry in lab["terms_list"].split("|"):
        head, text = entry.split(": ", 1)
        pen.text(x, right, f"{head}:", 8.4, bold=True)
        right = _para(pen, x + 8, right + 11, text, 8.2, half - 8) + 14
    top = max(base, right) + 20
    pen.text(c.margin, top, lab["rights_head"], 9.6, bold=True, color=pen.accent)
    end = _para(pen, c.margin, top + 14, lab["rights"], 8.2, c.width)
    said = f"{doc.vendor_name} · {', '.join(doc.vendor_lines)} · {doc.vendor_phone}"
    pen.text(c.margin, end + 22, said, 7.6, color=GREY, fit=c.width)
    top = pen.height - CB_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(3, 3))
    pen.text(c.margin, top + 24, lab["change_head"].upper(), 9, bold=True, color=pen.accent)
    fields = lab["change_fields"].split("|")
    for k, field in enumerate(fields):
        at = top + 52 + 22 * k
        pen.line(c.margin + 120, at, c.right, at, color=BLACK, width=0.5)
        pen.text(c.margin, at - 2, field, 8.2)
    pen.text(c.right, top + 24, f"{lab['account_number']} {doc.account_number}", 8.4, align="right")


def _cb_stub(c: Ctx) -> None:
    """The stub: the balance, remit date and account in cells, a box for the amount
    paid, the round-up and change boxes, the member's mailing address where the
    envelope's window shows it, the remittance address and the scan line."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - CB_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.7, dash=(3, 3))
    said = lab["stub"].format(vendor=doc.vendor_name)
    pen.text(pen.width / 2, top + 11, said, 7, italic=True, align="center", color=GREY)
    draw_logo(pen, doc.logo, c.margin, top + 20, 24, initials(doc.vendor_name))
    pen.text(c.margin + 30, top + 36, doc.vendor_name, 10.6, bold=True, color=pen.accent, fit=250)
    due = doc.total_row("amount_due")
    assert due is not None and doc.due_date is not None
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], row_value(c, due)),
    ]
    x0, w = CB_SPLIT - 40, (c.right - CB_SPLIT + 40) / 3
    for k, (label, value) in enumerate(cells):
        x = x0 + k * w
        pen.rect(x, top + 20, w, 30, stroke=BLACK, width=0.5, fill=pen.pale if k == 2 else None)
        pen.text(x + 4, top + 28, label, 5.8, bold=True, fit=w - 8)
        pen.text(x + w / 2, top + 44, value, 9.4, bold=True, align="center", fit=w - 8)
    pen.text(x0, top + 70, lab["enclosed"], 8, bold=True)
    pen.rect(x0 + 62, top + 58, 90, 18, stroke=BLACK, width=0.6)
    pen.text(x0 + 66, top + 71, "$", 9)
    for k, key in enumerate(("round_box", "change_box")):
        at = top + 64 + 12 * k
        pen.rect(x0 + 166, at - 6.5, 7, 7, stroke=BLACK, width=0.5)
        pen.text(x0 + 177, at, lab[key], 6.8, fit=c.right - x0 - 177)
    for k, line in enumerate(_customer(doc)):  # where the envelope's window shows it
        pen.text(c.margin + 40, top + 96 + 12 * k, line, 9.6, fit=240)
    x = CB_SPLIT + 20
    pen.text(x, top + 94, lab["remit_to"].upper(), 6.6, bold=True, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]):
        pen.text(x, top + 106 + 12 * k, line, 9.6, bold=k == 0, fit=c.right - x)
    cents = int(due.amount * 100)
    account = (doc.account_number or "").replace("-", "")
    scan = f"{account}  {doc.invoice_number[-7:]}  {cents:011d}  {(cents + len(account)) % 10}"
    pen.canvas.setFillColor(BLACK)
    pen.canvas.setFont("Courier", 9.5)
    pen.canvas.drawString(c.margin + 40, 20, scan)


# --- H147: a cloud access-control platform's subscription invoice ------------------------

SB_MARGIN = 50.0
SB_COLS = (("description", 0.0), ("quantity", 48.0), ("unit_price", 82.0), ("amount", 86.0))
SB_SIZE, SB_LINE = 8.8, 11.0
SB_HEAD = 20.0
SB_FOOT = 62.0  # the page's foot: the invoice's line and the page number
SB_LATER_TOP = 78.0
SB_PLATFORM = "Chargewell"


def render_subscription_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages in Vera with wide margins, as a subscription billing system prints an
    invoice: the title and the invoice's details on the left and the firm's mark on the
    right, the firm, the customer and the service location in three columns, the amount
    and its due or paid date in one large line with the link to pay or the card charged,
    the products with their period under each, the totals as a ruled stack on the right;
    the invoice's number, amount and page at every foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SB_MARGIN)
    cols = _columns(c.margin, c.width, SB_COLS)
    heights = [
        SB_LINE * len(pen.wrap(line.description, SB_SIZE, cols[0][2] - 10)) + 22
        for line in doc.lines
    ]
    bottom = pen.height - SB_FOOT
    first = _sb_first(c, measure=True)
    pages = paginate(
        heights, bottom - first - SB_HEAD, bottom - SB_LATER_TOP - SB_HEAD, _sb_closing_height(c)
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _sb_first(c) if number == 1 else _sb_later(c)
        y = _sb_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _sb_closing(c, y + 14)
        _sb_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _sb_pairs(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    else:
        pairs.append((lab["paid_on"], fmt.date(doc.invoice_date)))
    pairs.append((lab["service_period"], fmt.period(*doc.period, lab["period_sep"])))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs.append((lab["customer_id"], ex["customer_id"]))
    return pairs


def _sb_headline(c: Ctx) -> str:
    doc, lab, fmt = c.doc, c.labels, c.fmt
    if doc.due_date:
        return lab["headline_due"].format(amount=fmt.money(doc.total), date=fmt.date(doc.due_date))
    return lab["headline_paid"].format(amount=fmt.money(doc.total), date=fmt.date(doc.invoice_date))


def _sb_first(c: Ctx, *, measure: bool = False) -> float:
    """The first page's head down to the products; where their heads start."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pairs = _sb_pairs(c)
    parties_top = 92 + 14 * len(pairs) + 18
    vendor = [*doc.vendor_lines, doc.vendor_phone or ""]
    if doc.vendor_email:
        vendor.append(doc.vendor_email)
    blocks = [
        (doc.vendor_name, vendor),
        (lab["bill_to"], _customer(doc)),
        (lab["service_address"], doc.service_lines or []),
    ]
    parties_bottom = parties_top + 14 + 11.5 * max(len(lines) for _, lines in blocks)
    headline = parties_bottom + 34
    memo = pen.wrap(lab["memo"], 8.2, c.width)
    table_top = headline + 20 + 14 + 10.5 * len(memo) + 14
    if measure:
        return table_top
    pen.text(c.margin, 66, lab["title"], 24, bold=True)
    draw_logo(pen, doc.logo, c.right - 40, 38, 40, initials(doc.vendor_name))
    for k, (label, value) in enumerate(pairs):
        pen.text(c.margin, 96 + 14 * k, label, 8.4, color=GREY)
        pen.text(c.margin + 120, 96 + 14 * k, value, 8.6, bold=k == 0, fit=c.width / 2)
    w = c.width / 3
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * w
        pen.text(x, parties_top, heading, 8.8, bold=True, fit=w - 12)
        for n, line in enumerate(lines):
            pen.text(x, parties_top + 14 + 11.5 * n, line, 8.4, color=GREY, fit=w - 12)
    pen.text(c.margin, headline, _sb_headline(c), 17, bold=True)
    if doc.due_date:
        link = f"https://pay.{SB_PLATFORM.lower()}.com/i/{ex['link']}"
        pen.text(
            c.margin, headline + 20, f"{lab['pay_link']}  \u203a", 8.8, bold=True, color=pen.accent
        )
        pen.text(c.margin + 76, headline + 20, link, 8.2, color=pen.accent)
    else:
        card, last4 = ex["card"]
        said = lab["charged"].format(card=card, last4=last4, date=fmt.date(doc.invoice_date))
        pen.text(c.margin, headline + 20, said, 8.8, color=GREY)
    for k, text in enumerate(memo):
        pen.text(c.margin, headline + 34 + 10.5 * k, text, 8.2, color=GREY)
    return table_top


def _sb_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 46, doc.vendor_name, 10, bold=True)
    said = lab["continued"].format(number=doc.invoice_number)
    pen.text(c.right, 46, said, 8.2, align="right", color=GREY)
    return SB_LATER_TOP - 12


def _sb_span(c: Ctx, start: date, end: date) -> str:
    """A period as the billing system prints it under a product: "Mar 3 – Apr 2, 2026"."""
    en = months("en")
    head = f"{en[start.month - 1][:3]} {start.day}"
    if start.year != end.year:
        head += f", {start.year}"
    return f"{head} – {en[end.month - 1][:3]} {end.day}, {end.year}"


def _sb_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    for key, x, w in cols:
        at, align = (x + w, "right") if key != "description" else (x, "left")
        pen.text(at, y + 12, lab[key], 7.8, align=align, color=GREY)
    y += SB_HEAD
    pen.line(c.margin, y - 4, c.right, y - 4, color=LIGHT, width=0.8)
    prorated = ex["added"]
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        wrapped = pen.wrap(line.description, SB_SIZE, cols[0][2] - 10)
        for k, text in enumerate(wrapped):
            pen.text(cols[0][1], base + SB_LINE * k, text, SB_SIZE)
        period = prorated if line.unit_price is None and prorated else doc.period
        sub = _sb_span(c, *period)
        pen.text(cols[0][1], base + SB_LINE * len(wrapped) + 1, sub, 7.6, color=GREY)
        if line.quantity is not None:
            pen.text(
                cols[1][1] + cols[1][2], base, fmt.quantity(line.quantity), SB_SIZE, align="right"
            )
        if line.unit_price is not None:
            price = f"${fmt.rate(line.unit_price)}"
            pen.text(cols[2][1] + cols[2][2], base, price, SB_SIZE, align="right")
        pen.text(c.right, base, fmt.money(line.amount), SB_SIZE, align="right")
        y += heights[index]
        pen.line(c.margin, y - 4, c.right, y - 4, color=tint(LIGHT, 0.4), width=0.6)
    return y


def _sb_closing_height(c: Ctx) -> float:
    return 22 + 19 * len(c.doc.totals) + 60


def _sb_closing(c: Ctx, y: float) -> None:
    """The totals as a ruled stack on the right half; how to ask about the invoice."""
    pen, doc, lab = c.pen, c.doc, c.labels
    x = c.right - 250
    base = y + 4
    for row in doc.totals:
        strong = row.key == "amount_due"
        pen.line(x, base - 12, c.right, base - 12, color=LIGHT if not strong else BLACK, width=0.6)
        pen.text(x, base, row_label(c, row), 8.8, bold=strong)
        pen.text(c.right, base, row_value(c, row), 8.8, bold=strong, align="right")
        base += 19
    if doc.vendor_email:
        said = lab["questions"].format(email=doc.vendor_email, phone=doc.vendor_phone)
    else:
        said = lab["questions_phone"].format(phone=doc.vendor_phone)
    end = _para(pen, c.margin, base + 18, said, 8.2, c.width, color=GREY)
    pen.text(c.margin, end + 14, lab["powered"].format(platform=SB_PLATFORM), 7.4, color=LIGHT)


def _sb_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    said = f"{doc.invoice_number} · {_sb_headline(c)}"
    pen.line(c.margin, pen.height - 44, c.right, pen.height - 44, color=LIGHT, width=0.5)
    pen.text(c.margin, pen.height - 30, said, 7.6, color=GREY)
    page = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 30, page, 7.6, color=GREY, align="right")


# --- H148: a transfer station's scale ticket on a dot-matrix form ------------------------

ST_SIZE = (576.0, 396.0)  # 8 x 5 1/2 in, the pin-feed strips torn off
ST_MARGIN = 18.0
ST_PAPER = {"canary": "#fbf3c4", "pink": "#f9e0e6", "white": None}
ST_COLS = (
    ("quantity", 56.0),
    ("unit", 40.0),
    ("description", 0.0),
    ("unit_price", 70.0),
    ("amount", 84.0),
)
ST_TABLE_TOP = 194.0
ST_ROW = 12.5


def render_scale_ticket(doc: Document) -> tuple[bytes, int]:
    """A part of a multi-part scale ticket: the form printed in the hauler's blue on
    canary, pink or white paper (the station's imprint, the ticket's number box, a row of
    cells for the day, times, scales and weighmaster, the customer's and the truck's
    cells, the weights box, the ruled charges, the payment boxes, the total's box and the
    driver's signature), filled by the scale house's dot-matrix printer in Courier."""
    buffer, canvas, pen = _sheet(doc, ST_SIZE)
    c = Ctx(pen, doc, Fmt.of(doc), ST_MARGIN)
    paper = ST_PAPER[doc.extras["copy_tint"]]
    if paper:
        pen.rect(0, 0, pen.width, pen.height, fill=HexColor(paper))
    typed = _Typed(pen, doc.extras["typed_offset"])
    cols = _columns(c.margin, c.width, ST_COLS)
    _st_form(c, cols)
    _st_typed(c, typed, cols)
    canvas.save()
    return buffer.getvalue(), 1


def _st_cell(c: Ctx, x: float, y: float, w: float, h: float, caption: str) -> None:
    c.pen.rect(x, y, w, h, stroke=c.pen.accent, width=0.7)
    c.pen.text(x + 3, y + 7, caption, 5.6, bold=True, color=c.pen.accent, fit=w - 6)


ST_ROW_CELLS = ("invoice_date", "time_in", "time_out", "scale_in", "scale_out", "weigher")


def _st_form(c: Ctx, cols: Columns) -> None:
    """What the forms printer put on every part."""
    pen, doc, lab = c.pen, c.doc, c.labels
    ink = pen.accent
    pen.text(c.margin, 30, doc.vendor_name.upper(), 13, bold=True, color=ink, fit=300)
    site = lab["site"].format(site=doc.extras["site"])
    pen.text(c.margin, 41, site, 8, bold=True, color=ink, fit=300)
    pen.text(c.margin, 51, ", ".join(doc.vendor_lines), 7, color=ink, fit=300)
    pen.text(
        c.margin, 60, f"{lab['phone']} {doc.vendor_phone}   {lab['hours']}", 6, color=ink, fit=320
    )
    pen.text(c.right, 27, lab["title"], 15, bold=True, align="right", color=ink)
    _st_cell(c, c.right - 150, 33, 150, 28, lab["receipt_number"])
    w = c.width / len(ST_ROW_CELLS)
    for k, key in enumerate(ST_ROW_CELLS):
        _st_cell(c, c.margin + k * w, 68, w, 26, lab[key])
    left = 330.0
    rows = [
        [("customer", left)],
        [("account_number", 100.0), ("origin", left - 100)],
        [("vehicle", 150.0), ("plate", 86.0), ("driver", left - 236)],
    ]
    for r, cells in enumerate(rows):
        x = c.margin
        for key, cw in cells:
            _st_cell(c, x, 100 + 28 * r, cw, 28, lab[key])
            x += cw
    x, w = c.margin + left + 10, c.width - left - 10
    pen.rect(x, 100, w, 84, stroke=ink, width=0.7)
    pen.rect(x, 100, w, 12, fill=tint(ink, 0.8))
    pen.text(x + w / 2, 108.5, lab["weights"], 6.4, bold=True, align="center", color=ink)
    for k, key in enumerate(("gross", "tare", "net", "tons")):
        at = 112.0 + 18 * k
        pen.text(x + 6, at + 12, lab[key], 7, bold=True, color=ink)
        if k:
            pen.line(x, at, x + w, at, color=ink, width=0.4)
    y = ST_TABLE_TOP
    pen.rect(c.margin, y, c.width, 13, fill=tint(ink, 0.8))
    for key, cx, cw in cols:
        pen.text(cx + cw / 2, y + 9.5, lab[key], 6.4, bold=True, align="center", color=ink)
    bottom = y + 13 + ST_ROW * 6 + 4
    pen.rect(c.margin, y, c.width, bottom - y, stroke=ink, width=0.7)
    for _, cx, _ in cols[1:]:
        pen.line(cx, y, cx, bottom, color=ink, width=0.5)
    top = bottom + 8
    pay_w = 330.0
    _st_cell(c, c.margin, top, pay_w, 44, lab["payment"])
    for k, key in enumerate(("cash", "check", "card", "charge")):
        bx = c.margin + 8 + k * 80
        pen.rect(bx, top + 12, 8, 8, stroke=ink, width=0.6)
        pen.text(bx + 12, top + 19, lab[key], 6.6, bold=True, color=ink)
    total_w = 150.0
    _st_cell(c, c.right - total_w, top, total_w, 30, lab["total"])
    _para(pen, c.margin, top + 56, lab["certify"], 5.8, pay_w, color=ink)
    base = top + 82
    pen.line(c.margin + 360, base, c.right, base, color=ink, width=0.6)
    pen.text(c.margin + 360, base + 8, lab["signature"], 5.8, bold=True, color=ink)
    copy = lab[f"copy_{doc.extras['copy_tint']}"]
    pen.text(c.right, pen.height - 10, copy, 8, bold=True, align="right", color=ink)
    pen.text(c.margin, pen.height - 10, lab["printer"], 5.4, color=ink)


def _st_typed(c: Ctx, typed: _Typed, cols: Columns) -> None:
    """What the scale house's printer typed into the form."""
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    typed(c.right - 144, 55, doc.invoice_number, 12, bold=True)
    w = c.width / len(ST_ROW_CELLS)
    scale_in, scale_out = ex["scales"]
    values = [
        fmt.date(doc.invoice_date),
        ex["times"][0],
        ex["times"][1],
        f"#{scale_in}",
        f"#{scale_out}",
        ex["weigher"],
    ]
    for k, value in enumerate(values):
        typed(c.margin + k * w + 5, 88, value, 9)
    customer = doc.customer_name or lab["cash_customer"]
    typed(c.margin + 5, 123, customer, 9)
    typed(c.margin + 5, 151, doc.account_number or "", 9)
    typed(c.margin + 105, 151, ex["origin"] or "", 8.4)
    typed(c.margin + 5, 179, ex["truck"], 8)
    typed(c.margin + 155, 179, ex["plate"], 8)
    typed(c.margin + 241, 179, ex["driver"], 8)
    gross, tare, net = ex["weights"]
    x = c.right
    for k, value in enumerate((f"{gross:,} LB", f"{tare:,} LB", f"{net:,} LB", f"{ex['tons']} TN")):
        typed(x - 8, 124 + 18 * k, value, 9.4, align="right", bold=k >= 2)
    base = ST_TABLE_TOP + 13 + 10
    for line in doc.lines:
        quantity = fmt.quantity(line.quantity) if line.quantity is not None else ""
        if line.unit == "TN" and line.quantity is not None:  # tons to the hundredth
            quantity = f"{line.quantity:.2f}"
        typed(cols[0][1] + cols[0][2] - 5, base, quantity, 8.6, align="right")
        typed(cols[1][1] + 6, base, line.unit or "", 8.6)
        typed(cols[2][1] + 5, base, line.description, 8.6)
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        typed(cols[3][1] + cols[3][2] - 5, base, price, 8.6, align="right")
        typed(cols[4][1] + cols[4][2] - 5, base, fmt.amount(line.amount), 8.6, align="right")
        base += ST_ROW
    top = ST_TABLE_TOP + 13 + ST_ROW * 6 + 12
    total = doc.totals[-1]
    typed(c.right - 8, top + 24, row_value(c, total), 12, align="right", bold=True)
    slot = ("cash", "check", "card", "charge").index(ex["paid"])
    typed(c.margin + 8 + slot * 80 + 0.8, top + 19.5, "X", 9, bold=True)
    if ex["paid"] == "card":
        brand, last4 = ex["card"]
        said = f"{brand} XXXXXXXXXXXX{last4}  {lab['approved']}  {lab['auth']} {ex['auth']}"
    elif ex["paid"] == "cash":
        change = ex["tendered"] - doc.total
        said = (
            f"{lab['tendered']} {fmt.amount(ex['tendered'])}   {lab['change']} {fmt.amount(change)}"
        )
    else:
        said = f"{lab['charge']} {doc.account_number}"
    typed(c.margin + 8, top + 37, said, 8.4)


# --- H149: a Monterrey service firm's CFDI with the IVA its customer withholds ----------

CS_MARGIN = 28.0
CS_COLS = (
    ("sat_key", 62.0),
    ("quantity", 44.0),
    ("sat_unit", 56.0),
    ("description", 0.0),
    ("unit_price", 64.0),
    ("amount", 66.0),
    ("object", 40.0),
)
CS_SIZE, CS_LINE = 7.2, 8.8
CS_HEAD = 20.0
CS_FOOT = 34.0
CS_LATER_TOP = 64.0
CS_BOX = 254.0  # the fiscal box's width, top right


def render_cfdi_service(doc: Document) -> tuple[bytes, int]:
    """Letter pages as an invoicing portal prints a CFDI 4.0: the issuer with its RFC,
    regime, address and REPSE registration beside the fiscal box (folio, fiscal folio,
    certificate, place, date and time of issue, effect, export), the receiver's data, the
    place and period of the service, the concepts each with its keys and a row per tax
    (the IVA transferred and, on the services, the IVA withheld), the currency and the
    form and method of payment beside the totals, the amount in words, notes, the seals,
    the original chain and the QR on the last page; the printed-representation line and
    the page at every foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CS_MARGIN)
    cols = _columns(c.margin, c.width, CS_COLS)
    heights = [_cs_row_height(c, cols, index) for index in range(len(doc.lines))]
    bottom = pen.height - CS_FOOT
    first = _cs_first(c, measure=True)
    pages = paginate(
        heights, bottom - first - CS_HEAD, bottom - CS_LATER_TOP - CS_HEAD, _cs_closing_height(c)
    )
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _cs_first(c) if number == 1 else _cs_later(c)
        y = _cs_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _cs_closing(c, y + 8)
        _cs_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _cs_pair(
    c: Ctx, x: float, y: float, label: str, value: str, w: float, size: float = 7.4
) -> None:
    """A bold label and its value after it on one line."""
    said = f"{label}: "
    wide = c.pen.measure(said, size - 0.4, bold=True)
    c.pen.text(x, y, said, size - 0.4, bold=True)
    c.pen.text(x + wide, y, value, size, fit=max(20.0, w - wide))


def _cs_issuer(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, ex = c.doc, c.labels, c.doc.extras
    rows = [(lab["tax_id"], doc.vendor_tax_id or ""), (lab["regime"], ex["regime"])]
    rows += [("", line) for line in doc.vendor_lines]
    contact = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        contact += f"   {lab['email']}: {doc.vendor_email}"
    rows += [("", contact), (lab["repse"], ex["repse"])]
    return rows


def _cs_fiscal(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    issued = f"{ex['zip']} {fmt.date(doc.invoice_date)} {ex['time']}"
    return [
        (lab["invoice_number"], doc.invoice_number),
        (lab["uuid"], ex["uuid"]),
        (lab["csd"], ex["csd"]),
        (lab["invoice_date"], issued),
        (lab["effect"], lab["effect_value"]),
        (lab["export"], lab["export_value"]),
    ]


def _cs_first(c: Ctx, *, measure: bool = False) -> float:
    """The first page's head down to the concepts; where their heads start."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    issuer, fiscal = _cs_issuer(c), _cs_fiscal(c)
    head = max(52 + 10 * len(issuer), 28 + 15 + 17 * len(fiscal)) + 8
    left = [(lab["customer_rfc"], ex["customer_rfc"]), (lab["customer"], doc.customer_name or "")]
    left += [
        (lab["address"] if k == 0 else "", line) for k, line in enumerate(doc.bill_to_lines or [])
    ]
    right = [
        (lab["customer_zip"], ex["customer_zip"]),
        (lab["customer_regime"], ex["regime"]),
        (lab["use"], lab["use_value"]),
    ]
    receiver_h = 15 + 10 * max(len(left), len(right)) + 6
    place = [
        (lab["service_address"], ", ".join(doc.service_lines or [])),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"])),
        (lab["contract"], ex["contract"]),
    ]
    if doc.po_number:
        place.append((lab["po_number"], doc.po_number))
    place_top = head + receiver_h + 6
    place_h = 8 + 10 * (1 + len(place) // 2) + 2
    concepts = place_top + place_h + 8
    if measure:
        return concepts + 15
    pen.text(
        c.margin, 40, doc.vendor_name, 12, bold=True, color=pen.accent, fit=c.width - CS_BOX - 20
    )
    for k, (label, value) in enumerate(issuer):
        at = 54 + 10 * k
        if label:
            _cs_pair(c, c.margin, at, label, value, c.width - CS_BOX - 20)
        else:
            pen.text(c.margin, at, value, 7.4, fit=c.width - CS_BOX - 20)
    x = c.right - CS_BOX
    pen.rect(x, 28, CS_BOX, 15, fill=pen.accent)
    pen.text(x + CS_BOX / 2, 38.5, lab["title"], 9, bold=True, align="center", color=white)
    for k, (label, value) in enumerate(fiscal):
        top = 43 + 17 * k
        pen.text(x + 5, top + 7, label, 6.4, bold=True, color=GREY)
        pen.text(x + 5, top + 15, value, 7.6, bold=k == 0, fit=CS_BOX - 10)
        if k:
            pen.line(x, top, x + CS_BOX, top, color=LIGHT, width=0.4)
    pen.rect(x, 28, CS_BOX, 15 + 17 * len(fiscal), stroke=pen.accent, width=0.8)
    _cs_bar(c, head, lab["receiver"])
    half = c.width / 2
    for k, (label, value) in enumerate(left):
        if label:
            _cs_pair(c, c.margin + 5, head + 24 + 10 * k, label, value, half - 10)
        else:
            pen.text(c.margin + 5, head + 24 + 10 * k, value, 7.4, fit=half - 10)
    for k, (label, value) in enumerate(right):
        _cs_pair(c, c.margin + half + 5, head + 24 + 10 * k, label, value, half - 10)
    pen.rect(c.margin, head, c.width, receiver_h, stroke=pen.accent, width=0.7)
    for k, (label, value) in enumerate(place):
        if k == 0:
            _cs_pair(c, c.margin + 5, place_top + 10, label, value, c.width - 10)
            continue
        row, col = divmod(k - 1, 2)
        _cs_pair(c, c.margin + 5 + col * half, place_top + 20 + 10 * row, label, value, half - 10)
    pen.rect(c.margin, place_top, c.width, place_h, stroke=LIGHT, width=0.6)
    _cs_bar(c, concepts, lab["concepts"])
    return concepts + 15


def _cs_bar(c: Ctx, y: float, text: str) -> None:
    c.pen.rect(c.margin, y, c.width, 14, fill=c.pen.accent)
    c.pen.text(c.margin + 5, y + 10, text, 7.8, bold=True, color=white)


def _cs_later(c: Ctx) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.text(c.margin, 38, doc.vendor_name, 9.6, bold=True, color=pen.accent)
    said = f"{lab['invoice_number']}: {doc.invoice_number}    {lab['uuid']}: {ex['uuid']}"
    pen.text(c.right, 38, said, 7, align="right", color=GREY)
    pen.line(c.margin, 44, c.right, 44, color=pen.accent, width=0.6)
    _cs_bar(c, CS_LATER_TOP - 14, lab["concepts"])
    return CS_LATER_TOP


def _cs_taxes(c: Ctx, index: int) -> list[list[str]]:
    """A concept's tax rows: the IVA transferred, and withheld on the services."""
    lab, ex, fmt = c.labels, c.doc.extras, c.fmt
    base = fmt.amount(c.doc.lines[index].amount)
    rows = [
        [lab["vat"], lab["transfer"], base, lab["factor"], "0.160000", fmt.amount(ex["vat"][index])]
    ]
    if ex["retained"][index]:
        held = fmt.amount(ex["held"][index])
        rows.append([lab["vat"], lab["withholding"], base, lab["factor"], "0.060000", held])
    return rows


def _cs_row_height(c: Ctx, cols: Columns, index: int) -> float:
    wrapped = c.pen.wrap(c.doc.lines[index].description, CS_SIZE, cols[3][2] - 8)
    return max(CS_LINE * len(wrapped), 2 * CS_LINE) + 8 + 8 * (1 + len(_cs_taxes(c, index))) + 6


def _cs_unit(c: Ctx, line: Line) -> list[str]:
    names = dict(entry.split(" ", 1) for entry in c.labels["units"].split("|"))
    return [line.unit or "", names.get(line.unit or "", "")]


def _cs_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y, c.width, CS_HEAD, fill=tint(pen.accent, 0.88))
    for key, x, w in cols:
        for k, text in enumerate(lab[key].split("|")):
            pen.text(x + w / 2, y + 8.5 + 7.5 * k, text, 6.2, bold=True, align="center", fit=w - 4)
    y += CS_HEAD
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 10
        values = {
            "sat_key": [line.code or ""],
            "quantity": [fmt.quantity(line.quantity or Decimal(1))],
            "sat_unit": _cs_unit(c, line),
            "unit_price": [fmt.amount(line.unit_price or line.amount)],
            "amount": [fmt.amount(line.amount)],
            "object": [lab["object_value"]],
        }
        for key, x, w in cols:
            if key == "description":
                for k, text in enumerate(pen.wrap(line.description, CS_SIZE, w - 8)):
                    pen.text(x + 4, base + CS_LINE * k, text, CS_SIZE)
                continue
            for k, text in enumerate(values[key]):
                align = "right" if key in ("quantity", "unit_price", "amount") else "center"
                at = x + w - 4 if align == "right" else x + w / 2
                pen.text(
                    at, base + CS_LINE * k, text, CS_SIZE if not k else 6.2, align=align, fit=w - 6
                )
        wrapped = pen.wrap(line.description, CS_SIZE, cols[3][2] - 8)
        tax_top = y + max(CS_LINE * len(wrapped), 2 * CS_LINE) + 8
        x0, x1 = cols[3][1] + 4, cols[5][1] + cols[5][2] - 4
        step = (x1 - x0) / 6
        heads = lab["tax_head"].split("|")
        for row, texts in enumerate([heads, *_cs_taxes(c, index)]):
            at = tax_top + 7 + 8 * row
            for k, text in enumerate(texts):
                tx = x0 + step * (k + 1) - 2 if k >= 2 else x0 + step * k
                pen.text(
                    tx,
                    at,
                    text,
                    6.2,
                    bold=row == 0,
                    color=GREY,
                    align="right" if k >= 2 else "left",
                )
        y += heights[index]
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _cs_closing_height(c: Ctx) -> float:
    return 8 + 70 + 46 + 196


def _cs_closing(c: Ctx, y: float) -> None:
    """Payment data and the amount in words beside the totals, the notes, the seals."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 250.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        top = y + 14 * k
        strong = row.key == "total"
        if strong:
            pen.rect(x, top, w, 14, fill=tint(pen.accent, 0.85))
        pen.text(x + 5, top + 10, row_label(c, row), 7.4, bold=strong, fit=w - 80)
        pen.text(c.right - 5, top + 10, row_value(c, row), 7.8, bold=strong, align="right")
    pen.rect(x, y, w, 14 * len(doc.totals), stroke=pen.accent, width=0.7)
    room = x - c.margin - 14
    pairs = [
        (lab["currency"], lab["currency_value"]),
        (lab["pay_form"], ex["pay_form"]),
        (lab["pay_method"], ex["pay_method"]),
    ]
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    for k, (label, value) in enumerate(pairs):
        _cs_pair(c, c.margin, y + 9 + 10 * k, label, value, room)
    base = y + 9 + 10 * len(pairs) + 4
    said = f"{lab['words']}: {amount_words_es(doc.total, 'MXN')}"
    base = _para(pen, c.margin, base, said, 7.2, room) + 8
    top = max(base, y + 14 * len(doc.totals) + 8)
    note = lab["repse_note"].format(repse=ex["repse"])
    pen.text(c.margin, top + 8, lab["notes"], 7.2, bold=True)
    end = _para(pen, c.margin, top + 18, note, 7, c.width)
    _cs_seals(c, end + 14)


def _cs_seals(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    stamp = f"{fmt.date(doc.invoice_date)}T{ex['stamped']}"
    chain = f"||1.1|{ex['uuid']}|{stamp}|{ex['pac']}|{ex['seals'][0][:120]}|{ex['sat_cert']}||"
    blocks = [
        (lab["seal_cfdi"], ex["seals"][0]),
        (lab["seal_sat"], ex["seals"][1]),
        (lab["chain"], chain),
    ]
    for label, text in blocks:
        pen.text(c.margin, y, f"{label}:", 6.8, bold=True)
        lines = _chunks(pen, text, 5.6, c.width)
        for k, piece in enumerate(lines):
            pen.text(c.margin, y + 8 + 6.8 * k, piece, 5.6, color=GREY)
        y += 8 + 6.8 * len(lines) + 6
    size = 72.0
    _qr(pen, c.margin, y, size, int(ex["uuid"].replace("-", ""), 16))
    rows = [(lab["pac"], ex["pac"]), (lab["sat_cert"], ex["sat_cert"]), (lab["stamped"], stamp)]
    for k, (label, value) in enumerate(rows):
        _cs_pair(c, c.margin + size + 14, y + 14 + 12 * k, label, value, 300)


def _chunks(pen: Pen, text: str, size: float, width: float) -> list[str]:
    """A run of characters with no spaces (a seal) cut into lines as wide as ``width``."""
    lines, line = [], ""
    for ch in text:
        if line and pen.measure(line + ch, size) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


def _cs_foot(c: Ctx, number: int, count: int) -> None:
    pen, lab = c.pen, c.labels
    pen.line(c.margin, pen.height - 26, c.right, pen.height - 26, color=LIGHT, width=0.5)
    pen.text(c.margin, pen.height - 16, lab["printed"], 6.8, color=GREY)
    page = lab["page"].format(n=number, m=count)
    pen.text(c.right, pen.height - 16, page, 6.8, align="right", color=GREY)


# --- H150: a Puerto Rican service firm's invoice from an open-source ERP -----------------

EP_MARGIN = 42.0
EP_COLS = (
    ("description", 0.0),
    ("quantity", 92.0),
    ("unit_price", 76.0),
    ("taxes", 70.0),
    ("amount", 84.0),
)
EP_SIZE, EP_LINE = 8.6, 10.6
EP_HEAD = 22.0
EP_FOOT = 60.0


def render_erp_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as an open-source ERP's invoice report prints them: the firm's mark
    and tagline over a rule and its address under it on every page; the customer's
    address on the right, the service address under it, the title with the ERP's number,
    a row of labels over values, the lines with the count and its unit of measure, the
    price, the tax and the amount, the totals with the payments applied and the balance;
    how to reference the payment and the terms; the firm's contacts and the page at the
    foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), EP_MARGIN)
    cols = _columns(c.margin, c.width, EP_COLS)
    heights = [
        EP_LINE * len(pen.wrap(line.description, EP_SIZE, cols[0][2] - 8)) + 9 for line in doc.lines
    ]
    bottom = pen.height - EP_FOOT
    first, later = _ep_first(c, measure=True), _ep_company_end(c) + 18
    rooms = bottom - first - EP_HEAD, bottom - later - EP_HEAD
    pages = paginate(heights, *rooms, _ep_closing_height(c))
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        _ep_head(c)
        top = _ep_first(c) if number == 1 else later
        y = _ep_rows(c, cols, top, start, end, heights)
        if number == len(pages):
            _ep_closing(c, y + 12)
        _ep_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ep_head(c: Ctx) -> None:
    """The report's header on every page: mark, tagline, rule, the firm's address."""
    pen, doc, lab = c.pen, c.doc, c.labels
    draw_logo(pen, doc.logo, c.margin, 26, 40, initials(doc.vendor_name))
    pen.text(c.right, 52, lab["tagline"], 8, italic=True, align="right", color=GREY)
    pen.line(c.margin, 72, c.right, 72, color=pen.accent, width=1.2)
    lines = [*doc.vendor_lines]
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    pen.text(c.margin, 86, doc.vendor_name, 8.6, bold=True)
    for k, line in enumerate(lines):
        pen.text(c.margin, 97 + 9.6 * k, line, 7.8, color=GREY)


def _ep_company_end(c: Ctx) -> float:
    """The baseline of the firm's last address line in the header."""
    return 97 + 9.6 * (len(c.doc.vendor_lines) + bool(c.doc.vendor_tax_id) - 1)


def _ep_info(c: Ctx) -> list[tuple[str, str]]:
    doc, lab, fmt, ex = c.doc, c.labels, c.fmt, c.doc.extras
    info = [(lab["invoice_date"], fmt.date(doc.invoice_date))]
    if doc.due_date:
        info.append((lab["due_date"], fmt.date(doc.due_date)))
    info.append((lab["origin"], ex["origin"]))
    if doc.po_number:
        info.append((lab["po_number"], doc.po_number))
    return info


def _ep_first(c: Ctx, *, measure: bool = False) -> float:
    """The customer, the title and the details on the first page; where the lines start."""
    pen, doc, lab = c.pen, c.doc, c.labels
    x = c.margin + c.width * 0.55
    customer = _customer(doc)
    y = 124 + 11 * len(customer)
    if doc.service_lines:
        y += 10 + 11 * (len(doc.service_lines) + 1)
    title = max(y, _ep_company_end(c)) + 30
    table = title + 22 + 30
    if measure:
        return table
    for k, line in enumerate(customer):
        pen.text(x, 124 + 11 * k, line, 9, bold=k == 0, fit=c.right - x)
    if doc.service_lines:
        base = 124 + 11 * len(customer) + 10
        pen.text(x, base, f"{lab['service_address']}:", 8.2, bold=True)
        for k, line in enumerate(doc.service_lines):
            pen.text(x, base + 11 * (k + 1), line, 8.6, fit=c.right - x)
    said = f"{lab['title']} {doc.invoice_number}"
    pen.text(c.margin, title, said, 18, color=pen.accent)
    w = c.width / 4
    for k, (label, value) in enumerate(_ep_info(c)):
        pen.text(c.margin + k * w, title + 22, label, 8.2, bold=True, fit=w - 8)
        pen.text(c.margin + k * w, title + 34, value, 8.8, fit=w - 8)
    return table


def _ep_rows(c: Ctx, cols: Columns, y: float, start: int, end: int, heights: list[float]) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key != "description" else (x + 4, "left")
        pen.text(at, y + 14, lab[key], 8.4, bold=True, align=align)
    y += EP_HEAD
    pen.line(c.margin, y - 2, c.right, y - 2, color=BLACK, width=1.1)
    rate = ex["tax_rate"]
    taxes = lab["tax_short"].format(rate=fmt.percent(rate)) if rate else ""
    for index in range(start, end):
        line = doc.lines[index]
        base = y + 11
        for k, text in enumerate(pen.wrap(line.description, EP_SIZE, cols[0][2] - 8)):
            pen.text(cols[0][1] + 4, base + EP_LINE * k, text, EP_SIZE)
        quantity = f"{line.quantity or Decimal(1):,.2f} {line.unit}"
        values = {
            "quantity": quantity,
            "unit_price": fmt.amount(line.unit_price or line.amount),
            "taxes": taxes,
            "amount": fmt.money(line.amount),
        }
        for key, x, w in cols[1:]:
            pen.text(x + w - 4, base, values[key], EP_SIZE, align="right", fit=w - 6)
        y += heights[index]
        pen.line(c.margin, y - 2, c.right, y - 2, color=tint(LIGHT, 0.3), width=0.5)
    return y


def _ep_closing_height(c: Ctx) -> float:
    return 6 + 17 * len(c.doc.totals) + 70


def _ep_closing(c: Ctx, y: float) -> None:
    """The totals stack, the payment reference, the bank and the terms."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 250.0
    x = c.right - w
    base = y + 6
    for row in doc.totals:
        strong = row.key in ("total", "amount_due")
        if row.key in ("total", "amount_due"):
            pen.line(x, base - 11, c.right, base - 11, color=BLACK, width=0.8)
        label = row_label(c, row)
        if row.key == "deposit":
            label = lab["deposit"].format(date=fmt.date(ex["paid_on"]))
        italic = row.key == "deposit"
        pen.text(x + 4, base, label, 8.8, bold=strong, italic=italic, fit=w - 100)
        pen.text(c.right - 4, base, row_value(c, row), 8.8, bold=strong, align="right")
        base += 17
    said = lab["reference"].format(number=doc.invoice_number)
    end = _para(pen, c.margin, base + 14, said, 8.4, c.width)
    end = _para(pen, c.margin, end + 12, lab["bank"].format(bank=ex["bank"]), 8.4, c.width)
    if doc.terms:
        pen.text(c.margin, end + 16, f"{lab['terms']}: {doc.terms}", 8.4, bold=True)


def _ep_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.line(c.margin, pen.height - 46, c.right, pen.height - 46, color=LIGHT, width=0.5)
    parts = [f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        parts.append(doc.vendor_email)
    parts.append(ex["website"])
    pen.text(pen.width / 2, pen.height - 34, "  |  ".join(parts), 7.6, align="center", color=GREY)
    page = lab["page"].format(n=number, m=count)
    pen.text(pen.width / 2, pen.height - 22, page, 7.6, align="center", color=GREY)
