"""What a phone photo's OCR does to words, drawn here as OCR pages run through the real
extractor: a word boxed with the rest of its line, the same print read twice, specks
read as letters, a label misread letter for letter."""

from __future__ import annotations

from docmatch.types import Page, PageSource, Word
from extract import extract_document

CHAR = 9.0  # pixels per letter of the drawn OCR words
SPACE = 9.0


def phrase(
    text: str, x: float, line: int, confidence: float = 0.95, height: float = 14
) -> list[Word]:
    """The words of ``text`` printed from ``x`` on ``line``, boxed one by one."""
    words = []
    for part in text.split():
        top = 100 + 30 * line
        words.append(Word(part, (x, top, x + CHAR * len(part), top + height), confidence, line))
        x += CHAR * len(part) + SPACE
    return words


def page_of(words: list[Word]) -> Page:
    return Page(1, 1200.0, 1600.0, "px", PageSource.OCR, tuple(words))


def fields_of(words: list[Word]) -> dict[str, str]:
    extraction = extract_document([page_of(words)])
    return {name: field.value for name, field in extraction.fields.items()}


def invoice_head() -> list[Word]:
    return [
        *phrase("Harbor Point Plumbing LLC", 60, 0),
        *phrase("INVOICE", 900, 0),
        *phrase("2716 Harry Hines Blvd", 60, 1),
        *phrase("Houston, TX 77068", 60, 2),
        *phrase("Invoice Number: HP-20417", 700, 3),
        *phrase("Invoice Date: 01/05/2026", 700, 4),
        *phrase("Due Date: 02/04/2026", 700, 5),
        *phrase("Bill To:", 60, 6),
        *phrase("Brightwater Residential Management LLC", 60, 7),
        *phrase("4100 Spring Valley Rd, Suite 300", 60, 8),
    ]


def totals(rows: list[tuple[str, str]], first_line: int = 11) -> list[Word]:
    """Labels and their amounts, one row a line, from ``first_line`` on."""
    words = []
    for line, (label, amount) in enumerate(rows, start=first_line):
        words += [*phrase(label, 800, line), *phrase(amount, 1000, line)]
    return words


def invoice_foot(first_line: int) -> list[Word]:
    rows = [("Subtotal", "1,200.00"), ("Sales Tax", "99.00"), ("Total Due", "1,299.00")]
    return totals(rows, first_line)


def bill(foot: list[Word]) -> dict[str, str]:
    """The fields of the drawn head, its customer's city line and ``foot``."""
    return fields_of([*invoice_head(), *phrase("Dallas, TX 75244", 60, 9), *foot])


def test_a_city_line_boxed_with_its_first_word_stays_one_line() -> None:
    """OCR boxed 'Dallas,' with the whole line: 'TX 75244' lies inside its box."""
    city = phrase("TX 75244", 130, 9)
    dallas = Word("Dallas,", (60, 100 + 30 * 9, 204, 114 + 30 * 9), 0.9, 9)
    fields = fields_of([*invoice_head(), dallas, *city, *invoice_foot(11)])
    assert fields["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_print_read_twice_is_read_once() -> None:
    """Two readings of one line merged: each word twice, in almost the same box."""
    once = phrase("Please Remit Payment To:", 60, 11)
    again = [
        Word(w.text, (w.bbox[0] + 3, w.bbox[1] + 2, w.bbox[2] - 2, w.bbox[3]), 0.9, 11)
        for w in once[:2]
    ]
    remit = [*phrase("Harbor Point Plumbing LLC", 60, 12), *phrase("PO Box 4471", 60, 13)]
    remit += phrase("Houston, TX 77210", 60, 14)
    words = [*invoice_head(), *phrase("Dallas, TX 75244", 60, 9), *once, *again, *remit]
    fields = fields_of(words + invoice_foot(16))
    assert fields["remit_to_address"] == "PO Box 4471, Houston, TX 77210"


def logo(x: float, line: int) -> Word:
    """A drawn mark beside the letterhead, read as letters in a box four lines tall."""
    top = 100 + 30 * line + 7 - 45  # level with the line's middle
    return Word("all", (x, top, x + 60, top + 90), 0.7, line)


def test_a_logo_read_as_letters_beside_the_letterhead_is_left_out() -> None:
    head = invoice_head()
    for mark in (logo(0, 1), logo(260, 1)):  # before the street line, then after it
        words = [mark, *head, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)]
        extraction = extract_document([page_of(words)])
        address = extraction.fields["vendor_address"]
        assert address.value == "2716 Harry Hines Blvd, Houston, TX 77068", mark
        assert extraction.fields["vendor_name"].value == "Harbor Point Plumbing LLC", mark


