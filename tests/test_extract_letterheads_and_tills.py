"""Letterheads, party headings and till slips as vendors print them: a logo of the
name's initials beside it ('AD' Appliance Doctor Repair), the address centred under the
name or under a heading of its own ('CORPORATE OFFICE'), a motto that is no address
('24/7 UL-Listed Monitoring'), the customer-service line that is no addressee
('Atención al cliente'), headings in capitals side by side ('RESPONSIBLE PARTY   ORDER
DATA'), a value under its label beside a neighbouring column a step lower, the amount
owed set large in its box, a section's total that is no invoice total, a period joined
by 'hasta el', and a till slip whose items print their text over their count, measure,
barcode and price ('LLAVE DE NARIZ 1/2 BRONCE' / '1 PZA 7501036623447 103.56 103.56')."""

from __future__ import annotations

from pathlib import Path

from benchmarks.accuracy import items_right, normalise
from extract import extract_document
from tests.test_extract import draw_pdf, read_pdf, right, text
from tests.test_extract_label_shapes import extract
from tests.test_extract_read_by_content import grid, sums
from tests.test_extract_samples import corpus


def repair_order() -> list:  # type: ignore[type-arg]
    items = [
        text(48, 40, "AD", 16, bold=True),
        text(94, 40, "Appliance Doctor Repair", 16, bold=True),
        text(94, 56, "Factory-trained service on all major brands - multifamily specialists", 8),
        text(460, 28, "8036 Broadway St", 8),
        text(460, 38, "San Antonio, TX 78298", 8),
        text(460, 48, "Call Center: 214.608.7758", 8),
        text(36, 120, "REPAIR ORDER INVOICE", 14, bold=True),
        text(42, 158, "SERVICED AT", 8, bold=True),
        text(225, 158, "RESPONSIBLE PARTY", 8, bold=True),
        text(407, 158, "ORDER DATA", 8, bold=True),
        text(42, 175, "Cypress Landing", 8),
        text(225, 175, "Brightwater Residential Management LLC", 8),
        text(407, 175, "Invoice No.", 8),
        right(567, 175, "85946", 8),
        text(42, 186, "8800 Westheimer Rd, Apt 8-112", 8),
        text(225, 186, "Attn: Accounts Payable", 8),
        text(407, 186, "Invoice Date", 8),
        right(567, 186, "October 13, 2025", 8),
        text(42, 197, "Houston, TX 77063", 8),
        text(225, 197, "4100 Spring Valley Rd, Suite 300", 8),
        text(225, 208, "Dallas, TX 75244", 8),
    ]
    rows = [
        ("Code", "Parts & Labor Detail", "Qty", "Price Ea.", "Charge Ext."),
        ("SVC-DX", "Service call and diagnosis", "1", "100.00", "100.00"),
        ("LBR-HR", "Repair labor", "2", "120.00", "240.00"),
    ]
    items += grid(300, rows, [41, 133, -430, -490, -567])
    return items + sums(380, [(376, "Parts + Labor", "$340.00"), (376, "Repair Total", "$340.00")])


def test_a_logo_of_initials_and_headings_in_capitals_side_by_side() -> None:
    got = extract(repair_order())
    assert got["vendor_name"] == "Appliance Doctor Repair"  # not 'AD Appliance ...'
    assert got["customer_name"] == "Brightwater Residential Management LLC"  # not 'ORDER DATA'
    assert normalise("bill_to_address", got["bill_to_address"]) == normalise(
        "bill_to_address", "4100 Spring Valley Rd, Suite 300, Dallas, TX 75244"
    )
    assert got["invoice_number"] == "85946"


def security_invoice(letterhead: list) -> list:  # type: ignore[type-arg]
    return [
        *letterhead,
        text(375, 40, "RECURRING SERVICES INVOICE", 12, bold=True),
        text(346, 60, "Billing Document #", 8),
        text(346, 72, "INV-068914", 8),
        text(464, 60, "Bill Run Date", 8),
        text(464, 72, "Mar-11-2026", 8),
        text(44, 170, "SUBSCRIBER", 8, bold=True),
        text(44, 186, "Brightwater Residential Management LLC", 8),
        text(44, 197, "4100 Spring Valley Rd, Suite 300", 8),
        text(44, 208, "Dallas, TX 75244", 8),
        *sums(300, [(374, "Total Recurring Invoice", "$2,364.00")]),
    ]


