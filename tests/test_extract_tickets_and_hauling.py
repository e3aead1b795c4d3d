"""More documents as vendors print them: a waste hauler's statement whose labels name the
service they are for ('Hauling Account'), a contractor's service ticket that sums its
charges twice, a Puerto Rican invoice whose services' total is the subtotal, a store's
sales receipt sold to no one by name, a Spanish invoice typed in a word processor, and
what a scan makes of them ('Billing Name 8 Address', 'arQmetrowaste.com', '21 449')."""

from __future__ import annotations

from dataclasses import replace

from docmatch.types import DocumentType, Word
from extract import extract_document
from extract.blocks import address_lines, join_address
from extract.formats import find_email_span
from extract.labels import find_hits
from extract.layout import Segment
from extract.letterhead import without_logo
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_forms_and_numbered_rows import rows, values
from tests.test_extract_read_by_content import grid, sums


def read(pages: list, size: tuple[float, float] = (612, 792)):  # type: ignore[no-untyped-def, type-arg]
    return extract_document(read_pdf(draw_pdf(pages, size=size)).pages)


def ticket_rows(
    rows: list[tuple[str, ...]], totals: list[tuple[float, str, str]], at: float = 300
) -> list:  # type: ignore[type-arg]
    """A service ticket's priced rows under 'Qty | Material / Labor | Each | Amount', its
    totals at ``at``."""
    headings = ("Qty", "Material / Labor", "Each", "Amount")
    return grid(225, [headings, *rows], [31, 60, -330, -372]) + sums(at, totals, end=372)


def charges(
    y: float, rows: list[tuple[str, ...]], totals: list[tuple[float, str, str]], at: float
) -> list:  # type: ignore[type-arg]
    """A table of charges at ``y`` (headings first: text, count, price, amount), its
    totals at ``at``."""
    return grid(y, rows, [45, -330, -420, -500]) + sums(at, totals, end=500)


def hauling_statement() -> list:  # type: ignore[type-arg]
    items = [
        text(366, 25, "Commercial Waste Service Statement", 10, bold=True),
        text(84, 35, "Gulf Coast Disposal", 13, bold=True),
        text(356, 48, "Hauling Account", 8),
        right(567, 48, "455120-31877", 8),
        text(84, 54, "7710 Airline Dr, Suite 40", 8),
        text(84, 64, "Tampa, FL 33604", 8),
        text(356, 64, "Statement Control No.", 8),
        right(567, 64, "0288140032", 8),
        text(84, 74, "Customer Care: (813) 555-0142", 8),
        text(356, 82, "Statement Prepared", 8),
        right(567, 82, "Feb 22 2026", 8),
        text(356, 99, "Service Dates", 8),
        right(567, 99, "Jan 19 2026 to Feb 16 2026", 8),
        text(356, 116, "Hauling Payment Deadline", 8),
        right(567, 116, "Mar 14 2026", 8),
        text(40, 143, "Billing Name & Address", 8, bold=True),
        text(40, 157, "Harbor Point Apartments LLC", 9),
        text(40, 168, "1200 Bayshore Blvd", 9),
        text(40, 178, "Tampa, FL 33606", 9),
    ]
    items += grid(
        253,
        [
            ("Service Description", "Units", "Unit Charge", "Extended"),
            ("8 yd front-load container", "3", "642.31", "1,926.93"),
            ("Fuel/environmental surcharge", "1", "57.07", "57.07"),
        ],
        [45, -250, -310, -370],
    )
    items += sums(353, [(160, "Service Charges Before Tax", "$1,984.00")], end=370)
    return items


def test_a_label_names_the_service_it_is_for_with_its_value_beside() -> None:
    got = values(read([hauling_statement()]))
    assert got["account_number"] == "455120-31877"  # 'Hauling Account' | value
    assert got["due_date"] == "2026-03-14"  # 'Hauling Payment Deadline' | value
    assert got["invoice_number"] == "0288140032"
    assert got["customer_name"] == "Harbor Point Apartments LLC"


