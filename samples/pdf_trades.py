"""Whole pages of the layouts added with H91-H95: a roofing and gutter contractor's job
invoice (labor and materials in tables of their own, a deposit taken off, the firm's
address only in the letterhead's foot), a Mexican maintenance contract's monthly invoice
(the contract's row of cells, SAT keys under the concepts, the fiscal stamp at the foot), a
utility bill on a half-letter card whose return stub is the card's right-hand third, a
supply store's till ticket with its items under their departments and the quantity over
the item, and a Puerto Rico route service's monthly invoice (its visits day by day, the
technician's remarks between them, the totals on the left beside the ways to pay)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import white
from reportlab.lib.pagesizes import LETTER

from samples.document import Document, Line
from samples.formats import amount_words_es, cents
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx, strip_slip
from samples.pdf_more import _bars, _digest
from samples.pdf_sheets import ColumnCtx, _canvas
from samples.pdf_table import paginate, row_label, row_value

# --- shared ------------------------------------------------------------------------------


def _customer(doc: Document) -> list[str]:
    attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
    return [doc.customer_name or "", *attn, *(doc.bill_to_lines or [])]


def _para(pen: Pen, x: float, y: float, text: str, size: float, width: float, **style) -> float:
    """``text`` wrapped to ``width`` from baseline ``y``; returns the last baseline."""
    lines = pen.wrap(text, size, width)
    for k, line in enumerate(lines):
        pen.text(x, y + (size + 1.5) * k, line, size, **style)
    return y + (size + 1.5) * (len(lines) - 1)


# --- H91: a roofing and gutter contractor's job invoice ------------------------------------

JOB_MARGIN = 44.0
JOB_FOOT = 48.0  # the letterhead's foot on every page: the firm's address and numbers
JOB_LATER_TOP = 78.0
JOB_COLS = (("quantity", 56.0), ("unit", 48.0), ("unit_price", 74.0), ("amount", 82.0))
JOB_LINE = 11.0


@dataclass
class _Row:
    kind: str  # head, cols, line or sum
    part: bool  # in the materials table, not the labor one
    height: float
    index: int = -1
    text: list[str] | None = None


def _job_rows(c: Ctx) -> list[_Row]:
    doc, pen = c.doc, c.pen
    width = c.width - sum(w for _, w in JOB_COLS) - 10
    rows: list[_Row] = []
    for part in (False, True):
        chosen = [k for k, line in enumerate(doc.lines) if line.part == part]
        if not chosen:
            continue
        rows += [_Row("head", part, 24.0), _Row("cols", part, 16.0)]
        for k in chosen:
            text = pen.wrap(doc.lines[k].description, 9, width)
            rows.append(_Row("line", part, JOB_LINE * len(text) + 6, k, text))
        rows.append(_Row("sum", part, 20.0))
    return rows


def render_job_invoice(doc: Document) -> tuple[bytes, int]:
    """A letter page or two: the accent stripe down the left edge, the firm's name and
    trade under its mark, the invoice's own box on the right, the customer, a panel with
    the job, then labor and materials each in a table of its own with its total, the
    totals beside the warranty, and the firm's address and numbers in the foot."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), JOB_MARGIN)
    rows = _job_rows(c)
    top = _job_head(c)
    limit = pen.height - JOB_FOOT - 18
    closing = _job_closing_height(c)
    # a table's heading, its column heads and its last line never end a page
    glued = {k for k, row in enumerate(rows) if row.kind in ("head", "cols")}
    glued |= {k - 1 for k, row in enumerate(rows) if row.kind == "sum"}
    heights = [row.height for row in rows]
    pages = paginate(heights, limit - top, limit - JOB_LATER_TOP - 40, closing, glued)
    for number, (first, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            top = _job_continued(c, rows[first])
        _job_stripe(c, number, len(pages))
        y = _job_table(c, rows, first, end, top)
        if number < len(pages):
            pen.text(c.right, y + 16, c.labels["continued_footer"], 8.5, italic=True, align="right")
        else:
            _job_closing(c, y + 14)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _job_stripe(c: Ctx, number: int, count: int) -> None:
    """The accent stripe down the left edge and the letterhead's foot."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, 14, pen.height, fill=pen.accent)
    pen.rect(14, 0, 3, pen.height, fill=pen.pale)
    base = pen.height - JOB_FOOT + 14
    pen.line(c.margin, base - 12, c.right, base - 12, color=pen.accent, width=0.8)
    mid = c.margin + c.width / 2
    pen.text(mid, base, "  ·  ".join(doc.vendor_lines), 8.5, bold=True, align="center", fit=c.width)
    reach = [f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        reach.append(doc.vendor_email)
    if doc.vendor_tax_id:
        reach.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    pen.text(mid, base + 11, "   |   ".join(reach), 8, align="center", color=GREY, fit=c.width)
    if count > 1:
        sheet = lab["page"].format(n=number, m=count)
        pen.text(c.right, 26, sheet, 8, align="right", color=GREY)


def _job_head(c: Ctx) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    y = 40.0
    draw_logo(pen, doc.logo, c.margin, y, 46, initials(doc.vendor_name))
    pen.text(c.margin + 56, y + 19, doc.vendor_name, 17, bold=True, color=pen.accent, fit=250)
    tagline = lab.get(f"tagline_{doc.extras['trade']}", lab["tagline"])  # what the firm does
    pen.text(c.margin + 56, y + 33, tagline, 8.5, italic=True, color=GREY, fit=250)
    box_w = 214.0
    x = c.right - box_w
    pen.text(c.right, y + 12, lab["title"], 14, bold=True, align="right", fit=box_w)
    rows = [(lab["invoice_number"], doc.invoice_number)]
    rows.append((lab["invoice_date"], fmt.date(doc.invoice_date)))
    if doc.due_date:
        rows.append((lab["due_date"], fmt.date(doc.due_date)))
    if doc.terms:
        rows.append((lab["terms"], doc.terms))
    top = y + 22
    pen.rect(x, top, box_w, 19, fill=pen.pale)
    for k, (label, value) in enumerate(rows):
        base = top + 13 + 17 * k + (2 if k else 0)
        pen.text(x + 7, base, label, 8, color=GREY, fit=110)
        pen.text(c.right - 7, base, value, 11 if k == 0 else 9.5, bold=True, align="right")
        if k:
            pen.line(x, base - 12, c.right, base - 12, color=LIGHT, width=0.5)
    box_bottom = top + 19 + 17 * (len(rows) - 1) + 4
    pen.rect(x, top, box_w, box_bottom - top, stroke=pen.accent, width=1.1)
    left = y + 66
    pen.text(c.margin, left, lab["bill_to"].upper(), 7.5, bold=True, color=pen.accent)
    for k, line in enumerate(_customer(doc)):
        pen.text(c.margin, left + 13 + 12 * k, line, 9.5, bold=k == 0, fit=260)
    left += 13 + 12 * (len(_customer(doc)) - 1)
    return _job_panel(c, max(left, box_bottom) + 16)


def _job_panel(c: Ctx, y: float) -> float:
    """The job: where the work was done on the left; the job's number, the customer's
    work order, the day it was completed and the foreman on the right; the scope under."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    pairs = [(lab["job_number"], ex["job_number"])]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    pairs += [(lab["completed"], fmt.date(ex["completed"])), (lab["foreman"], ex["foreman"])]
    site = doc.service_lines or []
    body = max(12 + 12 * len(site), 4 + 14 * len(pairs))
    height = 18 + body + 22
    pen.rect(c.margin, y, c.width, 16, fill=pen.pale)
    pen.rect(c.margin, y, c.width, height, stroke=pen.accent, width=0.8)
    pen.text(c.margin + 8, y + 11.5, lab["job_panel"], 8, bold=True, color=pen.accent)
    inner = y + 18
    half = c.margin + c.width * 0.5
    if site:
        pen.text(c.margin + 8, inner + 9, lab["service_address"], 7.5, color=GREY)
        for k, line in enumerate(site):
            named = k == 0 and len(site) > 2  # the property's name over its address
            pen.text(c.margin + 8, inner + 21 + 12 * k, line, 9.5, bold=named, fit=c.width / 2 - 20)
    for k, (label, value) in enumerate(pairs):
        base = inner + 12 + 14 * k
        pen.text(half, base, label, 8, color=GREY)
        pen.text(half + 112, base, value, 9.5, bold=True, fit=c.right - half - 120)
    scope = lab[f"scope_{ex['job']}"]
    if ex["job"] == "clean":
        count = sum(1 for line in doc.lines if line.unit == "bldg")
        scope = scope.format(count=count)
    base = y + height - 8
    pen.line(c.margin + 8, base - 11, c.right - 8, base - 11, color=LIGHT, width=0.5)
    pen.text(c.margin + 8, base, f"{lab['scope']}: {scope}", 8.5, italic=True, fit=c.width - 16)
    return y + height + 14


def _job_continued(c: Ctx, row: _Row) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 44, doc.vendor_name, 12, bold=True, color=pen.accent, fit=280)
    ref = f"{lab['invoice_number']} {doc.invoice_number} {lab['continued_header']}"
    pen.text(c.right, 44, ref, 9, align="right")
    pen.line(c.margin, 52, c.right, 52, color=pen.accent, width=0.8)
    return JOB_LATER_TOP


