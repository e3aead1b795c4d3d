"""A cooperative's member bill (the member named beside the account's details and again
with the mailing address on the stub, charges priced as 'kWh x rate', a change of
address form on the back), an ERP's invoice (the vendor named by its own web domain, a
tax code in each row), a CFDI whose concepts each print their taxes under them, a
subscription billed and charged to a card by a billing system, and a transfer station's
scale ticket on a pre-printed form."""

from __future__ import annotations

from decimal import Decimal

import pytest

from docmatch.types import DocumentType, Page, PageSource, Word
from extract import extract_document
from extract.context import build_document
from extract.invoice import period_candidates
from extract.model import ExtractionHints
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read


def member_bill() -> list:  # type: ignore[type-arg]
    first = [
        text(82, 30, "Sunshine Electric Cooperative", 14, bold=True),
        text(400, 30, "ELECTRIC SERVICE STATEMENT", 9, bold=True),
        text(82, 58, "1451 Palm Ave, Hialeah, FL 33086", 7),
        text(36, 116, "Member Name", 7),
        text(142, 116, "Brightwater Residential Management LLC", 7),
        text(36, 129, "Account No.", 7),
        text(142, 129, "1301664-038", 7),
        text(36, 142, "Date of This Bill", 7),
        text(142, 142, "01/13/2026", 7),
        text(36, 155, "Service Period", 7),
        text(142, 155, "12/09/2025 to 01/06/2026", 7),
        text(36, 168, "Service Location", 7),
        text(142, 168, "2100 Coral Way", 7),
        text(142, 178, "Miami, FL 33145", 7),
        text(328, 104, "BALANCE DUE THIS STATEMENT", 8, bold=True),
        text(328, 126, "Please Remit By: 02/02/2026", 8),
        text(326, 142, "Previous Bill Amount", 7),
        right(566, 142, "$2,981.93", 7),
        text(326, 155, "No Payment Posted Since Last Bill", 7),
        right(566, 155, "$0.00", 7),
        text(326, 168, "Unpaid Balance Forward", 7),
        right(566, 168, "$2,981.93", 7),
        text(326, 181, "Balance Due This Statement", 7),
        right(566, 181, "$3,508.19", 7),
        text(36, 328, "Current Charges Detail", 8, bold=True),
        text(36, 345, "Customer Charge", 7),
        right(300, 345, "30.86", 7),
        text(36, 358, "Energy Charge", 7),
        text(160, 358, "2,144 kWh x $0.0646", 7),
        right(300, 358, "138.50", 7),
        text(36, 371, "Area Lighting - LED Flood 70W", 7),
        text(160, 371, "14 lamps x $15.57", 7),
        right(300, 371, "217.98", 7),
        text(96, 395, "Electric Charges Subject to Sales Tax", 7),
        right(300, 395, "$387.34", 7),
        text(146, 408, "Florida Sales Tax (7%)", 7),
        right(300, 408, "$27.11", 7),
        text(100, 421, "Current Month's Electric Charges", 7),
        right(300, 421, "$414.45", 7),
        text(70, 691, "Brightwater Residential Management LLC", 7),
        text(70, 701, "4100 Spring Valley Rd, Suite 300", 7),
        text(70, 713, "Dallas, TX 75244", 7),
        text(338, 691, "SEND PAYMENT TO", 7),
        text(338, 701, "Sunshine Electric Cooperative", 7),
        text(338, 713, "P.O. Box 253201", 7),
        text(338, 725, "Kissimmee, FL 34772", 7),
    ]
    back = [
        text(30, 36, "IMPORTANT INFORMATION ABOUT YOUR BILL", 9, bold=True),
        text(30, 620, "CHANGE OF ADDRESS OR PHONE", 8, bold=True),
        text(30, 647, "Name on account", 7),
        text(30, 668, "New mailing address", 7),
        text(30, 690, "City, State, ZIP", 7),
        text(30, 712, "Phone", 7),
    ]
    return [first, back]


def test_a_member_named_beside_the_account_has_the_address_the_stub_prints_under_the_name() -> None:
    result = read(member_bill())
    assert result.fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert (
        result.fields["bill_to_address"].value
        == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    )
    assert result.fields["bill_to_address"].method == "name_again"


