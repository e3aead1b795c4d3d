"""A retail electricity provider's bill (its licence under its name, its address after
'Correspondence:', the service address flush right in a panel beside the account's
summary, a contract's end date among the plan's details, a payment stub with the
customer's window on the left and the payee's address on the right), a Puerto Rican
contractor's factura with the tax withheld at source, and an office-products dealer's
monthly summary of several orders."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_contracts_and_side_captions import values


def electricity_bill() -> bytes:
    page = [
        text(82, 28, "Lone Star Power & Light", 14, bold=True),
        text(436, 28, "Your Electricity Bill", 12, bold=True),
        text(82, 48, "Retail Electric Provider - PUCT Certificate No. 10022", 7),
        text(82, 58, "Customer Care: (832) 591-4387", 7),
        text(82, 68, "Correspondence: 3408 Westheimer Rd, Dallas, TX 75292", 7),
        text(340, 48, "Account Number", 7),
        right(576, 48, "2119152500", 8),
        text(340, 62, "Invoice/Bill No.", 7),
        right(576, 62, "9175938044", 8),
        text(340, 75, "Date Bill Issued", 7),
        right(576, 75, "Mar 20, 2026", 8),
        text(340, 88, "Meter Read Period", 7),
        right(576, 88, "Feb 14, 2026 to Mar 16, 2026", 8),
        text(60, 125, "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC", 8),
        text(60, 136, "4100 SPRING VALLEY RD, SUITE 300", 8),
        text(60, 148, "DALLAS, TX 75244", 8),
        text(350, 187, "Your Due Date", 8),
        right(576, 187, "Apr 9, 2026", 8),
        text(42, 233, "ACCOUNT SUMMARY", 8, bold=True),
        text(346, 233, "SERVICE INFORMATION", 8, bold=True),
        text(42, 249, "Previous Amount Billed", 7),
        right(320, 249, "$3,239.63", 7),
        text(346, 249, "ESI ID", 7),
        right(576, 249, "10443720668165829", 7),
        text(346, 260, "Service Address", 7),
        right(576, 260, "1200 OAK RIDGE DR", 7),
        text(42, 264, "Payment Received 02/26/2026 - Thank You", 7),
        right(320, 264, "-$3,239.63", 7),
        right(576, 271, "DALLAS, TX 75244", 7),
        text(42, 278, "New Charges This Period", 7),
        right(320, 278, "$2,787.98", 7),
        text(346, 283, "Meter Number", 7),
        right(576, 283, "90662701LN", 7),
        text(42, 292, "Amount You Owe", 7),
        right(320, 292, "$2,787.98", 7),
        text(346, 296, "Your Plan", 7),
        right(576, 296, "Business Fixed 24", 7),
        text(346, 309, "Contract End Date", 7),
        right(576, 309, "Apr 1, 2027", 7),
        text(
            138,
            598,
            "Please return this portion with your payment. Make checks payable to "
            "Lone Star Power & Light.",
            7,
        ),
        text(82, 621, "Lone Star Power & Light", 9),
        text(82, 638, "Retail Electric Provider - PUCT Certificate No. 10022", 7),
        text(46, 656, "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC", 8),
        text(46, 668, "4100 SPRING VALLEY RD, SUITE 300", 8),
        text(46, 679, "DALLAS, TX 75244", 8),
        text(355, 656, "Amount You Owe", 8),
        right(576, 656, "$2,787.98", 8),
        text(380, 697, "LONE STAR POWER & LIGHT", 8),
        text(380, 708, "PO BOX 588057", 8),
        text(380, 719, "IRVING, TX 75031", 8),
    ]
    return draw_pdf([page])


def test_a_licence_under_the_name_is_no_address_and_correspondence_opens_one() -> None:
    found, _ = values(electricity_bill())
    assert found["vendor_address"] == "3408 Westheimer Rd, Dallas, TX 75292"


def test_values_set_flush_right_beside_another_panel_make_the_service_address() -> None:
    found, _ = values(electricity_bill())
    assert found["service_address"] == "1200 OAK RIDGE DR, DALLAS, TX 75244"


def test_a_contracts_end_is_no_end_of_the_period_billed() -> None:
    found, _ = values(electricity_bill())
    assert found["service_period_start"] == "2026-02-14"
    assert found["service_period_end"] == "2026-03-16"


def test_the_stubs_block_the_payee_heads_is_the_remit_to_address() -> None:
    found, _ = values(electricity_bill())
    assert found["remit_to_address"] == "PO BOX 588057, IRVING, TX 75031"


def factura_with_withholding() -> bytes:
    rows = [
        ("01/18/2026", "Fumigación interior - Depto. 502", "1", "60.00", "60.00"),
        ("01/25/2026", "Servicio de estaciones para roedores", "21", "18.00", "378.00"),
        ("02/13/2026", "Inspección de termitas", "1", "100.00", "100.00"),
    ]
    page = [
        text(42, 38, "Fumigaciones Boricua", 14, bold=True),
        text(433, 38, "FACTURA", 14, bold=True),
        text(42, 72, "Calle del Parque 8746, Local 25", 8),
        text(42, 82, "Guaynabo, PR 00998", 8),
        text(372, 65, "Fact. Núm.", 8),
        right(570, 65, "11258", 8),
        text(372, 82, "Facturado el", 8),
        right(570, 82, "02/15/2026", 8),
        text(372, 98, "Pagadera el", 8),
        right(570, 98, "03/17/2026", 8),
        text(42, 163, "CLIENTE", 8, bold=True),
        text(42, 175, "Brightwater Residential Management LLC", 8),
        text(42, 188, "Ave. Ponce de León 1250, Suite 801", 8),
        text(42, 200, "San Juan, PR 00907", 8),
        text(46, 265, "Fecha", 8, bold=True),
        text(104, 265, "Descripción del servicio o material", 8, bold=True),
        text(384, 265, "Cant.", 8, bold=True),
        text(443, 265, "Precio", 8, bold=True),
        text(507, 265, "Importe", 8, bold=True),
    ]
    y = 281.0
    for date, description, qty, price, amount in rows:
        page += [text(46, y, date, 8), text(104, y, description, 8), right(410, y, qty, 8)]
        page += [right(470, y, price, 8), right(540, y, amount, 8)]
        y += 17
    page += [
        text(48, 378, "RETENCIÓN EN EL ORIGEN", 7, bold=True),
        text(314, 378, "Total de servicios y materiales", 8),
        right(564, 378, "$538.00", 8),
        text(48, 397, "Servicios sujetos a retención", 7),
        right(284, 397, "$538.00", 7),
        text(314, 410, "IVU total facturado", 8),
        right(564, 410, "$21.52", 8),
        text(48, 423, "Retención (10%) a cargo del cliente", 7),
        right(284, 423, "$53.80", 7),
        text(314, 438, "Importe de la factura", 8),
        right(564, 438, "$559.52", 8),
        text(314, 457, "Menos: retención en el origen (10%)", 8),
        right(564, 457, "-$53.80", 8),
        text(314, 476, "Neto a pagar luego de la retención", 8),
        right(564, 476, "$505.72", 8),
    ]
    return draw_pdf([page])


def test_a_factura_with_tax_withheld_at_source_reads_its_sums() -> None:
    found, items = values(factura_with_withholding())
    assert len(items) == 3
    assert found["subtotal"] == "538.00"  # 'Total de servicios y materiales'
    assert found["tax"] == "21.52"  # 'IVU total facturado': the tax, no total
    assert found["total"] == "559.52"
    assert found["amount_due"] == "505.72"  # 'Neto a pagar luego de la retención'
    assert found["due_date"] == "2026-03-17"  # 'Pagadera el'


def summary_invoice() -> bytes:
    orders = [
        (
            "ORDER 5942926-002",
            [
                ("Stamps - first class (100)", "1", "68.18", "68.18"),
                ("Desk organizer mesh", "3", "22.22", "66.66"),
            ],
            "$134.84",
        ),
        (
            "ORDER 9088956-001",
            [
                ("Rubber stamp PAID", "1", "14.24", "14.24"),
                ("Hanging file folders (25 pk)", "2", "14.86", "29.72"),
            ],
            "$43.96",
        ),
    ]
    page = [
        text(78, 31, "PaperTrail Office Products", 14, bold=True),
        text(414, 31, "SUMMARY INVOICE", 12, bold=True),
        text(36, 68, "1058 Biscayne Blvd, Suite 421", 8),
        text(36, 78, "Kissimmee, FL 34709", 8),
        text(346, 60, "Summary Invoice No.", 8),
        right(570, 60, "2508-03051", 8),
        text(346, 74, "Summary Date", 8),
        right(570, 74, "09/03/2025", 8),
        text(346, 88, "Orders Placed", 8),
        right(570, 88, "08/01/2025 thru 08/31/2025", 8),
        text(40, 265, "Item No.", 8, bold=True),
        text(96, 265, "Description", 8, bold=True),
        text(412, 265, "Qty", 8, bold=True),
        text(449, 265, "Unit Price", 8, bold=True),
        text(516, 265, "Ext. Price", 8, bold=True),
    ]
    y = 282.0
    for heading, rows, total in orders:
        page += [
            text(41, y, heading, 7, bold=True),
            text(124, y, "Placed 08/21/2025 by Front Desk", 7),
        ]
        y += 14
        for description, qty, price, amount in rows:
            page += [text(40, y, "719610", 8), text(96, y, description, 8), right(424, y, qty, 8)]
            page += [right(484, y, price, 8), right(550, y, amount, 8)]
            y += 14
        page += [text(403, y + 2, f"{heading.title()} total", 8), right(550, y + 2, total, 8)]
        y += 20
    page += [
        text(324, y + 10, "Total Merchandise & Fees", 8),
        right(570, y + 10, "$178.80", 8),
        text(324, y + 22, "Sales Tax 7%", 8),
        right(570, y + 22, "$12.52", 8),
        text(324, y + 34, "Summary Invoice Total", 8),
        right(570, y + 34, "$191.32", 8),
    ]
    return draw_pdf([page])


def test_each_orders_total_closes_its_order_and_the_summary_goes_on() -> None:
    """The next order opens on an item that names a payment ('Rubber stamp PAID'): an
    item all the same, its count times its price making its amount."""
    found, items = values(summary_invoice())
    assert [amount for amount, _ in items] == ["68.18", "66.66", "14.24", "29.72"]
    assert found["total"] == "191.32"


def faxed_invoice() -> bytes:
    """A locksmith's stock-form invoice faxed behind a cover sheet: the fax machine's line
    over each page, the cover's own 'From:' and 'Date:', a row of headings with one cell
    left blank under it ('SOLD BY' over the clerk's name), the items under a centred
    'DESCRIPTION', one of them priced '2 @ 60.00' under its line."""
    header = "NOV-13-2025 02:45P  FROM: SENTINEL PATROL SERV  8327615499  TO: 12144782885"
    cover = [
        text(20, 9, header, 6),
        text(376, 9, "P.1/2", 6),
        text(50, 49, "SENTINEL PATROL SERVICES INC.", 11, bold=True),
        text(50, 64, "9785 Harry Hines Blvd, Ste 110", 8),
        text(50, 75, "San Antonio, TX 78243", 8),
        text(450, 102, "TRANSMITTAL COVER SHEET", 9, bold=True),
        text(48, 157, "To:", 9),
        text(113, 157, "Accounts Payable", 9),
        text(316, 157, "From:", 9),
        text(378, 157, "Rosa", 9),
        text(48, 191, "Company:", 9),
        text(115, 191, "Brightwater Residential Management", 9),
        text(316, 191, "Date:", 9),
        text(377, 191, "11/13/25", 9),
        text(48, 245, "Re:", 9),
        text(115, 245, "Inv 8142 - Cypress Landing", 9),
    ]
    invoice = [
        text(20, 9, header.replace("02:45P", "02:46P"), 6),
        text(376, 9, "P.2/2", 6),
        text(473, 38, "INVOICE", 12, bold=True),
        text(50, 47, "SENTINEL PATROL SERVICES INC.", 11, bold=True),
        text(50, 63, "9785 Harry Hines Blvd, Ste 110", 8),
        text(50, 72, "San Antonio, TX 78243", 8),
        text(379, 70, "INVOICE No.", 7),
        text(459, 77, "8142", 10),
        text(379, 91, "DATE", 7),
        text(459, 101, "11/07/25", 10),
        text(52, 147, "SOLD TO", 6),
        text(90, 147, "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC", 9),
        text(90, 159, "4100 Spring Valley Rd, Suite 300", 9),
        text(90, 171, "Dallas, TX 75244", 9),
        text(52, 212, "CUSTOMER'S ORDER NO.", 6),
        text(181, 212, "TERMS", 6),
        text(310, 212, "SOLD BY", 6),
        text(439, 212, "DATE OF WORK", 6),
        text(182, 225, "NET 30", 9),
        text(311, 225, "MIKE", 9),
        text(440, 225, "11/05/25", 9),
        text(232, 254, "DESCRIPTION", 7),
        text(499, 254, "AMOUNT", 7),
        text(55, 271, "Rekey lock cylinder, 5-pin, 2 keys - Unit 6-110", 10),
        right(552, 271, "120.00", 10),
        text(87, 289, "2 @ 60.00", 10),
        text(55, 305, "Replace USPS 4C mailbox lock - Unit 6-110", 10),
        right(552, 305, "40.00", 10),
        text(364, 635, "MDSE. & LABOR", 7),
        right(552, 635, "160.00", 10),
        text(364, 657, "PLUS TAX", 7),
        right(552, 657, "13.20", 10),
        text(364, 679, "TOTAL", 7),
        right(552, 679, "173.20", 10),
    ]
    return draw_pdf([cover, invoice])


def test_a_fax_cover_sheet_and_the_fax_machines_lines_name_nothing_of_the_invoice() -> None:
    extraction = extract_document(read_pdf(faxed_invoice()).pages)
    found = {name: field.value for name, field in extraction.fields.items()}
    assert found["vendor_name"] == "SENTINEL PATROL SERVICES INC."  # not the cover's 'Rosa'
    assert found["invoice_number"] == "8142"
    assert found["invoice_date"] == "2025-11-07"  # not the day it was faxed
    assert extraction.fields["invoice_number"].page == 2  # on the page as sent
    assert "MIKE" not in found.values()  # 'SOLD BY' heads a column of the row


def test_items_under_a_centred_heading_keep_their_words_and_a_count_inside_them() -> None:
    _, items = values(faxed_invoice())
    assert items == [
        ("120.00", "Rekey lock cylinder, 5-pin, 2 keys - Unit 6-110"),
        ("40.00", "Replace USPS 4C mailbox lock - Unit 6-110"),
    ]


def test_a_summarys_date_and_the_orders_it_bills() -> None:
    """'Summary Date' is the invoice's date; 'Orders Placed 08/01/2025 thru 08/31/2025'
    the period it bills, no date of its issue."""
    found, _ = values(summary_invoice())
    assert found["invoice_date"] == "2025-09-03"
    assert (found["service_period_start"], found["service_period_end"]) == (
        "2025-08-01",
        "2025-08-31",
    )


def app_invoice() -> bytes:
    """A contractor's invoice from a phone app, in Spanish: a deposit paid online taken
    off the job's total, the rest left to pay."""
    page = [
        text(44, 38, "Pinturas y Acabados Morales", 13, bold=True),
        text(44, 50, "566 Broadway St, Ste 321", 8),
        text(44, 68, "San Antonio, TX 78218", 8),
        text(358, 110, "Folio de factura", 8),
        right(570, 110, "0331", 8),
        text(44, 117, "FACTURA", 12, bold=True),
        text(358, 117, "Creada el", 8),
        right(570, 117, "25 de ene. de 2026", 8),
        text(52, 256, "Descripción", 8, bold=True),
        text(530, 256, "Importe", 8, bold=True),
        text(52, 276, "Pintura interior completa 1 rec. - Depto. A3", 8),
        right(570, 276, "$650.00", 8),
        text(342, 334, "Importe de los trabajos", 8),
        right(570, 334, "$650.00", 8),
        text(342, 351, "Impuesto de ventas de Texas (8.25%)", 8),
        right(570, 351, "$53.63", 8),
        text(342, 369, "Total del trabajo", 8),
        right(570, 369, "$703.63", 8),
        text(342, 387, "Anticipo pagado en línea", 8),
        right(570, 387, "-$234.00", 8),
        text(342, 415, "Falta por pagar", 9, bold=True),
        right(570, 415, "$469.63", 9),
    ]
    return draw_pdf([page])


def test_what_is_left_to_pay_after_a_deposit_is_the_amount_due() -> None:
    found, _ = values(app_invoice())
    assert found["total"] == "703.63"
    assert found["amount_due"] == "469.63"  # 'Falta por pagar'
