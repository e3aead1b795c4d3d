"""Whole pages of the layouts added with H176-H180: an office-equipment dealer's monthly
meter invoice for copiers, a plumbing firm's invoice for yearly backflow assembly tests,
a pool company's monthly invoice with its visit log, a Mexican contractor's CFDI as the
tax authority's free invoicing service prints it, and a Puerto Rican hardware store's
charge-account invoice typed on its pre-printed form."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth

from samples.document import Document, Line
from samples.formats import cents
from samples.pdf_base import (
    BLACK,
    FAMILIES,
    GREY,
    LIGHT,
    Fmt,
    Pen,
    column_start,
    draw_logo,
    initials,
)
from samples.pdf_blocks import Ctx
from samples.pdf_more import _bars, _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para, _qr
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]
FIGURES = (
    "quantity",
    "unit_price",
    "amount",
    "begin",
    "end",
    "allowance",
    "list_price",
    "discount_rate",
    "discount",
)
RED = HexColor("#b3261e")


def _rotated(pen: Pen, x: float, y: float, text: str, size: float, **style: object) -> None:
    """``text`` turned a quarter to the left (read bottom to top), its baseline at ``x``,
    centred on ``y`` (top-left coordinates)."""
    canvas = pen.canvas
    canvas.saveState()
    canvas.translate(x, pen.height - y)
    canvas.rotate(90)
    bold = bool(style.get("bold"))
    color = style.get("color", BLACK)
    fit = style.get("fit")
    size *= pen.scale
    wide = stringWidth(text, pen.font(bold), size)
    if isinstance(fit, float | int) and wide > fit:
        size *= fit / wide
    canvas.setFillColor(color)  # type: ignore[arg-type]
    canvas.setFont(pen.font(bold), size)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()


def _desc(pen: Pen, line: Line, size: float, width: float) -> list[str]:
    return pen.wrap(line.description, size, width - 8)


# --- H176: an office-equipment dealer's monthly meter invoice -----------------------------

CM_MARGIN = 36.0
CM_COLS = (
    ("description", 0.0),
    ("begin", 62.0),
    ("end", 62.0),
    ("allowance", 46.0),
    ("quantity", 54.0),
    ("unit_price", 52.0),
    ("amount", 68.0),
)
CM_LINE = 12.5
CM_GROUP = 16.0
CM_CLOSE = 196.0


def render_meter_copier(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a copier dealer's business system prints its meter invoice: the
    dealer's mark, name, line of business and address on the left, the title over ruled
    cells (document number, run date, customer number, page) on the right; the bill-to
    beside the equipment location; a strip of the agreement, meter period, terms, due
    date and order; then device by device a tinted band (equipment ID, model, serial,
    location) over its base charge and its meters with begin and end reads, copies
    included and billable, rate and extension; the totals in a ruled column on the right
    of the meter notes, and the remit-to box at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), CM_MARGIN)
    cols = _columns(c.margin, c.width, CM_COLS)
    rows: list[tuple[str, Any]] = []
    glued: list[int] = []
    for equipment, model, serial, place in doc.extras["devices"]:
        glued.append(len(rows))
        rows.append(("group", (equipment, model, serial, place)))
        rows += [("line", k) for k, line in enumerate(doc.lines) if line.group == equipment]
    heights = [CM_GROUP if kind == "group" else CM_LINE for kind, _ in rows]
    top = _cm_head(c, 1, 1, measure=True)
    bottom = pen.height - 40
    pages = paginate(heights, bottom - top - 18, bottom - 96 - 18, CM_CLOSE, glued)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
        y = _cm_head(c, number, len(pages)) if number == 1 else _cm_later(c, number, len(pages))
        y = _cm_table_head(c, cols, y)
        for kind, payload in rows[start:end]:
            y = _cm_group(c, payload, y) if kind == "group" else _cm_line(c, cols, payload, y)
        pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.8)
        if number == len(pages):
            _cm_close(c, y + 10)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 7.5, italic=True, align="right")
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(c.right, pen.height - 22, said, 7, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _cm_head(c: Ctx, number: int, count: int, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    bill, site = _customer(doc), list(doc.service_lines or [])
    parties_top = 128.0
    block = 16 + 10.5 * max(len(bill), len(site))
    strip_top = parties_top + block + 8
    if measure:
        return strip_top + 26 + 12
    draw_logo(pen, doc.logo, c.margin, 28, 38, initials(doc.vendor_name))
    pen.text(c.margin + 46, 44, doc.vendor_name, 15, bold=True, fit=300)
    pen.text(c.margin + 46, 56, lab["tagline"], 7.2, color=GREY, fit=300)
    pen.text(c.margin, 80, "  |  ".join(doc.vendor_lines), 7.8, fit=330)
    contact = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    pen.text(c.margin, 91, "  |  ".join(contact), 7.8, fit=330)
    box_x, box_w = c.right - 200, 200.0
    pen.text(c.right, 40, lab["title"], 15, bold=True, align="right", color=pen.accent)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["customer_number"], doc.account_number or ""),
        (lab["page"].split(" {")[0], f"{number} of {count}"),
    ]
    for k, (label, value) in enumerate(pairs):
        y = 48 + 15 * k
        pen.rect(box_x, y, 92, 15, fill=pen.pale, stroke=pen.accent, width=0.5)
        pen.rect(box_x + 92, y, box_w - 92, 15, stroke=pen.accent, width=0.5)
        pen.text(box_x + 4, y + 10.5, label, 7.4, bold=True, fit=86)
        pen.text(c.right - 5, y + 10.5, value, 8.6, align="right", fit=box_w - 100)
    half = (c.width - 14) / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], site))):
        x = c.margin + k * (half + 14)
        pen.text(x, parties_top, head.upper(), 7.2, bold=True, color=pen.accent)
        pen.line(x, parties_top + 3, x + half, parties_top + 3, color=pen.accent, width=0.6)
        for n, text in enumerate(lines):
            pen.text(x + 2, parties_top + 15 + 10.5 * n, text, 8.6, bold=n == 0, fit=half - 4)
    cells = [(lab["agreement"], ex["agreement"])]
    if doc.period:
        cells.append((lab["service_period"], fmt.period(*doc.period, lab["period_sep"])))
    if doc.terms:
        cells.append((lab["terms"], doc.terms))
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.po_number:
        cells.append((lab["po_number"], doc.po_number))
    each = c.width / len(cells)
    for k, (label, value) in enumerate(cells):
        x = c.margin + each * k
        pen.rect(x, strip_top, each, 26, stroke=GREY, width=0.5)
        pen.text(x + 4, strip_top + 9, label.upper(), 6.2, color=GREY, fit=each - 8)
        pen.text(x + 4, strip_top + 21, value, 8.6, bold=True, fit=each - 8)
    return strip_top + 26 + 12


def _cm_later(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 11, bold=True)
    said = f"{lab['invoice_number']} {doc.invoice_number}   {lab['customer_number']} "
    pen.text(c.right, 44, said + (doc.account_number or ""), 8, align="right")
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=0.8)
    return 70.0


def _cm_table_head(c: Ctx, cols: Columns, y: float) -> float:
    pen = c.pen
    pen.rect(c.margin, y, c.width, 16, fill=pen.accent)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        pen.text(at, y + 11, c.labels[key], 7.4, bold=True, align=align, color=white, fit=w - 6)
    return y + 16


def _cm_group(c: Ctx, device: tuple[str, str, str, str], y: float) -> float:
    pen, lab = c.pen, c.labels
    equipment, model, serial, place = device
    pen.rect(c.margin, y + 2, c.width, CM_GROUP - 3, fill=pen.pale)
    parts = [
        (lab["equipment"], equipment),
        (lab["model"], model),
        (lab["serial"], serial),
        (lab["location"], place),
    ]
    x = c.margin + 4
    for label, value in parts:
        pen.text(x, y + 11.5, f"{label}:", 7, bold=True, color=GREY)
        x += pen.measure(f"{label}:", 7, bold=True) + 3
        pen.text(x, y + 11.5, value, 7.8, bold=True)
        x += pen.measure(value, 7.8, bold=True) + 14
    return y + CM_GROUP


def _cm_line(c: Ctx, cols: Columns, index: int, y: float) -> float:
    pen, fmt = c.pen, c.fmt
    line = c.doc.lines[index]
    reads = c.doc.extras["reads"][index]
    values = {
        "description": line.description,
        "begin": f"{reads[0]:,}" if reads else "",
        "end": f"{reads[1]:,}" if reads else "",
        "allowance": f"{reads[2]:,}" if reads else "",
        "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
        "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
        "amount": fmt.amount(line.amount),
    }
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        indent = 10 if key == "description" else 0
        pen.text(at + indent, y + 9.5, values[key], 8, align=align, fit=w - 8 - indent)
    pen.line(c.margin, y + CM_LINE, c.right, y + CM_LINE, color=LIGHT, width=0.3)
    return y + CM_LINE


def _cm_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 220.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        last = k == len(doc.totals) - 1
        at = y + 15 * k
        if last:
            pen.rect(x, at, w, 17, stroke=BLACK, width=1.0, fill=pen.pale)
        else:
            pen.line(x, at + 15, c.right, at + 15, color=LIGHT, width=0.5)
        pen.text(x + 5, at + 11, row_label(c, row), 8.4, bold=last, fit=w * 0.6)
        pen.text(c.right - 5, at + 11, row_value(c, row), 8.8, bold=last, align="right")
    note_w = c.width - w - 24
    read = f"{lab['read_by']}: {ex['read_by']}    {lab['read_on']}: {fmt.date(ex['read_on'])}"
    pen.text(c.margin, y + 10, read, 7.6, bold=True)
    at = _para(pen, c.margin, y + 23, lab["meter_note"], 7, note_w, color=GREY)
    contact = " / ".join(part for part in (doc.vendor_phone, doc.vendor_email) if part)
    at = _para(pen, c.margin, at + 11, lab["submit"].format(contact=contact), 7, note_w)
    box_top = max(y + 15 * len(doc.totals) + 14, at + 14)
    pen.rect(c.margin, box_top, c.width, 62, stroke=GREY, width=0.6)
    pen.line(c.margin + 170, box_top, c.margin + 170, box_top + 62, color=GREY, width=0.6)
    pen.text(c.margin + 6, box_top + 12, lab["remit_to"].upper(), 7, bold=True, color=pen.accent)
    remit = [doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]
    for k, text in enumerate(remit):
        pen.text(c.margin + 6, box_top + 24 + 10 * k, text, 8, bold=k == 0, fit=160)
    payable = lab["payable"].format(vendor=doc.vendor_name)
    at = _para(pen, c.margin + 178, box_top + 13, payable, 7.4, c.width - 186)
    _para(pen, c.margin + 178, at + 11, lab["late"], 7, c.width - 186, color=GREY)


# --- H177: a plumbing firm's invoice for yearly backflow tests ----------------------------

BF_MARGIN = 46.0
BF_ASSEMBLY = (
    ("place", 0.0),
    ("type", 34.0),
    ("size", 38.0),
    ("make", 76.0),
    ("serial", 60.0),
    ("check", 44.0),
    ("relief", 48.0),
    ("result", 70.0),
)
BF_CHARGES = (("description", 0.0), ("quantity", 40.0), ("unit_price", 70.0), ("amount", 80.0))


def render_backflow_test(doc: Document) -> tuple[bytes, int]:
    """One letter page in a serif face: the plumbing firm's name in capitals with its
    trade, address, numbers and licences; a framed invoice box (number, date, test date,
    due date, terms, order); bill-to beside the test site; the assemblies tested in a
    ruled grid with its caption turned on its side (location, type, size, make, serial,
    readings and result); the charges between two rules; the tester's certificate, the
    filing and the next test date beside the totals; the firm's address at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), BF_MARGIN)
    lab, fmt, ex = c.labels, c.fmt, doc.extras
    pen.text(c.margin, 52, doc.vendor_name.upper(), 18, bold=True, color=pen.accent, fit=300)
    pen.text(c.margin, 66, lab["trade"], 9, italic=True)
    pen.text(c.margin, 79, ", ".join(doc.vendor_lines), 9, fit=310)
    contact = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    pen.text(c.margin, 91, "   ".join(contact), 9, fit=310)
    licence = f"{lab['license'].format(n=ex['license'])}   ·   {ex['tester_cert']}"
    pen.text(c.margin, 103, licence, 8, color=GREY, fit=310)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["tested"], fmt.date(ex["tested"])),
    ]
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    box_w = 210.0
    box_x = c.right - box_w
    pen.rect(box_x, 34, box_w, 20 + 14 * len(pairs) + 6, stroke=BLACK, width=1.0)
    pen.rect(box_x, 34, box_w, 20, fill=pen.accent)
    pen.text(box_x + box_w / 2, 49, lab["title"], 13, bold=True, align="center", color=white)
    for k, (label, value) in enumerate(pairs):
        at = 68 + 14 * k
        pen.text(box_x + 7, at, label, 8.6)
        pen.text(c.right - 7, at, value, 9, bold=True, align="right", fit=box_w - 110)
    y = max(112.0, 34 + 20 + 14 * len(pairs) + 6) + 10
    pen.line(c.margin, y, c.right, y, width=1.2)
    pen.line(c.margin, y + 2.5, c.right, y + 2.5, width=0.4)
    bill, site = _customer(doc), list(doc.service_lines or [])
    half = c.width / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], site))):
        x = c.margin + k * half
        pen.text(x, y + 18, f"{head}:", 9, bold=True, italic=False)
        for n, text in enumerate(lines):
            pen.text(x + 62, y + 18 + 12 * n, text, 9.5, fit=half - 70)
    y += 18 + 12 * max(len(bill), len(site)) + 12
    y = _bf_assemblies(c, y)
    y = _bf_charges(c, y + 20)
    _bf_close(c, y + 8)
    foot = "  ·  ".join([doc.vendor_name, *doc.vendor_lines])
    pen.line(c.margin, pen.height - 44, c.right, pen.height - 44, color=GREY, width=0.5)
    pen.text(pen.width / 2, pen.height - 32, foot, 7.5, align="center", color=GREY, fit=c.width)
    canvas.save()
    return buffer.getvalue(), 1


