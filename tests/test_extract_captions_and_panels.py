"""Documents whose values stand where a list of labels does not look for them: a pest
control company's statement/invoice (each caption under its value, its services priced
by count beside an aging box), a carpet cleaner's invoice with a panel of details down
its right side, a Puerto Rican waste hauler's bill, a garden centre's till receipt and a
Mexican HVAC contractor's invoice whose header sets each value flush right under its
label."""

from __future__ import annotations

from benchmarks.accuracy import items_right
from extract.classify import classify
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read


def values(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: field.value for name, field in extraction.fields.items()}


def described(extraction) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(str(item.amount), item.description) for item in extraction.line_items]


def statement_invoice() -> list:  # type: ignore[type-arg]
    """Values over their captions, centred; the service site under its heading."""
    return [
        text(40, 40, "Palmetto Pest Solutions", 15, bold=True),
        text(400, 40, "STATEMENT / INVOICE", 12, bold=True),
        text(40, 58, "Termite & Pest Control · Licensed & Insured", 7),
        text(40, 70, "812 Bird Rd, Coral Gables, FL 33146", 8),
        right(425, 70, "AC-20417", 8),
        right(540, 70, "70211", 8),
        text(40, 82, "Phone: 305-441-2290", 8),
        text(392, 84, "Customer Acct.", 6),
        text(500, 84, "Stmt./Inv. No.", 6),
        text(391, 103, "2/10/2026", 8),
        text(498, 103, "2/25/2026", 8),
        text(383, 118, "Date of This Statement", 6),
        text(492, 118, "Please Pay In Full By", 6),
        text(386, 136, "Net 15", 8),
        text(443, 136, "PO-7714", 8),
        text(510, 136, "$654.28", 8),
        text(388, 152, "Terms", 6),
        text(446, 152, "Cust. P.O.", 6),
        text(496, 152, "Total Balance Due Now", 6),
        text(358, 170, "Service Location", 7, bold=True),
        text(64, 179, "Brightwater Residential Management LLC", 8),
        text(358, 179, "Harbor Point Villas", 8),
        text(64, 190, "4100 Spring Valley Rd, Suite 300", 8),
        text(358, 190, "2200 Bayshore Dr", 8),
        text(64, 201, "Dallas, TX 75244", 8),
        text(358, 201, "Miami, FL 33133", 8),
        *grid(
            248,
            [
                ("Service Date", "Service Description", "Qty", "Each", "Charge"),
                ("1/14/2026", "Quarterly exterior perimeter treatment", "1", "310.00", "310.00"),
                ("1/20/2026", "Rodent bait station service", "12", "18.00", "216.00"),
                ("1/28/2026", "Roach clean-out - Unit 204", "1", "85.00", "85.00"),
            ],
            [43, 109, -430, -490, -568],
            step=16,
        ),
        text(326, 330, "Services This Period", 8),
        right(568, 330, "$611.00", 8),
        text(326, 344, "State & Local Tax Collected @ 7%", 8),
        right(568, 344, "$42.77", 8),
        text(326, 358, "Balance From Prior Statement", 8),
        right(568, 358, "$980.10", 8),
        text(326, 372, "Payments Applied Since Last Statement", 8),
        right(568, 372, "-$979.59", 8),
        text(326, 386, "Total Balance Due Now", 8, bold=True),
        right(568, 386, "$654.28", 8),
        text(40, 410, "ACCOUNT AGING", 8, bold=True),
        *grid(
            426,
            [
                ("654.28", "0.00", "0.00", "0.00", "$654.28"),
                ("Current", "1-30 Days", "31-60 Days", "61-90 Days", "Over 90 Days"),
            ],
            [-110, -200, -290, -380, -470],
            step=15,
        ),
        text(40, 650, "Detach and return the lower portion with your payment", 7),
        text(40, 685, "Please Remit To", 8, bold=True),
        text(48, 696, "P.O. Box 52014", 8),
        text(48, 706, "Miami, FL 33152", 8),
    ]