def test_an_address_without_its_street_line_is_reported_less_surely() -> None:
    whole = [*invoice_head(), *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)]
    streetless = [w for w in whole if w.line != 1]  # the street line lost to the photo
    sure = extract_document([page_of(whole)]).fields["vendor_address"]
    unsure = extract_document([page_of(streetless)]).fields.get("vendor_address")
    assert unsure is None or unsure.confidence < sure.confidence - 0.15


def test_a_name_read_unsurely_is_no_confident_name() -> None:
    """'Hanbor Poimt Plumbimg LLC' read at half of OCR's usual confidence: a name has no
    format to check it by, so it is a guess and left out, not the vendor."""
    clear = [*invoice_head(), *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)]
    read = zip(phrase("Hanbor Poimt Plumbimg LLC", 60, 0), (0.4, 0.45, 0.5, 0.9), strict=True)
    misread = [Word(w.text, w.bbox, confidence, w.line) for w, confidence in read]
    misread += [w for w in clear if w.line != 0 or w.bbox[0] > 600]
    assert extract_document([page_of(clear)]).fields["vendor_name"].confidence >= 0.7
    assert "vendor_name" not in extract_document([page_of(misread)]).fields


def test_labels_read_with_lookalike_letters_still_name_their_amounts() -> None:
    """'Subtota1' and 'lVA' read with OCR's full confidence: a 1 for an l, an l for an I."""
    fields = bill(totals([("Subtota1", "1,200.00"), ("lVA 16%", "192.00"), ("Total", "1,392.00")]))
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("1200.00", "192.00", "1392.00")


def test_a_label_whose_spaces_ocr_misplaced_is_a_label() -> None:
    """'ORDE NDE COMPRA' over the order number: the letters of 'Orden de compra'; and
    'InvoiceNumber:' with its space lost."""
    words = [w for w in invoice_head() if w.line != 3]
    words += [*phrase("InvoiceNumber: HP-20417", 700, 3), *phrase("Dallas, TX 75244", 60, 9)]
    words += [*phrase("ORDE NDE COMPRA", 700, 10), *phrase("PO2026-44267", 700, 11)]
    fields = fields_of(words + invoice_foot(13))
    assert (fields["po_number"], fields["invoice_number"]) == ("PO2026-44267", "HP-20417")


