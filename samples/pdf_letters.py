"""Blocks and a page of the layouts added with H67 and H70: a Spanish-style head with the
recipient's address on the right inside the corner marks of an envelope window and the
single due date only in a payment schedule under the totals ("Vencimientos": the date, how
it is collected, the amount), and a "cuenta de cobro" written as a letter: the place and
date, the customer, "DEBE A:" the provider, "LA SUMA DE:" the amount in words and figures,
"POR CONCEPTO DE:" the month served, the services, a signature."""

from __future__ import annotations

from reportlab.lib.pagesizes import LETTER

from samples.document import Document
from samples.formats import amount_words_receipt_es, period_es
from samples.pdf_base import GREY, Fmt, Pen, draw_logo, initials
from samples.pdf_blocks import Ctx, _vendor_block
from samples.pdf_sheets import _canvas
from samples.pdf_table import build_table, draw_rows, draw_totals

WINDOW_W = 236.0
ARM = 12.0  # the length of a window's corner mark
LETTER_MARGIN = 64.0


# --- H67: window on the right, payment schedule -----------------------------------------------


def _corners(pen: Pen, x: float, y: float, w: float, h: float) -> None:
    """The four corner marks of an envelope window around (x, y, w, h)."""
    for cx, dx in ((x, 1), (x + w, -1)):
        for cy, dy in ((y, 1), (y + h, -1)):
            pen.line(cx, cy, cx + dx * ARM, cy, color=GREY, width=0.8)
            pen.line(cx, cy, cx, cy + dy * ARM, color=GREY, width=0.8)


def header_window_right(c: Ctx, y: float) -> float:
    """The company on the left (logo, name, address, contact, tax id); on the right the
    recipient's name and address inside an envelope window's corner marks, a small caption
    over them; the title under the company."""
    pen, doc, lab = c.pen, c.doc, c.labels
    x0 = c.right - WINDOW_W
    draw_logo(pen, doc.logo, c.margin, y, 40, initials(doc.vendor_name))
    bottom = _vendor_block(c, c.margin, y + 58, x0 - c.margin - 20, name_size=12.5)
    attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
    lines = [doc.customer_name or "", *attn, *(doc.bill_to_lines or [])]
    top, height = y + 34, 20 + 12 * len(lines)
    pen.text(x0, top - 5, lab["bill_to"], 6.5, color=GREY)
    _corners(pen, x0, top, WINDOW_W, height)
    for k, line in enumerate(lines):
        pen.text(x0 + 12, top + 18 + 12 * k, line, 10, bold=k == 0, fit=WINDOW_W - 24)
    y = max(bottom, top + height) + 30
    pen.text(c.margin, y, c.title, 17, bold=True, color=pen.accent)
    return y + 12


