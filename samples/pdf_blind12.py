"""Whole pages of the layouts added with H166-H170: a waste hauler's roll-off container
invoice with its return stub, a pest-control firm's annual termite plan renewal notice,
a hardware store's sales receipt with the card terminal's slip stapled to it, a Puerto
Rican contractor's invoice for an emergency generator's service and diesel, and a
Mexican water utility's receipt for tanker-truck deliveries."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from samples.document import Document, Line, TotalRow
from samples.formats import amount_words_es
from samples.pdf_base import BLACK, GREY, LIGHT, Fmt, Pen, draw_logo, initials, tint
from samples.pdf_blocks import Ctx
from samples.pdf_more import _bars, _digest
from samples.pdf_sites import _columns
from samples.pdf_table import paginate, row_label, row_value
from samples.pdf_trades import _customer, _para
from samples.pdf_upkeep import _sheet

Columns = list[tuple[str, float, float]]
RIGHT = ("quantity", "unit_price", "amount")


def _cells(c: Ctx, x: float, y: float, w: float, pairs: list[tuple[str, str]], h: float) -> None:
    """A ruled row of cells across ``w``, a small label over each value."""
    pen = c.pen
    each = w / len(pairs)
    for k, (label, value) in enumerate(pairs):
        at = x + each * k
        pen.rect(at, y, each, h, stroke=BLACK, width=0.6)
        pen.text(at + 4, y + 9, label, 6.4, color=GREY, fit=each - 8)
        pen.text(at + 4, y + h - 6, value, 9, bold=True, fit=each - 8)


def _cell_text(c: Ctx, line: Line, key: str) -> str:
    fmt = c.fmt
    if key == "date":
        return fmt.date(line.day) if line.day else ""
    if key == "ticket":
        return line.code or ""
    if key == "description":
        return line.description
    if key == "unit":
        return line.unit or ""
    if key == "quantity":
        return fmt.quantity(line.quantity) if line.quantity is not None else ""
    if key == "unit_price":
        return fmt.rate(line.unit_price) if line.unit_price is not None else ""
    if key == "amount":
        return fmt.amount(line.amount)
    return ""


def _heads(c: Ctx, cols: Columns, y: float, h: float, fill: Color, color: Color = BLACK) -> None:
    c.pen.rect(cols[0][1], y, sum(w for _, _, w in cols), h, fill=fill)
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in RIGHT else (x + 4, "left")
        c.pen.text(
            at, y + h - 5, c.labels[key], 7.4, bold=True, align=align, fit=w - 6, color=color
        )


def _desc_lines(c: Ctx, cols: Columns, line: Line, size: float) -> list[str]:
    width = next(w for key, _, w in cols if key == "description") - 8
    return c.pen.wrap(line.description, size, width)


def _row(c: Ctx, cols: Columns, line: Line, y: float, size: float, step: float) -> float:
    """One line of the table from baseline ``y``; returns the last baseline."""
    wrapped = _desc_lines(c, cols, line, size)
    for key, x, w in cols:
        if key == "description":
            for k, part in enumerate(wrapped):
                c.pen.text(x + 4, y + step * k, part, size)
            continue
        text = _cell_text(c, line, key)
        at, align = (x + w - 4, "right") if key in RIGHT else (x + 4, "left")
        c.pen.text(at, y, text, size, align=align, fit=w - 6)
    return y + step * (len(wrapped) - 1)


def _totals_rows(c: Ctx, x: float, y: float, w: float, step: float, size: float) -> float:
    """The totals rows right-aligned in ``w`` from ``y``; the last one bold on a band."""
    pen, rows = c.pen, c.doc.totals
    for k, row in enumerate(rows):
        last = k == len(rows) - 1
        if last:
            pen.rect(x, y + 3, w, step + 2, fill=pen.pale)
        pen.text(x + 6, y + step - 1, row_label(c, row), size, bold=last, fit=w * 0.62)
        pen.text(x + w - 6, y + step - 1, row_value(c, row), size, bold=last, align="right")
        y += step + (3 if last else 0)
    return y


# --- H166: a hauler's roll-off container invoice -----------------------------------------

RO_MARGIN = 36.0
RO_COLS = (
    ("date", 60.0),
    ("ticket", 60.0),
    ("description", 0.0),
    ("quantity", 52.0),
    ("unit_price", 58.0),
    ("amount", 70.0),
)
RO_STEP = 10.5
RO_STUB = 150.0
RO_CLOSE = 118.0


def render_rolloff_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages as a hauler's billing system prints a roll-off invoice: the firm in
    white on a green band with its dispatch line, its address under it and the title on the
    right; the account's cells (customer, number, date, period, due date, terms, order);
    the billing name beside the container site with the disposal site; each container's
    number, size, placing date and status; the charges by date with the landfill ticket,
    tons or count and rate; notes beside the totals; a return stub under a perforation."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), RO_MARGIN)
    cols = _columns(c.margin, c.width, RO_COLS)
    heights = [RO_STEP * len(_desc_lines(c, cols, line, 8.2)) + 5 for line in doc.lines]
    top = _ro_head(c, measure=True)
    bottom = pen.height - RO_STUB - 20
    pages = paginate(heights, bottom - top - 16, bottom - 90 - 16, RO_CLOSE)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            y = _ro_later(c, number, len(pages))
        else:
            y = _ro_head(c)
        _heads(c, cols, y, 16, pen.accent, white)
        y += 16
        for k in range(start, end):
            base = _row(c, cols, doc.lines[k], y + 11, 8.2, RO_STEP)
            y = base + 5
            pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
        if number == len(pages):
            _ro_close(c, y + 10)
        else:
            pen.text(c.right, y + 14, c.labels["continued"], 7.5, italic=True, align="right")
        _ro_stub(c)
        if len(pages) > 1:
            said = c.labels["page"].format(n=number, m=len(pages))
            pen.text(c.right, bottom + 10, said, 7, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _ro_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    bill = _customer(doc)
    site = [*(doc.service_lines or []), f"{lab['landfill']}: {ex['landfill']}"]
    parties_top = 148.0
    block = 14 + 10.5 * max(len(bill), len(site))
    containers_top = parties_top + block + 12
    table_top = containers_top + 14 + 11 * len(ex["containers"]) + 14
    if measure:
        return table_top
    pen.rect(0, 0, pen.width, 58, fill=pen.accent)
    pen.text(c.margin, 30, doc.vendor_name, 17, bold=True, color=white, fit=330)
    pen.text(c.margin, 46, "Roll-Off Containers · Construction & Cleanout Debris", 8, color=white)
    pen.text(c.right, 30, lab["title"], 13, bold=True, align="right", color=white)
    if doc.vendor_phone:
        phone = f"{lab['phone']}: {doc.vendor_phone}"
        pen.text(c.right, 46, phone, 8.5, align="right", color=white)
    contact = "   ".join(doc.vendor_lines)
    if doc.vendor_email:
        contact += f"   {lab['email']}: {doc.vendor_email}"
    pen.text(c.margin, 72, contact, 7.6, color=GREY, fit=c.width)
    pairs = [
        (lab["customer_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    if doc.period:
        pairs.append((lab["service_period"], fmt.period(*doc.period, " - ")))
    if doc.due_date:
        pairs.append((lab["due_date"], fmt.date(doc.due_date)))
    _cells(c, c.margin, 84, c.width, pairs, 26)
    extra = []
    if doc.terms:
        extra.append(f"{lab['terms']}: {doc.terms}")
    if doc.po_number:
        extra.append(f"{lab['po_number']}: {doc.po_number}")
    extra.append(f"Route {ex['route']}")
    pen.text(c.margin, 124, "     ".join(extra), 8.2)
    half = (c.width - 16) / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], bill), (lab["service_address"], site))):
        x = c.margin + k * (half + 16)
        pen.rect(x, parties_top - 10, half, block, stroke=pen.accent, width=0.8)
        pen.rect(x, parties_top - 10, half, 12, fill=pen.pale)
        pen.text(x + 5, parties_top - 1, head.upper(), 7, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(x + 5, parties_top + 12 + 10.5 * n, text, 8.4, bold=n == 0, fit=half - 10)
    y = containers_top
    heads = (lab["container"], lab["size"], lab["delivered"], lab["status"])
    widths = (90.0, 60.0, 80.0, 90.0)
    x = c.margin
    for head, w in zip(heads, widths, strict=True):
        pen.text(x, y, head, 7, bold=True, color=GREY)
        x += w
    for number, size, placed, pulled in ex["containers"]:
        y += 11
        values = (number, size, fmt.date(placed), lab["pulled" if pulled else "on_site"])
        x = c.margin
        for value, w in zip(values, widths, strict=True):
            pen.text(x, y, value, 8)
            x += w
    return table_top


def _ro_later(c: Ctx, number: int, count: int) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.rect(0, 0, pen.width, 30, fill=pen.accent)
    pen.text(c.margin, 20, doc.vendor_name, 11, bold=True, color=white)
    said = f"{lab['invoice_number']} {doc.invoice_number}   {lab['customer_number']} "
    pen.text(c.right, 20, said + (doc.account_number or ""), 8, align="right", color=white)
    return 60.0


def _ro_close(c: Ctx, y: float) -> None:
    pen, lab = c.pen, c.labels
    w = 230.0
    _totals_rows(c, c.right - w, y, w, 15, 8.6)
    note_w = c.width - w - 20
    pen.text(c.margin, y + 10, lab["notes_head"].upper(), 7, bold=True, color=pen.accent)
    at = y + 21
    for key in ("note_weight", "note_late", "note_block"):
        at = _para(pen, c.margin, at, lab[key], 6.8, note_w, color=GREY) + 10
    if c.doc.vendor_phone:
        said = lab["questions"].format(phone=c.doc.vendor_phone)
        pen.text(c.margin, at + 2, said, 7.2, bold=True)


def _ro_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - RO_STUB
    pen.line(0, top, pen.width, top, color=GREY, dash=(4, 3))
    pen.text(pen.width / 2, top + 14, lab["stub_head"], 7.4, bold=True, align="center")
    pairs = [
        (lab["customer_number"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["due_date"], fmt.date(doc.due_date) if doc.due_date else ""),
        (row_label(c, doc.totals[-1]), fmt.money(doc.due_amount)),
    ]
    _cells(c, c.margin, top + 22, c.width, pairs, 26)
    pen.text(c.right - 150, top + 66, lab["enclosed"], 8, align="right", bold=True)
    pen.rect(c.right - 145, top + 55, 145, 16, stroke=BLACK)
    pen.text(c.margin, top + 66, lab["remit_to"], 7, bold=True, color=GREY)
    lines = [doc.vendor_name, *(doc.remit_lines or doc.vendor_lines)]
    for k, text in enumerate(lines):
        pen.text(c.margin, top + 78 + 10 * k, text, 8.6, bold=k == 0)
    window = _customer(doc)
    for k, text in enumerate(window[:4]):
        pen.text(c.margin + 290, top + 92 + 10 * k, text.upper(), 8)
    seed = _digest(doc.invoice_number, doc.account_number)
    scan = f"{doc.account_number}{doc.invoice_number}".replace("-", "")
    pen.text(c.margin, pen.height - 12, f"{scan}  {int(doc.due_amount * 100):010d}", 7.4)
    _bars(pen, c.right - 150, pen.height - 26, 150, 14, seed)


# --- H167: a pest-control firm's annual termite plan renewal notice -----------------------

TR_MARGIN = 50.0
TR_COLS = (("description", 0.0), ("quantity", 50.0), ("unit_price", 80.0), ("amount", 90.0))
TR_STUB = 176.0


def render_termite_renewal(doc: Document) -> tuple[bytes, int]:
    """One letter page in a serif face: the firm's letterhead centred over a rule, the plan
    holder for a window envelope beside the notice's box (number, date, holder and plan
    numbers, renewal date, order), the title, the covered property with the coverage term,
    the plan's type, the structures and the first treatment, a letter, the structures and
    services renewed in a ruled table, the totals stacked under it, the conditions, and a
    return stub under a perforation."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), TR_MARGIN)
    lab, fmt, ex = c.labels, c.fmt, doc.extras
    mid = pen.width / 2
    pen.text(mid, 44, doc.vendor_name, 19, bold=True, align="center", color=pen.accent)
    pen.text(mid, 58, "  ·  ".join(doc.vendor_lines), 8.5, align="center")
    contact = [f"{lab['phone']} {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(f"{lab['email']} {doc.vendor_email}")
    if doc.vendor_tax_id:
        contact.append(f"{lab['tax_id']} {doc.vendor_tax_id}")
    pen.text(mid, 70, "  ·  ".join(contact), 8.5, align="center")
    pen.text(mid, 81, lab["license"].format(n=ex["license"]), 7.5, italic=True, align="center")
    pen.line(c.margin, 88, c.right, 88, color=pen.accent, width=1.4)
    pairs = [
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
        (lab["account"], doc.account_number or ""),
        (lab["plan"], ex["plan_number"]),
    ]
    if doc.po_number:
        pairs.append((lab["po_number"], doc.po_number))
    box_x, box_w = c.right - 220, 220.0
    pen.rect(box_x, 100, box_w, 14 * len(pairs) + 30, stroke=pen.accent, width=0.9)
    for k, (label, value) in enumerate(pairs):
        pen.text(box_x + 8, 114 + 14 * k, label, 9)
        pen.text(c.right - 8, 114 + 14 * k, value, 9, bold=True, align="right")
    due_y = 114 + 14 * len(pairs) + 4
    pen.rect(box_x, due_y - 10, box_w, 16, fill=pen.pale)
    pen.text(box_x + 8, due_y + 2, lab["due_date"], 9.5, bold=True)
    assert doc.due_date is not None
    pen.text(c.right - 8, due_y + 2, fmt.date(doc.due_date), 9.5, bold=True, align="right")
    for k, text in enumerate(_customer(doc)):
        pen.text(c.margin + 20, 124 + 12 * k, text, 10)
    y = max(due_y + 36.0, 124.0 + 12 * len(_customer(doc)) + 26)
    pen.text(c.margin, y, lab["title"], 15, bold=True)
    pen.text(c.right, y, lab["subtitle"], 11, italic=True, align="right", color=pen.accent)
    y += 16
    assert doc.period is not None
    facts = [
        (lab["service_address"], ", ".join(doc.service_lines or [])),
        (lab["coverage"], fmt.period(*doc.period, lab["coverage_sep"])),
        (lab["plan_type"], ex["plan"]),
        (lab["structures"], str(ex["buildings"])),
        (lab["original"], f"{fmt.date(ex['treated'])} - {ex['product']}"),
    ]
    for label, value in facts:
        y += 13
        pen.text(c.margin, y, f"{label}:", 9.5, bold=True)
        pen.text(c.margin + 120, y, value, 9.5, fit=c.width - 120)
    y = _para(pen, c.margin, y + 22, lab["letter"], 9.5, c.width) + 18
    cols = _columns(c.margin, c.width, TR_COLS)
    pen.line(c.margin, y - 10, c.right, y - 10, width=0.9)
    for key, x, w in cols:
        at, align = (x + w - 4, "right") if key in RIGHT else (x + 4, "left")
        pen.text(at, y, lab[key], 9, bold=True, align=align)
    y += 5
    pen.line(c.margin, y, c.right, y, width=0.9)
    for line in doc.lines:
        y = _row(c, cols, line, y + 13, 9.5, 11.5) + 5
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.5)
    y = _totals_rows(c, c.right - 240, y + 4, 240, 14, 9.5)
    y = _para(pen, c.margin, y + 20, lab["lapse"], 8.5, c.width, italic=True)
    _para(pen, c.margin, y + 13, lab["inspect"], 8.5, c.width, italic=True)
    _tr_stub(c)
    canvas.save()
    return buffer.getvalue(), 1