def test_a_statement_invoice_pricing_services_by_count_is_a_bill_read_over_captions() -> None:
    pages = read_pdf(draw_pdf([statement_invoice()])).pages
    kind = classify(pages)
    assert kind.document_type.value == "invoice", kind.evidence  # aging beside, no list
    found = values(read([statement_invoice()]))
    assert found["invoice_number"] == "70211"  # over 'Stmt./Inv. No.', not under it
    assert found["account_number"] == "AC-20417"  # not the aging row under 'ACCOUNT AGING'
    assert found["invoice_date"] == "2026-02-10"
    assert found["due_date"] == "2026-02-25"  # centred over 'Please Pay In Full By'
    assert found["payment_terms"] == "Net 15"
    assert found["po_number"] == "PO-7714"  # 'Cust. P.O.'
    assert found["service_address"] == "Harbor Point Villas, 2200 Bayshore Dr, Miami, FL 33133"
    assert found["remit_to_address"] == "P.O. Box 52014, Miami, FL 33152"
    assert found["vendor_address"] == "812 Bird Rd, Coral Gables, FL 33146"  # no motto
    assert (found["subtotal"], found["tax"]) == ("611.00", "42.77")  # 'Services This Period'
    assert found["amount_due"] == "654.28"


def panel_invoice() -> list:  # type: ignore[type-arg]
    """A panel of details down the right, one figure of it level with an item's row."""
    rows = [
        ("01/13/2026", "58788", "Spot dye / stain removal - Unit 404", "1", "70.00", "70.00"),
        ("01/16/2026", "58793", "Carpet stretch and repair", "1", "180.00", "180.00"),
        ("01/21/2026", "58801", "Carpet shampoo 2BR - Unit 102", "1", "110.00", "110.00"),
        ("01/29/2026", "58825", "Carpet shampoo 1BR - Unit 101", "1", "90.00", "90.00"),
    ]
    return [
        text(86, 36, "Sunbelt Carpet Care LLC", 14, bold=True),
        text(451, 36, "INVOICE", 14, bold=True),
        text(86, 66, "2761 Palm Ave, Unit 370", 8),
        text(86, 76, "Hialeah, FL 33067", 8),
        text(416, 76, "BILLING REF #", 7, bold=True),
        text(416, 88, "INV-059630", 9),
        text(416, 108, "BILLING DATE OF RECORD", 7, bold=True),
        text(416, 118, "Feb 07, 2026", 9),
        text(416, 138, "KINDLY REMIT ON OR BEFORE", 7, bold=True),
        text(416, 148, "Mar 24, 2026", 9),
        text(416, 196, "CUSTOMER ID", 7, bold=True),
        *grid(
            205,
            [("Date", "Ticket", "Work Performed", "Qty", "Rate", "Line Total"), *rows],
            [39, 89, 129, -287, -333, -387],
            step=25,
        ),
        text(416, 205, "079404", 9),
        text(467, 253, "NOW OWING", 7, bold=True),
        text(463, 280, "$498.05", 13, bold=True),
        text(194, 340, "Work Ticket Total", 8),
        right(387, 340, "$450.00", 8),
        text(416, 348, "PAYMENT TERMS", 7, bold=True),
        text(194, 355, "Taxable Services (7%)", 8),
        right(387, 355, "$31.50", 8),
        text(416, 360, "Net 45", 9),
        text(194, 370, "Total of Work Tickets Billed", 8),
        right(387, 370, "$481.50", 8),
    ]


def test_a_panel_beside_the_items_lends_them_no_figure_and_comes_between_no_sums() -> None:
    extraction = read([panel_invoice()])
    assert ("110.00", "Carpet shampoo 2BR - Unit 102") in described(extraction)
    assert "498.05" not in [str(item.amount) for item in extraction.line_items]
    found = values(extraction)
    assert found["due_date"] == "2026-03-24"  # 'KINDLY REMIT ON OR BEFORE'
    # 'PAYMENT TERMS' of the panel stands between the sums, beside them
    assert (found["subtotal"], found["tax"], found["total"]) == ("450.00", "31.50", "481.50")


