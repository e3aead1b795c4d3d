"""Documents that tally what was used or done: a business electric account's statement
(a summary on page 1, each meter's charges on page 2, the previous bill's amount printed
larger than its label), a contractor's staff hours from weekly time sheets, a fire-safety
inspection invoice whose rows carry tags, locations and statuses, a paint desk's till
receipt, and a monogram OCR reads as letters."""

from __future__ import annotations

from docmatch.types import Word
from extract import extract_document
from extract.layout import Segment
from extract.letterhead import _vendor_name_score
from extract.tables import _text
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_forms_and_numbered_rows import rows, values
from tests.test_extract_read_by_content import grid
from tests.test_extract_tickets_and_hauling import read


def meter(y: float, name: str, charges: list[tuple[str, ...]], total: str) -> list:  # type: ignore[type-arg]
    """One meter's charges under 'Charge | Billed Usage | Rate | Amount' and their sum."""
    headings = ("Charge", "Billed Usage", "Rate", "Amount")
    items = [text(41, y, name, 9, bold=True)]
    items += grid(y + 20, [headings, *charges], [41, -300, -420, -560])
    items += [text(400, y + 20 + 17 * (len(charges) + 1), "Charges for this meter", 8)]
    return [*items, right(560, y + 20 + 17 * (len(charges) + 1), total, 8)]


def electric_statement() -> list:  # type: ignore[type-arg]
    summary = [
        text(380, 28, "Business Electric Service Statement", 10, bold=True),
        text(80, 34, "Lone Star Power & Light", 12, bold=True),
        text(80, 52, "9199 Harry Hines Blvd, Suite 446, San Antonio, TX 78245", 8),
        text(330, 76, "ACCOUNT NUMBER", 7),
        text(330, 86, "914918-32385", 9),
        text(36, 137, "Customer Name and Mailing Address", 8, bold=True),
        text(48, 149, "Brightwater Residential Management LLC", 9),
        text(48, 160, "4100 Spring Valley Rd, Suite 300", 9),
        text(48, 171, "Dallas, TX 75244", 9),
        text(36, 249, "YOUR ACCOUNT SUMMARY", 9, bold=True),
        text(36, 274, "Amount of Your Previous Bill", 8),
        right(294, 275, "$3,890.00", 9),  # larger than its label, its baseline lower
        text(409, 271.5, "This Period", 6.5),
        text(36, 288, "Payments Applied Since Then", 7),
        right(294, 288, "-$3,890.00", 10),
        text(36, 302, "New Charges This Period", 7),
        right(294, 302, "$3,845.46", 10),
        text(36, 316, "Total Account Balance Due", 7, bold=True),
        right(294, 316, "$3,845.46", 10),
        text(36, 400, "The reads and charges of each meter are detailed on page 2.", 8),
    ]
    detail = meter(
        80,
        "Parking lot lighting Meter G7701856",
        [
            ("Customer charge", "", "", "59.12"),
            ("On-peak energy", "1,420 kWh", "0.1636", "232.31"),
            ("Fuel charge", "5,920 kWh", "0.0189", "111.89"),
        ],
        "403.32",
    )
    detail += meter(
        250,
        "Clubhouse and pool Meter C1271787",
        [
            ("Customer charge", "", "", "59.12"),
            ("On-peak energy", "4,669 kWh", "0.1636", "763.85"),
            ("Off-peak energy", "11,065 kWh", "0.0506", "559.89"),
            ("Billing demand", "72.9 kW", "17.45", "1,272.11"),
            ("Fuel charge", "15,734 kWh", "0.0189", "787.17"),
        ],
        "3,442.14",
    )
    detail += [
        text(326, 420, "Energy and Delivery Charges", 8),
        right(560, 420, "$3,845.46", 8),
        text(326, 433, "Total New Electric Charges", 8),
        right(560, 433, "$3,845.46", 8),
    ]
    return [summary, detail]


def test_a_bills_previous_amount_printed_larger_than_its_label_is_read_beside_it() -> None:
    got = values(read(electric_statement()))
    assert got["previous_balance"] == "3890.00"  # not the total: a previous bill's amount
    assert got["total"] == "3845.46"


