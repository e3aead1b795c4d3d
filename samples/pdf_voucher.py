"""The receipt of the layout added with H65: a supply store's cash receipt ("Recibo de
caja") printed on a wide slip inside a frame: the store's head on the left and a box with
the title and the receipt number on the right, a ruled row of date, time, register and
clerk, the customer and the job site, a ruled grid of items (quantity, code, article,
price each, amount), the total in words and how it was paid beside the totals box, a
signature line and the store's notes."""

from __future__ import annotations

from samples.document import Document
from samples.formats import amount_words_receipt_es
from samples.pdf_base import BLACK, GREY, LIGHT
from samples.pdf_blocks import Ctx, framed_slip
from samples.pdf_table import row_label, sku

WIDTH = 504.0
MARGIN = 24.0
ROW = 13.0
# quantity, code, article, price each, amount: (width, right-aligned); the article fills
COLUMNS = (("quantity", 52.0, True), ("item", 56.0, False), ("description", 0.0, False))
PRICES = (("unit_price", 72.0, True), ("amount", 76.0, True))


def render_voucher(doc: Document) -> tuple[bytes, int]:
    """The PDF bytes of a cash receipt slip and its page count (always one)."""
    height = 290.0 + ROW * len(doc.lines) + 15 * len(doc.totals)
    buffer, canvas, c = framed_slip(doc, (WIDTH, height), MARGIN, 1.2)
    y = _head(c, 22.0)
    y = _fields(c, y)
    y = _items(c, y)
    _foot(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _head(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    box_w = 150.0
    room = c.width - box_w - 16
    pen.text(c.margin, y + 14, doc.vendor_name, 13, bold=True, color=pen.accent, fit=room)
    lines = [", ".join(doc.vendor_lines)]
    contact = [f"{lab['phone']}: {doc.vendor_phone}"] if doc.vendor_phone else []
    if doc.vendor_email:
        contact.append(doc.vendor_email)
    lines.append("   ".join(contact))
    if doc.vendor_tax_id:
        lines.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    for k, line in enumerate(lines):
        pen.text(c.margin, y + 28 + 10 * k, line, 8, color=GREY, fit=room)
    x0 = c.right - box_w
    pen.rect(x0, y, box_w, 16, fill=pen.fill_accent)
    pen.rect(x0, y, box_w, 46, stroke=pen.accent, width=1)
    mid = x0 + box_w / 2
    title = lab["receipt_title"]
    pen.text(mid, y + 11.5, title, 9, bold=True, align="center", color=pen.on_accent)
    pen.text(mid, y + 27, lab["receipt_number"], 7, align="center", color=GREY)
    pen.text(mid, y + 40, doc.invoice_number, 13, bold=True, align="center", color=pen.accent)
    return max(y + 58, y + 28 + 10 * len(lines) + 4)


def _fields(c: Ctx, y: float) -> float:
    """A ruled row of four cells, each a small label over its value; then the customer
    and the job site, each on its own line."""
    pen, doc, lab = c.pen, c.doc, c.labels
    extras = doc.extras
    cells = [
        (lab["receipt_date"], c.fmt.date(doc.invoice_date)),
        (lab["time"], extras["time"]),
        (lab["register"], extras["register"]),
        (lab["cashier"], extras["cashier"]),
    ]
    cell = c.width / len(cells)
    pen.rect(c.margin, y, c.width, 28, stroke=pen.accent, width=0.7)
    for i, (label, value) in enumerate(cells):
        x = c.margin + i * cell
        if i:
            pen.line(x, y, x, y + 28, color=pen.accent, width=0.5)
        pen.text(x + 5, y + 9, label, 6.5, color=GREY, fit=cell - 10)
        pen.text(x + 5, y + 22, value, 9, bold=True, fit=cell - 10)
    y += 28
    for key, value in (("customer", doc.customer_name), ("job", extras.get("job"))):
        if not value:
            continue
        y += 14
        head = f"{lab[key]}: "
        pen.text(c.margin, y, head, 8.5, bold=True)
        x = c.margin + pen.measure(head, 8.5, True)
        pen.text(x, y, value, 9, fit=c.right - x)
    return y + 10


def _items(c: Ctx, y: float) -> float:
    """The items in a ruled grid under a shaded row of column heads."""
    pen, fmt, lab = c.pen, c.fmt, c.labels
    fixed = sum(w for _, w, _ in COLUMNS) + sum(w for _, w, _ in PRICES)
    spans = [(key, w or c.width - fixed, right) for key, w, right in (*COLUMNS, *PRICES)]
    xs, x = [], c.margin
    for _, w, _ in spans:
        xs.append(x)
        x += w
    pen.rect(c.margin, y, c.width, 15, fill=pen.pale)
    for (key, w, right), left in zip(spans, xs, strict=True):
        tx, align = (left + w - 4, "right") if right else (left + 4, "left")
        pen.text(tx, y + 10.5, lab[key], 7, bold=True, align=align, fit=w - 6)
    top, y = y, y + 15
    for line in c.doc.lines:
        qty = fmt.quantity(line.quantity) if line.quantity is not None else "1"
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        values = {
            "quantity": qty,
            "item": sku(line),
            "description": line.description,
            "unit_price": price,
            "amount": fmt.amount(line.amount),
        }
        for (key, w, right), left in zip(spans, xs, strict=True):
            tx, align = (left + w - 4, "right") if right else (left + 4, "left")
            pen.text(tx, y + 9.5, values[key], 8, align=align, fit=w - 8)
        y += ROW
        pen.line(c.margin, y, c.right, y, color=LIGHT, width=0.4)
    pen.rect(c.margin, top, c.width, y - top, stroke=pen.accent, width=0.8)
    for left in xs[1:]:
        pen.line(left, top, left, y, color=pen.accent, width=0.4)
    return y + 10


def _foot(c: Ctx, y: float) -> None:
    """The totals box on the right; the total in words and how it was paid on the left;
    a signature line, the notes and the thanks under both."""
    pen, doc, lab, fmt = c.pen, c.doc, c.labels, c.fmt
    box_w = 196.0
    x0 = c.right - box_w
    for i, row in enumerate(doc.totals):
        base = y + 12 + 15 * i
        last = row.key == "total"
        if last:
            pen.rect(x0, base - 11, box_w, 15, fill=pen.fill_accent)
        color = pen.on_accent if last else BLACK
        pen.text(c.right - 84, base, row_label(c, row), 8, bold=last, align="right", color=color)
        pen.text(c.right - 5, base, fmt.money(row.amount), 9, bold=last, align="right", color=color)
    pen.rect(x0, y, box_w, 15 * len(doc.totals) + 2, stroke=pen.accent, width=0.8)
    room = x0 - c.margin - 14
    words = f"{lab['words']}: {amount_words_receipt_es(doc.total, doc.currency)}"
    base = y + 10
    for text in pen.wrap(words, 7.5, room):
        pen.text(c.margin, base, text, 7.5)
        base += 9.5
    base += 5
    last4 = doc.extras.get("card_last4")
    way = f"{lab['card']} **** {last4}" if last4 else lab["cash"]
    pen.text(c.margin, base, f"{lab['paid_with']}: {way}", 8, bold=True, fit=room)
    if not last4:
        tendered = (doc.total // 50 + 1) * 50
        change = f"{lab['tendered']}: {fmt.amount(tendered)}    "
        change += f"{lab['change']}: {fmt.amount(tendered - doc.total)}"
        pen.text(c.margin, base + 11, change, 8, fit=room)
    y = max(base + 20, y + 15 * len(doc.totals) + 8) + 34
    pen.line(c.margin, y, c.margin + 180, y, width=0.6)
    pen.text(c.margin, y + 9, lab["signature"], 7, color=GREY)
    y += 26
    for k, text in enumerate(pen.wrap(lab["notes"], 6.5, c.width)):
        pen.text(c.margin + c.width / 2, y + 8 * k, text, 6.5, align="center", color=GREY)
    thanks = lab["receipt_thanks"]
    pen.text(c.margin + c.width / 2, y + 22, thanks, 7.5, bold=True, align="center", fit=c.width)
