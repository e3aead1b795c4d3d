"""Layouts of billing systems other than our generator's, drawn here as real PDFs: a value
in another type size than its label, 'Activity | Description' headings, a title beside
the vendor's name, an unlabelled phone in the vendor's block, a series code before the
invoice number, dates ordered by the country the document shows, a total whose label
was lost, and table columns whose heading was lost."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, table, text


def fields_of(items: list) -> dict[str, str]:  # type: ignore[type-arg]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    return {name: field.value for name, field in extraction.fields.items()}


def test_value_in_a_larger_type_beside_its_label_is_read() -> None:
    fields = fields_of(
        [
            text(50, 60, "Harbour Plumbing Ltd", 14, bold=True),
            text(50, 90, "INVOICE", 18, bold=True),
            text(300, 132, "Amount Due", 8, bold=True),
            text(400, 135, "551.43", 11),
            text(300, 150, "Invoice Number", 8, bold=True),
            text(400, 150, "INV-2291", 9),
        ]
    )
    assert fields["amount_due"] == "551.43"
    assert fields["invoice_number"] == "INV-2291"


def test_activity_and_description_headings_make_one_text_column() -> None:
    rows = [
        ("01/03/2025", "Maintenance", "Weekly mowing - January", "4", "325.00", "1,300.00"),
        ("01/10/2025", "Irrigation", "Replace 6 spray heads", "6", "18.50", "111.00"),
    ]
    items = [text(50, 50, "Greenleaf Landscaping LLC", 12, bold=True), text(50, 100, "INVOICE", 16)]
    items += [text(50, 150, "DATE", 8), text(120, 150, "ACTIVITY", 8)]
    items += [text(200, 150, "DESCRIPTION", 8)]
    items += [right(420, 150, "QTY", 8), right(480, 150, "RATE", 8), right(540, 150, "AMOUNT", 8)]
    for i, (day, activity, description, qty, rate, amount) in enumerate(rows):
        y = 168 + 14 * i
        items += [text(50, y, day, 9), text(120, y, activity, 9), text(200, y, description, 9)]
        items += [right(420, y, qty, 9), right(480, y, rate, 9), right(540, y, amount, 9)]
    items += [text(420, 220, "TOTAL", 9), right(540, 220, "1,411.00", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    lines = extraction.line_items
    assert [str(line.amount) for line in lines] == ["1300.00", "111.00"]
    assert lines[0].description == "Maintenance Weekly mowing - January"
    assert str(lines[1].quantity) == "6" and str(lines[1].unit_price) == "18.50"


def test_title_beside_the_vendor_name_is_not_part_of_it() -> None:
    fields = fields_of(
        [
            text(40, 60, "FACTURA DE SERVICIO", 22, bold=True),
            text(340, 54, "Gas Natural del Noreste S.A. de C.V.", 9),
            text(340, 68, "Av. Constitución 8039", 8),
            text(340, 80, "San Pedro Garza García, N.L. C.P. 66048", 8),
            text(50, 140, "Número de factura: 0223410293", 9),
            text(50, 154, "Total a pagar: $4,067.29", 9),
        ]
    )
    assert fields["vendor_name"] == "Gas Natural del Noreste S.A. de C.V."


def test_unlabelled_phone_in_the_vendor_block() -> None:
    fields = fields_of(
        [
            text(50, 50, "Greenleaf Landscaping LLC", 12, bold=True),
            text(50, 64, "2207 Ranch Road", 9),
            text(50, 75, "Austin, TX 78745", 9),
            text(50, 86, "(512) 555-0143", 9),
            text(50, 130, "INVOICE # 1047", 12, bold=True),
            text(50, 150, "TOTAL $1,508.50", 10),
        ]
    )
    assert fields["vendor_phone"] == "5125550143"


def test_series_code_printed_before_the_number_belongs_to_it() -> None:
    fields = fields_of(
        [
            text(50, 50, "Limpezas Atlântico, Lda.", 13, bold=True),
            text(360, 140, "Fatura n.º:", 9),
            right(545, 140, "FT 2025/311", 9),
            text(360, 160, "Total a pagar", 9),
            right(545, 160, "541,20 €", 9),
        ]
    )
    assert fields["invoice_number"] == "FT 2025/311"


def test_ambiguous_dates_follow_the_country_the_document_shows() -> None:
    malaysian = fields_of(
        [
            text(50, 50, "KEDAI RUNCIT MAJU SDN BHD", 12, bold=True),
            text(50, 64, "GST REG NO: 001234567890", 9),
            text(50, 84, "TAX INVOICE", 11),
            text(50, 100, "Date: 03/04/2018", 9),
            text(50, 120, "TOTAL (RM)", 9),
            right(300, 120, "12.50", 9),
        ]
    )
    american = fields_of(
        [
            text(50, 50, "Lone Star Hardware", 12, bold=True),
            text(50, 64, "Dallas, TX 75204", 9),
            text(50, 84, "SALES RECEIPT", 11),
            text(50, 100, "Date: 03/04/2018", 9),
            text(50, 120, "TOTAL", 9),
            right(300, 120, "12.50", 9),
        ]
    )
    assert malaysian["invoice_date"] == "2018-04-03"
    assert american["invoice_date"] == "2018-03-04"


def test_minus_sign_standing_apart_is_not_a_sign() -> None:
    fields = fields_of(
        [
            text(50, 50, "Ferreteria El Martillo", 12, bold=True),
            text(50, 70, "TICKET DE VENTA 087768", 10),
            text(300, 100, "SUBTOTAL", 9),
            text(380, 100, ":", 9),
            right(500, 100, "$253.23", 9),
            text(300, 116, "IVA 16%", 9),
            right(500, 116, "- $40.52", 9),
            text(300, 132, "TOTAL", 9),
            right(500, 132, "$293.75", 9),
        ]
    )
    assert fields["subtotal"] == "253.23"
    assert fields["tax"] == "40.52"


def test_total_whose_label_was_lost_is_the_sum_under_the_subtotal() -> None:
    items = [
        text(50, 50, "Coastal Paint Pros", 12, bold=True),
        text(50, 70, "Invoice # 7781", 10),
        text(380, 200, "Subtotal", 9),
        right(540, 200, "2,365.00", 9),
        text(380, 214, "Sales tax", 9),
        right(540, 214, "35.00", 9),
        right(540, 230, "2,400.00", 10),  # its 'TOTAL' was white on a dark band
    ]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    total = extraction.fields["total"]
    assert total.value == "2400.00"
    assert total.method == "sum_below_subtotal"
    assert total.confidence < 0.9  # the arithmetic found it: it cannot also confirm it


def test_lost_heading_of_a_leading_column_keeps_it_out_of_the_description() -> None:
    items = [text(50, 50, "Seguridad Integral del Norte", 12, bold=True)]
    items += [text(50, 80, "FACTURA", 16), text(50, 100, "Factura No. 4471", 10)]
    items += [text(120, 150, "Descripcion", 8), right(400, 150, "Cant.", 8)]
    items += [right(470, 150, "Precio unitario", 8), right(540, 150, "Importe", 8)]
    rows = [("COU-1000", "Rondín de vigilancia", "30", "51.00", "1,530.00")]
    rows += [("GAT-1074", "Reparación de acceso", "1", "615.00", "615.00")]
    for i, (code, description, qty, price, amount) in enumerate(rows):
        y = 168 + 14 * i
        items += [text(50, y, code, 9), text(120, y, description, 9), right(400, y, qty, 9)]
        items += [right(470, y, price, 9), right(540, y, amount, 9)]
    lines = extract_document(read_pdf(draw_pdf([items])).pages).line_items
    assert [line.description for line in lines] == ["Rondín de vigilancia", "Reparación de acceso"]


def test_rounded_cash_total_and_ringgit() -> None:
    items = [text(200, 40, "PASAR BORONG MAJU ENTERPRISE", 11, bold=True)]
    items += [text(230, 56, "CASH BILL", 10), text(150, 72, "BILL NO: 101-0034521", 9)]
    lines = [("SAYUR BAYAM", "5.00"), ("TOMATO 1KG", "4.20"), ("BAWANG MERAH", "6.85")]
    lines += [("SUB TOTAL", "16.05"), ("ROUNDING", "-0.05"), ("TOTAL", "RM 16.00")]
    lines += [("CASH", "RM 20.00"), ("CHANGE", "RM 4.00")]
    for i, (label, amount) in enumerate(lines):
        items += [text(150, 100 + 14 * i, label, 9), right(420, 100 + 14 * i, amount, 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    fields = extraction.fields
    assert fields["total"].value == "16.00" and fields["currency"].value == "MYR"
    totals = next(c for c in extraction.checks if c.name == "subtotal_plus_tax_equals_total")
    assert totals.passed and "rounding -0.05" in totals.detail
    assert [str(line.amount) for line in extraction.line_items] == ["5.00", "4.20", "6.85"]


def test_till_vat_class_after_an_item_amount() -> None:
    items = [text(200, 40, "BÄCKEREI SONNENSCHEIN", 11, bold=True)]
    items += [text(200, 56, "Hauptstraße 41, 80331 München", 9), text(150, 72, "Beleg-Nr. 4471", 9)]
    lines = [("Kaffee groß", "3,40 B"), ("Croissant", "1,80 A"), ("SUMME EUR", "5,20")]
    lines += [("Bar", "10,00"), ("Rückgeld", "4,80")]
    for i, (label, amount) in enumerate(lines):
        items += [text(150, 100 + 14 * i, label, 9), right(420, 100 + 14 * i, amount, 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    assert [str(line.amount) for line in extraction.line_items] == ["3.40", "1.80"]
    assert extraction.fields["total"].value == "5.20"


def test_a_till_roll_without_receipt_words_is_a_receipt() -> None:
    items = [text(30, 30, "MERCATO FRESCO S.R.L.", 10, bold=True)]
    items += [text(30, 44, "Via Garibaldi 22 - 10122 Torino", 7)]
    items += [text(30, 56, "P.IVA 09876543210", 7)]
    goods = [("MOZZARELLA 250G", "2,49"), ("PASTA 500G", "1,19"), ("POMODORI PELATI", "0,99")]
    goods += [("TOTALE COMPLESSIVO", "4,67"), ("di cui IVA", "0,35")]
    for i, (label, amount) in enumerate(goods):
        items += [text(30, 90 + 14 * i, label, 8), right(196, 90 + 14 * i, amount, 8)]
    items += [text(30, 180, "21-06-2024 10:12", 8), text(30, 194, "DOC.N. 0142-0031", 8)]
    extraction = extract_document(read_pdf(draw_pdf([items], size=(226, 300))).pages)
    assert extraction.document_type.value == "receipt"
    assert "narrow printed column" in extraction.classification.evidence
    assert extraction.fields["total"].value == "4.67"
    assert extraction.fields["invoice_date"].value == "2024-06-21"


def test_service_from_to_gives_the_period_and_two_labelled_dates_do_not() -> None:
    fields = fields_of(
        [
            text(50, 50, "SUMMIT ELEVATOR CO.", 14, bold=True),
            text(50, 90, "INVOICE", 20, bold=True),
            text(50, 130, "Service From: 12/01/2024  To: 12/31/2024", 9),
            text(50, 150, "Service Date: 01/05/2025", 9),
            text(250, 150, "Due Date: 02/04/2025", 9),
            text(50, 170, "Invoice Total: $925.00", 9),
        ]
    )
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2024-12-01",
        "2024-12-31",
    )
    assert fields["due_date"] == "2025-02-04"


def test_professional_statement_of_services_due_upon_receipt_is_an_invoice() -> None:
    items = [text(50, 50, "Bright Path Legal Services PLLC", 13, bold=True)]
    items += [text(350, 110, "Statement of Services", 16, bold=True)]
    items += [text(350, 130, "Invoice: 2025-0193"), text(350, 144, "Terms: Due upon receipt")]
    items += [text(50, 200, "02/03/25  Review lease and notice file"), right(560, 200, "375.00")]
    items += [text(420, 230, "Balance due"), right(560, 230, "$375.00")]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    assert extraction.document_type.value == "invoice"
    assert extraction.fields["invoice_number"].value == "2025-0193"


def test_unlabelled_recipient_block_with_a_care_of_line() -> None:
    fields = fields_of(
        [
            text(50, 50, "Metro Water & Sewer District", 14, bold=True),
            text(50, 64, "PO Box 4400, Columbus, OH 43216", 9),
            text(380, 50, "Bill Date", 8),
            right(560, 50, "03/02/2025", 9),
            text(50, 110, "Total Amount Due", 9),
            right(300, 110, "$238.15", 9),
            text(50, 160, "Oak Meadow Apartments LLC", 9),
            text(50, 171, "c/o Buckeye Property Mgmt", 9),
            text(50, 182, "220 E Broad St", 9),
            text(50, 193, "Columbus, OH 43215", 9),
        ]
    )
    assert fields["customer_name"] == "Oak Meadow Apartments LLC"
    assert "service_address" not in fields


def test_vendor_named_only_where_checks_are_made_payable() -> None:
    fields = fields_of(
        [
            text(50, 60, "INVOICE", 22, bold=True),
            text(50, 90, "Invoice No: 33817"),
            text(300, 90, "Customer:", 8, bold=True),
            text(300, 102, "Harbor Point HOA"),
            text(300, 114, "12 Bay St, Tampa, FL 33602"),
            text(400, 200, "Amount Due"),
            right(560, 200, "$420.00"),
            text(50, 660, "Please make checks payable to: Gulf Coast Pool Care LLC,"),
            text(50, 672, "900 Dale Mabry Hwy, Tampa, FL 33609"),
        ]
    )
    assert fields["vendor_name"] == "Gulf Coast Pool Care LLC"
    assert fields["remit_to_address"] == "900 Dale Mabry Hwy, Tampa, FL 33609"


def test_email_with_a_wide_gap_at_the_at_sign_is_one_address() -> None:
    fields = fields_of(
        [
            text(50, 50, "Metro Office Supply Co.", 14, bold=True),
            text(50, 66, "8782 Harry Hines Blvd, Houston, TX 77087", 9),
            text(50, 78, "accounts", 9),
            text(100, 78, "@metrooffice.com", 9),  # a gap of three letters' height
            text(50, 120, "INVOICE 06475", 16, bold=True),
            text(50, 150, "Total: $206.44", 10),
        ]
    )
    assert fields["vendor_email"] == "accounts@metrooffice.com"


def test_a_public_utility_is_the_vendor_over_a_customer_with_a_legal_form() -> None:
    fields = fields_of(
        [
            text(50, 50, "South Florida Water & Sewer Authority", 12, bold=True),
            text(50, 64, "5478 Colonial Dr, Kissimmee, FL 34768", 9),
            text(350, 50, "BILL", 16, bold=True),
            text(50, 140, "Brightwater Residential Management LLC", 12, bold=True),
            text(50, 154, "4100 Spring Valley Rd, Suite 300", 9),
            text(50, 166, "Dallas, TX 75244", 9),
            text(350, 140, "Bill Number: 0293506002", 9),
            text(350, 170, "Total Amount Due: $1,836.41", 9),
        ]
    )
    assert fields["vendor_name"] == "South Florida Water & Sewer Authority"


def test_address_on_a_payment_stub_is_where_payments_go() -> None:
    fields = fields_of(
        [
            text(50, 50, "Dallas Metro Water Utilities", 14, bold=True),
            text(50, 64, "200 Commerce St, Dallas, TX 75201", 9),
            text(400, 50, "Utility Bill", 14, bold=True),
            text(400, 70, "Account #: 494968-96979", 9),
            text(400, 100, "Please Pay: $2,155.70", 9),
            text(50, 560, "Please return this portion with your payment", 8),
            text(50, 590, "Dallas Metro Water Utilities", 10, bold=True),
            text(50, 603, "Dept 1440", 10),
            text(50, 616, "PO Box 792363", 10),
            text(50, 629, "San Antonio, TX 78298", 10),
        ]
    )
    assert fields["remit_to_address"] == "Dept 1440, PO Box 792363, San Antonio, TX 78298"
    assert fields["vendor_name"] == "Dallas Metro Water Utilities"


def test_terms_whose_heading_was_lost_are_known_by_their_wording() -> None:
    items = [text(50, 50, "Critter Control Pest Services", 14, bold=True)]
    items += [text(50, 90, "INVOICE", 18, bold=True)]
    items += [text(50, 130, "Invoice No.", 8), text(180, 130, "Invoice Date", 8)]
    items += [text(50, 144, "50155"), text(180, 144, "Sep 29, 2025"), text(330, 144, "Net 10")]
    items += [text(50, 200, "Total"), right(300, 200, "$1,194.00")]
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["payment_terms"].value == "Net 10"
    assert fields["payment_terms"].method == "terms_wording"


def test_unlabelled_total_counts_the_discount() -> None:
    items = [text(50, 50, "Seguridad Integral del Norte", 12, bold=True)]
    items += [text(50, 80, "FACTURA", 16), text(50, 100, "Factura No. 4471", 10)]
    for i, (label, amount) in enumerate(
        [("Subtotal", "$6,948.00"), ("Descuento (3%)", "-$208.44"), ("IVA 16%", "$1,078.33")]
    ):
        items += [text(380, 200 + 14 * i, label, 9), right(540, 200 + 14 * i, amount, 9)]
    items += [right(540, 244, "$7,817.89", 10)]  # its 'Total' lost on a dark band
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["total"].value == "7817.89"


def test_letterhead_with_a_company_number_and_a_street_opening_with_no() -> None:
    items = [text(150, 40, "KEDAI RUNCIT SRI MEWAH SDN BHD", 11, bold=True)]
    lines = ["(1093821-K)", "NO 12, JALAN PERDANA 3/2,", "TAMAN PERDANA, 43000 KAJANG,"]
    lines += ["SELANGOR.", "GST REG NO : 000812345664", "TAX INVOICE"]
    items += [text(170, 56 + 13 * i, line, 9) for i, line in enumerate(lines)]
    items += [text(150, 150, "TOTAL (INCL GST)", 9), right(420, 150, "37.00", 9)]
    items += [text(150, 164, "CASH", 9), right(420, 164, "50.00", 9)]
    items += [text(150, 178, "CHANGE", 9), right(420, 178, "13.00", 9)]
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["vendor_address"].value == (
        "NO 12, JALAN PERDANA 3/2, TAMAN PERDANA, 43000 KAJANG, SELANGOR."
    )
    assert fields["vendor_tax_id"].value == "000812345664"


def test_a_name_with_an_attention_line_is_the_customer_though_its_heading_was_lost() -> None:
    """A photo loses the 'Bill To' heading; the customer's name, larger and with its
    legal form, is still no letterhead: 'Attn: Accounts Payable' stands under it."""
    items = [
        text(50, 50, "Metro Waste Services", 12, bold=True),
        text(50, 64, "7502 Broadway St, Ste 69, Irving, TX 75075", 8),
        text(50, 75, "Phone: 469.447.7653", 8),
        text(50, 110, "Brightwater Residential Management LLC", 13, bold=True),
        text(50, 126, "Attn: Accounts Payable", 9),
        text(50, 138, "4100 Spring Valley Rd, Suite 300", 9),
        text(50, 150, "Dallas, TX 75244", 9),
        text(360, 170, "Invoice No.: 0408438755", 9),
        text(360, 184, "Total Amount Due: 1,773.96 USD", 9),
    ]
    fields = fields_of(items)
    assert fields["vendor_name"] == "Metro Waste Services"
    beside = fields_of([*items[:4], text(325, 110, "Attn: Accounts Payable", 9), *items[5:]])
    assert beside["vendor_name"] == "Metro Waste Services"


def test_a_number_label_inside_a_sentence_names_no_number() -> None:
    """The footer's 'Please include the invoice number with your' runs on, past a gap
    OCR made, to '1.50 monthly': the sentence names no invoice number."""
    fields = fields_of(
        [
            text(50, 50, "North Texas Gas Company", 12, bold=True),
            text(50, 64, "1926 Broadway St, Ste 340, San Antonio, TX 78268", 8),
            text(50, 100, "INVOICE", 16, bold=True),
            text(380, 300, "Total Amount Due USD 806.00", 9),
            text(50, 400, "Please include the invoice number with your", 8),
            text(300, 400, "1.50 monthly finance charge applies", 8),
        ]
    )
    assert "invoice_number" not in fields
    assert fields["total"] == "806.00"


def test_a_unit_number_in_the_letterhead_heads_no_table() -> None:
    # 'Unit' in the vendor's street beside a title holding 'Service' is no row of column
    # headings: the meta lines and parties under it stay fields, not line items
    items = [
        text(40, 42, "Dallas Metro Water Utilities", 14, bold=True),
        text(40, 61, "681 Stemmons Fwy, Unit 24", 8),
        text(400, 61, "STATEMENT OF SERVICE", 12, bold=True),
        text(40, 71, "Houston, TX 77091", 8),
        text(40, 113, "Account #: 996756-71148", 9),
        text(250, 113, "Service Period: December 6, 2025 - January 6, 2026", 9),
        text(40, 126, "Statement No.: 0145938418", 9),
        text(250, 126, "Amount Due By: February 8, 2026", 9),
        text(40, 139, "Statement Date: January 14, 2026", 9),
        text(46, 178, "ACCOUNT NAME", 8, bold=True),
        text(46, 193, "Brightwater Residential Management LLC", 9),
        text(46, 204, "4100 Spring Valley Rd, Suite 300", 9),
        text(46, 215, "Dallas, TX 75244", 9),
    ]
    items += table(
        300,
        ["Description", "Qty", "Unit Price", "Amount"],
        [
            ["Water base charge", "1", "28.49", "28.49"],
            ["Storm water fee", "1", "21.46", "21.46"],
        ],
        [45, 300, 400, 520],
    )
    items += [text(400, 360, "TOTAL", 9), right(520, 360, "$49.95", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    fields = {name: field.value for name, field in extraction.fields.items()}
    assert fields["invoice_number"] == "0145938418"
    assert fields["invoice_date"] == "2026-01-14"
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert [str(line.amount) for line in extraction.line_items] == ["28.49", "21.46"]


def test_dates_no_number_orders_are_read_the_way_the_terms_agree_with() -> None:
    # Spanish is read day first, but 9 May due 10 May on 30 days' terms is no bill:
    # 5 September due 5 October is
    items = [
        text(40, 54, "Aire Acondicionado Borinquen", 14, bold=True),
        text(400, 54, "FACTURA", 18, bold=True),
        text(40, 104, "Ave. Muñoz Rivera 1623, Suite 335, Guaynabo, PR 00981", 8),
        text(300, 142, "Núm. de factura: 2025-56772", 9),
        text(300, 157, "Fecha de factura: 09/05/2025", 9),
        text(300, 172, "Fecha límite: 10/05/2025", 9),
        text(300, 186, "Términos: Pago a 30 días", 9),
    ]
    items += table(
        240,
        ["Descripción", "Cant.", "Precio", "Importe"],
        [
            ["Reemplazo de termostato programable", "1", "295.00", "295.00"],
        ],
        [45, 300, 400, 520],
    )
    items += [text(400, 300, "TOTAL", 9), right(520, 300, "$295.00", 9)]
    fields = fields_of(items)
    assert (fields["invoice_date"], fields["due_date"]) == ("2025-09-05", "2025-10-05")


def test_a_date_whose_separators_were_lost_after_its_label_is_read() -> None:
    fields = fields_of(
        [
            text(50, 60, "Spotless Carpet Care", 14, bold=True),
            text(50, 90, "INVOICE", 18, bold=True),
            text(50, 130, "Invoice: 84799", 9),
            text(50, 145, "Date of Service: 03/15/2026", 9),
            text(50, 160, "Due Date: 03302026", 9),
            text(300, 130, "Issued: 20260316", 9),
            text(50, 200, "Total: $125.00", 9),
        ]
    )
    assert fields["due_date"] == "2026-03-30"
    assert fields["invoice_date"] == "2026-03-16"


def test_remittance_address_only_in_a_footer_sentence() -> None:
    fields = fields_of(
        [
            text(40, 42, "Spotless Carpet Care", 14, bold=True),
            text(400, 61, "INVOICE", 18, bold=True),
            text(40, 61, "5021 Stemmons Fwy", 8),
            text(40, 71, "Irving, TX 75090", 8),
            text(357, 128, "Inv. No.: 38390", 9),
            text(357, 142, "Date Invoiced: 3/16/2026", 9),
            text(400, 300, "Total Amount", 9),
            right(540, 300, "$1,110.00", 9),
            text(
                60,
                740,
                "Please make all checks payable to Spotless Carpet Care and mail to "
                "PO Box 289900, Irving, TX 75025.",
                8,
            ),
        ]
    )
    assert fields["remit_to_address"] == "PO Box 289900, Irving, TX 75025"
    assert fields["vendor_address"] == "5021 Stemmons Fwy, Irving, TX 75090"


def test_a_numbered_title_beside_the_vendor_name_is_left_off_it() -> None:
    fields = fields_of(
        [
            text(40, 46, "INVOICE # 2026-48408", 24, bold=True),
            text(321, 45, "Brightspark Electrical Services", 13, bold=True),
            text(380, 63, "9527 Fredericksburg Rd, Suite 413", 8),
            text(424, 73, "San Antonio, TX 78284", 8),
            text(40, 200, "Date Issued: 03/18/2026", 9),
            text(400, 300, "Invoice Amount", 9),
            right(540, 300, "$612.00", 9),
        ]
    )
    assert fields["vendor_name"] == "Brightspark Electrical Services"
    assert fields["vendor_address"] == "9527 Fredericksburg Rd, Suite 413, San Antonio, TX 78284"


def test_a_bare_unit_heading_beside_a_rate_is_the_measure() -> None:
    items = [text(50, 50, "Guardian Access & Alarm", 12, bold=True), text(50, 80, "INVOICE", 16)]
    items += table(
        150,
        ["Description of Services", "Qty/Hrs", "Unit", "Bill Rate", "Ext. Amount"],
        [
            ["Unarmed guard hours", "218", "hr", "24.00", "5,232.00"],
            ["Access fobs (programmed)", "48", "ea", "12.00", "576.00"],
        ],
        [50, 300, 360, 440, 540],
    )
    items += [text(380, 220, "Invoice Subtotal", 9), right(540, 220, "$5,808.00", 9)]
    lines = extract_document(read_pdf(draw_pdf([items])).pages).line_items
    assert [(str(i.quantity), str(i.unit_price), str(i.amount)) for i in lines] == [
        ("218", "24.00", "5232.00"),
        ("48", "12.00", "576.00"),
    ]
    assert lines[0].description == "Unarmed guard hours"


def test_a_months_short_name_in_a_date_is_no_label() -> None:
    # 'DIC' is December in Spanish and a Czech tax number's label ('DIČ')
    fields = fields_of(
        [
            text(300, 45, "Gas Natural del Noreste S.A. de C.V.", 12, bold=True),
            text(40, 46, "AVISO-RECIBO", 20, bold=True),
            text(360, 62, "Av. Revolución 1358, Col. Obispado", 8),
            text(360, 72, "Monterrey, N.L. C.P. 64700", 8),
            text(360, 82, "RFC: GAS9501261V1", 8),
            text(80, 240, "Comprobante N° 0537401285", 9),
            text(80, 255, "Periodo facturado: 14 DIC 25 - 11 ENE 26", 9),
            text(80, 270, "Consumo de gas 350 m3", 9),
            text(300, 320, "Importe a pagar", 9),
            right(540, 320, "$574.65", 9),
        ]
    )
    assert fields["vendor_tax_id"] == "GAS9501261V1"
    assert fields["invoice_number"] == "0537401285"


def test_labor_and_materials_with_unit_and_total_charges() -> None:
    items = [text(50, 50, "Acme Plumbing & Heating Inc.", 12, bold=True)]
    items += [text(50, 80, "INVOICE", 16)]
    items += table(
        150,
        ["Labor & Materials", "Hours/Qty", "Unit Charge", "Total Charge"],
        [
            ["Repair leak under bathroom sink", "1", "125.00", "125.00"],
            ["Labor", "5", "100.00", "500.00"],
        ],
        [50, 330, 430, 540],
    )
    lines = extract_document(read_pdf(draw_pdf([items])).pages).line_items
    assert [(i.description, str(i.quantity), str(i.amount)) for i in lines] == [
        ("Repair leak under bathroom sink", "1", "125.00"),
        ("Labor", "5", "500.00"),
    ]


def test_a_bare_item_heading_beside_a_description_is_the_items_code() -> None:
    items = [text(50, 50, "Piscinas Caribe Corp.", 12, bold=True), text(50, 80, "FACTURA", 16)]
    items += table(
        150,
        ["Artículo", "Descripción del servicio", "Cant.", "Precio", "Importe total"],
        [
            ["CHL-1037", "Pastillas de cloro cubeta 50 lb", "2", "208.00", "416.00"],
            ["WEE-1000", "Servicio semanal de alberca", "5", "110.00", "550.00"],
        ],
        [50, 380, 440, 500, 560],
    )
    lines = extract_document(read_pdf(draw_pdf([items])).pages).line_items
    assert [(i.description, str(i.amount)) for i in lines] == [
        ("Pastillas de cloro cubeta 50 lb", "416.00"),
        ("Servicio semanal de alberca", "550.00"),
    ]


def test_a_footer_sentence_naming_the_payee_before_its_address() -> None:
    fields = fields_of(
        [
            text(40, 45, "Evergreen Grounds Management LLC", 14, bold=True),
            text(40, 72, "4677 Palm Ave, Unit 272", 8),
            text(40, 82, "Orlando, FL 32890", 8),
            text(40, 92, "Customer Care: 407-528-2435   office@evergreen.com", 8),
            text(40, 106, "INVOICE FOR SERVICES", 12, bold=True),
            text(44, 144, "Inv #: INV-079045   Date Billed: 01/14/2026   Client PO: OC-24538", 9),
            text(400, 300, "TOTAL THIS INVOICE", 9),
            right(540, 300, "$5,362.56", 9),
            text(
                60,
                734,
                "Please send all payments to Evergreen Grounds Management LLC, "
                "P.O. Box 98399, Miami, FL 33154.",
                8,
            ),
        ]
    )
    assert fields["vendor_address"] == "4677 Palm Ave, Unit 272, Orlando, FL 32890"
    assert fields["vendor_phone"] == "4075282435"
    assert fields["remit_to_address"] == "P.O. Box 98399, Miami, FL 33154"
    assert fields["po_number"] == "OC-24538"
    assert "customer_name" not in fields
    assert fields["total"] == "5362.56"


def test_a_date_only_the_language_orders_against_the_countrys_habit_is_unsure() -> None:
    # Spanish reads '01/08/2026' as 1 August, Puerto Rico writes it for 8 January: the
    # reading stands, but not at a sure confidence
    items = [
        text(40, 54, "Aire Acondicionado Borinquen", 14, bold=True),
        text(400, 54, "FACTURA", 18, bold=True),
        text(40, 104, "Ave. Muñoz Rivera 1623, Suite 335, Guaynabo, PR 00981", 8),
        text(300, 142, "Núm. de factura: 2026-11803", 9),
        text(300, 157, "Fecha de factura: 01/08/2026", 9),
        text(300, 172, "Términos: Contado", 9),
        text(400, 300, "TOTAL", 9),
        right(520, 300, "$295.00", 9),
    ]
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["invoice_date"].value == "2026-08-01"
    assert fields["invoice_date"].confidence < 0.75
    assert fields["invoice_number"].confidence > 0.9