def _tr_stub(c: Ctx) -> None:
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    top = pen.height - TR_STUB
    pen.line(0, top, pen.width, top, color=GREY, dash=(2, 3))
    pen.text(pen.width / 2, top + 12, lab["stub_head"], 7.5, italic=True, align="center")
    lines = [doc.vendor_name, *doc.vendor_lines]
    for k, text in enumerate(lines):
        pen.text(c.margin, top + 36 + 12 * k, text, 10, bold=k == 0)
    pen.text(c.margin, top + 40 + 12 * len(lines), lab["payable"].format(vendor=doc.vendor_name), 8)
    assert doc.due_date is not None
    pairs = [
        (lab["account"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["due_date"], fmt.date(doc.due_date)),
        (row_label(c, doc.totals[-1]), fmt.money(doc.due_amount)),
    ]
    x = c.right - 230
    for k, (label, value) in enumerate(pairs):
        pen.rect(x, top + 26 + 18 * k, 230, 18, stroke=BLACK, width=0.5)
        pen.text(x + 6, top + 38 + 18 * k, label, 8.5)
        pen.text(c.right - 6, top + 38 + 18 * k, value, 9.5, bold=True, align="right")
    y = top + 26 + 18 * len(pairs) + 16
    pen.text(x, y, lab["enclosed"], 8.5)
    pen.line(x + 90, y + 2, c.right, y + 2, width=0.6)


# --- H168: a hardware store's sales receipt with the card slip stapled to it ---------------

SS_WIDTH = 226.0
SS_PAGE = 300.0
SS_MARGIN = 12.0
SS_SIZE = 7.6
SS_STEP = 9.6
SLIP_W = 168.0


def render_stapled_slip(doc: Document) -> tuple[bytes, int]:
    """A narrow receipt printed by a small store's point-of-sale program in its own type,
    the store's name over its address and phone, the sale's number, date, time, station
    and clerk, the account and job on some, each article's SKU and name with its count
    at the price each and amount, the merchandise total, the tax and the sale's total,
    the card charged, the count of items and the return policy; and, stapled across its
    foot a little askew, the card terminal's slip with the merchant, terminal, card, the
    amount, the approval and a signature line."""
    lines = _ss_receipt_lines(doc)
    receipt_h = 30 + SS_STEP * len(lines) + 30
    slip = _ss_slip_lines(doc)
    slip_h = 24 + 9.4 * len(slip) + 16
    overlap = 26.0
    height = receipt_h + slip_h - overlap + 40
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(SS_PAGE, height), invariant=1, pageCompression=1)
    canvas.setTitle(f"{doc.labels['receipt_title'].title()} {doc.invoice_number}")
    canvas.setAuthor(doc.vendor_name)
    pen = Pen(canvas, SS_PAGE, height, doc.layout["font"], doc.layout["accent"])
    pen.rect(4, 6, SS_WIDTH, receipt_h, fill=white, stroke=LIGHT, width=0.5)
    y = 30.0
    for text, style in lines:
        if style == "centre":
            pen.text(4 + SS_WIDTH / 2, y, text, SS_SIZE, align="center")
        elif style == "big":
            pen.text(4 + SS_WIDTH / 2, y, text, 10.5, bold=True, align="center", fit=SS_WIDTH - 20)
        elif isinstance(style, tuple):
            pen.text(4 + SS_MARGIN, y, text, SS_SIZE, bold=style[1])
            pen.text(4 + SS_WIDTH - SS_MARGIN, y, style[0], SS_SIZE, bold=style[1], align="right")
        else:
            pen.text(4 + SS_MARGIN, y, text, SS_SIZE, bold=style == "bold")
        y += SS_STEP
    ex = doc.extras
    slip_x = 4 + SS_WIDTH - SLIP_W + 30 + ex["shift"]
    slip_top = 6 + receipt_h - overlap
    _ss_slip(pen, slip, slip_x, slip_top, slip_h, ex["tilt"])
    staple_x = slip_x + SLIP_W * ex["staple"]
    pen.rect(staple_x - 14, slip_top + 5, 28, 2.6, fill=HexColor("#8a8a8a"))
    canvas.save()
    return buffer.getvalue(), 1


