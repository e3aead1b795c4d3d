"""A retail electric provider's summary bill over many service locations, a laundry
equipment rental invoice, an air-conditioning contractor's final invoice and a Puerto
Rican cleaning company's monthly factura."""

from __future__ import annotations

from docmatch.types import DocumentType
from extract import extract_document
from extract.blocks import address_lines, drop_leading_name, join_address
from extract.context import build_document
from extract.formats import find_email_span, fix_ocr_digits
from extract.letterhead import legal_form_read_again
from extract.model import ExtractionHints
from tests.test_extract import Item, draw_pdf, read_pdf, right, text
from tests.test_extract_contracts_and_side_captions import values


def location_rows(street: str, top: float) -> list[Item]:
    rows = [
        ("1003278981983304880653", "BLDG 1", "HOUSE MTR", "02/05/2026", "03/08/2026", "317.53"),
        ("1003278951138401270911", "BLDG 2", "HOUSE MTR", "02/05/2026", "03/07/2026", "453.39"),
        ("1003278956841021915422", "CLUBHOUSE", "", "02/03/2026", "03/06/2026", "402.05"),
    ]
    page: list[Item] = []
    y = top
    for esi, place, under, read_from, read_to, charge in rows:
        page += [
            text(39, y, esi, 7),
            text(151, y, f"{street} {place}", 7),
            text(287, y, read_from, 7),
            text(339, y, read_to, 7),
            right(413, y, "31", 7),
            right(463, y, "2,478", 7),
            right(573, y, charge, 7),
        ]
        if under:
            page.append(text(151, y + 10, under, 7))
        page += [
            text(
                151,
                y + 19,
                "Meter 945764314 · Energy 2,478 kWh x $0.0721 = 178.66 · TDU delivery 119.35 · "
                "Base charge 12.79 · Gross receipts reimb. 6.21 · PUC",
                6,
            ),
            text(151, y + 28, "assessment 0.52", 6),
        ]
        y += 45
    return page


def summary_bill(email: bool = True) -> bytes:
    care = "Customer Care (832) 263-6179" + (" Email accounts@lonestar.com" if email else "")
    first = [
        text(82, 25, "Lone Star Power & Light", 14, bold=True),
        text(446, 25, "SUMMARY BILL", 14, bold=True),
        text(47, 38, "LS", 12, bold=True),
        text(82, 47, "Retail Electric Provider · PUCT Certificate No. 10148", 7),
        text(356, 50, "Summary Account No.", 7),
        right(570, 50, "321678758596", 7),
        text(82, 57, "7787 Harry Hines Blvd, San Antonio, TX 78214", 7),
        text(82, 65, care, 7),
        text(356, 65, "Summary Bill No.", 7),
        right(570, 65, "0365503490", 7),
        text(356, 79, "Summary Statement Date", 7),
        right(570, 79, "Mar 13, 2026", 7),
        text(356, 94, "Payment Must Reach Us By", 7),
        right(570, 94, "Apr 07, 2026", 7),
        text(312, 123, "Summary Account Overview", 8, bold=True),
        text(52, 129, "Brightwater Residential Management LLC", 9),
        text(52, 140, "4100 Spring Valley Rd, Suite 300", 9),
        text(312, 140, "Balance From Last Statement", 7),
        right(568, 140, "$5,081.21", 7),
        text(52, 151, "Dallas, TX 75244", 9),
        text(312, 173, "New Charges, All Service Locations", 7),
        right(568, 173, "$1,172.97", 7),
        text(312, 193, "Amount Due This Statement", 8, bold=True),
        right(568, 193, "$1,172.97", 8),
    ]
    detail = [
        text(36, 31, "Lone Star Power & Light", 9, bold=True),
        text(36, 63, "SERVICE LOCATION DETAIL", 11, bold=True),
        text(39, 104, "ESI ID", 7, bold=True),
        text(151, 104, "Service Location", 7, bold=True),
        text(287, 104, "Read From", 7, bold=True),
        text(339, 104, "Read To", 7, bold=True),
        text(397, 104, "Days", 7, bold=True),
        text(430, 104, "kWh Used", 7, bold=True),
        right(573, 104, "Current Charges", 7),
        *location_rows("8800 WESTHEIMER RD", 120),
        text(315, 270, "Current Charges for All Service Locations", 8),
        right(573, 270, "$1,172.97", 8),
    ]
    return draw_pdf([first, detail])