def test_a_waste_haulers_bill_names_its_pickup_site_and_its_day_to_pay_in_its_own_words() -> None:
    page = [
        text(36, 22, "Recogido Metropolitano del Norte", 13, bold=True),
        text(387, 22, "FACTURA DE SERVICIO DE RECOGIDO", 10, bold=True),
        text(36, 74, "Calle San Francisco 3044, Ofic. 59", 8),
        text(36, 84, "Carolina, PR 00987", 8),
        text(323, 78, "Cuenta de cliente", 8),
        right(568, 78, "499093-93990", 8),
        text(323, 90, "Núm. de factura mensual", 8),
        right(568, 90, "0168025891", 8),
        text(323, 102, "Fecha en que se emitió", 8),
        right(568, 102, "02-oct-2025", 8),
        text(323, 164, "Cantidad total adeudada", 8),
        right(568, 164, "$2,574.54", 9),
        text(323, 186, "Pague a tiempo antes del", 8),
        right(568, 186, "22-oct-2025", 9),
        text(41, 218, "Cliente", 8, bold=True),
        text(319, 218, "Lugar de recogido", 8, bold=True),
        text(41, 232, "Brightwater Residential Management LLC", 8),
        text(319, 232, "Condado Bay Apartments", 8),
        text(41, 242, "Ave. Ponce de León 1250, Suite 801", 8),
        text(319, 242, "Calle Loíza 1850", 8),
        text(41, 252, "San Juan, PR 00907", 8),
        text(319, 252, "San Juan, PR 00911", 8),
        *grid(
            294,
            [
                ("Servicio", "Cant.", "Tarifa", "Cargo"),
                ("Contenedor 8 yd recolección 3 veces/semana", "3", "676.18", "2,028.54"),
                ("Contenedor de reciclaje 6 yd", "2", "254.46", "508.92"),
                ("Cargo ambiental y combustible", "1", "37.08", "37.08"),
            ],
            [39, -215, -270, -330],
        ),
        text(39, 366, "Total de cargos corrientes", 8, bold=True),
        right(330, 366, "$2,574.54", 8),
    ]
    found = values(read([page]))
    assert (
        found["service_address"] == "Condado Bay Apartments, Calle Loíza 1850, San Juan, PR 00911"
    )
    assert found["due_date"] == "2025-10-22"
    assert found["amount_due"] == "2574.54"


def garden_receipt() -> list:  # type: ignore[type-arg]
    rows = [
        ("3 ASPERSOR IMPACTO METAL", "22.45", "67.35"),
        ("3 INSECTICIDA GRANULADO 10", "25.14", "75.42"),
        ("LB",),
        ("5 FLOR TEMPORADA CHAROLA", "22.25", "111.25"),
        ("18",),
        ("4 BUGAMBILIA 3 GAL", "26.36", "105.44"),
    ]
    items = [
        text(60, 46, "VIVERO LAS PALMAS", 10, bold=True),
        text(59, 58, "VIVERO Y CENTRO DE JARDINERIA", 7),
        text(74, 70, "3786 Harry Hines Blvd", 7),
        text(83, 79, "Dallas, TX 75238", 7),
        text(81, 88, "Tel. 469-361-3300", 7),
        text(78, 126, "TICKET DE CAJA", 9, bold=True),
        text(11, 139, "Ticket núm. 423174", 7),
        text(11, 148, "Fecha venta 16/01/26", 7),
        text(15, 178, "CANT ARTICULO", 7, bold=True),
        text(157, 178, "P/U", 7, bold=True),
        text(186, 178, "IMPORTE", 7, bold=True),
    ]
    y = 192.0
    for row in rows:
        if len(row) == 1:  # a description's last word wrapped under it, closer than the next
            items.append(text(35, y - 3, row[0], 7))
            y += 9
            continue
        items += [text(26, y, row[0], 7), right(168, y, row[1], 7), right(212, y, row[2], 7)]
        y += 12
    items += [
        text(41, y + 12, "Suma de artículos", 7),
        right(212, y + 12, "$359.46", 7),
        text(41, y + 22, "Impuesto estatal y local 8.25%", 7),
        right(212, y + 22, "$29.66", 7),
        text(41, y + 31, "TOTAL NETO A PAGAR EN CAJA", 7, bold=True),
        right(212, y + 31, "$389.12", 7),
        text(41, y + 48, "TARJETA ****8381", 7),
        right(212, y + 48, "$389.12", 7),
        text(65, y + 80, "¡GRACIAS POR SU VISITA!", 7),
    ]
    return items


