"""A gas bill over two pages (its number beside a meter's, a glossary of its charges,
the customer service line beside an emergency line, a coupon of captions over values,
the company's address in the last page's footer), a bilingual pre-printed form from
Puerto Rico ('CLIENTE NÚM. / CUSTOMER NO.'), Spanish dates from Texas ordered by the
days between them, and a card receipt e-mailed and printed from the mailbox, its phone
cut by a line break. A schedule of due dates under the totals is no item; a party's name
shaped as a sentence is doubted. A till slip keeps the date and time over it."""

from __future__ import annotations

import pytest

from docmatch.types import Word
from extract.candidates import make
from extract.invoice import odd_shape
from tests.test_extract import right, text
from tests.test_extract_captions_and_panels import described, values
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read


def gas_bill() -> list:  # type: ignore[type-arg]
    first = [
        text(80, 31, "North Texas Gas Company", 14, bold=True),
        text(421, 31, "YOUR NATURAL GAS BILL", 11, bold=True),
        text(80, 50, "Natural gas delivery for North Texas homes and businesses", 6),
        text(80, 62, "Customer Service: 214-487-8250 Email: billing@northtexas.net", 6),
        text(380, 50, "Account Number", 7),
        right(566, 50, "8628395594", 7),
        text(380, 62, "Billing Statement No.", 7),
        right(566, 62, "0597132994", 7),
        text(380, 74, "Statement Mailed", 7),
        right(566, 74, "January 3, 2026", 7),
        text(46, 115, "Brightwater Residential Management LLC", 8, bold=True),
        text(46, 127, "4100 Spring Valley Rd, Suite 300", 8),
        text(46, 138, "Dallas, TX 75244", 8),
        text(46, 167, "SERVICE ADDRESS", 5),
        text(46, 177, "Oak Ridge Apartments", 7),
        text(46, 187, "1200 Oak Ridge Dr", 7),
        text(46, 198, "Dallas, TX 75244", 7),
        text(44, 254, "Amount of Your Last Bill", 7),
        right(320, 254, "$0.00", 7),
        text(44, 269, "Total Due This Bill", 7, bold=True),
        right(320, 269, "$5,597.68", 7),
        text(
            36,
            453,
            "Smell gas? Leave the area right away and call our emergency line at "
            "1-866-555-0147 from a safe place.",
            6,
        ),
        text(40, 649, "Account Number", 5),
        text(132, 649, "Due Date", 5),
        text(224, 649, "Total Due This Bill", 5),
        text(56, 661, "8628395594", 8),
        text(137, 661, "January 23, 2026", 8),
        text(246, 661, "$5,597.68", 8),
        text(36, 714, "Brightwater Residential Management LLC", 6),
        text(36, 726, "1200 Oak Ridge Dr", 6),
        text(36, 735, "Dallas, TX 75244", 6),
    ]
    second = [
        text(80, 31, "North Texas Gas Company", 14, bold=True),
        text(44, 144, "Service Address:", 7),
        text(148, 144, "Oak Ridge Apartments, 1200 Oak Ridge Dr, Dallas, TX 75244", 7),
        text(44, 170, "Meter Number:", 7),
        text(148, 170, "S7185293", 7),
        *grid(
            299,
            [
                ("Charge", "Usage", "Rate", "Amount"),
                ("Customer Charge", "", "", "60.09"),
                ("Consumption Charge", "695.1 Mcf", "2.3052", "1,602.34"),
                ("Gas Cost Recovery", "695.1 Mcf", "4.6383", "3,224.08"),
                ("Pipeline Safety Fee", "", "", "1.08"),
                ("City Franchise & Gross Receipts Taxes", "", "", "283.48"),
            ],
            [40, 350, -488, -572],
            step=16,
        ),
        text(350, 399, "Gas Service Charges Before Tax", 7),
        right(572, 399, "$5,171.07", 7),
        text(357, 413, "Commercial Sales Tax (8.25%)", 7),
        right(572, 413, "$426.61", 7),
        text(361, 427, "Current Month Gas Charges", 7, bold=True),
        right(572, 427, "$5,597.68", 7),
        text(
            36,
            469,
            "Customer Charge: a fixed monthly amount that covers the cost of the meter, "
            "the service line and billing, whether or not gas is used.",
            6,
        ),
        text(36, 759, "North Texas Gas Company · 2297 Airline Dr, Ste 268, Houston, TX 77016", 6),
    ]
    return [first, second]


