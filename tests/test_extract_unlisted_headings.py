"""Headings no list holds, read from where they stand: a party's heading beside or under a
known one ('Electric Customer | Service Location (Meter)'), a table's text column among
headings of numbers ('Day Worked | Yard Work Done | Charge for Work'), a table whose first
heading names the charges ('Electric Charges Detail'), a printed rule OCR reads as '|',
and the payee named first in a sentence ('Checks to ..., 4167 Industrial Blvd ...')."""

from __future__ import annotations

from docmatch.types import Page, PageSource, Word
from extract import extract_document
from extract.layout import layout_page
from tests.test_extract import draw_pdf, read_pdf, right, table, text


def utility_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(360, 44, "Lone Star Power & Light", 14, bold=True),
        text(40, 46, "YOUR ELECTRIC BILL", 12, bold=True),
        text(396, 62, "5170 Stemmons Fwy, Unit 390", 9),
        text(396, 73, "Dallas, TX 75211", 9),
        text(44, 126, "Electric Account No.: 424651-66071", 8),
        text(230, 126, "Bill Sequence No.: 0543025923", 8),
        text(400, 126, "Date Bill Prepared: 11-03-2025", 8),
        text(44, 140, "Pay In Full By: 11-23-2025", 8),
        text(45, 173, "Electric Customer", 9, bold=True),
        text(300, 173, "Service Location (Meter)", 9, bold=True),
        text(45, 189, "Brightwater Residential Management LLC", 9),
        text(300, 189, "Oak Ridge Apartments", 9),
        text(45, 200, "4100 Spring Valley Rd, Suite 300", 9),
        text(300, 200, "1200 Oak Ridge Dr", 9),
        text(45, 212, "Dallas, TX 75244", 9),
        text(300, 212, "Dallas, TX 75244", 9),
        text(314, 260, "Balance from Last Statement", 9),
        right(550, 260, "$1,355.54", 9),
        text(314, 275, "Payments We Received", 9),
        right(550, 275, "-$1,355.54", 9),
    ]
    headings = ["Electric Charges Detail", "Usage Billed", "Per", "Price per Unit ($)"]
    headings += ["Charge ($)"]
    rows = [["Customer charge", "1", "ea", "16.46", "16.46"]]
    rows += [["Energy charge", "15,500", "kWh", "0.1362", "2,111.10"]]
    items += table(320, headings, rows, [45, 250, 300, 400, 480])
    items += [text(380, 380, "Subtotal", 9), right(550, 380, "$2,127.56", 9)]
    items += [text(380, 394, "Sales Tax", 9), right(550, 394, "$175.52", 9)]
    items += [text(380, 408, "Total Due This Statement", 9), right(550, 408, "$2,303.08", 9)]
    return items


def test_party_headings_no_list_holds_beside_known_ones_name_their_blocks() -> None:
    fields = extract_document(read_pdf(draw_pdf([utility_bill()])).pages).fields
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["bill_to_address"].value == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    # the parenthesised word qualifies the heading: it is no line of the address
    assert fields["service_address"].value == (
        "Oak Ridge Apartments, 1200 Oak Ridge Dr, Dallas, TX 75244"
    )
    assert fields["due_date"].value == "2025-11-23"  # 'Pay In Full By'
    assert fields["previous_balance"].value == "1355.54"  # 'Balance from Last Statement'


def test_a_table_headed_by_what_its_charges_are_reads_its_rows() -> None:
    extraction = extract_document(read_pdf(draw_pdf([utility_bill()])).pages)
    got = [(i.description, i.quantity, i.unit_price, i.amount) for i in extraction.line_items]
    assert [(d, str(q), str(p), str(a)) for d, q, p, a in got] == [
        ("Customer charge", "1", "16.46", "16.46"),
        ("Energy charge", "15500", "0.1362", "2111.10"),
    ]
    assert "customer_name" in extraction.fields
    assert extraction.fields["customer_name"].value != "Energy charge"  # a row, no party