def test_a_till_receipt_counts_its_items_beside_them_and_wraps_their_names_under_them() -> None:
    extraction = read([garden_receipt()], size=(226, 473))
    assert extraction.document_type.value == "receipt"
    assert described(extraction) == [
        ("67.35", "ASPERSOR IMPACTO METAL"),
        ("75.42", "INSECTICIDA GRANULADO 10 LB"),  # 'LB' ends it: the next item is further
        ("111.25", "FLOR TEMPORADA CHAROLA 18"),
        ("105.44", "BUGAMBILIA 3 GAL"),
    ]
    assert [item.quantity for item in extraction.line_items] == [3, 3, 5, 4]
    found = values(extraction)
    assert found["vendor_address"] == "3786 Harry Hines Blvd, Dallas, TX 75238"  # no trade
    assert found["total"] == "389.12"
    assert "amount_due" not in found  # 'A PAGAR EN CAJA': paid at the till


def hvac_invoice() -> list:  # type: ignore[type-arg]
    equipment = [
        ("Etiqueta", "Ubicación", "Marca", "Tipo", "Ton.", "Núm. de serie"),
        ("AC-01", "Centro de negocios", "Lennox", "Paquete", "5", "1838E53119"),
        ("AC-02", "Cuarto de comunicaciones", "Mitsubishi", "Paquete", "1.5", "1133X87167"),
        ("AC-03", "Apto. 506", "Carrier", "Split", "2", "1242A64336"),
    ]
    return [
        text(96, 40, "Climas del Norte S.A. de C.V.", 13, bold=True),
        text(430, 40, "FACTURA", 14, bold=True),
        text(96, 54, "Venta · Instalación · Contratos de servicio", 7),
        text(367, 62, "Factura de servicio núm.", 8),
        right(572, 71, "N51256", 9),
        text(96, 70, "Av. Constitución 1450", 8),
        text(96, 80, "Col. Centro", 8),
        text(367, 84, "Fecha en que se expide", 8),
        text(96, 91, "Monterrey, N.L. C.P. 64000", 8),
        right(572, 93, "3 ene. 2026", 9),
        text(367, 106, "Liquidar a más tardar", 8),
        right(572, 115, "2 feb. 2026", 9),
        text(367, 128, "Términos", 8),
        right(572, 137, "Neto 30 días", 9),
        text(46, 166, "Facturado a", 8, bold=True),
        text(319, 166, "Instalación atendida", 8, bold=True),
        text(48, 178, "Brightwater Residencial S. de R.L. de C.V.", 8),
        text(321, 178, "Torres Valle Oriente", 8),
        text(48, 188, "Av. Lázaro Cárdenas 2400, Piso 12", 8),
        text(321, 188, "Av. Lázaro Cárdenas 1000", 8),
        text(48, 199, "San Pedro Garza García, N.L. 66269", 8),
        text(321, 199, "San Pedro Garza García, N.L. 66269", 8),
        text(40, 250, "EQUIPOS CUBIERTOS POR EL CONTRATO", 8, bold=True),
        *grid(264, equipment, [43, 91, 301, 373, 452, 479], step=12),
        text(40, 330, "CONCEPTOS FACTURADOS", 8, bold=True),
        *grid(
            344,
            [
                ("Concepto", "Cant. Unidad", "P. unitario", "Importe"),
                (
                    "Mantenimiento preventivo trimestral según contrato, enero a marzo 2026",
                    "3 equipo",
                    "90.00",
                    "270.00",
                ),
                ("Refrigerante R-410A", "3 lb", "79.00", "237.00"),
            ],
            [43, 367, -491, -569],
        ),
        text(347, 400, "Suma de conceptos", 8),
        right(569, 400, "$507.00", 8),
        text(347, 412, "IVA 16%", 8),
        right(569, 412, "$81.12", 8),
        text(347, 424, "Importe total", 8, bold=True),
        right(569, 424, "$588.12", 8),
    ]