def test_a_gas_bills_number_party_phone_due_date_and_footer_address() -> None:
    extraction = read(gas_bill())
    got = values(extraction)
    assert got["invoice_number"] == "0597132994"  # not the meter's 'Number:'
    assert got["account_number"] == "8628395594"
    assert got["customer_name"] == "Brightwater Residential Management LLC"  # no 'Customer Charge:'
    assert got["bill_to_address"] == "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    assert got["vendor_phone"] == "2144878250"  # the customer service line, not the emergency one
    assert got["due_date"] == "2026-01-23"  # the coupon's caption over its value
    assert got["vendor_address"] == "2297 Airline Dr, Ste 268, Houston, TX 77016"
    assert [amount for amount, _ in described(extraction)] == [
        "60.09",
        "1602.34",
        "3224.08",
        "1.08",
        "283.48",
    ]  # the coupon's row of values is no item


def bilingual_form(dates: tuple[str, str], mark: str = "·") -> list:  # type: ignore[type-arg]
    issued, due = dates
    trades = f" {mark} ".join(("Servicio", "Reparación", "Instalación - Service", "Repair"))
    return [
        text(435, 29, "FACTURA / INVOICE", 12, bold=True),
        text(30, 33, "Aire Acondicionado Borinquen", 13, bold=True),
        text(30, 51, f"{trades} {mark} Installation", 6),
        text(30, 62, "Ave. Ponce de León 6609, Carolina, PR 00905", 7),
        text(30, 72, "Tel. / Phone 939-684-0943", 7),
        text(30, 82, "Reg. de Comerciante / Merchant Reg. No.: 46-1481725", 6),
        text(349, 51, "FECHA / DATE", 5),
        text(467, 51, "FACTURA NÚM. / INVOICE NO.", 5),
        text(354, 65, issued, 9),
        text(472, 65, "2025-80241", 9),
        text(349, 82, "CLIENTE NÚM. / CUSTOMER NO.", 5),
        text(467, 82, "HOJA / SHEET", 5),
        text(354, 95, "041585", 9),
        text(472, 95, "1 DE 1", 9),
        text(33, 119, "VENDIDO A / SOLD TO", 6),
        text(314, 119, "LUGAR DEL SERVICIO / SERVICE LOCATION", 6),
        text(37, 133, "Brightwater Residential Management LLC", 9),
        text(37, 144, "Ave. Ponce de León 1250, Suite 801", 9),
        text(37, 156, "San Juan, PR 00907", 9),
        text(33, 220, "ORDEN DE COMPRA / P.O. NO.", 5),
        text(143, 220, "TÉRMINOS / TERMS", 5),
        text(254, 220, "VENCE / DUE DATE", 5),
        text(364, 220, "TÉCNICO / TECHNICIAN", 5),
        text(145, 232, "AL RECIBIR", 9),
        text(259, 232, due, 9),
        text(366, 232, "E. Colón", 9),
        *grid(
            290,
            [
                ("CANT.", "DESCRIPCIÓN", "PRECIO", "IMPORTE"),
                ("1", "Destape de línea de condensado - Depto. B1", "90.00", "90.00"),
                ("1", "Cargo por diagnóstico", "110.00", "110.00"),
            ],
            [-60, 146, -490, -566],
            step=14,
        ),
        text(351, 614, "SUBTOTAL", 7),
        right(566, 614, "200.00", 9),
        text(351, 636, "IVU 11.5% / SALES TAX", 7),
        right(566, 636, "0.00", 9),
        text(351, 658, "TOTAL", 7),
        right(566, 658, "200.00", 9),
    ]


@pytest.mark.parametrize("mark", ["·", "-"])  # OCR reads the dots as dashes
def test_a_bilingual_forms_captions_each_name_one_value(mark: str) -> None:
    got = values(read([bilingual_form(("11/28/2025", "11/28/2025"), mark)]))
    assert got["account_number"] == "041585"  # 'CLIENTE NÚM. / CUSTOMER NO.'
    assert got["customer_name"] == "Brightwater Residential Management LLC"
    assert got["payment_terms"] == "AL RECIBIR"
    assert got["vendor_tax_id"] == "46-1481725"
    assert got["vendor_address"] == "Ave. Ponce de León 6609, Carolina, PR 00905"
    assert got["vendor_phone"] == "9396840943"
    assert "service_address" not in got  # the trades under the name head no block
    assert got["invoice_date"] == "2025-11-28"


