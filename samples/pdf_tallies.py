"""Whole pages of the layouts added with H116-H120, documents that tally what was used or
done: a business electric account's statement (on-peak and off-peak energy and the billing
demand of each meter, a usage comparison with last year, a return stub), a Puerto Rico
hardware store's till receipt with the state and the municipal IVU broken out, a Puerto
Rican contractor's invoice for its staff's hours from the weekly time sheets, a fire-safety
service's invoice that is also the report of every extinguisher inspected, and a home
center paint desk's receipt with the tinted paint's color and formula."""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Any

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import LETTER

from samples.catalog import months
from samples.document import Document, Line
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, draw_logo, initials, tint
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_desks import _total, account_due_rows
from samples.pdf_more import _bars, _digest
from samples.pdf_offices import _ts_centered
from samples.pdf_routes import RIGHT_KEYS, _contact, _heads
from samples.pdf_sheets import _canvas
from samples.pdf_sites import _columns, _value_text
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr

# --- H116: a business electric account's statement -----------------------------------------

DB_MARGIN = 36.0
DB_STUB = 150.0  # the stub under the cut line
DB_COLS = (
    ("description", 0.0),
    ("quantity", 78.0),
    ("unit", 40.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)
DB_READS = (("register", 0.0), ("prior", 90.0), ("present", 90.0), ("mult", 70.0), ("usage", 90.0))
DB_ROW = 11.5


def render_demand_bill(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the utility's masthead, its references in a shaded panel, the
    customer's mailing address and the amount due, the service location and rate, the
    account summary beside the usage comparison, each meter's reads and charges (on the
    first page for one meter, on a second for more), the messages and a return stub."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), DB_MARGIN)
    groups = _meter_groups(doc)
    pages = 1 if len(groups) == 1 else 2
    y = _db_head(c, pages)
    y = _db_parties(c, y + 12)
    y = _db_summary(c, y + 12)
    if pages == 1:  # the meter's detail, then the totals beside the messages
        y = _db_detail(c, y + 12, groups)
        _db_totals(c, y)
        _db_messages(c, y + 6, c.width - 266)
    else:  # each meter's charges in one line; the detail on the next page
        _db_messages(c, _db_by_meter(c, y + 12, groups) + 12, c.width)
    _db_stub(c)
    if pages == 2:
        canvas.showPage()
        pen.text(c.margin, 40, doc.vendor_name, 11, bold=True, color=pen.accent)
        said = f"{c.labels['account_number']} {doc.account_number}"
        pen.text(c.right, 40, said, 8.6, align="right")
        pen.line(c.margin, 47, c.right, 47, color=pen.accent, width=1.2)
        pen.text(c.margin, 66, c.labels["detail"].upper(), 10, bold=True, color=pen.accent)
        _db_totals(c, _db_detail(c, 76, groups))
        _db_page(c, 2, 2)
    canvas.save()
    return buffer.getvalue(), pages


def _meter_groups(doc: Document) -> list[tuple[dict[str, Any], list[Line]]]:
    """Each meter's registers with its charges, in the order billed."""
    return [
        (meter, [line for line in doc.lines if line.group == meter["group"]])
        for meter in doc.extras["meters"]
    ]


def _db_page(c: Ctx, number: int, count: int) -> None:
    said = c.labels["page"].format(n=number, m=count)
    c.pen.text(c.right, c.pen.height - 20, said, 7, align="right", color=GREY)


def _db_head(c: Ctx, pages: int) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw_logo(pen, doc.logo, c.margin, 30, 34, initials(doc.vendor_name))
    pen.text(c.margin + 44, 44, doc.vendor_name, 14, bold=True, color=pen.accent, fit=250)
    lines = [", ".join(doc.vendor_lines), *_contact(doc)]
    for k, line in enumerate(lines):
        pen.text(c.margin + 44, 57 + 9.5 * k, line, 7.6, color=GREY, fit=250)
    x, w = c.right - 250, 250.0
    pen.text(c.right, 36, lab["title"], 11, bold=True, align="right", color=pen.accent)
    assert doc.period is not None
    days = (doc.period[1] - doc.period[0]).days
    period = fmt.period(*doc.period, lab["period_sep"])
    cells = [  # (label, value, column, row): two to a row, the period across the panel
        (lab["account_number"], doc.account_number or "", 0, 0),
        (lab["invoice_number"], doc.invoice_number, 1, 0),
        (lab["invoice_date"], fmt.date(doc.invoice_date), 0, 1),
        (lab["service_period"], f"{period} ({lab['days'].format(days=days)})", 0, 2),
    ]
    top = 44.0
    pen.rect(x, top, w, 78, fill=pen.pale)
    for label, value, col, row in cells:
        cx, cy = x + 8 + col * (w / 2), top + 12 + row * 24
        wide = w - 16 if row == 2 else w / 2 - 12
        pen.text(cx, cy, label.upper(), 6.4, bold=True, color=pen.accent)
        pen.text(cx, cy + 10.5, value, 8.8, bold=True, fit=wide)
    _db_page(c, 1, pages)
    return max(57 + 9.5 * len(lines), top + 78)


def _db_parties(c: Ctx, y: float) -> float:
    """The mailing address under a small caption, the service location and rate under it;
    the amount due in a box on the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.text(c.margin, y + 8, lab["bill_to"], 6.8, color=GREY)
    for k, line in enumerate(_customer(doc)):
        pen.text(c.margin + 12, y + 21 + 10.5 * k, line, 9, bold=k == 0, fit=260)
    below = y + 21 + 10.5 * len(_customer(doc)) + 6
    pen.text(c.margin, below + 4, lab["service_address"], 6.8, color=GREY)
    for k, line in enumerate(doc.service_lines or []):
        pen.text(c.margin + 12, below + 16 + 10 * k, line, 8.6, fit=280)
    below += 10 + 10 * len(doc.service_lines or [])
    x, w = c.right - 230, 230.0
    due = doc.total_row("amount_due")
    assert due is not None and doc.due_date is not None
    pen.rect(x, y, w, 74, stroke=pen.accent, width=1.2)
    pen.rect(x, y, w, 18, fill=pen.accent)
    pen.text(x + w / 2, y + 12.5, row_label(c, due), 9, bold=True, align="center", color=white)
    pen.text(x + w / 2, y + 45, row_value(c, due), 20, bold=True, align="center")
    said = f"{lab['due_date']} {fmt.date(doc.due_date)}"
    pen.text(x + w / 2, y + 64, said, 8.4, align="center", fit=w - 12)
    pen.text(x, y + 88, lab["rate"], 6.8, color=GREY)
    pen.text(x, y + 99, doc.extras["rate_schedule"], 8, bold=True, fit=w)
    return max(below, y + 100)


def _db_summary(c: Ctx, y: float) -> float:
    """The account summary on the left, the usage comparison and a year of usage bars on
    the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    half = (c.width - 24) / 2
    pen.text(c.margin, y + 9, lab["summary"].upper(), 8.6, bold=True, color=pen.accent)
    pen.line(c.margin, y + 13, c.margin + half, y + 13, color=pen.accent, width=1)
    base = y + 28
    for row in doc.summary:
        strong = row.key == "amount_due"
        if strong:
            pen.line(c.margin + half - 110, base - 10, c.margin + half, base - 10, width=0.8)
        _total(c, c.margin, c.margin + half, base, row, 8.6, fit=half - 90)
        base += 13.5
    _db_bars(c, c.margin, base + 2, half, 30)
    x = c.margin + half + 24
    pen.text(x, y + 9, lab["snapshot"].upper(), 8.6, bold=True, color=pen.accent)
    pen.line(x, y + 13, c.right, y + 13, color=pen.accent, width=1)
    assert doc.period is not None
    days = (doc.period[1] - doc.period[0]).days
    meters = doc.extras["meters"]
    used = sum((m["on"][2] + m["off"][2] for m in meters), Decimal(0))
    peak = max(m["kw"] for m in meters)
    then_days, then_used, then_peak = doc.extras["last_year"]
    rows = [
        (lab["days_billed"], str(days), str(then_days)),
        (lab["kwh_used"], fmt.quantity(used), fmt.quantity(Decimal(then_used))),
        (lab["per_day"], _one(fmt, used / days), _one(fmt, Decimal(then_used) / then_days)),
        (lab["peak"], fmt.quantity(peak), fmt.quantity(then_peak)),
        (
            lab["load_factor"],
            _load(used, peak, days),
            _load(Decimal(then_used), then_peak, then_days),
        ),
    ]
    cols = (c.right - 130, c.right)
    pen.text(cols[0], y + 25, lab["this_period"], 6.8, bold=True, align="right", color=GREY)
    pen.text(cols[1], y + 25, lab["last_year"], 6.8, bold=True, align="right", color=GREY)
    base = y + 37
    for label, now, then in rows:
        pen.text(x, base, label, 8, fit=cols[0] - x - 60)
        pen.text(cols[0], base, now, 8.4, bold=True, align="right")
        pen.text(cols[1], base, then, 8.4, align="right")
        base += 11.5
    return max(y + 28 + 13.5 * len(doc.summary) + 42, base)


def _one(fmt: Fmt, value: Decimal) -> str:
    return fmt.quantity(value.quantize(Decimal("0.1")))


def _load(used: Decimal, peak: Decimal, days: int) -> str:
    """The load factor: the energy used over what the peak would have used all period."""
    share = min(Decimal("0.95"), used / (peak * days * 24)) * 100
    return f"{share.quantize(Decimal('1'))}%"


def _db_bars(c: Ctx, x: float, y: float, w: float, h: float) -> None:
    """Thirteen months of kWh: the year before, then this period in the accent colour."""
    pen, doc = c.pen, c.doc
    assert doc.period is not None
    meters = doc.extras["meters"]
    used = int(sum((m["on"][2] + m["off"][2] for m in meters), Decimal(0)))
    values = [*doc.extras["history"], used]
    top = max(values) or 1
    step = w / 13
    names = months("en")
    last = doc.period[1].month
    pen.text(x, y + 2, c.labels["history"], 6.4, color=GREY)
    for k, value in enumerate(values):
        bar = (h - 14) * value / top
        fill = pen.accent if k == 12 else tint(pen.accent, 0.7)
        pen.rect(x + k * step + 2, y + h - bar, step - 4, bar, fill=fill)
        month = names[(last - 13 + k) % 12][0]
        pen.text(x + k * step + step / 2, y + h + 8, month, 6, align="center", color=GREY)


def _db_by_meter(c: Ctx, y: float, groups: list[tuple[dict[str, Any], list[Line]]]) -> float:
    """Several meters: each one's charges in one line on the first page, the detail after."""
    pen, lab, fmt = c.pen, c.labels, c.fmt
    pen.text(c.margin, y + 9, lab["charges"].upper(), 8.6, bold=True, color=pen.accent)
    pen.line(c.margin, y + 13, c.right, y + 13, color=pen.accent, width=1)
    y += 27
    for meter, lines in groups:
        amount = sum((line.amount for line in lines), Decimal(0))
        said = f"{meter['group']}  -  {lab['meter']} {meter['serial']}"
        pen.text(c.margin, y, said, 8.6, fit=c.width - 120)
        pen.text(c.right, y, fmt.money(amount), 8.6, align="right")
        y += 12
    pen.text(c.margin, y + 2, lab["see_detail"], 7.4, italic=True, color=GREY)
    return y + 6


def _db_detail(c: Ctx, y: float, groups: list[tuple[dict[str, Any], list[Line]]]) -> float:
    """Each meter under a shaded heading: its reads by register, its charges and their
    sum."""
    pen, lab, fmt = c.pen, c.labels, c.fmt
    reads = _columns(c.margin, c.width, DB_READS)
    cols = _columns(c.margin, c.width, DB_COLS)
    for meter, lines in groups:
        pen.rect(c.margin, y, c.width, 15, fill=pen.pale)
        said = f"{meter['group']}   {lab['meter']} {meter['serial']}"
        pen.text(c.margin + 5, y + 10.5, said, 8.4, bold=True, color=pen.accent)
        y += 27
        for key, x, w in reads:
            right = key != "register"
            at, align = (x + w - 5, "right") if right else (x + 5, "left")
            pen.text(at, y, lab[key], 7, bold=True, align=align, color=GREY)
        rows = [
            (lab["on_peak"], *meter["on"]),
            (lab["off_peak"], *meter["off"]),
            (lab["demand"], "", meter["read"], meter["kw"]),
        ]
        for name, prior, present, usage in rows:
            y += DB_ROW
            texts = [name, str(prior), str(present), str(meter["mult"]), fmt.quantity(usage)]
            for (key, x, w), text in zip(reads, texts, strict=True):
                at, align = (x + 5, "left") if key == "register" else (x + w - 5, "right")
                pen.text(at, y, text, 8.2, align=align)
        y += 8
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
        y += 12
        _heads(c, cols, y, 7, color=GREY)
        for line in lines:
            y += DB_ROW
            pen.text(c.margin + 5, y, line.description, 8.4, fit=cols[0][2] - 10)
            for key, x, w in cols[1:]:
                at, align = (x + w - 5, "right") if key in RIGHT_KEYS else (x + 5, "left")
                pen.text(at, y, _value_text(c, line, key), 8.4, align=align)
        amount = sum((line.amount for line in lines), Decimal(0))
        y += 14
        pen.line(cols[-1][1] + 8, y - 10, c.right, y - 10, width=0.5)
        pen.text(cols[-1][1] - 6, y, lab["meter_total"], 8.2, italic=True, align="right")
        pen.text(c.right - 5, y, fmt.amount(amount), 8.4, align="right")
        y += 10
    return y


def _db_totals(c: Ctx, y: float) -> None:
    _right_totals(c, c.right - 250, y, 13, 8.8)


def _right_totals(c: Ctx, x0: float, y: float, step: float, size: float, mark: str = "") -> float:
    """The totals rows from ``x0`` to the right margin, one every ``step``; the total and
    the amount due under a rule (``mark`` "rule") or on a pale band ("band")."""
    pen = c.pen
    for row in c.doc.totals:
        y += step
        if row.key in ("total", "amount_due") and mark == "rule":
            pen.line(x0, y - 12, c.right, y - 12, color=pen.accent, width=0.6)
        elif row.key in ("total", "amount_due") and mark == "band":
            pen.rect(x0 - 4, y - 11, c.right - x0 + 4, step, fill=pen.pale)
        _total(c, x0, c.right - 5, y, row, size, fit=c.right - x0 - 80)
    return y


def _db_messages(c: Ctx, y: float, w: float) -> None:
    """The utility's messages in a box ``w`` wide from ``y``."""
    pen, lab = c.pen, c.labels
    first = pen.wrap(lab["message_1"], 6.8, w - 16)
    second = pen.wrap(lab["message_2"], 6.8, w - 16)
    pen.rect(c.margin, y, w, 26 + 8.3 * (len(first) + len(second)) + 4, stroke=LIGHT, width=0.6)
    pen.text(c.margin + 8, y + 12, lab["messages"], 8, bold=True, color=pen.accent)
    end = _para(pen, c.margin + 8, y + 24, lab["message_1"], 6.8, w - 16)
    _para(pen, c.margin + 8, end + 12, lab["message_2"], 6.8, w - 16)


def _db_stub(c: Ctx) -> None:
    """Under the cut line: the account, due date and amount in boxes with a blank for the
    amount enclosed, where to send the payment, the customer for the envelope's window and
    a scan line."""
    pen, doc, lab = c.pen, c.doc, c.labels
    top = pen.height - DB_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.6, dash=(5, 3))
    pen.text(c.margin, top + 12, lab["stub"], 6.8, italic=True, color=GREY)
    draw_logo(pen, doc.logo, c.margin, top + 22, 20, initials(doc.vendor_name))
    pen.text(c.margin + 26, top + 36, doc.vendor_name, 9, bold=True)
    bx, bw = c.right - 236, 236.0
    base = top + 30
    for label, value in account_due_rows(c):
        pen.text(bx, base, label, 7.4, color=GREY)
        pen.text(c.right, base, value, 9.4, bold=True, align="right")
        pen.line(bx, base + 4, c.right, base + 4, color=LIGHT, width=0.5)
        base += 16
    pen.text(bx, base + 4, lab["enclosed"], 8, bold=True)
    pen.rect(c.right - 110, base - 8, 110, 18, stroke=BLACK, width=0.8)
    pen.text(c.right - 104, base + 5, "$", 9)
    pen.text(c.margin, top + 62, lab["remit_to"], 6.8, color=GREY)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 12, top + 73 + 10 * k, line, 8.6)
    for k, line in enumerate(_customer(doc)):
        pen.text(bx, top + 104 + 10 * k, line, 8.2, fit=bw)
    due = doc.total_row("amount_due")
    assert due is not None
    cents_due = int(due.amount * 100)
    scan = (
        f"{(doc.account_number or '').replace('-', '')} {cents_due:010d} {_digest(doc.id) % 97:02d}"
    )
    pen.text(c.margin, pen.height - 14, scan, 8, color=GREY)