def _ss_receipt_lines(doc: Document) -> list[tuple[str, object]]:
    lab, fmt, ex = doc.labels, Fmt.of(doc), doc.extras
    out: list[tuple[str, object]] = [(doc.vendor_name, "big")]
    out += [(text, "centre") for text in doc.vendor_lines]
    if doc.vendor_phone:
        out.append((f"{lab['phone']} {doc.vendor_phone}", "centre"))
    out.append(("", "left"))
    out.append((f"{lab['receipt_number']} {doc.invoice_number}", (lab["receipt_title"], True)))
    out.append((f"{lab['invoice_date']} {fmt.date(doc.invoice_date)} {ex['time']}", "left"))
    out.append((f"{lab['station']} {ex['station']}  {lab['clerk']} {ex['clerk']}", "left"))
    if doc.customer_name:
        out.append((f"{lab['customer']}: {doc.customer_name}", "left"))
    if ex["job"]:
        out.append((f"{lab['job']}: {ex['job']}", "left"))
    out.append(("-" * 40, "left"))
    for line in doc.lines:
        assert line.quantity is not None and line.unit_price is not None
        out.append((f"{line.code} {line.description}", (fmt.amount(line.amount), False)))
        if line.quantity != 1:
            out.append(
                (f"   {fmt.quantity(line.quantity)} @ {fmt.amount(line.unit_price)}", "left")
            )
    out.append(("-" * 40, "left"))
    for row in doc.totals:
        out.append((row_label_doc(doc, row), (row_value_doc(doc, row), row.key == "total")))
    out.append(("", "left"))
    card = f"{ex['brand']} XXXX{ex['card_last4']}"
    out.append((f"{lab['tender']} {card}", (fmt.money(doc.total), False)))
    count = sum((line.quantity or Decimal(1) for line in doc.lines), Decimal(0))
    out.append((f"{lab['items']}: {fmt.quantity(count)}", "left"))
    out.append(("", "left"))
    for text in _wrap_plain(lab["policy"], 40):
        out.append((text, "left"))
    out.append((lab["thanks"], "centre"))
    return out


