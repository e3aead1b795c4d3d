"""Wordings of billing systems no list held: abbreviated labels ('Svc. From', 'Amt.'),
a grid of labels over their values, ordered, shipped and back-ordered quantities side by
side, a block indented under its heading, a till's article numbers and counts, and
Spanish sums named 'Importe neto a pagar' or 'A liquidar'."""

from __future__ import annotations

from decimal import Decimal

from extract import ReadLimits, extract_document, read_document
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.till_drawings import Row, draw_rows


def water_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(88, 33, "South Florida Water & Sewer Authority", 12, bold=True),
        text(400, 33, "UTILITY SERVICES BILL", 11, bold=True),
        text(88, 46, "2116 Biscayne Blvd, Orlando, FL 32885", 8),
    ]
    grid = [
        (105, ("Acct. No.", "Bill Nbr.", "Bill Print Date")),
        (114, ("187844-11223", "0521270705", "Feb. 8, 2026")),
        (131, ("Svc. From", "Svc. To", "Last Day to Pay", "Total Amt. Due")),
        (139, ("Jan. 7, 2026", "Feb. 6, 2026", "March 5, 2026", "$1,654.86")),
    ]
    for y, cells in grid:
        items += [text(40 + 135 * i, y, cell, 8) for i, cell in enumerate(cells)]
    items += [text(36, 170, "Name on Account", 8, bold=True), text(190, 170, "Svc. Location", 8)]
    parties = [("Brightwater Residential Management LLC", "Palm Court Residences")]
    parties += [("4100 Spring Valley Rd, Suite 300", "2100 Coral Way")]
    parties += [("Dallas, TX 75244", "Miami, FL 33145")]
    for y, (left, beside) in zip((182, 193, 204), parties, strict=True):
        items += [text(36, y, left, 8), text(190, y, beside, 8)]
    headings = [(41, "Charge Type"), (340, "Usage This Bill"), (460, "Per-Unit Rate")]
    items += [text(x, 268, h, 8, bold=True) for x, h in headings]
    items += [right(560, 268, "Amt.", 8)]
    rows = [("Water base charge", "1", "82.34", "82.34")]
    rows += [("Water usage", "129,020", "0.0063", "812.83")]
    for y, (what, usage, rate, amount) in zip((284, 301), rows, strict=True):
        items += [text(41, y, what, 9), right(383, y, usage, 9), right(500, y, rate, 9)]
        items += [right(560, y, amount, 9)]
    items += [text(415, 330, "Total Current Bill", 9), right(560, 330, "$895.17", 9)]
    return items


def test_abbreviated_labels_over_their_values_are_read() -> None:
    extraction = extract_document(read_pdf(draw_pdf([water_bill()])).pages)
    values = {name: field.value for name, field in extraction.fields.items()}
    assert values["account_number"] == "187844-11223"
    # 'Svc. From' and 'Svc. To' over one date each: the period's two ends
    assert (values["service_period_start"], values["service_period_end"]) == (
        "2026-01-07",
        "2026-02-06",
    )
    assert values["due_date"] == "2026-03-05"  # 'Last Day to Pay'
    assert values["customer_name"] == "Brightwater Residential Management LLC"
    assert values["service_address"] == "Palm Court Residences, 2100 Coral Way, Miami, FL 33145"
    # the row of dates under 'Svc. From | Svc. To' is no item; 'Amt.' heads the amounts
    got = [(i.description, str(i.amount)) for i in extraction.line_items]
    assert got == [("Water base charge", "82.34"), ("Water usage", "812.83")]