def test_charges_priced_as_usage_times_rate_and_the_taxed_sum_as_subtotal() -> None:
    result = read(member_bill())
    items = {i.description: i for i in result.line_items}
    assert list(items) == ["Customer Charge", "Energy Charge", "Area Lighting - LED Flood 70W"]
    assert (items["Energy Charge"].quantity, items["Energy Charge"].unit_price) == (
        Decimal("2144"),
        Decimal("0.0646"),
    )
    lamps = items["Area Lighting - LED Flood 70W"]
    assert (lamps.quantity, lamps.unit_price, lamps.amount) == (
        Decimal("14"),
        Decimal("15.57"),
        Decimal("217.98"),
    )
    assert result.fields["subtotal"].value == "387.34"
    assert result.fields["tax"].value == "27.11"


def erp_invoice(rows: list[tuple[str, ...]], totals: list[tuple[str, str]]) -> list:  # type: ignore[type-arg]
    items = [
        text(53, 41, "Servicio comercial y residencial en toda el área metropolitana", 7),
        text(42, 80, "Piscinas Caribe", 9),
        text(42, 91, "Ave. Roberto H. Todd 5737", 9),
        text(42, 101, "Carolina, PR 00942", 9),
        text(332, 117, "Brightwater Residential Management LLC", 9),
        text(332, 128, "Ave. Ponce de León 1250, Suite 801", 9),
        text(332, 139, "San Juan, PR 00907", 9),
        text(42, 228, "Factura INV/2026/17410", 16, bold=True),
        *grid(
            301,
            [("Descripción", "Cantidad", "Precio unitario", "Impuestos", "Importe"), *rows],
            [46, -336, -412, 440, -566],
            step=19,
        ),
        text(
            150,
            752,
            "Tel. (939) 508-7428 | administracion@piscinascaribe.com | www.piscinascaribe.com",
            7,
        ),
    ]
    y = 301 + 19 * (len(rows) + 2)
    for label, amount in totals:
        items += [text(324, y, label, 9), right(566, y, amount, 9)]
        y += 17
    return items


def test_the_vendor_is_the_name_its_own_web_domain_spells_not_the_company_beside_it() -> None:
    rows = [("Limpieza de filtro de cartucho", "1.00 Servicio", "130.00", "IVU 11.5%", "$ 130.00")]
    result = read([erp_invoice(rows, [("Total con IVU", "$ 144.95")])])
    assert result.fields["vendor_name"].value == "Piscinas Caribe"
    assert result.fields["customer_name"].value == "Brightwater Residential Management LLC"
    assert result.fields["bill_to_address"].value.startswith("Ave. Ponce de León 1250")


def test_a_tax_code_in_each_row_makes_no_totals_row() -> None:
    rows = [
        ("Ácido muriático", "2.00 Galón", "13.01", "IVU 11.5%", "$ 26.02"),
        ("Abono granulado para áreas verdes", "5.00 Unidades", "33.15", "IVU 11.5%", "$ 165.75"),
        ("Limpieza de filtro de cartucho", "1.00 Servicio", "130.00", "IVU 11.5%", "$ 130.00"),
    ]
    totals = [
        ("Importe sin impuestos", "$ 321.77"),
        ("IVU (estatal + municipal) 11.5%", "$ 37.00"),
        ("Total con IVU", "$ 358.77"),
    ]
    result = read([erp_invoice(rows, totals)])
    assert [(i.description, i.amount) for i in result.line_items] == [
        ("Ácido muriático", Decimal("26.02")),
        ("Abono granulado para áreas verdes", Decimal("165.75")),
        ("Limpieza de filtro de cartucho", Decimal("130.00")),
    ]
    assert result.fields["tax"].value == "37.00"
    assert result.fields["total"].value == "358.77"