def service_ticket(totals: list[tuple[float, str, str]], serial: str = "73310") -> list:  # type: ignore[type-arg]
    items = [
        text(20, 20, "Lone Oak Electrical Contractors", 12, bold=True),
        text(440, 20, "SERVICE TICKET", 12, bold=True),
        text(20, 35, "880 N Main St, Suite 12", 8),
        text(440, 35, "Ticket Serial", 8),
        text(20, 45, "Austin, TX 78701", 8),
        text(440, 45, serial, 10, bold=True),
        text(20, 55, "Office: (512) 555-0187", 8),
        text(23, 96, "Charge To", 8, bold=True),
        text(26, 106, "Harbor Point Apartments LLC", 9),
        text(26, 116, "1200 Bayshore Blvd", 9),
        text(26, 126, "Tampa, FL 33606", 9),
    ]
    rows = [
        ("1", "Troubleshoot tripping circuit", "215.00", "215.00"),
        ("4.5", "Electrician labor", "140.00", "630.00"),
    ]
    return items + ticket_rows(rows, totals, at=367)


def test_a_ticket_that_sums_its_charges_twice_prints_its_subtotal_first() -> None:
    got = values(
        read(
            [
                service_ticket(
                    [(229, "Total Mat'l & Labor", "845.00"), (229, "Ticket Grand Sum", "845.00")]
                )
            ]
        )
    )
    assert got["invoice_number"] == "73310"
    assert (got["subtotal"], got["total"]) == ("845.00", "845.00")


def test_a_total_over_a_tax_line_and_their_sum_was_the_subtotal() -> None:
    """The grand total's label garbled ('Tickse Grand Gum'): the sum under the tax is
    the total all the same, and the total read above it the subtotal."""
    totals = [
        (229, "Total Mat'l & Labor", "845.00"),
        (229, "Sales Tax Added 8.25%", "69.71"),
        (229, "Tickse Grand Gum", "914.71"),
    ]
    got = values(read([service_ticket(totals)]))
    assert (got["subtotal"], got["tax"], got["total"]) == ("845.00", "69.71", "914.71")


def puerto_rico_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(32, 43, "EC", 20, bold=True),
        text(200, 43, "FACTURA DE SERVICIOS", 14, bold=True),
        text(362, 67, "Control de factura B-33561", 9),
        text(361, 81, "Día de facturación 04/01/2026", 9),
        text(20, 95, "Electricistas del Este", 12, bold=True),
        text(362, 95, "Pagadera antes del 18/02/2026", 9),
        text(335, 109, "Núm. de orden del cliente OC-93539", 9),
        text(20, 134, "Calle Loíza 4683, Suite 214", 9),
        text(20, 145, "Carolina, PR 00961", 9),
        text(20, 163, "Teléfono", 8, bold=True),
        text(20, 172, "787.626.7774", 9),
        text(200, 190, "CLIENTE FACTURADO", 9, bold=True),
        text(210, 202, "Condominio Vista Mar", 9),
        text(210, 213, "Ave. Ashford 1400", 9),
        text(210, 224, "San Juan, PR 00907", 9),
    ]
    items += grid(
        262,
        [
            ("Detalle del servicio", "Cant.", "Tarifa", "Valor"),
            ("Reflector LED de pared 40W", "2", "210.00", "420.00"),
            ("Mano de obra electricista", "4.5", "85.00", "382.50"),
        ],
        [205, -440, -500, -570],
    )
    items += sums(
        342,
        [
            (344, "Total de servicios", "$802.50"),
            (344, "IVU aplicado al servicio (11.5%)", "$92.29"),
            (344, "Monto facturado este mes", "$894.79"),
            (344, "Cantidad a remitir", "$894.79"),
        ],
        end=570,
    )
    return items