def supply_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(80, 33, "Metro Office Supply Co.", 13, bold=True),
        text(420, 33, "SUPPLY INVOICE", 12, bold=True),
        text(80, 48, "4011 Fredericksburg Rd, Dallas, TX 75217", 8),
        text(390, 60, "Inv. Doc. No.:  79972", 8),
        text(41, 110, "Purchaser:", 8, bold=True),
        text(50, 122, "Brightwater Residential Management LLC", 8),
        text(50, 133, "4100 Spring Valley Rd, Suite 300", 8),
        text(50, 144, "Dallas, TX 75244", 8),
        text(57, 183, "Cust. Acct", 7, bold=True),
        text(160, 183, "Job Name/PO: CYPRESS LANDING", 7, bold=True),
        text(330, 183, "Terms Code", 7, bold=True),
        text(57, 194, "082872", 8),
        text(160, 205, "73311", 8),
        text(330, 194, "N30", 8),
    ]
    headings = [(44, "QTY ORD"), (100, "QTY SHP"), (156, "QTY B/O"), (221, "DESCRIPTION")]
    items += [text(x, 230, h, 7, bold=True) for x, h in headings]
    items += [right(480, 230, "UNIT AMT", 7), right(560, 230, "LINE EXTENSION", 7)]
    rows = [("12", "10", "2", "Contractor trash bags 42 gal", "28.50", "285.00")]
    rows += [("11", "11", "0", "Dryer vent hose 4 in x 8 ft", "6.84", "75.24")]
    for y, (ordered, shipped, back, what, each, amount) in zip((244, 262), rows, strict=True):
        items += [right(70, y, ordered, 8), right(126, y, shipped, 8), right(182, y, back, 8)]
        items += [text(221, y, what, 8), right(480, y, each, 8), right(560, y, amount, 8)]
    items += [text(420, 290, "Goods Subtotal", 8), right(560, 290, "$360.24", 8)]
    items += [text(420, 304, "Total of Invoice", 8), right(560, 304, "$360.24", 8)]
    return items


def test_the_shipped_quantity_of_three_is_the_line_s() -> None:
    extraction = extract_document(read_pdf(draw_pdf([supply_invoice()])).pages)
    got = [(i.description, i.quantity, i.unit_price, i.amount) for i in extraction.line_items]
    assert got == [
        ("Contractor trash bags 42 gal", Decimal(10), Decimal("28.50"), Decimal("285.00")),
        ("Dryer vent hose 4 in x 8 ft", Decimal(11), Decimal("6.84"), Decimal("75.24")),
    ]


def test_a_block_indented_under_its_heading_and_a_terms_code_are_read() -> None:
    fields = extract_document(read_pdf(draw_pdf([supply_invoice()])).pages).fields
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["payment_terms"].value == "N30"
    # 'Job Name/PO: CYPRESS LANDING' prints its reference after the colon: the number under
    # it is no order number
    assert "po_number" not in fields


def test_a_till_s_article_numbers_and_counts_under_items() -> None:
    rows: list[Row] = [
        ("B", "HANDYMAN SUPPLY DEPOT"), "5589 Airline Dr", "San Antonio, TX 78250",
        ("B", "RECEIPT OF SALE"), ("846332 TRASH BAGS 42GAL 20CT", "69.64 T"),
        ("  4 EA @ 17.41", ""), ("978971 BLINDS VINYL 35X64", "65.82 T"), ("  6 EA @ 10.97", ""),
        ("Sale Subtotal", "135.46"), ("S/Tax 8.25%", "11.18"), ("SALE TOTAL", "146.64"),
    ]  # fmt: skip
    reading = read_document(draw_rows(rows), media_type="application/pdf", limits=ReadLimits())
    extraction = extract_document(reading.pages)
    assert [(i.description, i.quantity, i.unit_price) for i in extraction.line_items] == [
        ("TRASH BAGS 42GAL 20CT", Decimal(4), Decimal("17.41")),
        ("BLINDS VINYL 35X64", Decimal(6), Decimal("10.97")),
    ]
    values = {name: field.value for name, field in extraction.fields.items()}
    assert (values["subtotal"], values["tax"], values["total"]) == ("135.46", "11.18", "146.64")


def recibo() -> list:  # type: ignore[type-arg]
    return [
        text(86, 31, "Comisión Regional de Electricidad", 12, bold=True),
        text(400, 31, "AVISO RECIBO DE CONSUMO", 10, bold=True),
        text(86, 45, "Calle Hidalgo 3149, Guadalupe, N.L. C.P. 67446", 8),
        text(86, 93, "R.F.C. del organismo: COMI8307176C4", 8),
        text(40, 126, "Recibo núm.", 8),
        text(40, 137, "0983130573", 8),
        text(250, 318, "Adeudo del periodo anterior", 8),
        right(560, 318, "$120.00", 8),
        text(250, 363, "Importe neto a pagar", 8),
        right(560, 363, "$786.49", 8),
        text(40, 410, "Importe de cargos", 8),
        right(230, 410, "$574.56", 8),
        text(40, 424, "I.V.A. al 16%", 8),
        right(230, 424, "$91.93", 8),
        text(40, 438, "Importe del periodo", 8),
        right(230, 438, "$666.49", 8),
        text(36, 698, "Referencia bancaria: 45547417104549276690", 8),
    ]


