"""A contract billing invoice (cells of details whose headings carry a qualifier in
parentheses, the items' table under them, a sentence beside the remit-to heading) and a
distributor's invoice whose customer and ship-to blocks are headed by captions set up
their side, with the terms' due date in a cell of its own, and a hardware store's till roll."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text


def values(pdf: bytes) -> tuple[dict[str, str], list[tuple[str, str]]]:
    extraction = extract_document(read_pdf(pdf).pages)
    found = {name: field.value for name, field in extraction.fields.items()}
    items = [(str(i.amount), i.description or "") for i in extraction.line_items]
    return found, items


def contract_invoice() -> bytes:
    rows = [
        ("001", "Preventive Maintenance - Traction Elevator No. 1", "3", "960.00", "0.00"),
        ("002", "Fire Alarm Monitoring - Central Station - Bldg 1", "3", "63.00 T", "15.59"),
        ("003", "Fire Alarm Monitoring - Central Station - Bldg 2", "3", "63.00 T", "15.59"),
    ]
    amounts = ["2,880.00", "189.00", "189.00"]
    items = []
    y = 300.0
    for (line, description, qty, price, tax), amount in zip(rows, amounts, strict=True):
        items += [
            text(40, y, line, 7),
            text(70, y, description, 7),
            right(376, y, qty, 7),
            right(442, y, price, 7),
            right(498, y, tax, 7),
            right(572, y, amount, 7),
            text(70, y + 10, "Equipment ID EQ809319 - 3 months @ monthly rate", 6),
        ]
        y += 26
    page = [
        text(78, 30, "Bright Spark Electric", 14, bold=True),
        text(494, 30, "INVOICE", 14, bold=True),
        text(36, 75, "9652 Airline Dr, Bldg 147", 7),
        text(36, 84, "Irving, TX 75050", 7),
        text(332, 60, "Invoice Control Number", 6),
        text(456, 60, "Invoice Print Date", 6),
        text(332, 68, "410060411", 8),
        text(456, 68, "01-05-2026", 8),
        text(332, 132, "Purchase Order", 6),
        text(456, 132, "Payment Terms", 6),
        text(332, 140, "OC-74147", 8),
        text(456, 140, "Net 30", 8),
        text(332, 156, "Due Date (Net)", 6),
        text(456, 156, "Servicing Branch", 6),
        text(332, 164, "02-04-2026", 8),
        text(456, 164, "691", 8),
        text(42, 197, "BILL TO", 7, bold=True),
        text(319, 197, "LOCATION", 7, bold=True),
        text(44, 213, "Brightwater Residential Management LLC", 8),
        text(44, 224, "4100 Spring Valley Rd, Suite 300", 8),
        text(44, 235, "Dallas, TX 75244", 8),
        text(321, 213, "Cypress Landing", 8),
        text(321, 224, "8800 Westheimer Rd", 8),
        text(321, 235, "Houston, TX 77063", 8),
        text(40, 285, "Line", 7, bold=True),
        text(70, 285, "Description", 7, bold=True),
        text(363, 285, "Qty", 7, bold=True),
        text(407, 285, "Unit Price", 7, bold=True),
        text(485, 285, "Tax", 7, bold=True),
        text(543, 285, "Amount", 7, bold=True),
        *items,
        text(332, 400, "Total Before Taxes", 8),
        right(572, 400, "$3,258.00", 8),
        text(332, 413, "Sales Tax on Taxable Lines (8.25%)", 8),
        right(572, 413, "$31.18", 8),
        text(332, 426, "Total Amount Invoiced", 8),
        right(572, 426, "$3,289.18", 8),
        text(44, 470, "PLEASE REMIT PAYMENT TO", 7, bold=True),
        text(250, 470, "Include the invoice control number with your payment. Do not send", 6),
        text(250, 479, "payments to the servicing branch.", 6),
        text(44, 484, "Bright Spark Electric", 8),
        text(250, 491, "ACH and wire instructions are available from Accounts Receivable.", 6),
        text(44, 495, "PO Box 764095", 8),
        text(44, 503, "Houston, TX 77006", 8),
        text(250, 503, "Billing questions: (214) 859-3460", 6),
        text(250, 515, "Balances not paid by the due date are subject to a late charge.", 6),
        text(250, 524, "Service under contract continues as scheduled.", 6),
    ]
    return draw_pdf([page])


def test_a_heading_qualified_in_parentheses_names_no_column_of_its_own() -> None:
    """'Due Date (Net) | Servicing Branch' over a date and a branch number is a row of
    details, no table: the items' table under it is read whole, and the due date."""
    found, items = values(contract_invoice())
    assert found["due_date"] == "2026-02-04"
    assert [amount for amount, _ in items] == ["2880.00", "189.00", "189.00"]
    assert items[1][1] == "Fire Alarm Monitoring - Central Station - Bldg 1"
    assert found["subtotal"] == "3258.00"  # 'Total Before Taxes'
    assert found["service_address"] == "Cypress Landing, 8800 Westheimer Rd, Houston, TX 77063"


