"""Whole pages of the layouts added with H96-H100: an appliance repair order (the firm's
band, the repair order's number boxed beside the title, where the work was done, who pays
and the order's data in three boxes, the appliance and its complaint, cause and correction,
then the parts and labor with their part numbers, the warranty beside the totals), a
Puerto Rico utility bill in Spanish (the customer's postal and physical addresses and the
account's information beside a summary box, the meter's reads, the charges, thirteen
months of usage and a stub under a cut line), a flooring installer's invoice over one or
two sheets (materials and installation in sections of one table, measured in square yards,
square feet and linear feet, a discount and a retainage on some), a Mexican hardware
store's counter ticket with IVA included in its prices, and an alarm company's recurring
services invoice for a quarter or a year, site by site, with a remittance coupon to its
lockbox."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import LETTER

from samples.catalog import months
from samples.document import Document, Line
from samples.formats import amount_words_es, cents
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, draw_logo, initials
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_more import _bars, _digest
from samples.pdf_sheets import _canvas
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.world import ascii_slug

# --- shared ------------------------------------------------------------------------------


def _columns(
    x: float, width: float, spec: tuple[tuple[str, float], ...]
) -> list[tuple[str, float, float]]:
    """(key, x, width) per column; a width of 0 takes what the others leave."""
    fixed = sum(w for _, w in spec)
    out = []
    for key, w in spec:
        wide = width - fixed if w == 0 else w
        out.append((key, x, wide))
        x += wide
    return out


def _value_text(c: Ctx, line: Line, key: str) -> str:
    fmt = c.fmt
    if key == "quantity":
        return fmt.quantity(line.quantity) if line.quantity is not None else ""
    if key == "unit_price":
        return fmt.rate(line.unit_price) if line.unit_price is not None else ""
    if key == "amount":
        return fmt.amount(line.amount)
    if key == "unit":
        return line.unit or ""
    return ""


# --- H96: an appliance repair order ------------------------------------------------------

RO_MARGIN = 36.0
RO_COLS = (
    ("item", 92.0),
    ("description", 0.0),
    ("quantity", 52.0),
    ("unit_price", 70.0),
    ("amount", 78.0),
)
RO_ROWS = 6  # the form's printed rows; blank ones are left ruled


def render_repair_order(doc: Document) -> tuple[bytes, int]:
    """One letter page: the firm's band, the title beside the boxed repair order number,
    three boxes (where the work was done, who pays, the order's data), the appliance in a
    row of cells, its complaint, cause and correction, the parts and labor with part
    numbers on a ruled form, the warranty and signatures beside the totals."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), RO_MARGIN)
    y = _ro_band(c)
    y = _ro_title(c, y + 10)
    y = _ro_boxes(c, y + 10)
    y = _ro_appliance(c, y + 10)
    y = _ro_story(c, y + 8)
    y = _ro_table(c, y + 10)
    y = _ro_closing(c, y + 12)
    notes = pen.wrap(c.labels["notes"], 7.5, c.width)
    y = max(y + 16, pen.height - 58 - 9 * len(notes))  # the form's foot
    pen.line(c.margin, y - 11, c.right, y - 11, color=pen.accent, width=0.6)
    end = _para(pen, c.margin, y, c.labels["notes"], 7.5, c.width, italic=True, color=GREY)
    pen.text(c.margin, end + 14, c.labels["thanks"], 9.5, bold=True, color=pen.accent)
    canvas.save()
    return buffer.getvalue(), 1


def _ro_band(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 6, fill=pen.accent)
    contact = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    bottom = max(22 + 10 * len(contact), 84.0)
    pen.rect(0, 6, pen.width, bottom - 6 + 8, fill=pen.pale)
    draw_logo(pen, doc.logo, c.margin, 22, 48, initials(doc.vendor_name))
    pen.text(c.margin + 58, 44, doc.vendor_name, 16, bold=True, color=pen.accent, fit=290)
    pen.text(c.margin + 58, 57, lab["tagline"], 7.5, italic=True, color=GREY, fit=290)
    for k, line in enumerate(contact):
        pen.text(c.right, 26 + 10 * k, line, 8, align="right", fit=190)
    y = bottom + 8
    pen.line(0, y, pen.width, y, color=pen.accent, width=1.2)
    return y


def _ro_title(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y + 24, lab["title"], 18, bold=True)
    w = 176.0
    x = c.right - w
    pen.rect(x, y, w, 36, stroke=pen.accent, width=1.4)
    pen.rect(x, y, w, 12, fill=pen.accent)
    pen.text(
        x + w / 2,
        y + 9,
        lab["invoice_number"].upper(),
        7,
        bold=True,
        align="center",
        color=pen.on_accent,
    )
    pen.text(x + w / 2, y + 30, doc.invoice_number, 14, bold=True, align="center", fit=w - 12)
    return y + 36


def _ro_box(
    c: Ctx, x: float, y: float, w: float, heading: str, rows: list[tuple[str, bool]]
) -> float:
    pen = c.pen
    pen.rect(x, y, w, 14, fill=pen.accent)
    pen.text(x + 6, y + 10, heading.upper(), 7.5, bold=True, color=pen.on_accent, fit=w - 12)
    for k, (text, strong) in enumerate(rows):
        pen.text(x + 6, y + 27 + 11 * k, text, 8.8, bold=strong, fit=w - 12)
    return y + 27 + 11 * (len(rows) - 1) + 8


def _ro_boxes(c: Ctx, y: float) -> float:
    """Where the work was done, who pays and the order's data, in three boxes."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    gap = 8.0
    w = (c.width - 2 * gap) / 3
    site = doc.service_lines or []
    rows = [(line, k == 0 and len(site) > 2) for k, line in enumerate(site)]
    rows.append((f"{lab['occupant']}: {ex['occupant']}", False))
    bottoms = [_ro_box(c, c.margin, y, w, lab["service_address"], rows)]
    payer = [(line, k == 0) for k, line in enumerate(_customer(doc))]
    bottoms.append(_ro_box(c, c.margin + w + gap, y, w, lab["bill_to"], payer))
    pairs = [(lab["invoice_date"], fmt.date(doc.invoice_date))]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs.append((lab["visit"], fmt.cell_date(ex["visit"])))
    pairs.append((lab["technician"], f"{ex['technician']} ({lab['tech_id']} {ex['tech_id']})"))
    x = c.margin + 2 * (w + gap)
    pen.rect(x, y, w, 14, fill=pen.accent)
    pen.text(x + 6, y + 10, lab["details"].upper(), 7.5, bold=True, color=pen.on_accent)
    for k, (label, value) in enumerate(pairs):
        base = y + 27 + 12 * k
        pen.text(x + 6, base, label, 7.3, color=GREY, fit=78)
        pen.text(x + w - 6, base, value, 8.6, bold=True, align="right", fit=w - 92)
    bottoms.append(y + 27 + 12 * (len(pairs) - 1) + 8)
    bottom = max(bottoms)
    for k in range(3):
        pen.rect(c.margin + k * (w + gap), y, w, bottom - y, stroke=pen.accent, width=0.8)
    return bottom


def _ro_appliance(c: Ctx, y: float) -> float:
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    cells = [
        (lab["appliance"], ex["appliance_name"], 0.3),
        (lab["brand"], ex["brand"], 0.2),
        (lab["model"], ex["model"], 0.27),
        (lab["serial"], ex["serial"], 0.23),
    ]
    x = c.margin
    for label, value, share in cells:
        w = c.width * share
        pen.rect(x, y, w, 28, stroke=LIGHT, width=0.7)
        pen.text(x + 5, y + 9, label, 6.8, color=GREY)
        pen.text(x + 5, y + 22, value, 9.5, bold=True, fit=w - 10)
        x += w
    pen.rect(c.margin, y, c.width, 28, stroke=pen.accent, width=0.9)
    return y + 28


def _ro_story(c: Ctx, y: float) -> float:
    """The complaint, what the technician found and what was done."""
    pen, lab, ex = c.pen, c.labels, c.doc.extras
    head = 82.0
    for key in ("complaint", "cause", "correction"):
        lines = pen.wrap(ex[key], 8.6, c.width - head - 8)
        pen.text(c.margin + 2, y + 11, lab[key].upper(), 7.8, bold=True, color=pen.accent)
        for k, text in enumerate(lines):
            pen.text(c.margin + head, y + 11 + 10.5 * k, text, 8.6)
        y += 10.5 * len(lines) + 5
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _accent_heads(c: Ctx, y: float, cols: list[tuple[str, float, float]]) -> float:
    """The table's headings, white on an accent band; numbers' headings right-aligned."""
    pen = c.pen
    pen.rect(c.margin, y, c.width, 16, fill=pen.accent)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        pen.text(
            x + w - 5 if right else x + 5,
            y + 11,
            c.labels[key],
            7.8,
            bold=True,
            align="right" if right else "left",
            color=pen.on_accent,
            fit=w - 8,
        )
    return y + 16


def _ro_table(c: Ctx, y: float) -> float:
    pen, doc = c.pen, c.doc
    cols = _columns(c.margin, c.width, RO_COLS)
    top = y
    y = _accent_heads(c, y, cols)
    desc_w = next(w for key, _, w in cols if key == "description")
    for line in doc.lines:
        text = pen.wrap(line.description, 8.8, desc_w - 10)
        height = 11 * len(text) + 6
        for k, part in enumerate(text):
            pen.text(cols[1][1] + 5, y + 12 + 11 * k, part, 8.8)
        pen.text(cols[0][1] + 5, y + 12, line.code or "", 8.2, fit=cols[0][2] - 8)
        for key, x, w in cols[2:]:
            pen.text(x + w - 5, y + 12, _value_text(c, line, key), 8.8, align="right")
        y += height
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    for _ in range(max(0, RO_ROWS - len(doc.lines))):  # the form's unused rows
        y += 15
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    for _, x, _w in cols[1:]:
        pen.line(x, top + 16, x, y, color=LIGHT, width=0.5)
    pen.rect(c.margin, top, c.width, y - top, stroke=pen.accent, width=0.9)
    return y


def _ro_closing(c: Ctx, y: float) -> float:
    """The warranty and the two signature lines on the left, the totals on the right."""
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 300.0
    pen.text(c.margin + 7, y + 12, lab["warranty_head"], 8, bold=True, color=pen.accent)
    end = _para(pen, c.margin + 7, y + 24, lab["warranty"], 7.8, w - 14, color=GREY)
    pen.rect(c.margin, y, w, end - y + 9, stroke=LIGHT, width=0.7)
    base = end + 38
    for k, key in enumerate(("sign_customer", "sign_tech")):
        x = c.margin + k * 160
        pen.line(x, base, x + 148 if k == 0 else x + 140, base, width=0.6)
        pen.text(x, base + 9, lab[key], 6.8, color=GREY, fit=148)
    left = base + 9
    x0 = c.right - 206
    rows = doc.totals
    for k, row in enumerate(rows):
        top = y + 18 * k
        strong = row.key in ("total", "amount_due")
        if row.key == "total":
            pen.rect(x0, top, c.right - x0, 18, fill=pen.accent)
        color = pen.on_accent if row.key == "total" else BLACK
        pen.text(x0 + 6, top + 12.5, row_label(c, row), 8.6, bold=strong, color=color, fit=120)
        pen.text(
            c.right - 6,
            top + 12.5,
            row_value(c, row),
            10 if strong else 9,
            bold=strong,
            align="right",
            color=color,
        )
        pen.line(x0, top + 18, c.right, top + 18, color=LIGHT, width=0.5)
    pen.rect(x0, y, c.right - x0, 18 * len(rows), stroke=pen.accent, width=0.9)
    return max(left, y + 18 * len(rows))


# --- H97: a Puerto Rico utility bill -------------------------------------------------------

PR_MARGIN = 36.0
PR_STUB = 172.0  # the stub's height under the cut line
PR_COLS = (
    ("description", 0.0),
    ("quantity", 72.0),
    ("unit", 70.0),
    ("unit_price", 74.0),
    ("amount", 82.0),
)


def render_pr_bill(doc: Document) -> tuple[bytes, int]:
    """One letter page: the utility and the bill's number and date, the customer's postal
    and physical addresses and the account's information on the left, the account summary
    in a box on the right, the meter's reads, the charges with their total, thirteen
    months of usage, the notes, and the stub under a cut line."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PR_MARGIN)
    y = _pr_head(c)
    left = _pr_left(c, y + 12, 290.0)
    right = _pr_summary(c, c.margin + 306, y + 12, c.width - 306)
    y = max(left, right) + 12
    y = _pr_reads(c, y)
    y = _pr_charges(c, y + 12)
    y = _pr_history(c, y + 12)
    end = _para(pen, c.margin, y + 16, c.labels["notes"], 7.3, c.width, italic=True, color=GREY)
    _para(pen, c.margin, end + 12, c.labels["thanks"], 7.8, c.width, bold=True, color=pen.accent)
    _pr_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _pr_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    draw_logo(pen, doc.logo, c.margin, 26, 40, initials(doc.vendor_name))
    x = c.margin + 50
    pen.text(x, 40, doc.vendor_name, 14, bold=True, color=pen.accent, fit=300)
    pen.text(x, 52, ", ".join(doc.vendor_lines), 7.8, color=GREY, fit=300)
    reach = [f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        reach.append(f"{lab['email']}: {doc.vendor_email}")
    pen.text(x, 62, "   ".join(reach), 7.8, color=GREY, fit=300)
    if doc.vendor_tax_id:
        pen.text(x, 72, f"{lab['tax_id']}: {doc.vendor_tax_id}", 7.8, color=GREY, fit=300)
    title = lab[f"title_{doc.extras['trade']}"]
    pen.text(c.right, 38, title, 11.5, bold=True, align="right", color=pen.accent, fit=200)
    pen.text(c.right, 52, f"{lab['invoice_number']}: {doc.invoice_number}", 8.5, align="right")
    pen.text(
        c.right, 63, f"{lab['invoice_date']}: {fmt.date(doc.invoice_date)}", 8.5, align="right"
    )
    pen.rect(c.margin, 82, c.width, 3, fill=pen.accent)
    return 85.0


def _pr_left(c: Ctx, y: float, w: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    for n, (heading, lines) in enumerate(blocks):
        pen.text(c.margin, y + 8, heading, 7.8, bold=True, color=pen.accent)
        for k, line in enumerate(lines):
            named = k == 0 and (n == 0 or len(lines) > 2)  # a name over its address
            pen.text(c.margin + 8, y + 20 + 10.5 * k, line, 8.8, bold=named, fit=w - 8)
        y += 20 + 10.5 * (len(lines) - 1) + 10
    assert doc.period is not None
    start, end = doc.period
    pen.rect(c.margin, y, w, 13, fill=pen.pale)
    pen.text(c.margin + 5, y + 9.5, lab["account_info"].upper(), 7.2, bold=True, color=pen.accent)
    pairs = [
        (lab["account_number"], doc.account_number or ""),
        (lab["service_period"], f"{fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"),
        (lab["days"], str((end - start).days)),
        (lab["rate_class"], lab[f"rate_{ex['trade']}"]),
    ]
    y += 13
    for label, value in pairs:
        y += 12
        pen.text(c.margin + 5, y, label, 7.8, color=GREY)
        pen.text(c.margin + 110, y, value, 8.6, bold=True, fit=w - 114)
    return y + 4


def _pr_summary(c: Ctx, x: float, y: float, w: float) -> float:
    """The account summary: last bill, payments, what is left, the new charges and the
    amount owed with its deadline, in a framed box."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    rows = {row.key: row for row in doc.summary}
    pen.rect(x, y, w, 16, fill=pen.accent)
    pen.text(x + 7, y + 11, lab["summary"].upper(), 8, bold=True, color=pen.on_accent)
    lines = [
        (row_label(c, rows["previous_balance"]), row_value(c, rows["previous_balance"])),
        (row_label(c, rows["payments"]), row_value(c, rows["payments"])),
        (
            lab["balance_forward"],
            fmt.money(rows["previous_balance"].amount - rows["payments"].amount),
        ),
        (row_label(c, rows["current_charges"]), row_value(c, rows["current_charges"])),
    ]
    base = y + 16
    for label, value in lines:
        base += 15
        pen.text(x + 7, base, label, 8, fit=w - 90)
        pen.text(x + w - 7, base, value, 8.8, align="right")
        pen.line(x + 5, base + 4, x + w - 5, base + 4, color=LIGHT, width=0.4)
    base += 10
    pen.rect(x, base, w, 52, fill=pen.pale)
    due = rows["amount_due"]
    pen.text(x + 7, base + 15, row_label(c, due), 9, bold=True)
    pen.text(
        x + w - 7, base + 33, row_value(c, due), 16, bold=True, align="right", color=pen.accent
    )
    pen.text(x + 7, base + 33, f"{lab['due_date']}", 7.8, color=GREY)
    pen.text(x + 7, base + 42, fmt.date(doc.due_date), 8.8, bold=True)
    bottom = base + 52
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=1)
    return bottom


def _pr_reads(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    prior, now = ex["reads"]
    kind = lab["reading_estimated" if ex["estimated"] else "reading_real"]
    cells = [
        (lab["meter"], ex["meter"]),
        (f"{lab['read_prior']} ({fmt.date(doc.period[0])})", fmt.quantity(prior)),
        (f"{lab['read_now']} ({fmt.date(doc.period[1])})", fmt.quantity(now)),
        (lab["multiplier"], str(ex["constant"])),
        (lab["used"], f"{fmt.quantity(ex['usage'])} {ex['usage_unit']}"),
        (lab["reading_type"], kind),
    ]
    shares = (0.14, 0.22, 0.22, 0.1, 0.18, 0.14)
    x = c.margin
    for (label, value), share in zip(cells, shares, strict=True):
        w = c.width * share
        pen.rect(x, y, w, 13, fill=pen.pale)
        pen.rect(x, y, w, 28, stroke=pen.accent, width=0.5)
        pen.text(
            x + w / 2, y + 9.5, label, 6.6, bold=True, align="center", color=pen.accent, fit=w - 6
        )
        pen.text(x + w / 2, y + 24, value, 8.6, align="center", fit=w - 6)
        x += w
    return y + 28


def _pr_charges(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y + 9, lab["charges"].upper(), 8.5, bold=True, color=pen.accent)
    y += 14
    cols = _columns(c.margin, c.width, PR_COLS)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        pen.text(
            x + w - 4 if right else x + 4,
            y + 10,
            lab[key],
            7.4,
            bold=True,
            align="right" if right else "left",
            fit=w - 6,
        )
    y += 14
    pen.line(c.margin, y, c.right, y, width=0.5)
    for line in doc.lines:
        y += 12.5
        for key, x, w in cols:
            if key == "description":
                pen.text(x + 4, y, line.description, 8.6, fit=w - 8)
            elif key == "unit":
                pen.text(x + 4, y, _value_text(c, line, key), 8.6)
            else:
                pen.text(x + w - 4, y, _value_text(c, line, key), 8.6, align="right")
    y += 6
    pen.line(c.margin, y, c.right, y, width=0.5)
    for row in doc.totals:
        y += 14
        strong = row.key == "total"
        pen.text(cols[-1][1] - 8, y, row_label(c, row), 8.8, bold=strong, align="right")
        pen.text(
            c.right - 4, y, row_value(c, row), 9.4 if strong else 8.8, bold=strong, align="right"
        )
    return y + 4


def _pr_history(c: Ctx, y: float) -> float:
    """Thirteen months of usage, the oldest first, the billed month last."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    end = doc.period[1]
    names = months("es")
    pen.text(
        c.margin, y + 8, f"{lab['history']} - {ex['usage_unit']}", 7.6, bold=True, color=pen.accent
    )
    y += 12
    values = [*ex["history"], int(ex["usage"])]
    w = c.width / 13
    for k, value in enumerate(values):
        back = 12 - k
        year, month = divmod(end.month - 1 - back, 12)
        head = f"{names[month][:3].capitalize()}/{(end.year + year) % 100:02d}"
        x = c.margin + k * w
        last = k == len(values) - 1
        pen.rect(x, y, w, 12, fill=pen.accent if last else pen.pale)
        pen.text(
            x + w / 2, y + 8.6, head, 6.6, align="center", color=pen.on_accent if last else BLACK
        )
        pen.text(x + w / 2, y + 22, fmt.quantity(Decimal(value)), 7, align="center", bold=last)
        pen.rect(x, y, w, 26, stroke=LIGHT, width=0.5)
    return y + 26


def _pr_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    top = pen.height - PR_STUB
    pen.line(0, top, pen.width, top, color=GREY, width=0.8, dash=(5, 3))
    label = lab["stub"]
    wide = pen.measure(label, 7.5) + 16
    pen.rect(pen.width / 2 - wide / 2, top - 6, wide, 12, fill=white)
    pen.text(pen.width / 2, top + 3, label, 7.5, italic=True, align="center", color=GREY)
    y = top + 22
    pen.text(c.margin, y, doc.vendor_name, 10, bold=True, color=pen.accent, fit=280)
    pen.text(c.margin, y + 14, lab["remit_to"], 7.5, color=GREY)
    for k, line in enumerate(doc.remit_lines or []):
        pen.text(c.margin + 8, y + 25 + 10 * k, line, 8.8, fit=270)
    window = y + 25 + 10 * len(doc.remit_lines or []) + 14
    mark = 6.0
    for cx, dx in ((c.margin - 4, 1), (c.margin + 250, -1)):
        pen.line(cx, window - 9, cx + dx * mark, window - 9, color=GREY, width=0.5)
        pen.line(cx, window - 9, cx, window - 9 + mark, color=GREY, width=0.5)
    for k, line in enumerate(_customer(doc)):
        pen.text(c.margin, window + 10 * k, line, 8.6, fit=250)
    x = c.margin + 300
    w = c.right - x
    cells = [
        (lab["account_number"], doc.account_number or "", False),
        (lab["due_date"], fmt.date(doc.due_date), False),
        (lab["amount_due"], fmt.money(doc.due_amount), True),
        (lab["enclosed"], "", False),
    ]
    cy = top + 14
    for label, value, strong in cells:
        if strong:
            pen.rect(x, cy, w, 24, fill=pen.pale)
        pen.rect(x, cy, w, 24, stroke=pen.accent, width=0.6)
        pen.text(x + 5, cy + 9, label, 7, color=GREY, fit=w - 10)
        pen.text(x + w - 6, cy + 20, value, 10.5 if strong else 9, bold=strong, align="right")
        cy += 24
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    amount = int(cents(doc.due_amount) * 100)
    scan = f"{digits} {amount:010d} {doc.due_date:%Y%m%d} {_digest(doc.id, 'pr') % 97:02d}"
    pen.canvas.setFont("Courier", 8)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(x, pen.height - (cy + 16), scan)


# --- H98: a flooring installer's invoice ----------------------------------------------------

FL_MARGIN = 40.0
FL_COLS = (
    ("description", 0.0),
    ("quantity", 66.0),
    ("unit", 52.0),
    ("unit_price", 64.0),
    ("amount", 80.0),
)
FL_FOOT = 44.0
FL_LINE = 11.5


def _fl_rows(c: Ctx) -> list[tuple[str, bool, float, int, list[str]]]:
    """(kind, part, height, line index, wrapped text) for each table row: a section's
    heading, then its lines."""
    pen, doc = c.pen, c.doc
    desc_w = _columns(c.margin, c.width, FL_COLS)[0][2] - 10
    rows: list[tuple[str, bool, float, int, list[str]]] = []
    for part in (True, False):
        chosen = [k for k, line in enumerate(doc.lines) if line.part == part]
        if not chosen:
            continue
        rows.append(("head", part, 22.0, -1, []))
        for k in chosen:
            text = pen.wrap(doc.lines[k].description, 9.5, desc_w)
            rows.append(("line", part, FL_LINE * len(text) + 4, k, text))
    return rows


def render_flooring(doc: Document) -> tuple[bytes, int]:
    """One or two letter sheets: the firm's name over a double rule with its address on
    one line, the title and the details beside whom the invoice is to, a job box with the
    apartments floored, the materials and the installation as sections of one table, each
    heading with its section's total, and the totals under the table."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), FL_MARGIN)
    rows = _fl_rows(c)
    top = _fl_first(c)
    limit = pen.height - FL_FOOT - 16
    closing = _fl_closing_height(c)
    glued = {k for k, row in enumerate(rows) if row[0] == "head"}
    heights = [row[2] for row in rows]
    pages = paginate(heights, limit - top - 20, limit - 96 - 20, closing, glued)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _fl_later(c)
        _fl_foot(c, number, len(pages))
        y = _fl_table(c, rows, first, end, top)
        if number < len(pages):
            pen.text(c.right, y + 16, c.labels["continued_footer"], 9, italic=True, align="right")
        else:
            _fl_closing(c, y + 8)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _fl_letterhead(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 46, doc.vendor_name, 22, bold=True, color=pen.accent, fit=c.width * 0.62)
    pen.text(
        c.right, 46, lab["tagline"], 9, italic=True, align="right", color=GREY, fit=c.width * 0.36
    )
    pen.line(c.margin, 54, c.right, 54, color=pen.accent, width=1.6)
    pen.line(c.margin, 57, c.right, 57, color=pen.accent, width=0.5)
    first = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    pen.text(c.margin + c.width / 2, 68, "  \u00b7  ".join(first), 8.6, align="center", fit=c.width)
    second = []
    if doc.vendor_email:
        second.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        second.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    if second:
        pen.text(
            c.margin + c.width / 2,
            79,
            "  \u00b7  ".join(second),
            8.2,
            align="center",
            color=GREY,
            fit=c.width,
        )
    return 84.0


def _fl_first(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    y = _fl_letterhead(c) + 14
    pen.text(c.margin, y + 14, lab["title"], 14, bold=True)
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
    w = 318.0 / 3
    for k, (label, value) in enumerate(pairs):
        row, col = divmod(k, 3)
        x = c.margin + col * w
        base = y + 34 + 27 * row
        pen.text(x, base, label.upper(), 6.8, bold=True, color=GREY, fit=w - 8)
        pen.text(x, base + 12, value, 10, bold=k == 0, fit=w - 8)
    details = y + 34 + 27 * ((len(pairs) - 1) // 3) + 16
    x = c.margin + 330
    pen.text(x, y + 10, lab["bill_to"].upper(), 7.5, bold=True, color=pen.accent)
    pen.line(x, y + 13, c.right, y + 13, color=pen.accent, width=0.5)
    customer = _customer(doc)
    for k, line in enumerate(customer):
        pen.text(x, y + 26 + 11.5 * k, line, 9.6, bold=k == 0, fit=c.right - x)
    y = max(details, y + 26 + 11.5 * (len(customer) - 1)) + 14
    # the job box: where the floors went in, which apartments and when
    site = doc.service_lines or []
    start, end = ex["installed"]
    facts = [
        f"{lab['units']}: {', '.join(ex['units'])}",
        f"{lab['installed']}: {fmt.cell_date(start)}"
        + (f" - {fmt.cell_date(end)}" if end != start else ""),
    ]
    body = max(len(site), 2) * 11.5
    height = 16 + body + 20
    pen.rect(c.margin, y, c.width, height, fill=pen.pale)
    pen.text(c.margin + 8, y + 12, lab["service_address"].upper(), 7.5, bold=True, color=pen.accent)
    for k, line in enumerate(site):
        pen.text(c.margin + 8, y + 25 + 11.5 * k, line, 9.6, bold=k == 0 and len(site) > 2, fit=240)
    half = c.margin + c.width / 2 + 10
    for k, line in enumerate(facts):
        pen.text(half, y + 25 + 11.5 * k, line, 9, fit=c.right - half - 8)
    pen.text(
        c.margin + 8,
        y + height - 6,
        lab["measure_note"],
        7.4,
        italic=True,
        color=GREY,
        fit=c.width - 16,
    )
    return y + height + 14


def _fl_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 46, doc.vendor_name, 13, bold=True, color=pen.accent, fit=280)
    ref = f"{lab['invoice_number']} {doc.invoice_number} ({lab['continued_header']})"
    pen.text(c.right, 46, ref, 9, align="right")
    pen.line(c.margin, 54, c.right, 54, color=pen.accent, width=1.6)
    pen.line(c.margin, 57, c.right, 57, color=pen.accent, width=0.5)
    return 76.0


def _fl_foot(c: Ctx, number: int, count: int) -> None:
    pen = c.pen
    base = pen.height - FL_FOOT + 18
    pen.line(c.margin, base - 10, c.right, base - 10, color=LIGHT, width=0.5)
    pen.text(c.margin, base, c.doc.vendor_name, 7.5, color=GREY)
    if count > 1:
        pen.text(c.right, base, c.labels["page"].format(n=number, m=count), 8, align="right")


def _fl_table(
    c: Ctx, rows: list[tuple[str, bool, float, int, list[str]]], first: int, end: int, y: float
) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    cols = _columns(c.margin, c.width, FL_COLS)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        pen.text(
            x + w - 4 if right else x + 4,
            y + 12,
            lab[key].upper(),
            7.4,
            bold=True,
            align="right" if right else "left",
            fit=w - 6,
        )
    pen.line(c.margin, y + 16, c.right, y + 16, width=1)
    y += 20
    if rows[first][0] == "line":  # a section carried over: its heading again
        y = _fl_section(c, rows[first][1], y, f" ({lab['continued_header']})")
    for kind, part, height, index, text in rows[first:end]:
        if kind == "head":
            y = _fl_section(c, part, y, "")
            continue
        line = doc.lines[index]
        for k, piece in enumerate(text):
            pen.text(c.margin + 4, y + 10 + FL_LINE * k, piece, 9.5)
        for key, x, w in cols[1:]:
            if key == "unit":
                pen.text(x + 6, y + 10, _value_text(c, line, key), 9.2)
            else:
                pen.text(x + w - 4, y + 10, _value_text(c, line, key), 9.5, align="right")
        y += height
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4, dash=(1, 1.5))
    return y


def _fl_section(c: Ctx, part: bool, y: float, suffix: str) -> float:
    """A section's heading on a tinted band, its total on the right of the band."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(c.margin, y + 3, c.width, 16, fill=pen.pale)
    pen.rect(c.margin, y + 3, 4, 16, fill=pen.accent)
    pen.text(
        c.margin + 10,
        y + 14.5,
        lab["parts" if part else "labor"] + suffix,
        9,
        bold=True,
        color=pen.accent,
    )
    total = sum((line.amount for line in doc.lines if line.part == part), Decimal(0))
    said = f"{lab['section_total']} {fmt.money(total)}"
    pen.text(c.right - 4, y + 14.5, said, 8.6, italic=True, align="right")
    return y + 22


def _fl_closing_height(c: Ctx) -> float:
    pen, lab = c.pen, c.labels
    notes = 10 * len(pen.wrap(lab["notes"], 8, c.width * 0.9))
    return 16 + 16 * len(c.doc.totals) + 14 + notes + 30


def _fl_closing(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.line(c.margin, y, c.right, y, width=0.8)
    x0 = c.right - 260
    base = y + 4
    for row in doc.totals:
        base += 16
        strong = row.key in ("total", "amount_due")
        if row.key in ("total", "amount_due"):
            pen.line(x0 + 20, base - 11, c.right, base - 11, width=0.6)
        if row.key == "amount_due":
            pen.line(x0 + 20, base - 13, c.right, base - 13, width=0.6)
        pen.text(c.right - 96, base, row_label(c, row), 9.5, bold=strong, align="right", fit=164)
        pen.text(
            c.right - 4,
            base,
            row_value(c, row),
            10.5 if strong else 9.8,
            bold=strong,
            align="right",
        )
    y = base + 18
    end = _para(pen, c.margin, y, lab["notes"], 8, c.width * 0.9, italic=True, color=GREY)
    pen.text(c.margin, end + 16, lab["thanks"], 10.5, bold=True, italic=True, color=pen.accent)


# --- H99: a Mexican hardware store's counter ticket, IVA included ---------------------------

MX_TICKET_WIDTH = 227.0
MX_TICKET_MARGIN = 10.0


def render_iva_ticket(doc: Document) -> tuple[bytes, int]:
    """An 80 mm ticket as tall as its content."""
    sections = [_mx_head, _mx_items, _mx_totals, _mx_tail]
    return strip_slip(doc, MX_TICKET_WIDTH, MX_TICKET_MARGIN, 20.0, sections, 4000.0, 18)


def _mx_rule(c: Ctx, y: float) -> float:
    c.pen.line(c.margin, y, c.right, y, dash=(2, 1.5), width=0.5)
    return y


def _mx_centered(c: Ctx, y: float, text: str, size: float, **style) -> float:
    pen = c.pen
    for line in pen.wrap(text, size, c.width, bold=bool(style.get("bold"))):
        y += size + 2.2
        pen.text(pen.width / 2, y, line, size, align="center", **style)
    return y


def _mx_head(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    mid = pen.width / 2
    pen.text(mid, y, doc.vendor_name, 10.5, bold=True, align="center", fit=c.width)
    y += 3
    y = _mx_centered(c, y, f"{lab['branch']} {ex['branch']}", 7.2, bold=True)
    for line in doc.vendor_lines:
        y = _mx_centered(c, y, line, 7)
    y = _mx_centered(c, y, f"{lab['phone']}: {doc.vendor_phone}", 7)
    if doc.vendor_email:
        y = _mx_centered(c, y, f"{lab['email']}: {doc.vendor_email}", 6.8)
    if doc.vendor_tax_id:
        y = _mx_centered(c, y, f"{lab['tax_id']}: {doc.vendor_tax_id}", 7, bold=True)
    y = _mx_centered(c, y, f"{lab['regime']}: {ex['regime']}", 6.6)
    place = doc.vendor_lines[-1].rsplit(" ", 1)[-1]
    y = _mx_centered(c, y, f"{lab['place']}: C.P. {place}", 6.6)
    y = _mx_rule(c, y + 6)
    y += 13
    pen.text(mid, y, lab["receipt_title"], 9, bold=True, align="center")
    y += 13
    pen.text(c.margin, y, f"{lab['receipt_number']}: {doc.invoice_number}", 7.8, bold=True)
    y += 10
    pen.text(c.margin, y, fmt.date(doc.invoice_date), 7.4)
    pen.text(c.right, y, f"{lab['time']} {ex['time']}", 7.4, align="right")
    y += 9.5
    pen.text(
        c.margin,
        y,
        f"{lab['register']} {ex['register']}   {lab['cashier']}: {ex['cashier']}",
        7,
        color=GREY,
        fit=c.width,
    )
    y += 10.5
    if doc.customer_name:
        pen.text(c.margin, y, f"{lab['customer']} {ex['customer_code']}", 7.2)
        y += 9.5
        pen.text(c.margin, y, doc.customer_name, 7.2, bold=True, fit=c.width)
    else:
        pen.text(c.margin, y, f"{lab['customer']} {lab['public']}", 7.2)
    if ex.get("job"):
        y += 9.5
        pen.text(c.margin, y, f"{lab['job']}: {ex['job']}", 7.2, fit=c.width)
    return _mx_rule(c, y + 6)


def _mx_items(c: Ctx, y: float) -> float:
    """Column heads over two lines, then each item: its name, then the count and unit,
    the bar code, the price and the amount, IVA included."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    price_x = c.margin + 150
    y += 10
    pen.text(c.margin, y, lab["description"], 6.8, bold=True)
    y += 8.5
    pen.text(c.margin, y, lab["quantity"], 6.8, bold=True)
    pen.text(price_x, y, lab["unit_price"], 6.8, bold=True, align="right")
    pen.text(c.right, y, lab["amount"], 6.8, bold=True, align="right")
    y = _mx_rule(c, y + 4)
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        y += 10
        pen.text(c.margin, y, line.description, 7.4, fit=c.width)
        y += 9
        pen.text(c.margin + 4, y, f"{fmt.quantity(line.quantity)} {line.unit or ''}", 7.2)
        pen.text(c.margin + 52, y, line.code or "", 6, color=GREY)
        pen.text(price_x, y, fmt.rate(line.unit_price), 7.2, align="right")
        pen.text(c.right, y, fmt.amount(line.amount), 7.2, align="right")
    return _mx_rule(c, y + 6)


def _mx_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    rows = {row.key: row for row in doc.totals}
    y += 15
    pen.text(c.margin, y, row_label(c, rows["total"]), 9, bold=True)
    pen.text(c.right, y, row_value(c, rows["total"]), 10, bold=True, align="right")
    y += 10
    pen.text(c.margin, y, lab["words"] + ":", 6.4, color=GREY)
    for piece in pen.wrap(amount_words_es(doc.total, doc.currency), 6.6, c.width):
        y += 8.2
        pen.text(c.margin, y, piece, 6.6)
    # pieces: what is sold by the metre counts once
    counts = [Decimal(1) if line.unit == "M" else line.quantity or Decimal(0) for line in doc.lines]
    units = sum(counts, Decimal(0))
    y += 11
    pen.text(c.margin, y, f"{lab['items_sold']}: {fmt.quantity(units)}", 7)
    y = _mx_rule(c, y + 5)
    y += 11
    pen.text(c.margin, y, lab["pay_head"], 7.2, bold=True)
    total = doc.total
    y += 9.5
    if ex["paid"] == "cash":
        pen.text(c.margin + 4, y, lab["cash"], 7.2)
        y += 9
        pen.text(c.margin + 4, y, lab["received"], 7.2)
        pen.text(c.right, y, fmt.amount(ex["handed"]), 7.2, align="right")
        y += 9
        pen.text(c.margin + 4, y, lab["change"], 7.2)
        pen.text(c.right, y, fmt.amount(ex["handed"] - total), 7.2, align="right")
    else:
        pen.text(c.margin + 4, y, lab[ex["paid"]], 7.2)
        pen.text(c.right, y, fmt.amount(total), 7.2, align="right")
        y += 9
        said = lab["card_ref"].format(last4=ex["card_last4"], auth=ex["auth"])
        pen.text(c.margin + 4, y, said, 6.8, color=GREY)
    y = _mx_rule(c, y + 5)
    y += 11
    pen.text(c.margin, y, lab["tax_head"], 7, bold=True)
    y += 9.5
    tax = rows["tax"]
    pen.text(c.margin + 4, y, row_label(c, tax), 7.2)
    pen.text(c.right, y, row_value(c, tax), 7.2, align="right")
    y += 9
    pen.text(c.margin + 4, y, lab["prices_note"], 6.6, color=GREY)
    return _mx_rule(c, y + 5)


def _mx_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    words = [w for w in doc.vendor_name.split() if len(w) > 2]
    site = f"www.{ascii_slug(''.join(words))}.com.mx/facturacion"
    note = lab["invoice_note"].format(site=site, code=ex["code"])
    y = _mx_centered(c, y + 4, note, 6.4)
    size = 56.0
    _qr(pen, pen.width / 2 - size / 2, y + 8, size, _digest(doc.id, "factura"))
    y += size + 16
    y = _mx_centered(c, y, lab["receipt_thanks"], 6.6, bold=True)
    return y + 4


# --- H100: an alarm company's recurring services invoice -----------------------------------

MON_MARGIN = 36.0
MON_COUPON = 150.0  # the remittance coupon's height under its cut line
MON_COLS = (
    ("site", 112.0),
    ("description", 0.0),
    ("quantity", 48.0),
    ("unit_price", 72.0),
    ("amount", 80.0),
)


def render_monitoring(doc: Document) -> tuple[bytes, int]:
    """One letter page: the firm's letterhead with its main office on the left, the title
    over a framed grid of the invoice's details on the right, the subscriber and the
    protected premises in two tabbed boxes, the coverage on a bar, the services site by
    site, the totals beside the notes, and a remittance coupon to the lockbox."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), MON_MARGIN)
    left = _mon_letterhead(c)
    right = _mon_details(c, 28.0)
    y = _mon_parties(c, max(left, right) + 14)
    y = _mon_coverage(c, y + 10)
    y = _mon_table(c, y + 10)
    _mon_totals(c, y + 10)
    _mon_coupon(c)
    canvas.save()
    return buffer.getvalue(), 1


def _mon_letterhead(c: Ctx) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, 28, 42, initials(doc.vendor_name))
    x = c.margin + 52
    pen.text(x, 46, doc.vendor_name, 14.5, bold=True, color=pen.accent, fit=250)
    pen.text(x, 58, lab["tagline"], 7.2, color=GREY, fit=250)
    y = 84.0
    pen.text(c.margin, y, lab["office"].upper(), 6.8, bold=True, color=GREY)
    lines = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    lines.append(f"{lab['license']} {ex['license']}")
    for k, line in enumerate(lines):
        pen.text(c.margin, y + 11 + 10 * k, line, 8.4, fit=280)
    return y + 11 + 10 * (len(lines) - 1)


def _mon_details(c: Ctx, y: float) -> float:
    """The title on a dark bar over a framed grid: two details to a row, each a small
    label over its value."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    w = 236.0
    x = c.right - w
    pen.rect(x, y, w, 22, fill=pen.accent)
    pen.text(
        x + w / 2,
        y + 15,
        lab["title"],
        10.5,
        bold=True,
        align="center",
        color=pen.on_accent,
        fit=w - 10,
    )
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    pairs.append((lab["account_number"], doc.account_number or ""))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    half = w / 2
    top = y + 22
    rows = (len(pairs) + 1) // 2
    for k, (label, value) in enumerate(pairs):
        row, col = divmod(k, 2)
        cx, cy = x + col * half, top + 27 * row
        pen.text(cx + 6, cy + 10, label, 6.8, color=GREY, fit=half - 10)
        pen.text(cx + 6, cy + 22, value, 9.6, bold=True, fit=half - 12)
        if row:
            pen.line(x, cy, x + w, cy, color=LIGHT, width=0.5)
    pen.line(x + half, top, x + half, top + 27 * rows, color=LIGHT, width=0.5)
    pen.rect(x, y, w, 22 + 27 * rows, stroke=pen.accent, width=1)
    return top + 27 * rows


def _mon_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    gap = 14.0
    w = (c.width - gap) / 2
    blocks = [(lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or [])]
    height = 14 + 11.5 * max(len(lines) for _, lines in blocks) + 6
    for k, (heading, lines) in enumerate(blocks):
        x = c.margin + k * (w + gap)
        tab = pen.measure(heading.upper(), 7.2, bold=True) + 16
        pen.rect(x, y, tab, 13, fill=pen.accent)
        pen.text(x + 8, y + 9.5, heading.upper(), 7.2, bold=True, color=pen.on_accent)
        pen.rect(x, y + 13, w, height, stroke=pen.accent, width=0.8)
        for n, line in enumerate(lines):
            named = n == 0 and (k == 0 or len(lines) > 2)
            pen.text(x + 8, y + 28 + 11.5 * n, line, 9.2, bold=named, fit=w - 16)
    return y + 13 + height


def _mon_coverage(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    assert doc.period is not None
    start, end = doc.period
    cycle = lab["cycle_year" if ex["annual"] else "cycle_quarter"]
    pen.rect(c.margin, y, c.width, 20, fill=pen.pale)
    pen.rect(c.margin, y, 5, 20, fill=pen.accent)
    said = f"{lab['service_period']}: {fmt.date(start)}{lab['period_sep']}{fmt.date(end)}"
    pen.text(c.margin + 12, y + 13.5, said, 9.2, bold=True)
    rest = f"{lab['cycle']}: {cycle}     {lab['agreement']}: {ex['agreement']}"
    pen.text(c.right - 8, y + 13.5, rest, 8, align="right", color=GREY, fit=c.width - 250)
    return y + 20


def _mon_table(c: Ctx, y: float) -> float:
    pen, doc = c.pen, c.doc
    cols = _columns(c.margin, c.width, MON_COLS)
    y = _accent_heads(c, y, cols)
    desc_w = cols[1][2]
    groups: list[list[Line]] = []  # the lines of one site, in order
    for line in doc.lines:
        if not groups or (groups[-1][0].group, groups[-1][0].code) != (line.group, line.code):
            groups.append([])
        groups[-1].append(line)
    for n, lines in enumerate(groups):
        if n:
            pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.7)
        top = y
        for k, line in enumerate(lines):
            text = pen.wrap(line.description, 8.8, desc_w - 10)
            height = 11.0 * len(text) + 5
            if k == len(lines) - 1:  # the site's name and account need two lines
                height = max(height, top + 27 - y)
            for m, piece in enumerate(text):
                pen.text(cols[1][1] + 5, y + 11 + 11 * m, piece, 8.8)
            for key, x, w in cols[2:]:
                pen.text(x + w - 5, y + 11, _value_text(c, line, key), 8.8, align="right")
            y += height
            if k < len(lines) - 1:
                pen.line(cols[1][1], y, c.right, y, color=LIGHT, width=0.4)
        site = cols[0]
        pen.text(site[1] + 5, top + 11, lines[0].group or "", 8.4, bold=True, fit=site[2] - 8)
        pen.text(site[1] + 5, top + 21.5, f"# {lines[0].code}", 7.4, color=GREY)
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    return y


def _mon_totals(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    x0 = c.right - 250
    base = y
    for row in doc.totals:
        base += 15
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(x0, base - 11, c.right - x0, 16, fill=pen.pale)
        pen.text(c.right - 104, base, row_label(c, row), 8.8, bold=strong, align="right", fit=142)
        pen.text(
            c.right - 5, base, row_value(c, row), 9.6 if strong else 9, bold=strong, align="right"
        )
    end = _para(
        pen, c.margin, y + 14, lab["notes"], 7.4, x0 - c.margin - 20, italic=True, color=GREY
    )
    pen.text(
        c.margin, end + 14, lab["thanks"], 8.6, bold=True, color=pen.accent, fit=x0 - c.margin - 20
    )
    return max(base, end + 14)


def _mon_coupon(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    top = pen.height - MON_COUPON
    pen.line(0, top, pen.width, top, color=GREY, width=0.8, dash=(4, 3))
    pen.text(pen.width / 2, top + 11, lab["coupon"], 7.4, bold=True, align="center", color=GREY)
    y = top + 30
    pen.text(c.margin, y, lab["remit_to"].upper(), 7.2, bold=True, color=pen.accent)
    mark = 6.0
    box_top = y + 6
    for cx, dx in ((c.margin - 4, 1), (c.margin + 246, -1)):
        pen.line(cx, box_top, cx + dx * mark, box_top, color=GREY, width=0.5)
        pen.line(cx, box_top, cx, box_top + mark, color=GREY, width=0.5)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(c.margin + 4, y + 19 + 11 * k, line, 9.4, bold=k == 0, fit=236)
    x = c.margin + 290
    w = c.right - x
    cells = [
        (lab["account_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["amount_due"], fmt.money(doc.due_amount)),
    ]
    half = w / 2
    cy = top + 22
    for k, (label, value) in enumerate(cells):
        row, col = divmod(k, 2)
        cx, ry = x + col * half, cy + 26 * row
        strong = k == 3
        if strong:
            pen.rect(cx, ry, half, 26, fill=pen.pale)
        pen.rect(cx, ry, half, 26, stroke=pen.accent, width=0.6)
        pen.text(cx + 5, ry + 9, label, 6.8, color=GREY, fit=half - 10)
        pen.text(
            cx + half - 6,
            ry + 21,
            value,
            10 if strong else 9,
            bold=strong,
            align="right",
            fit=half - 12,
        )
    ry = cy + 52
    pen.rect(x, ry, w, 24, stroke=pen.accent, width=0.6)
    pen.text(x + 5, ry + 15, lab["enclosed"], 8, color=GREY)
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    number = "".join(ch for ch in doc.invoice_number if ch.isdigit())
    amount = int(cents(doc.due_amount) * 100)
    scan = f"{digits}{number[-6:]:>06} {amount:09d} {_digest(doc.id, 'mon') % 10}"
    pen.canvas.setFont("Courier", 8.5)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(x, pen.height - (ry + 42), scan)
    _bars(pen, c.margin + 4, top + MON_COUPON - 30, 180, 14, _digest(doc.id, "coupon"))