def test_spanish_sums_and_references_of_a_utility_s_receipt() -> None:
    values = {
        name: field.value
        for name, field in extract_document(read_pdf(draw_pdf([recibo()])).pages).fields.items()
    }
    assert values["vendor_tax_id"] == "COMI8307176C4"  # 'del organismo:' names no date
    assert values["invoice_number"] == "0983130573"  # no bank's reference
    assert values["amount_due"] == "786.49"  # 'Importe neto a pagar': no subtotal
    assert values["previous_balance"] == "120.00"
    assert values["total"] == "666.49"


def test_a_count_headed_no_and_a_measure_headed_per_are_read() -> None:
    items = [
        text(231, 89, "ProCoat Painting", 13, bold=True),
        text(206, 105, "4125 Westheimer Rd, Irving, TX 75056", 8),
        text(196, 135, "WORK COMPLETION INVOICE", 12, bold=True),
        text(65, 243, "Billing No.", 8, bold=True),
        text(180, 243, "Date of Bill", 8, bold=True),
        text(290, 243, "Settle By", 8, bold=True),
        text(65, 259, "G-28144", 8),
        text(180, 259, "2025-11-04", 8),
        text(290, 259, "2025-12-04", 8),
    ]
    headings = [(45, "Work Performed"), (330, "No."), (380, "Per"), (432, "Price Per")]
    items += [text(x, 296, h, 8, bold=True) for x, h in headings]
    items += [right(550, 296, "Extended", 8)]
    rows = [
        ("Full interior paint 1BR - Unit 106", "450.00"),
        ("Touch-up paint - Unit 203", "180.00"),
    ]
    for y, (what, price) in zip((312, 329), rows, strict=True):
        items += [text(45, y, what, 9), right(345, y, "1", 9), text(380, y, "ea", 9)]
        items += [right(472, y, price, 9), right(550, y, price, 9)]
    items += [text(420, 360, "Invoice Total", 9), right(550, 360, "$630.00", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, i.quantity, i.amount) for i in extraction.line_items]
    assert got == [
        ("Full interior paint 1BR - Unit 106", Decimal(1), Decimal("450.00")),
        ("Touch-up paint - Unit 203", Decimal(1), Decimal("180.00")),
    ]
    assert extraction.fields["due_date"].value == "2025-12-04"


def test_a_service_order_s_requester_is_the_customer_and_its_signature_no_party() -> None:
    items = [
        text(40, 42, "Climas y Refrigeración del Norte S.A. de C.V.", 12, bold=True),
        text(40, 58, "Av. Constitución 1450, Monterrey, N.L. C.P. 64000", 8),
        text(400, 58, "ORDEN DE SERVICIO", 12, bold=True),
        text(40, 110, "SOLICITANTE", 9, bold=True),
        text(40, 124, "Brightwater Residencial S. de R.L. de C.V.", 9),
        text(40, 135, "Av. Lázaro Cárdenas 2400, Piso 12", 9),
        text(40, 146, "San Pedro Garza García, N.L. 66269", 9),
        text(350, 124, "Liquidar antes del 4 may. 2026", 9),
        text(350, 300, "Suma parcial", 9),
        right(550, 300, "$997.00", 9),
        text(350, 314, "I.V.A. (16%)", 9),
        right(550, 314, "$159.52", 9),
        text(350, 328, "Monto total", 9),
        right(550, 328, "$1,156.52", 9),
        text(40, 380, "Conformidad del cliente", 9, bold=True),
        text(40, 394, "El cliente firma de conformidad con los trabajos realizados.", 8),
    ]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    assert extraction.document_type.value == "invoice"  # a day to pay by and its sums
    fields = extraction.fields
    assert fields["customer_name"].value == "Brightwater Residencial S. de R.L. de C.V."
    assert fields["due_date"].value == "2026-05-04"
    assert fields["total"].value == "1156.52"