def test_an_address_line_under_a_lost_name_is_no_name() -> None:
    """The letterhead's name was a picture: its first printed lines are the address."""
    words = [w for w in invoice_head() if w.line > 2 or w.bbox[0] > 600]
    tops = (["Col. Centro", "Guadalupe, N.L. C.P. 67870"], ["Miami, FL 33145"])
    for address in (*tops, ["Nov 5, 2025 - Dec 5, 2025"]):  # or a period where it stood
        lines = [phrase(text, 60, 1 + i) for i, text in enumerate(address)]
        top = [w for line in lines for w in line]
        fields = fields_of([*top, *words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
        assert fields.get("vendor_name") not in address, fields.get("vendor_name")


def test_an_e_mail_read_with_its_at_sign_or_last_dot_misread_is_an_e_mail() -> None:
    for printed in ("billing € harborpoint.com", "billing @ harborpoint com"):
        words = [*invoice_head(), *phrase(printed, 60, 3), *phrase("Dallas, TX 75244", 60, 9)]
        assert fields_of(words + invoice_foot(11))["vendor_email"] == "billing@harborpoint.com"


def test_specks_over_a_block_are_neither_its_name_nor_its_address() -> None:
    """A 'Bill To' misread as 'NS)' at a fifth of OCR's confidence over the customer, and
    specks read as 'ase' beside a 'Property' label."""
    words = [w for w in invoice_head() if w.line != 6]
    words.append(Word("NS)", (60, 280, 110, 294), 0.18, 6))
    words += phrase("Dallas, TX 75244", 60, 9)
    words += [*phrase("Property", 60, 11), Word("ase", (200, 430, 230, 444), 0.43, 11)]
    words += [*phrase("Oak Ridge Townhomes", 60, 12), *phrase("1250 Oak Ridge Dr", 60, 13)]
    words += phrase("Dallas, TX 75244", 60, 14)
    fields = fields_of(words + invoice_foot(16))
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    expected = "Oak Ridge Townhomes, 1250 Oak Ridge Dr, Dallas, TX 75244"
    assert fields["service_address"] == expected


def test_a_due_date_is_not_taken_for_the_date_of_a_bill_whose_date_was_lost() -> None:
    """The invoice date's line was lost to the photo: the only date left is the due date."""
    words = [w for w in invoice_head() if w.line != 4]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["due_date"] == "2026-02-04"
    assert "invoice_date" not in fields


def test_a_dollar_sign_read_as_a_five_is_undone_by_the_arithmetic() -> None:
    """'$45.11' read as '545.11': subtotal and tax add up to the total only without it."""
    fields = bill(totals([("Subtotal", "$644.40"), ("Sales Tax", "545.11"), ("Total", "$689.51")]))
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("644.40", "45.11", "689.51")


def test_an_amount_opening_with_a_five_stays_when_the_arithmetic_says_so() -> None:
    rows = [("Subtotal", "$5,200.00"), ("Sales Tax", "520.00"), ("Total", "$5,720.00")]
    fields = bill(totals(rows))
    assert (fields["subtotal"], fields["tax"], fields["total"]) == ("5200.00", "520.00", "5720.00")


def test_a_label_whose_first_word_was_misread_into_another_word_is_that_label() -> None:
    """'Previews Balance' read with OCR's full confidence: the previous balance, not a
    'Balance' due."""
    rows = [("Previews Balance", "$4,775.77"), ("Current Charges", "$2,826.61")]
    fields = bill(totals([*rows, ("Amount Due", "$7,602.38")]))
    assert (fields["previous_balance"], fields["amount_due"]) == ("4775.77", "7602.38")


def test_a_date_under_the_vendors_name_is_no_address() -> None:
    """The address lines were lost to the photo; a date printed under the name stays a date."""
    words = [w for w in invoice_head() if w.line not in (1, 2)]
    words += [*phrase("27 de octubre de 2025", 60, 1), *phrase("Dallas, TX 75244", 60, 9)]
    assert "vendor_address" not in fields_of([*words, *invoice_foot(11)])


def test_a_rule_read_as_an_underscore_after_a_block_label_is_no_name() -> None:
    words = [*invoice_head(), Word("_", (150, 280, 160, 294), 0.53, 6)]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_a_section_heading_over_the_customer_is_no_name() -> None:
    """'DATOS DE LA FACTURA' heads the block whose label was lost to the photo."""
    words = [w for w in invoice_head() if w.line != 6] + phrase("DATOS DE LA FACTURA", 60, 6)
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["customer_name"] == "Brightwater Residential Management LLC"


def test_a_return_address_over_the_window_is_the_senders_though_boxed_tall() -> None:
    """A German letter: the sender's one-line address over the window, its words boxed
    taller than the addressee's by the photo; the addressee's legal form is no sign
    that it sent the bill."""
    words = [*phrase("PaperTrail Office Products", 700, 0), *phrase("8259 SW 8th St", 700, 1)]
    words += phrase("Kissimmee, FL 34745", 700, 2)
    sender = "PaperTrail Office Products - 8259 SW 8th St - Kissimmee, FL 34745"
    words += phrase(sender, 60, 5, height=20)
    words += [*phrase("Brightwater Residential Management LLC", 60, 6, height=13)]
    words += [*phrase("4100 Spring Valley Rd", 60, 7), *phrase("Dallas, TX 75244", 60, 8)]
    words += [*phrase("Rechnungsnummer INV-009034", 700, 5), *phrase("Rechnung", 60, 10)]
    fields = fields_of([*words, *invoice_foot(12)])
    assert fields["vendor_name"] == "PaperTrail Office Products"
    assert fields["customer_name"] == "Brightwater Residential Management LLC"


def test_an_e_read_as_a_pound_sign_before_a_numbers_hyphen_is_an_e() -> None:
    words = [w for w in invoice_head() if w.line != 3]
    words += [*phrase("Invoice Number:", 700, 3), *phrase("£-26072", 900, 3)]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["invoice_number"] == "E-26072"


def test_a_speck_read_as_a_stop_after_a_state_code_is_left_out() -> None:
    words = [w for w in invoice_head() if w.line != 2] + phrase("Houston, TX. 77068", 60, 2)
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["vendor_address"] == "2716 Harry Hines Blvd, Houston, TX 77068"


def test_a_name_run_into_the_next_column_is_cut_at_its_heading() -> None:
    """OCR ran the customer's name into the service address beside it, under a row of
    block headings: each block keeps its own column."""
    words = [w for w in invoice_head() if w.line < 6]
    words += [*phrase("Bill To:", 60, 6), *phrase("Service Address:", 420, 6)]
    words += phrase("Brightwater Residential Management LLC", 60, 7)
    words += phrase("Lakeview at Colonial", 420, 7)  # close enough to make one run
    words += [*phrase("4100 Spring Valley Rd", 60, 8), *phrase("5300 E Colonial Dr", 420, 8)]
    words += [*phrase("Dallas, TX 75244", 60, 9), *phrase("Orlando, FL 32807", 420, 9)]
    fields = fields_of([*words, *invoice_foot(11)])
    assert fields["customer_name"] == "Brightwater Residential Management LLC"
    expected = "Lakeview at Colonial, 5300 E Colonial Dr, Orlando, FL 32807"
    assert fields["service_address"] == expected


def test_initials_read_with_a_stop_taken_into_a_letter_are_the_label() -> None:
    """'I.V.A.' read as 'LV.A.': the photo took the first initial and its stop for an L."""
    rows = [("Subtotal", "1,200.00"), ("LV.A. (16%)", "192.00"), ("Total", "1,392.00")]
    assert bill(totals(rows))["tax"] == "192.00"


def test_a_label_whose_one_letter_word_was_lost_is_that_label() -> None:
    """'Total a pagar' read as 'Total pagar': the photo lost the 'a' as it loses a speck."""
    rows = [("Subtotal", "1,200.00"), ("IVA", "192.00"), ("Total", "1,392.00")]
    rows += [("Saldo anterior", "100.00"), ("Total pagar", "1,492.00")]
    assert bill(totals(rows))["amount_due"] == "1492.00"


def test_a_street_opening_a_customer_block_whose_name_was_lost_is_its_address() -> None:
    """The photo lost the customer's name: 'Av. Lázaro Cárdenas 2400' opens the block
    and is its street, not the customer."""
    words = [w for w in invoice_head() if w.line < 7]
    words += [*phrase("Av. Lázaro Cárdenas 2400, Piso 12", 60, 7), *phrase("Col. Valle", 60, 8)]
    fields = fields_of([*words, *phrase("San Pedro, N.L. 66269", 60, 9), *invoice_foot(11)])
    assert "customer_name" not in fields
    expected = "Av. Lázaro Cárdenas 2400, Piso 12, Col. Valle, San Pedro, N.L. 66269"
    assert fields["bill_to_address"] == expected


def test_the_quantity_opening_an_item_row_under_a_project_is_no_address() -> None:
    """'PROYECTO: RESIDENCIAL LOS JARDINES' over the items: the quantity '10' that opens
    the first row lies in the label's column, yet names no street of the project."""
    words = [*invoice_head(), *phrase("Dallas, TX 75244", 60, 9)]
    words += phrase("PROYECTO: RESIDENCIAL LOS JARDINES", 60, 10)
    words += [*phrase("10", 60, 11), *phrase("CODO PVC 1/2 90 GRADOS", 200, 11)]
    words += [*phrase("1.68", 850, 11), *phrase("16.80", 1000, 11)]
    rows = [("Subtotal", "16.80"), ("IVA", "2.69"), ("Total", "19.49")]
    assert "service_address" not in fields_of([*words, *totals(rows, 13)])


def test_an_rfcs_check_digit_read_as_an_o_is_a_zero() -> None:
    """A Mexican RFC ends in a digit or 'A': the photo's 'O' there is a 0."""
    words = [*invoice_head(), *phrase("RFC: FERR821218MHO", 60, 3)]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["vendor_tax_id"] == "FERR821218MH0"


def test_a_heading_with_two_narrow_letters_read_as_one_is_that_heading() -> None:
    """'CLIENTE' read 'CUENTE' (its 'LI' taken for a 'U'), as surely as the print
    around it: the block under it is still the customer's."""
    words = [w for w in invoice_head() if w.line < 6]
    words += [*phrase("CUENTE", 60, 6), *phrase("Lugar de servicio", 420, 6)]
    words += phrase("Brightwater Residencial S. de R.L. de C.V.", 60, 7)
    words += phrase("Torres Valle Oriente", 420, 7)
    words += [
        *phrase("Av. Lázaro Cárdenas 2400", 60, 8),
        *phrase("Av. Lázaro Cárdenas 1000", 420, 8),
    ]
    words += [*phrase("San Pedro, N.L. 66269", 60, 9), *phrase("Monterrey, N.L. 64000", 420, 9)]
    fields = fields_of([*words, *invoice_foot(11)])
    assert fields["customer_name"] == "Brightwater Residencial S. de R.L. de C.V."
    assert fields["bill_to_address"] == "Av. Lázaro Cárdenas 2400, San Pedro, N.L. 66269"


def test_a_number_boxed_tall_near_the_top_is_no_vendor_name() -> None:
    """'INV-049135' under its label, boxed half again as tall as the letterhead's name by
    the photo: a name has a word without digits."""
    words = [w for w in invoice_head() if w.line != 3]
    words += [*phrase("Inv Number", 60, 3), *phrase("INV-049135", 60, 4, height=30)]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["vendor_name"] == "Harbor Point Plumbing LLC"


def test_a_lone_heading_misread_unsurely_still_heads_its_block() -> None:
    """'Cliente' read 'Chente' at 0.31, alone on its line over the customer's block: the
    customer, in bold and with its legal form, is not taken for the letterhead."""
    words = [w for w in invoice_head() if 0 < w.line < 6]
    words += [*phrase("Servicios de Agua y Drenaje", 60, 0), *phrase("AVISO DE COBRO", 900, 0)]
    words += phrase("Chente", 60, 6, confidence=0.31)
    words += phrase("Brightwater Residencial S. de R.L. de C.V.", 60, 7, height=18)
    words += [*phrase("Av. Lázaro Cárdenas 2400", 60, 8), *phrase("San Pedro, N.L. 66269", 60, 9)]
    fields = fields_of([*words, *invoice_foot(11)])
    assert fields["vendor_name"] == "Servicios de Agua y Drenaje"
    assert fields["customer_name"] == "Brightwater Residencial S. de R.L. de C.V."


def test_dates_with_the_months_abbreviated_are_read_off_a_photo() -> None:
    """'24-Oct-2025': the O and S opening a month are letters, not digits misread."""
    words = [w for w in invoice_head() if w.line not in (4, 5)]
    words += [
        *phrase("Invoice Date: 29-Sep-2025", 700, 4),
        *phrase("Payment Due: 24-Oct-2025", 700, 5),
    ]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["invoice_date"] == "2025-09-29"
    assert fields["due_date"] == "2025-10-24"


def test_a_label_boxed_taller_than_its_print_takes_the_value_level_with_it() -> None:
    """'Due:' boxed over a speck under it, 30 pixels tall: OCR read its date as a line
    of its own, level with the label's print, not with the middle of its box."""
    words = [w for w in invoice_head() if w.line != 5]
    words += [Word("Due:", (700.0, 250.0, 740.0, 280.0), 0.9, 5)]
    words += [
        Word(part, (x, 250.0, x + 60.0, 262.0), 0.95, 6)
        for x, part in ((900.0, "March"), (970.0, "27,"), (1040.0, "2026"))
    ]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["due_date"] == "2026-03-27"


def test_a_two_letter_first_word_misread_before_two_printed_words_is_the_label() -> None:
    """'NO. DE FACTURA' read 'MO. DE FACTURA' over its number: 'de factura' as printed
    leaves no doubt which label it is."""
    words = [w for w in invoice_head() if w.line != 3]
    words += [*phrase("MO. DE FACTURA", 700, 3), *phrase("K14854", 700, 4)]
    words = [w for w in words if not (w.line == 4 and w.bbox[0] >= 700 and w.text != "K14854")]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["invoice_number"] == "K14854"


def test_a_title_run_into_the_vendors_name_is_left_off_it() -> None:
    """OCR ran 'FACTURA DE SERVICIO' into the name beside it, one run of words; under the
    name its block, the phone's label misread 'Tol:'."""
    words = phrase("FACTURA DE SERVICIO Gas Natural del Noreste S.A. de C.V.", 60, 0)
    words += [*phrase("Calle Zaragoza 5899", 700, 1), *phrase("Col. Obispado", 700, 2)]
    words += [*phrase("Guadalupe, N.L. C.P. 67594", 700, 3)]
    words += [*phrase("Tol: +52 81 8897 8199", 700, 4)]
    words += [*phrase("Número de factura 0871706974", 60, 6), *phrase("Fecha: 21/09/2025", 60, 7)]
    fields = fields_of([*words, *invoice_foot(11)])
    assert fields["vendor_name"] == "Gas Natural del Noreste S.A. de C.V."
    assert (
        fields["vendor_address"] == "Calle Zaragoza 5899, Col. Obispado, Guadalupe, N.L. C.P. 67594"
    )


def test_street_words_and_a_comma_misread_in_an_address_are_read_as_printed() -> None:
    """'Orange Blossom Tri' and 'Bidg' (an l read as an i), 'Irving. TX' (a comma read
    as a stop): no address prints them so."""
    words = [w for w in invoice_head() if w.line not in (1, 2)]
    words += [*phrase("1152 Orange Blossom Tri, Bidg 4", 60, 1), *phrase("Irving. TX 75054", 60, 2)]
    fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 9), *invoice_foot(11)])
    assert fields["vendor_address"] == "1152 Orange Blossom Trl, Bldg 4, Irving, TX 75054"