def test_each_meters_table_of_charges_is_read_and_their_sum_closes_them() -> None:
    """The second meter's table repeats the headings 'Charge ... Amount'; the sum printed
    under the last meter's charges, on the page after the total's, is the subtotal."""
    extraction = read(electric_statement())
    amounts = [r[3] for r in rows(extraction)]
    assert amounts == [
        "59.12",
        "232.31",
        "111.89",
        "59.12",
        "763.85",
        "559.89",
        "1272.11",
        "787.17",
    ]
    assert values(extraction)["subtotal"] == "3845.46"


def time_sheet_invoice() -> list:  # type: ignore[type-arg]
    items = [
        text(50, 45, "Paisajismo Verde Caribe", 14, bold=True),
        text(50, 66, "Ave. Ponce de León 4573, Local 87 · Guaynabo, PR 00995", 8),
        text(50, 112, "FACTURA DE SERVICIOS", 12, bold=True),
        text(316, 112, "Factura de servicios núm.", 8),
        text(470, 112, "2025-87005", 9),
        text(50, 152, "Semanas facturadas: 30 de noviembre de 2025 al 6 de diciembre de 2025", 8),
        text(58, 224, "Cliente", 8, bold=True),
        text(58, 237, "Brightwater Residential Management LLC", 9),
        text(58, 248, "Ave. Ponce de León 1250, Suite 801", 9),
        text(58, 259, "San Juan, PR 00907", 9),
    ]
    numbers = [-380, -466, -556]
    items += grid(
        308,
        [("Empleado(a), puesto y tipo de hora", "Horas", "Tarifa por hora", "Importe")],
        [55, *numbers],
    )
    items += [text(55, 325, "Semana del 30 de noviembre al 6 de diciembre de 2025", 8)]
    items += grid(
        342,
        [
            ("Pedro J. Maldonado Rivera, capataz - horas regulares", "37.5", "18.25", "684.38"),
            ("Zoraida Colón Vázquez, operadora - horas regulares", "27", "15.50", "418.50"),
        ],
        [62, *numbers],
    )
    items += [
        text(322, 380, "Importe total de la factura", 9),
        right(556, 380, "$1,102.88", 9),
        text(
            50,
            747,
            "Remita su pago a: Paisajismo Verde Caribe, Ave. Ponce de León 4573, Local 87, "
            "Guaynabo, PR 00995. Pagos por ACH o cheque a nombre de la",
            7,
        ),
        text(50, 756, "compañía; indique el número de factura.", 7),
    ]
    return items


def test_a_long_heading_of_joined_words_heads_the_descriptions() -> None:
    """'Empleado(a), puesto y tipo de hora': seven words, but the joining ones and the
    letter in brackets make it no longer than a heading is."""
    got = rows(read([time_sheet_invoice()]))
    assert got == [
        ("Pedro J. Maldonado Rivera, capataz - horas regulares", "37.5", "18.25", "684.38"),
        ("Zoraida Colón Vázquez, operadora - horas regulares", "27", "15.50", "418.50"),
    ]


def test_an_address_run_on_into_a_sentence_ends_at_its_postcode() -> None:
    got = values(read([time_sheet_invoice()]))
    assert got["remit_to_address"] == "Ave. Ponce de León 4573, Local 87, Guaynabo, PR 00995"
    assert (got["service_period_start"], got["service_period_end"]) == (
        "2025-11-30",
        "2025-12-06",
    )  # 'Semanas facturadas'


ONE = ("1", "7.84", "7.84")  # an annual inspection's count, price and amount


def inspection_invoice(po: str = "") -> list:  # type: ignore[type-arg]
    items = [
        text(32, 25, "Volt Masters", 14, bold=True),
        text(430, 25, "SERVICE INVOICE", 12, bold=True),
        text(32, 42, "Fire & Life Safety Division", 9),
        text(32, 55, "7400 W Flagler St, Suite 113", 8),
        text(32, 64, "Miami, FL 33144", 8),
    ]
    items += grid(
        117,
        [
            ("Service Invoice No.", "Invoice Prepared", "Net Due"),
            ("30525", "11/15/2025", "11/30/2025"),
        ],
        [36, 180, 300],
        step=10,
    )
    items += grid(
        143,
        [
            ("Work Order", "Date Inspected", "Inspector", "Customer PO"),
            ("594814", "11/14/2025", "J. Okafor", po),
        ],
        [36, 180, 300, 420],
        step=10,
    )
    items += grid(
        297,
        [
            ("Tag #", "Location", "Mfd.", "Service / Unit", "Status", "Qty", "Each", "Ext."),
            ("FE-001", "Floor 1 - east", "2019", "Annual inspection - 5 lb ABC", "PASS", *ONE),
            ("", "", "", "6-year maintenance - 5 lb ABC", "SERVICED", "1", "30.88", "30.88"),
            ("FE-002", "Floor 1 - west", "2018", "Annual inspection - 10 lb ABC", "PASS", *ONE),
        ],
        [36, 78, 206, 236, 392, -470, -520, -576],
        step=12,
    )  # fmt: skip
    items += [
        text(350, 360, "Total Parts & Service", 9),
        right(576, 360, "$46.56", 9),
        text(350, 374, "Amount of This Invoice", 9),
        right(576, 374, "$46.56", 9),
        text(350, 388, "Balance Owed to Date", 9),
        right(576, 388, "$46.56", 9),
    ]
    return items