def test_an_address_under_its_own_heading_below_a_motto() -> None:
    letterhead = [
        text(88, 40, "Sentinel Patrol Services Inc.", 15, bold=True),
        text(88, 58, "Fire - Intrusion - Access Control - 24/7 UL-Listed Monitoring", 8),
        text(36, 84, "CORPORATE OFFICE", 7, bold=True),
        text(36, 94, "9799 Harry Hines Blvd, Suite 224", 8),
        text(36, 104, "Irving, TX 75019", 8),
        text(36, 114, "Central Station: 214-581-5944", 8),
    ]
    got = extract(security_invoice(letterhead))
    assert got["vendor_name"] == "Sentinel Patrol Services Inc."
    assert got["vendor_address"] == "9799 Harry Hines Blvd, Suite 224, Irving, TX 75019"
    assert got["vendor_phone"] == "2145815944"


def test_an_address_line_centred_under_the_letterhead() -> None:
    letterhead = [
        text(40, 40, "Spotless Carpet Care", 18, bold=True),
        text(170, 70, "8756 Airline Dr · Irving, TX 75031 · Showroom (469) 417-5322", 8),
    ]
    got = extract(security_invoice(letterhead))
    assert got["vendor_address"] == "8756 Airline Dr, Irving, TX 75031"
    assert got["vendor_phone"] == "4694175322"


def water_bill(desk: str = "Atención al cliente: (787) 417-1643") -> list:  # type: ignore[type-arg]
    items = [
        text(86, 36, "Autoridad de Acueductos del Este", 12, bold=True),
        text(46, 50, "AA", 14, bold=True),
        text(86, 50, "Calle del Parque 7033, Guaynabo, PR 00984", 8),
        text(86, 62, desk, 8),
        text(376, 36, "FACTURA DE AGUA Y ALCANTARILLADO", 10, bold=True),
        text(36, 105, "Dirección postal del cliente", 8, bold=True),
        text(44, 117, "Brightwater Residential Management LLC", 8),
        text(44, 128, "Ave. Ponce de León 1250, Suite 801", 8),
        text(44, 139, "San Juan, PR 00907", 8),
        text(349, 105, "Cantidad facturada anteriormente", 8),
        right(569, 105, "$4,672.10", 8),
        text(349, 120, "Balance sin pagar", 8),
        right(569, 120, "$2,336.05", 8),
        text(349, 140, "Cantidad total que adeuda", 9, bold=True),
        text(349, 160, "Pague en o antes del", 8),
        right(569, 162, "$8,159.78", 16),
        text(349, 172, "Dic 12, 2025", 8, bold=True),
        text(41, 200, "Cuenta de servicio núm.", 8),
        text(146, 200, "333164-35112", 8),
        text(41, 212, "Período de lectura", 8),
        text(146, 212, "Oct 17, 2025 hasta el Nov 16, 2025", 8),
    ]
    rows = [
        ("Cargos del período", "Uds. facturadas", "Cargo por unidad", "Cantidad del cargo"),
        ("Cargo base - contador de 1 1/2 pulg.", "", "", "140.83"),
        ("Consumo de agua", "615", "2.8374", "1,745.00"),
    ]
    return items + grid(300, rows, [40, 300, -480, -567])


def test_a_service_desk_under_the_name_is_no_attention_line() -> None:
    """'Atención: (787) 417-1643' under a utility's name gives its desk's phone: the name
    is the vendor's, not an addressee's."""
    got = extract(water_bill("Atención: (787) 417-1643 · facturacion@acueductos.pr"))
    assert got["vendor_name"] == "Autoridad de Acueductos del Este"
    assert got["vendor_address"] == "Calle del Parque 7033, Guaynabo, PR 00984"


def test_a_utility_bill_read_by_its_own_words() -> None:
    extraction = extract_document(read_pdf(draw_pdf([water_bill()])).pages)
    got = {name: field.value for name, field in extraction.fields.items()}
    # 'Atención al cliente' is the vendor's service desk, not an addressee's attention line
    assert got["vendor_name"] == "Autoridad de Acueductos del Este"
    assert got["vendor_address"] == "Calle del Parque 7033, Guaynabo, PR 00984"  # without 'AA'
    assert got["amount_due"] == "8159.78"  # set large under its label, beside another
    assert got["previous_balance"] == "4672.10"
    assert got["due_date"] == "2025-12-12"
    assert (got["service_period_start"], got["service_period_end"]) == ("2025-10-17", "2025-11-16")
    items = [(i.description, str(i.quantity), str(i.unit_price), str(i.amount))
             for i in extraction.line_items]  # fmt: skip
    assert items == [
        ("Cargo base - contador de 1 1/2 pulg.", "None", "None", "140.83"),
        ("Consumo de agua", "615", "2.8374", "1745.00"),
    ]


