"""Labels in shapes no vocabulary spells out, drawn here as real PDFs: two labels joined
by 'and', a label run on to its colon, a label word inside another label's wording, a
number's mark closing a label, a heading with a label beside it, a title ending in the
document's name, totals whose subtotal no label names, a period under a label of no
field, a till's date over its store line, and a payee 'at' its address."""

from __future__ import annotations

from extract import extract_document
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


def test_a_name_opening_with_a_joining_word_is_reported_with_doubt() -> None:
    items = [
        text(40, 40, "Harbor Pool Service", 14, bold=True),
        text(40, 60, "12 Bay Rd, Tampa, FL 33601", 9),
        text(40, 90, "INVOICE", 16),
        text(40, 120, "Invoice #: 5512", 9),
        text(40, 160, "Bill To", 9, bold=True),
        text(40, 174, "de la Garza Holdings", 9),  # a name, or the tail of a label misread
        text(40, 186, "45 Elm St, Tampa, FL 33602", 9),
        text(400, 300, "Total", 9),
        text(500, 300, "100.00", 9),
    ]
    fields = extract_document(read_pdf(draw_pdf([items])).pages).fields
    assert fields["customer_name"].value == "de la Garza Holdings"
    assert fields["customer_name"].confidence < fields["bill_to_address"].confidence - 0.1