def test_dates_of_no_shown_order_are_ordered_by_the_days_between_them() -> None:
    """'07/02/2026' and '09/03/2026' from San Antonio in Spanish: February 7th due
    thirty days later, not July 2nd due 63 days later."""
    page = [
        text(40, 41, "Pinturas y Acabados Morales", 16, bold=True),
        text(425, 41, "FACTURA", 20, bold=True),
        text(40, 87, "9062 Fredericksburg Rd", 8),
        text(40, 100, "San Antonio, TX 78278", 8),
        text(430, 87, "FECHA", 8, bold=True),
        text(497, 87, "07/02/2026", 8),
        text(397, 105, "# DE FACTURA", 8, bold=True),
        text(496, 105, "2026-67437", 8),
        text(352, 139, "VENCIMIENTO DE PAGO", 8, bold=True),
        text(497, 139, "09/03/2026", 8),
        text(46, 177, "FACTURAR A", 8, bold=True),
        text(44, 195, "Brightwater Residential Management LLC", 8),
        text(44, 208, "4100 Spring Valley Rd, Suite 300", 8),
        text(44, 221, "Dallas, TX 75244", 8),
        *grid(
            264,
            [
                ("DESCRIPCIÓN", "IMPORTE"),
                ("Retoques de pintura - Depto. 211", "105.00"),
                ("Pintura de puertas y molduras - Depto. 110", "270.00"),
            ],
            [45, -566],
        ),
        text(415, 525, "SUBTOTAL $", 8, bold=True),
        right(566, 525, "375.00", 8),
        text(430, 560, "TOTAL $", 8, bold=True),
        right(566, 560, "375.00", 8),
    ]
    extraction = read([page])
    got = values(extraction)
    assert (got["invoice_date"], got["due_date"]) == ("2026-02-07", "2026-03-09")
    assert extraction.fields["invoice_date"].confidence < 0.9  # still no order shown


def mailed_receipt() -> list:  # type: ignore[type-arg]
    return [
        text(24, 15, "12/6/25, 12:53 PM", 6),
        text(211, 15, "Mail - Your receipt from Spotless Carpet Care [#5623-6014]", 6),
        text(40, 51, "Your receipt from Spotless Carpet Care [#5623-6014]", 14),
        text(76, 101, "Spotless Carpet Care via Tendly", 8, bold=True),
        text(481, 101, "Sat, Dec 6, 2025, 9:02 AM", 7),
        text(76, 114, "to payables@brightwater-residential.com", 7),
        text(190, 230, "Receipt from Spotless Carpet Care", 14, bold=True),
        text(263, 250, "Receipt ID 5623-6014", 8),
        text(154, 277, "AMOUNT PAID", 5),
        text(255, 277, "DATE PAID", 5),
        text(154, 289, "$67.50", 9),
        text(255, 289, "Dec 5 2025", 9),
        text(166, 341, "Pet odor treatment - Unit 111", 9),
        right(495, 341, "$75.00", 9),
        text(166, 353, "1 × $75.00", 7),
        text(166, 382, "Subtotal", 9),
        right(495, 382, "$75.00", 9),
        text(166, 400, "Returning customer discount (10%)", 9),
        right(495, 400, "-$7.50", 9),
        text(166, 418, "Total paid", 9, bold=True),
        right(495, 418, "$67.50", 9),
        text(
            154,
            515,
            "If you have any questions, contact us at ar@spotlesscarpet.biz or call us at (972)",
            8,
        ),
        text(154, 525, "679-7978.", 8),
        text(154, 543, "Spotless Carpet Care", 8, bold=True),
        text(154, 554, "2380 Commerce St", 8),
        text(154, 564, "San Antonio, TX 78276", 8),
        text(24, 769, "https://mail.brightwater-residential.com/mail/inbox/df5b6e169c54d", 6),
        text(578, 769, "1/1", 6),
    ]


def test_a_receipt_printed_from_the_mailbox() -> None:
    got = values(read([mailed_receipt()]))
    assert got["vendor_name"] == "Spotless Carpet Care"  # not its '[#5623-6014]'
    assert got["invoice_date"] == "2025-12-05"  # the day paid: not the day mailed nor printed
    assert got["vendor_email"] == "ar@spotlesscarpet.biz"  # not the mailbox it was sent to
    assert got["vendor_phone"] == "9726797978"  # the line broke the number
    assert got["vendor_address"] == "2380 Commerce St, San Antonio, TX 78276"
    assert (got["subtotal"], got["total"]) == ("75.00", "67.50")


@pytest.mark.parametrize(
    ("name", "odd"),
    [
        ("Brightwater Residential Management LLC", False),
        ("Acme Plumbing Co.", False),
        ("a fixed monthly amount that covers the cost of the meter", True),
        ("Charged to the account on file whether or not gas is used.", True),
        ("The Board of Directors of the Condominium Association of Bay Point Towers", True),
    ],
)
def test_a_name_shaped_as_a_sentence_is_doubted(name: str, odd: bool) -> None:
    word = Word(name, (10.0, 10.0, 200.0, 20.0), 1.0, 0)
    candidate = make("customer_name", name, [word], 1, "block_bill_to", 0.85)
    assert (odd_shape(candidate) < 1.0) == odd