def cfdi_page() -> list:  # type: ignore[type-arg]
    headings = [
        text(31, 287, "Clave del producto", 6),
        text(98, 287, "Cantidad", 6),
        text(149, 287, "Clave de", 6),
        text(284, 287, "Descripción", 6),
        text(426, 287, "Valor unitario", 6),
        text(500, 287, "Importe", 6),
        text(554, 287, "Objeto", 6),
        text(42, 294, "y/o servicio", 6),
        text(149, 294, "unidad", 6),
        text(552, 294, "impuesto", 6),
    ]

    def concept(y: float, key: str, count: str, lines: list[str], price: str, amount: str) -> list:  # type: ignore[type-arg]
        found = [
            text(43, y, key, 6),
            right(110, y, count, 6),
            text(149, y, "E48", 6),
            text(194, y, lines[0], 6),
            right(466, y, price, 6),
            right(538, y, amount, 6),
            text(560, y, "02", 6),
            text(137, y + 9, "Unidad de servicio", 6),
        ]
        found += [
            text(194, y + 9 * (k + 1) + (5 if k else 0), line, 6)
            for k, line in enumerate(lines[1:])
        ]
        y += 9 * len(lines) + 15
        found += grid(
            y,
            [
                ("Impuesto", "Tipo", "Base", "Tipo factor", "Tasa o cuota", "Importe"),
                ("IVA", "Traslado", amount, "Tasa", "0.160000", "1.00"),
            ],
            [194, 252, -365, 400, 442, -538],
            step=8,
        )
        return found

    return [
        text(28, 31, "Seguridad Privada Halcón S.A. de C.V.", 11, bold=True),
        text(28, 49, "RFC emisor: SEG800716905", 7),
        text(33, 272, "Conceptos", 8, bold=True),
        *headings,
        *concept(
            308,
            "92121500",
            "5",
            [
                "Servicio especializado de seguridad privada intramuros en",
                "Residencial Cumbres, 5 elementos",
            ],
            "19,683.00",
            "98,415.00",
        ),
        *concept(
            362,
            "92121500",
            "6",
            ["Elemento adicional por evento, turno de 12 horas"],
            "1,404.00",
            "8,424.00",
        ),
        text(339, 460, "Suma de importes", 7),
        right(566, 460, "$106,839.00", 7),
        text(339, 474, "Total de impuestos retenidos (IVA 6%)", 7),
        right(566, 474, "$6,410.34", 7),
    ]


def test_each_concept_of_a_cfdi_with_its_taxes_printed_under_it() -> None:
    result = read([cfdi_page()])
    assert [(i.description, i.quantity, i.amount) for i in result.line_items] == [
        (
            "Servicio especializado de seguridad privada intramuros en Residencial Cumbres, "
            "5 elementos",
            Decimal("5"),
            Decimal("98415.00"),
        ),
        ("Elemento adicional por evento, turno de 12 horas", Decimal("6"), Decimal("8424.00")),
    ]
    assert "tax" not in result.fields or result.fields["tax"].value != "6410.34"  # withheld


def subscription(rows: list[tuple[str, ...]], periods: list[str], remaining: str) -> list:  # type: ignore[type-arg]
    items = [
        text(50, 48, "Invoice", 18, bold=True),
        text(50, 90, "Reference number", 8),
        text(160, 90, "EB55071C-2568", 8),
        text(50, 187, "Guardian Alarm", 8, bold=True),
        text(50, 202, "4330 Coral Way, Unit 441", 8),
        text(50, 213, "Orlando, FL 32837", 8),
        text(50, 363, "Description", 8),
        right(400, 363, "Qty", 8),
        right(480, 363, "Unit price", 8),
        right(560, 363, "Amount", 8),
    ]
    y = 380
    for row, period in zip(rows, periods, strict=True):
        items += [text(50, y, row[0], 8), right(400, y, row[1], 8)]
        items += [right(480, y, row[2], 8), right(560, y, row[3], 8)]
        items.append(text(50, y + 13, period, 7))
        y += 33
    items += [
        text(312, y + 10, "Total excluding tax", 8),
        right(560, y + 10, "$1,097.99", 8),
        text(312, y + 29, "Amount paid", 8),
        right(560, y + 29, "$1,097.99", 8),
        text(312, y + 48, "Amount remaining", 8),
        right(560, y + 48, remaining, 8),
    ]
    return items