def _bf_assemblies(c: Ctx, y: float) -> float:
    pen, lab = c.pen, c.labels
    rows = c.doc.extras["assemblies"]
    band = 16.0
    cols = _columns(c.margin + band + 4, c.width - band - 4, BF_ASSEMBLY)
    height = 15 + 13 * max(4, len(rows))  # the grid has four rows at least
    pen.rect(c.margin, y, band, height, fill=pen.pale, stroke=BLACK, width=0.6)
    _rotated(
        pen, c.margin + band - 5, y + height / 2, lab["caption"], 6.4, bold=True, fit=height - 6
    )
    left = cols[0][1]
    pen.rect(left, y, c.right - left, height, stroke=BLACK, width=0.6)
    pen.line(left, y + 15, c.right, y + 15, width=0.6)
    for key, x, w in cols:
        if x > left:
            pen.line(x, y, x, y + height, color=GREY, width=0.4)
        pen.text(x + 3, y + 10.5, lab[key], 7, bold=True, fit=w - 5)
    for k, (where, kind, size, make, serial, passed, psi) in enumerate(rows):
        base = y + 15 + 13 * k + 9.5
        values = {
            "place": where,
            "type": kind,
            "size": size,
            "make": make,
            "serial": serial,
            "check": psi[0],
            "relief": psi[1],
            "result": lab["pass"] if passed else lab["fail"],
        }
        for key, x, w in cols:
            pen.text(x + 3, base, values[key], 7.8, bold=key == "result", fit=w - 5)
    for k in range(1, max(4, len(rows))):
        pen.line(left, y + 15 + 13 * k, c.right, y + 15 + 13 * k, color=LIGHT, width=0.3)
    return y + height


