"""Documents of trades and utilities worded in their own ways: a plumbing contractor's
invoice from a cloud accounting package (a tax-rate column that says 'Tax Exempt', the
customer's 'Reference', 'To Be Paid By'), a Mexican electric utility's bill, a pool route
technician's receipt, a painting contractor's invoice of apartments over two pages and a
landscaper's pre-printed pad filled in by hand; and what OCR makes of some of them: a line
of trade under the name opening with a label's word, a logo's monogram read as 'Ñ 1', an
ampersand read as '€', a stray mark in an empty P.O. box."""

from __future__ import annotations

from tests.test_extract import right, text
from tests.test_extract_captions_and_panels import described, values
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read

SITE = "Mesquite Springs Villas, 450 Fredericksburg Rd, San Antonio, TX 78201"


def test_a_tax_exempt_line_is_an_item_and_the_reference_is_the_customers_order() -> None:
    page = [
        text(40, 50, "INVOICE", 22, bold=True),
        text(380, 70, "Acme Plumbing & Heating Inc.", 9, bold=True),
        text(380, 84, "2200 Commerce St", 7),
        text(380, 94, "Dallas, TX 75201", 7),
        text(40, 90, "Brightwater Residential Management LLC", 8),
        text(40, 101, "4100 Spring Valley Rd, Suite 300", 8),
        text(40, 112, "Dallas, TX 75244", 8),
        text(245, 80, "Date Raised", 7, bold=True),
        text(245, 91, "9 Dec 2025", 8),
        text(245, 104, "Plumbing Invoice No.", 7, bold=True),
        text(245, 115, "77665", 8),
        text(245, 128, "Reference", 7, bold=True),
        text(245, 139, "0073146", 8),
        text(40, 190, f"Work Carried Out At: {SITE}", 8),
        *grid(
            215,
            [
                ("Description", "Quantity", "Unit Price", "Tax Rate", "Line Amount USD"),
                ("Hydro-jet drain cleaning", "1", "700.00", "Tax Exempt", "700.00"),
                ("PVC fittings and materials", "1", "84.00", "8.25%", "84.00"),
                ("Service call / trip charge", "1", "85.00", "Tax Exempt", "85.00"),
            ],
            [42, -350, -416, -480, -566],
            step=18,
        ),
        text(380, 300, "Subtotal (excl. tax)", 8),
        right(566, 300, "869.00", 8),
        text(380, 314, "Total Sales Tax 8.25%", 8),
        right(566, 314, "6.93", 8),
        text(380, 328, "TOTAL OUTSTANDING USD", 9, bold=True),
        right(566, 328, "875.93", 9),
        text(40, 360, "To Be Paid By: 24 Dec 2025", 9, bold=True),
    ]
    extraction = read([page])
    got = values(extraction)
    assert described(extraction) == [
        ("700.00", "Hydro-jet drain cleaning"),
        ("84.00", "PVC fittings and materials"),
        ("85.00", "Service call / trip charge"),
    ]
    assert got["po_number"] == "0073146"
    assert got["invoice_number"] == "77665"
    assert got["due_date"] == "2025-12-24"
    assert got["service_address"].startswith("Mesquite Springs Villas, 450 Fredericksburg Rd")
    assert (got["subtotal"], got["tax"], got["total"]) == ("869.00", "6.93", "875.93")