def test_a_rows_tags_locations_and_statuses_are_no_part_of_its_description() -> None:
    """Headings no list holds beside a whole row of named ones are the items' details."""
    got = rows(read([inspection_invoice()]))
    assert got == [
        ("Annual inspection - 5 lb ABC", "1", "7.84", "7.84"),
        ("6-year maintenance - 5 lb ABC", "1", "30.88", "30.88"),
        ("Annual inspection - 10 lb ABC", "1", "7.84", "7.84"),
    ]


def test_the_invoice_prepared_is_its_date_and_the_day_inspected_is_not() -> None:
    got = values(read([inspection_invoice()]))
    assert got["invoice_date"] == "2025-11-15"
    assert got["amount_due"] == "46.56"  # 'Balance Owed to Date': no period's end
    assert got["vendor_address"] == "7400 W Flagler St, Suite 113, Miami, FL 33144"


def test_a_customer_po_printed_empty_leaves_the_work_order_no_po() -> None:
    assert "po_number" not in values(read([inspection_invoice()]))
    assert values(read([inspection_invoice(po="0065210")]))["po_number"] == "0065210"


def test_a_paint_desk_names_neither_the_store_nor_its_address() -> None:
    receipt = [
        text(42, 14, "LONE STAR HARDWARE", 13, bold=True),
        text(82, 30, "PAINT DESK", 12, bold=True),
        text(61, 44, "789 Harry Hines Blvd, Ste 227", 8),
        text(81, 53, "Dallas, TX 75208", 8),
        text(10, 84, "Store 0104 Reg 8", 8),
        text(150, 84, "Trans. No. 000320", 8),
        text(10, 93, "Purchased 02/18/26 2:30 PM", 8),
        text(10, 110, "SPACKLING COMPOUND LIGHTWEIGHT 1 QT", 8),
        right(220, 110, "56.28", 8),
        text(10, 125, "SUBTOTAL", 8),
        right(220, 125, "52.00", 8),
        text(10, 135, "SALES TAX 8.25%", 8),
        right(220, 135, "4.28", 8),
        text(10, 147, "TOTAL", 9, bold=True),
        right(220, 147, "56.28", 9),
        text(10, 160, "VISA ****6462", 8),
        right(220, 160, "56.28", 8),
        text(10, 180, "Thank you for shopping with us", 8),
    ]
    got = values(extract_document(read_pdf(draw_pdf([receipt], size=(230, 400))).pages))
    assert got["vendor_name"] == "LONE STAR HARDWARE"
    assert got["vendor_address"] == "789 Harry Hines Blvd, Ste 227, Dallas, TX 75208"


def test_a_monogram_read_as_letters_is_no_name() -> None:
    """'all E' read from a tall 'LS' beside the address: three letters far narrower than
    they are tall; the same letters printed as a word are a name."""

    def segment(boxes: list[tuple[str, tuple[float, float, float, float]]]) -> Segment:
        return Segment(1, 0, tuple(Word(t, box, 0.9, 0) for t, box in boxes))

    monogram = segment([("all", (159, 137, 261, 252)), ("E", (194, 161, 224, 252))])
    printed = segment([("ACE", (159, 137, 230, 162))])
    assert _vendor_name_score(monogram, 25.0, (100, 600)) == 0.0
    assert _vendor_name_score(printed, 25.0, (100, 600)) > 0.0


def test_a_speck_read_as_a_sign_before_a_description_is_dropped() -> None:
    words = [Word("+", (10, 10, 14, 20), 0.5, 0), Word("Annual", (18, 10, 50, 20), 0.9, 0)]
    assert _text(words) == "Annual"
    assert _text([Word("+5%", (10, 10, 30, 20), 0.9, 0)]) == "+5%"