def test_a_billing_systems_remaining_amount_is_due_and_each_lines_term_no_description() -> None:
    rows = [
        ("Access Control Cloud - door license", "28", "$22.24", "$622.72"),
        ("Video Cloud - camera license, 30-day retention", "11", "$16.74", "$184.14"),
        ("Smart Intercom - entry panel service", "2", "$145.56", "$291.13"),
    ]
    periods = ["Nov 15 – Dec 14, 2025"] * 3
    result = read([subscription(rows, periods, "$0.00")])
    assert [i.description for i in result.line_items] == [row[0] for row in rows]
    assert result.fields["amount_due"].value == "0.00"


def scale_ticket(paid: str) -> list:  # type: ignore[type-arg]
    checked = {"cash": "X CASH", "card": "X CREDIT CARD"}
    return [
        text(18, 16, "METRO WASTE SERVICES", 12, bold=True),
        text(400, 16, "SCALE TICKET", 10, bold=True),
        text(18, 46, "350 Stemmons Fwy, Unit 73, Houston, TX 77064", 6),
        text(39, 199, "QTY", 6),
        text(86, 199, "UNIT", 6),
        text(237, 199, "DESCRIPTION", 6),
        text(430, 199, "RATE", 6),
        text(502, 199, "AMOUNT", 6),
        right(62, 212, "2.22", 7),
        text(86, 212, "TN", 7),
        text(117, 212, "BULKY WASTE - FURNITURE", 7),
        right(448, 212, "64.98", 7),
        right(530, 212, "144.26", 7),
        text(117, 225, "ENVIRONMENTAL RECOVERY FEE", 7),
        right(530, 225, "4.80", 7),
        text(117, 238, "MSW - MUNICIPAL SOLID WASTE - MINIMUM CHARGE", 7),
        right(530, 238, "40.00", 7),
        text(21, 297, "PAYMENT", 4),
        text(411, 297, "TICKET CHARGES", 4),
        text(38, 308, checked.get(paid, "CASH") if paid == "cash" else "CASH", 6),
        text(186, 308, checked["card"] if paid == "card" else "CREDIT CARD", 6),
        text(278, 308, "CHARGE ACCT", 6),
        right(549, 311, "189.06", 9),
    ]


def test_a_scale_tickets_items_open_left_of_their_centred_heading() -> None:
    result = read([scale_ticket("card")], size=(576, 396))
    assert [(i.description, i.amount) for i in result.line_items] == [
        ("BULKY WASTE - FURNITURE", Decimal("144.26")),
        ("ENVIRONMENTAL RECOVERY FEE", Decimal("4.80")),
        ("MSW - MUNICIPAL SOLID WASTE - MINIMUM CHARGE", Decimal("40.00")),
    ]
    assert result.line_items[0].quantity == Decimal("2.22")


def test_the_charge_under_its_caption_past_a_row_of_payment_boxes() -> None:
    result = read([scale_ticket("card")], size=(576, 396))
    assert result.fields["total"].value == "189.06"
    assert "account_number" not in result.fields  # '189.06' is no account's number


def scanned_cfdi_header(caption: str) -> Page:
    """A CFDI's header as OCR reads a scan of it: the folio's small caption misread, the
    fiscal folio's last zero read as an 'O'."""
    rows = [
        [("Seguridad", 117, 330), ("Privada", 345, 500), ("Halcón", 515, 650), ("S.A.", 665, 740),
         ("de", 755, 800), ("C.V.", 815, 900), ("FACTURA", 2000, 2300)],
        [(word, 1395 + 130 * k, 1495 + 130 * k) for k, word in enumerate(caption.split())],
        [("RFC", 117, 200), ("emisor:", 215, 360), ("SEG811203497", 375, 700)],
        [("C84667", 1395, 1560)],
        [("Folio", 1395, 1500), ("fiscal", 1515, 1620)],
        [("29707CF7-7B7B-0516-0289-DD61F7FE5ECO", 1395, 2040)],
        [("Fecha", 117, 240), ("de", 255, 300), ("emisión:", 315, 500), ("2025-12-09", 515, 760)],
        [("Subtotal", 1600, 1800), ("$12,400.00", 2100, 2400)],
        [("IVA", 1600, 1680), ("16%", 1695, 1780), ("$1,984.00", 2120, 2400)],
        [("Total", 1600, 1720), ("$14,384.00", 2100, 2400)],
    ]  # fmt: skip
    words = tuple(
        Word(text, (x0, 140 + 42 * n, x1, 168 + 42 * n), 0.9, n)
        for n, row in enumerate(rows)
        for text, x0, x1 in row
    )
    return Page(1, 2550.0, 3300.0, "px", PageSource.OCR, words)