def _wrap_plain(text: str, width: int) -> list[str]:
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*out, line] if line else out


def row_label_doc(doc: Document, row: TotalRow) -> str:
    c = Ctx(None, doc, Fmt.of(doc), 0)  # type: ignore[arg-type]
    return row_label(c, row)


def row_value_doc(doc: Document, row: TotalRow) -> str:
    c = Ctx(None, doc, Fmt.of(doc), 0)  # type: ignore[arg-type]
    return row_value(c, row)


def _ss_slip_lines(doc: Document) -> list[tuple[str, str]]:
    lab, ex, fmt = doc.labels, doc.extras, Fmt.of(doc)
    day = doc.invoice_date
    name = ex["dba"] or doc.vendor_name.upper()
    city = doc.vendor_lines[-1].upper() if doc.vendor_lines else ""
    out = [
        (name, "c"),
        (city, "c"),
        ("", ""),
        (f"{lab['slip_merchant']}|{ex['merchant']}", "lr"),
        (f"{lab['slip_terminal']}|{ex['terminal']}", "lr"),
        (f"{day.month:02d}/{day.day:02d}/{day.year}|{ex['time']}", "lr"),
        (f"{lab['slip_batch']} {ex['batch']}|{lab['slip_inv']} {doc.invoice_number[-4:]}", "lr"),
        ("", ""),
        (lab["slip_sale"], "cb"),
        (f"{ex['brand']}|************{ex['card_last4']}", "lr"),
        (f"{lab['slip_entry']}|{ex['entry']}", "lr"),
        ("", ""),
        (f"{lab['slip_amount']}|USD{fmt.money(doc.total)}", "lrb"),
        ("", ""),
        (f"{lab['slip_approved']}", "cb"),
        (f"{lab['slip_auth']}|{ex['auth']}", "lr"),
        (f"{lab['slip_ref']}|{ex['ref']}", "lr"),
    ]
    if not ex["copy"]:
        out += [("", ""), ("", ""), (lab["slip_sign"] + "_" * 24, "l")]
        out += [(text, "cs") for text in _wrap_plain(lab["slip_agree"], 36)]
    out += [("", ""), (lab["slip_copy2" if ex["copy"] else "slip_copy"], "cb")]
    return out