def electric_bill(previous: str, paid: str, due_now: str) -> list:  # type: ignore[type-arg]
    """Service number, tariff, period and day of issue in a row of captions over their
    values; the energy's charges, their sum, the tax, the bill's total, then the balance
    before it, the payment and what is owed now."""
    return [
        text(30, 30, "Comisión Regional de Electricidad", 15, bold=True),
        text(360, 30, "AVISO-RECIBO DE SUMINISTRO ELÉCTRICO", 10, bold=True),
        text(30, 70, "Calle Padre Mier 8539, Col. Contry, Apodaca, N.L. C.P. 66223", 7),
        text(30, 80, "Atención a clientes: +52 81 8814 3852 RFC: COMI8807055U6", 7),
        text(30, 108, "USUARIO", 6),
        text(30, 119, "BRIGHTWATER RESIDENCIAL S. DE R.L. DE C.V.", 9, bold=True),
        text(400, 110, "Fecha límite sin recargo", 7),
        right(574, 110, "19 ENE 26", 8),
        *grid(
            160,
            [
                ("NÚM. DE SERVICIO", "TARIFA", "PERIODO FACTURADO", "RECIBO ELABORADO EL"),
                ("346889010883", "02", "29 OCT 25 AL 27 DIC 25", "29 DIC 25"),
            ],
            [33, 130, 250, 470],
            step=13,
        ),
        *grid(
            210,
            [
                ("Concepto", "Consumo", "Precio (MXN)", "Subtotal"),
                ("Cargo fijo por suministro", "", "", "77.74"),
                ("Energía - primeros 50 kWh", "50 kWh", "3.2490", "162.45"),
                ("Energía adicional", "16,300 kWh", "4.2639", "69,501.57"),
                ("Importe de la energía", "", "", "$69,741.76"),
                ("IVA sobre energía 16%", "", "", "$11,158.68"),
                ("Importe facturado del bimestre", "", "", "$80,900.44"),
                ("Adeudo anterior", "", "", previous),
                ("Su pago", "", "", paid),
                ("Total a pagar este bimestre", "", "", due_now),
            ],
            [246, -440, -510, -578],
            step=14,
        ),
    ]


def test_a_mexican_electric_bill_names_its_service_number_day_and_sums_in_its_words() -> None:
    extraction = read([electric_bill("$1,884.80", "-$942.40", "$81,842.84")])
    got = values(extraction)
    assert got["account_number"] == "346889010883"
    assert got["invoice_date"] == "2025-12-29"
    assert got["due_date"] == "2026-01-19"
    assert got["vendor_tax_id"] == "COMI8807055U6"
    assert got["vendor_phone"].endswith("8188143852")
    # the energy's sum closes its charges: no item, the subtotal
    assert [amount for amount, _ in described(extraction)] == ["77.74", "162.45", "69501.57"]
    assert got["subtotal"] == "69741.76"
    assert (got["total"], got["amount_due"]) == ("80900.44", "81842.84")


def test_a_pool_route_receipt_names_its_client_over_the_site_not_in_its_sentences() -> None:
    page = [
        text(60, 20, "Crystal Clear Pool Service", 12, bold=True),
        text(110, 36, "1893 Walnut Hill Ln", 7),
        text(110, 46, "Houston, TX 77098", 7),
        text(110, 56, "Ph (713) 201-7927", 7),
        text(75, 88, "POOL SERVICE RECEIPT", 10, bold=True),
        text(14, 110, "Visit Receipt No. 251810", 8),
        text(14, 121, "Serviced On: Friday, February 13, 2026", 8),
        text(14, 132, "Technician: Kyle B.   Route 2", 8),
        text(14, 163, "SERVICE LOCATION", 8, bold=True),
        text(20, 174, "Brightwater Residential Management LLC", 8),
        text(20, 184, "Mesquite Springs", 8),
        text(20, 194, "410 Fredericksburg Rd", 8),
        text(20, 204, "San Antonio, TX 78201", 8),
        text(14, 240, "Weekly pool service", 8),
        right(262, 240, "100.00", 8),
        text(14, 252, "Filter cartridge clean", 8),
        right(262, 252, "125.00", 8),
        text(54, 275, "Total for This Visit", 8, bold=True),
        right(274, 275, "$225.00", 8),
        text(54, 292, "Charged to your account - monthly statement to follow", 7),
        text(14, 320, "Customer not present - gate photo on file", 7),
    ]
    got = values(read([page], size=(288, 400)))
    assert got["customer_name"] == "Brightwater Residential Management LLC"
    assert (
        got["service_address"] == "Mesquite Springs, 410 Fredericksburg Rd, San Antonio, TX 78201"
    )
    assert got["invoice_number"] == "251810"


