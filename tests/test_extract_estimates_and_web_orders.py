"""More documents as vendors print them: a contractor's progress estimate ('Estimación de
obra') that bills the work of a period, a gas bill whose letterhead gives its emergency
line and no street beside the name, a pre-printed continuous form with a motto, captions
in a row and abbreviated totals, a guard company's billing of hours per day and post,
and a supply store's web order printed from the browser, its store block on its last
page."""

from __future__ import annotations

from decimal import Decimal

from benchmarks.accuracy import normalise
from docmatch.types import DocumentType
from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_forms_and_numbered_rows import rows, values
from tests.test_extract_read_by_content import grid, sums


def read(pages: list, size: tuple[float, float] = (612, 792)):  # type: ignore[no-untyped-def, type-arg]
    return extract_document(read_pdf(draw_pdf(pages, size=size)).pages)


def same(field: str, got: str | None, want: str) -> bool:
    return normalise(field, got) == normalise(field, want)


def progress_estimate() -> list:  # type: ignore[type-arg]
    items = [
        text(80, 25, "CONTRATISTA", 7),
        text(80, 31, "Impermeabilizantes Garza S.A. de C.V.", 12, bold=True),
        text(437, 31, "ESTIMACIÓN DE OBRA", 12, bold=True),
        text(80, 50, "Calle Morelos 210", 8),
        text(80, 60, "Saltillo, Coah. C.P. 25000", 8),
        text(80, 70, "Tel. +52 844 410 2200", 8),
        text(33, 113, "CONTRATO NÚM.", 7, bold=True),
        text(34, 125, "CTO-2025-019", 8),
        text(33, 139, "FOLIO DE FACTURA QUE AMPARA", 7, bold=True),
        text(171, 139, "FECHA DE FORMULACIÓN", 7, bold=True),
        text(34, 151, "G-00913", 8),
        text(172, 151, "10/02/2026", 8),
        text(33, 166, "FECHA PROGRAMADA DE PAGO", 7, bold=True),
        text(34, 177, "27/03/2026", 8),
        text(35, 201, "CONTRATANTE", 7, bold=True),
        text(35, 216, "Condominios Arteaga S.A. de C.V.", 8),
        text(35, 226, "Blvd. Venustiano Carranza 900", 8),
        text(35, 236, "Saltillo, Coah. 25280", 8),
    ]
    items += grid(
        299, [("Clave", "Concepto", "Unidad", "P.U.", "Importe")], [39, 131, 229, -488, -559]
    )
    for y, code, work, price, amount in [
        (315, "IM-02", "Sellado de grietas en azotea", "45.00", "900.00"),
        (331, "IM-05", "Membrana prefabricada - Edificio 2", "90.00", "1,800.00"),
    ]:  # the work's text opens under the code's heading, left of its own centred one
        items += [text(39, y, code, 8), text(74, y, work, 8), text(234, y, "m2", 8)]
        items += [right(488, y, price, 8), right(559, y, amount, 8)]
    items += sums(
        411,
        [
            (326, "Importe de la estimación", "$2,700.00"),
            (326, "I.V.A. sobre estimación 16%", "$432.00"),
            (326, "Total estimación con I.V.A.", "$3,132.00"),
        ],
    )
    return items


def test_a_progress_estimate_bills_the_work_of_its_period() -> None:
    extraction = read([progress_estimate()])
    got = values(extraction)
    assert extraction.document_type == DocumentType.INVOICE  # not an estimate that owes nothing
    assert got["customer_name"] == "Condominios Arteaga S.A. de C.V."  # 'CONTRATANTE'
    assert got["due_date"] == "2026-03-27"  # 'FECHA PROGRAMADA DE PAGO'
    assert got["subtotal"] == "2700.00"  # 'Importe de la estimación'
    assert got["total"] == "3132.00"
    assert [(d, a) for d, _, _, a in rows(extraction)] == [
        ("Sellado de grietas en azotea", "900.00"),
        ("Membrana prefabricada - Edificio 2", "1800.00"),
    ]