def due_schedule(c: Ctx, y: float) -> float:
    """The payment schedule under the totals: a heading over a ruled row of the due date,
    how it is collected and the amount; the account to transfer to under it."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    assert doc.due_date is not None
    way = doc.extras["pay_way"]
    pen.text(c.margin, y + 12, lab["schedule"].upper(), 8.5, bold=True, color=pen.accent)
    top, w = y + 17, c.width * 0.64
    cell = w / 3
    cells = [
        (lab["schedule_date"], fmt.date(doc.due_date)),
        (lab["schedule_way"], lab[way]),
        (lab["schedule_amount"], fmt.money(doc.due_amount)),
    ]
    pen.rect(c.margin, top, w, 13, fill=pen.pale)
    pen.rect(c.margin, top, w, 30, stroke=pen.accent, width=0.7)
    pen.line(c.margin, top + 13, c.margin + w, top + 13, color=pen.accent, width=0.5)
    for i, (label, value) in enumerate(cells):
        x = c.margin + i * cell
        if i:
            pen.line(x, top, x, top + 30, color=pen.accent, width=0.5)
        pen.text(x + 5, top + 9.5, label, 7, bold=True, fit=cell - 10)
        pen.text(x + 5, top + 25, value, 9, bold=i != 1, fit=cell - 10)
    y = top + 30
    if way == "pay_transfer" and doc.extras.get("bank"):
        pen.text(c.margin, y + 12, f"{lab['bank']}: {doc.extras['bank']}", 8, fit=c.width)
        y += 12
    return y + 8


# --- H70: a cuenta de cobro --------------------------------------------------------------------


def render_cuenta(doc: Document) -> tuple[bytes, int]:
    """The PDF of a cuenta de cobro and its page count (always one)."""
    buffer, canvas, pen = _canvas(doc, LETTER)
    c = Ctx(pen, doc, Fmt.of(doc), LETTER_MARGIN)
    y = _letterhead(c, 52.0)
    y = _addressed(c, y)
    y = _services(c, y)
    _closing(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _letterhead(c: Ctx, y: float) -> float:
    """The provider's name and contact over a rule, the place and date on the right under
    it, then the title with the number centred."""
    pen, doc, lab = c.pen, c.doc, c.labels
    pen.text(c.margin, y + 14, doc.vendor_name, 15, bold=True, color=pen.accent, fit=c.width)
    pen.text(c.margin, y + 28, " · ".join(doc.vendor_lines), 8.5, color=GREY, fit=c.width)
    contact = [f"{lab['phone']} {doc.vendor_phone}"]
    if doc.vendor_email:
        contact.append(f"{lab['email']}: {doc.vendor_email}")
    pen.text(c.margin, y + 39, "   ".join(contact), 8.5, color=GREY, fit=c.width)
    pen.line(c.margin, y + 46, c.right, y + 46, color=pen.accent, width=1)
    when = lab["place_date"].format(city=doc.extras["city"], date=c.fmt.date(doc.invoice_date))
    pen.text(c.right, y + 74, when, 10.5, align="right")
    pen.text(c.margin + c.width / 2, y + 108, c.title, 15, bold=True, align="center")
    return y + 134


def _lead(c: Ctx, y: float, lead: str, text: str, size: float = 10.5, tail: str = "") -> float:
    """A bold capital lead-in and its text after it, wrapped under it at the margin; a
    ``tail`` (an amount in figures) is never split: it ends the last line or starts one."""
    pen = c.pen
    pen.text(c.margin, y, lead, size, bold=True)
    indent = pen.measure(f"{lead} ", size, True)
    first = pen.wrap(text, size, c.width - indent)[0]
    rest = text[len(first) :].strip()
    lines = [first, *(pen.wrap(rest, size, c.width) if rest else [])]
    room = c.width - (indent if len(lines) == 1 else 0)
    if tail and pen.measure(f"{lines[-1]} {tail}", size) <= room:
        lines[-1] += f" {tail}"
    elif tail:
        lines.append(tail)
    for k, line in enumerate(lines):
        pen.text(c.margin + (indent if k == 0 else 0), y, line, size)
        y += size + 3
    return y + 6


def _addressed(c: Ctx, y: float) -> float:
    """The customer with its address, "DEBE A:" the provider with its tax id, the sum in
    words and figures, the concept with the month served and the property."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    attn = [doc.extras["attn"]] if doc.extras.get("attn") else []
    extra = list(doc.extras.get("customer_lines", []))
    lines = [doc.customer_name or "", *attn, *(doc.bill_to_lines or []), *extra]
    for k, line in enumerate(lines):
        pen.text(c.margin, y + 13 * k, line, 11 if k == 0 else 10, bold=k == 0, fit=c.width)
    y += 13 * len(lines) + 17
    pen.text(c.margin, y, lab["owes"], 11, bold=True)
    pen.text(c.margin, y + 17, doc.vendor_name, 11, bold=True, fit=c.width)
    y += 17
    if doc.vendor_tax_id:
        pen.text(c.margin, y + 13, f"{lab['tax_id']}: {doc.vendor_tax_id}", 10)
        y += 13
    y += 28
    words = amount_words_receipt_es(doc.due_amount, doc.currency)
    y = _lead(c, y, lab["sum_of"], words, tail=f"({fmt.money(doc.due_amount)})")
    assert doc.period is not None
    concept = lab["concept_text"].format(period=period_es(*doc.period))
    y = _lead(c, y, lab["concept"], concept[:1].upper() + concept[1:])
    if doc.service_lines:
        y = _lead(c, y, f"{lab['service_address']}:", ", ".join(doc.service_lines), 9.5)
    if doc.po_number:
        y = _lead(c, y, f"{lab['po_number']}", doc.po_number, 9.5)
    return y + 4


def _services(c: Ctx, y: float) -> float:
    """The services under a heading in a ruled table, the totals under it on the right."""
    pen, lab = c.pen, c.labels
    pen.text(c.margin, y, lab["detail"], 9.5, bold=True, color=pen.accent)
    table = build_table(c)
    bottom = draw_rows(c, table, 0, len(table.heights), y + 6)
    return draw_totals(c, bottom)


def _closing(c: Ctx, y: float) -> None:
    """No VAT charged, when none is; the due date and the bank in sentences; a signature
    over the provider's name and tax id."""
    pen, doc, lab = c.pen, c.doc, c.labels
    sentences = []
    if not doc.total_row("tax"):
        sentences.append(lab["no_tax"])
    if doc.due_date:
        sentences.append(lab["due_sentence"].format(date=c.fmt.date(doc.due_date)))
    if doc.extras.get("bank"):
        sentences.append(f"{lab['bank']} {doc.extras['bank']}")
    for text in sentences:
        y += 14
        pen.text(c.margin, y, text, 10, fit=c.width)
    y += 36
    pen.text(c.margin, y, lab["regards"], 10.5)
    y += 52
    pen.line(c.margin, y, c.margin + 220, y, width=0.7)
    pen.text(c.margin, y + 13, doc.vendor_name, 10, bold=True, fit=c.width)
    pen.text(c.margin, y + 25, lab["signature"], 8, color=GREY)
    pen.text(c.margin + c.width / 2, pen.height - 40, lab["thanks"], 9, italic=True, align="center")