@pytest.mark.parametrize("caption", ["Folio del comprobante", "Fone del Comprobante"])
def test_a_cfdis_folio_is_its_number_not_the_fiscal_folio_however_misread(caption: str) -> None:
    extraction = extract_document([scanned_cfdi_header(caption)])
    assert extraction.fields["invoice_number"].value == "C84667"


def service_form(tick: str = "X") -> list:  # type: ignore[type-arg]
    """A pest-control firm's carbon-copy service order: services listed with a box to
    tick and a price to fill in, its totals boxed beside the list, readings beside it."""
    items = [
        text(22, 24, "FUMIGACIONES BORICUA", 13, bold=True),
        text(430, 24, "ORDEN DE SERVICIO", 10, bold=True),
        text(470, 39, "FACTURA", 10, bold=True),
        text(22, 51, "Ave. Ponce de León 314, Local 124 · San Juan, PR 00905", 7),
        text(440, 59, "Nº 63027", 11),
        text(22, 92, "Fecha: 04-09-2025", 8),
        text(200, 92, "Cliente: Brightwater Residential Management LLC", 8),
        text(
            22, 109, "Dirección postal: Ave. Ponce de León 1250, Suite 801, San Juan, PR 00907", 8
        ),
        text(28, 167, "SERVICIOS REALIZADOS", 7, bold=True),
        text(330, 167, "Importe", 7, bold=True),
        text(397, 167, "Áreas tratadas", 7, bold=True),
    ]
    rows = [
        ("Fumigación interior de apartamentos", "", ""),
        ("Control de roedores (estaciones de cebo)", "140.00", "X Exterior"),
        ("Inspección de comején", "", ""),
        ("Mosquitos (nebulización)", "135.00", ""),
        ("Tratamiento de comején", "", ""),
        ("Chinches de cama", "475.00", ""),
    ]
    y = 182
    for name, price, beside in rows:
        items += [text(42, y, name, 7), text(314, y, "$", 7)]
        if price:
            items += [text(28, y, tick, 7), right(379, y, price, 7)]
        if beside:
            items.append(text(397, y + 3, beside, 7))
        y += 15
    items += [
        text(401, 257, "Subtotal", 7),
        right(520, 257, "750.00", 7),
        text(401, 272, "IVU 11.5%", 7),
        right(520, 272, "86.25", 7),
        text(28, 287, tick, 7),
        text(42, 287, "Otro: Sellado de entradas de roedores", 7),
        text(314, 287, "$", 7),
        right(379, 287, "85.00", 7),
        text(401, 287, "TOTAL", 8, bold=True),
        right(520, 287, "921.25", 8),
        text(22, 320, "Observaciones: Agua clara al terminar el servicio.", 7),
    ]
    return items


@pytest.mark.parametrize("tick", ["X", "[X]"])  # '[X]': a box as OCR reads it
def test_a_service_order_with_ticked_services_and_its_totals_boxed_beside_them(tick: str) -> None:
    result = read([service_form(tick)], size=(612, 504))
    assert result.document_type == DocumentType.INVOICE  # 'Inspección de comején' is a service
    assert [(i.description, i.amount) for i in result.line_items] == [
        ("Control de roedores (estaciones de cebo)", Decimal("140.00")),
        ("Mosquitos (nebulización)", Decimal("135.00")),
        ("Chinches de cama", Decimal("475.00")),
        ("Sellado de entradas de roedores", Decimal("85.00")),
    ]
    assert result.fields["bill_to_address"].value.startswith("Ave. Ponce de León 1250")
    assert result.fields["total"].value == "921.25"