def test_a_value_under_its_label_beside_a_column_a_step_lower() -> None:
    items = [
        text(40, 30, "Spotless Carpet Care", 16, bold=True),
        text(40, 102, "FLOORING INSTALLATION INVOICE", 11, bold=True),
        text(370, 102, "CONTRACTING PARTY", 8, bold=True),
        text(370, 117, "Brightwater Residential Management LLC", 8),
        text(40, 127, "INSTALLATION INVOICE NO.", 7, bold=True),
        text(146, 127, "INVOICING DATE", 7, bold=True),
        text(252, 127, "DUE FOR PAYMENT", 7, bold=True),
        text(370, 129, "4100 Spring Valley Rd, Suite 300", 8),
        text(40, 139, "59230", 8),
        text(146, 139, "SEPTEMBER 27, 2025", 8),
        text(232, 139, "OCTOBER 27, 2025", 8),
        text(370, 139, "Dallas, TX 75244", 8),
    ]
    rows = [
        ("ITEM / AREA", "QTY", "PRICE/UOM", "LINE EXT."),
        ("Install LVP floor", "351", "1.94", "680.94"),
    ]
    items += grid(280, rows, [44, -380, -490, -567])
    items += [text(50, 262, "INSTALLATION & LABOR", 8), right(567, 262, "Section total $680.94", 8)]
    items += sums(
        340, [(352, "Materials & Installation", "$680.94"), (352, "Contract Amount", "$646.89")]
    )
    items += [text(352, 370, "Multi-Unit Discount (5%)", 9), right(567, 370, "-$34.05", 9)]
    got = extract(items)
    # not '4100 Spring Valley Rd', a step lower; the dates run together under both labels
    assert got["due_date"] == "2025-10-27"
    assert got["invoice_date"] == "2025-09-27"
    assert got["customer_name"] == "Brightwater Residential Management LLC"
    assert got.get("total") != "680.94"  # a section's total is no invoice total


def counter_slip(customer: str) -> list:  # type: ignore[type-arg]
    lines = [
        (50, "FERRETERÍA EL MARTILLO", 11),
        (86, "Tienda núm. 13", 7),
        (54, "Av. Constitución 7236, Int. 335", 7),
        (67, "Apodaca, N.L. C.P. 66664", 7),
        (54, "Tel. sucursal: +52 81 8875 5203", 7),
        (71, "NOTA DE MOSTRADOR", 8),
        (10, "Folio de venta: 068716", 7),
        (10, "23/DIC/2025", 7),
        (10, "Caja núm. 3", 7),
        (10, "Cte. 01186", 7),
        (10, customer, 7),
        (10, "ARTÍCULO / DESCRIPCIÓN", 7),
        (10, "LLAVE DE NARIZ 1/2 BRONCE", 7),
    ]
    items = []
    y = 12.0
    for x, line, size in lines:
        items.append(text(x, y, line, size, bold=size > 8))
        y += 12
    rows = [
        [("1 PZA", 14), ("7501036623447", 62)],
        [("12 M", 14), ("7501045212123", 62)],
    ]
    prices = [("103.56", "103.56"), ("14.86", "178.32")]
    names = ["CABLE THW CAL 12 ROJO", None]
    for row, (price, amount), name in zip(rows, prices, names, strict=True):
        items += [text(x, y, cell, 7) for cell, x in row]
        items += [right(160, y, price, 7), right(217, y, amount, 7)]
        y += 12
        if name:
            items.append(text(10, y, name, 7))
            y += 12
    items += [text(10, y + 6, "TOTAL DE SU COMPRA", 8), right(217, y + 6, "$281.88", 8)]
    items += [text(10, y + 18, "TOTAL DE PIEZAS: 13", 7)]
    items += [text(10, y + 30, "04 TARJETA DE CRÉDITO", 7), right(217, y + 30, "281.88", 7)]
    items += [text(10, y + 48, "PRECIOS CON IVA INCLUIDO", 7)]
    items += [text(14, y + 60, "IVA INCLUIDO 16%", 7), right(217, y + 60, "$38.88", 7)]
    return items