def test_a_header_setting_each_value_flush_right_under_its_label_is_read() -> None:
    extraction = read([hvac_invoice()])
    found = values(extraction)
    assert found["invoice_number"] == "N51256"
    assert found["invoice_date"] == "2026-01-03"
    assert found["due_date"] == "2026-02-02"  # 'Liquidar a más tardar'
    assert found["payment_terms"] == "Neto 30 días"
    # the site under 'Instalación atendida', not the equipment's 'Ubicación' column
    assert found["service_address"] == (
        "Torres Valle Oriente, Av. Lázaro Cárdenas 1000, San Pedro Garza García, N.L. 66269"
    )
    assert ("270.00", "Mantenimiento preventivo trimestral según contrato, enero a marzo 2026") in (
        described(extraction)
    )
    right_items = items_right(
        extraction.line_items,
        [
            {"amount": "270.00", "description": "Mantenimiento preventivo trimestral según "
             "contrato, enero a marzo 2026"},
            {"amount": "237.00", "description": "Refrigerante R-410A"},
        ],
    )  # fmt: skip
    assert right_items == (2, 2, 0)


def test_a_service_order_billing_its_work_with_a_signature_line_is_a_bill() -> None:
    page = [
        text(40, 40, "Plomería del Valle S.A. de C.V.", 13, bold=True),
        text(400, 52, "ORDEN DE SERVICIO", 12, bold=True),
        text(40, 56, "Av. Constitución 1450, Monterrey, N.L. C.P. 64000", 8),
        text(330, 90, "Orden núm.", 8),
        right(568, 90, "F-50048", 8),
        text(330, 102, "Fecha de atención", 8),
        right(568, 102, "29 oct. 2025", 8),
        *grid(
            200,
            [
                ("Clave", "Trabajo efectuado", "U.M.", "Cantidad", "Costo unitario", "Monto"),
                ("CAM-1296", "Inspección con cámara de drenaje", "pza", "1", "275.00", "275.00"),
                ("HYD-1333", "Limpieza de drenaje a presión", "pza", "1", "700.00", "700.00"),
            ],
            [40, 100, 320, -400, -480, -568],
        ),
        text(40, 280, "D. Nguyen", 8),
        text(380, 280, "Suma parcial", 8),
        right(568, 280, "$975.00", 8),
        text(40, 292, "Firma del técnico", 8),
        text(380, 292, "I.V.A. (16%)", 8),
        right(568, 292, "$156.00", 8),
        text(380, 304, "Monto total", 8, bold=True),
        right(568, 304, "$1,131.00", 8),
        text(40, 330, "El cliente firma de conformidad con los trabajos realizados.", 7),
    ]
    pages = read_pdf(draw_pdf([page])).pages
    kind = classify(pages)
    # no day to pay by, a signature's line: its sums and priced rows still make it a bill
    assert kind.document_type.value == "invoice", kind.evidence
    found = values(read([page]))
    assert (found["subtotal"], found["tax"], found["total"]) == ("975.00", "156.00", "1131.00")