def test_a_summary_bill_lists_each_location_once_without_its_meter_notes() -> None:
    found, items = values(summary_bill())
    assert found["due_date"] == "2026-04-07"  # 'Payment Must Reach Us By'
    assert found["amount_due"] == "1172.97"
    # the read date its column heads is no part of the location; the meter's breakdown
    # under it, running on under the figures' headings, makes no item; the street number
    # every row shares is no code
    assert items == [
        ("317.53", "8800 WESTHEIMER RD BLDG 1 HOUSE MTR"),
        ("453.39", "8800 WESTHEIMER RD BLDG 2 HOUSE MTR"),
        ("402.05", "8800 WESTHEIMER RD CLUBHOUSE"),
    ]


def test_a_phone_under_a_name_in_any_words_marks_the_letterhead() -> None:
    # no e-mail to spell the vendor's name: 'Customer Care (832) 263-6179' under it, past
    # a tagline and a logo's letters, tells the letterhead from the customer's block
    found, _ = values(summary_bill(email=False))
    assert found["vendor_name"] == "Lone Star Power & Light"
    assert found["customer_name"] == "Brightwater Residential Management LLC"
    assert found["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_meter_point_numbers_make_no_statement() -> None:
    # 22-digit ESI IDs on dated rows with amounts are no invoices listed
    extraction = extract_document(read_pdf(summary_bill()).pages)
    assert extraction.document_type == DocumentType.INVOICE


def rental_invoice(terms: str, payee: str, box: str = "70642, Kissimmee, FL 34703.") -> bytes:
    page = [
        text(36, 34, "A1 APPLIANCE", 14, bold=True),
        text(460, 42, "RENTAL INVOICE", 12, bold=True),
        text(36, 51, "Laundry Equipment Leasing & Route Service", 8),
        text(36, 80, "8793 Colonial Dr, Miami, FL 33183", 8),
        text(350, 80, "Lease Invoice No.", 7),
        right(570, 80, "R-80324", 8),
        text(36, 90, "Ph (305) 218-5220", 8),
        text(350, 93, "Lease Invoice Date", 7),
        right(570, 93, "MAR 10 2026", 8),
        text(350, 106, "Account No.", 7),
        right(570, 106, "060525", 8),
        text(350, 119, "Rent Due", 7),
        right(570, 119, "APR 01 2026", 8),
        text(350, 132, "Terms", 7),
        right(570, 132, terms, 8),
        text(36, 146, "LESSEE", 8, bold=True),
        text(36, 160, "Brightwater Residential Management LLC", 8),
        text(36, 170, "4100 Spring Valley Rd, Suite 300", 8),
        text(36, 181, "Dallas, TX 75244", 8),
        text(40, 257, "DESCRIPTION", 7, bold=True),
        right(392, 257, "QTY", 7),
        right(482, 257, "MONTHLY RENT", 7),
        right(572, 257, "AMOUNT", 7),
        text(48, 287, "Front-load washer, Speed Queen SFNNCASP", 8),
        right(392, 287, "5", 8),
        right(482, 287, "52.25", 8),
        right(572, 287, "261.25", 8),
        text(48, 310, "Single dryer, electric, Maytag Commercial MDE18PD", 8),
        right(392, 310, "3", 8),
        right(482, 310, "24.25", 8),
        right(572, 310, "72.75", 8),
        text(36, 411, f"Mail checks payable to {payee}", 8),
        text(332, 417, "Rental Subtotal", 8),
        right(570, 417, "334.00", 8),
        text(36, 421, box, 8),
        text(332, 432, "Sales & Surtax on Rentals 7%", 8),
        right(570, 432, "23.38", 8),
        text(36, 435, "Rent is billed in advance for the period shown. Enroll in ACH", 8),
        text(36, 444, "auto-pay and your rent is drafted on the due date; call the number", 8),
        text(332, 447, "Total Rental Invoice", 8),
        right(570, 447, "357.38", 8),
        text(36, 453, "above.", 8),
        text(332, 462, "Please Remit This Amount", 8, bold=True),
        right(570, 462, "357.38", 8),
    ]
    return draw_pdf([page])


def test_rent_due_and_terms_of_auto_pay_are_read_from_a_list_of_labels() -> None:
    found, items = values(
        rental_invoice("ACH auto-pay on the 1st", "A1 Appliance to Dept 3015, P.O. Box")
    )
    assert found["due_date"] == "2026-04-01"
    assert found["payment_terms"] == "ACH auto-pay on the 1st"
    assert found["total"] == "357.38"
    assert len(items) == 2
    found, _ = values(rental_invoice("Monthly in advance", "A1 Appliance to Dept 3015, P.O. Box"))
    assert found["payment_terms"] == "Monthly in advance"


def test_a_sentence_naming_the_payee_then_the_address_gives_the_address_alone() -> None:
    found, _ = values(rental_invoice("Net 10", "A1 Appliance to Dept 3015, P.O. Box"))
    assert found["remit_to_address"] == "Dept 3015, P.O. Box, 70642, Kissimmee, FL 34703"


def test_a_payee_named_without_an_address_gives_no_remittance_address() -> None:
    # 'A-1' is part of a name, no street number; the prose after it is no address
    found, _ = values(rental_invoice("Net 10", "A-1 Appliance Service.", box=""))
    assert "remit_to_address" not in found


def test_an_address_ends_at_the_full_stop_after_its_zip_code() -> None:
    texts = ["A1 Appliance to Dept 3015, P.O. Box", "70642, Kissimmee, FL 34703.", "Rent is due."]
    assert drop_leading_name(address_lines(texts)) == [
        "Dept 3015, P.O. Box",
        "70642, Kissimmee, FL 34703",
    ]


def test_a_payees_ampersand_read_as_a_figure_opens_no_address() -> None:
    lines = ["Lone Star Power 8. Light", "PO Box 139174", "Dallas, TX 75203"]
    assert drop_leading_name(lines) == ["PO Box 139174", "Dallas, TX 75203"]
    assert drop_leading_name(["8 Main St", "Dallas, TX 75203"]) == ["8 Main St", "Dallas, TX 75203"]


def final_invoice() -> bytes:
    page = [
        text(98, 28, "Polar Air", 14, bold=True),
        text(459, 28, "INVOICE", 14, bold=True),
        text(98, 41, "Heating · Air Conditioning · Indoor Air Quality", 8),
        text(362, 57, "Final Invoice No.", 7),
        right(564, 57, "B-53616", 8),
        text(98, 60, "7400 W Flagler St · Miami, FL 33144", 8),
        text(98, 70, "Office (786) 706-3734 Email accounts@polarair.net", 8),
        text(362, 70, "Invoiced Date", 7),
        right(564, 70, "11/17/25", 8),
        text(362, 98, "Terms", 7),
        right(564, 98, "Due upon completion", 8),
        text(362, 111, "Pay Balance By", 7),
        right(564, 111, "11/17/25", 8),
        text(48, 140, "BILLING ADDRESS", 8, bold=True),
        text(50, 155, "Brightwater Residential Management LLC", 8),
        text(50, 166, "4100 Spring Valley Rd, Suite 300", 8),
        text(50, 177, "Dallas, TX 75244", 8),
        text(46, 318, "Description", 7, bold=True),
        right(406, 318, "Qty", 7),
        right(482, 318, "Unit Price", 7),
        right(566, 318, "Line Total", 7),
        text(46, 333, "Furnish and install 3.5 ton split heat pump system", 8),
        right(406, 333, "1", 8),
        right(482, 333, "8,425.00", 8),
        right(566, 333, "8,425.00", 8),
        text(340, 463, "Total Job Price", 8),
        right(565, 463, "$8,425.00", 8),
        text(340, 478, "Deposit Paid 10/18/25", 8),
        right(565, 478, "-$4,212.50", 8),
        text(340, 493, "Balance Due Upon Completion", 8, bold=True),
        right(565, 493, "$4,212.50", 8),
        text(42, 463, "CUSTOMER ACCEPTANCE", 8, bold=True),
        text(42, 475, "The work described above has been completed in a satisfactory", 7),
        text(42, 532, "Customer signature", 7),
    ]
    return draw_pdf([page])


def test_terms_beside_their_label_over_the_next_label_are_no_heading() -> None:
    # 'Terms | Due upon completion' over 'Pay Balance By | 11/17/25': labels listed with
    # their values, not a row of column headings
    found, _ = values(final_invoice())
    assert found["payment_terms"] == "Due upon completion"
    assert found["due_date"] == "2025-11-17"


def test_a_customer_acceptance_heading_names_no_customer() -> None:
    reading = read_pdf(final_invoice())
    document = build_document(reading.pages, "en", ExtractionHints())
    segments = [s for layout in document.layouts for s in layout.segments]
    heading = [s for s in segments if s.text == "CUSTOMER ACCEPTANCE"]
    assert heading and not any(document.hits_in(s) for s in heading)
    found, _ = values(final_invoice())
    assert found["customer_name"] == "Brightwater Residential Management LLC"


def cleaning_factura(ids: list[str], footage: str = "Pies²") -> bytes:
    page = [
        text(40, 38, "Limpieza Total del Caribe", 14, bold=True),
        text(413, 38, "F A C T U R A", 14, bold=True),
        text(40, 57, "Mantenimiento y limpieza de áreas comunes", 8),
        text(40, 72, "Calle San Francisco 7047, Ofic. 218", 8),
        text(410, 72, "No. Factura", 7),
        text(511, 72, "Emitida", 7),
        text(40, 83, "Bayamón, PR 00951", 8),
        text(412, 89, "C-47750", 8),
        text(500, 89, "29/ene/2026", 8),
        *[text(40, 104 + 11 * k, line, 8) for k, line in enumerate(ids)],
        text(46, 157, "Facturar a", 8, bold=True),
        text(46, 171, "Brightwater Residential Management LLC", 8),
        text(46, 182, "Ave. Ponce de León 1250, Suite 801", 8),
        text(46, 193, "San Juan, PR 00907", 8),
        text(389, 204, "Términos: Neto 15 días", 8),
        text(44, 263, "Área / edificio", 7, bold=True),
        text(312, 263, "Frecuencia", 7, bold=True),
        right(476, 263, footage, 7),
        right(568, 263, "Tarifa mensual", 7),
        text(44, 281, "Edificio A - pasillos, escaleras y vestíbulo", 8),
        text(312, 281, "Lun, Mié y Vie", 8),
        right(476, 281, "6,300", 8),
        right(568, 281, "925.00", 8),
        text(44, 298, "Salón de actividades", 8),
        text(312, 298, "Mar y Jue", 8),
        right(476, 298, "900", 8),
        right(568, 298, "365.00", 8),
        text(48, 484, "Total servicios del mes", 8),
        right(294, 484, "$1,290.00", 8),
        text(48, 501, "IVU 4% servicios a comerciantes", 8),
        right(294, 501, "$51.60", 8),
        text(48, 518, "Total facturado este mes", 8),
        right(294, 518, "$1,341.60", 8),
        text(48, 535, "Total a remitir", 8, bold=True),
        right(294, 535, "$1,341.60", 8),
    ]
    return draw_pdf([page])


def test_a_monthly_cleaning_factura_reads_its_areas_and_sums() -> None:
    found, items = values(
        cleaning_factura(
            ["Registro de Comerciante Núm. 2026285-0003", "Seguro Social Patronal: 26-9462661"]
        )
    )
    # the employer's number is the federal one; the merchant registry's is for the IVU
    assert found["vendor_tax_id"] == "26-9462661"
    assert found["subtotal"] == "1290.00"
    assert found["tax"] == "51.60"
    assert found["total"] == "1341.60"
    assert found["amount_due"] == "1341.60"
    assert items == [
        ("925.00", "Edificio A - pasillos, escaleras y vestíbulo"),
        ("365.00", "Salón de actividades"),
    ]


def test_a_count_under_no_heading_is_not_joined_to_the_amount_beside_it() -> None:
    # the square feet's heading lost (as a scan may lose it): '6,300' stands in the
    # amount's column, far left of '925.00'
    _, items = values(cleaning_factura(["Seguro Social Patronal: 26-9462661"], footage=""))
    assert [amount for amount, _ in items] == ["925.00", "365.00"]


def test_a_merchant_registry_number_listed_after_a_phone_is_the_tax_id_alone() -> None:
    found, _ = values(
        cleaning_factura(["Cel.: (787) 926-3195 Núm. de Registro de Comerciante: 79-9458743"])
    )
    assert found["vendor_tax_id"] == "79-9458743"
    assert found["vendor_phone"] == "7879263195"
    found, _ = values(
        cleaning_factura(["Licencia Depto. de Agricultura Núm. 9628 · Reg. Comerciante 29-9224231"])
    )
    assert found["vendor_tax_id"] == "29-9224231"


def test_a_space_read_inside_a_thousands_group_is_closed() -> None:
    assert fix_ocr_digits("Total del CFDI $3,51 3.77").split()[-1] == "$3,513.77"
    assert fix_ocr_digits("$12,0 45.10 MXN").split()[0] == "$12,045.10"
    assert fix_ocr_digits("$1,2 3.50").split()[0] == "$1,2"  # no group of three made


def test_an_email_whose_at_sign_was_lost_beside_its_label_is_read() -> None:
    found = find_email_span("Tel. 939.595.5061 Email: cobranza limpiezatotal.com")
    assert found is not None and found[0] == "cobranza@limpiezatotal.com"
    assert find_email_span("Email us your questions today") is None
    # no label, but a mailbox's usual name before a domain
    found = find_email_span("Cell Ph.: 713-652-9654 + ar greenacres.com")
    assert found is not None and found[0] == "ar@greenacres.com"
    found = find_email_span("cobranzaQ plomeriahernandez.com.mx")
    assert found is not None and found[0] == "cobranza@plomeriahernandez.com.mx"
    assert find_email_span("Call our service desk today") is None


def test_common_misreadings_of_street_words_and_legal_forms_are_read_again() -> None:
    assert join_address(["8782 Harry Hines Bivd", "Houston, TX 77087"]) == (
        "8782 Harry Hines Blvd, Houston, TX 77087"
    )
    assert legal_form_read_again("Brightwater Residential Management Luc") == (
        "Brightwater Residential Management LLC"
    )
    assert legal_form_read_again("Jean Luc") == "Jean Luc"  # a name, no company's form


def carbonless_bill() -> bytes:
    page = [
        text(60, 40, "Keystone Lock & Safe", 16, bold=True),
        text(60, 60, "5813 Airline Dr, Irving, TX 75030 · (832) 798-3959", 8),
        text(60, 90, "Invoice No. 7513", 9),
        text(60, 104, "Date 12/19/25", 9),
        text(60, 130, "Brightwater Residential Management LLC", 9),
        text(60, 142, "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244", 9),
        text(215, 252, "DESCRIPTION", 9, bold=True),
        right(532, 252, "AMOUNT", 9),
        # spaces a word's height wide (as a scan boxes its words), left of a centred heading
        *[
            text(x, 268, word, 9)
            for x, word in [
                (40, "Master"),
                (77, "key"),
                (100.5, "system"),
                (138.5, "pinning,"),
                (179.5, "per"),
                (202, "cylinder"),
            ]
        ],
        right(555, 268, "540.00", 9),
        text(340, 620, "TOTAL AMOUNT OWED", 9, bold=True),
        right(555, 620, "$540.00", 9),
    ]
    return draw_pdf([page])


def test_a_description_opening_left_of_its_centred_heading_keeps_its_first_words() -> None:
    _, items = values(carbonless_bill())
    assert items == [("540.00", "Master key system pinning, per cylinder")]


def test_a_merchant_registry_number_listed_after_a_dash_or_a_misread_bullet() -> None:
    found, _ = values(
        cleaning_factura(["Licencia Depto. de Agricultura Núm. 9628 - Reg. Comerciante 23-6995745"])
    )
    assert found["vendor_tax_id"] == "23-6995745"
    found, _ = values(
        cleaning_factura(["Tel. (787) 479-1650 + Registro de comerciante: 57-2448515"])
    )
    assert found["vendor_tax_id"] == "57-2448515"