def gas_bill() -> list:  # type: ignore[type-arg]
    return [
        text(82, 22, "Gas del Bajío S.A. de C.V.", 12, bold=True),
        text(502, 22, "Emergencias 24 horas", 8),
        text(82, 34, "ESTADO DE CUENTA - GAS NATURAL", 10, bold=True),
        text(503, 34, "(442) 215-0090", 8),
        text(34, 71, "Av. Zaragoza 300, Int. 4", 8),
        text(34, 80, "Col. Centro", 8),
        text(34, 88, "Querétaro, Qro. C.P. 76000", 8),
        text(34, 129, "Titular del contrato", 8, bold=True),
        text(34, 138, "Condominios Arteaga S.A. de C.V.", 8),
        text(34, 149, "Blvd. Venustiano Carranza 900", 8),
        text(34, 160, "Saltillo, Coah. 25280", 8),
        text(403, 171, "No. de contrato de gas: 220914-33170", 8),
        text(433, 138, "Paga a más tardar el:", 8),
        text(437, 149, "20.MAR.2026", 8),
        text(39, 260, "Folio del recibo de gas", 8),
        text(152, 260, "Fecha de emisión del recibo", 8),
        text(39, 271, "0140777120", 8),
        text(152, 271, "27.FEB.2026", 8),
        *sums(300, [(328, "Total de cargos del mes", "$812.40")]),
    ]


def test_a_gas_bill_with_its_emergency_line_beside_the_name() -> None:
    got = values(read([gas_bill()]))
    assert got["vendor_phone"] == "4422150090"  # the line level with the name: no street
    assert same(
        "vendor_address",
        got.get("vendor_address"),
        "Av. Zaragoza 300, Int. 4, Col. Centro, Querétaro, Qro. C.P. 76000",
    )
    assert got["account_number"] == "220914-33170"  # 'No. de contrato de gas'


def continuous_form() -> list:  # type: ignore[type-arg]
    items = [
        text(52, 33, "Summit Drain Works LLC", 12, bold=True),
        text(505, 33, "I N V O I C E", 12, bold=True),
        text(52, 50, "Drains - Sewers - Water Lines - Since 1992", 8),
        text(52, 61, "3300 Harry Hines Blvd", 8),
        text(52, 71, "Dallas, TX 75219", 8),
        text(52, 80, "Ph. (214) 555-0182", 8),
        text(423, 61, "INVOICE SER. NO.", 6),
        text(425, 77, "SDW-40112", 8),
        text(55, 229, "YOUR ORDER NO.", 6),
        text(152, 229, "TERMS OF SALE", 6),
        text(248, 229, "NET DUE DT.", 6),
        text(345, 229, "SLSMN", 6),
        text(55, 244, "PO-55120", 8),
        text(152, 244, "Net 30", 8),
        text(345, 244, "14", 8),
    ]
    items += grid(
        282,
        [("QTY", "DESCRIPTION", "PRICE", "EXTENSION"), ("1", "JET MAIN LINE", "400.00", "400.00")],
        [-80, 208, -545, -627],
    )
    items += [text(401, 653, "MERCH./LABOR TOT.", 7), right(627, 657, "400.00", 8)]
    items += [text(401, 671, "ST. SALES TAX 8.25%", 7), right(627, 671, "33.00", 8)]
    items += [text(401, 688, "INVOICE AMT.", 7), right(627, 691, "433.00", 8)]
    return items


def test_a_continuous_forms_motto_captions_and_abbreviated_totals() -> None:
    got = values(read([continuous_form()], (648, 792)))
    assert same(
        "vendor_address", got.get("vendor_address"), "3300 Harry Hines Blvd, Dallas, TX 75219"
    )
    assert got["payment_terms"] == "Net 30"  # not the blank caption beside it
    assert got["subtotal"] == "400.00"  # 'MERCH./LABOR TOT.'
    assert got["total"] == "433.00"


