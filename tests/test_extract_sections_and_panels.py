"""Invoices in sections and bills with a panel beside their charges: a labour table and
a materials table one under the other, a utility bill whose stub runs down the right of
its charges, a Mexican CFDI with its fiscal details under each item, a till slip's own
words for its number and tax, and the qualifiers that tell whose number or address a
line gives ('Our Job No.', 'Régimen fiscal:', the vendor's address in the footer)."""

from __future__ import annotations

from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_read_by_content import grid, sums


def two_columns(rows: list[tuple[float, float, str, float, str]], size: float = 8) -> list:  # type: ignore[type-arg]
    """Lines of a page in two columns: (y, x, text, x of the second, its text)."""
    return [i for y, x, s, x2, s2 in rows for i in (text(x, y, s, size), text(x2, y, s2, size))]


def contractor_invoice() -> list:  # type: ignore[type-arg]
    rows = [
        (47, 100, "Summit Roof & Gutter", 390, "CONTRACTOR'S INVOICE"),
        (67, 100, "Roof Coatings · Seamless Gutters", 361, "Invoice Control No.  G-15119"),
        (87, 361, "Date Submitted  1/5/26", 361, ""),
        (101, 44, "SUBMITTED TO", 361, "Payment Provisions  Net 30"),
        (112, 44, "Brightwater Residential Management LLC", 361, ""),
        (124, 44, "4100 Spring Valley Rd, Suite 300", 306, "Our Job No.  26-1113"),
        (136, 44, "Dallas, TX 75244", 306, ""),
    ]
    items = two_columns(rows, 9)
    labor = [
        ("Labor Performed", "Crew Hrs / Qty", "Sold By", "Hourly / Unit Rate", "Extended Cost"),
        ("Reset and re-pitch sagging gutter run", "62", "lf", "8.51", "527.62"),
        ("Gutter installer labor", "9", "hr", "90.00", "810.00"),
    ]
    items += grid(200, labor, [48, -300, 310, -440, -560])
    items += sums(260, [(430, "Total Labor", "$1,337.62")], end=560)
    materials = [
        ("Material Furnished", "Qty Furn.", "Sold By", "Cost Each", "Extended Cost"),
        ("Downspout 3x4 in. aluminum, white", "79", "lf", "7.16", "565.64"),
        ("Hidden hangers with screws", "18", "ea", "2.70", "48.60"),
    ]
    items += grid(300, materials, [48, -300, 310, -440, -560])
    rows2 = [(380, "Total Materials", "$614.24"), (380, "Contract Work Subtotal", "$1,951.86")]
    items += sums(360, [*rows2, (380, "Final Balance Due", "$1,951.86")], end=560)
    items += [text(200, 752, "1931 Royal Ln, Suite 349 · Houston, TX 77005", 8)]
    return items


def test_a_labour_table_and_a_materials_table_under_it_are_both_read() -> None:
    extraction = extract_document(read_pdf(draw_pdf([contractor_invoice()])).pages)
    got = [(i.description, str(i.quantity), str(i.unit_price), str(i.amount))
           for i in extraction.line_items]  # fmt: skip
    assert got == [
        ("Reset and re-pitch sagging gutter run", "62", "8.51", "527.62"),
        ("Gutter installer labor", "9", "90.00", "810.00"),
        ("Downspout 3x4 in. aluminum, white", "79", "7.16", "565.64"),
        ("Hidden hangers with screws", "18", "2.70", "48.60"),
    ]
    fields = extraction.fields
    assert fields["vendor_name"].value == "Summit Roof & Gutter"  # not the 'Sold By' column
    assert fields["vendor_address"].value == "1931 Royal Ln, Suite 349, Houston, TX 77005"
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert "po_number" not in fields  # 'Our Job No.': the contractor's own number


