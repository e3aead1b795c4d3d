"""Documents that bill work visit by visit, unit by unit or stage by stage: a grounds
contractor's visit log (each visit's date and crew over its rows, notes beside the
sums), an elevator contractor's quarterly invoice (the unit and its equipment beside each
row, a ticket in small type under it), a Mexican CFDI (each concept's tax under it), a
Puerto Rican contractor's bill over two pages, a water bill's charges without headings,
a hardware store's pad with a Roman month, a progress billing's schedule of values
under a heading of two lines, a pool company's invoice from an accounting package and
a locksmith's work order filled in by hand."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from benchmarks.accuracy import items_right
from docmatch.types import Word
from extract import extract_document
from extract.classify import classify
from extract.formats import Conventions, find_dates
from extract.tables import _note_under
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read


def described(extraction) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(str(item.amount), item.description) for item in extraction.line_items]


def values(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: field.value for name, field in extraction.fields.items()}


def visit_log() -> list:  # type: ignore[type-arg]
    visits = [  # a visit's date and crew, then its rows indented under them
        ("Wed 10/01/25", "Crew leader D. Pham, on site 9:00 AM - 11:30 AM"),
        ("Mow, edge, string trim and blow off hard surfaces", "41.00", "246.00"),
        ("Irrigation inspection and controller adjustment", "80.00", "200.00"),
        ("Crew note: Pet waste stations restocked at the office's request.",),
        ("Wed 10/08/25", "Crew leader C. Whitley, on site 7:30 AM - 9:00 AM"),
        ("Shrub pruning, bed weeding and litter pickup", "41.00", "205.00"),
        ("Irrigation repair - zone 11", "200.00", "200.00"),
    ]
    items = [
        text(92, 40, "Green Acres Landscaping", 14, bold=True),
        text(375, 40, "GROUNDS MAINTENANCE INVOICE", 11, bold=True),
        text(40, 80, "177 Fredericksburg Rd, Ste 355, Houston, TX 77024", 8),
        text(330, 117, "Maintenance Bill #", 8),
        right(568, 117, "85000", 8),
        text(330, 133, "Bill Prepared On", 8),
        right(568, 133, "Nov. 3, 2025", 8),
        text(40, 265, "VISIT LOG & CHARGES", 9, bold=True),
    ]
    items += grid(284, [("Visit", "Work Performed", "Rate", "Charge")], [44, 110, -502, -568])
    y = 300.0
    for row in visits:
        if len(row) == 2:
            items += [text(44, y, row[0], 8), text(110, y, row[1], 8)]
        else:
            items.append(text(116, y, row[0], 8))
            items += [right(502, y, row[1], 8), right(568, y, row[2], 8)] if len(row) == 3 else []
        y += 13
    items += [
        text(40, y + 24, "Contract crews are billed by the man-hour at the agreement rate;", 7),
        text(322, y + 24, "Crew Labor & Materials", 8),
        right(568, y + 24, "$851.00", 8),
        text(40, y + 33, "extra work is billed as performed. Call the office within 10 days.", 7),
        text(322, y + 39, "This Month's Maintenance Charges", 8),
        right(568, y + 39, "$851.00", 8),
        text(322, y + 54, "Balance to Remit", 8, bold=True),
        right(568, y + 54, "$851.00", 8),
        text(222, 647, "Please detach and return this portion with your payment", 7),
        text(327, 689, "Maintenance Bill #", 8),
        right(568, 689, "85000", 8),
        text(327, 755, "Amount Enclosed", 8),
        text(440, 755, "$", 8),
        text(289, 777, "Page 1 of 1", 7),
    ]
    return items


def test_a_visit_log_reads_each_visits_rows_without_its_crew_or_notes_and_its_sums() -> None:
    extraction = read([visit_log()])
    assert described(extraction) == [
        ("246.00", "Mow, edge, string trim and blow off hard surfaces"),
        ("200.00", "Irrigation inspection and controller adjustment"),
        ("205.00", "Shrub pruning, bed weeding and litter pickup"),
        ("200.00", "Irrigation repair - zone 11"),
    ]
    found = values(extraction)
    assert found["subtotal"] == found["total"] == found["amount_due"] == "851.00"
    assert found["invoice_number"] == "85000"


def elevator_invoice() -> list:  # type: ignore[type-arg]
    headings = ("Unit", "Equipment", "Description", "From", "To", "Qty", "Unit Rate", "Amount")
    xs = [40, 84, 234, 424, 492, -582, -678, -752]
    units = [
        ("CAR 1", "Hydraulic passenger, 4 stops, North core", "Elevator maintenance - monthly",
         "01-JAN-2026", "31-MAR-2026", "3", "740.00", "2,220.00", "State No. 85529", ""),
        ("CAR 1", "Hydraulic passenger, 4 stops, North core", "Safety test and load inspection",
         "11-JAN-2026", "11-JAN-2026", "1", "850.00", "850.00", "State No. 85529",
         "Service ticket 4960230 - mechanic E. Santos"),
        ("CAR 2", "Traction, 5 stops, Garage lobby", "Door operator belt",
         "11-JAN-2026", "11-JAN-2026", "2", "232.00", "464.00", "State No. 10867",
         "Service ticket 4751182 - mechanic P. Alvarez"),
    ]  # fmt: skip
    items = [
        text(36, 28, "Bright Spark Electric", 15, bold=True),
        text(36, 44, "Vertical Transportation Services", 7.8),
        text(493, 28, "QUARTERLY MAINTENANCE INVOICE", 13, bold=True),
        text(36, 72, "8596 Westheimer Rd, Suite 427", 7.6),
        text(36, 82, "Houston, TX 77059", 7.6),
        text(36, 92, "Service & Dispatch (24 h): 713-435-9385", 7.6),
        text(536, 90, "Billing Document No.", 7.6),
        text(624, 90, "INV-072613", 7.6),
        text(555, 103, "Document Date", 7.6),
        text(624, 103, "06-FEB-2026", 7.6),
        text(539, 116, "Net Amount Due On", 7.6),
        text(624, 116, "21-FEB-2026", 7.6),
    ]
    items += grid(227, [headings], xs)
    y = 242.0
    for unit, equipment, what, start, end, qty, rate, amount, state, ticket in units:
        items += grid(y, [(unit, equipment, what, start, end, qty, rate, amount)], xs)
        items.append(text(84, y + 10, state, 6.4))
        if ticket:
            items.append(text(234, y + 10, ticket, 6.4))
        y += 23
    items += [
        text(486, y + 20, "Quarterly Charges Before Tax", 8),
        right(752, y + 20, "3,534.00", 8),
    ]
    return items


def test_an_elevator_invoice_reads_the_description_column_beside_the_unit_and_its_equipment() -> (
    None
):
    extraction = read([elevator_invoice()], size=(792, 612))
    assert described(extraction) == [
        ("2220.00", "Elevator maintenance - monthly"),
        ("850.00", "Safety test and load inspection"),
        ("464.00", "Door operator belt"),
    ]
    found = values(extraction)
    assert found["vendor_name"] == "Bright Spark Electric"  # its trade's line is no part of it
    assert found["vendor_address"].startswith("8596 Westheimer Rd")
    assert found["due_date"] == "2026-02-21"


def cfdi() -> list:  # type: ignore[type-arg]
    items = [
        text(84, 30, "EMISOR", 8, bold=True),
        text(338, 30, "FACTURA", 10, bold=True),
        text(84, 45, "Control de Plagas Fumigax S.A. de C.V.", 10, bold=True),
        text(335, 45, "Folio interno de la factura", 7),
        text(551, 45, "K73208", 7),
        text(84, 78, "Av. Constitución 1450, Col. Centro, Monterrey, N.L. 64000", 7),
        text(335, 85, "Expedida en fecha", 7),
        text(489, 85, "2026-01-02", 7),
        text(36, 160, "Nombre o razón social:", 7),
        text(150, 160, "Brightwater Residencial S. de R.L. de C.V.", 7),
        text(345, 215, "Pagadera a más tardar el: 2026-02-16", 7),
    ]
    headings = ("Cantidad", "Descripción", "Valor unitario", "Importe")
    items += grid(265, [headings], [34, 180, -520, -580])
    y = 280.0
    for what, price, amount, tax in (
        ("Tratamiento térmico de chinches - Depto. 102", "650.00", "650.00", "104.00"),
        ("Inspección de termitas", "185.00", "185.00", "29.60"),
    ):
        items += grid(y, [("1", what, price, amount)], [34, 180, -520, -580])
        items.append(
            text(
                180,
                y + 10,
                f"Objeto imp.: 02 - Sí objeto de impuesto | Base {amount} | Importe {tax}",
                5.6,
            )
        )
        y += 26
    items += [
        text(356, y + 20, "Suma de los conceptos", 7),
        right(580, y + 20, "$835.00", 7),
        text(356, y + 34, "IVA trasladado (002) tasa 16%", 7),
        right(580, y + 34, "$133.60", 7),
        text(356, y + 48, "Total con impuestos", 7),
        right(580, y + 48, "$968.60", 7),
    ]
    return items


def test_a_cfdi_leaves_each_concepts_tax_out_of_its_items() -> None:
    extraction = read([cfdi()])
    assert described(extraction) == [
        ("650.00", "Tratamiento térmico de chinches - Depto. 102"),
        ("185.00", "Inspección de termitas"),
    ]
    found = values(extraction)
    assert (found["subtotal"], found["tax"], found["total"]) == ("835.00", "133.60", "968.60")
    assert found["due_date"] == "2026-02-16"  # 'Pagadera a más tardar el:'


def puerto_rico_bill() -> list:  # type: ignore[type-arg]
    head = [
        text(46, 41, "Aire Acondicionado Borinquen", 12, bold=True),
        text(46, 58, "Calle Méndez Vigo 2812, Suite 209", 8),
        text(46, 70, "Carolina, PR 00968", 8),
        text(345, 41, "CLIENTE", 8, bold=True),
        text(345, 58, "Brightwater Residential Management LLC", 8),
        text(345, 93, "Cliente núm.: 085785", 8),
        text(46, 149, "FACTURA", 14, bold=True),
    ]
    headings = [("Ref.", "Concepto", "Precio unit.", "Importe")]
    xs = [50, 108, -490, -570]
    first = [*head, *grid(253, headings, xs)]
    first += grid(268, [(f"FIL-{n}", f"Cambio de filtro 20x20x1 - Depto. C{n}", "15.00", "15.00")
                        for n in range(1, 9)], xs)  # fmt: skip
    first += [text(433, 420, "Suma y sigue", 8), right(570, 420, "120.00", 8)]
    second = [
        *grid(60, headings, xs),
        text(108, 76, "Suma anterior", 8),
        right(570, 76, "120.00", 8),
    ]
    second += grid(90, [("FIL-9", "Cambio de filtro 20x20x1 - Depto. B5", "15.00", "15.00")], xs)
    second += [
        text(46, 138, "FORMA DE PAGO", 8, bold=True),
        text(334, 143, "Base sujeta a IVU", 8),
        right(570, 143, "$135.00", 8),
        text(46, 151, "Transferencia ACH a FirstBank Puerto Rico, cuenta 352294098, ruta", 8),
        text(334, 160, "IVU de servicios B2B al 4%", 8),
        right(570, 160, "$5.40", 8),
        text(334, 176, "Total de la presente factura", 8),
        right(570, 176, "$140.40", 8),
        text(46, 185, "Envíe su pago a: Aire Acondicionado Borinquen, Calle Méndez Vigo", 8),
        text(46, 195, "2812, Suite 209, Carolina, PR 00968", 8),
    ]
    return [first, second]


def test_a_bill_carried_over_a_page_keeps_its_items_its_customer_number_and_payee() -> None:
    extraction = read(puerto_rico_bill())
    assert len(extraction.line_items) == 9  # 'Suma y sigue' ends no table, is no sum
    found = values(extraction)
    assert found["account_number"] == "085785"  # not the bank account paid into
    assert found["subtotal"] == "135.00" and "previous_balance" not in found
    assert found["remit_to_address"].startswith("Calle Méndez Vigo")


def water_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(64, 20, "South Florida Water & Sewer Authority", 11, bold=True),
        text(64, 30, "Utility Billing Division", 7),
        text(64, 42, "8410 Coral Way, Suite 217, Orlando, FL 32890", 7),
        text(16, 58, "Customer Service 407-770-4725", 7),
        text(22, 75, "WATER & SEWER BILL", 10, bold=True),
        text(21, 100, "Account No.", 7),
        right(290, 100, "404840-51017", 7),
        text(21, 125, "Bill Mail Date", 7),
        right(290, 125, "MAR 30, 2026", 7),
        text(21, 138, "Service From / To", 7),
        right(290, 138, "FEB 24, 2026 - MAR 25, 2026", 7),
        text(21, 175, "Payment Must Be Received By", 7),
        right(290, 175, "APR 20, 2026", 7),
        text(21, 348, "ACCOUNT SUMMARY", 8, bold=True),
        text(21, 364, "Previous Bill Amount", 7),
        right(290, 364, "$1,286.64", 7),
        text(21, 377, "Payment(s) Received", 7),
        right(290, 377, "-$1,286.64", 7),
        text(21, 390, "New Charges", 7),
        right(290, 390, "$1,043.46", 7),
        text(21, 402, "Amount Due by Due Date", 7, bold=True),
        right(290, 402, "$1,043.46", 7),
        text(16, 479, "CURRENT CHARGES", 8, bold=True),
        text(16, 493, "WATER", 7, bold=True),
    ]
    y = 502.0
    sections = [
        [('WATER BASE CHARGE - 3" METER', "52.61"), ("WATER USAGE TIER 1: 0-30 KGAL", "192.00")],
        [("SEWER VOLUME CHARGE", "778.39")],
        [("STORM WATER FEE", "20.46")],
    ]
    for charges in sections:
        for name, amount in charges:
            items += [text(22, y, name, 7), right(290, y, amount, 7)]
            y += 9
        total = sum((Decimal(a) for _, a in charges), Decimal(0))
        items += [text(201, y, "Service total", 7), right(290, y, f"{total:,.2f}", 7)]
        y += 20
    items += [
        text(16, y, "Total New Charges This Bill", 7, bold=True),
        right(290, y, "$1,043.46", 7),
    ]
    return items


def test_a_water_bill_reads_its_charges_by_section_and_its_dates_and_amount_due() -> None:
    extraction = read([water_bill()], size=(306, 1008))
    assert [a for a, _ in described(extraction)] == ["52.61", "192.00", "778.39", "20.46"]
    found = values(extraction)
    assert "subtotal" not in found  # each 'Service total' closes a section only
    assert found["amount_due"] == found["total"] == "1043.46"
    assert found["due_date"] == "2026-04-20" and found["service_period_end"] == "2026-03-25"
    assert found["invoice_date"] == "2026-03-30"  # 'Bill Mail Date'
    assert found["vendor_phone"] == "4077704725"


def test_a_roman_month_is_read() -> None:
    conv = Conventions()
    assert [d.value.isoformat() for d in find_dates("Lugar y fecha: 26/XII/25", conv)] == [
        "2025-12-26"
    ]
    assert [d.value.isoformat() for d in find_dates("__10.iii.2026", conv)] == ["2026-03-10"]
    assert find_dates("Section IV/2 of the contract", conv) == []


def nota_de_venta() -> list:  # type: ignore[type-arg]
    items = [
        text(56, 25, "FERRETERÍA EL MARTILLO", 10, bold=True),
        text(56, 43, "Calle Morelos 9073, Guadalupe, N.L. 67916", 7),
        text(208, 43, "Folio", 7),
        text(226, 56, "03510", 9),
        text(18, 96, "Lugar y fecha: Guadalupe, N.L.", 7),
        text(132, 96, "26/XII/25", 9),
    ]
    items += grid(154, [("CANT.", "ARTÍCULO", "P. UNIT.", "IMPORTE")], [25, 55, -225, -282])
    sold = [("2", "RESANADOR 1KG", "8.46", "16.92"), ("3", "CODO PVC 1/2", "0.59", "1.77")]
    items += grid(168, sold, [32, 55, -225, -282])
    items += [
        text(184, 280, "TOTAL $", 8),
        right(282, 280, "18.69", 9),
        text(184, 297, "A CUENTA $", 8),
        right(282, 297, "10.00", 9),
        text(184, 315, "RESTA $", 8),
        right(282, 315, "8.69", 9),
    ]
    return items


def test_a_pads_sale_note_reads_its_roman_date_and_what_is_left_to_pay() -> None:
    extraction = read([nota_de_venta()], size=(306, 396))
    found = values(extraction)
    assert found["invoice_date"] == "2025-12-26"
    assert found["amount_due"] == "8.69" and "account_number" not in found


def test_item_headings_and_a_total_make_a_sale_whose_title_was_lost() -> None:
    # the title and the labels around the total misread: the headings still tell
    page = [
        text(56, 25, "38 MATERIALES Y FERRETERIA", 10, bold=True),
        text(211, 25, "MM DE AUS", 10),
        *grid(154, [("CANT.", "ARTICULO", "P. UNIT.", "IMPORTE")], [25, 55, -225, -282]),
        *grid(168, [("3", "SAPO PARA WC UNIV", "7.86", "23.58")], [32, 55, -225, -282]),
        text(184, 280, "TOTAL $", 8),
        right(282, 280, "23.58", 9),
    ]
    pages = read_pdf(draw_pdf([page], size=(306, 396))).pages
    assert classify(pages).document_type.value == "invoice"


def pay_application() -> list:  # type: ignore[type-arg]
    items = [
        text(30, 31, "Fresh Coat Roofing", 12, bold=True),
        text(486, 24, "8409 W Flagler St, Unit 323, Miami, FL 33172", 7),
        text(227, 93, "PROGRESS BILLING", 12, bold=True),
        text(35, 132, "OWNER", 7, bold=True),
        text(36, 146, "Brightwater Residential Management LLC", 8),
        text(36, 156, "4100 Spring Valley Rd, Suite 300", 8),
        text(36, 167, "Dallas, TX 75244", 8),
        text(391, 135, "Progress Invoice No.", 7),
        text(533, 135, "INV-037273", 7),
    ]
    upper = ("Item", "", "", "From Previous", "", "Total Completed", "", "Balance to Finish", "")
    lower = ("No.", "Description of Work", "Scheduled Value", "Applications", "Work This Period",
             "to Date (D + E)", "% (F / C)", "(C - F)", "Retainage")  # fmt: skip
    xs = [33, 63, -255, -313, -371, -431, -471, -531, -580]
    rows = [  # scheduled, before, this period, to date, share, balance, retainage
        ("1", "Mobilization and permits", "550.00", "550.00", "0.00", "550.00", "100.00%",
         "0.00", "55.00"),
        ("2", "Pressure wash roof surface", "2,780.00", "1,807.00", "973.00", "2,780.00",
         "100.00%", "0.00", "278.00"),
        ("3", "Primer coat", "3,350.00", "0.00", "837.50", "837.50", "25.00%", "2,512.50",
         "83.75"),
    ]  # fmt: skip
    items += grid(248, [upper], xs, step=8) + grid(256, [lower, *rows], xs, step=14)
    items += [
        text(368, 522, "Value of Work Performed This Period", 7),
        right(580, 522, "$ 1,810.50", 7),
        text(368, 540, "Less Retainage Withheld (10%)", 7),
        right(580, 540, "$ 181.05", 7),
        text(36, 616, "8. Current Payment Due (6 - 7)", 7),
        right(320, 616, "$ 1,629.45", 7),
    ]
    return items


def test_a_progress_billing_reads_the_work_of_the_period_under_its_two_line_headings() -> None:
    extraction = read([pay_application()])
    assert described(extraction) == [
        ("0.00", "Mobilization and permits"),
        ("973.00", "Pressure wash roof surface"),
        ("837.50", "Primer coat"),
    ]
    expected = [
        {"amount": "0.00", "description": "Mobilization and permits"},
        {"amount": "973.00", "description": "Pressure wash roof surface"},
        {"amount": "837.50", "description": "Primer coat"},
    ]
    assert items_right(extraction.line_items, expected) == (3, 3, 0)  # none billed counts
    found = values(extraction)
    assert found["total"] == "1810.50" and found["amount_due"] == "1629.45"
    assert found["customer_name"] == "Brightwater Residential Management LLC"  # 'OWNER'
    assert "vendor_tax_id" not in found  # '(C - F)' is a column's formula


def pool_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(104, 38, "Piscinas Caribe", 12, bold=True),
        text(478, 47, "Factura", 14, bold=True),
        text(104, 63, "Ave. Muñoz Rivera 4242, Guaynabo, PR 00915", 7),
        text(429, 122, "FACTURA N.°", 7, bold=True),
        right(570, 122, "2026-69495", 7),
        text(42, 205, "N.º DE CLIENTE", 7, bold=True),
        text(152, 205, "PERIODO SERVIDO", 7, bold=True),
        text(42, 216, "056848", 7),
        text(152, 216, "01 ene 2026 - 31 ene 2026", 7),
    ]
    xs = [46, 104, 222, 404, -450, -504, -566]
    items += grid(
        243, [("FECHA", "ACTIVIDAD", "DESCRIPCIÓN", "IVU", "CANT.", "TARIFA", "IMPORTE")], xs
    )
    items += [
        text(46, 265, "03 ene 2026 Servicio: Limpieza de filtro", 7),
        text(222, 265, "Limpieza de filtro de cartucho", 7),
        text(404, 265, "4%", 7),
        right(450, 265, "1", 7),
        right(504, 265, "120.00", 7),
        right(566, 265, "120.00", 7),
        text(360, 310, "SUBTOTAL", 7),
        right(566, 310, "$120.00", 7),
        text(360, 326, "IVU FACTURADO", 7),
        right(566, 326, "$4.80", 7),
        text(360, 341, "TOTAL DE FACTURA", 7),
        right(566, 341, "$124.80", 7),
        text(42, 356, "TARIFA", 7),
        text(210, 356, "IVU", 7),
        text(273, 356, "NETO", 7),
        text(360, 356, "PAGO", 7),
        right(566, 356, "-$124.80", 7),
    ]
    return items


def test_a_pool_invoice_reads_its_numbered_caption_its_descriptions_and_its_tax() -> None:
    extraction = read([pool_invoice()])
    assert described(extraction) == [("120.00", "Limpieza de filtro de cartucho")]
    found = values(extraction)
    assert found["account_number"] == "056848"  # 'N.º DE CLIENTE'
    assert found["tax"] == "4.80"  # not the payment beside 'IVU | NETO | PAGO'


def packing_invoice() -> bytes:
    """A packing invoice whose blocks are headed by 'SOLD TO' and 'SHIP TO' set up their
    side, as the classic forms print them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    height = letter[1]
    for x, y, s, size in (
        (72, 25, "Metro Office Supply Co.", 12),
        (320, 25, "INVOICE", 12),
        (572, 25, "INVOICE/PACKING NO.", 7),
        (520, 43, "59797", 8),
        (52, 146, "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC", 8),
        (52, 157, "4100 SPRING VALLEY RD, SUITE 300", 8),
        (52, 168, "DALLAS, TX 75244", 8),
    ):
        pdf.setFont("Helvetica", size)
        pdf.drawString(x, height - y, s)
    pdf.saveState()
    pdf.translate(40, height - 175)
    pdf.rotate(90)
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(0, 0, "SOLD TO")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_words_set_up_a_blocks_side_join_none_of_its_lines() -> None:
    pages = read_pdf(packing_invoice()).pages
    assert "D DALLAS" not in pages[0].text and "DALLAS, TX 75244" in pages[0].text
    found = values(extract_document(pages))
    assert found["bill_to_address"].endswith("DALLAS, TX 75244")