def test_a_labelled_date_or_number_beside_the_name_is_no_name() -> None:
    extraction = read([puerto_rico_invoice()])
    got = values(extraction)
    assert got["vendor_name"] == "Electricistas del Este"  # not 'Día de facturación 04/01/2026'
    assert got["invoice_date"] == "2026-01-04"
    assert got["po_number"] == "OC-93539"
    assert (got["subtotal"], got["tax"], got["total"]) == ("802.50", "92.29", "894.79")
    assert got["amount_due"] == "894.79"  # 'Cantidad a remitir'
    assert [a for *_, a in rows(extraction)] == ["420.00", "382.50"]


def sales_receipt(sold_to: str) -> list:  # type: ignore[type-arg]
    items = [
        text(30, 28, "Bluebonnet Hardware", 12, bold=True),
        text(370, 28, "SALES RECEIPT", 12, bold=True),
        text(30, 43, "6052 Walnut Hill Ln", 8),
        text(370, 43, "Sale Ticket", 8),
        right(567, 43, "068799", 8),
        text(30, 54, "Houston, TX 77089", 8),
        text(370, 57, "Rung Up", 8),
        right(567, 57, "03/15/2026", 8),
        text(30, 64, "Store phone: (713) 555-0191", 8),
        text(30, 111, "Sold To:", 8, bold=True),
        text(90, 111, sold_to, 8),
    ]
    items += grid(
        129,
        [
            ("Item No.", "Item Description", "Qty Sold", "Unit Price", "Ext. Price"),
            ("INT-1185", "INT PAINT EGGSHELL 1GAL", "4", "37.69", "150.76"),
            ("PVC-1037", "PVC ELBOW 1/2IN 90DEG", "9", "1.08", "9.72"),
        ],
        [35, 100, -330, -420, -560],
    )
    items += sums(
        175,
        [
            (351, "Goods Before Tax", "$160.48"),
            (351, "Sales Tax 8.25%", "$13.24"),
            (351, "Amount Rung", "$173.72"),
        ],
        end=560,
    )
    return items


def test_a_receipt_sold_to_no_one_by_name_has_no_customer() -> None:
    for sold_to in ("CASH SALE - WALK IN CUSTOMER", "Job / Reference: PALM COURT RESIDENCES"):
        got = values(read([sales_receipt(sold_to)]))
        assert got["invoice_number"] == "068799"  # 'Sale Ticket'
        assert "customer_name" not in got, sold_to
        assert got["total"] == "173.72"
    named = values(read([sales_receipt("Harbor Point Apartments LLC")]))
    assert named["customer_name"] == "Harbor Point Apartments LLC"


def word_processor_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(200, 47, "JARDINERÍA LAS PALMAS", 16, bold=True),
        text(221, 73, "1241 Royal Ln, San Antonio, TX 78236", 10),
        text(263, 86, "Cel. (972) 618-1837", 10),
        text(224, 100, "Núm. de contribuyente (EIN): 69-9422885", 10),
        text(64, 131, "FACTURA", 14, bold=True),
        text(64, 153, "Número de esta factura: 64952", 10),
        text(64, 167, "Fecha de hoy: 11-06-2025", 10),
        text(64, 181, "Se paga antes del: 12-21-2025", 10),
        text(64, 195, "Forma de pago: Crédito 45 días", 10),
        text(64, 219, "Para:", 10, bold=True),
        text(174, 219, "Harbor Point Apartments LLC", 10),
        text(174, 233, "1200 Bayshore Blvd", 10),
        text(174, 246, "Tampa, FL 33606", 10),
        text(64, 268, "Trabajo hecho en:", 10, bold=True),
        text(174, 268, "450 Fredericksburg Rd", 10),
        text(174, 281, "San Antonio, TX 78201", 10),
    ]
    items += grid(
        321,
        [
            ("Cant.", "Descripción del trabajo", "Precio c/u", "Total de la línea"),
            ("1", "Reparación de riego - zona 12", "235.00", "$235.00"),
            ("3", "Corte de pasto, orillado y soplado", "425.00", "$1,275.00"),
        ],
        [77, 110, -400, -520],
        step=20,
    )
    items += sums(
        381,
        [
            (378, "Suma de trabajos", "$1,510.00"),
            (307, "Impuesto de venta de Texas 8.25%", "$124.58"),
            (320, "Total a cobrar en esta factura", "$1,634.58"),
        ],
        end=520,
    )
    items += [
        text(
            64,
            450,
            "Mande su pago a: Jardinería Las Palmas, PO Box 955517, San Antonio, TX 78261",
            10,
        )
    ]
    return items