def grounds_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 45, "Green Acres Landscaping", 14, bold=True),
        text(40, 72, "4167 Industrial Blvd, Dallas, TX 75220", 9),
        text(40, 106, "LAWN & GROUNDS BILL", 12, bold=True),
        text(40, 139, "Invoice #", 9),
        text(190, 139, "24647", 9),
        text(40, 173, "Billed To", 9, bold=True),
        text(190, 173, "Brightwater Residential Management LLC", 9),
        text(190, 186, "4100 Spring Valley Rd, Suite 300", 9),
        text(190, 198, "Dallas, TX 75244", 9),
        text(40, 218, "Grounds Serviced", 9, bold=True),
        text(190, 218, "1250 Oak Ridge Dr", 9),
        text(190, 230, "Dallas, TX 75244", 9),
    ]
    rows = [("Day Worked", "Yard Work Done", "Charge for Work")]
    rows += [("01/03/2026", "Sod replacement St. Augustine", "616.00")]
    rows += [("01/06/2026", "Monthly grounds maintenance", "2,800.00")]
    for y, (day, work, charge) in zip((281, 297, 315), rows, strict=True):
        items += [text(45, y, day, 9), text(150, y, work, 9), right(550, y, charge, 9)]
    items += [text(400, 340, "Total Owed", 9), right(550, 340, "$3,416.00", 9)]
    items += [text(40, 734, "Checks to Green Acres Landscaping, 4167 Industrial Blvd, "
                   "Dallas, TX 75220 - thank you!", 8)]  # fmt: skip
    return items


def test_a_lone_unread_heading_among_number_headings_heads_the_text_column() -> None:
    extraction = extract_document(read_pdf(draw_pdf([grounds_bill()])).pages)
    got = [(i.description, str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Sod replacement St. Augustine", "616.00"),
        ("Monthly grounds maintenance", "2800.00"),
    ]


def test_a_heading_under_a_party_heading_names_the_form_block_beside_it() -> None:
    fields = extract_document(read_pdf(draw_pdf([grounds_bill()])).pages).fields
    assert fields["service_address"].value == "1250 Oak Ridge Dr, Dallas, TX 75244"
    assert fields["service_address"].confidence < 0.9  # a heading read from one word
    assert fields["bill_to_address"].value == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"


def test_a_sentence_naming_the_payee_first_gives_the_remittance_address() -> None:
    fields = extract_document(read_pdf(draw_pdf([grounds_bill()])).pages).fields
    assert fields["remit_to_address"].value == "4167 Industrial Blvd, Dallas, TX 75220"
    assert fields["remit_to_address"].method == "sentence"


def test_a_vertical_rule_read_by_ocr_parts_the_cells_it_stands_between() -> None:
    row = [("Account", 10, 60), ("No.:", 64, 90), ("313394", 94, 140), ("|", 148, 150)]
    row += [("Bill", 158, 180), ("No.:", 184, 210), ("0949418838", 214, 290)]
    words = tuple(Word(t, (x0, 100, x1, 112), 0.9, 0) for t, x0, x1 in row)
    line = layout_page(Page(1, 600.0, 800.0, "px", PageSource.OCR, words)).lines[0]
    assert [s.text for s in line.segments] == ["Account No.: 313394", "Bill No.: 0949418838"]
    street = [("5336", 10, 40), ("NW", 44, 60), ("7th", 64, 80), ("St", 84, 96), ("|", 104, 106)]
    street += [("Miami,", 114, 150), ("FL", 154, 166), ("33141", 170, 200)]
    words = tuple(Word(t, (x0, 100, x1, 112), 0.9, 0) for t, x0, x1 in street)
    line = layout_page(Page(1, 600.0, 800.0, "px", PageSource.OCR, words)).lines[0]
    assert len(line.segments) == 1  # a rule between the parts of one address parts nothing


def repair_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 45, "Appliance Doctor Repair", 14, bold=True),
        text(40, 62, "9766 Harry Hines Blvd, Houston, TX 77055", 9),
        text(400, 45, "INVOICE", 16, bold=True),
        text(400, 70, "Invoice No.: 39238", 9),
        text(45, 120, "Description", 9, bold=True),
        right(420, 120, "Qty", 9),
        right(480, 120, "Each", 9),
        right(550, 120, "Amount", 9),
    ]
    rows = [
        ("Refrigerator defrost heater", "Tech R. Delgado - W.O. 89809", "89.00"),
        ("Dishwasher drain pump replaced with", "a new OEM pump assembly", "169.00"),
    ]
    y = 137
    for (first, under, amount), note in zip(rows, (True, False), strict=True):
        items += [text(45, y, first, 9), right(420, y, "1", 9), right(480, y, amount, 9)]
        items += [right(550, y, amount, 9)]
        # a grey note in smaller type, indented; a description wrapped in its own type
        items += [text(52, y + 10, under, 7) if note else text(45, y + 11, under, 9)]
        y += 28
    items += [text(420, y + 10, "Total", 9), right(550, y + 10, "$258.00", 9)]
    return items