def work_order() -> list:  # type: ignore[type-arg]
    return [
        text(36, 30, "GUARDIAN ACCESS & ALARM", 11, bold=True),
        text(415, 30, "WORK ORDER & RECEIPT", 12, bold=True),
        text(36, 48, "9688 Colonial Dr", 8),
        text(37, 56, "Miami, FL 33116", 8),
        text(37, 65, "Ph. 407.274.7603", 8),
        text(500, 74, "W.O. No. 37916", 9),
        text(28, 146, "NAME", 6),
        text(113, 147, "Brightwater Residential Management LLC", 11),
        text(333, 141, "JOB LOCATION", 6),
        text(340, 157, "Lakeview at Colonial", 11),
        text(28, 166, "ADDRESS", 6),
        text(112, 167, "4100 Spring Valley Rd, Suite 300", 11),
        text(28, 183, "CITY / STATE / ZIP", 6),
        text(113, 184, "Dallas, TX 75244", 11),
        *grid(252, [("QTY", "MATERIAL / LABOR", "PRICE", "AMOUNT")], [43, 212, -470, -568]),
        *grid(
            266, [("19", "MASTER KEY PINNING PER CYL.", "48.00", "912.00")], [45, 77, -470, -568]
        ),
        text(356, 383, "TOTAL LABOR", 7),
        right(568, 383, "912.00", 11),
        text(356, 396, "SUB TOTAL CHARGES", 7),
        right(568, 396, "912.00", 11),
        text(46, 412, "CHARGE - LAST 4", 6),
        text(120, 412, "0555", 11),
        text(356, 412, "TAX ON PARTS", 7),
        text(356, 426, "WORK ORDER TOTAL", 7),
        right(568, 426, "912.00", 11),
    ]