def test_a_word_processor_invoice_in_spanish_from_texas() -> None:
    got = values(read([word_processor_invoice()]))
    assert got["due_date"] == "2025-12-21"  # 'Se paga antes del:'
    assert got["invoice_date"] == "2025-11-06"  # the due date shows the month comes first
    assert got["payment_terms"] == "Crédito 45 días"  # 'Forma de pago:'
    assert got["vendor_tax_id"] == "69-9422885"  # 'Núm. de contribuyente (EIN):'
    assert got["service_address"] == "450 Fredericksburg Rd, San Antonio, TX 78201"
    assert got["remit_to_address"] == "PO Box 955517, San Antonio, TX 78261"
    assert (got["subtotal"], got["total"]) == ("1510.00", "1634.58")


def test_values_between_two_rows_of_labels_are_no_sign_of_captions_under_values() -> None:
    """'Date of Call | Terms | ...' over its values, and 'Charge To | Job Location' under
    them over the parties: the headings stand over their blocks, not under the dates."""
    items = [
        text(20, 20, "Lone Oak Electrical Contractors", 12, bold=True),
        text(440, 20, "SERVICE TICKET", 12, bold=True),
        text(20, 35, "880 N Main St, Suite 12", 8),
        text(20, 45, "Austin, TX 78701", 8),
    ]
    items += [  # the order and the date to pay by left blank
        text(23, 72, "Date of Call", 8),
        text(120, 72, "Cust. Order #", 8),
        text(300, 72, "Terms", 8),
        text(400, 72, "Pay Ticket By", 8),
        text(23, 82, "3/30/26", 9),
        text(300, 82, "Net 45", 9),
    ]
    items += [
        text(23, 96, "Charge To", 8, bold=True),
        text(300, 96, "Job Location", 8, bold=True),
        text(26, 106, "Harbor Point Apartments LLC", 9),
        text(26, 116, "1200 Bayshore Blvd", 9),
        text(26, 126, "Tampa, FL 33606", 9),
    ]
    items += ticket_rows(
        [("1", "Electrician labor", "140.00", "140.00")], [(229, "Ticket Total", "140.00")]
    )
    got = values(read([items]))
    assert got["customer_name"] == "Harbor Point Apartments LLC"
    assert got["bill_to_address"] == "1200 Bayshore Blvd, Tampa, FL 33606"
    assert got["payment_terms"] == "Net 45"


def ocr_segment(*words: str) -> Segment:
    x = 0.0
    placed = []
    for word in words:
        placed.append(Word(word, (x, 0.0, x + 8 * len(word), 10.0), 0.95, 0))
        x += 8 * len(word) + 5
    return Segment(1, 0, tuple(placed))


def test_what_a_scan_makes_of_labels_mails_numbers_and_towns() -> None:
    hits = find_hits(ocr_segment("Billing", "Name", "8", "Address"), fuzzy=True)
    assert hits and hits[0].end == 4 and hits[0].names("bill_to") is not None
    assert find_email_span("E-mail: arQmetrowaste.com")[0] == "ar@metrowaste.com"  # type: ignore[index]
    assert find_email_span("Email contabilidadO pinturas.com")[0] == "contabilidad@pinturas.com"  # type: ignore[index]
    assert find_email_span("E-mail: OFFICE HOURS") is None
    garbled = address_lines(["xs", "Calle Loíza 1850", "San Juan, n, PR PR 0090 7"])
    assert join_address(garbled) == "Calle Loíza 1850, San Juan, PR 00907"
    spotted = ["Ave. Ashford 1400", "San Juan, P PR 00907"]
    assert join_address(address_lines(spotted)) == "Ave. Ashford 1400, San Juan, PR 00907"
    ticket = service_ticket([(229, "Ticket Total", "845.00")], serial="21 449")
    assert values(read([ticket]))["invoice_number"] == "21449"  # one number a gap split