def test_a_business_number_under_its_label_is_no_phone_and_a_country_no_company() -> None:
    australian = [
        text(40, 60, "TAX INVOICE", 20),
        text(40, 100, "Harbourside Strata Management", 9),
        text(40, 112, "Level 3, 88 Pitt Street", 9),
        text(40, 124, "SYDNEY NSW 2000", 9),
        text(300, 100, "Invoice Date", 8, bold=True),
        text(300, 112, "15 Jan 2026", 9),
        text(300, 130, "Invoice Number", 8, bold=True),
        text(300, 142, "INV-0042", 9),
        text(300, 160, "ABN", 8, bold=True),
        text(300, 172, "53 004 085 616", 9),
        text(430, 100, "Coastal Lift Services Pty Ltd", 9),
        text(430, 112, "Unit 4, 12 Bourke Road", 9),
        text(430, 124, "ALEXANDRIA NSW 2015", 9),
        *grid(
            250,
            [
                ("Description", "Quantity", "Unit Price", "Amount AUD"),
                ("Lift maintenance - quarterly service", "1.00", "1,250.00", "1,250.00"),
            ],
            [40, -360, -430, -560],
        ),
        text(380, 300, "TOTAL AUD", 10, bold=True),
        right(560, 300, "1,250.00", 10),
    ]
    found = values(read([australian]))
    assert found["vendor_tax_id"] == "53004085616"
    assert "vendor_phone" not in found  # the same figures, under 'ABN'
    american = [
        text(40, 50, "Lone Star Gate & Access", 12, bold=True),
        text(40, 64, "2211 Irving Blvd", 9),
        text(40, 76, "Dallas Texas 75207", 9),
        text(40, 88, "U.S.A", 9),
        right(560, 50, "INVOICE", 22),
        right(560, 78, "# INV-000417", 10),
        text(40, 160, "Bill To", 9),
        text(40, 174, "Brightwater Residential Management LLC", 9, bold=True),
        right(470, 174, "Invoice Date :", 9),
        right(560, 174, "05 Jan 2026", 9),
        *grid(
            250,
            [
                ("Item & Description", "Qty", "Rate", "Amount"),
                ("Labor", "2.50", "125.00", "312.50"),
            ],
            [60, -400, -480, -560],
        ),
        right(480, 300, "Total", 9),
        right(560, 300, "$312.50", 9),
    ]
    found = values(read([american]))
    assert found["vendor_name"] == "Lone Star Gate & Access"  # not 'U.S.A' (no 'S.A.')
    assert found["vendor_address"] == "2211 Irving Blvd, Dallas Texas 75207, U.S.A"


def test_a_letterhead_giving_its_phone_as_ph_names_the_vendor_over_a_customer_llc() -> None:
    page = [
        text(36, 30, "GUARDIAN ACCESS & ALARM", 12, bold=True),
        text(430, 34, "WORK ORDER", 14, bold=True),
        text(36, 52, "1378 Colonial Dr, Unit 124", 8),
        text(36, 64, "Orlando, FL 32898", 8),
        text(36, 76, "Ph. 786-262-4877", 8),
        text(470, 84, "W.O. No. 36179", 9),
        text(30, 120, "DATE OF WORK", 7),
        text(40, 132, "11-9-25", 10),
        text(30, 168, "NAME", 7),
        text(110, 164, "Brightwater Residential Management LLC", 12),
        text(30, 188, "ADDRESS", 7),
        text(110, 184, "4100 Spring Valley Rd, Suite 300", 10),
        text(30, 208, "CITY / STATE / ZIP", 7),
        text(110, 204, "Dallas, TX 75244", 10),
        *grid(
            280,
            [
                ("QTY", "MATERIAL / LABOR", "PRICE", "AMOUNT"),
                ("15", "Master key pinning", "41.00", "615.00"),
            ],
            [40, 90, -470, -560],
        ),
        text(380, 340, "TOTAL", 9, bold=True),
        right(560, 340, "615.00", 9),
    ]
    found = values(read([page]))
    # the letterhead's phone three lines under its name makes it the vendor's
    assert found["vendor_name"] == "GUARDIAN ACCESS & ALARM"
    assert found["customer_name"] == "Brightwater Residential Management LLC"


