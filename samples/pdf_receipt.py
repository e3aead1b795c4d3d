"""A store receipt as a narrow text-layer PDF: thermal (items over two lines) or
register (one line per item)."""

from __future__ import annotations

import hashlib
import io

from reportlab.pdfgen.canvas import Canvas

from samples.document import Document
from samples.pdf_base import BLACK, GREY, Fmt, Pen, draw_logo, initials
from samples.pdf_blind6 import render_pool_route
from samples.pdf_blind7 import render_emailed_receipt
from samples.pdf_blind8 import render_scale_ticket
from samples.pdf_blind9 import render_roll_ticket
from samples.pdf_blind10 import render_home_center
from samples.pdf_blind12 import render_stapled_slip
from samples.pdf_blind16 import render_rental_return
from samples.pdf_blocks import Ctx
from samples.pdf_desks import render_web_order
from samples.pdf_more import render_tape
from samples.pdf_offices import render_remision, render_till_slip
from samples.pdf_payment import render_payment
from samples.pdf_premises import render_nota_venta
from samples.pdf_rounds import render_vivero_ticket
from samples.pdf_routes import render_half_sheet
from samples.pdf_sites import render_iva_ticket
from samples.pdf_table import row_label
from samples.pdf_tallies import render_ivu_ticket, render_paint_receipt
from samples.pdf_trades import render_dept_receipt
from samples.pdf_upkeep import render_work_order
from samples.pdf_voucher import render_voucher

WIDTHS = {"thermal": 226.0, "register": 252.0, "qtyx": 240.0, "columns": 252.0, "door": 300.0}
MARGIN = 12.0
STEP = 10.0


def render_receipt(doc: Document) -> tuple[bytes, int]:
    style = doc.layout.get("receipt", "thermal")
    if style == "payment":  # a receipt book's page, not a till's
        return render_payment(doc)
    if style == "voucher":  # a store's cash receipt on a wide framed slip
        return render_voucher(doc)
    if style == "tape":  # a till receipt that ends with the transaction's line
        return render_tape(doc)
    if style == "dept":  # a 58 mm till ticket, items under their departments
        return render_dept_receipt(doc)
    if style == "iva_ticket":  # an 80 mm counter ticket, IVA included in its prices
        return render_iva_ticket(doc)
    if style == "till_slip":  # a home center's till slip, each item with its UPC and SKU
        return render_till_slip(doc)
    if style == "remision":  # a supply store's pre-printed pad filled in by hand
        return render_remision(doc)
    if style == "web_order":  # a supply store's web order printed from the browser
        return render_web_order(doc)
    if style == "half_sheet":  # a store's sales receipt printed on a half sheet
        return render_half_sheet(doc)
    if style == "ivu_ticket":  # an 80 mm till receipt, the state and municipal IVU apart
        return render_ivu_ticket(doc)
    if style == "paint_desk":  # a paint desk's till receipt, each tint's formula
        return render_paint_receipt(doc)
    if style == "stock_work_order":  # a locksmith's stock work-order pad, filled in by hand
        return render_work_order(doc)
    if style == "nota_venta":  # a hardware store's sales note written by hand on a pad
        return render_nota_venta(doc)
    if style == "vivero_ticket":  # a garden center's till ticket, its items under column heads
        return render_vivero_ticket(doc)
    if style == "pool_route":  # a pool route technician's receipt from a mobile printer
        return render_pool_route(doc)
    if style == "emailed_receipt":  # a card payment's receipt e-mailed and printed from the mail
        return render_emailed_receipt(doc)
    if style == "scale_ticket":  # a transfer station's scale ticket on a dot-matrix form
        return render_scale_ticket(doc)
    if style == "roll_ticket":  # a materials store's ticket from a 58 mm thermal roll
        return render_roll_ticket(doc)
    if style == "home_center":  # a home-improvement store's 80 mm till receipt
        return render_home_center(doc)
    if style == "stapled_slip":  # a sales receipt with the card terminal's slip stapled on
        return render_stapled_slip(doc)
    if style == "rental_return":  # a tool rental counter's receipt when the equipment comes back
        return render_rental_return(doc)
    width = WIDTHS[style]
    per_item = (1 if style in ("register", "door") else 2) + bool(doc.layout.get("item_notes"))
    head = 9 * (len(doc.vendor_lines) + 3) + (38 if doc.layout.get("header") == "logo_left" else 0)
    height = 170 + head + STEP * per_item * len(doc.lines) + 14 * len(doc.totals)
    if style == "columns":  # the column heads and the card's authorisation line
        height += 24
    if style == "door":  # the signature line instead of a bar code
        height += 10
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)
    pen = Pen(canvas, width, height, doc.layout["font"], doc.layout["accent"])
    c = Ctx(pen, doc, Fmt.of(doc), MARGIN)
    y = _head(c, 14.0)
    y = _items(c, y, style)
    y = _totals(c, y)
    _tail(c, y)
    canvas.save()
    return buffer.getvalue(), 1