def guard_billing() -> list:  # type: ignore[type-arg]
    items = [
        text(88, 30, "Sentinel Patrol Services", 12, bold=True),
        text(88, 51, "Private Security Lic. C20417", 8),
        text(88, 61, "1450 Westheimer Rd · Houston, TX 77006", 8),
        text(560, 61, "Guard Billing No.: GB-2207", 8),
        text(560, 73, "Due at Our Office By: 4/30/2026", 8),
        text(36, 140, "CLIENT", 8, bold=True),
        text(280, 140, "GUARDED SITE", 8, bold=True),
        text(36, 152, "Seabreeze Property Group", 8),
        text(280, 152, "Lakeview Commons", 8),
        text(36, 163, "55 Ocean Blvd, Suite 12", 8),
        text(280, 163, "18 Lake St", 8),
        text(36, 174, "Sarasota, FL 34236", 8),
        text(280, 174, "Tampa, FL 33610", 8),
        text(280, 185, "Site / Post Order: 88-2", 8),
    ]
    days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    items += [text(282 + 45 * k, 211, day, 7) for k, day in enumerate(days)]
    items += [text(42, 216, "Post / Position", 8, bold=True), text(591, 216, "Total Hrs", 8)]
    items += [text(650, 216, "Bill Rate", 8), text(715, 216, "Post Total", 8)]
    for y, post, hours, total, rate, amount in [
        (237, "Post 1 - Front gate - Unarmed officer", ["8"] * 7, "56", "30.00", "1,680.00"),
        (
            256,
            "Post 2 - Lobby - Concierge",
            ["-", "8", "8", "8", "8", "8", "-"],
            "40",
            "32.00",
            "1,280.00",
        ),
    ]:
        items += [text(42, y, post, 8)]
        items += [text(284 + 45 * k, y, h, 8) for k, h in enumerate(hours)]
        items += [right(624, y, total, 8), right(680, y, rate, 8), right(752, y, amount, 8)]
    items += [text(42, 275, "Daily hours", 8), right(624, 275, "96", 8)]
    items += [text(36, 307, "Hours verified from post logs.", 8)]
    items += [text(510, 307, "Total Guard Services", 8), right(752, 307, "$2,960.00", 8)]
    items += [
        text(36, 322, "Holiday hours are billed at time and one-half per the service agreement.", 8)
    ]
    items += [text(510, 322, "Security Svc. Tax (7%)", 8), right(752, 322, "$207.20", 8)]
    items += [text(36, 331, "overtime rate.", 8)]
    items += [text(510, 337, "Total Billing", 8), right(752, 337, "$3,167.20", 8)]
    return items


def test_a_guard_companys_hours_per_day_and_post() -> None:
    extraction = read([guard_billing()], (792, 612))
    got = values(extraction)
    assert same(
        "vendor_address", got.get("vendor_address"), "1450 Westheimer Rd, Houston, TX 77006"
    )
    assert same(
        "service_address",
        got.get("service_address"),
        "Lakeview Commons, 18 Lake St, Tampa, FL 33610",
    )
    assert got["due_date"] == "2026-04-30"  # 'Due at Our Office By'
    assert (got["subtotal"], got["tax"], got["total"]) == ("2960.00", "207.20", "3167.20")
    assert [(d, q, a) for d, q, _, a in rows(extraction)] == [  # no day's hours in the text
        ("Post 1 - Front gate - Unarmed officer", "56", "1680.00"),
        ("Post 2 - Lobby - Concierge", "40", "1280.00"),
    ]