def test_a_till_slips_article_numbers_and_tax_classes_are_no_description() -> None:
    rows = [
        text(40, 55, "BUILDRIGHT HOME CENTER", 10, bold=True),
        text(71, 77, "6967 CORAL WAY, #165", 7),
        text(79, 87, "HIALEAH, FL 33003", 7),
        text(10, 159, "708531565840", 7),
        text(18, 168, "1/2 X 3/8 IN. ANGLE STOP VALVE <A>", 7),
        right(216, 168, "8.58", 7),
        text(10, 186, "170387703358 2 IN. ANGLED SASH BRUSH <A>", 7),
        right(216, 186, "13.71", 7),
        text(80, 210, "SUBTOTAL", 7),
        right(216, 210, "22.29", 7),
        text(80, 220, "SALES TAX", 7),
        right(216, 220, "1.56", 7),
        text(80, 232, "TOTAL", 8),
        right(216, 232, "$23.85", 8),
    ]
    result = read([rows], size=(226, 400))
    assert [(i.description, i.amount) for i in result.line_items] == [
        ("1/2 X 3/8 IN. ANGLE STOP VALVE", Decimal("8.58")),
        ("2 IN. ANGLED SASH BRUSH", Decimal("13.71")),
    ]


def test_a_tasks_code_stands_apart_from_its_description_and_a_job_is_no_order() -> None:
    page = [
        text(493, 31, "Invoice", 16, bold=True),
        text(366, 72, "Invoice #", 8),
        right(576, 72, "60345", 8),
        text(36, 83, "Comfort Zone Heating & Cooling", 10, bold=True),
        text(366, 83, "Invoice Date", 8),
        right(576, 83, "9/5/2025", 8),
        text(36, 98, "9003 Westheimer Rd", 8),
        text(36, 109, "Irving, TX 75047", 8),
        text(366, 109, "Job #", 8),
        right(576, 109, "4523815", 8),
        *grid(
            336,
            [
                ("Task", "Description", "Qty", "Price", "Total"),
                ("HV-DIAG", "System diagnostic and report", "1", "$92.00", "$92.00"),
                ("HV-DRN", "Clear the primary condensate drain line", "1", "$180.00", "$180.00"),
            ],
            [41, 111, -440, -500, -570],
        ),
        text(420, 400, "Invoice Total", 8),
        right(570, 400, "$272.00", 8),
    ]
    result = read([page])
    assert [i.description for i in result.line_items] == [
        "System diagnostic and report",
        "Clear the primary condensate drain line",
    ]
    assert "po_number" not in result.fields  # the vendor's own job


def test_the_charges_table_beside_a_usage_history_in_the_same_row_of_headings() -> None:
    headings = ("Concepto", "Consumo", "Precio", "Subtotal", "Periodo", "kWh", "Importe")
    history = [("del 22 MAR 25 al 21 ABR 25", "11,524", "$44,636.00")]
    history.append(("del 21 ABR 25 al 21 MAY 25", "15,366", "$59,514.00"))
    rows = [
        ("Energía", "13,720", "1.9120", "26,232.64", *history[0]),
        ("Cargo fijo", "1", "532.55", "532.55", *history[1]),
    ]
    page = [
        text(76, 27, "Comisión Regional de Electricidad", 11, bold=True),
        text(400, 27, "TOTAL A PAGAR: $30,896.35", 9),
        *grid(319, [headings, *rows], [33, -170, -215, -280, 300, -420, -480], step=11),
        text(197, 383, "Suma de conceptos", 7),
        right(280, 383, "$26,765.19", 7),
        text(236, 396, "IVA 16%", 7),
        right(280, 396, "$4,282.43", 7),
        text(202, 409, "TOTAL A PAGAR", 7),
        right(280, 409, "$31,047.62", 7),
    ]
    result = read([page])
    assert [(i.description, i.amount) for i in result.line_items] == [
        ("Energía", Decimal("26232.64")),
        ("Cargo fijo", Decimal("532.55")),
    ]