def _head(c: Ctx, y: float) -> float:
    pen, doc, lab = c.pen, c.doc, c.labels
    mid = pen.width / 2
    if doc.layout.get("header") == "logo_left":
        draw_logo(pen, doc.logo, MARGIN, y, 30, initials(doc.vendor_name))
        pen.text(MARGIN + 38, y + 12, doc.vendor_name, 10, bold=True, fit=c.width - 40)
        for k, line in enumerate(doc.vendor_lines):
            pen.text(MARGIN + 38, y + 23 + 9 * k, line, 7, fit=c.width - 40)
        y += 28 + 9 * len(doc.vendor_lines)
    else:
        pen.text(mid, y + 10, doc.vendor_name, 10, bold=True, align="center", fit=c.width)
        y += 12
        for line in doc.vendor_lines:
            y += 9
            pen.text(mid, y, line, 7.5, align="center", fit=c.width)
    extra = [f"{lab['phone']}: {doc.vendor_phone}"]
    if doc.vendor_tax_id:
        extra.append(f"{lab['tax_id']}: {doc.vendor_tax_id}")
    if doc.vendor_email:
        extra.append(doc.vendor_email)
    for line in extra:
        y += 9
        pen.text(mid, y, line, 7.5, align="center", fit=c.width)
    y += 16
    pen.text(mid, y, lab["receipt_title"], 9, bold=True, align="center")
    y += 12
    stamp = f"{c.fmt.date(doc.invoice_date)} {doc.extras['time']}"
    pen.text(MARGIN, y, stamp, 7.5)
    pen.text(
        pen.width - MARGIN, y, f"{lab['receipt_number']}: {doc.invoice_number}", 7.5, align="right"
    )
    y += 9
    extras = doc.extras
    if doc.layout.get("receipt") == "door":  # a technician at the door, not a till
        ids = f"{lab['tech']}: {extras['tech']}"
    else:
        ids = (
            f"{lab['store']} {extras['store']}  {lab['register']} {extras['register']}  "
            f"{lab['cashier']}: {extras['cashier']}"
        )
    pen.text(MARGIN, y, ids, 7, color=GREY, fit=c.width)
    if doc.extras.get("job"):
        y += 9
        pen.text(MARGIN, y, f"{lab['job']}: {doc.extras['job']}", 7.5, bold=True, fit=c.width)
    y += 6
    pen.line(MARGIN, y, pen.width - MARGIN, y, dash=(2, 2))
    return y + 4


def _items(c: Ctx, y: float, style: str) -> float:
    pen, fmt = c.pen, c.fmt
    right = pen.width - MARGIN
    if style == "columns":
        return _column_items(c, y)
    for line in c.doc.lines:
        y += STEP
        qty = fmt.quantity(line.quantity) if line.quantity is not None else "1"
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        if style == "thermal":
            pen.text(MARGIN, y, line.description, 7.5, fit=c.width - 50)
            y += STEP
            pen.text(MARGIN + 14, y, f"{qty} @ {price}", 7.5, color=GREY)
        elif style == "qtyx":  # the amount on the item's line, "qty x price" under it
            pen.text(MARGIN, y, line.description, 7.5, fit=c.width - 50)
            pen.text(right, y, fmt.amount(line.amount), 7.5, align="right")
            if qty != "1":
                y += STEP
                pen.text(MARGIN + 10, y, f"{qty} x {price}", 7.5, color=GREY)
            if line.note:  # the SKU under the count (H75); no other qtyx layout has notes
                y += STEP - 1
                pen.text(MARGIN + 10, y, line.note, 6.5, color=GREY)
            continue
        else:
            pen.text(MARGIN, y, qty, 7.5)
            pen.text(MARGIN + 18, y, line.description, 7.5, fit=c.width - 90)
            pen.text(right - 52, y, price, 7.5, align="right", color=GREY)
        pen.text(right, y, fmt.amount(line.amount), 7.5, align="right")
        if line.note:  # the SKU in small grey type under the item
            y += STEP - 1
            pen.text(MARGIN + 14, y, line.note, 6.5, color=GREY)
    y += 7
    pen.line(MARGIN, y, right, y, dash=(2, 2))
    return y