def test_a_counter_slip_with_item_text_over_its_count_barcode_and_price() -> None:
    pdf = draw_pdf([counter_slip("Brightwater Residencial S. de R.L. de C.V.")], size=(227, 420))
    extraction = extract_document(read_pdf(pdf).pages)
    got = {name: field.value for name, field in extraction.fields.items()}
    assert got["vendor_name"] == "FERRETERÍA EL MARTILLO"  # not 'Tienda núm. 13', no customer
    assert got["total"] == "281.88"  # 'TOTAL DE PIEZAS: 13' counts pieces
    assert got["tax"] == "38.88"  # the tax the prices include
    assert got.get("customer_name") != "Caja núm. 3"
    items = [(i.description, str(i.quantity), str(i.unit_price), str(i.amount))
             for i in extraction.line_items]  # fmt: skip
    assert items == [
        ("LLAVE DE NARIZ 1/2 BRONCE", "1", "103.56", "103.56"),
        ("CABLE THW CAL 12 ROJO", "12", "14.86", "178.32"),
    ]


def test_scanned_letterheads_in_large_and_letter_spaced_type(tmp_path: Path) -> None:
    """A 300 dpi scan told to tesseract as 150 dpi print lost a letterhead's 16 pt name
    (H100); a widely spaced name read as 'Applia nce Doctor Repa ir' (H96). OCR still
    misreads a letter now and then ('Appl lance'): most names come out whole."""
    docs = corpus(tmp_path, "scan", seed=9802, count=8, layouts=["H96", "H100"])
    assert {truth["layout"] for truth, _ in docs} == {"H96", "H100"}
    right = {"H96": 0, "H100": 0}
    for truth, extraction in docs:
        got = extraction.fields.get("vendor_name")
        assert got is not None, truth["id"]
        want = normalise("vendor_name", truth["fields"]["vendor_name"])
        right[truth["layout"]] += normalise("vendor_name", got.value) == want
    assert right["H100"] == sum(truth["layout"] == "H100" for truth, _ in docs)
    assert right["H96"] >= 2


def test_scanned_utility_bills_owing_a_large_amount(tmp_path: Path) -> None:
    """H97: the amount owed set large under its label, a column's heading a step lower
    between them, its thousands read apart ('$3 ,295.48'); 'Cantidad total que adeuda'
    heads no table when the scan runs it into the line of a heading on the left."""
    docs = corpus(tmp_path, "scan", seed=9802, count=12, layouts=["H97"])
    assert len(docs) >= 2
    for truth, extraction in docs:
        for name in ("amount_due", "account_number", "service_period_start", "due_date"):
            got = extraction.fields.get(name)
            assert got is not None, (truth["id"], name)
            assert normalise(name, got.value) == normalise(name, truth["fields"][name])
        right, expected, _ = items_right(extraction.line_items, truth["line_items"])
        assert right == expected, truth["id"]


def test_counter_slips_of_one_layout_read_whole(tmp_path: Path) -> None:
    """H99: every slip's store, total and items, whatever the seed drew."""
    docs = corpus(tmp_path, "digital", seed=9801, count=10, layouts=["H99"])
    assert docs
    for truth, extraction in docs:
        for name in ("vendor_name", "total", "invoice_number", "invoice_date"):
            got = extraction.fields.get(name)
            assert got is not None, (truth["id"], name)
            assert normalise(name, got.value) == normalise(name, truth["fields"][name]), name
        right, expected, extra = items_right(extraction.line_items, truth["line_items"])
        assert (right, extra) == (expected, 0), truth["id"]