def _job_columns(c: Ctx) -> list[tuple[str, float, float]]:
    """(key, x, width) per column, the description first."""
    out = [("description", c.margin, c.width - sum(w for _, w in JOB_COLS))]
    x = c.margin + out[0][2]
    for key, width in JOB_COLS:
        out.append((key, x, width))
        x += width
    return out


def _job_table(c: Ctx, rows: list[_Row], first: int, end: int, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _job_columns(c)
    if rows[first].kind in ("line", "sum"):  # a table carried over: its heading again
        y = _job_section_head(c, rows[first].part, y, lab["continued_header"])
        y = _job_column_heads(c, rows[first].part, cols, y)
    for row in rows[first:end]:
        if row.kind == "head":
            y = _job_section_head(c, row.part, y, "")
        elif row.kind == "cols":
            y = _job_column_heads(c, row.part, cols, y)
        elif row.kind == "sum":
            lines = [line for line in doc.lines if line.part == row.part]
            total = sum((line.amount for line in lines), Decimal(0))
            label = lab["parts_total" if row.part else "labor_total"]
            x = cols[-1][1]
            pen.line(x - 120, y + 3, c.right, y + 3, width=0.6)
            pen.text(x - 8, y + 14, label, 9, bold=True, align="right")
            pen.text(c.right - 4, y + 14, fmt.money(total), 9.5, bold=True, align="right")
            y += row.height
        else:
            line = doc.lines[row.index]
            assert row.text is not None
            for k, text in enumerate(row.text):
                pen.text(c.margin + 4, y + 11 + JOB_LINE * k, text, 9)
            values = _job_values(c, line)
            for key, x, w in cols[1:]:
                align = "left" if key == "unit" else "right"
                tx = x + 6 if align == "left" else x + w - 4
                pen.text(tx, y + 11, values[key], 9, align=align)
            y += row.height
            pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    return y


def _job_values(c: Ctx, line: Line) -> dict[str, str]:
    fmt = c.fmt
    assert line.quantity is not None and line.unit_price is not None
    return {
        "quantity": fmt.quantity(line.quantity),
        "unit": line.unit or "",
        "unit_price": fmt.rate(line.unit_price),
        "amount": fmt.amount(line.amount),
    }


def _job_section_head(c: Ctx, part: bool, y: float, suffix: str) -> float:
    pen, lab = c.pen, c.labels
    title = lab["parts" if part else "labor"]
    pen.text(c.margin, y + 15, f"{title} {suffix}".strip(), 10, bold=True, color=pen.accent)
    pen.line(c.margin, y + 20, c.right, y + 20, color=pen.accent, width=1.3)
    return y + 24


def _job_column_heads(c: Ctx, part: bool, cols: list[tuple[str, float, float]], y: float) -> float:
    pen, lab = c.pen, c.labels
    suffix = "_parts" if part else "_labor"
    for key, x, w in cols:
        text = lab.get(key + suffix, lab[key])
        if key in ("description", "unit"):
            pen.text(
                x + (4 if key == "description" else 6), y + 11, text, 7.5, bold=True, color=GREY
            )
        else:
            pen.text(x + w - 4, y + 11, text, 7.5, bold=True, align="right", color=GREY, fit=w - 6)
    pen.line(c.margin, y + 15, c.right, y + 15, width=0.7)
    return y + 16


def _job_closing_height(c: Ctx) -> float:
    pen, lab = c.pen, c.labels
    warranty = 25 + 9.5 * (len(pen.wrap(lab["warranty"], 8, 250.0)) - 1) + 10
    totals = 4 + 17 * len(c.doc.totals) + 4 + 10
    notes = 9 * (len(pen.wrap(lab["notes"], 7.5, c.width * 0.8)) - 1)
    return 14 + max(warranty, totals) + 14 + notes + 16 + 8


def _job_closing(c: Ctx, y: float) -> None:
    """The warranty on the left, the totals on the right (the balance in a filled bar),
    then the notes."""
    pen, lab = c.pen, c.labels
    w = 250.0
    pen.text(c.margin + 7, y + 12, lab["warranty_head"], 8, bold=True, color=pen.accent)
    end = _para(pen, c.margin + 7, y + 25, lab["warranty"], 8, w - 14, italic=True, color=GREY)
    pen.rect(c.margin, y, w, end - y + 10, stroke=LIGHT, width=0.6)
    left = end + 10
    x0 = c.right - 240
    base = y + 4
    for row in c.doc.totals:
        base += 17
        if row.key == "amount_due":
            base += 4
            pen.rect(x0, base - 13, c.right - x0, 19, fill=pen.accent)
            pen.text(
                c.right - 96,
                base,
                row_label(c, row),
                10,
                bold=True,
                align="right",
                color=pen.on_accent,
            )
            pen.text(
                c.right - 5,
                base,
                row_value(c, row),
                11,
                bold=True,
                align="right",
                color=pen.on_accent,
            )
            continue
        strong = row.key == "total"
        if strong:
            pen.line(x0 + 30, base - 13, c.right, base - 13, width=0.8)
        pen.text(c.right - 96, base, row_label(c, row), 9, bold=strong, align="right", fit=148)
        pen.text(
            c.right - 5,
            base,
            row_value(c, row),
            9.5 if not strong else 10.5,
            bold=strong,
            align="right",
        )
    y = max(left, base + 10) + 14
    end = _para(pen, c.margin, y, lab["notes"], 7.5, c.width * 0.8, italic=True, color=GREY)
    pen.text(c.margin, end + 16, lab["thanks"], 9.5, bold=True, color=pen.accent)


# --- H92: a Mexican maintenance contract's monthly invoice ----------------------------------

SAT_UNITS = {
    "mes": "E48 Servicio",
    "serv.": "E48 Servicio",
    "pza": "H87 Pieza",
    "kg": "KGM Kilogramo",
    "h": "HUR Hora",
    "L": "LTR Litro",
    "jgo": "SET Juego",
}
SAT_KEYS = {("6130", False): "72102100", ("6130", True): "40101700", ("6120", False): "72101510"}
POLIZA_COLS = (
    ("quantity", 62.0),
    ("unit", 74.0),
    ("description", 0.0),
    ("unit_price", 84.0),
    ("amount", 84.0),
)


def render_poliza(doc: Document) -> tuple[bytes, int]:
    """One letter page: the issuer with its RFC and tax regime beside a box with the
    folio, the date, the place of issue and the currency; the customer's fiscal data and
    where the equipment stands; the contract in a row of cells (number, period covered,
    equipment, order, credit, payment date); the concepts with their SAT keys; the amount
    in words and the payment data beside the totals; the fiscal stamp at the foot."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), 36.0)
    y = _poliza_head(c, 30.0)
    y = _poliza_customer(c, y)
    y = _poliza_contract(c, y)
    y = _poliza_table(c, y)
    y = _poliza_totals(c, y + 10)
    end = _para(
        pen, c.margin, y + 14, c.labels["notes"], 7.5, c.width * 0.85, italic=True, color=GREY
    )
    pen.text(c.margin, end + 14, c.labels["thanks"], 8.5, bold=True, color=pen.accent)
    _poliza_stamp(c)
    canvas.save()
    return buffer.getvalue(), 1


def _poliza_head(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    draw_logo(pen, doc.logo, c.margin, y, 44, initials(doc.vendor_name))
    room = c.width - 214 - 84
    pen.text(c.margin + 54, y + 13, doc.vendor_name, 12, bold=True, color=pen.accent, fit=room)
    lines = []
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    lines += [
        f"{lab['regime']}: {ex['regime']}",
        *doc.vendor_lines,
        f"{lab['phone']}: {doc.vendor_phone}",
    ]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    for k, line in enumerate(lines):
        pen.text(
            c.margin + 54,
            y + 26 + 9.5 * k,
            line,
            8,
            bold=k == 0,
            color=BLACK if k == 0 else GREY,
            fit=room,
        )
    w = 214.0
    x = c.right - w
    pen.text(c.right, y + 8, lab["title"], 10, bold=True, align="right", color=pen.accent, fit=w)
    place = doc.vendor_lines[-1].rsplit(" ", 1)[-1]
    rows = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["place"], f"C.P. {place}"),
    ]
    if doc.show_currency:
        rows.append((lab["currency"], f"{doc.currency} - {lab['currency_name']}"))
    top = y + 15
    pen.rect(x, top, w, 20, fill=pen.fill_accent)
    for k, (label, value) in enumerate(rows):
        base = top + 14 + 19 * k
        color = pen.on_accent if k == 0 else GREY
        pen.text(x + 6, base, label, 7.5, color=color, bold=k == 0)
        pen.text(
            c.right - 6,
            base,
            value,
            11 if k == 0 else 8.5,
            bold=k == 0,
            align="right",
            color=pen.on_accent if k == 0 else BLACK,
        )
        if k:
            pen.line(x, base - 13, c.right, base - 13, color=LIGHT, width=0.5)
    bottom = top + 19 * len(rows) + 2
    pen.rect(x, top, w, bottom - top, stroke=pen.accent, width=1)
    return max(bottom, y + 26 + 9.5 * len(lines)) + 12


def _poliza_customer(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    pen.rect(c.margin, y, c.width, 14, fill=pen.pale)
    pen.text(c.margin + 6, y + 10, lab["bill_to"].upper(), 7.5, bold=True, color=pen.accent)
    half = c.width / 2
    if doc.service_lines:
        pen.text(
            c.margin + half + 6,
            y + 10,
            lab["service_address"].upper(),
            7.5,
            bold=True,
            color=pen.accent,
        )
    left = [
        *_customer(doc),
        f"{lab['customer_tax_id']}: {ex['customer_rfc']}",
        f"{lab['cfdi_use']}: {ex['cfdi_use']}",
    ]
    for k, line in enumerate(left):
        pen.text(
            c.margin + 6, y + 26 + 10.5 * k, line, 8.5 if k else 9.5, bold=k == 0, fit=half - 14
        )
    right = doc.service_lines or []
    for k, line in enumerate(right):
        pen.text(
            c.margin + half + 6,
            y + 26 + 10.5 * k,
            line,
            8.5,
            bold=k == 0 and len(right) > 2,
            fit=half - 14,
        )
    return y + 26 + 10.5 * max(len(left), len(right)) + 6


def _poliza_contract(c: Ctx, y: float) -> float:
    """The contract in one ruled row: headings on the accent, values under them."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    count, kind = ex["equipment"]
    cells = [(lab["contract"], ex["contract"], 1.0)]
    if doc.period:
        cells.append((lab["service_period"], fmt.period(*doc.period, lab["period_sep"]), 1.9))
    cells.append((lab["equipment"], lab[f"equipment_{kind}"].format(n=count), 1.0))
    if doc.po_number:
        cells.append((lab["po_number"], doc.po_number, 1.0))
    if doc.terms:
        cells.append((lab["terms"], doc.terms, 1.0))
    if doc.due_date:
        cells.append((lab["due_date"], fmt.date(doc.due_date), 1.1))
    total = sum(weight for _, _, weight in cells)
    x = c.margin
    for label, value, weight in cells:
        w = c.width * weight / total
        pen.rect(x, y, w, 14, fill=pen.fill_accent)
        pen.rect(x, y, w, 32, stroke=pen.accent, width=0.6)
        pen.text(
            x + w / 2, y + 10, label, 7, bold=True, align="center", color=pen.on_accent, fit=w - 6
        )
        pen.text(x + w / 2, y + 27, value, 8.5, align="center", fit=w - 6)
        x += w
    return y + 32 + 14


def _poliza_widths(c: Ctx) -> list[tuple[str, float, float]]:
    fixed = sum(w for _, w in POLIZA_COLS)
    out, x = [], c.margin
    for key, w in POLIZA_COLS:
        width = c.width - fixed if key == "description" else w
        out.append((key, x, width))
        x += width
    return out


def _poliza_table(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    cols = _poliza_widths(c)
    pen.rect(c.margin, y, c.width, 16, fill=pen.fill_accent)
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        tx = x + w - 5 if right else x + 5
        pen.text(
            tx,
            y + 11,
            lab[key],
            7.5,
            bold=True,
            color=pen.on_accent,
            align="right" if right else "left",
            fit=w - 8,
        )
    y += 16
    desc_w = next(w for key, _, w in cols if key == "description")
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        text = pen.wrap(line.description, 8.5, desc_w - 10)
        values = {
            "quantity": fmt.quantity(line.quantity),
            "unit": SAT_UNITS.get(line.unit or "", "E48 Servicio"),
            "unit_price": fmt.rate(line.unit_price),
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            if key == "description":
                for k, part in enumerate(text):
                    pen.text(x + 5, y + 12 + 10.5 * k, part, 8.5)
                key_sat = SAT_KEYS.get((line.gl, line.part), "72101500")
                detail = f"{lab['sat_key']}: {key_sat}   {lab['tax_object']}"
                pen.text(x + 5, y + 12 + 10.5 * len(text) - 1, detail, 6.5, color=GREY, fit=w - 10)
            elif key == "unit":
                pen.text(x + 5, y + 12, values[key], 8, fit=w - 8)
            else:
                pen.text(x + w - 5, y + 12, values[key], 8.5, align="right")
        y += 10.5 * len(text) + 14
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5, dash=(1, 1.5))
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=1)
    return y


def _poliza_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 236.0
    x = c.right - w
    rows = doc.totals
    for k, row in enumerate(rows):
        base = y + 14 + 17 * k
        strong = row.key == "total"
        if strong:
            pen.rect(x, base - 12, w, 17, fill=pen.fill_accent)
        color = pen.on_accent if strong else BLACK
        pen.text(x + 6, base, row_label(c, row), 8.5, bold=strong, color=color, fit=w * 0.55)
        pen.text(
            c.right - 6,
            base,
            row_value(c, row),
            10 if strong else 9,
            bold=strong,
            align="right",
            color=color,
        )
    pen.rect(x, y, w, 17 * len(rows) + 3, stroke=pen.accent, width=0.8)
    right_end = y + 17 * len(rows) + 3
    room = x - c.margin - 16
    pen.text(c.margin, y + 10, f"{lab['words']}:", 7.5, bold=True)
    words = amount_words_es(doc.total, doc.currency)
    base = _para(pen, c.margin, y + 21, words, 8, room)
    payment = [
        f"{lab['method']}: {ex['method']}",
        f"{lab['form']}: {ex['form']}",
        f"{lab['bank']}: {ex['bank']}",
    ]
    for k, line in enumerate(payment):
        pen.text(c.margin, base + 15 + 10 * k, line, 7.5, color=GREY, fit=room)
    return max(right_end, base + 15 + 10 * len(payment))


def _qr(pen: Pen, x: float, y: float, size: float, seed: int) -> None:
    """A QR code's look: three finder squares and modules drawn from ``seed``."""
    cell = size / 25
    bits = seed * (seed >> 7 | 1)
    for k in range(25 * 25):
        row, col = divmod(k, 25)
        if (row < 8 and (col < 8 or col > 16)) or (row > 16 and col < 8):
            continue
        if (bits >> (k * 7 % 251)) & 1:
            pen.rect(x + col * cell, y + row * cell, cell, cell, fill=BLACK)
    for fx, fy in ((x, y), (x + 18 * cell, y), (x, y + 18 * cell)):
        pen.rect(fx, fy, 7 * cell, 7 * cell, fill=BLACK)
        pen.rect(fx + cell, fy + cell, 5 * cell, 5 * cell, fill=white)
        pen.rect(fx + 2 * cell, fy + 2 * cell, 3 * cell, 3 * cell, fill=BLACK)


def _poliza_stamp(c: Ctx) -> None:
    """The fiscal stamp at the foot: a QR square, the folio fiscal, the certificate, the
    moment of certification and the legend of a printed CFDI."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    size = 64.0
    y = pen.height - 36 - size
    pen.line(c.margin, y - 8, c.right, y - 8, color=pen.accent, width=0.6)
    _qr(pen, c.margin, y, size, _digest(ex["uuid"], "qr"))
    x = c.margin + size + 14
    stamp = f"{doc.invoice_date.isoformat()}T{ex['stamped']}"
    lines = [
        f"{lab['uuid']}: {ex['uuid']}",
        f"{lab['certificate']}: {ex['certificate']}",
        f"{lab['stamped']}: {stamp}",
        lab["cfdi_legend"],
    ]
    for k, line in enumerate(lines):
        pen.text(
            x,
            y + 10 + 12 * k,
            line,
            7.5,
            bold=k == 0,
            color=BLACK if k == 0 else GREY,
            fit=c.right - x,
        )


# --- H93: a utility bill on a half-letter card with a stub on its right ---------------------

CARD = (612.0, 396.0)
CARD_MARGIN = 20.0
CARD_EDGE = 404.0  # where the bill's part ends
PERFORATION = 416.0
STUB_LEFT = 428.0
STUB_RIGHT = 592.0


def render_postcard(doc: Document) -> tuple[bytes, int]:
    """One half-letter card, landscape: on the left the utility, the account's key facts
    on a shaded band, the customer and the premises beside the account at a glance, the
    meter line, the charges and their totals, a year's usage and the notes; right of a
    perforation, the stub to return with the account, the deadline, the balance, where
    to send it and the customer's address for a window envelope."""
    buffer, canvas, pen = _canvas(doc, CARD)
    c = ColumnCtx(pen, doc, Fmt.of(doc), CARD_MARGIN, edge=CARD_EDGE)
    lab, fmt = doc.labels, c.fmt
    assert doc.period is not None and doc.due_date is not None
    y = 18.0
    draw_logo(pen, doc.logo, c.margin, y, 28, initials(doc.vendor_name))
    pen.text(c.margin + 34, y + 10, doc.vendor_name, 10.5, bold=True, color=pen.accent, fit=220)
    contact = [", ".join(doc.vendor_lines)]
    reach = f"{lab['phone']} {doc.vendor_phone}"
    if doc.vendor_email:
        reach += f"   {doc.vendor_email}"
    contact.append(reach)
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    for k, line in enumerate(contact):
        pen.text(c.margin + 34, y + 19 + 7.5 * k, line, 6.5, color=GREY, fit=230)
    pen.text(c.right, y + 10, lab["title"], 12, bold=True, align="right", color=pen.accent)
    pen.text(c.right, y + 21, f"{lab['invoice_number']} {doc.invoice_number}", 7, align="right")
    y = max(y + 19 + 7.5 * len(contact), 52.0) + 4
    facts = [
        (lab["account_number"], doc.account_number or "", 86.0),
        (lab["invoice_date"], fmt.date(doc.invoice_date), 74.0),
        (lab["service_period"], fmt.period(*doc.period, lab["period_sep"]), 140.0),
        (lab["due_date"], fmt.date(doc.due_date), 84.0),
    ]
    pen.rect(c.margin, y, c.width, 26, fill=pen.pale)
    x = c.margin
    for label, value, w in facts:
        pen.text(x + 5, y + 9, label, 6.3, color=GREY, fit=w - 8)
        pen.text(x + 5, y + 20.5, value, 8.3, bold=True, fit=w - 8)
        x += w
        if x < c.right - 1:
            pen.line(x, y + 3, x, y + 23, color=pen.accent, width=0.4)
    y += 34
    left = _card_blocks(c, y, 176.0)
    right = _card_glance(c, c.margin + 186, y, c.width - 186)
    y = max(left, right) + 8
    y = _card_charges(c, y)
    end = _para(pen, c.margin, y + 10, lab["notes"], 6.3, c.width, italic=True, color=GREY)
    pen.text(c.margin, end + 10, lab["thanks"], 6.8, bold=True, color=pen.accent, fit=c.width)
    _card_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _card_blocks(c: Ctx, y: float, w: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    blocks = [(lab["bill_to"], _customer(doc))]
    if doc.service_lines:
        blocks.append((lab["service_address"], doc.service_lines))
    for heading, lines in blocks:
        pen.text(c.margin, y + 7, heading.upper(), 6.5, bold=True, color=pen.accent)
        for k, line in enumerate(lines):
            pen.text(c.margin, y + 16.5 + 8.6 * k, line, 7.6, bold=k == 0, fit=w)
        y += 16.5 + 8.6 * (len(lines) - 1) + 8
    return y


def _card_glance(c: Ctx, x: float, y: float, w: float) -> float:
    """The account at a glance: last bill, payments, what is left of it, the current
    charges and the balance due, framed under a heading band."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    pen.rect(x, y, w, 13, fill=pen.fill_accent)
    pen.text(x + 5, y + 9.3, lab["summary"].upper(), 7, bold=True, color=pen.on_accent, fit=w - 10)
    rows: list[tuple[str, str, bool]] = []
    summary = {row.key: row for row in doc.summary}
    prior = summary["previous_balance"]
    paid = summary["payments"]
    rows.append((row_label(c, prior), row_value(c, prior), False))
    rows.append((row_label(c, paid), row_value(c, paid), False))
    rows.append((lab["balance_forward"], fmt.money(prior.amount - paid.amount), False))
    current = summary["current_charges"]
    rows.append((row_label(c, current), row_value(c, current), False))
    due = summary["amount_due"]
    rows.append((row_label(c, due), row_value(c, due), True))
    for k, (label, value, strong) in enumerate(rows):
        base = y + 23 + 11.5 * k
        if strong:
            pen.rect(x, base - 8.5, w, 12, fill=pen.pale)
            pen.line(x, base - 8.5, x + w, base - 8.5, color=pen.accent, width=0.6)
        pen.text(x + 5, base, label, 7.4, bold=strong, fit=w * 0.62)
        pen.text(x + w - 5, base, value, 8 if strong else 7.6, bold=strong, align="right")
    bottom = y + 23 + 11.5 * (len(rows) - 1) + 5
    pen.rect(x, y, w, bottom - y, stroke=pen.accent, width=0.7)
    return bottom


CARD_COLS = (
    ("description", 0.0),
    ("quantity", 56.0),
    ("unit", 46.0),
    ("unit_price", 58.0),
    ("amount", 62.0),
)


def _card_charges(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    prior, now, used, unit = ex["reads"]
    days = (doc.period[1] - doc.period[0]).days if doc.period else 0
    meter = (
        f"{lab['meter']} {ex['meter']}     {lab['read_prior']} {fmt.quantity(prior)}     "
        f"{lab['read_now']} {fmt.quantity(now)}     {lab['used']} {fmt.quantity(used)} {unit}     "
        f"{lab['days']} {days}"
    )
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.5)
    pen.text(c.margin + 2, y + 9, meter, 6.6, color=GREY, fit=c.width - 4)
    y += 13
    fixed = sum(w for _, w in CARD_COLS)
    x = c.margin
    cols = []
    for key, w in CARD_COLS:
        width = c.width - fixed if key == "description" else w
        cols.append((key, x, width))
        x += width
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        tx = x + w - 3 if right else x + 3
        pen.text(
            tx,
            y + 9,
            lab[key],
            6.6,
            bold=True,
            color=pen.accent,
            align="right" if right else "left",
            fit=w - 4,
        )
    y += 12
    pen.line(c.margin, y, c.right, y, width=0.5)
    for line in doc.lines:
        y += 9.6
        values = {
            "description": line.description,
            "quantity": fmt.quantity(line.quantity) if line.quantity is not None else "",
            "unit": line.unit or "",
            "unit_price": fmt.rate(line.unit_price) if line.unit_price is not None else "",
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            right = key in ("quantity", "unit_price", "amount")
            tx = x + w - 3 if right else x + 3
            pen.text(tx, y, values[key], 7.3, align="right" if right else "left", fit=w - 4)
    y += 4
    pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    top = y
    for row in doc.totals:
        y += 10.5
        strong = row.key == "total"
        pen.text(c.right - 66, y, row_label(c, row), 7.4, bold=strong, align="right", fit=160)
        pen.text(
            c.right - 3, y, row_value(c, row), 7.8 if strong else 7.4, bold=strong, align="right"
        )
    _card_history(c, c.margin, top + 4, 150.0, y - top - 2)
    return y + 2


def _card_history(c: Ctx, x: float, y: float, w: float, h: float) -> None:
    """A year's usage as small bars, the current month darker, under a caption."""
    pen, ex = c.pen, c.doc.extras
    pen.text(x, y + 6, c.labels["history"], 5.8, color=GREY)
    top = y + 9
    room = max(h - 12, 10.0)
    bars = ex["history"]
    step = w / len(bars)
    for k, share in enumerate(bars):
        height = room * share / 100
        fill = pen.accent if k == len(bars) - 1 else pen.pale
        pen.rect(x + k * step + 1, top + room - height, step - 2.5, height, fill=fill)
    pen.line(x, top + room, x + w, top + room, color=GREY, width=0.4)


def _card_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    pen.line(PERFORATION, 10, PERFORATION, pen.height - 10, color=GREY, width=0.7, dash=(3, 2.5))
    w = STUB_RIGHT - STUB_LEFT
    x = STUB_LEFT
    pen.text(x + w / 2, 20, lab["stub"], 6.4, bold=True, align="center", color=pen.accent, fit=w)
    pen.text(x, 32, doc.vendor_name, 7.8, bold=True, fit=w)
    y = 38.0
    cells = [
        (lab["account_number"], doc.account_number or "", False),
        (lab["due_date"], fmt.date(doc.due_date), False),
        (lab["amount_due"], fmt.money(doc.due_amount), True),
        (lab["enclosed"], "_______________", False),
    ]
    for label, value, strong in cells:
        if strong:
            pen.rect(x, y, w, 22, fill=pen.pale)
        pen.rect(x, y, w, 22, stroke=pen.accent, width=0.6)
        pen.text(x + 4, y + 7.5, label, 6, color=GREY, fit=w - 8)
        pen.text(
            x + w - 5, y + 18, value, 9.5 if strong else 8.5, bold=strong, align="right", fit=w - 10
        )
        y += 22
    y += 16
    pen.text(x, y, lab["remit_to"].upper(), 6.2, bold=True, color=GREY, fit=w)
    for k, line in enumerate([doc.vendor_name, *(doc.remit_lines or [])]):
        pen.text(x, y + 10 + 9 * k, line, 7.6, bold=k == 0, fit=w)
    y += 10 + 9 * (len(doc.remit_lines or []) + 1) + 26
    mark = 5.0  # the window's corner marks
    for cx, cy, dx, dy in ((x - 4, y - 10, 1, 1), (STUB_RIGHT + 2, y - 10, -1, 1)):
        pen.line(cx, cy, cx + dx * mark, cy, color=GREY, width=0.5)
        pen.line(cx, cy, cx, cy + dy * mark, color=GREY, width=0.5)
    for k, line in enumerate(_customer(doc)):
        pen.text(x, y + 9 * k, line, 7.6, fit=w)
    digits = "".join(ch for ch in doc.account_number or "" if ch.isdigit())
    amount = int(cents(doc.due_amount) * 100)
    scan = f"{digits} {amount:09d} {doc.due_date:%m%d%y} {_digest(doc.id) % 10}"
    pen.canvas.setFont("Courier", 7.5)
    pen.canvas.setFillColor(BLACK)
    pen.canvas.drawString(x, 20, scan)


# --- H94: a supply store's till ticket, items under their departments ------------------------

TICKET_WIDTH = 164.0
TICKET_MARGIN = 9.0


def render_dept_receipt(doc: Document) -> tuple[bytes, int]:
    """A 58 mm till ticket as tall as its content."""
    sections = [_ticket_head, _ticket_items, _ticket_totals, _ticket_tail]
    return strip_slip(doc, TICKET_WIDTH, TICKET_MARGIN, 18.0, sections, 3000.0, 16)


def _ticket_head(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid, right = pen.width / 2, c.right
    pen.text(mid, y, doc.vendor_name, 9.5, bold=True, align="center", fit=c.width)
    lines = [*doc.vendor_lines, f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(doc.vendor_email)
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    for line in lines:
        y += 8.2
        pen.text(mid, y, line, 6.6, align="center", fit=c.width)
    y += 14
    pen.text(mid, y, lab["receipt_title"], 8, bold=True, align="center")
    y += 11
    pen.text(c.margin, y, f"{c.fmt.date(doc.invoice_date)} {ex['time']}", 6.8)
    pen.text(right, y, f"{lab['receipt_number']} {doc.invoice_number}", 6.8, align="right")
    y += 8.5
    ids = (
        f"{lab['store']} {ex['store']} {lab['register']} {ex['register']} "
        f"{lab['cashier']} {ex['cashier']}"
    )
    pen.text(c.margin, y, ids, 6.2, color=GREY, fit=c.width)
    if ex.get("job"):
        y += 9
        pen.text(c.margin, y, f"{lab['job']}: {ex['job']}", 6.6, bold=True, fit=c.width)
    y += 5
    pen.line(c.margin, y, right, y, dash=(1.5, 1.5), width=0.5)
    return y


def _ticket_items(c: Ctx, y: float) -> float:
    """Each department under its heading; an item's count and price each, when it is
    more than one, on the line over its name and amount."""
    pen, doc, fmt = c.pen, c.doc, c.fmt
    right = c.right
    group = None
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        if line.group != group:
            group = line.group
            y += 13
            pen.text(pen.width / 2, y, f"** {group} **", 6.6, bold=True, align="center")
        if line.quantity != 1:
            y += 8.6
            pen.text(
                c.margin + 8,
                y,
                f"{fmt.quantity(line.quantity)} @ {fmt.rate(line.unit_price)}",
                6.6,
                color=GREY,
            )
        y += 8.8
        pen.text(c.margin, y, line.description, 6.9, fit=c.width - 44)
        pen.text(right - 8, y, fmt.amount(line.amount), 6.9, align="right")
        pen.text(right, y, "T", 6.2, align="right")
    y += 6
    pen.line(c.margin, y, right, y, dash=(1.5, 1.5), width=0.5)
    return y


def _ticket_totals(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    right = c.right
    for row in doc.totals:
        big = row.key == "total"
        y += 12 if big else 9.5
        size = 8.2 if big else 6.9
        pen.text(c.margin, y, row_label(c, row), size, bold=big, fit=c.width - 52)
        pen.text(right, y, row_value(c, row), size, bold=big, align="right")
    total = doc.total
    y += 13
    if ex.get("card_last4"):
        pen.text(c.margin, y, lab["card"], 6.9)
        pen.text(right, y, fmt.amount(total), 6.9, align="right")
        y += 8.5
        pen.text(
            c.margin + 6,
            y,
            f"{ex['card_brand']} {lab['acct']} ************{ex['card_last4']}",
            6.2,
            color=GREY,
            fit=c.width - 6,
        )
        y += 8.5
        pen.text(c.margin + 6, y, f"{lab['auth']} {ex['auth']}  {lab['approved']}", 6.2, color=GREY)
    else:
        paid = Decimal(int(total // 10 + 1) * 10)
        pen.text(c.margin, y, lab["cash"], 6.9)
        pen.text(right, y, fmt.amount(paid), 6.9, align="right")
        y += 8.5
        pen.text(c.margin, y, lab["change"], 6.9)
        pen.text(right, y, fmt.amount(paid - total), 6.9, align="right")
    units = sum((line.quantity or Decimal(0) for line in doc.lines), Decimal(0))
    y += 12
    pen.text(c.margin, y, f"{lab['items_sold']} {fmt.quantity(units)}", 6.9)
    return y


def _ticket_tail(c: Ctx, y: float) -> float:
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    mid = pen.width / 2
    y += 10
    _bars(pen, c.margin + 14, y, c.width - 28, 20, _digest(doc.id, "ticket"))
    y += 29
    pen.text(mid, y, doc.invoice_number, 6.6, align="center")
    y += 11
    for line in pen.wrap(lab["receipt_thanks"], 6.3, c.width):
        pen.text(mid, y, line, 6.3, bold=True, align="center")
        y += 8
    y += 3
    code = f"{ex['store']}-{ex['register']}-{doc.invoice_number}"
    for line in pen.wrap(lab["survey"].format(code=code), 6.1, c.width):
        pen.text(mid, y, line, 6.1, align="center", color=GREY)
        y += 7.8
    return y


# --- H95: a route service's monthly invoice (Puerto Rico) ------------------------------------

VISIT_COLS = (
    ("date", 68.0),
    ("description", 0.0),
    ("quantity", 56.0),
    ("unit_price", 82.0),
    ("amount", 78.0),
)


def render_visits(doc: Document) -> tuple[bytes, int]:
    """One letter page: the title on the left and the firm on the right, the number,
    date and due date in a row of boxes (the due date's filled), where the service was
    given beside whom it is billed to, a ruled line with the month served, the terms,
    the order and the route, the visits day by day with the technician's remarks
    between them, and the totals on the left beside the ways to pay."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), 40.0)
    y = _visits_head(c, 34.0)
    y = _visits_boxes(c, y)
    y = _visits_parties(c, y)
    y = _visits_line(c, y)
    y = _visits_table(c, y)
    y = _visits_closing(c, y + 16)
    end = _para(
        pen, c.margin, y + 18, c.labels["notes"], 8, c.width * 0.85, italic=True, color=GREY
    )
    pen.text(c.margin, end + 16, c.labels["thanks"], 10, bold=True, color=pen.accent)
    canvas.save()
    return buffer.getvalue(), 1


def _visits_head(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y + 20, lab["title"], 19, bold=True, color=pen.accent, fit=250)
    pen.text(c.margin, y + 36, lab["tagline"], 9, italic=True, color=GREY, fit=250)
    draw_logo(pen, doc.logo, c.right - 44, y, 44, initials(doc.vendor_name))
    room = c.width - 300
    x = c.right - 54
    pen.text(x, y + 14, doc.vendor_name, 13, bold=True, align="right", color=pen.accent, fit=room)
    lines = [*doc.vendor_lines, f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_email:
        lines.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    for k, line in enumerate(lines):
        pen.text(x, y + 27 + 10 * k, line, 8.5, align="right", color=GREY, fit=room)
    return max(y + 27 + 10 * len(lines), y + 50) + 10


def _visits_boxes(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    boxes = [(lab["invoice_number"], doc.invoice_number, False, 0.26)]
    boxes.append((lab["invoice_date"], fmt.date(doc.invoice_date), False, 0.37))
    if doc.due_date:
        boxes.append((lab["due_date"], fmt.date(doc.due_date), True, 0.37))
    total = sum(share for *_, share in boxes)
    gap = 10.0
    room = c.width - gap * (len(boxes) - 1)
    x = c.margin
    for label, value, filled, share in boxes:
        w = room * share / total
        pen.text(x + 2, y + 9, label.upper(), 7.5, bold=True, color=GREY)
        if filled:
            pen.rect(x, y + 13, w, 24, fill=pen.accent)
        pen.rect(x, y + 13, w, 24, stroke=pen.accent, width=1)
        color = pen.on_accent if filled else BLACK
        pen.text(x + w / 2, y + 29.5, value, 11, bold=True, align="center", color=color, fit=w - 10)
        x += w + gap
    return y + 37 + 16


def _visits_parties(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    half = c.width / 2
    bottoms = [y]
    if doc.service_lines:
        lines = doc.service_lines
        height = 20 + 12.5 * len(lines)
        pen.rect(c.margin, y, 3.5, height, fill=pen.accent)
        pen.text(c.margin + 11, y + 9, lab["service_address"], 8, bold=True, color=pen.accent)
        for k, line in enumerate(lines):
            named = k == 0 and len(lines) > 2  # the property's name over its address
            size = 11 if named else 10
            pen.text(c.margin + 11, y + 23 + 12.5 * k, line, size, bold=named, fit=half - 24)
        bottoms.append(y + height)
    x = c.margin + half + 10
    pen.text(x, y + 9, lab["bill_to"], 8, bold=True, color=GREY)
    lines = _customer(doc)
    for k, line in enumerate(lines):
        pen.text(x, y + 23 + 11.5 * k, line, 9.5, bold=k == 0, fit=half - 14)
    bottoms.append(y + 23 + 11.5 * (len(lines) - 1) + 4)
    return max(bottoms) + 14


def _visits_line(c: Ctx, y: float) -> float:
    """The month served, the terms, the customer's order and the route in one ruled line."""
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    parts = []
    if doc.period:
        start, end = (fmt.cell_date(day) for day in doc.period)
        parts.append(f"{lab['service_period']}: {start}{lab['period_sep']}{end}")
    if doc.terms:
        parts.append(f"{lab['terms']}: {doc.terms}")
    if doc.po_number:
        parts.append(f"{lab['po_number']}: {doc.po_number}")
    parts.append(f"{lab['route']} {ex['route']} - {lab['technician']}: {ex['technician']}")
    pen.line(c.margin, y, c.right, y, color=pen.accent, width=0.8)
    pen.text(c.margin + 2, y + 12, "   |   ".join(parts), 8.8, fit=c.width - 4)
    pen.line(c.margin, y + 17, c.right, y + 17, color=pen.accent, width=0.8)
    return y + 30


def _visits_table(c: Ctx, y: float) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    fixed = sum(w for _, w in VISIT_COLS)
    cols, x = [], c.margin
    for key, w in VISIT_COLS:
        width = c.width - fixed if key == "description" else w
        cols.append((key, x, width))
        x += width
    for key, x, w in cols:
        right = key in ("quantity", "unit_price", "amount")
        tx = x + w - 5 if right else x + 5
        pen.text(
            tx, y + 10, lab[key], 8.5, bold=True, align="right" if right else "left", fit=w - 8
        )
    pen.line(c.margin, y + 15, c.right, y + 15, width=1.1)
    pen.line(c.margin, y + 17.5, c.right, y + 17.5, width=0.5)
    y += 18
    desc_w = next(w for key, _, w in cols if key == "description")
    notes = ex.get("observations", {})
    for k, line in enumerate(doc.lines):
        assert line.quantity is not None and line.unit_price is not None
        text = pen.wrap(line.description, 9.5, desc_w - 10)
        values = {
            "date": fmt.cell_date(line.day) if line.day else "",
            "quantity": fmt.quantity(line.quantity),
            "unit_price": fmt.rate(line.unit_price),
            "amount": fmt.amount(line.amount),
        }
        for key, x, w in cols:
            if key == "description":
                for n, part in enumerate(text):
                    pen.text(x + 5, y + 12 + 11.5 * n, part, 9.5)
            elif key == "date":
                pen.text(x + 5, y + 12, values[key], 9.5)
            else:
                pen.text(x + w - 5, y + 12, values[key], 9.5, align="right")
        y += 11.5 * len(text) + 6
        if k in notes:
            pen.rect(c.margin + 68, y, c.width - 68, 14, fill=pen.pale)
            said = f"{lab['observation']}: {notes[k]}"
            pen.text(c.margin + 74, y + 10, said, 8, italic=True, color=GREY, fit=c.width - 80)
            y += 16
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    pen.line(c.margin, y + 1, c.right, y + 1, width=0.8)
    return y


def _visits_closing(c: Ctx, y: float) -> float:
    """The totals on the left; how to pay, framed, on the right."""
    pen, doc, lab, ex = c.pen, c.doc, c.labels, c.doc.extras
    w = 250.0
    base = y
    for row in doc.totals:
        base += 17
        strong = row.key in ("total", "amount_due")
        if row.key == "total":
            pen.line(c.margin, base - 13, c.margin + w, base - 13, width=0.8)
        if row.key == "amount_due":
            pen.rect(c.margin, base - 12.5, w, 17, fill=pen.pale)
        pen.text(c.margin + 4, base, row_label(c, row), 9.5, bold=strong, fit=w - 100)
        pen.text(
            c.margin + w - 4,
            base,
            row_value(c, row),
            10.5 if strong else 10,
            bold=strong,
            align="right",
        )
    x = c.margin + w + 30
    box_w = c.right - x
    ways = [
        f"{lab['ath']}: {ex['ath']}",
        lab["check_to"].format(name=doc.vendor_name),
        f"{lab['transfer']}: {ex['bank']}",
    ]
    pen.text(x + 8, y + 13, lab["pay_head"], 8.5, bold=True, color=pen.accent)
    for k, line in enumerate(ways):
        pen.text(x + 8, y + 28 + 12 * k, line, 8.8, fit=box_w - 16)
    box_h = 28 + 12 * len(ways)
    pen.rect(x, y, box_w, box_h, stroke=pen.accent, width=0.8)
    return max(base + 6, y + box_h)