def web_order() -> list:  # type: ignore[type-arg]
    first = [
        text(22, 12, "2/3/26, 8:15 AM", 7),
        text(213, 12, "Order details - W500112 | Harbor Supply Co.", 7),
        text(60, 44, "Harbor Supply Co.", 12, bold=True),
        text(425, 44, "Signed in as dana@seabreezepg.example", 8),
        text(48, 119, "Order placed January 29, 2026 3:02 PM", 8),
        text(237, 119, "Web order # W500112", 8),
        text(62, 153, "Deliver to", 8, bold=True),
        text(234, 153, "Billing address", 8, bold=True),
        text(406, 153, "Payment method", 8, bold=True),
        text(62, 170, "Dana Whitfield", 8),
        text(234, 170, "Seabreeze Property Group", 8),
        text(406, 170, "Visa ending in 4410", 8),
        text(62, 181, "Lakeview Commons", 8),
        text(234, 181, "55 Ocean Blvd, Suite 12", 8),
        text(62, 192, "18 Lake St", 8),
        text(234, 192, "Sarasota, FL 34236", 8),
        text(62, 203, "Tampa, FL 33610", 8),
    ]
    y = 323.0
    for name, qty, amount, each in [
        ("Shipping Labels 2x4 (500)", "Qty 2", "$30.00", "$15.00 each"),
        ("Rubber Stamp Paid", "Qty 1", "$12.50", "$12.50 each"),
    ]:
        first += [text(112, y, name, 8), text(428, y, qty, 8), right(550, y, amount, 8)]
        first += [text(428, y + 14, each, 8), text(112, y + 28, "Item # 55012", 8)]
        y += 62
    last = [
        text(48, 459, "Harbor Supply Co.", 8),
        text(346, 459, "Order summary", 9, bold=True),
        text(48, 471, "700 Harbor Dr", 8),
        text(48, 482, "Galveston, TX 77550", 8),
        text(346, 486, "Items total (before tax)", 8),
        right(550, 486, "$42.50", 8),
        text(48, 493, "Need help with this order? 409.555.0140", 8),
        text(346, 516, "Estimated sales tax", 8),
        right(550, 516, "$3.51", 8),
        text(346, 534, "Order total charged", 8),
        right(550, 534, "$46.01", 8),
    ]
    return [first, last]


def test_a_web_order_printed_from_the_browser() -> None:
    extraction = read(web_order())
    got = values(extraction)
    assert extraction.document_type == DocumentType.RECEIPT  # 'Order total charged', a card
    assert got["invoice_number"] == "W500112"  # 'Web order #'
    assert got["invoice_date"] == "2026-01-29"  # 'Order placed', not the browser's print date
    assert same("vendor_address", got.get("vendor_address"), "700 Harbor Dr, Galveston, TX 77550")
    assert got.get("vendor_phone") == "4095550140"
    assert got.get("vendor_email") is None  # the signed-in customer's
    assert same(
        "service_address",
        got.get("service_address"),
        "Lakeview Commons, 18 Lake St, Tampa, FL 33610",
    )
    assert got["total"] == "46.01"
    assert rows(extraction) == [  # 'Shipping', 'Paid': words of labels inside items' names
        ("Shipping Labels 2x4 (500)", "2", "15.00", "30.00"),
        ("Rubber Stamp Paid", "1", "12.50", "12.50"),
    ]
    assert extraction.line_items[0].quantity == Decimal("2")


def water_notice() -> list:  # type: ignore[type-arg]
    return [
        text(40, 40, "Aguas de Saltillo", 12, bold=True),
        text(40, 52, "Calle Allende 120, Col. Centro, Saltillo, Coah. C.P. 25000", 8),
        text(40, 106, "ESTADO DE CUENTA DE SERVICIO", 10, bold=True),
        text(40, 140, "DATOS DEL AVISO", 8, bold=True),
        text(245, 140, "Titular del contrato", 8, bold=True),
        text(245, 155, "Condominios Arteaga S.A. de C.V.", 8),
        text(245, 166, "Blvd. Venustiano Carranza 900", 8),
        text(245, 177, "Saltillo, Coah. 25280", 8),
        text(40, 182, "Documento", 8),
        text(40, 192, "0552190371", 8),
        text(40, 207, "Fecha de emisión del aviso", 8),
        text(40, 217, "2 mar. 2026", 8),
        text(245, 207, "Consumo facturado", 8),
        text(245, 217, "25 ene. 2026 hasta 22 feb. 2026", 8),
        text(40, 232, "Pagar a más tardar", 8),
        text(40, 242, "16 mar. 2026", 8),
        *grid(
            300,
            [("Cargo aplicado", "Consumo", "Valor"), ("Consumo de agua", "52 m3", "355.69")],
            [40, 300, -560],
        ),
        *sums(340, [(314, "IVA trasladado 16%", "$56.91"), (314, "Total a cubrir", "$412.60")]),
    ]


def test_a_water_notice_names_its_number_and_the_sum_to_pay_in_words_of_its_own() -> None:
    got = values(read([water_notice()]))
    assert got["invoice_number"] == "0552190371"  # 'Documento' over it
    assert got["amount_due"] == "412.60"  # 'Total a cubrir'