def utility_with_a_stub_beside(split: float = 0) -> list:  # type: ignore[type-arg]
    rows = [
        (19, 54, "Gulf Coast Water & Sewer Authority", 380, "CUSTOMER BILL"),
        (32, 54, "6090 Palm Ave, Hialeah, FL 33025", 380, "Bill Serial No. 0501185694"),
        (92, 20, "MAILED TO", 211, "ACCOUNT RECAP"),
        (101, 20, "Brightwater Residential Management LLC", 211, ""),
        (109, 20, "4100 Spring Valley Rd, Suite 300", 211, "Balance at Last Billing  $638.98"),
        (118, 20, "Dallas, TX 75244", 211, "Less Payments Received  -$319.49"),
        (138, 20, "", 428, "RETURN PAYMENT TO"),
        (146, 20, "", 428, "Gulf Coast Water & Sewer Authority"),
        (155, 20, "", 428, "P.O. Box 409487"),
        (165, 20, "", 428, "Miami, FL 33110"),
    ]
    items = two_columns(rows)
    charges = [
        ("Charges For", "Amount Used", "Tariff Rate", "Amount Charged"),
        ("", "1 ea", "75.89", "75.89"),
        ("", "121,900 gal", "0.0075", "914.25"),
    ]
    items += grid(199, charges, [23, -280, -339, -401], step=10)
    # a scan may set a row's description a little under its figures
    items += [
        text(23, 209 + split, "Water base charge", 8),
        text(23, 219 + split, "Sewer service", 8),
    ]
    # the stub's lines beside the charges, a little off their baselines
    items += [text(428, 197, "Brightwater Residential Management LLC", 8)]
    items += [text(428, 211, "4100 Spring Valley Rd, Suite 300", 8)]
    items += sums(250, [(263, "Total Current Service", "$990.14")], end=401)
    return items


def test_a_stub_beside_the_charges_is_no_part_of_their_rows() -> None:
    extraction = extract_document(read_pdf(draw_pdf([utility_with_a_stub_beside()])).pages)
    got = [(i.description, str(i.quantity), str(i.unit_price), str(i.amount))
           for i in extraction.line_items]  # fmt: skip
    assert got == [
        ("Water base charge", "1", "75.89", "75.89"),
        ("Sewer service", "121900", "0.0075", "914.25"),
    ]
    fields = extraction.fields
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["previous_balance"].value == "638.98"  # 'Balance at Last Billing'
    assert fields["remit_to_address"].value == "P.O. Box 409487, Miami, FL 33110"


def cfdi() -> list:  # type: ignore[type-arg]
    rows = [
        (34, 90, "Elevadores del Norte S.A. de C.V.", 362, "FACTURA"),
        (47, 90, "R.F.C.: ENO940603DR7", 368, "Folio de la factura  F-61556"),
        (60, 90, "Régimen fiscal: 601 - General de Ley Personas Morales", 368, ""),
        (69, 90, "Av. Constitución 7930, Int. 290", 368, "Fecha de emisión  20/oct/2025"),
        (79, 90, "Col. Obispado", 368, "Fecha máxima de pago  20/nov/2025"),
        (88, 90, "Apodaca, N.L. C.P. 66787", 368, ""),
        (138, 42, "DATOS FISCALES DEL CLIENTE", 300, "UBICACIÓN DE LOS EQUIPOS"),
        (154, 42, "Brightwater Residencial S. de R.L. de C.V.", 300, "Torres Valle Oriente"),
        (165, 42, "Av. Lázaro Cárdenas 2400, Piso 12", 300, "Av. Lázaro Cárdenas 1000"),
        (176, 42, "San Pedro Garza García, N.L. 66269", 300, "San Pedro Garza García, N.L. 66269"),
    ]
    items = two_columns(rows)
    lines = [
        ("Cant.", "Concepto", "P. unit. antes de IVA", "Total concepto"),
        ("2", "Mantenimiento preventivo mensual de elevador (cuota fija)", "440.00", "880.00"),
    ]
    items += grid(281, lines, [-60, 90, -487, -536], step=17)
    items += [text(90, 309, "Clave prod./serv.: 72101510 Objeto de impuesto: 02", 6)]
    items += grid(322, [("1", "Banda de operador de puertas de cabina", "97.00", "97.00")],
                  [-60, 90, -487, -536])  # fmt: skip
    items += [text(90, 333, "Clave prod./serv.: 72101510 Objeto de impuesto: 02", 6)]
    items += sums(358, [(346, "Importe antes de I.V.A.", "$977.00")], end=536)
    items += sums(373, [(346, "I.V.A. 16%", "$156.32"), (346, "Total", "$1,133.32")], end=536)
    return items