def test_a_schedule_of_due_dates_under_the_totals_is_no_item() -> None:
    """'VENCIMIENTOS': the day the bill is charged and what is owed then, under the
    items and their totals, as invoices from Spain and Mexico print them."""
    page = [
        text(40, 60, "Climas y Refrigeración del Norte S.A. de C.V.", 12, bold=True),
        text(40, 76, "Av. Constitución 1450, Col. Centro, Monterrey, N.L. C.P. 64000", 8),
        text(40, 120, "FACTURA DE REPARACIÓN", 12, bold=True),
        text(98, 150, "Código de cliente", 8),
        text(272, 150, "Número factura", 8),
        text(434, 150, "Fecha emisión factura", 8),
        text(112, 165, "074738", 9),
        text(278, 165, "2025/8561", 9),
        text(449, 165, "14/11/2025", 9),
        *grid(
            220,
            [
                ("Concepto / trabajo realizado", "Nº uds.", "Precio/unidad", "Importe línea"),
                ("Reemplazo de pastilla termomagnética 20A", "1", "98,00", "98,00"),
                ("Reemplazo de detector de humo - Depto. 205", "3", "77,00", "231,00"),
                ("Instalación de ventilador de techo", "1", "185,00", "185,00"),
            ],
            [45, -400, -470, -550],
        ),
        text(379, 300, "Total base imponible", 8),
        right(550, 300, "514,00 MXN", 8),
        text(371, 316, "IVA repercutido (16%)", 8),
        right(550, 316, "82,24 MXN", 8),
        text(348, 332, "Total factura con impuestos", 8, bold=True),
        right(550, 332, "596,24 MXN", 8),
        text(387, 348, "Importe a abonar", 8, bold=True),
        right(550, 348, "596,24 MXN", 8),
        text(40, 376, "VENCIMIENTOS Y MEDIO DE COBRO", 9, bold=True),
        text(45, 391, "Fecha de cargo", 8),
        text(155, 391, "Medio de cobro", 8),
        text(265, 391, "Importe del vencimiento", 8),
        text(45, 405, "29/11/2025", 8),
        text(155, 405, "Cheque nominativo", 8),
        text(265, 405, "596,24 MXN", 8),
    ]
    extraction = read([page])
    got = values(extraction)
    assert [amount for amount, _ in described(extraction)] == ["98.00", "231.00", "185.00"]
    assert got["due_date"] == "2025-11-29"
    assert (got["total"], got["amount_due"]) == ("596.24", "596.24")


def test_a_till_slip_keeps_the_date_and_time_on_its_first_line() -> None:
    """A browser prints the time over a sheet it prints; a till prints it over a slip."""
    slip = [
        text(10, 12, "03/28/2026 09:47 AM", 7),
        text(10, 30, "BuildRight Home Center", 9, bold=True),
        text(10, 42, "9806 Colonial Dr, Kissimmee, FL 34713", 6),
        text(10, 70, "WAX RING W/ BOLTS", 7),
        right(216, 70, "15.69", 7),
        text(10, 82, "CAULK WHITE SILICONE", 7),
        right(216, 82, "16.14", 7),
        text(10, 100, "SUBTOTAL", 7),
        right(216, 100, "31.83", 7),
        text(10, 112, "TOTAL", 8, bold=True),
        right(216, 112, "31.83", 8),
    ]
    got = values(read([slip], size=(226, 400)))
    assert got["invoice_date"] == "2026-03-28"
    assert got["total"] == "31.83"


@pytest.mark.parametrize(
    "sentence",
    [
        ("Please pay $5,597.68 by January 23,", "2026."),
        ("Please pay $5,597.68 on or before 01-23-2026", ""),
        ("Pague $5,597.68 antes del 23/01/2026", ""),
    ],
)
def test_the_sentence_asking_for_the_sum_gives_the_due_date(sentence: tuple[str, str]) -> None:
    page = [
        text(40, 40, "North Texas Gas Company", 14, bold=True),
        text(400, 30, "YOUR NATURAL GAS BILL", 11, bold=True),
        text(40, 60, "2297 Airline Dr, Houston, TX 77016", 8),
        text(380, 50, "Bill Date", 7),
        right(566, 50, "January 3, 2026", 7),
        text(46, 115, "Brightwater Residential Management LLC", 8),
        text(46, 127, "4100 Spring Valley Rd, Suite 300", 8),
        text(46, 138, "Dallas, TX 75244", 8),
        text(328, 138, sentence[0], 10, bold=True),
        text(328, 152, sentence[1], 10, bold=True),
        text(40, 200, "Total Due This Bill", 8),
        right(300, 200, "$5,597.68", 8),
    ]
    got = values(read([page]))
    assert got["due_date"] == "2026-01-23"
    assert (got["amount_due"], got["total"]) == ("5597.68", "5597.68")
