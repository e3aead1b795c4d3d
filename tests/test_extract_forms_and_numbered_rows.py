"""Parties, tables and tills as more vendors print them: the vendor's own block under
'From' beside the client's, a service firm's factura with numbered rows, a rate column
('% Imp.'), its place and date of issue in words and its payment address under an
inline heading; a building-supply store's pre-printed sales note filled in on its
lines; a utility bill whose charges stand in sections under their headings, beside a
row of captions over values; and a home center's till slip with its tax class apart,
its card's masked number and its payment reference under the total."""

from __future__ import annotations

from decimal import Decimal

from benchmarks.accuracy import normalise
from docmatch.types import DocumentType
from extract import extract_document
from extract.formats import fix_ocr_digits
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_read_by_content import grid, sums


def read(items: list, size: tuple[float, float] = (612, 792)):  # type: ignore[no-untyped-def, type-arg]
    return extract_document(read_pdf(draw_pdf([items], size=size)).pages)


def values(extraction) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {name: field.value for name, field in extraction.fields.items()}


def rows(extraction) -> list[tuple[str, str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [
        (i.description, i.quantity and str(i.quantity), i.unit_price and str(i.unit_price),
         str(i.amount))
        for i in extraction.line_items
    ]  # fmt: skip


def same_address(got: str | None, want: str) -> bool:
    return normalise("vendor_address", got) == normalise("vendor_address", want)


def online_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(58, 46, "Harbor Glass & Screen", 16, bold=True),
        text(479, 46, "Invoice", 16, bold=True),
        text(72, 104, "Total outstanding", 9),
        text(439, 104, "Due Nov 1, 2025", 9),
        text(450, 124, "Invoice reference HG-2291", 8),
        text(72, 124, "$90.00", 22, bold=True),
        text(288, 124, "Pay securely online at pay.harborglass.example/i/q8x2", 7),
        text(50, 178, "Invoice reference", 8),
        text(166, 178, "HG-2291", 8),
        text(50, 191, "Invoice created", 8),
        text(166, 191, "Oct 2, 2025", 8),
        text(50, 231, "From", 8, bold=True),
        text(226, 231, "Client details", 8, bold=True),
        text(402, 231, "Property served", 8, bold=True),
        text(50, 245, "Harbor Glass & Screen", 8),
        text(226, 245, "Seabreeze Property Group", 8),
        text(402, 245, "Lakeview Commons", 8),
        text(50, 256, "771 Dock Rd, Unit 9", 8),
        text(226, 256, "55 Ocean Blvd, Suite 12", 8),
        text(402, 256, "18 Lake St", 8),
        text(50, 267, "Tampa, FL 33602", 8),
        text(226, 267, "Sarasota, FL 34236", 8),
        text(402, 267, "Tampa, FL 33610", 8),
        text(50, 278, "813-555-0147", 8),
        text(50, 289, "billing@harborglass.example", 8),
    ]
    items += grid(
        325,
        [("Items & services", "Qty", "Line subtotal"), ("Screen repair", "2", "$90.00")],
        [50, -440, -560],
    )
    return items + sums(380, [(322, "Total for this invoice (USD)", "$90.00")])


def test_the_vendors_own_block_under_from_beside_the_clients() -> None:
    got = values(read(online_invoice()))
    assert got["vendor_name"] == "Harbor Glass & Screen"
    assert same_address(got.get("vendor_address"), "771 Dock Rd, Unit 9, Tampa, FL 33602")
    assert got.get("vendor_phone") == "8135550147"
    assert got.get("vendor_email") == "billing@harborglass.example"
    assert got["customer_name"] == "Seabreeze Property Group"


def factura() -> list:  # type: ignore[type-arg]
    items = [
        text(94, 37, "Impermeabilizantes Garza", 14, bold=True),
        text(395, 37, "FACTURA DE SERVICIOS", 12, bold=True),
        text(94, 51, "Impermeabilización y mantenimiento de azoteas para edificios", 8),
        text(94, 68, "Calle Morelos 210", 8),
        text(94, 79, "Col. Centro", 8),
        text(94, 90, "Saltillo, Coah. C.P. 25000", 8),
        text(460, 72, "Factura N.º", 8),
        text(451, 84, "G-00412", 8),
        text(300, 137, "Expedida en Saltillo, Coah., el 4 de febrero del 2026", 8),
        text(49, 162, "Fecha de realización", 8),
        text(182, 162, "Fecha límite para pagar", 8),
        text(49, 172, "28/01/2026", 8),
        text(182, 172, "06/03/2026", 8),
        text(40, 199, "RECEPTOR DE LA FACTURA", 8, bold=True),
        text(40, 216, "Condominios Arteaga S.A. de C.V.", 8),
        text(40, 227, "Blvd. Venustiano Carranza 900", 8),
        text(40, 238, "Saltillo, Coah. 25280", 8),
    ]
    headings = ["Part. Trabajos realizados", "Cant.", "U. M.", "P. por unidad", "Importe", "% Imp."]
    items += grid(278, [tuple(headings)], [47, 327, 362, 405, 500, 540])
    for k, (what, qty, unit, price, amount) in enumerate(
        [
            ("Sellado de grietas en azotea", "1", "serv.", "1,250.00", "1,250.00"),
            ("Membrana asfáltica", "12", "m2", "85.00", "1,020.00"),
            ("Limpieza de bajadas pluviales", "3", "pza", "40.00", "120.00"),
        ]
    ):
        y = 295 + 17 * k
        items += [text(53, y, str(k + 1), 8), text(74, y, what, 8), right(346, y, qty, 8)]
        items += [text(362, y, unit, 8), right(454, y, price, 8), right(528, y, amount, 8)]
        items += [text(544, y, "16%", 8)]
    items += sums(
        370,
        [
            (342, "Suma antes de impuestos", "$2,390.00"),
            (342, "Impuesto trasladado IVA 16%", "$382.40"),
            (342, "Importe neto de la factura", "$2,772.40"),
        ],
    )
    items += [
        text(40, 440, "Dirección para pagos: Impermeabilizantes Garza", 8),
        text(50, 451, "Apartado Postal 3310", 8),
        text(50, 462, "Saltillo, Coah. C.P. 25001", 8),
    ]
    return items


def test_a_factura_with_numbered_rows_a_rate_column_and_its_place_of_issue() -> None:
    extraction = read(factura())
    got = values(extraction)
    assert got["invoice_number"] == "G-00412"
    assert got["invoice_date"] == "2026-02-04"  # issued in Saltillo that day, not the work's
    assert got["due_date"] == "2026-03-06"
    assert same_address(
        got.get("vendor_address"), "Calle Morelos 210, Col. Centro, Saltillo, Coah. C.P. 25000"
    )
    assert same_address(
        got.get("remit_to_address"), "Apartado Postal 3310, Saltillo, Coah. C.P. 25001"
    )
    assert got["total"] == "2772.40"
    assert rows(extraction) == [
        ("Sellado de grietas en azotea", "1", "1250.00", "1250.00"),
        ("Membrana asfáltica", "12", "85.00", "1020.00"),
        ("Limpieza de bajadas pluviales", "3", "40.00", "120.00"),
    ]


def sales_note(buyer: str, address: str) -> list:  # type: ignore[type-arg]
    items = [
        text(24, 30, "Ferretería La Tuerca", 13, bold=True),
        text(270, 30, "NOTA DE REMISIÓN", 12, bold=True),
        text(24, 46, "Materiales para construcción, plomería y electricidad", 8),
        text(24, 57, "Av. Juárez 455", 8),
        text(264, 57, "Nº 00731", 10),
        text(24, 66, "Guadalupe, N.L. C.P. 67100", 8),
        text(24, 75, "Tels. +52 81 8300 1122", 8),
        text(24, 118, "Fecha de venta: 9/febrero/2026", 8),
        text(24, 135, "Sr.(es):", 8),
        text(24, 152, "Dirección:", 8),
        text(24, 170, "Obra / entrega:", 8),
    ]
    if buyer:
        items += [text(62, 135, buyer, 8), text(71, 152, address, 8)]
    items += [
        text(31, 196, "PIEZAS", 8, bold=True),
        text(134, 196, "MATERIAL", 8, bold=True),
        text(250, 196, "P. UNITARIO IMPORTE PARCIAL", 8, bold=True),
    ]
    for k, (qty, what, price, amount) in enumerate(
        [("4", "BROCHA 3 PULG", "21.50", "86.00"), ("2", "TAQUETE PLASTICO 1/4", "3.25", "6.50")]
    ):
        y = 212 + 17 * k
        items += [text(42, y, qty, 8), text(70, y, what, 8)]
        items += [right(300, y, price, 8), right(370, y, amount, 8)]
    items += [
        text(212, 300, "SUMA DE MATERIALES $", 8),
        right(370, 300, "92.50", 8),
        text(232, 316, "IMP. VENTA 8.25% $", 8),
        right(370, 316, "7.63", 8),
        text(208, 332, "TOTAL DE LA REMISIÓN $", 8),
        right(370, 332, "100.13", 8),
        text(91, 380, "Entregó", 8),
        text(258, 380, "Recibí de conformidad", 8),
        text(
            24,
            396,
            "Este documento no es un comprobante fiscal. Si requiere factura, solicítela.",
            7,
        ),
    ]
    return items


def test_a_sales_note_filled_in_on_its_printed_lines() -> None:
    extraction = read(
        sales_note("Condominios Arteaga S.A. de C.V.", "Blvd. Carranza 900, Saltillo, Coah. 25280"),
        (396, 612),
    )
    got = values(extraction)
    assert extraction.document_type == DocumentType.RECEIPT  # 'no es un comprobante fiscal'
    assert got["customer_name"] == "Condominios Arteaga S.A. de C.V."  # not 'conformidad'
    assert same_address(got.get("bill_to_address"), "Blvd. Carranza 900, Saltillo, Coah. 25280")
    assert same_address(got.get("vendor_address"), "Av. Juárez 455, Guadalupe, N.L. C.P. 67100")
    assert got["tax"] == "7.63"  # 'IMP. VENTA'
    assert got["total"] == "100.13"
    assert rows(extraction) == [  # the text opens left of its centred heading
        ("BROCHA 3 PULG", "4", "21.50", "86.00"),
        ("TAQUETE PLASTICO 1/4", "2", "3.25", "6.50"),
    ]


def test_a_sales_note_whose_buyer_lines_were_left_blank() -> None:
    got = values(read(sales_note("", ""), (396, 612)))
    assert "customer_name" not in got  # 'Dirección:' and 'Recibí de conformidad' name no one
    assert "bill_to_address" not in got


def utility_bill() -> list:  # type: ignore[type-arg]
    items = [
        text(88, 29, "Coastal Bend Water District", 13, bold=True),
        text(483, 24, "5100 Bay Rd", 8),
        text(483, 34, "Corpus Christi, TX 78411", 8),
        text(436, 44, "Customer Service Center: 361.555.0190", 8),
        text(88, 48, "WATER SERVICES BILL", 11, bold=True),
        text(44, 87, "Customer Account ID", 8),
        text(179, 87, "Bill Control No.", 8),
        text(314, 87, "Bill Issue Date", 8),
        text(449, 87, "Bill Due Date", 8),
        text(44, 99, "600213-22001", 8),
        text(179, 99, "0771204410", 8),
        text(314, 99, "Mar 3, 2026", 8),
        text(449, 99, "Mar 24, 2026", 8),
        text(36, 131, "NAME ON BILL", 8, bold=True),
        text(36, 142, "Seabreeze Property Group", 8),
        text(36, 153, "55 Ocean Blvd, Suite 12", 8),
        text(36, 164, "Sarasota, FL 34236", 8),
        text(340, 137, "ACCOUNT BALANCE SUMMARY", 8, bold=True),
        *sums(
            158,
            [
                (340, "Previous Bill Total", "$612.40"),
                (340, "Payments Since Your Last Bill", "-$612.40"),
                (340, "Current Bill Charges", "$395.75"),
                (340, "Total Amount to Pay", "$395.75"),
            ],
        ),
        text(40, 300, "Item Billed", 8, bold=True),
        text(316, 300, "Quantity Billed", 8, bold=True),
        text(478, 300, "Rate", 8, bold=True),
        text(541, 300, "Billed ($)", 8, bold=True),
        text(40, 318, "Water Service", 8, bold=True),
        text(50, 331, "Water base charge", 8),
        right(572, 331, "42.10", 8),
        text(50, 344, "Water usage", 8),
        text(351, 344, "48.5 kgal", 8),
        right(494, 344, "5.20", 8),
        right(572, 344, "252.20", 8),
        text(40, 362, "Sewer", 8, bold=True),
        text(50, 375, "Sewer service", 8),
        right(572, 375, "101.45", 8),
        text(419, 395, "Current Bill Total", 8),
        right(572, 395, "$395.75", 8),
        text(42, 633, "Customer Account ID", 8),
        text(222, 633, "Bill Due Date", 8),
        text(402, 633, "Total Amount to Pay", 8),
        text(144, 645, "600213-22001", 8),
        text(329, 645, "Mar 24, 2026", 8),
        right(560, 645, "$395.75", 8),
    ]
    return items


def test_a_utility_bills_sections_and_the_captions_of_its_stub() -> None:
    extraction = read(utility_bill())
    got = values(extraction)
    assert got["invoice_number"] == "0771204410"  # 'Bill Control No.'
    assert got["amount_due"] == "395.75"  # 'Total Amount to Pay'
    assert got["previous_balance"] == "612.40"  # 'Previous Bill Total'
    assert got["customer_name"] == "Seabreeze Property Group"  # 'NAME ON BILL'
    assert got["vendor_name"] == "Coastal Bend Water District"
    assert rows(extraction) == [  # no 'Water Service' over the first, no stub's row
        ("Water base charge", None, None, "42.10"),
        ("Water usage", "48.5", "5.20", "252.20"),
        ("Sewer service", None, None, "101.45"),
    ]


def till_slip() -> list:  # type: ignore[type-arg]
    items = [
        text(50, 16, "GULF COAST HOME CENTER", 9, bold=True),
        text(64, 30, "1200 Harbor Dr", 7),
        text(64, 40, "Galveston, TX 77550", 7),
        text(70, 50, "TEL 409-555-0133", 7),
        text(44, 59, "SALES TAX PERMIT # 32-0044871", 6),
        text(10, 72, "ST# 0211 OP# 004410 TE# 12 TR# 40718", 7),
        text(10, 83, "PROJECT NAME: HARBOR VIEW", 7),
    ]
    y = 98.0
    for name, amount, upc, count in [
        ("WAX RING KIT", "13.90", "041234567890", "2 @ 6.95"),
        ("OUTLET COVER 3PK", "4.25", "041234567891", None),
    ]:
        items += [text(10, y, name, 7), right(200, y, amount, 7), text(207, y, "T", 7)]
        items += [text(18, y + 9, upc, 7), text(71, y + 9, "SKU 100-2000", 7)]
        y += 18
        if count:
            items.append(text(18, y, count, 7))
            y += 9
    items += [
        text(90, y + 8, "MDSE SUBTOTAL", 7),
        right(200, y + 8, "18.15", 7),
        text(99, y + 18, "TAX 1 8.25%", 7),
        right(200, y + 18, "1.50", 7),
        text(102, y + 28, "TOTAL AMT", 7),
        right(200, y + 28, "19.65", 7),
        text(90, y + 44, "VISA TEND", 7),
        right(200, y + 44, "19.65", 7),
        text(14, y + 54, "ACCT # **** **** **** 5521", 7),
        text(14, y + 63, "REF # 518203774412", 7),
        text(71, y + 90, "02/14/2026 10:22:51", 7),
    ]
    return items


def test_a_home_centers_till_slip() -> None:
    extraction = read(till_slip(), (221, 400))
    got = values(extraction)
    assert got["invoice_number"] == "40718"  # 'TR#', not the card payment's 'REF #'
    assert got["tax"] == "1.50"  # 'TAX 1 8.25%': the tax band, its rate, then the tax
    assert "account_number" not in got  # the card's masked number
    assert got.get("vendor_tax_id") == "32-0044871"
    assert got.get("service_address") is None  # the project's name runs into no item
    assert [(d, a) for d, _, _, a in rows(extraction)] == [
        ("WAX RING KIT", "13.90"),  # 'T', the tax class, apart right of the amount
        ("OUTLET COVER 3PK", "4.25"),
    ]
    assert extraction.line_items[0].quantity == Decimal("2")


def test_an_amount_ocr_split_inside_its_hundreds() -> None:
    assert fix_ocr_digits("$41 7.34").split() == ["$417.34"]
    assert fix_ocr_digits("Total $4 17.34 USD").split() == ["Total", "$417.34", "USD"]
    assert fix_ocr_digits("2 7.34") == "2 7.34"  # a count and a price
    assert fix_ocr_digits("$41 17.34") == "$41 17.34"  # no thousands without a separator


def elevator_factura() -> list:  # type: ignore[type-arg]
    items = [
        text(40, 42, "Ascensores del Caribe", 14, bold=True),
        text(40, 60, "Calle Tetuán 212", 8),
        text(388, 60, "FACTURA DE SERVICIO Nro. C-1180", 10, bold=True),
        text(40, 71, "Guaynabo, PR 00968", 8),
        text(40, 92, "Seguro social patronal: 66-0192834", 8),
        text(46, 122, "ADMINISTRACIÓN FACTURADA", 8, bold=True),
        text(46, 138, "Seabreeze Property Group", 8),
        text(46, 150, "Ave. Ashford 1020, Suite 4", 8),
        text(46, 161, "San Juan, PR 00907", 8),
        text(349, 138, "Fecha de emisión del documento", 8),
        right(560, 138, "12.01.2026", 8),
        text(46, 192, "EDIFICIO ATENDIDO", 8, bold=True),
        text(46, 207, "Torre Marina", 8),
        text(46, 218, "Calle Loíza 2100", 8),
        text(46, 229, "San Juan, PR 00911", 8),
    ]
    items += grid(
        273,
        [("Trabajos realizados", "Importe"), ("Mantenimiento mensual de elevador", "640.00")],
        [41, -560],
    )
    items += [text(300, 330, "Impuesto (11.5%)", 8), right(560, 330, "73.60", 8)]
    items += [text(300, 345, "Neto a liquidar", 8), right(560, 345, "713.60 USD", 8)]
    return items


def test_a_factura_names_its_parties_and_the_sum_to_pay_in_words_of_its_trade() -> None:
    got = values(read(elevator_factura()))
    assert got["customer_name"] == "Seabreeze Property Group"  # not 'ADMINISTRACIÓN ...'
    assert normalise("service_address", got.get("service_address")) == normalise(
        "service_address", "Torre Marina, Calle Loíza 2100, San Juan, PR 00911"
    )
    assert got.get("vendor_tax_id") == "66-0192834"
    assert got.get("amount_due") == "713.60"
