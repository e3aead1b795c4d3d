"""A payment receipt torn from a receipt book ("Recibo"): the vendor's head, the receipt
number in the top right corner over a "Bueno por" box with the amount, the place and date,
the payment said in one sentence ("Recibimos de ... la cantidad de ... por concepto de
..."), for some a breakdown of the services paid, how it was paid and a signature line."""

from __future__ import annotations

from samples.document import Document
from samples.formats import amount_words_receipt_es
from samples.pdf_base import GREY
from samples.pdf_blocks import Ctx, contact_lines, framed_slip

WIDTH = 540.0
MARGIN = 28.0
ROW = 13.0


def render_payment(doc: Document) -> tuple[bytes, int]:
    """The PDF bytes of a receipt-book receipt and its page count (always one)."""
    detail = not doc.extras.get("concept_only")
    height = 318.0 + (24 + ROW * len(doc.lines) if detail else 0)
    buffer, canvas, c = framed_slip(doc, (WIDTH, height), MARGIN, 1.4)
    y = _head(c, 22.0)
    y = _sentence(c, y)
    if detail:
        y = _detail(c, y)
    _footer(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _head(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    box_w = 150.0
    room = c.width - box_w - 20
    pen.text(c.margin, y + 14, doc.vendor_name, 14, bold=True, color=pen.accent, fit=room)
    pen.text(c.margin, y + 28, ", ".join(doc.vendor_lines), 8.5, color=GREY, fit=room)
    rest = contact_lines(doc)[len(doc.vendor_lines) :]
    pen.text(c.margin, y + 39, "   ".join(rest), 8.5, color=GREY, fit=room)
    pen.text(c.right, y + 14, lab["receipt_title"], 18, bold=True, align="right")
    number = f"{lab['receipt_number']} {doc.invoice_number}"
    pen.text(c.right, y + 34, number, 14, bold=True, align="right", color=pen.accent)
    top = y + 44
    pen.rect(c.right - box_w, top, box_w, 22, stroke=pen.accent, width=0.9)
    pen.text(c.right - box_w + 6, top + 15, lab["good_for"], 9, italic=True)
    total = c.fmt.money(doc.total)
    pen.text(c.right - 6, top + 15.5, total, 11, bold=True, align="right")
    when = lab["place_date"].format(city=doc.extras["city"], date=c.fmt.date(doc.invoice_date))
    pen.text(c.right, top + 42, when, 10, align="right")
    return top + 58


def _filled(c: Ctx, y: float, lead: str, value: str) -> None:
    """A printed lead-in and the value written on a dotted line after it."""
    pen = c.pen
    x = c.margin + pen.measure(lead, 10.5) + 6
    pen.text(c.margin, y, lead, 10.5)
    pen.line(x, y + 2.5, c.right, y + 2.5, color=GREY, width=0.5, dash=(1, 2))
    pen.text(x + 4, y, value, 10.5, bold=True, italic=False, fit=c.right - x - 6)


def _sentence(c: Ctx, y: float) -> float:
    doc, lab = c.doc, c.labels
    words = amount_words_receipt_es(doc.total, doc.currency)
    y += 10
    _filled(c, y, lab["received_from"], doc.customer_name or "")
    _filled(c, y + 24, lab["amount_of"], f"{c.fmt.money(doc.total)} {words}")
    _filled(c, y + 48, lab["concept"], doc.extras["concept"])
    return y + 66


def _detail(c: Ctx, y: float) -> float:
    """The services paid, one per line: description and amount."""
    pen, lab = c.pen, c.labels
    x0, w = c.margin + 20, c.width - 40
    pen.rect(x0, y, w, 14, fill=pen.pale)
    pen.text(x0 + 5, y + 10, lab["description"], 8.5, bold=True)
    pen.text(x0 + w - 5, y + 10, lab["amount"], 8.5, bold=True, align="right")
    y += 14
    for line in c.doc.lines:
        y += ROW
        pen.text(x0 + 5, y - 3, line.description, 9, fit=w - 100)
        pen.text(x0 + w - 5, y - 3, c.fmt.amount(line.amount), 9, align="right")
    pen.line(x0, y + 1, x0 + w, y + 1, color=GREY, width=0.5)
    return y + 10


def _footer(c: Ctx, y: float) -> None:
    pen, doc, lab = c.pen, c.doc, c.labels
    y += 14
    pen.text(c.margin, y, lab["paid_with"], 9.5)
    x = c.margin + pen.measure(lab["paid_with"], 9.5) + 12
    way = doc.extras["paid_with"]
    for key, text in (
        ("cash", lab["cash_box"]),
        ("check", lab["check_box"]),
        ("transfer", lab["transfer_box"]),
    ):
        pen.rect(x, y - 8, 9, 9, stroke=pen.accent, width=0.7)
        if key == way:
            pen.text(x + 4.5, y - 0.5, "X", 8.5, bold=True, align="center")
        if key == "check":
            number = doc.extras["check_number"] if way == "check" else "________"
            text = f"{text} {number}"
        pen.text(x + 13, y, text, 9.5)
        x += 13 + pen.measure(text, 9.5) + 18
    y += 52
    sign_x = c.right - 190
    pen.text(sign_x + 95, y - 6, doc.extras["received_by"], 12, italic=True, align="center")
    pen.line(sign_x, y, c.right, y, width=0.7)
    pen.text(sign_x + 95, y + 11, lab["signature"], 8.5, align="center", color=GREY)
    pen.text(c.margin, y, f"{lab['received_by']}: {doc.extras['received_by']}", 9.5)
    pen.text(c.margin, y + 26, lab["receipt_thanks"], 8, italic=True, color=GREY)