def test_a_form_s_blank_lines_are_no_part_of_a_description() -> None:
    """A scan reads the blank a hand filled in as underscores beside the words ('pump __')."""
    items = [text(440, 20, "SERVICE TICKET", 12, bold=True), text(20, 20, "Lone Oak Electric", 12)]
    items += ticket_rows(
        [
            ("1", "Dishwasher drain pump", "115.00", "115.00"),
            ("2", "Service call", "55.00", "110.00"),
        ],
        [(229, "Ticket Total", "225.00")],
    )
    page = read_pdf(draw_pdf([items])).pages[0]
    pump = next(w for w in page.words if w.text == "pump")
    service = next(w for w in page.words if w.text == "Service" and w.bbox[1] > 200)
    _, top, x1, bottom = pump.bbox
    blanks = (
        Word("__", (x1 + 3, top, x1 + 20, bottom), 0.6, pump.line),
        Word(
            "___",
            (service.bbox[0] - 22, service.bbox[1], service.bbox[0] - 3, service.bbox[3]),
            0.6,
            service.line,
        ),
    )
    scanned = replace(
        page, words=tuple(sorted((*page.words, *blanks), key=lambda w: (w.line, w.bbox[0])))
    )
    assert [(d, a) for d, _, _, a in rows(extract_document([scanned]))] == [
        ("Dishwasher drain pump", "115.00"),
        ("Service call", "110.00"),
    ]


def test_a_logo_and_its_specks_beside_an_address_line_are_no_part_of_it() -> None:
    heights = {"all": 116.0, "!": 91.0, "Rd,": 57.0, "Unit": 57.0}
    x, placed = 150.0, []
    for word in ("all", "!", "200", "Westheimer", "Rd,", "Unit", "86"):
        height = heights.get(word, 24.0)
        placed.append(
            Word(word, (x, 240 - height / 2, x + 20 * len(word), 240 + height / 2), 0.9, 3)
        )
        x += 20 * len(word) + 12
    stripped = without_logo(Segment(1, 3, tuple(placed)))
    assert stripped is not None and stripped.text == "200 Westheimer Rd, Unit 86"


def test_an_amount_whose_point_a_scan_lost_is_its_price_times_its_count() -> None:
    items = [
        text(30, 28, "Metro Office Supply Co.", 12, bold=True),
        text(370, 28, "SALES RECEIPT", 12),
    ]
    items += grid(
        129,
        [
            ("Item Description", "Qty Sold", "Unit Price", "Ext. Price"),
            ("Toner cartridge black HP 58A", "1", "113.21", "11321"),
            ("Shipping labels 2x4 (1000)", "2", "31.77", "6354"),
            ("Key tags assorted (100)", "3", "12.31", "36.93"),
            ("Labor, hours", "10", "400.00", "4000"),  # printed without cents, and right
        ],
        [35, -330, -420, -560],
    )
    got = [a for *_, a in rows(read([items]))]
    assert got == ["113.21", "63.54", "36.93", "4000"]


def test_a_spanish_invoice_from_the_states_writes_the_month_first() -> None:
    """No date shows its order, nor do the days between them (65 or 91, no usual
    term): a sender in Texas writes the month first in Spanish too; one in Puerto Rico
    the day first. Either way the order is doubtful."""
    for town, issued, due in (
        ("San Antonio, TX 78236", "2026-02-07", "2026-05-09"),
        ("Guaynabo, PR 00927", "2026-07-02", "2026-09-05"),
    ):
        items = [
            text(64, 47, "PINTURAS Y ACABADOS MORALES", 16, bold=True),
            text(64, 73, f"1873 Calle Royal, {town}", 10),
            text(64, 131, "FACTURA", 14, bold=True),
            text(64, 153, "Número de esta factura: 84516", 10),
            text(64, 167, "Fecha de hoy: 02-07-2026", 10),
            text(64, 181, "Fecha de vencimiento: 05-09-2026", 10),
            text(64, 219, "Facturar a:", 10, bold=True),
            text(174, 219, "Harbor Point Apartments LLC", 10),
            text(174, 233, "1200 Bayshore Blvd", 10),
            text(174, 246, "Tampa, FL 33606", 10),
        ]
        items += sums(300, [(378, "Total", "$1,510.00")], end=520)
        extraction = read([items])
        got = values(extraction)
        assert (got["invoice_date"], got["due_date"]) == (issued, due), town
        assert extraction.fields["invoice_date"].confidence < 0.75