def _bf_charges(c: Ctx, y: float) -> float:
    pen, lab, fmt = c.pen, c.labels, c.fmt
    pen.text(c.margin, y, lab["charges"], 9, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, BF_CHARGES)
    y += 6
    pen.line(c.margin, y, c.right, y, width=0.9)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        pen.text(at, y + 11, lab[key], 8.6, bold=True, align=align)
    y += 15
    pen.line(c.margin, y, c.right, y, width=0.5)
    for line in c.doc.lines:
        wrapped = _desc(pen, line, 9, cols[0][2])
        for n, part in enumerate(wrapped):
            pen.text(c.margin + 4, y + 11 + 11 * n, part, 9)
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols[1:]:
            pen.text(x + w - 4, y + 11, values[key], 9, align="right")
        y += 11 * len(wrapped) + 3
    pen.line(c.margin, y + 2, c.right, y + 2, width=0.9)
    return y + 2


def _bf_close(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    w = 236.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        at = y + 8 + 14 * k
        strong = row.key in ("total", "amount_due")
        if row.key == "amount_due":
            pen.rect(x, at - 2, w, 15, fill=pen.pale)
        pen.text(x + 6, at + 9, row_label(c, row), 9, bold=strong, fit=w * 0.62)
        pen.text(c.right - 6, at + 9, row_value(c, row), 9.5, bold=strong, align="right")
    note_w = c.width - w - 22
    tester = lab["tester"].format(
        name=ex["tester"],
        cert=ex["tester_cert"],
        gauge=ex["gauge"],
        date=fmt.date(ex["calibrated"]),
    )
    at = _para(pen, c.margin, y + 16, tester, 8, note_w)
    city = (doc.service_lines or ["", ""])[-1].split(",")[0]
    at = _para(pen, c.margin, at + 12, lab["filed"].format(city=city), 8, note_w, italic=True)
    following = ex["tested"] + timedelta(days=365)
    pen.text(c.margin, at + 14, lab["next"].format(date=fmt.date(following)), 8.5, bold=True)
    pen.text(c.margin, at + 28, lab["thanks"], 9, italic=True)


# --- H178: a pool company's monthly invoice with its visit log ----------------------------

PL_MARGIN = 40.0
PL_COLS = (
    ("description", 0.0),
    ("quantity", 46.0),
    ("unit", 44.0),
    ("unit_price", 62.0),
    ("amount", 76.0),
)
PL_LOG = (
    ("log_date", 82.0),
    ("log_tech", 66.0),
    ("fc", 40.0),
    ("ph", 30.0),
    ("ta", 42.0),
    ("cya", 32.0),
    ("added", 0.0),
)
PL_LOG_ROW = 12.0


def render_pool_chem_log(doc: Document) -> tuple[bytes, int]:
    """Letter pages in Vera as a pool company's route software prints its invoice: a
    teal band with the company and the invoice number; the address and numbers under it
    beside the invoice's pairs (number, date, account, service month, terms, due, order);
    the customer beside the pool's location with the pool's volume, permit and route; the
    month's charges (visits, chemicals, a filter clean) with the totals stacked under
    them; the payment link; then the service log, visit by visit, with the technician,
    the readings and what was added, running onto a second page when it is long."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PL_MARGIN)
    visits = doc.extras["visits"]
    y = _pl_head(c)
    y = _pl_charges(c, y)
    y = _pl_totals(c, y + 6)
    bottom = pen.height - 46
    first_room = int((bottom - y - 48) // PL_LOG_ROW)
    if first_room >= len(visits):
        chunks = [visits]
    elif first_room >= 3:
        chunks = [visits[:first_room], visits[first_room:]]
    else:
        chunks = [[], visits]
    count = len(chunks)
    for number, chunk in enumerate(chunks, start=1):
        if number > 1:
            _pl_foot(c, number - 1, count)
            canvas.showPage()
            y = _pl_later(c)
        if chunk:
            y = _pl_log(c, y + 22, chunk, number > 1)
        if number == count:
            _para(pen, c.margin, y + 16, c.labels["ranges"], 7.4, c.width, color=GREY)
        elif chunk:
            pen.text(c.right, y + 14, c.labels["continued"], 7.4, italic=True, align="right")
    _pl_foot(c, count, count)
    canvas.save()
    return buffer.getvalue(), count


def _pl_head(c: Ctx) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pen.rect(0, 0, pen.width, 66, fill=pen.accent)
    pen.text(c.margin, 34, doc.vendor_name, 18, bold=True, color=white, fit=330)
    contact = [doc.vendor_phone or ""]
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    pen.text(c.margin, 51, "   ".join(contact), 8.5, color=white)
    pen.text(c.right, 34, lab["title"], 20, bold=True, align="right", color=white)
    pen.text(c.right, 51, f"#{doc.invoice_number}", 10, align="right", color=white)
    for k, text in enumerate(doc.vendor_lines):
        pen.text(c.margin, 84 + 10.5 * k, text, 8.2, color=GREY)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["customer_number"], doc.account_number or ""),
    ]
    if doc.period:
        pairs.append((lab["service_period"], fmt.period(*doc.period, lab["period_sep"])))
    if doc.terms:
        pairs.append((lab["terms"], doc.terms))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    for k, (label, value) in enumerate(pairs):
        at = 84 + 12 * k
        pen.text(c.right - 150, at, label, 8, color=GREY, align="right")
        pen.text(c.right - 142, at, value, 8.4, bold=True, fit=142)
    y = max(84 + 10.5 * len(doc.vendor_lines), 84 + 12 * len(pairs)) + 12
    bill, site = _customer(doc), list(doc.service_lines or [])
    half = (c.width - 20) / 2
    pool = lab["pool"].format(gallons=f"{ex['gallons']:,}", permit=ex["permit"], route=ex["route"])
    for k, (head, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], site))):
        x = c.margin + k * (half + 20)
        pen.rect(x, y, half, 15, fill=pen.pale)
        pen.text(x + 6, y + 10.5, head, 8.2, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(x + 6, y + 28 + 11 * n, text, 8.8, fit=half - 12)
    pen.text(c.margin + half + 26, y + 28 + 11 * len(site), pool, 7.2, color=GREY, fit=half - 12)
    return y + 28 + 11 * max(len(bill), len(site) + 1) + 8


def _pl_charges(c: Ctx, y: float) -> float:
    pen, fmt, lab = c.pen, c.fmt, c.labels
    cols = _columns(c.margin, c.width, PL_COLS)
    for key, x, w in cols:
        at, align = column_start(key, x, w, FIGURES)
        pen.text(at, y + 10, lab[key], 8, bold=True, align=align, color=pen.accent)
    y += 14
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1.2)
    for line in c.doc.lines:
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit": line.unit or "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.money(line.amount),
        }
        wrapped = _desc(pen, line, 8.6, cols[0][2])
        for n, part in enumerate(wrapped):
            pen.text(c.margin + 4, y + 13 + 11 * n, part, 8.6)
        for key, x, w in cols[1:]:
            at, align = column_start(key, x, w, FIGURES)
            pen.text(at, y + 13, values[key], 8.6, align=align)
        y += 11 * len(wrapped) + 6
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _pl_totals(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 230.0
    x = c.right - w
    for k, row in enumerate(doc.totals):
        at = y + 13 + 14 * k
        last = row.key == "amount_due"
        if last:
            pen.rect(x, at - 10, w, 16, fill=pen.accent)
        color = white if last else BLACK
        pen.text(x + 6, at + 1, row_label(c, row), 8.6, bold=last, color=color, fit=w * 0.6)
        pen.text(c.right - 6, at + 1, row_value(c, row), 9, bold=True, color=color, align="right")
    link = lab["pay"].format(link=doc.extras["link"])
    at = _para(pen, c.margin, y + 14, link, 8, c.width - w - 30)
    pen.text(c.margin, at + 14, lab["thanks"], 8.4, italic=True, color=pen.accent)
    return max(y + 13 + 14 * len(doc.totals), at + 14)


def _pl_log(c: Ctx, y: float, visits: list, later: bool) -> float:
    pen, lab, fmt = c.pen, c.labels, c.fmt
    pen.text(c.margin, y, lab["log_head"].upper(), 9, bold=True, color=pen.accent)
    cols = _columns(c.margin, c.width, PL_LOG)
    y += 6
    pen.rect(c.margin, y, c.width, 14, fill=pen.pale)
    for key, x, w in cols:
        pen.text(x + 4, y + 10, lab[key], 7.4, bold=True, fit=w - 6)
    y += 14
    for k, (day, tech, readings, added) in enumerate(visits):
        if k % 2:
            pen.rect(c.margin, y, c.width, PL_LOG_ROW, fill=HexColor("#f4f6f6"))
        values = [fmt.date(day), tech, *readings, "; ".join(added) or "-"]
        for (_, x, w), value in zip(cols, values, strict=True):
            pen.text(x + 4, y + 8.8, value, 7.4, fit=w - 6)
        y += PL_LOG_ROW
    pen.line(c.margin, y, c.right, y, color=GREY, width=0.5)
    return y


def _pl_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 30, fill=pen.accent)
    pen.text(c.margin, 20, doc.vendor_name, 11, bold=True, color=white)
    said = f"{lab['title']} #{doc.invoice_number}"
    pen.text(c.right, 20, said, 9, align="right", color=white)
    return 44.0


def _pl_foot(c: Ctx, number: int, count: int) -> None:
    pen = c.pen
    if count > 1:
        said = c.labels["page"].format(n=number, m=count)
        pen.text(c.right, pen.height - 24, said, 7, align="right", color=GREY)


# --- H179: a Mexican contractor's CFDI as the free invoicing service prints it ------------

SP_MARGIN = 30.0
SP_COLS = (
    ("sat_key", 72.0),
    ("code", 56.0),
    ("quantity", 46.0),
    ("sat_unit", 44.0),
    ("unit", 70.0),
    ("unit_price", 66.0),
    ("amount", 66.0),
    ("discount", 48.0),
    ("tax_object", 0.0),
)
SP_TAX = (
    ("tax_kind", 50.0),
    ("tax_type", 50.0),
    ("tax_base", 70.0),
    ("tax_factor", 60.0),
    ("tax_rate", 66.0),
    ("tax_amount", 70.0),
)
PALE_GREY = HexColor("#e9e9e9")


def render_sat_portal_cfdi(doc: Document) -> tuple[bytes, int]:
    """One letter page, plain and grey, as the tax authority's free invoicing service
    prints a CFDI: the title; two columns of bold captions with their values (issuer's
    RFC and name, the number, the receiver's RFC, name, postal code, regime and use; the
    fiscal folio, the certificate, the place and moment of issue, the effect, regime and
    export); the concepts, each in a row of keys and figures with its description under
    it and its own transferred tax in a small table; the currency, form and method of
    payment beside the subtotal, the tax and the total; the seals, the QR square, the
    certification data and the legend."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), SP_MARGIN)
    lab, fmt, ex = c.labels, c.fmt, doc.extras
    pen.text(c.margin, 42, lab["title"], 16, bold=True)
    pen.line(c.margin, 50, c.right, 50, color=GREY, width=0.8)
    moment = f"{ex['place']} {fmt.date(doc.invoice_date)} {ex['time']}"
    left = [
        (lab["tax_id"], doc.vendor_tax_id or ""),
        (lab["issuer_name"], doc.vendor_name),
        (lab["invoice_number"], doc.invoice_number),
        (lab["customer_rfc"], ex["customer_rfc"]),
        (lab["customer_name"], doc.customer_name or ""),
        (lab["customer_zip"], ex["customer_zip"]),
        (lab["customer_regime"], lab["regime_value"]),
        (lab["use"], lab["use_value"]),
    ]
    right = [
        (lab["uuid"], ex["uuid"]),
        (lab["csd"], ex["certificate"]),
        (lab["place"], ex["place"]),
        (lab["invoice_date"], moment),
        (lab["type"], lab["type_value"]),
        (lab["regime"], lab["regime_value"]),
        (lab["export"], lab["export_value"]),
    ]
    if doc.terms:
        right.append((lab["terms"], doc.terms))
    half = c.width / 2
    for k, pairs in enumerate((left, right)):
        x = c.margin + k * (half + 6)
        for n, (label, value) in enumerate(pairs):
            at = 66 + 11.5 * n
            said = f"{label}:"
            pen.text(x, at, said, 7.2, bold=True)
            room = half - 12 - pen.measure(said, 7.2, bold=True)
            pen.text(x + pen.measure(said, 7.2, bold=True) + 4, at, value, 7.2, fit=room)
    y = 66 + 11.5 * max(len(left), len(right)) + 8
    pen.text(c.margin, y + 4, lab["concepts"], 9, bold=True)
    y += 10
    cols = _columns(c.margin, c.width, SP_COLS)
    pen.rect(c.margin, y, c.width, 20, fill=PALE_GREY)
    for key, x, w in cols:
        parts = pen.wrap(lab[key], 6.4, w - 6, bold=True)
        for n, part in enumerate(parts[:2]):
            pen.text(x + 3, y + 8 + 7.5 * n, part, 6.4, bold=True)
    y += 20
    for line, (key, unit_key, unit_name) in zip(doc.lines, ex["keys"], strict=True):
        y = _sp_concept(c, cols, line, (key, unit_key, unit_name), y)
    y = _sp_totals(c, y + 8)
    _sp_stamp(c, y + 12)
    canvas.save()
    return buffer.getvalue(), 1


def _sp_concept(c: Ctx, cols: Columns, line: Line, keys: tuple[str, str, str], y: float) -> float:
    pen, fmt, lab = c.pen, c.fmt, c.labels
    rate = c.doc.extras["tax_rate"]
    values = {
        "sat_key": keys[0],
        "code": line.code or "",
        "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
        "sat_unit": keys[1],
        "unit": keys[2],
        "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
        "amount": fmt.amount(line.amount),
        "discount": "",
        "tax_object": f"02 {lab['tax_object_value']}",
    }
    for key, x, w in cols:
        pen.text(x + 3, y + 10, values[key], 7, fit=w - 5)
    y += 13
    said = f"{lab['description']}:"
    pen.text(c.margin + 3, y + 8, said, 7, bold=True)
    x = c.margin + 6 + pen.measure(said, 7, bold=True)
    wrapped = pen.wrap(line.description, 7, c.right - x - 4)
    for n, part in enumerate(wrapped):
        pen.text(x, y + 8 + 9 * n, part, 7)
    y += 9 * len(wrapped) + 4
    tax_cols = _columns(c.margin + 70, 366, SP_TAX)
    for key, x, _ in tax_cols:
        pen.text(x + 3, y + 7, lab[key], 6.2, bold=True, color=GREY)
    tax = (
        "IVA",
        "Traslado",
        fmt.amount(line.amount),
        "Tasa",
        f"{rate:.6f}",
        fmt.amount(cents(line.amount * rate)),
    )
    for (_, x, _), value in zip(tax_cols, tax, strict=True):
        pen.text(x + 3, y + 15.5, value, 6.8)
    y += 21
    pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    return y


def _sp_totals(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    ex = doc.extras
    pairs = [
        (lab["currency"], lab["currency_value"]),
        (lab["form"], ex["paid_form"]),
        (lab["method"], ex["method"]),
    ]
    for n, (label, value) in enumerate(pairs):
        said = f"{label}:"
        pen.text(c.margin, y + 10 + 11.5 * n, said, 7.4, bold=True)
        pen.text(c.margin + pen.measure(said, 7.4, bold=True) + 4, y + 10 + 11.5 * n, value, 7.4)
    w = 220.0
    x = c.right - w
    for n, row in enumerate(doc.totals):
        at = y + 10 + 12.5 * n
        strong = row.key == "total"
        pen.text(x, at, row_label(c, row), 8, bold=True)
        pen.text(c.right, at, row_value(c, row), 8.4, bold=strong, align="right")
    return y + 10 + 12.5 * max(len(pairs), len(doc.totals))


def _hard_wrap(pen: Pen, text: str, size: float, width: float) -> list[str]:
    """``text`` with no spaces (a seal) cut into lines of ``width``, character by
    character."""
    lines, current = [], ""
    for char in text:
        if current and pen.measure(current + char, size) > width:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current]


def _sp_stamp(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    qr = 96.0
    _qr(pen, c.margin, y + 4, qr, _digest(ex["uuid"], doc.invoice_number))
    x = c.margin + qr + 12
    width = c.right - x
    stamped = f"{fmt.date(doc.invoice_date)}T{ex['stamped']}"
    chain = (
        f"||1.1|{ex['uuid']}|{stamped}|SAT970701NN3|{ex['seals'][0][:88]}|{ex['sat_certificate']}||"
    )
    blocks = [
        (lab["seal"], ex["seals"][0]),
        (lab["sat_seal"], ex["seals"][1]),
        (lab["chain"], chain),
    ]
    at = y + 8
    for label, text in blocks:
        pen.text(x, at, f"{label}:", 6.8, bold=True)
        lines = _hard_wrap(pen, text, 5.6, width)
        for n, part in enumerate(lines):
            pen.text(x, at + 8 + 6.8 * n, part, 5.6, color=GREY)
        at += 8 + 6.8 * len(lines) + 5
    facts = [
        (lab["pac"], "SAT970701NN3"),
        (lab["sat_csd"], ex["sat_certificate"]),
        (lab["stamped"], stamped),
    ]
    for label, value in facts:
        pen.text(x, at + 3, f"{label}: {value}", 6.8)
        at += 9
    foot = pen.height - 30
    pen.text(pen.width / 2, foot, lab["legend"], 7.4, align="center")
    pen.text(c.right, foot + 12, lab["page"].format(n=1, m=1), 6.8, align="right", color=GREY)


# --- H180: a Puerto Rican hardware store's charge-account invoice -------------------------

FC_MARGIN = 34.0
FC_COLS = (
    ("quantity", 38.0),
    ("unit", 34.0),
    ("item", 72.0),
    ("description", 0.0),
    ("list_price", 58.0),
    ("discount_rate", 34.0),
    ("unit_price", 58.0),
    ("amount", 66.0),
)
FC_ROWS = 24
FC_ROW = 13.0


def _use(pen: Pen, family: str) -> None:
    """Write on with ``family``: the form's printed face or the typewriter's."""
    pen.fonts = FAMILIES[family]
    pen.scale = 0.92 if family == "Courier" else 1.0


def _printed(pen: Pen, x: float, y: float, text: str, size: float, **style: object) -> None:
    """Text printed on the form itself: sans serif, in the form's ink unless told."""
    _use(pen, "Helvetica")
    style.setdefault("color", pen.accent)
    pen.text(x, y, text, size, **style)  # type: ignore[arg-type]
    _use(pen, "Courier")


def render_ferreteria_credito(doc: Document) -> tuple[bytes, int]:
    """One letter page: a hardware store's pre-printed charge form in green (the store's
    name and trade, address and numbers, the title box with the form's number in red,
    ruled cells for the date, time, account, clerk, order, terms and due date, boxes for
    sold-to and deliver-to, a ruled body of columns and the totals' boxes with the state
    and municipal IVU apart) with the sale typed into it in a typewriter face, a receipt
    signature line, the returns and late notes, and the copies' distribution printed
    sideways down the right edge."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), FC_MARGIN)
    lab, fmt, ex = c.labels, c.fmt, doc.extras
    ink = pen.accent
    _use(pen, "Helvetica")
    draw_logo(pen, doc.logo, c.margin, 28, 42, initials(doc.vendor_name))
    _use(pen, "Courier")
    _printed(pen, c.margin + 50, 46, doc.vendor_name.upper(), 16, bold=True, fit=300)
    _printed(pen, c.margin + 50, 58, lab["tagline"], 6.8, fit=300)
    _printed(pen, c.margin, 82, "  ·  ".join(doc.vendor_lines), 7.6, fit=340)
    contact = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    _printed(pen, c.margin, 93, "   ".join(contact), 7.6, fit=340)
    fiscal = [f"{lab['merchant']} {ex['merchant']}"]
    if doc.vendor_tax_id:
        fiscal.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    _printed(pen, c.margin, 104, "   ".join(fiscal), 7.2, fit=340)
    box_w = 190.0
    box_x = c.right - box_w
    pen.rect(box_x, 30, box_w, 78, stroke=ink, width=1.2)
    pen.rect(box_x, 30, box_w, 22, fill=ink)
    _printed(
        pen, box_x + box_w / 2, 45.5, lab["title"], 11.5, bold=True, align="center", color=white
    )
    _printed(pen, box_x + 8, 66, lab["invoice_number"], 7.4)
    _printed(
        pen, box_x + box_w / 2, 94, doc.invoice_number, 20, bold=True, align="center", color=RED
    )
    cells_top = 118.0
    first = [
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["time"], ex["time"]),
        (lab["customer_number"], doc.account_number or ""),
        (lab["clerk"], ex["clerk"]),
    ]
    second = [
        (lab["po_number"], doc.po_number or ""),
        (lab["terms"], doc.terms or ""),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
    ]
    for row, cells in enumerate((first, second)):
        each = c.width / len(cells)
        top = cells_top + 26 * row
        for k, (label, value) in enumerate(cells):
            x = c.margin + each * k
            pen.rect(x, top, each, 26, stroke=ink, width=0.6)
            _printed(pen, x + 4, top + 8.5, label.upper(), 5.8, fit=each - 8)
            pen.text(x + 6, top + 21, value, 9, bold=True, fit=each - 10)
    y = cells_top + 52 + 8
    bill = _customer(doc)
    site = [*(doc.service_lines or []), f"{lab['picker']}: {ex['picker']}"]
    half = (c.width - 10) / 2
    block = 16 + 11 * max(len(bill), len(site)) + 4
    for k, (head, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], site))):
        x = c.margin + k * (half + 10)
        pen.rect(x, y, half, block, stroke=ink, width=0.6)
        _printed(pen, x + 5, y + 9, head.upper(), 6.4, bold=True)
        for n, text in enumerate(lines):
            pen.text(x + 8, y + 22 + 11 * n, text, 8.6, fit=half - 14)
    y += block + 8
    y = _fc_body(c, y)
    _fc_totals(c, y + 6)
    _use(pen, "Helvetica")
    _rotated(pen, pen.width - 14, pen.height / 2, lab["copies"], 6.4, color=ink)
    _use(pen, "Courier")
    canvas.save()
    return buffer.getvalue(), 1


def _fc_body(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    ink = pen.accent
    cols = _columns(c.margin, c.width, FC_COLS)
    head = 16.0
    height = head + FC_ROWS * FC_ROW
    pen.rect(c.margin, y, c.width, head, fill=ink)
    pen.rect(c.margin, y, c.width, height, stroke=ink, width=0.8)
    for key, x, w in cols:
        if x > c.margin:
            pen.line(x, y, x, y + height, color=ink, width=0.5)
        at, align = column_start(key, x, w, FIGURES, 3)
        if key == "description":
            at, align = x + w / 2, "center"
        _printed(pen, at, y + 11, lab[key], 6.6, bold=True, align=align, color=white, fit=w - 4)
    for k in range(1, FC_ROWS):
        at = y + head + FC_ROW * k
        pen.line(c.margin, at, c.right, at, color=Color(0.75, 0.85, 0.78), width=0.3)
    row = 0
    desc_w = next(w for key, _, w in cols if key == "description")
    for line, (listed, rate) in zip(doc.lines, ex["lists"], strict=True):
        wrapped = pen.wrap(line.description, 8, desc_w - 6)
        base = y + head + FC_ROW * row + 9.5
        values = {
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit": line.unit or "",
            "item": line.code or "",
            "list_price": fmt.rate(listed),
            "discount_rate": fmt.percent(rate) if rate else "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for n, part in enumerate(wrapped):
            pen.text(cols[3][1] + 3, base + FC_ROW * n, part, 8)
        for key, x, w in cols:
            if key != "description":
                at, align = column_start(key, x, w, FIGURES, 3)
                pen.text(at, base, values[key], 8, align=align, fit=w - 5)
        row += len(wrapped)
    return y + height


def _fc_totals(c: Ctx, y: float) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    ink = pen.accent
    state, city = doc.extras["ivu"]
    rows: list[tuple[str, str, bool]] = []
    for row in doc.totals:
        rows.append((row_label(c, row), row_value(c, row), row.key in ("total", "amount_due")))
        if row.key == "subtotal":
            rows.append((lab["ivu_state"].format(rate="10.5%"), fmt.money(state), False))
            rows.append((lab["ivu_city"].format(rate="1%"), fmt.money(city), False))
    w = 250.0
    x = c.right - w
    for k, (label, value, strong) in enumerate(rows):
        at = y + 15 * k
        pen.rect(x, at, w - 90, 15, stroke=ink, width=0.6, fill=pen.pale if strong else None)
        pen.rect(c.right - 90, at, 90, 15, stroke=ink, width=0.6)
        _printed(pen, x + 5, at + 10.5, label, 7.4, bold=strong, fit=w - 100)
        pen.text(c.right - 5, at + 10.5, value, 9, bold=strong, align="right")
    note_w = c.width - w - 18
    _printed(pen, c.margin, y + 10, lab["received"], 7.2, fit=note_w)
    pen.line(c.margin, y + 40, c.margin + note_w - 20, y + 40, color=ink, width=0.6)
    _printed(pen, c.margin, y + 49, lab["sign"], 6.6)
    pen.text(c.margin + 6, y + 36, doc.extras["picker"], 9, italic=True)
    _use(pen, "Helvetica")
    at = _para(pen, c.margin, y + 66, lab["returns"], 6.6, note_w, color=GREY)
    _para(pen, c.margin, at + 10, lab["late"], 6.6, note_w, color=GREY)
    _use(pen, "Courier")
    _bars(pen, c.right - 150, y + 15 * len(rows) + 16, 150, 16, _digest(doc.invoice_number))