def test_a_cfdi_keeps_its_fiscal_details_out_of_items_and_addresses() -> None:
    extraction = extract_document(read_pdf(draw_pdf([cfdi()])).pages)
    got = [(i.description, str(i.unit_price), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Mantenimiento preventivo mensual de elevador (cuota fija)", "440.00", "880.00"),
        ("Banda de operador de puertas de cabina", "97.00", "97.00"),
    ]
    fields = extraction.fields
    assert fields["vendor_address"].value == (
        "Av. Constitución 7930, Int. 290, Col. Obispado, Apodaca, N.L. C.P. 66787"
    )
    assert fields["customer_name"].value == "Brightwater Residencial S. de R.L. de C.V."
    assert fields["service_address"].value == (
        "Torres Valle Oriente, Av. Lázaro Cárdenas 1000, San Pedro Garza García, N.L. 66269"
    )
    assert fields["due_date"].value == "2025-11-20"  # 'Fecha máxima de pago'
    assert fields["subtotal"].value == "977.00"  # 'Importe antes de I.V.A.'


def test_a_till_slips_own_words_for_its_number_and_tax() -> None:
    rows = [
        (13, 35, "Lone Star Hardware"),
        (22, 35, "1308 Broadway St, Irving, TX 75046"),
        (55, 40, "SELLER TAX # 64-3398583"),
        (80, 9, "12-28-25 19:40  SALE NO 059967"),
        (133, 9, "MICROFIBER CLOTH 24PK"),
        (150, 9, "GLASS CLEANER 32OZ"),
    ]
    items = [text(x, y, s, 7) for y, x, s in rows]
    items += [right(200, 133, "34.26 T", 7), right(200, 150, "43.80 T", 7)]
    totals = [(9, "BEFORE TAX", "$78.06"), (9, "STATE/LOCAL TX 8.25%", "$6.44")]
    items += sums(170, [*totals, (9, "PURCHASE TOTAL", "$84.50")], end=200)
    fields = extract_document(read_pdf(draw_pdf([items], size=(226, 300))).pages).fields
    assert fields["vendor_tax_id"].value == "64-3398583"
    assert fields["invoice_number"].value == "059967"
    assert fields["tax"].value == "6.44"
    assert fields["total"].value == "84.50"


def test_a_technicians_note_between_items_joins_neither() -> None:
    rows = [
        (39, 400, "Verde Caribe"),
        (44, 40, "FACTURA DE SERVICIO MENSUAL"),
        (55, 400, "Calle San Francisco 801"),
        (64, 400, "Carolina, PR 00961"),
        (125, 42, "FACTURA NRO.  2025-72447"),
        (177, 51, "Servicio prestado en"),
        (177, 316, "Cliente a quien se factura"),
        (190, 51, "Ave. Main 45, Int. 308"),
        (190, 316, "Brightwater Residential Management LLC"),
        (202, 51, "Bayamón, PR 00961"),
        (202, 316, "Ave. Ponce de León 1250, Suite 801"),
        (214, 316, "San Juan, PR 00907"),
    ]
    items = [text(x, y, s, 8) for y, x, s in rows]
    heading = [
        ("Fecha visita", "Servicio / material", "Cant. Costo por visita/ud.", "Total renglón")
    ]
    items += grid(272, heading, [45, 114, -489, -567])
    visits = [
        ("06/10/2025", "Corte de grama y soplado - visita", "1", "400.00", "400.00"),
        ("20/10/2025", "Siembra de plantas ornamentales", "13", "15.94", "207.22"),
    ]
    items += grid(292, visits, [45, 114, -408, -489, -567], step=33)
    items += [text(114, 308, "Observación del técnico: tubería rota en la zona 3 del riego.", 6)]
    items += sums(380, [(44, "Monto facturado", "$607.22")], end=567)
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.unit_price), str(i.amount)) for i in extraction.line_items]
    assert got == [
        ("Corte de grama y soplado - visita", "400.00", "400.00"),
        ("Siembra de plantas ornamentales", "15.94", "207.22"),
    ]
    fields = extraction.fields
    assert fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert fields["service_address"].value == "Ave. Main 45, Int. 308, Bayamón, PR 00961"