def test_party_headings_a_word_qualifies_in_a_row_of_them() -> None:
    items = [
        text(231, 89, "ProCoat Painting", 14, bold=True),
        text(206, 105, "4125 Westheimer Rd, Irving, TX 75056", 9),
        text(196, 135, "WORK COMPLETION INVOICE", 12, bold=True),
        text(40, 168, "Billed Party", 8, bold=True),
        text(230, 168, "Units Serviced At", 8, bold=True),
        text(420, 168, "Payment Address", 8, bold=True),
    ]
    for y, cells in (
        (183, ("Harbor Point Apartments LLC", "Mesquite Springs Villas", "ProCoat Painting")),
        (194, ("1200 Bayshore Blvd", "450 Fredericksburg Rd", "PO Box 4410")),
        (205, ("Tampa, FL 33606", "San Antonio, TX 78201", "Irving, TX 75056")),
    ):
        items += [text(x, y, cell, 9) for x, cell in zip((40, 230, 420), cells, strict=True)]
    items += grid(
        243,
        [("Billing No.", "Date of Bill", "Settle By"), ("G-28144", "11/04/2025", "12/04/2025")],
        [64, 200, 320],
        step=15,
    )
    items += charges(
        295,
        [
            ("Work Performed", "Qty", "Price Per", "Extended"),
            ("Full interior paint 1BR - Unit 106", "1", "450.00", "450.00"),
        ],
        [(400, "Invoice Total", "$450.00")],
        at=340,
    )
    got = values(read([items]))
    assert got["customer_name"] == "Harbor Point Apartments LLC"  # 'Billed Party'
    assert (
        got["service_address"]
        == "Mesquite Springs Villas, 450 Fredericksburg Rd, San Antonio, TX 78201"
    )
    assert got["remit_to_address"] == "PO Box 4410, Irving, TX 75056"


def test_a_heading_over_its_block_with_a_labelled_value_beside_it() -> None:
    items = [
        text(40, 52, "Green Acres Landscaping", 14, bold=True),
        text(400, 52, "SERVICE INVOICE", 11, bold=True),
        text(40, 70, "1704 Walnut Hill Ln Dallas, TX 75219 Office: 713.376.2635", 9),
        text(45, 143, "Invoiced Party", 8, bold=True),
        text(300, 143, "Statement Ref: 72364", 8),
        text(45, 158, "Harbor Point Apartments LLC", 9),
        text(300, 158, "Issued: 7 January 2026", 8),
        text(45, 170, "1200 Bayshore Blvd", 9),
        text(300, 170, "Payment Schedule: Net 45", 8),
        text(45, 181, "Tampa, FL 33606", 9),
        text(45, 225, "Grounds Serviced", 8, bold=True),
        text(300, 225, "Client Order No.: PO2026-31711", 8),
        text(45, 241, "Mesquite Springs", 9),
        text(45, 252, "410 Fredericksburg Rd, Apt 205", 9),
        text(45, 263, "San Antonio, TX 78201", 9),
    ]
    items += charges(
        297,
        [
            ("Scheduled Work", "Visits", "Per Visit", "Charge"),
            ("Mowing, edging and blowing", "3", "800.00", "2,400.00"),
        ],
        [(400, "Statement Total", "$2,400.00")],
        at=340,
    )
    got = values(read([items]))
    assert got["vendor_address"] == "1704 Walnut Hill Ln Dallas, TX 75219"  # not its phone
    assert got["customer_name"] == "Harbor Point Apartments LLC"  # 'Invoiced Party'
    assert got["po_number"] == "PO2026-31711"  # 'Client Order No.': the client's order, no party
    assert (
        got["service_address"]
        == "Mesquite Springs, 410 Fredericksburg Rd, Apt 205, San Antonio, TX 78201"
    )
    assert got["payment_terms"] == "Net 45"  # 'Payment Schedule:'