def _column_items(c: Ctx, y: float) -> float:
    """A point-of-sale ticket with column heads (pieces, product, price each, amount):
    the item's bar code in small type, then one line with its four values."""
    pen, fmt, lab = c.pen, c.fmt, c.labels
    right = pen.width - MARGIN
    price_x, desc_x = right - 50, MARGIN + 24
    y += STEP
    pen.text(MARGIN, y, lab["quantity"], 7, bold=True)
    pen.text(desc_x, y, lab["description"], 7, bold=True)
    pen.text(price_x, y, lab["unit_price"], 7, bold=True, align="right")
    pen.text(right, y, lab["amount"], 7, bold=True, align="right")
    y += 4
    pen.line(MARGIN, y, right, y, width=0.4)
    for line in c.doc.lines:
        y += STEP
        code = "750" + str(int(hashlib.md5(line.description.encode()).hexdigest(), 16))[:10]
        pen.text(desc_x, y, code, 6.5, color=GREY)
        y += STEP
        qty = fmt.quantity(line.quantity) if line.quantity is not None else "1"
        price = fmt.rate(line.unit_price) if line.unit_price is not None else ""
        pen.text(MARGIN + 12, y, qty, 7.5, align="right")
        pen.text(desc_x, y, line.description, 7.5, fit=price_x - desc_x - 34)
        pen.text(price_x, y, price, 7.5, align="right")
        pen.text(right, y, fmt.amount(line.amount), 7.5, align="right")
        if line.note:
            y += STEP - 1
            pen.text(desc_x, y, line.note, 6.5, color=GREY)
    y += 7
    pen.line(MARGIN, y, right, y, dash=(2, 2))
    return y


def _totals(c: Ctx, y: float) -> float:
    pen, fmt, lab = c.pen, c.fmt, c.labels
    right = pen.width - MARGIN
    for row in c.doc.totals:
        big = row.key == "total"
        y += 14 if big else 11
        pen.text(
            right - 70, y, row_label(c, row).upper(), 9 if big else 7.5, bold=big, align="right"
        )
        pen.text(right, y, fmt.money(row.amount), 9 if big else 7.5, bold=big, align="right")
    total = c.doc.total
    last4 = c.doc.extras.get("card_last4")
    y += 14
    if c.doc.layout.get("receipt") == "door":  # "Card ending 1234 APPROVED", paid in full
        card = f"{lab['card_ending'].format(last4=last4)} {lab['approved']}"
        pen.text(MARGIN, y, card, 7.5, bold=True)
        pen.text(right, y, fmt.amount(total), 7.5, align="right")
        y += 12
        pen.text(MARGIN, y, lab["paid_at_door"], 7.5)
        return y
    if last4:
        pen.text(MARGIN, y, f"{lab['card']} ************{last4}", 7.5)
        pen.text(right, y, fmt.amount(total), 7.5, align="right")
        if "authorization" in lab:  # the bank's approval code under the card line
            y += 10
            code = f"{sum(map(ord, c.doc.invoice_number)) * 7919 % 1000000:06d}"
            pen.text(MARGIN, y, f"{lab['authorization']}: {code}", 7, color=GREY)
    else:
        tendered = (total // 20 + 1) * 20
        pen.text(MARGIN, y, lab["cash"], 7.5)
        pen.text(right, y, fmt.amount(tendered), 7.5, align="right")
        y += 10
        pen.text(MARGIN, y, lab["change"], 7.5)
        pen.text(right, y, fmt.amount(tendered - total), 7.5, align="right")
    y += 12
    pen.text(MARGIN, y, f"{lab['items_sold']}: {len(c.doc.lines)}", 7.5)
    return y


def _tail(c: Ctx, y: float) -> None:
    pen = c.pen
    y += 14
    if c.doc.layout.get("receipt") == "door":  # a signature line, no bar code
        y += 26
        pen.line(MARGIN + 10, y, pen.width - MARGIN - 10, y, width=0.6)
        pen.text(MARGIN + 10, y + 9, c.labels["signature"], 7, color=GREY)
        pen.text(pen.width / 2, y + 28, c.labels["receipt_thanks"], 8, bold=True, align="center")
        return
    seed = sum(map(ord, c.doc.invoice_number))
    x = pen.width / 2 - 70
    for i in range(48):
        w = 0.6 + ((seed * (i + 7)) % 5) * 0.45
        pen.rect(x, y, w, 24, fill=BLACK)
        x += w + 1.3 + ((seed + i) % 3) * 0.4
    y += 34
    pen.text(pen.width / 2, y, c.doc.invoice_number, 7, align="center")
    pen.text(pen.width / 2, y + 14, c.labels["receipt_thanks"], 8, bold=True, align="center")