def test_a_sentence_beside_the_remit_heading_is_no_line_of_its_address() -> None:
    found, _ = values(contract_invoice())
    assert found["remit_to_address"] == "PO Box 764095, Houston, TX 77006"


def distributor_invoice(margin_note: bool = False) -> bytes:
    """Blocks headed by 'BILL TO' and 'SHIP TO' set up their side, the captions centred
    lower than the blocks' first lines; a form's number up the right margin."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    height = letter[1]
    lines = [
        (72, 26, "Lone Star Hardware", 14),
        (450, 26, "INVOICE", 14),
        (72, 43, "Janitorial - Sanitation - Paper - Breakroom Supplies", 7),
        (72, 54, "7365 Fredericksburg Rd", 8),
        (72, 64, "Dallas, TX 75240", 8),
        (370, 38, "Invoice No-Suf", 6),
        (479, 38, "Invoice/Ship Date", 6),
        (370, 54, "1968319-01", 8),
        (479, 54, "10/01/25", 8),
        (52, 112, "Brightwater Residential Management LLC", 8),
        (52, 123, "Attn: Accounts Payable", 8),
        (52, 134, "4100 Spring Valley Rd, Suite 300", 8),
        (52, 145, "Dallas, TX 75244", 8),
        (336, 112, "Mesquite Springs Villas", 8),
        (336, 123, "450 Fredericksburg Rd", 8),
        (336, 134, "San Antonio, TX 78201", 8),
        (32, 165, "Customer PO", 6),
        (102, 165, "Order No.", 6),
        (310, 165, "Terms", 6),
        (380, 165, "Terms Due Date", 6),
        (32, 176, "PO-40491", 8),
        (102, 176, "751275", 8),
        (310, 176, "2% 10 NET 30", 8),
        (380, 176, "10/31/25", 8),
        (32, 201, "Item Number", 7),
        (98, 201, "Description", 7),
        (428, 201, "Qty Shp", 7),
        (496, 201, "Price", 7),
        (545, 201, "Extension", 7),
        (32, 215, "CL-2433C", 8),
        (98, 215, "LINER,CAN 24X33 8MIC CLEAR 1000/CS", 8),
        (452, 215, "2", 8),
        (494, 215, "26.05", 8),
        (556, 215, "52.10", 8),
        (370, 250, "Merchandise", 8),
        (556, 250, "52.10", 8),
        (370, 262, "Freight", 8),
        (556, 262, "18.50", 8),
        (370, 274, "Net Before Tax", 8),
        (556, 274, "70.60", 8),
        (370, 286, "Tax - State & County 8.25%", 8),
        (560, 286, "5.82", 8),
        (370, 300, "Total Invoice Due", 9),
        (556, 300, "76.42", 9),
    ]
    for x, y, s, size in lines:
        pdf.setFont("Helvetica", size)
        pdf.drawString(x, height - y, s)
    turned = [(38, 150, "BILL TO"), (322, 150, "SHIP TO")]
    if margin_note:
        turned.append((600, 700, "FORM 4471-B REV. 03/2024 PRINTED IN USA"))
    for x, y, s in turned:
        pdf.saveState()
        pdf.translate(x, height - y)
        pdf.rotate(90)
        pdf.setFont("Helvetica-Bold", 6)
        pdf.drawString(0, 0, s)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_captions_set_up_a_blocks_side_head_the_customer_and_the_ship_to() -> None:
    found, items = values(distributor_invoice())
    assert found["vendor_name"] == "Lone Star Hardware"
    assert found["customer_name"] == "Brightwater Residential Management LLC"
    assert found["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert found["service_address"] == (
        "Mesquite Springs Villas, 450 Fredericksburg Rd, San Antonio, TX 78201"
    )
    assert items == [("52.10", "LINER,CAN 24X33 8MIC CLEAR 1000/CS")]
    assert found["total"] == "76.42"


def test_a_charge_printed_over_the_subtotal_is_inside_it() -> None:
    """'Freight' between the merchandise and 'Net Before Tax': the subtotal holds it, and
    subtotal + tax = total holds without adding it again."""
    extraction = extract_document(read_pdf(distributor_invoice()).pages)
    assert extraction.fields["subtotal"].value == "70.60"
    sums = next(c for c in extraction.checks if c.name == "subtotal_plus_tax_equals_total")
    assert sums.passed, sums.detail


def test_a_caption_set_up_the_side_is_read_on_the_first_line_it_heads() -> None:
    page = read_pdf(distributor_invoice(margin_note=True)).pages[0]
    first = next(w for w in page.words if w.text == "Brightwater")
    caption = next(w for w in page.words if w.text == "BILL TO")
    assert caption.line == first.line and caption.bbox[2] < first.bbox[0]
    # a long run up the margin heads no lines: it stays out of the page's words
    assert "FORM" not in page.text and "PRINTED" not in page.text


def test_the_terms_due_date_is_the_due_date_and_the_terms_stay_the_terms() -> None:
    found, _ = values(distributor_invoice())
    assert found["due_date"] == "2025-10-31"
    assert found["payment_terms"] == "2% 10 NET 30"


def roll_ticket() -> bytes:
    """A hardware store's till roll from Mexico: the customer's number after 'CLIENTE:'
    and the name under it; each article's words on their own lines over its code, count,
    measure and price; cash tendered under the way it was paid."""
    lines = [
        (27, 20, "FERRETERIA EL MARTILLO", 8),
        (42, 42, "CALLE PADRE MIER 8519", 6),
        (32, 60, "GUADALUPE, N.L. C.P. 67353", 6),
        (48, 69, "RFC: FERR810801WZ6", 6),
        (47, 119, "TICKET DE VENTA", 7),
        (7, 131, "FOLIO TICKET: T6-243434", 6),
        (7, 140, "FECHA Y HORA: 28/12/2025 12:02:46", 6),
        (7, 158, "CLIENTE: 07903", 6),
        (7, 167, "BRIGHTWATER RESIDENCIAL S. DE R.L. DE C.V.", 6),
        (7, 182, "DESCRIPCION", 6),
        (7, 191, "CLAVE CANT x P.UNIT", 6),
        (130, 191, "IMPORTE", 6),
        (7, 205, "CAL HIDRATADA PARA CONSTRUCCION BULTO", 6),
        (7, 214, "25 KG", 6),
        (15, 223, "78304 5 BTO x $116.30", 6),
        (130, 223, "$581.50", 6),
        (7, 234, "ARENA DE RIO CRIBADA A GRANEL", 6),
        (15, 243, "16620 4.500 M3 x $633.37", 6),
        (123, 243, "$2,850.17", 6),
        (7, 254, "PINTURA VINILICA BLANCO 19L", 6),
        (15, 263, "32638 3 CUB x $1,489.28", 6),
        (123, 263, "$4,467.84", 6),
        (7, 277, "NO. DE ARTICULOS: 9", 6),
        (7, 286, "SUBTOTAL S/IVA", 6),
        (123, 286, "$7,899.51", 6),
        (7, 296, "IVA TRAS. 16%", 6),
        (123, 296, "$1,263.92", 6),
        (7, 309, "TOTAL M.N.", 7),
        (115, 309, "$9,163.43", 7),
        (7, 324, "FORMA DE PAGO: EFECTIVO", 6),
        (7, 333, "SU PAGO", 6),
        (123, 333, "$9,200.00", 6),
        (7, 342, "CAMBIO", 6),
        (130, 342, "$36.57", 6),
    ]
    page = [text(x, y, s, size) for x, y, s, size in lines]
    return draw_pdf([page], size=(164, 420), fonts=("Courier", "Courier-Bold"))


def test_a_till_rolls_articles_read_from_the_lines_over_their_figures() -> None:
    found, items = values(roll_ticket())
    assert items == [
        ("581.50", "CAL HIDRATADA PARA CONSTRUCCION BULTO 25 KG"),  # wrapped over two lines
        ("2850.17", "ARENA DE RIO CRIBADA A GRANEL"),  # 4.500 cubic metres
        ("4467.84", "PINTURA VINILICA BLANCO 19L"),  # priced in thousands
    ]
    assert found["total"] == "9163.43"


def test_a_customers_number_before_its_name_and_cash_tendered_are_no_fields_of_theirs() -> None:
    found, _ = values(roll_ticket())
    assert found["customer_name"] == "BRIGHTWATER RESIDENCIAL S. DE R.L. DE C.V."
    assert "bill_to_address" not in found
    assert "payment_terms" not in found  # 'SU PAGO  $9,200.00' is cash tendered


def water_bill() -> bytes:
    """A city's water bill: the charges' headings share their row with the account's
    summary ('Previous Bill Amount  $4,382.10'), the usage billed in a column headed
    'Billed', and the charges' sum printed under them without a label."""
    rows = [
        ('Water Base Charge - 2" Meter', "", "", "71.39"),
        ("Water Volume - Block 1 (first 40 kgal)", "40 kgal", "3.45", "138.00"),
        ("Sewer Volume", "516 kgal", "4.45", "2,296.20"),
    ]
    page = [
        text(35, 30, "South Florida Water & Sewer Authority", 12, bold=True),
        text(400, 30, "UTILITY BILL", 12, bold=True),
        text(35, 60, "Account Number 470457-92072", 8),
        text(35, 72, "Bill Date 03/24/2026", 8),
        text(35, 282, "Description", 7, bold=True),
        right(218, 282, "Billed", 7),
        text(235, 282, "Unit", 7, bold=True),
        right(292, 282, "Rate", 7),
        right(348, 282, "Charge", 7),
        text(374, 282, "Previous Bill Amount", 7),
        right(577, 282, "$4,382.10", 7),
        text(374, 295, "Payment Received - Thank You", 7),
        right(577, 295, "-$4,382.10", 7),
        text(374, 321, "Current Charges", 7),
        right(577, 321, "$2,756.15", 7),
    ]
    y = 295.0
    for description, billed, rate, charge in rows:
        page += [text(35, y, description, 7), right(228, y, billed, 7)]
        page += [right(292, y, rate, 7), right(348, y, charge, 7)]
        y += 11
    page += [
        text(195, 366, "Water & Sewer Charges", 7),
        right(348, 366, "$2,505.59", 7),
        text(197, 379, "Public Service Tax 10%", 7),
        right(348, 379, "$250.56", 7),
        text(163, 391, "Total Current Charges This Bill", 7),
        right(348, 391, "$2,756.15", 7),
    ]
    return draw_pdf([page])


def test_a_summary_beside_the_headings_and_the_usage_billed_leave_the_charges_whole() -> None:
    extraction = extract_document(read_pdf(water_bill()).pages)
    items = [(str(i.amount), i.description, i.quantity) for i in extraction.line_items]
    assert [(amount, description) for amount, description, _ in items] == [
        ("71.39", 'Water Base Charge - 2" Meter'),
        ("138.00", "Water Volume - Block 1 (first 40 kgal)"),
        ("2296.20", "Sewer Volume"),
    ]
    assert [str(quantity) for _, _, quantity in items[1:]] == ["40", "516"]  # 'Billed'


def test_the_items_sum_printed_without_a_label_is_the_subtotal() -> None:
    """'Water & Sewer Charges $2,505.59' under the charges: the tax takes it to the
    total."""
    found, _ = values(water_bill())
    assert found["subtotal"] == "2505.59"
    assert found["tax"] == "250.56"
    assert found["total"] == "2756.15"