def test_terms_run_on_in_a_sentence_of_their_own_are_cut_where_it_ends() -> None:
    page = [
        text(40, 50, "ASCENSEURS DUPONT SAS", 14, bold=True),
        text(40, 66, "14 rue de la République", 9),
        text(40, 78, "69002 Lyon", 9),
        text(40, 220, "FACTURE N° F2026-0087", 14, bold=True),
        text(40, 240, "Date de facturation : 12/02/2026", 9),
        *grid(
            300,
            [
                ("Désignation", "Qté", "PU HT", "Total HT"),
                ("Contrat d'entretien", "1", "780,00", "780,00"),
            ],
            [40, -360, -440, -560],
        ),
        right(490, 360, "Total TTC", 10),
        right(560, 360, "936,00 €", 10),
        text(
            40,
            440,
            "Conditions de paiement : 30 jours fin de mois. Pénalités de retard : 3 fois",
            8,
        ),
    ]
    assert values(read([page]))["payment_terms"] == "30 jours fin de mois"


def test_a_window_address_holding_the_customers_tax_id_between_name_and_street() -> None:
    page = [
        text(40, 50, "Limpiezas Martínez, S.L.", 14, bold=True),
        text(40, 66, "C/ Alcalá 245, 2º B", 9),
        text(40, 78, "28028 Madrid", 9),
        text(40, 90, "CIF: B87654321 · Tel. 912 345 678", 9),
        text(330, 130, "Comunidad de Propietarios Serrano 41", 10, bold=True),
        text(330, 143, "CIF: H28123456", 9),
        text(330, 155, "Calle de Serrano 41", 9),
        text(330, 167, "28001 Madrid", 9),
        text(40, 200, "FACTURA", 16, bold=True),
        text(40, 222, "Nº de factura: 2026/015", 9),
        *grid(
            270,
            [
                ("Concepto", "Cantidad", "Precio", "Importe"),
                ("Limpieza de zonas comunes", "1", "620,00 €", "620,00 €"),
            ],
            [40, -360, -440, -560],
        ),
        right(440, 330, "TOTAL FACTURA", 10),
        right(560, 330, "620,00 €", 10),
    ]
    found = values(read([page]))
    assert found["customer_name"] == "Comunidad de Propietarios Serrano 41"
    assert found["bill_to_address"] == "Calle de Serrano 41, 28001 Madrid"


def test_a_cfdis_tax_line_under_a_concept_ends_no_table() -> None:
    page = [
        text(40, 40, "MANTENIMIENTO INTEGRAL DEL BAJÍO SA DE CV", 11, bold=True),
        text(40, 54, "RFC: MIB150312KT4", 8),
        text(400, 40, "Factura", 14, bold=True),
        text(400, 58, "Serie y Folio: A 1187", 8),
        text(40, 180, "Cant.", 7, bold=True),
        text(80, 180, "Descripción", 7, bold=True),
        right(470, 180, "Valor unitario", 7),
        right(560, 180, "Importe", 7),
    ]
    rows = [("1", "Mantenimiento de elevadores enero 2026", "8,500.00", "8,500.00", "1,360.00")]
    rows += [("2", "Servicio correctivo de bomba", "1,200.00", "2,400.00", "384.00")]
    y = 194.0
    for count, what, price, amount, tax in rows:
        items = [text(40, y, count, 8), text(80, y, what, 8), right(470, y, price, 8)]
        items += [right(560, y, amount, 8)]
        base = f"Impuestos: Traslado IVA 16% Base {amount} Importe {tax}"
        page += [*items, text(80, y + 10, base, 6)]
        y += 24
    page += [
        right(470, 260, "Subtotal", 8),
        right(560, 260, "$10,900.00", 8),
        right(470, 272, "IVA Trasladado 16%", 8),
        right(560, 272, "$1,744.00", 8),
        right(470, 284, "Total", 9),
        right(560, 284, "$12,644.00", 9),
    ]
    extraction = read([page])
    assert described(extraction) == [
        ("8500.00", "Mantenimiento de elevadores enero 2026"),
        ("2400.00", "Servicio correctivo de bomba"),
    ]
    assert values(extraction)["subtotal"] == "10900.00"