def test_a_panels_labelled_sums_on_the_item_rows_stay_the_panels() -> None:
    rows = [
        (40, 40, "Gas Natural del Norte S.A. de C.V.", 380, "AVISO-RECIBO"),
        (52, 40, "Av. Constitución 1450, Monterrey, N.L. 64000", 380, "Folio  G-20931"),
    ]
    items = two_columns(rows)
    items += grid(302, [("Concepto del cargo", "Importe $", "Movimientos de la cuenta")],
                  [41, -250, 300])  # fmt: skip
    panel = [
        ("Cargo fijo", "12.03", "Adeudo del periodo anterior", "$4,354.25"),
        ("Consumo de gas", "1,196.87", "Pago aplicado", "-$4,354.25"),
    ]
    items += grid(318, panel, [41, -250, 300, -560], step=15)
    items += sums(348, [(377, "Cargos facturados ahora", "$1,208.90")], end=560)
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.amount)) for i in extraction.line_items]
    assert got == [("Cargo fijo", "12.03"), ("Consumo de gas", "1196.87")]
    assert extraction.fields["previous_balance"].value == "4354.25"


def test_an_amount_standing_right_of_a_short_heading_is_the_rows() -> None:
    heading = [("Cant.", "Descripción del artículo", "Precio", "Importe artículo")]
    items = [text(24, 28, "Ferretería del Centro", 10), text(300, 28, "RECIBO DE CAJA", 10)]
    items += grid(142, heading, [-60, 136, -400, 414])
    rows = [("1", "FOCO LED A19 60W 4PZ", "7.57", "7.57"), ("8", "CODO PVC 1/2", "1.00", "8.00")]
    items += grid(156, rows, [-60, 136, -400, -476], step=13)
    items += sums(200, [(312, "Total cobrado", "$15.57")], end=476)
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = [(i.description, str(i.amount)) for i in extraction.line_items]
    assert got == [("FOCO LED A19 60W 4PZ", "7.57"), ("CODO PVC 1/2", "8.00")]


def test_contact_details_and_a_tax_summary_head_no_table() -> None:
    rows = [
        (53, 54, "Comfort Zone HVAC LLC", 380, "JOB INVOICE"),
        (104, 54, "24-Hr Service: (214) 287-2484", 250, "invoices@comfortzone.net"),
        (131, 40, "Billing Customer", 380, "Service Invoice #  80840"),
        (146, 40, "Brightwater Residential Management LLC", 380, ""),
        (157, 40, "4100 Spring Valley Rd, Suite 300", 380, ""),
        (169, 40, "Dallas, TX 75244", 380, ""),
    ]
    items = two_columns(rows)
    lines = [
        ("Description", "Qty", "Price", "Amount"),
        ("Replace capacitor", "1", "192.00", "192.00"),
    ]
    items += grid(291, lines, [45, -380, -480, -560])
    summary = [("Base gravable", "Tasa", "Cuota IVA", "Importe total factura")]
    summary += [("$192.00", "16%", "$30.72", "$222.72")]
    items += grid(392, summary, [84, 200, 300, 420])
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    assert [(i.description, str(i.amount)) for i in extraction.line_items] == [
        ("Replace capacitor", "192.00")
    ]
    assert extraction.fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert extraction.fields["total"].value == "222.72"


def test_a_rows_description_set_a_little_under_its_figures_is_one_row() -> None:
    """The page splits such a row at the stub's baseline between them; the first row
    still names the headings and each row is read whole."""
    extraction = extract_document(read_pdf(draw_pdf([utility_with_a_stub_beside(3)])).pages)
    got = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert got == [("Water base charge", "1", "75.89"), ("Sewer service", "121900", "914.25")]