def test_a_work_order_filled_in_by_hand_reads_its_captions_and_its_own_number() -> None:
    extraction = read([work_order()])
    found = values(extraction)
    assert found["vendor_name"] == "GUARDIAN ACCESS & ALARM"
    assert found["customer_name"] == "Brightwater Residential Management LLC"  # 'NAME'
    assert found["bill_to_address"].startswith("4100 Spring Valley Rd")
    assert found["invoice_number"] == "37916" and "po_number" not in found
    assert "tax" not in found and "previous_balance" not in found


def test_the_items_sum_under_them_is_the_subtotal_where_the_summary_stands_above() -> None:
    """A bill's summary prints its total over the charges; the sum under the charges, in
    words no list holds, is still their subtotal."""
    page = [
        text(40, 40, "Lone Star Power & Light", 12, bold=True),
        text(40, 56, "9199 Harry Hines Blvd, San Antonio, TX 78245", 8),
        text(36, 120, "YOUR ACCOUNT SUMMARY", 9, bold=True),
        text(36, 136, "Total Current Charges", 8),
        right(300, 136, "$1,476.93", 9),
        *grid(220, [("Charge", "Billed Usage", "Rate", "Amount")], [41, -300, -420, -560]),
        *grid(
            237,
            [
                ("Customer charge", "", "", "53.06"),
                ("On-peak energy", "8,422 kWh", "0.1557", "1,311.31"),
            ],
            [41, -300, -420, -560],
        ),
        text(326, 290, "Energy and Delivery Charges", 8),
        right(560, 290, "1,364.37", 8),
        text(326, 312, "Sales Tax 8.25%", 8),
        right(560, 312, "112.56", 8),
    ]
    found = values(read([page]))
    assert (found["subtotal"], found["tax"], found["total"]) == ("1364.37", "112.56", "1476.93")


def test_a_description_run_on_in_lower_case_is_no_note() -> None:
    """'surcharge' under 'Fuel/environmental', as a scan boxes them: the one reaches no
    capital's height, the other drops below the line; neither measures its type, so the
    shorter box is no note in smaller print."""
    described = [Word("Fuel/environmental", (201, 1340, 560, 1374), 0.9, 26)]
    wrapped = [Word("surcharge", (201, 1380, 372, 1402), 0.9, 27)]
    assert not _note_under(wrapped, described)
    note = [
        Word("Ticket", (201, 1380, 300, 1398), 0.9, 27),
        Word("4960230", (306, 1380, 420, 1398), 0.9, 27),
    ]
    assert _note_under(note, [Word("Door", (201, 1340, 280, 1366), 0.9, 26), *described])