def test_a_balance_due_under_the_total_makes_the_total_no_subtotal() -> None:
    page = [
        text(36, 40, "Green Acres Landscaping", 12, bold=True),
        text(36, 55, "1200 Oak Ridge Dr, Dallas, TX 75244", 8),
        text(400, 40, "INVOICE", 14, bold=True),
        text(400, 70, "INVOICE # 1043", 8),
        *grid(
            214,
            [
                ("ACTIVITY", "QTY", "RATE", "AMOUNT"),
                ("Leaf Removal", "1", "570.00", "570.00"),
                ("Tree Trimming", "1", "1,050.00", "1,050.00"),
            ],
            [46, -380, -470, -572],
            step=20,
        ),
        text(352, 300, "TOTAL", 9),
        right(572, 300, "1,620.00", 9),
        text(352, 322, "BALANCE DUE", 9, bold=True),
        right(572, 322, "$1,620.00", 12),
    ]
    result = read([page])
    assert result.fields["total"].value == "1620.00"
    assert "subtotal" not in result.fields


def test_a_usage_historys_periods_weigh_less_than_the_billed_period() -> None:
    page = [
        text(76, 27, "Comisión Regional de Electricidad", 11, bold=True),
        text(400, 172, "PERIODO FACTURADO", 7),
        text(400, 184, "del 18 SEP 25 al 19 OCT 25", 7),
        text(371, 319, "Periodo", 7),
        text(540, 319, "kWh", 7),
        text(371, 329, "del 22 MAR 25 al 21 ABR 25", 7),
        right(560, 329, "11,524", 7),
        text(371, 340, "del 21 ABR 25 al 21 MAY 25", 7),
        right(560, 340, "15,366", 7),
    ]
    reading = read_pdf(draw_pdf([page]))
    document = build_document(reading.pages, "es", ExtractionHints())
    found = {(c.value, round(c.score, 3)) for c in period_candidates(document)}
    billed = max(score for value, score in found if value == "2025-09-18")
    history = max(score for value, score in found if value == "2025-03-22")
    assert history < billed
    result = read([page])
    assert result.fields["service_period_start"].value == "2025-09-18"


def test_terms_that_read_like_a_due_dates_label_beside_terms() -> None:
    rows = [
        [("Green", 374, 480), ("Acres", 495, 610), ("Landscaping", 625, 880),
         ("INVOICE", 2027, 2300)],
        [("5249", 375, 460), ("Broadway", 475, 660), ("St,", 675, 730), ("Houston,", 745, 920),
         ("TX", 935, 990), ("77080", 1005, 1130)],
        [("INVOICE", 1810, 1990), ("#", 2005, 2030), ("8275", 2180, 2290)],
        [("DATE", 1810, 1920), ("10/09/2025", 2027, 2232)],
        [("TERMS", 1810, 1950), ("Due", 2026, 2110), ("on", 2125, 2170), ("receipt", 2185, 2294)],
        [("DUE", 1810, 1890), ("DATE", 1905, 2010), ("10/09/2025", 2027, 2232)],
        [("Leaf", 193, 280), ("Removal", 295, 470), ("1", 1500, 1520), ("570.00", 2200, 2330)],
        [("TOTAL", 1810, 1950), ("570.00", 2200, 2330)],
    ]  # fmt: skip
    words = tuple(
        Word(text, (x0, 500 + 50 * n, x1, 530 + 50 * n), 0.9, n)
        for n, row in enumerate(rows)
        for text, x0, x1 in row
    )
    page = Page(1, 2550.0, 3300.0, "px", PageSource.OCR, words)
    result = extract_document([page])
    assert result.fields["payment_terms"].value == "Due on receipt"


def test_the_vendors_own_name_taken_for_the_customer_lends_it_no_address() -> None:
    page = member_bill()[0]
    page = [item for item in page if item[2] != "Brightwater Residential Management LLC"]
    page.append(text(142, 116, "Sunshine Electric Cooperative", 7))  # beside 'Member Name'
    result = read([page])
    address = result.fields.get("bill_to_address")
    assert address is None or "Hialeah" not in address.value