def test_a_heading_after_a_box_corner_and_a_customer_block_without_one() -> None:
    """A scan reads a box's corner before a heading ('r— DATOS DEL DESTINATARIO'): the
    heading still heads its block. Under a letterhead that prints no address, an
    unheaded block of the customer's name and address is not the vendor's address."""
    items = [
        text(60, 40, "Limpieza Total del Caribe", 16, bold=True),
        text(380, 40, "FACTURA DE OBRA", 12, bold=True),
        text(40, 90, "r— DATOS DEL DESTINATARIO", 8, bold=True),
        text(48, 104, "Brightwater Residential Management LLC", 8),
        text(48, 115, "Ave. Ponce de León 1250, Suite 801", 8),
        text(48, 126, "San Juan, PR 00907", 8),
        text(380, 90, "Nº de factura", 8),
        text(380, 101, "C-43150", 8),
    ]
    rows = [("Partida / descripción", "Cant.", "Precio/ud.", "Importe"),
            ("Renta de andamio", "2", "450.00", "900.00")]  # fmt: skip
    items += grid(200, rows, [44, -400, -480, -567])
    items += sums(260, [(380, "Total", "$900.00")])
    got = extract(items)
    assert got["customer_name"] == "Brightwater Residential Management LLC"
    assert got["vendor_name"] == "Limpieza Total del Caribe"
    assert "vendor_address" not in got  # the customer's, under its name, is no letterhead's
    unheaded = [item for item in items if not item[2].startswith("r— DATOS")]
    unheaded.append(text(60, 56, "Exterior Repairs - Roof Coatings - Seamless Gutters", 8))
    got = extract(unheaded)
    assert got["vendor_name"] == "Limpieza Total del Caribe"
    assert "vendor_address" not in got


def test_a_label_and_its_value_are_no_table_and_a_period_stops_at_its_column() -> None:
    """'Tarifa del servicio   GSS - Servicio general secundario' names a price's and a
    description's heading but no money stands under them: a label and its value. The
    due date printed far right on a period's line is no end of that period."""
    items = [
        text(40, 36, "Energía Isleña LLC", 14, bold=True),
        text(40, 50, "Ave. Roberto H. Todd 9381, Bayamón, PR 00959", 8),
        text(40, 120, "Cuenta de servicio núm.", 8),
        text(150, 120, "481407-34774", 8),
        text(40, 132, "Período de lectura", 8),
        text(150, 132, "Dic 27, 2025 hasta el Ene 24, 2026", 8),
        text(420, 132, "Feb 20, 2026", 8),
        text(40, 144, "Tarifa del servicio", 8),
        text(150, 144, "GSS - Servicio general secundario", 8),
        text(40, 170, "Núm. de contador", 8),
        text(150, 170, "Lectura presente", 8),
        text(40, 182, "171671257", 8),
        text(150, 182, "60,986", 8),
    ]
    rows = [
        ("Cargos del período", "Uds. facturadas", "Cargo por unidad", "Cantidad del cargo"),
        ("Cargo fijo por cliente", "", "", "18.74"),
        ("Consumo de energía", "425", "0.0463", "19.68"),
    ]
    items += grid(240, rows, [40, -330, -450, -567])
    items += sums(310, [(380, "Total de cargos nuevos", "$38.42")])
    extraction = extract_document(read_pdf(draw_pdf([items])).pages)
    got = {name: field.value for name, field in extraction.fields.items()}
    assert (got["service_period_start"], got["service_period_end"]) == ("2025-12-27", "2026-01-24")
    assert [(i.description, str(i.amount)) for i in extraction.line_items] == [
        ("Cargo fijo por cliente", "18.74"),
        ("Consumo de energía", "19.68"),
    ]


def test_a_period_of_days_of_one_month_told_in_a_sentence() -> None:
    """'... prestados del 1 al 31 de agosto de 2025.': a letter-shaped bill gives its
    period in the sentence that says what it charges for."""
    items = [
        text(64, 56, "Limpieza Total del Caribe", 12, bold=True),
        text(64, 74, "Calle Loíza 5663 · Bayamón, PR 00988", 9),
        text(395, 119, "Bayamón, 26 de septiembre de 2025", 9),
        text(192, 150, "CUENTA DE COBRO N.º C-33866", 12, bold=True),
        text(64, 178, "Brightwater Residential Management LLC", 9),
        text(64, 205, "Ave. Ponce de León 1250, Suite 801", 9),
        text(64, 218, "San Juan, PR 00907", 9),
        text(
            64,
            312,
            "POR CONCEPTO DE: Servicios de aseo y limpieza prestados del 1 al 31 de "
            "agosto de 2025.",
            9,
        ),
    ]
    items += sums(440, [(332, "VALOR TOTAL A COBRAR", "$ 3,077.40")])
    got = extract(items)
    assert (got["service_period_start"], got["service_period_end"]) == ("2025-08-01", "2025-08-31")