# --- H117: a Puerto Rico hardware store's till receipt --------------------------------------

IV_WIDTH = 226.0  # 80 mm paper
IV_MARGIN = 12.0
IV_STEP = 9.4
STATE_IVU, CITY_IVU = Decimal("0.105"), Decimal("0.01")


def render_ivu_ticket(doc: Document) -> tuple[bytes, int]:
    """An 80 mm till receipt as tall as its content."""
    sections = [_iv_head, _iv_items, _iv_totals, _iv_tender, _iv_tail]
    return strip_slip(doc, IV_WIDTH, IV_MARGIN, 20.0, sections, 4000.0, 18)


def _dashes(c: Ctx, y: float) -> float:
    c.pen.line(c.margin, y, c.right, y, color=BLACK, width=0.5, dash=(2, 2))
    return y + 4


def _pair(c: Ctx, y: float, left: str, right: str, size: float, **style) -> None:
    """A label on the left edge and a value on the right, on one line."""
    c.pen.text(c.margin, y, left, size, fit=c.width * 0.62, **style)
    c.pen.text(c.right, y, right, size, align="right", **style)


def _iv_head(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    pen.text(mid, y, doc.vendor_name, 10.5, bold=True, align="center", fit=c.width)
    for line in [*doc.vendor_lines, *_contact(doc)]:
        y = _ts_centered(c, y, line, 7.2)
    y = _dashes(c, y + 6)
    y += 10
    pen.text(mid, y, lab["receipt_title"], 9.5, bold=True, align="center")
    y += IV_STEP + 3
    _pair(
        c,
        y,
        f"{lab['receipt_number']}: {doc.invoice_number}",
        f"{lab['register']} {ex['register']}",
        7.6,
    )
    y += IV_STEP
    date = c.fmt.date(doc.invoice_date)
    _pair(c, y, f"{lab['invoice_date']}: {date}", f"{lab['time']} {ex['time']}", 7.6)
    y += IV_STEP
    pen.text(c.margin, y, f"{lab['cashier']}: {ex['cashier']}", 7.6)
    if ex.get("job"):
        y += IV_STEP
        pen.text(c.margin, y, f"{lab['job']}: {ex['job']}", 7.6, fit=c.width)
    return _dashes(c, y + 5)


def _iv_items(c: Ctx, y: float) -> float:
    """Each item: its code and name, then its count at its price and the amount."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    for line in doc.lines:
        y += IV_STEP + 1
        pen.text(c.margin, y, f"{line.code} {line.description}", 7.6, fit=c.width)
        y += IV_STEP
        assert line.quantity is not None and line.unit_price is not None
        said = f"{fmt.quantity(line.quantity)} x {fmt.rate(line.unit_price)}"
        pen.text(c.margin + 18, y, said, 7.6)
        pen.text(c.right, y, fmt.amount(line.amount), 7.6, align="right")
    return _dashes(c, y + 5)


def _iv_totals(c: Ctx, y: float) -> float:
    """Subtotal, the state and the municipal IVU, their sum and the total."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    state, city = doc.extras["ivu"]
    rows: list[tuple[str, str, bool]] = []
    for row in doc.totals:
        if row.key == "tax":
            rows.append(
                (lab["state_tax"].format(rate=fmt.percent(STATE_IVU)), fmt.amount(state), False)
            )
            rows.append(
                (lab["city_tax"].format(rate=fmt.percent(CITY_IVU)), fmt.amount(city), False)
            )
        rows.append((row_label(c, row), row_value(c, row), row.key == "total"))
    for label, value, strong in rows:
        y += IV_STEP + (5 if strong else 1)
        size = 9.4 if strong else 7.6
        pen.text(c.right - 70, y, label, size, bold=strong, align="right", fit=c.width - 74)
        pen.text(c.right, y, value, size, bold=strong, align="right")
    count = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    y += IV_STEP + 3
    pen.text(c.margin, y, f"{lab['items']}: {fmt.quantity(count)}", 7.4)
    return y + 2


def _iv_tender(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    total = doc.total
    y += IV_STEP + 3
    if ex["tender"] == "cash":
        handed = (total / 5).to_integral_value(rounding=ROUND_CEILING) * 5
        _pair(c, y, lab["cash"], fmt.amount(handed), 7.6)
        y += IV_STEP
        _pair(c, y, lab["change"], fmt.amount(handed - total), 7.6)
        return y + 2
    key = "ath" if ex["tender"] == "ath" else "card"
    said = lab[key].format(brand=ex["card_brand"], last4=ex["card_last4"])
    _pair(c, y, said, fmt.amount(total), 7.6)
    y += IV_STEP
    pen.text(c.margin, y, f"{lab['approval']} {ex['approval']}", 7.2)
    return y + 2


def _iv_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    y = _dashes(c, y + 5) + 8
    pen.text(mid, y, lab["control"], 7.4, bold=True, align="center")
    y += IV_STEP
    pen.text(mid, y, ex["control"], 8, align="center")
    y += 6
    _qr(pen, mid - 28, y, 56, _digest(doc.id, "ivu"))
    y += 60
    y = _ts_centered(c, y, lab["ivu_note"], 6.8)
    y = _ts_centered(c, y + 4, lab["returns"], 6.6)
    y = _ts_centered(c, y + 6, lab["thanks"], 8, bold=True)
    return y + 4


# --- H118: a Puerto Rican contractor's staff hours from the weekly time sheets -------------

SH_MARGIN = 50.0
SH_COLS = (("description", 0.0), ("quantity", 56.0), ("unit_price", 86.0), ("amount", 90.0))
SH_ROW = 13.0
SH_HEAD = 17.0
SH_FOOT = 58.0


def _sh_rows(doc: Document) -> list[tuple[str, Any]]:
    """The table's rows: each week's heading, its lines and its total of hours and money."""
    rows: list[tuple[str, Any]] = []
    week: list[Line] = []
    for line in doc.lines:
        if not week or line.group != week[0].group:
            if week:
                rows.append(("sum", week))
            week = []
            rows.append(("head", line.group))
        week.append(line)
        rows.append(("line", line))
    rows.append(("sum", week))
    return rows


def render_staff_hours(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the firm's letterhead over a double rule, the title beside a ruled
    box of the invoice's references, the customer and the place served in framed boxes,
    the hours week by week (each week's heading, every member's regular and overtime
    hours, the week's total), then the summary of hours, the certification and its two
    signatures beside the totals, and the payment note at the foot."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SH_MARGIN)
    rows = _sh_rows(doc)
    heights = [
        SH_HEAD if kind == "head" else SH_ROW + (3 if kind == "sum" else 0) for kind, _ in rows
    ]
    # a week's heading stays with its first line, its total with its last
    glued = {k for k, (kind, _) in enumerate(rows) if kind == "head" or _before_sum(rows, k)}
    first = _sh_first(c, measure=True)
    closing = 16.0 * len(doc.totals) + 110
    room = pen.height - SH_FOOT
    later = room - 112 - 22 - SH_HEAD  # a week carried over is headed again
    pages = paginate(heights, room - first - 22, later, closing, glued)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        top = _sh_first(c) if number == 1 else _sh_later(c)
        shown = rows[start:end]
        if shown[0][0] != "head":  # the week goes on: its heading again
            week = shown[0][1] if shown[0][0] == "line" else shown[0][1][0]
            shown = [("head", f"{week.group} {c.labels['carried']}"), *shown]
        y = _sh_table(c, top, shown)
        if number == len(pages):
            _sh_closing(c, y + 16)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 8.6, italic=True, align="right")
        _sh_foot(c, number, len(pages))
    canvas.save()
    return buffer.getvalue(), len(pages)


def _before_sum(rows: list[tuple[str, Any]], k: int) -> bool:
    return k + 1 < len(rows) and rows[k + 1][0] == "sum"


def _sh_letterhead(c: Ctx, draw: bool = True) -> float:
    pen, doc = c.pen, c.doc
    if draw:
        pen.text(c.margin, 58, doc.vendor_name, 19, bold=True, color=pen.accent, fit=c.width * 0.6)
        pen.text(c.margin, 72, "  ·  ".join(doc.vendor_lines), 9, fit=c.width)
        pen.text(c.margin, 84, "  ·  ".join(_contact(doc)), 9, fit=c.width)
        pen.line(c.margin, 92, c.right, 92, color=pen.accent, width=2)
        pen.line(c.margin, 95, c.right, 95, color=pen.accent, width=0.5)
    return 95.0


def _sh_first(c: Ctx, *, measure: bool = False) -> float:
    """Letterhead, title and references, the two parties; where the table starts."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw = not measure
    y = _sh_letterhead(c, draw)
    refs = [(lab["invoice_number"], doc.invoice_number)]
    refs.append((lab["invoice_date"], fmt.date(doc.invoice_date)))
    refs.append((lab["contract"], doc.extras["contract"]))
    if doc.due_date:
        refs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        refs.append((lab["terms"], doc.terms))
    if doc.po_number:
        refs.append((lab["po_number"], doc.po_number))
    x, w = c.right - 250, 250.0
    split = x + 112
    if draw:
        pen.text(c.margin, y + 28, lab["title"], 16, bold=True)
        pen.text(c.margin, y + 42, lab["subtitle"], 9.5, italic=True, color=GREY)
        top = y + 14
        for k, (label, value) in enumerate(refs):
            row = top + 16 * k
            pen.rect(x, row, split - x, 16, fill=pen.pale)
            pen.rect(x, row, w, 16, stroke=pen.accent, width=0.5)
            pen.line(split, row, split, row + 16, color=pen.accent, width=0.5)
            pen.text(x + 4, row + 11, label, 7.6, fit=split - x - 8)
            pen.text(split + 5, row + 11, value, 9, bold=True, fit=c.right - split - 10)
    refs_end = y + 14 + 16 * len(refs)
    period = (
        f"{lab['service_period']}: {fmt.period(*doc.period, lab['period_sep'])}"
        if doc.period
        else ""
    )
    if draw:
        pen.text(c.margin, y + 62, period, 9.5, bold=True, fit=x - c.margin - 12)
    y = max(y + 74, refs_end + 12)
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    bw = (c.width - 16) / 2
    tall = 22 + 11.5 * max(len(lines) for _, lines in blocks)
    for k, (heading, lines) in enumerate(blocks):  # framed, with round corners
        bx = c.margin + k * (bw + 16)
        if draw:
            pen.canvas.setStrokeColor(pen.accent)
            pen.canvas.setLineWidth(0.7)
            pen.canvas.roundRect(bx, pen.height - y - tall, bw, tall, 5, stroke=1, fill=0)
            pen.text(bx + 8, y + 13, heading, 8.6, bold=True, color=pen.accent)
            for n, line in enumerate(lines):
                pen.text(bx + 8, y + 26 + 11.5 * n, line, 9.4, bold=n == 0, fit=bw - 16)
    return y + tall + 16


def _sh_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    _sh_letterhead(c)
    said = f"{lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 58, said, 9.5, bold=True, align="right")
    return 112.0


def _sh_table(c: Ctx, y: float, rows: list[tuple[str, Any]]) -> float:
    pen, lab, fmt = c.pen, c.labels, c.fmt
    cols = _columns(c.margin, c.width, SH_COLS)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1.2)
    _heads(c, cols, y + 13, 8.6)
    y += 18
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.6)
    for kind, value in rows:
        if kind == "head":
            pen.rect(c.margin, y + 3, c.width, SH_HEAD - 3, fill=pen.pale)
            pen.text(c.margin + 5, y + 14, value, 9, bold=True, italic=True, color=pen.accent)
            y += SH_HEAD
        elif kind == "line":
            y += SH_ROW
            pen.text(c.margin + 12, y - 3, value.description, 9, fit=cols[0][2] - 16)
            for key, x, w in cols[1:]:
                pen.text(x + w - 5, y - 3, _value_text(c, value, key), 9, align="right")
        else:
            hours = sum((line.quantity or Decimal(0) for line in value), Decimal(0))
            money = sum((line.amount for line in value), Decimal(0))
            y += SH_ROW + 3
            pen.line(cols[1][1] + 6, y - 12, c.right, y - 12, color=LIGHT, width=0.5)
            pen.text(cols[1][1] - 6, y - 3, lab["week_total"], 8.6, italic=True, align="right")
            quantity = lab["hours"].format(hours=fmt.quantity(hours))
            pen.text(cols[1][1] + cols[1][2] - 5, y - 3, quantity, 8.6, italic=True, align="right")
            pen.text(c.right - 5, y - 3, fmt.amount(money), 8.6, italic=True, align="right")
    pen.line(c.margin, y + 3, c.right, y + 3, color=pen.accent, width=0.8)
    return y + 3


def _sh_closing(c: Ctx, y: float) -> None:
    """The summary of hours, the certification and the signatures on the left; the totals
    on the right."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    hours = {key: Decimal(0) for key in ("regular", "overtime")}
    for line in doc.lines:
        kind = "overtime" if line.description.endswith(lab["overtime"]) else "regular"
        hours[kind] += line.quantity or Decimal(0)
    base = _right_totals(c, c.right - 240, y, 16, 9.4, "rule")
    pen.text(c.margin, y + 14, lab["summary"], 9, bold=True, color=pen.accent)
    pen.text(
        c.margin,
        y + 28,
        f"{lab['regular_total']}: {lab['hours'].format(hours=fmt.quantity(hours['regular']))}",
        9,
    )
    pen.text(
        c.margin,
        y + 41,
        f"{lab['overtime_total']}: {lab['hours'].format(hours=fmt.quantity(hours['overtime']))}",
        9,
    )
    end = _para(pen, c.margin, max(y + 62, base + 24), lab["certify"], 8.4, c.width, italic=True)
    sign = end + 42
    half = (c.width - 40) / 2
    for k, (label, name) in enumerate(
        ((lab["lead"], doc.extras.get("lead")), (lab["approved"], None))
    ):
        x = c.margin + k * (half + 40)
        pen.line(x, sign, x + half, sign, width=0.6)
        if name:
            pen.text(x + 4, sign - 5, name, 9.5, italic=True, color=HexColor("#1c2f7a"))
        pen.text(x, sign + 10, label, 7.8, color=GREY)


def _sh_foot(c: Ctx, number: int, count: int) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    foot = pen.height - 40
    pen.line(c.margin, foot - 12, c.right, foot - 12, color=LIGHT, width=0.5)
    text = lab["notes"]
    if doc.remit_lines:
        text = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}. {text}"
    _para(pen, c.margin, foot, text, 7.2, c.width - 80, color=GREY)
    pen.text(c.right, foot, lab["page"].format(n=number, m=count), 7.6, align="right", color=GREY)


# --- H119: a fire-safety service's invoice and inspection report ---------------------------

FX_MARGIN = 32.0
FX_COLS = (
    ("tag", 42.0),
    ("location", 128.0),
    ("made", 30.0),
    ("description", 0.0),
    ("result", 56.0),
    ("quantity", 30.0),
    ("unit_price", 50.0),
    ("amount", 56.0),
)
FX_ROW = 12.0
FX_FOOT = 44.0
OUT_OF_SERVICE = HexColor("#b0201c")


def render_fire_service(doc: Document) -> tuple[bytes, int]:
    """Letter pages: a red bar over the firm and its licence, the title and what the
    report covers, the visit's references in a ruled grid, the billing party and the
    location inspected, the visit's counts in boxes, then every extinguisher by its tag
    and location with what was done and its status (the tag and location once per unit),
    and each building's emergency lights; the standard it was done to, the inspector's
    signature and the totals on the last page."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), FX_MARGIN)
    cols = _columns(c.margin, c.width, FX_COLS)
    wide = cols[3][2] - 8  # a long service wraps in its column
    heights = [FX_ROW + 9 * (len(pen.wrap(line.description, 7.8, wide)) - 1) for line in doc.lines]
    room = pen.height - FX_FOOT - 16
    closing = 16.0 * len(doc.totals) + 110
    pages = paginate(heights, room - _fx_first(c, measure=True), room - 70, closing)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            _fx_bar(c)
            said = f"{doc.vendor_name}  -  {c.labels['invoice_number']} {doc.invoice_number}"
            pen.text(c.margin, 46, said, 9, bold=True)
            top = 60.0
        else:
            top = _fx_first(c)
        y = _fx_table(c, cols, top, start, end, heights)
        if number == len(pages):
            _fx_closing(c, y + 12)
        else:
            pen.text(c.right, y + 13, c.labels["continued"], 7.8, italic=True, align="right")
        pen.text(
            c.right,
            pen.height - 22,
            c.labels["page"].format(n=number, m=len(pages)),
            7.4,
            align="right",
            color=GREY,
        )
    canvas.save()
    return buffer.getvalue(), len(pages)


def _fx_bar(c: Ctx) -> None:
    c.pen.rect(0, 0, c.pen.width, 7, fill=c.pen.accent)


def _fx_first(c: Ctx, *, measure: bool = False) -> float:
    """The head, the visit's grid, the parties and the counts; where the table starts."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw = not measure
    lines = [*doc.vendor_lines, *_contact(doc), f"{lab['license']} {ex['license']}"]
    if draw:
        _fx_bar(c)
        pen.text(c.margin, 36, doc.vendor_name, 15, bold=True, fit=300)
        pen.text(c.margin, 48, lab["division"], 8.6, italic=True, color=pen.accent)
        for k, line in enumerate(lines):
            pen.text(c.margin, 60 + 9.4 * k, line, 7.6, color=GREY, fit=300)
        pen.text(c.right, 38, lab["title"], 18, bold=True, align="right", color=pen.accent)
        pen.text(c.right, 52, lab["subtitle"], 8, align="right", color=GREY)
    y = max(60 + 9.4 * len(lines), 70.0) + 6
    cells = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (lab["terms"], doc.terms or ""),
        (lab["work_order"], ex["work_order"]),
        (lab["inspected"], fmt.date(ex["inspected"])),
        (lab["technician"], ex["technician"]),
        (lab["po_number"], doc.po_number or ""),
    ]
    w = c.width / 4
    for k, (label, value) in enumerate(cells):
        x, top = c.margin + (k % 4) * w, y + (k // 4) * 26
        if draw:
            pen.rect(x, top, w, 26, stroke=GREY, width=0.5)
            pen.text(x + 4, top + 9, label, 6.6, color=GREY, fit=w - 8)
            pen.text(x + 4, top + 21, value, 9, bold=True, fit=w - 8)
    y += 52 + 14
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    half = (c.width - 20) / 2
    for k, (heading, block) in enumerate(blocks):
        x = c.margin + k * (half + 20)
        if draw:
            pen.text(x, y + 8, heading.upper(), 7.4, bold=True, color=pen.accent)
            pen.line(x, y + 11, x + half, y + 11, color=pen.accent, width=0.6)
            for n, line in enumerate(block):
                pen.text(x, y + 23 + 10.5 * n, line, 9, bold=n == 0, fit=half)
    y += 23 + 10.5 * max(len(block) for _, block in blocks) + 2
    if draw:
        _fx_counts(c, y)
    return y + 46


def _fx_counts(c: Ctx, y: float) -> None:
    """The visit in numbers, boxed across the page, and when the next visit is due."""
    pen, doc, lab = c.pen, c.doc, c.labels
    results = [result for _, result in doc.extras["devices"]]
    tags = {line.code for line in doc.lines if line.code}
    tested = (lab["lights"], lab["exits"])
    lights = sum((line.quantity or 0 for line in doc.lines if line.description in tested), 0)
    counts = [
        (lab["count_units"], len(tags)),
        (lab["count_passed"], results.count(lab["passed"])),
        (lab["count_serviced"], results.count(lab["serviced"])),
        (lab["count_replaced"], results.count(lab["replaced"])),
        (lab["count_lights"], int(lights)),
    ]
    inspected = doc.extras["inspected"]
    due = f"{months('en')[inspected.month - 1][:3]} {inspected.year + 1}"
    counts_w = c.width - 120
    w = counts_w / len(counts)
    for k, (label, count) in enumerate(counts):
        x = c.margin + k * w
        pen.rect(x + 2, y, w - 4, 34, fill=pen.pale)
        pen.text(x + w / 2, y + 17, str(count), 13, bold=True, align="center", color=pen.accent)
        pen.text(x + w / 2, y + 29, label, 6.8, align="center", fit=w - 8)
    x = c.right - 114
    pen.rect(x, y, 114, 34, stroke=pen.accent, width=0.8)
    pen.text(x + 57, y + 13, lab["next_due"], 6.8, align="center", color=GREY)
    pen.text(x + 57, y + 27, due, 11, bold=True, align="center")


def _fx_table(
    c: Ctx,
    cols: list[tuple[str, float, float]],
    y: float,
    start: int,
    end: int,
    heights: list[float],
) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(c.margin, y, c.width, 15, fill=pen.accent)
    for key, x, w in cols:
        right = key in RIGHT_KEYS
        at, align = (x + w - 4, "right") if right else (x + 4, "left")
        pen.text(at, y + 10.5, lab[key], 7, bold=True, align=align, color=white)
    y += 15
    devices = doc.extras["devices"]
    for index in range(start, end):
        line = doc.lines[index]
        made, result = devices[index]
        fresh = (
            index == start
            or doc.lines[index - 1].group != line.group
            or doc.lines[index - 1].code != line.code
        )
        base = y + 9
        if fresh:
            pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
            pen.text(cols[0][1] + 4, base, line.code or "", 7.8, bold=True)
            pen.text(cols[1][1] + 4, base, line.group or "", 7.8, fit=cols[1][2] - 8)
            pen.text(cols[2][1] + 4, base, made, 7.8)
        for n, piece in enumerate(pen.wrap(line.description, 7.8, cols[3][2] - 8)):
            pen.text(cols[3][1] + 4, base + 9 * n, piece, 7.8)
        alarm = result in (lab["failed"], lab["replaced"])
        pen.text(
            cols[4][1] + 4, base, result, 7, bold=alarm, color=OUT_OF_SERVICE if alarm else BLACK
        )
        for key, x, w in cols[5:]:
            pen.text(x + w - 4, base, _value_text(c, line, key), 7.8, align="right")
        y += heights[index]
    pen.line(c.margin, y + 2, c.right, y + 2, color=pen.accent, width=0.8)
    return y + 2


def _fx_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    base = _right_totals(c, c.right - 230, y, 15, 8.8, "band")
    end = _para(pen, c.margin, y + 12, lab["statement"], 7.4, c.width - 270, color=GREY)
    sign = max(end, base) + 34
    pen.line(c.margin, sign, c.margin + 200, sign, width=0.6)
    pen.text(
        c.margin + 4, sign - 5, doc.extras["technician"], 10, italic=True, color=HexColor("#1c2f7a")
    )
    pen.text(
        c.margin,
        sign + 9,
        f"{lab['sign']} - {lab['license']} {doc.extras['license']}",
        7,
        color=GREY,
    )
    if doc.remit_lines:
        said = f"{lab['remit_to']}: {doc.vendor_name}, {', '.join(doc.remit_lines)}"
        pen.text(c.right, sign, said, 8, bold=True, align="right", fit=c.width - 230)
    pen.text(c.right, sign + 14, lab["thanks"], 7.6, italic=True, align="right", color=pen.accent)


# --- H120: a home center paint desk's till receipt ------------------------------------------

PD_WIDTH = 216.0  # 3 in paper
PD_MARGIN = 10.0
PD_STEP = 9.2


def render_paint_receipt(doc: Document) -> tuple[bytes, int]:
    """A 3 in till receipt as tall as its content."""
    sections = [_pd_head, _pd_items, _pd_totals, _pd_tender, _pd_tail]
    return strip_slip(doc, PD_WIDTH, PD_MARGIN, 22.0, sections, 4000.0, 16)


def _pd_head(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    pen.text(mid, y, doc.vendor_name, 11, bold=True, align="center", fit=c.width)
    y += 5
    pen.rect(mid - 48, y, 96, 13, fill=BLACK)
    pen.text(mid, y + 9.6, lab["receipt_title"], 8.6, bold=True, align="center", color=white)
    y += 13
    for line in doc.vendor_lines:
        y = _ts_centered(c, y, line, 7)
    y = _ts_centered(c, y, f"{lab['phone']} {doc.vendor_phone}", 7)
    if doc.vendor_email:
        y = _ts_centered(c, y, doc.vendor_email, 6.8)
    y += PD_STEP + 4
    said = f"{lab['store']} {ex['store']}  {lab['register']} {ex['register']}"
    _pair(c, y, said, f"{lab['receipt_number']} {doc.invoice_number}", 7.2)
    y += PD_STEP
    date = c.fmt.date(doc.invoice_date)
    _pair(
        c,
        y,
        f"{lab['invoice_date']} {date} {ex['time']}",
        f"{lab['associate']}: {ex['associate']}",
        7.2,
    )
    if ex.get("job"):
        y += PD_STEP
        pen.text(c.margin, y, f"{lab['job']}: {ex['job']}", 7.2, bold=True, fit=c.width)
    y += 5
    pen.line(c.margin, y, c.right, y, width=0.8)
    return y


def _pd_items(c: Ctx, y: float) -> float:
    """Each item and its amount; the count at its price when more than one; under a tinted
    gallon its color, base and formula and that it cannot be returned."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    tints = doc.extras["tints"]
    for k, line in enumerate(doc.lines):
        y += PD_STEP + 2
        pen.text(c.margin, y, line.description, 7.4, fit=c.width - 46)
        pen.text(c.right, y, fmt.amount(line.amount), 7.4, align="right")
        if line.quantity is not None and line.unit_price is not None:
            y += PD_STEP
            said = f"{fmt.quantity(line.quantity)} @ {fmt.rate(line.unit_price)}"
            pen.text(c.margin + 10, y, said, 7.2)
        if k in tints:
            color, code, base, formula = tints[k]
            for text in (f"{lab['color']}: {color} {code}", base, f"{lab['formula']}  {formula}"):
                y += PD_STEP - 0.6
                pen.text(c.margin + 10, y, text, 6.6, color=GREY, fit=c.width - 10)
            y += PD_STEP - 0.6
            pen.text(c.margin + 10, y, lab["tinted"], 6.6, bold=True)
    y += 5
    pen.line(c.margin, y, c.right, y, width=0.5, dash=(1.5, 1.5))
    return y


def _pd_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    for row in doc.totals:
        strong = row.key == "total"
        y += PD_STEP + (4 if strong else 1)
        size = 9.6 if strong else 7.4
        pen.text(
            c.right - 58, y, row_label(c, row), size, bold=strong, align="right", fit=c.width - 62
        )
        pen.text(c.right, y, row_value(c, row), size, bold=strong, align="right")
    count = sum((line.quantity or Decimal(1) for line in doc.lines), Decimal(0))
    y += PD_STEP + 2
    pen.text(c.margin, y, f"{lab['items']} {fmt.quantity(count)}", 7.2)
    return y


def _pd_tender(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    total = doc.total
    y += PD_STEP + 4
    if not ex["card"]:
        handed = (total / 10).to_integral_value(rounding=ROUND_CEILING) * 10
        _pair(c, y, lab["cash"], fmt.money(handed), 7.4)
        y += PD_STEP
        _pair(c, y, lab["change"], fmt.money(handed - total), 7.4)
        return y
    _pair(
        c, y, lab["card"].format(brand=ex["card_brand"], entry=ex["entry"]), fmt.money(total), 7.4
    )
    y += PD_STEP
    pen.text(c.margin, y, lab["account"].format(last4=ex["card_last4"]), 7)
    y += PD_STEP
    pen.text(c.margin, y, f"{lab['auth']} {ex['auth']}", 7)
    return y


def _pd_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    if ex.get("rewards"):
        y += PD_STEP + 6
        pen.text(mid, y, lab["rewards"].format(last4=ex["rewards"]), 7, bold=True, align="center")
        y += PD_STEP
        points = int(doc.total)
        pen.text(mid, y, f"{lab['points']} {points}", 7, align="center")
    y += 10
    _bars(pen, c.margin + 18, y, c.width - 36, 20, _digest(doc.id, "paint"))
    y += 30
    pen.text(mid, y, f"{ex['store']} {ex['register']} {doc.invoice_number}", 7, align="center")
    y = _ts_centered(c, y + 4, lab["returns"], 6.4)
    y = _ts_centered(c, y + 5, lab["thanks"], 7.6, bold=True)
    return y + 4