def test_a_note_under_an_item_is_no_part_of_its_description() -> None:
    extraction = extract_document(read_pdf(draw_pdf([repair_invoice()])).pages)
    assert [(i.description, str(i.amount)) for i in extraction.line_items] == [
        ("Refrigerator defrost heater", "89.00"),
        ("Dishwasher drain pump replaced with a new OEM pump assembly", "169.00"),
    ]
    assert "po_number" not in extraction.fields  # the note's 'W.O.' names no order of ours


def elevator_factura() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 42, "Elevadores del Norte S.A. de C.V.", 13, bold=True),
        text(40, 60, "Av. Constitución 1450, Monterrey, N.L. 64000", 9),
        text(380, 60, "FACTURA Nro. F-08117", 11, bold=True),
        text(41, 300, "Cantidad", 8, bold=True),
        text(91, 300, "Ud. medida Trabajos y refacciones de elevador", 8, bold=True),
        text(435, 300, "Precio por ud. Importe de partida", 8, bold=True),
    ]
    rows = [("1", "pza", "Cambio de barrera infrarroja de puertas", "600.00", "600.00")]
    rows += [("6", "h", "Mano de obra técnico elevadorista", "80.00", "480.00")]
    for y, (qty, unit, what, each, amount) in zip((318, 336), rows, strict=True):
        items += [right(60, y, qty, 9), text(91, y, unit, 9), text(131, y, what, 9)]
        items += [right(470, y, each, 9), right(530, y, amount, 9)]
    captions = [(64, "Base antes de impuesto"), (200, "% aplicado")]
    captions += [(290, "Impuesto trasladado (16%)"), (420, "Importe total facturado")]
    items += [text(x, 370, caption, 8) for x, caption in captions]
    sums = [(76, "1,080.00 MXN"), (200, "16%"), (290, "172.80 MXN"), (420, "1,252.80 MXN")]
    items += [text(x, 386, value, 9) for x, value in sums]
    return items


def test_a_text_column_heading_run_into_another_heads_the_descriptions() -> None:
    extraction = extract_document(read_pdf(draw_pdf([elevator_factura()])).pages)
    got = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Cambio de barrera infrarroja de puertas", "1", "600.00"),
        ("Mano de obra técnico elevadorista", "6", "480.00"),
    ]
    values = {name: field.value for name, field in extraction.fields.items()}
    # the captions under the items end them: their sums are the totals, no item
    assert (values["subtotal"], values["tax"], values["total"]) == ("1080.00", "172.80", "1252.80")


def test_a_quantity_heading_of_two_words_heads_the_numbers_under_its_last() -> None:
    items = [
        text(40, 42, "Limpieza Total del Caribe", 13, bold=True),
        text(40, 60, "Calle Loíza 2783, Carolina, PR 00917", 9),
        text(380, 60, "FACTURA Nro. C-82956", 11, bold=True),
        text(41, 284, "Cant. prest. Trabajo realizado y materiales", 8, bold=True),
        text(420, 284, "Precio pactado", 8, bold=True),
        text(510, 284, "Valor neto", 8, bold=True),
    ]
    rows = [("1", "Limpieza de salida 2 rec. - Depto. 601", "195.00")]
    rows += [("2", "Retiro de basura y escombros", "185.00")]
    for y, (qty, what, each) in zip((300, 318), rows, strict=True):
        items += [right(81, y, qty, 9), text(91, y, what, 9), right(470, y, each, 9)]
        items += [right(550, y, f"{int(qty) * float(each):.2f}", 9)]
    items += [text(420, 350, "Valor total", 9), right(550, 350, "$565.00", 9)]
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Limpieza de salida 2 rec. - Depto. 601", "1", "195.00"),
        ("Retiro de basura y escombros", "2", "370.00"),
    ]