def test_a_misread_attention_line_is_neither_name_nor_address() -> None:
    """'Attn' read 'Atta', 'Atención' read 'Atencien': still the line naming whom the
    bill is for, no part of the customer's address."""
    for attention in ("Atta Accounts Payable", "Atencien Cuentas por pagar"):
        words = [w for w in invoice_head() if w.line < 8]
        words += [*phrase(attention, 60, 8), *phrase("4100 Spring Valley Rd, Suite 300", 60, 9)]
        fields = fields_of([*words, *phrase("Dallas, TX 75244", 60, 10), *invoice_foot(12)])
        assert fields["customer_name"] == "Brightwater Residential Management LLC"
        assert fields["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_a_table_row_opening_with_a_block_word_opens_no_block() -> None:
    """'Customer charge   1   21.23' in a utility's table: a row, not the customer's
    block; 'Customer: Acme' beside a labelled total still is."""
    words = [w for w in invoice_head() if w.line not in (6, 7, 8)]
    words += [*phrase("Customer charge", 60, 10), *phrase("1 21.23", 700, 10)]
    fields = fields_of([*words, *invoice_foot(12)])
    assert "customer_name" not in fields
    words = [w for w in invoice_head() if w.line not in (6, 7, 8)]
    words += [*phrase("Customer: Acme Holdings", 60, 6), *phrase("Invoice Total: 1,299.00", 700, 6)]
    assert fields_of([*words, *invoice_foot(12)])["customer_name"] == "Acme Holdings"