def painting_rows(unit: str, day: str, rows: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    return [(f"DEPTO. {unit}", "", "", ""), *((day, work, "1", amount) for work, amount in rows)]


def test_a_painters_apartments_run_over_two_pages_and_its_captions_name_the_day_to_pay() -> None:
    columns = [44, 100, -500, -568]
    first = [
        text(90, 35, "Acabados Finos del Caribe", 14, bold=True),
        text(470, 35, "FACTURA", 14, bold=True),
        text(90, 55, "Calle del Parque 2898, Carolina, PR 00968", 8),
        text(370, 65, "No. de factura de trabajos: 80201", 8),
        text(370, 77, "Fecha de presentación: 16 de Enero de 2026", 8),
        text(48, 120, "Apartamentos trabajados", 7),
        text(225, 120, "Importe total de los trabajos", 7),
        text(403, 120, "El pago de esta factura vence el", 7),
        text(48, 132, "2", 9),
        text(225, 132, "$ 1,393.95", 9),
        text(403, 132, "15 de Febrero de 2026", 9),
        *grid(
            200,
            [
                ("Fecha", "Trabajo realizado", "Cant.", "Importe"),
                *painting_rows("F2", "12/22/2025", [("Retoques de pintura", "160.00")]),
                *painting_rows("E1", "12/22/2025", [("Pintura interior completa", "800.00")]),
            ],
            columns,
            step=16,
        ),
        right(470, 730, "Continúa en la página siguiente", 7),
    ]
    second = [
        text(40, 35, "Acabados Finos del Caribe  FACTURA 80201 (continuación)", 9),
        *grid(
            70,
            [("Fecha", "Trabajo realizado", "Cant.", "Importe")],
            columns,
        ),
        text(390, 86, "Total Depto. E1", 8),
        right(568, 86, "800.00", 8),
        *grid(
            103,
            painting_rows("B6", "12/23/2025", [("Pintura de puertas y molduras", "290.00")]),
            columns,
            step=16,
        ),
        text(327, 160, "Suma de apartamentos", 8),
        right(567, 160, "$ 1,250.00", 8),
        text(327, 175, "IVU sobre mano de obra 11.5%", 8),
        right(567, 175, "$ 143.75", 8),
        text(327, 190, "Importe total de los trabajos", 8, bold=True),
        right(567, 190, "$ 1,393.95", 8),
    ]
    extraction = read([first, second])
    got = values(extraction)
    assert described(extraction) == [
        ("160.00", "Retoques de pintura"),
        ("800.00", "Pintura interior completa"),
        ("290.00", "Pintura de puertas y molduras"),
    ]
    assert got["due_date"] == "2026-02-15"
    assert (got["tax"], got["total"]) == ("143.75", "1393.95")


def test_a_hand_filled_pad_names_its_number_sums_and_addresses_in_its_own_words() -> None:
    page = [
        text(94, 40, "Jardinería Los Pinos", 15, bold=True),
        text(470, 45, "FACTURA", 14, bold=True),
        text(94, 75, "8501 Airline Dr, Ste 177, San Antonio, TX 78254", 7),
        text(460, 88, "Talonario núm.", 7),
        text(530, 88, "0303", 12, bold=True),
        text(38, 125, "Día de la factura:", 7),
        text(120, 123, "20-mar-26", 10),
        text(300, 125, "Núm. de orden del cliente PO-22988", 8),
        text(38, 150, "Cliente:", 7),
        text(84, 148, "Brightwater Residential Management LLC", 10),
        text(84, 168, "4100 Spring Valley Rd, Suite 300", 10),
        text(38, 173, "Dirección:", 7),
        text(102, 192, "Dallas, TX 75244", 10),
        text(114, 211, "Condado Bay Villas, Calle Loíza 1870, San Juan, PR 00911", 10),
        text(38, 216, "Lugar del trabajo:", 7),  # under what is written on its line
        *grid(
            320,
            [
                ("CANT.", "DESCRIPCIÓN", "PRECIO", "IMPORTE"),
                ("1", "Mantenimiento mensual de áreas verdes", "2,600.00", "2,600.00"),
                ("25", "Plantas de temporada (charolas)", "39.00", "975.00"),
            ],
            [50, 100, -530, -568],
            step=20,
        ),
        text(38, 590, "Condiciones:", 7),
        text(340, 590, "Importe de trabajos", 7),
        right(568, 590, "$3,575.00", 10),
        text(38, 618, "Plazo de pago hasta:", 7),
        text(128, 617, "4-abr-26", 10),
        text(340, 610, "Impuesto sobre servicios 8.25%", 7),
        right(568, 610, "$294.94", 10),
        text(340, 630, "Suma total", 7),
        right(568, 630, "$3,869.94", 10),
    ]
    got = values(read([page]))
    assert got["invoice_number"] == "0303"
    assert got["po_number"] == "PO-22988"
    assert got["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert got["due_date"] == "2026-04-04"
    assert got["service_address"] == "Condado Bay Villas, Calle Loíza 1870, San Juan, PR 00911"
    assert (got["subtotal"], got["tax"], got["total"]) == ("3575.00", "294.94", "3869.94")


def test_a_line_of_trade_opening_with_a_label_word_stays_in_the_letterhead() -> None:
    page = [
        text(40, 40, "Recolección de Desechos del Este", 16, bold=True),
        text(40, 60, "Propiedad comercial y residencial: recogido y reciclaje", 8),
        text(40, 74, "Calle del Parque 8841", 8),
        text(40, 85, "Guaynabo, PR 00945", 8),
        text(360, 40, "FACTURA DE SERVICIO", 12, bold=True),
        text(360, 70, "Fecha de factura: 22-sep-2025", 8),
        text(40, 130, "Cliente", 8, bold=True),
        text(40, 142, "Brightwater Residential Management LLC", 8),
        text(40, 153, "Ave. Ponce de León 1250, Suite 801", 8),
        text(40, 164, "San Juan, PR 00907", 8),
        *grid(
            200,
            [
                ("Servicio", "Cant.", "Tarifa", "Cargo"),
                ("Contenedor 8 yd recolección", "4", "587.47", "2,349.88"),
            ],
            [40, -300, -380, -460],
        ),
        text(300, 250, "Total a pagar", 9, bold=True),
        right(460, 250, "$2,349.88", 9),
    ]
    got = values(read([page]))
    assert got["vendor_address"] == "Calle del Parque 8841, Guaynabo, PR 00945"
    assert got["customer_name"] == "Brightwater Residential Management LLC"


def test_a_lone_letter_read_off_a_logo_names_no_number() -> None:
    page = [
        text(40, 40, "Ñ 1", 9),  # a monogram as OCR reads it
        text(94, 40, "Jardinería Los Pinos", 15, bold=True),
        text(94, 60, "8501 Airline Dr, Ste 177, San Antonio, TX 78254", 7),
        text(420, 40, "FACTURA", 14, bold=True),
        text(420, 66, "Talonario", 7),
        text(540, 62, "0303", 12, bold=True),
        text(38, 125, "Día de la factura: 20-mar-26", 8),
        *grid(
            200,
            [("CANT.", "DESCRIPCIÓN", "IMPORTE"), ("1", "Poda de árboles", "1,500.00")],
            [50, 100, -568],
        ),
        text(340, 260, "Suma total", 8),
        right(568, 260, "$1,500.00", 9),
    ]
    assert values(read([page]))["invoice_number"] == "0303"


def test_a_misread_ampersand_names_no_currency_and_a_mark_in_a_box_no_order() -> None:
    page = [
        text(40, 40, "Guardian Access & Alarm", 14, bold=True),
        text(40, 58, "3150 Walnut Hill Ln, Houston, TX 77054", 8),
        text(400, 40, "WORK ORDER / RECEIPT", 11, bold=True),
        text(400, 60, "No. 52817", 9),
        text(400, 74, "Date: 11/03/2025", 9),
        text(40, 110, "P.O. #", 8),
        text(44, 122, "8", 9),
        *grid(
            200,
            [
                ("Qty", "Work done", "Each", "Amount"),
                ("1", "LOCKOUT - OPEN € RESET APT 506", "95.00", "95.00"),
                ("2", "Rekey cylinder", "35.00", "70.00"),
            ],
            [40, 70, -470, -560],
        ),
        text(400, 260, "TOTAL", 9, bold=True),
        right(560, 260, "$165.00", 9),
    ]
    got = values(read([page]))
    assert got["total"] == "165.00"
    assert got.get("currency") in (None, "USD")
    assert "po_number" not in got