def _ss_slip(
    pen: Pen, lines: list[tuple[str, str]], x: float, top: float, h: float, tilt: float
) -> None:
    """The terminal's slip turned by ``tilt`` degrees about its top left corner."""
    canvas = pen.canvas
    canvas.saveState()
    canvas.translate(x, pen.height - top)
    canvas.rotate(tilt)
    canvas.setFillColor(white)
    canvas.setStrokeColor(LIGHT)
    canvas.setLineWidth(0.5)
    canvas.rect(0, -h, SLIP_W, h, stroke=1, fill=1)
    canvas.setFillColor(BLACK)
    font, bold = pen.font(), pen.font(bold=True)
    y = 22.0
    for text, style in lines:
        face = bold if "b" in style else font
        size = 6.4 if "s" in style else 7.4
        if "|" in text:
            left, right = text.split("|", 1)
            canvas.setFont(face, size)
            canvas.drawString(9, -y, left)
            canvas.drawRightString(SLIP_W - 9, -y, right)
        elif "c" in style:
            wide = stringWidth(text, face, size)
            size = size * min(1.0, (SLIP_W - 16) / wide) if wide else size
            canvas.setFont(face, size)
            canvas.drawCentredString(SLIP_W / 2, -y, text)
        else:
            canvas.setFont(face, size)
            canvas.drawString(9, -y, text)
        y += 9.4
    canvas.restoreState()