def test_a_cfdi_s_form_of_payment_is_no_terms_nor_another_body_s_number_a_tax_id() -> None:
    items = [
        text(40, 41, "Climas del Norte S.A. de C.V.", 13, bold=True),
        text(400, 41, "FACTURA", 13, bold=True),
        text(40, 58, "Av. Constitución 1450, Monterrey, N.L. C.P. 64000", 8),
        text(40, 70, "RFC: CLI900102PT3", 8),
        text(40, 100, "Folio: A-2231", 9),
        text(40, 112, "Fecha de emisión: 20/03/2026", 9),
        text(40, 124, "Forma de pago: 03 - Transferencia electrónica de fondos", 9),
        text(40, 136, "Método de pago: PUE - Pago en una sola exhibición", 9),
        text(40, 148, "EPA Reg. No. 21154-356", 9),
    ]
    items += charges(
        180,
        [
            ("Descripción", "Cantidad", "Precio", "Importe"),
            ("Mantenimiento preventivo", "1", "650.00", "650.00"),
        ],
        [(400, "Subtotal", "$650.00"), (400, "IVA 16%", "$104.00"), (400, "Total", "$754.00")],
        at=230,
    )
    got = values(read([items]))
    assert "payment_terms" not in got
    assert got["vendor_tax_id"] == "CLI900102PT3"
    forma = [text(40, 124, "Forma de pago: Crédito 45 días", 9)]
    assert values(read([items[:6] + forma + items[9:]]))["payment_terms"] == "Crédito 45 días"


def test_the_words_of_the_work_billed_do_not_name_the_document() -> None:
    """'Inspección con cámara de drenaje' and 'Cambio de ...' describe a plumber's items;
    they make the service order neither an inspection nor a till's change."""
    items = [
        text(40, 41, "Plomería Hernández", 13, bold=True),
        text(400, 54, "ORDEN DE SERVICIO", 12, bold=True),
        text(40, 58, "Av. Constitución 1450, Monterrey, N.L. C.P. 64000", 8),
        text(46, 134, "SOLICITANTE", 8, bold=True),
        text(300, 134, "Orden Núm.", 8),
        text(420, 134, "F-50054", 8),
        text(46, 148, "Brightwater Residencial S. de R.L. de C.V.", 9),
        text(300, 148, "Liquidar antes del", 8),
        text(420, 148, "12 nov. 2025", 8),
    ]
    items += grid(
        305,
        [
            ("Clave", "Trabajo efectuado", "U.M.", "Cantidad", "Costo unitario", "Monto"),
            ("TOI-1185", "Cambio de anillo de cera - Depto. 302", "pza", "1", "130.00", "130.00"),
            ("CAM-1296", "Inspección con cámara de drenaje", "pza", "1", "425.00", "425.00"),
            (
                "REP-1074",
                "Reemplazo de llave de cocina - Depto. 802",
                "pza",
                "1",
                "165.00",
                "165.00",
            ),
        ],
        [45, 100, 300, -380, -460, -540],
    )
    items += sums(
        400,
        [
            (400, "Suma parcial", "$720.00"),
            (400, "I.V.A. (16%)", "$115.20"),
            (400, "Monto total", "$835.20"),
        ],
        end=540,
    )
    extraction = read([items])
    assert extraction.document_type == DocumentType.INVOICE
    got = values(extraction)
    assert got["subtotal"] == "720.00"  # 'Suma parcial'
    assert got["invoice_number"] == "F-50054"  # 'Orden Núm.' on the order: its own number
    assert "po_number" not in got
