"""Labels in shapes no vocabulary spells out, drawn here as real PDFs: two labels joined
by 'and', a label run on to its colon, a label word inside another label's wording, a
number's mark closing a label, a heading with a label beside it, a title ending in the
document's name, totals whose subtotal no label names, a period under a label of no
field, a till's date over its store line, and a payee 'at' its address."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from extract import ExtractedField, ReadLimits, extract_document, read_document
from tests.test_extract import draw_pdf, read_pdf, right, table, text


def extract(items: list) -> dict[str, str]:  # type: ignore[type-arg]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    return {name: field.value for name, field in extraction.fields.items()}


def utility_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 42, "Clean City Disposal", 14, bold=True),
        text(40, 59, "5993 Colonial Dr, Unit 435", 9),
        text(330, 59, "YOUR MONTHLY UTILITY BILL", 14, bold=True),
        text(40, 71, "Orlando, FL 32840", 9),
        text(40, 83, "office@cleancity.com", 9),
        text(44, 125, "Bill Ref. No.: 0362816108", 9),
        text(300, 125, "Bill Issued: February 21, 2026", 9),
        text(44, 139, "Days of Service: January 14, 2026 until February 13, 2026", 9),
        text(40, 171, "Customer Name and Mailing Address", 9, bold=True),
        text(40, 186, "Brightwater Residential Management LLC", 9),
        text(40, 197, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 208, "Dallas, TX 75244", 9),
    ]
    rows = [["8 yd container 3x/week", "3", "851.07", "2,553.21"]]
    rows += [["Fuel surcharge", "1", "88.23", "88.23"]]
    items += table(260, ["Service Charges", "Qty", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [text(380, 330, "Charges This Month", 9), right(550, 330, "$2,641.44", 9)]
    items += [text(40, 400, "Send payment to Clean City Disposal at PO Box 232017, Miami, FL", 8)]
    return items


def test_two_labels_joined_by_and_leave_the_name_to_the_line_below() -> None:
    fields = extract(utility_bill())
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_a_title_beside_the_address_is_no_vendor_name() -> None:
    fields = extract(utility_bill())
    assert fields["vendor_name"] == "Clean City Disposal"
    assert fields["total"] == "2641.44"  # 'Charges This Month'


def test_a_period_after_a_label_of_no_field() -> None:
    fields = extract(utility_bill())
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-01-14",
        "2026-02-13",
    )


def test_the_payee_named_before_at_is_left_off_the_remittance_address() -> None:
    assert extract(utility_bill())["remit_to_address"] == "PO Box 232017, Miami, FL"


def parts_invoice(*, discount: bool) -> list:  # type: ignore[type-arg]
    items = [
        text(200, 87, "Volt Masters Electrical Contractors", 13, bold=True),
        text(215, 104, "7400 W Flagler St, #120 | Miami, FL 33144", 8),
        text(193, 132, "PARTS AND LABOR INVOICE", 14, bold=True),
        text(45, 168, "Invoice Nbr: 22233", 9),
        text(45, 180, "Invoice Dt.: 12/23/2025", 9),
        text(40, 215, "Customer Acct # 034745", 9, bold=True),
        text(40, 230, "Brightwater Residential Management LLC", 9),
        text(40, 241, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 252, "Dallas, TX 75244", 9),
    ]
    rows = [["Parking lot pole light repair", "2", "585.00", "1,170.00"]]
    rows += [["Labor - electrician", "5", "100.00", "500.00"]]
    items += table(300, ["Description", "Qty", "Unit Cost", "Extended"], rows, [45, 380, 460, 550])
    y = 360  # labels right-aligned against the amounts, as a billing system prints them
    items += [right(470, y, "Gross Amount", 9), right(566, y, "$1,670.00", 9.5)]
    if discount:
        items += [right(470, y + 16, "Less Discount (3%)", 9), right(566, y + 16, "-$50.10", 9.5)]
    items += [right(470, y + 32, "Sales Tax Charged (8.25%)", 9)]
    items += [right(566, y + 32, "$133.64", 9.5)]
    total = "$1,753.54" if discount else "$1,803.64"
    items += [right(470, y + 48, "Net Invoice Amount", 9), right(566, y + 48, total, 9.5)]
    return items


def test_a_title_ending_in_invoice_is_no_vendor_name() -> None:
    assert extract(parts_invoice(discount=True))["vendor_name"] == (
        "Volt Masters Electrical Contractors"
    )


def test_a_heading_with_a_label_beside_it_takes_its_name_from_below() -> None:
    fields = extract(parts_invoice(discount=True))
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["account_number"] == "034745"


def test_the_total_printed_over_the_tax_is_the_subtotal() -> None:
    for discount, total in ((True, "1753.54"), (False, "1803.64")):
        extraction = extract_document(read_pdf(draw_pdf([parts_invoice(discount=discount)])).pages)
        fields = {name: f.value for name, f in extraction.fields.items()}
        assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1670.00", "133.64", total)
        assert [str(i.amount) for i in extraction.line_items] == ["1170.00", "500.00"]


def test_an_unnamed_sum_of_the_items_is_the_subtotal() -> None:
    items = [text(40, 40, "Acme Plumbing & Heating Inc.", 13, bold=True), text(40, 70, "INVOICE")]
    rows = [["Repair leak", "1", "125.00", "125.00"]]
    rows += [["Camera inspection", "1", "300.00", "300.00"]]
    items += table(120, ["Description", "Qty", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [text(400, 180, "Merchandise & Labor", 9), right(550, 180, "425.00", 9)]
    items += [text(400, 196, "Sales Tax", 9), right(550, 196, "35.06", 9)]
    items += [text(400, 212, "Total", 9), right(550, 212, "460.06", 9)]
    fields = extract(items)
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("425.00", "35.06", "460.06")


def test_spanish_labels_run_on_to_their_colon_and_a_label_word_inside_a_label() -> None:
    items = [
        text(370, 48, "Instalaciones Eléctricas Garza S.A. de C.V.", 10, bold=True),
        text(40, 46, "FACTURA", 16, bold=True),
        text(370, 62, "Av. Gonzalitos 6128, Apodaca, N.L. 66233", 8),
        text(370, 74, "Reg. Comerciante: 77-8784833", 8),
        text(40, 142, "Receptor del comprobante", 9, bold=True),
        text(40, 157, "Brightwater Residencial S. de R.L. de C.V.", 9),
        text(40, 168, "Av. Lázaro Cárdenas 2400, Piso 12", 9),
        text(40, 179, "San Pedro Garza García, N.L. 66269", 9),
        text(353, 157, "Folio: F-26351", 9),
        text(353, 172, "Condiciones comerciales: Pago a 30 días", 9),
        text(353, 187, "Pedido No.: OC-29603", 9),
        text(40, 221, "Sitio de la obra", 9, bold=True),
        text(40, 236, "Torres Valle Oriente", 9),
        text(40, 247, "Av. Lázaro Cárdenas 1000", 9),
        text(40, 258, "San Pedro Garza García, N.L. 66269", 9),
    ]
    rows = [["Reemplazo de contacto GFCI", "2", "122.00", "244.00"]]
    items += table(300, ["Concepto", "Cant.", "Precio", "Importe"], rows, [45, 380, 460, 550])
    items += [text(358, 340, "Subtotal antes de impuestos", 9), right(550, 340, "$ 244.00", 9)]
    items += [text(391, 356, "Impuesto IVA (16%)", 9), right(550, 356, "$ 39.04", 9)]
    items += [text(427, 372, "Total", 9), right(550, 372, "$ 283.04", 9)]
    fields = extract(items)
    assert fields["payment_terms"] == "Pago a 30 días"
    assert fields["po_number"] == "OC-29603"
    assert fields["vendor_tax_id"] == "77-8784833"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("244.00", "39.04", "283.04")
    assert fields["service_address"] == (
        "Torres Valle Oriente, Av. Lázaro Cárdenas 1000, San Pedro Garza García, N.L. 66269"
    )


def test_a_tills_date_over_its_store_line_is_no_customer() -> None:
    items = [
        text(50, 18, "Handyman Supply Depot", 11, bold=True),
        text(50, 31, "5882 Broadway St, Ste 279", 8),
        text(50, 40, "Dallas, TX 75279", 8),
        text(93, 87, "CASH SALE", 10, bold=True),
        text(12, 100, "Mar 18, 2026 16:13", 8),
        text(150, 100, "Rcpt #: 064278", 8),
        text(12, 109, "Store No. 6537 Lane No. 08 Sales Assoc: KAREN", 8),
        text(12, 138, "TOILET FLAPPER UNIV", 8),
        right(200, 138, "24.04", 8),
        text(12, 148, "BATTERY 9V 2PK", 8),
        right(200, 148, "9.53", 8),
        text(88, 166, "SUBTOTAL", 8),
        right(200, 166, "$33.57", 8),
        text(88, 176, "TAX", 8),
        right(200, 176, "$2.77", 8),
        text(88, 186, "TOTAL", 8),
        right(200, 186, "$36.34", 8),
    ]
    fields = extract(items)
    assert fields["total"] == "36.34"
    assert "customer_name" not in fields and "bill_to_address" not in fields


def billed_to(lines: list[str]) -> dict[str, ExtractedField]:
    """The fields of a plain invoice whose 'Bill To' block holds ``lines``."""
    items = [
        text(40, 40, "Harbor Pool Service", 14, bold=True),
        text(40, 60, "12 Bay Rd, Tampa, FL 33601", 9),
        text(40, 90, "INVOICE", 16),
        text(40, 120, "Invoice #: 5512", 9),
        text(40, 160, "Bill To", 9, bold=True),
    ]
    items += [text(40, 174 + 12 * i, line, 9) for i, line in enumerate(lines)]
    items += [text(400, 300, "Total", 9), text(500, 300, "100.00", 9)]
    return extract_document(read_pdf(draw_pdf([items])).pages).fields


def test_a_name_opening_with_a_joining_word_is_reported_with_doubt() -> None:
    # a name, or the tail of a label misread
    fields = billed_to(["de la Garza Holdings", "45 Elm St, Tampa, FL 33602"])
    assert fields["customer_name"].value == "de la Garza Holdings"
    assert fields["customer_name"].confidence < fields["bill_to_address"].confidence - 0.1


def contract_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(346, 40, "Guardian Access & Alarm", 12, bold=True),
        text(40, 48, "CONTRACT INVOICE", 18, bold=True),
        text(404, 58, "4923 Orange Blossom Trl", 8),
        text(404, 70, "Miami, FL 33190", 8),
        text(385, 82, "Contract Desk: 786.409.5546", 8),
        text(40, 122, "Account Billed", 9, bold=True),
        text(40, 137, "Brightwater Residential Management LLC", 9),
        text(40, 148, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 159, "Dallas, TX 75244", 9),
        text(348, 137, "Reference No. ..........................", 9),
        right(566, 137, "S-86492", 9),
        text(348, 152, "Remit By ...............................", 9),
        right(566, 152, "04-17-2026", 9),
        text(348, 167, "Agreement No. ..........................", 9),
        right(566, 167, "SA-2022-939", 9),
        text(40, 200, "Billed quarterly under your service agreement; see the contract terms.", 8),
    ]
    rows = [["Courtesy patrol - nightly", "30", "61.00", "1,830.00"]]
    rows += [["Gate access repair", "1", "435.00", "435.00"]]
    items += table(240, ["Contract Services", "Qty", "Rate", "Charge"], rows, [45, 380, 460, 550])
    items += [right(470, 300, "Charges Before Tax", 9), right(566, 300, "$2,265.00", 9)]
    items += [right(470, 316, "Sales Tax Due (7%)", 9), right(566, 316, "$158.55", 9)]
    items += [right(470, 332, "Current Invoice Amount", 9), right(566, 332, "$2,423.55", 9)]
    return items


def test_a_title_naming_an_invoice_wins_over_the_contract_it_bills_under() -> None:
    extraction = extract_document(read_pdf(draw_pdf([contract_invoice()])).pages)
    assert extraction.document_type.value == "invoice"
    assert extraction.classification.score < 0.8  # the contract's words leave a doubt


def test_dot_leaders_lead_to_the_value_and_amounts_named_before_tax() -> None:
    fields = extract(contract_invoice())
    assert fields["invoice_number"] == "S-86492"
    assert fields["due_date"] == "2026-04-17"
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("2265.00", "158.55", "2423.55")


def test_a_customer_word_before_a_label_and_a_headings_last_word() -> None:
    items = [
        text(94, 42, "Paper Trail Office", 13, bold=True),
        text(51, 56, "PO", 14, bold=True),  # the logo's letters
        text(94, 56, "6220 SW 8th St", 8),
        text(94, 68, "Orlando, FL 32809", 8),
        text(94, 80, "Fed ID #: 42-1589108", 8),
        text(331, 68, "Inv Ref", 7),
        text(331, 80, "INV-060673", 9),
        text(331, 122, "Customer Terms", 7),
        text(331, 134, "Net 60 Days", 9),
        text(46, 222, "SOLD-TO PARTY", 9, bold=True),
        text(300, 222, "SHIP-TO PARTY", 9, bold=True),
        text(46, 237, "Brightwater Residential Management LLC", 9),
        text(46, 248, "4100 Spring Valley Rd, Suite 300", 9),
        text(46, 259, "Dallas, TX 75244", 9),
        text(300, 237, "5300 E Colonial Dr, Apt. 3-111", 9),
        text(300, 248, "Orlando, FL 32807", 9),
    ]
    rows = [["Copy paper case", "1", "54.01", "54.01"], ["Desk organizer", "3", "16.60", "49.80"]]
    items += table(
        300, ["Product Description", "Qty", "Net Price", "Extended"], rows, [45, 380, 460, 550]
    )
    items += [right(470, 360, "Product Total", 9), right(566, 360, "$103.81", 9)]
    items += [right(470, 376, "Sales Tax Total (7%)", 9), right(566, 376, "$7.27", 9)]
    items += [right(470, 392, "Amount Invoiced", 9), right(566, 392, "$111.08", 9)]
    fields = extract(items)
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["payment_terms"] == "Net 60 Days"
    assert fields["service_address"] == "5300 E Colonial Dr, Apt. 3-111, Orlando, FL 32807"
    assert fields["invoice_number"] == "INV-060673"
    assert fields["vendor_tax_id"] == "42-1589108"
    assert "po_number" not in fields  # 'PO 6220 SW 8th St': a logo beside the street
    assert (fields["tax"], fields["total"]) == ("7.27", "111.08")


def test_a_cfdis_fiscal_folio_and_the_details_under_the_receivers_address() -> None:
    items = [
        text(40, 41, "Plomería Hernández S.A. de C.V.", 12, bold=True),
        text(40, 53, "Av. Constitución 1450, Local 101", 8),
        text(40, 65, "Monterrey, N.L. C.P. 64000", 8),
        text(40, 77, "RFC emisor: PLO870124202", 8),
        text(46, 143, "NOMBRE DEL RECEPTOR", 9, bold=True),
        text(46, 158, "Brightwater Residencial S. de R.L. de C.V.", 9),
        text(46, 170, "Av. Lázaro Cárdenas 2400, Piso 12", 9),
        text(46, 181, "San Pedro Garza García, N.L. 66269", 9),
        text(46, 192, "RFC receptor: BRI1707129L3", 9),
        text(46, 203, "Uso CFDI: G03 - Gastos en general", 9),
        text(330, 158, "Folio fiscal (UUID):", 8),
        text(420, 158, "CF854807-0CC0-17B1-C229-912E44B854EB", 7),
        text(330, 170, "Folio interno:", 8),
        text(420, 170, "F-14057", 8),
        text(330, 182, "Pago antes de:", 8),
        text(420, 182, "2026-02-13", 8),
    ]
    rows = [["Mano de obra - plomero", "2.5", "110.00", "275.00"]]
    items += table(260, ["Descripción", "Cant.", "Precio", "Importe"], rows, [45, 380, 460, 550])
    items += [right(470, 300, "Importe sin IVA", 9), right(566, 300, "$275.00", 9)]
    items += [right(470, 316, "IVA 16%", 9), right(566, 316, "$44.00", 9)]
    items += [right(470, 332, "Total a liquidar", 9), right(566, 332, "$319.00", 9)]
    items += [text(40, 360, "NO. DE PRODUCTOS: 1", 8)]
    fields = extract(items)
    assert fields["invoice_number"] == "F-14057"
    assert fields["vendor_tax_id"] == "PLO870124202"
    assert fields["customer_name"] == "Brightwater Residencial S. de R.L. de C.V."
    assert fields["bill_to_address"] == (
        "Av. Lázaro Cárdenas 2400, Piso 12, San Pedro Garza García, N.L. 66269"
    )
    assert fields["due_date"] == "2026-02-13"
    assert fields["subtotal"] == "275.00"


def test_the_name_with_contacts_under_it_is_the_vendors_not_the_window_addressees() -> None:
    items = [
        text(296, 55, "AB", 16, bold=True),
        text(230, 87, "Aqua Blue Pool Service", 13, bold=True),
        text(215, 105, "7041 Orange Blossom Trl, #132 | Miami, FL 33168", 8),
        text(221, 116, "Office Line: (954) 888-1249 | ar@aquablue.com", 8),
        text(248, 132, "INVOICE 53166", 12, bold=True),
        text(40, 169, "Brightwater Residential Management LLC", 9),
        text(40, 180, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 191, "Dallas, TX 75244", 9),
        text(356, 187, "Invoice Dated:", 9),
        text(430, 187, "January 3rd, 2026", 9),
    ]
    rows = [
        ["Weekly pool service", "5", "125.00", "625.00"],
        ["Filter clean", "1", "130.00", "130.00"],
    ]
    items += table(300, ["Services Provided", "Units", "Fee", "Amount"], rows, [45, 380, 460, 550])
    items += [right(470, 360, "Service Fees", 9), right(566, 360, "$755.00", 9)]
    items += [right(470, 376, "Total Fees", 9), right(566, 376, "$755.00", 9)]
    items += [text(40, 640, "Please Make Payment To", 9, bold=True)]
    items += [text(40, 652, "Aqua Blue Pool Service", 9), text(40, 664, "PO Box 7041", 9)]
    items += [text(40, 676, "Miami, FL 33168", 9)]
    fields = extract(items)
    assert fields["vendor_name"] == "Aqua Blue Pool Service"
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["remit_to_address"] == "PO Box 7041, Miami, FL 33168"
    assert (fields["subtotal"], fields["total"]) == ("755.00", "755.00")


@pytest.mark.ocr
def test_dot_leaders_as_ocr_reads_them_lead_to_the_value() -> None:
    pdf = pdfium.PdfDocument(draw_pdf([contract_invoice()]))
    image = pdf[0].render(scale=300 / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    reading = read_document(buffer.getvalue(), media_type="image/png", limits=ReadLimits())
    fields = {name: f.value for name, f in extract_document(reading.pages).fields.items()}
    assert reading.text_source == "ocr"
    assert (fields["invoice_number"], fields["due_date"]) == ("S-86492", "2026-04-17")


def test_two_price_columns_and_a_code_opening_every_description() -> None:
    items = [text(40, 40, "Paper Trail Office", 13, bold=True), text(40, 70, "INVOICE", 16)]
    rows = [["DES-1333 Desk organizer mesh", "3", "16.60", "49.80"]]
    rows += [["COP-1000 Copy paper case", "1", "54.01", "54.01"]]
    items += table(
        120, ["Description", "Qty", "Net Price", "Extended Price"], rows, [45, 380, 460, 550]
    )
    items += [right(470, 180, "Total", 9), right(550, 180, "103.81", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.unit_price), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Desk organizer mesh", "16.60", "49.80"),
        ("Copy paper case", "54.01", "54.01"),
    ]


def test_a_one_word_customer_name_is_reported_with_doubt() -> None:
    # a name cut short, or a word of the page
    fields = billed_to(["Brightwater", "45 Elm St, Tampa, FL 33602"])
    assert fields["customer_name"].confidence < fields["bill_to_address"].confidence - 0.1


def test_a_water_bills_title_run_into_its_name_and_its_period_in_a_meter_row() -> None:
    items = [
        text(100, 45, "South Florida Water & Sewer Authority", 12, bold=True),
        text(330, 45, "WATER & SEWER BILL", 12, bold=True),
        text(100, 60, "4780 Orange Blossom Trl, #336", 8),
        text(100, 72, "Kissimmee, FL 34799", 8),
        text(100, 84, "Customer Service Line: (954) 823-1833", 8),
        text(45, 200, "Meter Serial", 7),
        text(87, 200, "Period From", 7),
        text(134, 200, "Period To", 7),
        text(175, 200, "Days", 7),
        text(42, 213, "B63659413", 7),
        text(86, 213, "01/07/2026", 7),
        text(130, 213, "02/04/2026", 7),
        text(187, 213, "28", 7),
    ]
    rows = [["Water usage", "1", "995.87", "995.87"], ["Sewer service", "1", "709.18", "709.18"]]
    items += table(260, ["Charge Detail", "Units", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [right(470, 320, "Pre-Tax Charges", 9), right(566, 320, "$1,705.05", 9)]
    items += [right(470, 336, "Water Utility Tax (7%)", 9), right(566, 336, "$119.35", 9)]
    items += [right(470, 352, "Total Water & Sewer Charges", 9), right(566, 352, "$1,824.40", 9)]
    fields = extract(items)
    assert fields["vendor_name"] == "South Florida Water & Sewer Authority"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-01-07",
        "2026-02-04",
    )
    assert (fields["subtotal"], fields["tax"]) == ("1705.05", "119.35")


def test_a_sum_named_after_its_kind_ends_the_items() -> None:
    items = [text(40, 40, "Fresh Coat Make-Ready Services", 13, bold=True), text(40, 70, "INVOICE")]
    rows = [["Full interior paint 2BR", "1", "700.00", "700.00"]]
    rows += [["Paint doors and trim", "1", "240.00", "240.00"]]
    items += table(120, ["Description", "Qty", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [text(45, 175, "Work Subtotal", 9), right(550, 175, "$940.00", 9)]
    items += [text(45, 191, "Sales Tax (7%)", 9), right(550, 191, "$65.80", 9)]
    items += [text(45, 207, "Total for This Work", 9), right(550, 207, "$1,005.80", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    fields = {name: f.value for name, f in extraction.fields.items()}
    assert [str(i.amount) for i in extraction.line_items] == ["700.00", "240.00"]
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("940.00", "65.80", "1005.80")


def test_a_receipt_written_as_a_sentence_names_its_payer_and_no_address() -> None:
    items = [
        text(28, 23, "Seguridad Privada Halcón S.A. de C.V.", 11, bold=True),
        text(400, 23, "RECIBO", 16, bold=True),
        text(28, 44, "Calle Zaragoza 9064, Col. Centro, Monterrey, N.L. C.P. 64756", 8),
        text(459, 46, "No. 0982", 10),
        text(367, 73, "Bueno por", 9),
        text(430, 73, "$4,310.00", 10),
        text(356, 101, "Monterrey, a 27 de noviembre de 2025", 9),
        text(28, 126, "Recibimos de Brightwater Residencial S. de R.L. de C.V.", 10),
        text(
            28, 150, "la cantidad de $4,310.00 (CUATRO MIL TRESCIENTOS DIEZ PESOS 00/100 M.N.)", 10
        ),
        text(28, 174, "por concepto de servicios de seguridad, Torres Valle Oriente", 10),
    ]
    fields = extract(items)
    assert fields["customer_name"] == "Brightwater Residencial S. de R.L. de C.V."
    assert "bill_to_address" not in fields
    assert fields["total"] == "4310.00"


def test_the_heading_beside_a_label_in_a_row_of_headings_is_no_value() -> None:
    items = [
        text(40, 40, "Metro Office Supply Co.", 13, bold=True),
        text(40, 60, "7260 Airline Dr, Houston, TX 77032", 8),
        text(40, 90, "INVOICE", 16),
        text(71, 214, "PAYMENT TERMS", 8, bold=True),
        text(186, 214, "NET PERIOD", 8, bold=True),
        text(300, 214, "SALESPERSON", 8, bold=True),
        text(71, 230, "Net 30", 9),
        text(186, 230, "30 days", 9),
        text(300, 230, "EE", 9),
    ]
    assert extract(items)["payment_terms"] == "Net 30"


def test_a_labels_tail_in_small_letters_leaves_the_name_to_its_right() -> None:
    items = [
        text(40, 40, "Plomería Rivera", 13, bold=True),
        text(40, 60, "Calle Loíza 7655, Carolina, PR 00988", 8),
        text(40, 90, "FACTURA", 16),
        text(40, 200, "Vendido a nombre y cuenta de", 9),
        text(190, 200, "Brightwater Residential Management LLC", 9),
        text(190, 212, "Ave. Ponce de León 1250, Suite 801", 9),
        text(190, 224, "San Juan, PR 00907", 9),
    ]
    fields = extract(items)
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "Ave. Ponce de León 1250, Suite 801, San Juan, PR 00907"


def test_a_service_bill_with_two_details_side_by_side_and_a_folio_in_words() -> None:
    items = [
        text(94, 42, "Recolección de Desechos del Este", 12, bold=True),
        text(94, 56, "Ave. Roberto H. Todd 6301, Bayamón, PR 00980", 8),
        text(351, 95, "Total a pagar", 8),
        text(460, 95, "Fecha límite para el pago", 8),
        text(370, 110, "$2,964.61", 10),
        text(460, 110, "7 de abril de 2026", 10),
        text(40, 118, "RECIBO DE SERVICIO", 14, bold=True),
        text(48, 148, "Periodo de consumo del 1 al 28 de febrero de 2026", 9),
        text(48, 169, "Folio del recibo 0410712261", 9),
        text(300, 169, "Expedido el 18 de marzo de 2026", 9),
        text(40, 190, "Titular del servicio", 9, bold=True),
        text(40, 204, "Brightwater Residential Management LLC", 9),
        text(40, 214, "Ave. Ponce de León 1250, Suite 801", 9),
        text(40, 224, "San Juan, PR 00907", 9),
        text(46, 280, "Saldo del recibo anterior", 9),
        right(560, 280, "$723.57", 9),
    ]
    fields = extract(items)
    assert fields["invoice_number"] == "0410712261"
    assert (fields["invoice_date"], fields["due_date"]) == ("2026-03-18", "2026-04-07")
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2026-02-01",
        "2026-02-28",
    )
    assert fields["customer_name"] == "Brightwater Residential Management LLC"


def test_sections_of_labor_and_parts_with_their_own_subtotals() -> None:
    items = [
        text(54, 53, "Comfort Zone HVAC LLC", 14, bold=True),
        text(54, 76, "9870 Royal Ln, San Antonio, TX 78204", 8),
        text(54, 103, "24-Hr Service: 972-558-3603 billing@comfortzone.com", 8),
        text(300, 53, "JOB INVOICE", 14, bold=True),
    ]
    items += [text(45, 366, "Task Description", 8, bold=True), right(419, 366, "Units", 8)]
    items += [right(471, 366, "Unit Amt", 8), right(567, 366, "Ext. Total", 8)]
    rows = [
        (383, "LABOR CHARGES", "", "", ""),
        (399, "Diagnostic fee", "1", "120.00", "120.00"),
        (417, "HVAC technician labor", "1.5", "115.00", "172.50"),
        (452, "", "", "Labor Subtotal", "292.50"),
        (470, "PARTS INSTALLED", "", "", ""),
        (486, "Replace thermostat (programmable)", "1", "215.00", "215.00"),
        (503, "R-410A refrigerant", "3", "75.00", "225.00"),
        (521, "", "", "Parts Subtotal", "440.00"),
    ]
    for y, description, units, rate, amount in rows:
        items += [text(45, y, description, 9), right(419, y, units, 9)]
        items += [right(471, y, rate, 9), right(567, y, amount, 9)]
    items += [right(470, 556, "Job Subtotal", 9), right(567, 556, "$732.50", 9)]
    items += [right(470, 572, "Tax Amt (8.25%)", 9), right(567, 572, "$60.43", 9)]
    items += [right(470, 588, "Job Total", 9), right(567, 588, "$792.93", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    fields = {name: f.value for name, f in extraction.fields.items()}
    assert [i.description for i in extraction.line_items] == [
        "Diagnostic fee",
        "HVAC technician labor",
        "Replace thermostat (programmable)",
        "R-410A refrigerant",
    ]
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("732.50", "60.43", "792.93")
    assert fields["vendor_phone"] == "9725583603"


def test_parties_down_a_side_column_beside_the_items() -> None:
    items = [
        text(31, 45, "GA", 16, bold=True),
        text(222, 45, "CLIENT INVOICE", 16, bold=True),
        text(22, 91, "Green Acres Landscaping", 11, bold=True),
        text(22, 109, "3537 Industrial Blvd", 8),
        text(22, 120, "San Antonio, TX 78249", 8),
        text(222, 91, "Invoice No.: 67385", 9),
        text(222, 103, "Issued On: 25/Sep/2025", 9),
    ]
    items += [text(227, 162, "Job Details", 8, bold=True), right(420, 162, "Qty", 8)]
    items += [right(480, 162, "Rate", 8), right(560, 162, "Amount", 8)]
    rows = [
        (179, "Sod replacement", "894", "2.24", "2,002.56"),
        (196, "Mulch", "15", "45.00", "675.00"),
    ]
    rows += [(210, "Tree trimming", "1", "650.00", "650.00")]
    for y, description, qty, rate, amount in rows:
        items += [text(227, y, description, 9), right(420, y, qty, 9)]
        items += [right(480, y, rate, 9), right(560, y, amount, 9)]
    items += [text(22, 185, "INVOICED TO", 8, bold=True)]
    items += [text(22, 200, "Brightwater Residential Management LLC", 7)]
    items += [text(22, 210, "4100 Spring Valley Rd", 7), text(22, 221, "Dallas, TX 75244", 7)]
    items += [right(470, 250, "TOTAL NETO A PAGAR", 9), right(560, 250, "3,327.56", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    fields = {name: f.value for name, f in extraction.fields.items()}
    assert [i.description for i in extraction.line_items] == [
        "Sod replacement",
        "Mulch",
        "Tree trimming",
    ]
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "4100 Spring Valley Rd, Dallas, TX 75244"
    assert fields["invoice_date"] == "2025-09-25"
    assert (fields["total"], fields["amount_due"]) == ("3327.56", "3327.56")


def test_an_unknown_heading_over_the_window_and_an_address_ended_by_its_postcode() -> None:
    items = [
        text(94, 40, "Bug Out Exterminating", 13, bold=True),
        text(94, 56, "5224 Orange Blossom Trl, #27", 8),
        text(94, 68, "Kissimmee, FL 34798", 8),
        text(94, 80, "Call Our Office: 786.390.0774", 8),
        text(330, 40, "PEST SERVICE INVOICE", 14, bold=True),
        text(40, 155, "Billing Mailing Address", 9, bold=True),
        text(40, 170, "Brightwater Residential Management LLC", 9),
        text(40, 181, "4100 Spring Valley Rd, Suite 300", 9),
        text(40, 192, "Dallas, TX 75244", 9),
        text(40, 120, "Servicio de fumigación prestado del 01/08/2025 al 15/08/2025.", 9),
    ]
    rows = [
        ["Fire ant treatment", "1", "280.00", "280.00"],
        ["Rodent bait", "1", "234.00", "234.00"],
    ]
    items += table(236, ["Description", "Qty", "Rate", "Amount"], rows, [45, 380, 460, 550])
    items += [right(470, 300, "Sum of Services", 9), right(560, 300, "$514.00", 9)]
    items += [right(470, 316, "Please Pay the Amount Shown", 9), right(560, 316, "$514.00", 9)]
    fields = extract(items)
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert fields["subtotal"] == "514.00"
    assert (fields["service_period_start"], fields["service_period_end"]) == (
        "2025-08-01",
        "2025-08-15",
    )


def test_stacked_labels_of_a_phone_app_invoice() -> None:
    items = [
        text(77, 68, "Bright Spark Electric LLC", 12, bold=True),
        text(110, 83, "8196 Royal Ln, Suite 33", 8),
        text(111, 94, "San Antonio, TX 78244", 8),
        text(119, 105, "Cell: 214.735.2788", 8),
        text(24, 170, "Invoice ref #", 8),
        text(24, 181, "INV-030281", 10),
        text(24, 292, "Client billed", 8),
        text(24, 303, "Brightwater Residential Management LLC", 10),
        text(24, 315, "4100 Spring Valley Rd, Suite 300", 10),
        text(24, 328, "Dallas, TX 75244", 10),
        text(24, 347, "Work address", 8),
        text(24, 358, "Oak Ridge Apartments", 10),
        text(24, 370, "1200 Oak Ridge Dr, #313", 10),
        text(24, 383, "Dallas, TX 75244", 10),
        text(24, 404, "Work & materials", 8),
        text(24, 420, "Replace GFCI outlet - Unit 313", 10),
        text(32, 433, "1 x 134.00 = 134.00", 9),
    ]
    fields = extract(items)
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert (
        fields["service_address"]
        == "Oak Ridge Apartments, 1200 Oak Ridge Dr, #313, Dallas, TX 75244"
    )


def test_items_of_a_phone_app_as_a_description_over_quantity_times_price() -> None:
    items = [
        text(77, 68, "Bright Spark Electric LLC", 12, bold=True),
        text(110, 83, "8196 Royal Ln, Suite 33", 8),
        text(90, 136, "Invoice Summary", 10, bold=True),
        text(24, 404, "Work & materials", 8),
        text(24, 420, "Electrician labor", 10),
        text(32, 433, "3.5 x 90.00 = 315.00", 9),
        text(24, 450, "Parking lot pole light repair", 10),
        text(32, 463, "1 x 360.00 = 360.00", 9),
        text(24, 490, "Items & labor subtotal", 9),
        right(280, 490, "$675.00", 9),
        text(24, 505, "Amount owing", 9),
        right(280, 505, "$675.00", 9),
    ]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [
        (i.description, str(i.quantity), str(i.unit_price), str(i.amount))
        for i in extraction.line_items
    ]
    assert got == [
        ("Electrician labor", "3.5", "90.00", "315.00"),
        ("Parking lot pole light repair", "1", "360.00", "360.00"),
    ]
    assert extraction.fields["amount_due"].value == "675.00"


def test_a_customer_block_closed_by_no_postcode_is_doubted() -> None:
    posted = billed_to(["Brightwater Residential LLC", "45 Elm St", "Tampa, FL 33602"])
    unposted = billed_to(["Brightwater Residential LLC", "Net 60 Days", "Ship Via Our Truck"])
    assert unposted["customer_name"].confidence < posted["customer_name"].confidence - 0.05


def test_a_remittance_stub_over_the_letterhead() -> None:
    items = [
        text(40, 40, "REMITTANCE ADVICE - PLEASE DETACH AND RETURN THIS PART WITH YOUR PAYMENT", 8),
        text(40, 60, "Remittance Mailing Address", 8, bold=True),
        text(40, 72, "PaperTrail Office Products", 9),
        text(40, 84, "P.O. Box 76674", 9),
        text(40, 96, "Miami, FL 33117", 9),
        text(40, 120, "Brightwater Residential Management LLC", 9),
        text(40, 130, "4100 Spring Valley Rd, Suite 300", 9),
        text(330, 111, "Remit This Amount", 9),
        text(470, 111, "$386.47", 9),
        text(271, 183, "detach along perforation", 7),
        text(100, 213, "PaperTrail Office Products", 13, bold=True),
        text(392, 216, "TRADE INVOICE", 14, bold=True),
        text(100, 228, "6220 SW 8th St", 8),
        text(100, 241, "Orlando, FL 32809", 8),
        text(100, 251, "Credit Dept.: 305-449-2101", 8),
        text(356, 309, "Invoice Document No.", 9),
        text(470, 309, "INV-060673", 9),
        text(356, 337, "Net Amount Due Date", 9),
        text(470, 337, "01/11/2026", 9),
    ]
    fields = extract(items)
    assert fields["vendor_name"] == "PaperTrail Office Products"
    assert fields["vendor_address"] == "6220 SW 8th St, Orlando, FL 32809"
    assert (fields["due_date"], fields["amount_due"]) == ("2026-01-11", "386.47")


def test_a_customers_signature_line_names_no_customer() -> None:
    items = [
        text(50, 20, "ACME Plumbing LLC", 12, bold=True),
        text(50, 34, "2200 Commerce St", 8),
        text(50, 44, "Dallas, TX 75201", 8),
        text(50, 56, "Tax Reg.: 34-6282098", 8),
        text(60, 80, "SERVICE RECEIPT", 11, bold=True),
        text(12, 100, "01/17/2026 8:12 PM", 8),
        text(120, 100, "Receipt Number: 79-86448", 8),
        text(12, 120, "1  Toilet wax ring and bolts", 8),
        right(250, 120, "113.00", 8),
        text(100, 140, "SUBTOTAL", 8),
        right(250, 140, "$113.00", 8),
        text(100, 152, "SALES TAX", 8),
        right(250, 152, "$9.32", 8),
        text(100, 164, "TOTAL CHARGED TO CARD", 8),
        right(250, 164, "$122.32", 8),
        text(22, 200, "Customer signature X", 8),
    ]
    fields = extract(items)
    assert "customer_name" not in fields
    assert fields["vendor_tax_id"] == "34-6282098"
    assert fields["total"] == "122.32"