# --- H169: a Puerto Rican contractor's generator service and diesel invoice ----------------

GS_MARGIN = 38.0
GS_COLS = (
    ("line_no", 34.0),
    ("description", 0.0),
    ("unit", 44.0),
    ("quantity", 56.0),
    ("unit_price", 64.0),
    ("amount", 76.0),
)


def render_generator_service(doc: Document) -> tuple[bytes, int]:
    """One letter page: the firm, its trade line, address, phone, e-mail, merchant
    registration and licence on the left, the title over a framed box of the invoice's
    number, date, deadline, terms and order on the right; the customer billed beside where
    the generator stands, in boxes with their headings on a tinted band; the equipment's
    data in ruled cells (make, model, serial, rating, fuel, tank, hour meter, tank level,
    service day, technician); numbered lines with the unit, count, price and total; the
    technician's remarks and the receipt signature beside the framed totals; how to pay."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), GS_MARGIN)
    lab, fmt, ex = c.labels, c.fmt, doc.extras
    draw_logo(pen, doc.logo, c.margin, 30, 36, initials(doc.vendor_name))
    x = c.margin + 44
    pen.text(x, 42, doc.vendor_name, 14, bold=True, color=pen.accent, fit=300)
    pen.text(x, 53, lab["subtitle"], 7, italic=True, fit=300)
    info = list(doc.vendor_lines)
    if doc.vendor_phone:
        info.append(f"{lab['phone']} {doc.vendor_phone}")
    if doc.vendor_email:
        info.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        info.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    info.append(lab["license"].format(n=ex["license"]))
    for k, text in enumerate(info):
        pen.text(x, 66 + 10 * k, text, 7.8, color=GREY, fit=300)
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
    box_x, box_w = c.right - 200, 200.0
    pen.rect(box_x, 26, box_w, 22, fill=pen.accent)
    pen.text(box_x + box_w / 2, 42, lab["title"], 14, bold=True, color=white, align="center")
    pen.rect(box_x, 48, box_w, 13 * len(pairs) + 8, stroke=pen.accent, width=0.9)
    for k, (label, value) in enumerate(pairs):
        pen.text(box_x + 6, 61 + 13 * k, label, 7.8)
        pen.text(c.right - 6, 61 + 13 * k, value, 8.6, bold=True, align="right")
    y = max(66.0 + 10 * len(info), 56.0 + 13 * len(pairs) + 8) + 16
    half = (c.width - 14) / 2
    blocks = ((lab["bill_to"], _customer(doc)), (lab["service_address"], doc.service_lines or []))
    tall = 16 + 11 * max(len(lines) for _, lines in blocks)
    for k, (head, lines) in enumerate(blocks):
        bx = c.margin + k * (half + 14)
        pen.rect(bx, y, half, 13, fill=pen.pale)
        pen.rect(bx, y, half, tall + 4, stroke=pen.accent, width=0.7)
        pen.text(bx + 5, y + 9.5, head, 7.6, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(bx + 5, y + 24 + 11 * n, text, 8.4, bold=n == 0, fit=half - 10)
    y += tall + 16
    pen.text(c.margin, y, lab["equipment"], 8, bold=True, color=pen.accent)
    y += 4
    first = [
        (lab["make"], ex["make"]),
        (lab["model"], ex["model"]),
        (lab["serial"], ex["serial"]),
        (lab["rating"], f"{ex['kw']} kW"),
        (lab["fuel"], lab["fuel_kind"]),
        (lab["tank"], f"{ex['tank']} gal"),
    ]
    before, after = ex["hours"]
    second = [
        (f"{lab['hours']} {lab['hours_before']}", f"{before:,} h"),
        (f"{lab['hours']} {lab['hours_after']}", f"{after:,} h"),
        (f"{lab['level']} {lab['before']}", ex["level"][0]),
        (f"{lab['level']} {lab['after']}", ex["level"][1]),
        (lab["visit"], fmt.date(ex["visit"])),
        (lab["technician"], ex["technician"]),
    ]
    _cells(c, c.margin, y, c.width, first, 24)
    _cells(c, c.margin, y + 24, c.width, second, 24)
    y += 60
    cols = _columns(c.margin, c.width, GS_COLS)
    _heads(c, cols, y, 16, pen.accent, white)
    y += 16
    start = y
    for k, line in enumerate(doc.lines, start=1):
        base = _row(c, cols, line, y + 12, 8.4, 10.5)
        pen.text(cols[0][1] + cols[0][2] - 8, y + 12, f"{k}", 8.4, align="right")
        y = base + 6
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    y = max(y, start + 150)
    for _, x0, _ in cols[1:]:
        pen.line(x0, start, x0, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, start - 16, c.width, y - start + 16, stroke=pen.accent, width=0.8)
    y += 14
    w = 230.0
    pen.rect(c.right - w, y, w, 15 * len(doc.totals) + 12, stroke=pen.accent, width=0.8)
    _totals_rows(c, c.right - w, y + 2, w, 15, 8.8)
    note_w = c.width - w - 18
    pen.text(c.margin, y + 10, lab["remarks"], 7.6, bold=True)
    at = y + 22
    if ex["remark"]:
        at = _para(pen, c.margin, at, ex["remark"], 8, note_w, italic=True) + 12
    if any(line.unit == "gal" and not line.part for line in doc.lines):
        at = _para(pen, c.margin, at, lab["diesel_note"], 7, note_w, color=GREY) + 12
    pen.line(c.margin, at + 26, c.margin + note_w - 20, at + 26, width=0.6)
    pen.text(c.margin, at + 36, lab["signature"], 7, color=GREY)
    said = lab["pay"].format(vendor=doc.vendor_name, bank=ex["bank"], account=ex["bank_account"])
    _para(pen, c.margin, pen.height - 40, said, 7.6, c.width)
    canvas.save()
    return buffer.getvalue(), 1


# --- H170: a Mexican water utility's receipt for tanker-truck deliveries ------------------

PP_MARGIN = 36.0
PP_COLS = (
    ("date", 62.0),
    ("ticket", 54.0),
    ("description", 0.0),
    ("unit", 44.0),
    ("quantity", 50.0),
    ("unit_price", 58.0),
    ("amount", 72.0),
)
PP_CLOSE = 200.0


def render_pipa_invoice(doc: Document) -> tuple[bytes, int]:
    """Letter pages: the utility's seal and name with its address, phone and RFC, the
    title and what it covers in a framed box on the right; the account's cells (account,
    folio, date of issue, delivery period, deadline, use, sector); the holder beside the
    delivery address with the request's number; each trip on its day with its voucher,
    the cubic metres at the fee and the charge, the truck and driver under it in grey;
    the totals framed on the right, the amount in words on the left, and the payment
    reference with its bar code at the foot."""
    buffer, canvas, pen = _sheet(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), PP_MARGIN)
    cols = _columns(c.margin, c.width, PP_COLS)
    heights = [10.5 * len(_desc_lines(c, cols, line, 8.2)) + 16 for line in doc.lines]
    top = _pp_head(c, measure=True)
    bottom = pen.height - 40
    pages = paginate(heights, bottom - top - 16, bottom - 80 - 16, PP_CLOSE)
    for number, (start, end) in enumerate(pages, start=1):
        if number > 1:
            canvas.showPage()
            y = _pp_later(c)
        else:
            y = _pp_head(c)
        _heads(c, cols, y, 16, pen.pale, pen.accent)
        y += 16
        for k in range(start, end):
            line = doc.lines[k]
            base = _row(c, cols, line, y + 11, 8.2, 10.5)
            said = f"{c.labels['tanker']} {doc.extras['trucks'][k]} · "
            said += f"{c.labels['driver']}: {doc.extras['drivers'][k]}"
            desc = next(x for key, x, _ in cols if key == "description")
            pen.text(desc + 4, base + 9.5, said, 6.6, color=GREY)
            y = base + 15
            pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
        if number == len(pages):
            _pp_close(c, y + 10)
        said = c.labels["page"].format(n=number, m=len(pages))
        pen.text(c.right, pen.height - 20, said, 7, align="right", color=GREY)
    canvas.save()
    return buffer.getvalue(), len(pages)


def _pp_head(c: Ctx, *, measure: bool = False) -> float:
    pen, doc, lab, fmt, ex = c.pen, c.doc, c.labels, c.fmt, c.doc.extras
    holder = _customer(doc)
    place = list(doc.service_lines or [])
    if doc.po_number:
        place.append(f"{lab['po_number']}: {doc.po_number}")
    parties_top = 176.0
    block = 16 + 11 * max(len(holder), len(place))
    if measure:
        return parties_top + block + 14
    pen.canvas.setFillColor(pen.accent)
    pen.canvas.circle(c.margin + 24, pen.height - 52, 24, stroke=0, fill=1)
    pen.canvas.setFillColor(white)
    pen.canvas.circle(c.margin + 24, pen.height - 52, 17, stroke=0, fill=1)
    pen.text(
        c.margin + 24,
        56,
        initials(doc.vendor_name),
        11,
        bold=True,
        align="center",
        color=pen.accent,
    )
    x = c.margin + 58
    pen.text(x, 42, doc.vendor_name, 13, bold=True, fit=290)
    info = list(doc.vendor_lines)
    if doc.vendor_phone:
        info.append(f"{lab['phone']} {doc.vendor_phone}")
    if doc.vendor_email:
        info.append(f"{lab['email']}: {doc.vendor_email}")
    if doc.vendor_tax_id:
        info.append(f"RFC {doc.vendor_tax_id}")
    for k, text in enumerate(info):
        pen.text(x, 54 + 9.5 * k, text, 7.6, color=GREY, fit=290)
    bx, bw = c.right - 200, 200.0
    pen.rect(bx, 28, bw, 46, stroke=pen.accent, width=1.2)
    pen.text(
        bx + bw / 2, 46, lab["title"], 10, bold=True, align="center", color=pen.accent, fit=bw - 10
    )
    pen.text(bx + bw / 2, 62, lab["subtitle"], 7, align="center", fit=bw - 10)
    assert doc.period is not None and doc.due_date is not None
    first = [
        (lab["account"], doc.account_number or ""),
        (lab["invoice_number"], doc.invoice_number),
        (lab["invoice_date"], fmt.date(doc.invoice_date)),
    ]
    second = [
        (lab["period"], f"del {fmt.date(doc.period[0])} al {fmt.date(doc.period[1])}"),
        (lab["due_date"], fmt.date(doc.due_date)),
        (lab["use"], lab["use_kind"]),
        (lab["sector"], ex["sector"]),
    ]
    _cells(c, c.margin, 106, c.width, first, 26)
    _cells(c, c.margin, 132, c.width, second, 26)
    half = (c.width - 14) / 2
    for k, (head, lines) in enumerate(((lab["bill_to"], holder), (lab["service_address"], place))):
        bx = c.margin + k * (half + 14)
        pen.rect(bx, parties_top, half, block, stroke=LIGHT, width=0.6)
        pen.text(bx + 5, parties_top + 10, head.upper(), 7, bold=True, color=pen.accent)
        for n, text in enumerate(lines):
            pen.text(bx + 5, parties_top + 22 + 11 * n, text, 8.4, bold=n == 0, fit=half - 10)
    return parties_top + block + 14


def _pp_later(c: Ctx) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, 40, doc.vendor_name, 11, bold=True)
    said = f"{lab['account']} {doc.account_number}   {lab['invoice_number']} {doc.invoice_number}"
    pen.text(c.right, 40, said, 8, align="right")
    pen.line(c.margin, 48, c.right, 48, color=pen.accent, width=1)
    return 80.0


def _pp_close(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    w = 240.0
    pen.rect(c.right - w, y, w, 15 * len(doc.totals) + 10, stroke=pen.accent, width=0.9)
    _totals_rows(c, c.right - w, y + 2, w, 15, 8.8)
    words = amount_words_es(doc.due_amount, doc.currency)
    pen.text(c.margin, y + 12, lab["words"], 7.4, bold=True)
    _para(pen, c.margin, y + 24, words, 8, c.width - w - 24)
    y += 15 * len(doc.totals) + 30
    pen.rect(c.margin, y, c.width, 70, fill=tint(pen.accent, 0.93))
    pen.text(c.margin + 8, y + 14, lab["reference"], 8, bold=True, color=pen.accent)
    pen.text(c.margin + 8, y + 30, doc.extras["reference"], 12, bold=True)
    _para(pen, c.margin + 8, y + 46, lab["pay_at"], 7.2, 300)
    seed = _digest(doc.extras["reference"])
    _bars(pen, c.right - 190, y + 14, 180, 34, seed)
    _para(pen, c.margin, y + 88, lab["note"], 7, c.width, color=GREY)
