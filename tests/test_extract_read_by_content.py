"""Headings and labels read from what stands with them: a column heading no list holds
named by the row printed under it ('Apparatus Checked' over 'Fire pump annual flow
test', 'Devices' over '27'), a measure's heading over running words heading the
descriptions ('Trabajo por unidad'), a participle closing a place's heading ('PREMISES
INSPECTED'), a word qualifying a number's label ('Hauling Account', 'Inspection Invoice
No.'), a place's heading alone over its block ('Collection Site'), and the items' sum
under them as the subtotal whatever its words ('Testing Charges', 'GOODS')."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text


def grid(y: float, rows: list[tuple[str, ...]], xs: list[float], step: float = 17) -> list:  # type: ignore[type-arg]
    """Rows of cells, the first the headings: a negative x sets its column's text
    right-aligned at -x, a positive one left-aligned at x."""
    items = []
    for row in rows:
        items += [
            right(-x, y, cell, 8) if x < 0 else text(x, y, cell, 8)
            for x, cell in zip(xs, row, strict=True)
        ]
        y += step
    return items


def sums(y: float, rows: list[tuple[float, str, str]], end: float = 567) -> list:  # type: ignore[type-arg]
    """Labelled amounts one under the other, each label at its x, the amounts ending at
    ``end``."""
    items = []
    for x, label, amount in rows:
        items += [text(x, y, label, 9), right(end, y, amount, 9)]
        y += 15
    return items


def inspection_invoice(headings: tuple[str, ...] = ()) -> list:  # type: ignore[type-arg]
    items = [
        text(40, 47, "FIRE & LIFE SAFETY INVOICE", 12, bold=True),
        text(430, 50, "Redline Fire Protection", 11, bold=True),
        text(430, 64, "2210 Commerce St", 9),
        text(430, 76, "Houston, TX 77002", 9),
        text(40, 132, "ACCOUNT DETAILS", 8, bold=True),
        text(215, 132, "INVOICE ADDRESSED TO", 8, bold=True),
        text(400, 132, "PREMISES INSPECTED", 8, bold=True),
        text(40, 149, "Site Code", 8),
        text(215, 149, "Brightwater Residential Management LLC", 8),
        text(400, 149, "2100 Coral Way", 8),
        text(40, 159, "019306", 8),
        text(215, 159, "Attn: Accounts Payable", 8),
        text(400, 159, "Miami, FL 33145", 8),
        text(40, 171, "Inspection Invoice No.", 8),
        text(215, 171, "4100 Spring Valley Rd, Suite 300", 8),
        text(40, 182, "44339", 8),
        text(215, 182, "Dallas, TX 75244", 8),
        text(40, 199, "Date Invoiced", 8),
        text(40, 209, "19 Nov 2025", 8),
    ]
    rows = [
        headings or ("Code", "Apparatus Checked", "Devices", "Fee Each", "Line Charge"),
        ("FIR-1222", "Fire alarm system inspection and test", "1", "500.00", "500.00"),
        ("FIR-1259", "Fire extinguisher annual inspection and tag", "19", "11.00", "209.00"),
        ("ELE-1037", "Elevator emergency phone line monitoring", "3", "40.00", "120.00"),
    ]
    items += grid(290, rows, [45, 110, -420, -490, -567])
    rows = [(380, "Testing Charges", "$829.00"), (380, "Tax Levied (7%)", "$58.03")]
    items += sums(390, [*rows, (380, "Inspection Total", "$887.03")])
    items += [text(80, 734, "Make checks out to Redline Fire Protection and post them to "
                   "PO Box 4410, Houston, TX 77210.", 8)]  # fmt: skip
    return items


def test_unlisted_headings_are_named_by_the_row_under_them() -> None:
    extraction = extract_document(read_pdf(draw_pdf([inspection_invoice()])).pages)
    got = [(i.description, str(i.quantity), str(i.unit_price), str(i.amount))
           for i in extraction.line_items]  # fmt: skip
    assert got == [
        ("Fire alarm system inspection and test", "1", "500.00", "500.00"),
        ("Fire extinguisher annual inspection and tag", "19", "11.00", "209.00"),
        ("Elevator emergency phone line monitoring", "3", "40.00", "120.00"),
    ]
    fields = extraction.fields
    assert fields["subtotal"].value == "829.00"  # 'Testing Charges': the items' sum
    assert fields["total"].value == "887.03"


def test_a_header_row_a_scan_thinned_to_one_named_heading_still_heads_its_rows() -> None:
    """'Code' and 'Fee Each' lost to the scan: 'Line Charge' is all a list names."""
    thinned = ("", "Apparatus Checked", "Devices", "", "Line Charge")
    extraction = extract_document(read_pdf(draw_pdf([inspection_invoice(thinned)])).pages)
    got = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Fire alarm system inspection and test", "1", "500.00"),
        ("Fire extinguisher annual inspection and tag", "19", "209.00"),
        ("Elevator emergency phone line monitoring", "3", "120.00"),
    ]


def test_a_participle_closes_the_heading_and_a_qualifier_opens_the_label() -> None:
    fields = extract_document(read_pdf(draw_pdf([inspection_invoice()])).pages).fields
    assert fields["service_address"].value == "2100 Coral Way, Miami, FL 33145"
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"].value == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert fields["vendor_name"].value == "Redline Fire Protection"
    assert fields["invoice_number"].value == "44339"  # under 'Inspection Invoice No.'
    assert fields["remit_to_address"].value == "PO Box 4410, Houston, TX 77210"


def hauling_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 53, "Prairie Waste Haulers", 14, bold=True),
        text(380, 53, "REFUSE COLLECTION BILL", 12, bold=True),
        text(40, 104, "5072 Walnut Hill Ln, Irving, TX 75013", 9),
        text(40, 142, "Hauling Account 853074-50710", 9, bold=True),
        text(357, 148, "Bill Reference", 9),
        right(567, 148, "0473887470", 9),
        text(40, 157, "Brightwater Residential Management LLC", 9),
        text(357, 162, "Date of Bill", 9),
        right(567, 162, "Dec 15 2025", 9),
        text(40, 168, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 179, "Dallas, TX 75244", 9),
        text(40, 200, "Route # 4471", 9),
        text(40, 221, "Collection Site", 9, bold=True),
        text(40, 236, "Oak Ridge Apartments", 9),
        text(40, 247, "1200 Oak Ridge Dr", 9),
        text(40, 258, "Dallas, TX 75244", 9),
    ]
    rows = [
        ("Collection Service", "Pickups", "Container", "Per Pickup", "Charge Total"),
        ("8 yd front-load container 3x/week", "4", "ea", "737.70", "2,950.80"),
        ("Recycling container 6 yd", "1", "ea", "238.01", "238.01"),
    ]
    items += grid(358, rows, [45, -380, 392, -490, -567])
    items += [text(400, 430, "Charges This Cycle", 9), right(567, 430, "$3,188.81", 9)]
    return items


def test_a_qualified_account_label_and_a_lone_site_heading() -> None:
    extraction = extract_document(read_pdf(draw_pdf([hauling_bill()])).pages)
    fields = extraction.fields
    assert fields["account_number"].value == "853074-50710"
    assert "invoice_number" not in fields or fields["invoice_number"].value != "4471"  # a route's
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["service_address"].value == (
        "Oak Ridge Apartments, 1200 Oak Ridge Dr, Dallas, TX 75244"
    )
    got = [(i.description, str(i.quantity), str(i.unit_price)) for i in extraction.line_items]
    assert got == [
        ("8 yd front-load container 3x/week", "4", "737.70"),
        ("Recycling container 6 yd", "1", "238.01"),
    ]


def cleaning_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(100, 45, "Brillo Boricua Servicios", 14, bold=True),
        text(400, 49, "FACTURA DE OBRA", 12, bold=True),
        text(100, 63, "Calle Loíza 7006, Ofic. 137", 9),
        text(100, 73, "Bayamón, PR 00924", 9),
        text(40, 122, "Cliente a facturar", 9, bold=True),
        text(40, 137, "Brightwater Residential Management LLC", 9),
        text(40, 148, "Ave. Ponce de León 1250, Suite 801", 9),
        text(40, 159, "San Juan, PR 00907", 9),
        text(40, 190, "Propiedad atendida", 9, bold=True),
        text(40, 205, "Residencial Los Jardines", 9),
        text(40, 216, "Ave. Main 45, Depto. 401", 9),
        text(40, 227, "Bayamón, PR 00961", 9),
        text(103, 265, "Factura número", 8, bold=True),
        text(230, 265, "Expedida el", 8, bold=True),
        text(400, 265, "Núm. de autorización", 8, bold=True),
        text(113, 280, "C-89060", 9),
        text(230, 280, "26 de septiembre de 2025", 9),
        text(400, 280, "PO-48250", 9),
    ]
    rows = [
        ("Día", "Trabajo por unidad", "Cant", "Tarifa unitaria", "Valor partida"),
        ("29/08/2025", "Limpieza de salida 2 rec. - Depto. 401", "1", "220.00", "220.00"),
        ("10/09/2025", "Limpieza de casa club", "4", "185.00", "740.00"),
    ]
    items += grid(317, rows, [45, 120, -419, -489, -567])
    rows = [(410, "Valor de trabajos", "$ 960.00"), (390, "IVU aplicable (11.5%)", "$ 110.40")]
    items += sums(400, [*rows, (410, "Valor facturado", "$ 1,070.40")])
    items += [text(132, 734, "Pagos a nombre de: Brillo Boricua Servicios, Calle Loíza 7006, "
                   "Ofic. 137, Bayamón, PR 00924", 8)]  # fmt: skip
    return items


def test_a_measures_heading_over_running_words_heads_the_descriptions() -> None:
    extraction = extract_document(read_pdf(draw_pdf([cleaning_invoice()])).pages)
    got = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Limpieza de salida 2 rec. - Depto. 401", "1", "220.00"),
        ("Limpieza de casa club", "4", "740.00"),
    ]
    fields = extraction.fields
    assert fields["subtotal"].value == "960.00"  # 'Valor de trabajos'
    assert fields["service_address"].value == (
        "Residencial Los Jardines, Ave. Main 45, Depto. 401, Bayamón, PR 00961"
    )
    # a card's authorisation on a till slip is no order: the word names none
    assert "po_number" not in fields
    assert fields["remit_to_address"].value == "Calle Loíza 7006, Ofic. 137, Bayamón, PR 00924"


def counter_receipt() -> list:  # type: ignore[type-arg]
    items = [
        text(50, 20, "Lone Star Hardware", 10, bold=True),
        text(50, 33, "7173 Broadway St", 8),
        text(50, 42, "Irving, TX 75073", 8),
        text(76, 89, "COUNTER SALE RECEIPT", 9, bold=True),
        text(12, 101, "01.17.2026 10:48", 8),
        text(110, 101, "Ticket No: 011067", 8),
    ]
    rows = [
        ("3", "BLINDS VINYL 35X64", "7.60", "22.80"),
        ("6", "LED BULB A19 4PK", "12.77", "76.62"),
    ]
    items += grid(140, rows, [12, 30, -160, -200], step=10)
    rows = [(120, "GOODS", "99.42"), (80, "STATE TAX 8.25%", "8.20"), (90, "AMOUNT PAID", "107.62")]
    items += sums(178, [*rows, (12, "VISA ************7226", "107.62")], end=200)
    return items


def test_a_receipts_items_sum_above_its_tax_is_the_subtotal() -> None:
    extraction = extract_document(read_pdf(draw_pdf([counter_receipt()], size=(226, 400))).pages)
    assert extraction.document_type.value == "receipt"
    assert extraction.fields["subtotal"].value == "99.42"
    assert extraction.fields["total"].value == "107.62"


def test_a_name_wrapped_onto_its_legal_form_stays_one_name() -> None:
    rows = [
        (40, "Lone Oak Landscaping LLC", "INVOICE"),
        (52, "PO Box 1123, Austin, TX 78701", ""),
        (130, "BILL TO", "INVOICE # 1045"),
        (142, "Brightwater Residential", "DATE 11/03/2025"),
        (154, "Mgmt LLC", ""),
        (166, "4100 Spring Valley Rd", ""),
        (178, "Dallas, TX 75244", ""),
    ]
    items = [
        item for y, left, beside in rows for item in (text(40, y, left, 9), text(380, y, beside, 9))
    ]
    items += grid(
        220, [("DESCRIPTION", "AMOUNT"), ("Weekly mowing & edging", "1,800.00")], [40, -550]
    )
    items += sums(290, [(360, "TOTAL", "1,800.00"), (360, "AUTH CODE 012345/1234567", "")])
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["customer_name"].value == "Brightwater Residential Mgmt LLC"
    assert fields["bill_to_address"].value == "4100 Spring Valley Rd, Dallas, TX 75244"
    assert "po_number" not in fields  # a card's approval code
