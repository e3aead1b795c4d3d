"""A pest-control company's termite plan renewal notice, a roll-off container invoice
whose address line runs on into a billing e-mail, a hardware store's sales receipt with
its clerk and the account charged, a Puerto Rican generator service factura and a
Mexican water-delivery 'recibo' that is a bill."""

from __future__ import annotations

from datetime import date

from docmatch.types import DocumentType
from extract import extract_document
from extract.blocks import address_lines
from extract.formats import Conventions, find_date_range
from tests.test_extract import Item, draw_pdf, read_pdf, right, text
from tests.test_extract_contracts_and_side_captions import values


def renewal_notice() -> bytes:
    page = [
        text(227, 31, "Shield Pest Control", 16, bold=True),
        text(238, 52, "2738 Commerce St · Irving, TX 75048", 8),
        text(215, 64, "Tel 832-895-8456 · E-mail accounts@shieldpest.net", 8),
        text(350, 108, "Notice No.", 8),
        right(560, 108, "INV-014309", 8),
        text(70, 117, "Brightwater Residential Management LLC", 8),
        text(350, 120, "Notice Date", 8),
        right(560, 120, "January 28, 2026", 8),
        text(70, 129, "4100 Spring Valley Rd, Suite 300", 8),
        text(350, 136, "Plan Holder ID", 8),
        right(560, 136, "098544", 8),
        text(70, 141, "Dallas, TX 75244", 8),
        text(350, 170, "Renew By", 8),
        right(560, 170, "January 31, 2026", 8),
        text(50, 200, "ANNUAL RENEWAL NOTICE", 12, bold=True),
        text(50, 232, "Covered Property:", 8),
        text(170, 232, "Cypress Landing, 8800 Westheimer Rd, Houston, TX 77063", 8),
        text(50, 245, "Type of Plan:", 8),
        text(170, 245, "Bait System - Monitoring", 8),
        text(54, 347, "Structure / Service", 8, bold=True),
        text(375, 347, "No.", 8, bold=True),
        text(448, 347, "Each", 8, bold=True),
        text(509, 347, "Renewal Fee", 8, bold=True),
        text(54, 365, "Residential buildings 1-12 - annual renewal", 8),
        right(390, 365, "12", 8),
        right(470, 365, "125.00", 8),
        right(560, 365, "1,500.00", 8),
        text(54, 383, "Clubhouse / leasing office - annual renewal", 8),
        right(390, 383, "1", 8),
        right(470, 383, "145.00", 8),
        right(560, 383, "145.00", 8),
        text(54, 401, "Bait station monitoring and service, per station", 8),
        right(390, 401, "34", 8),
        right(470, 401, "11.46", 8),
        right(560, 401, "389.64", 8),
        text(328, 422, "Renewal Fees", 8),
        right(560, 422, "$2,034.64", 8),
        text(328, 436, "Tax on Renewal 8.25%", 8),
        right(560, 436, "$167.86", 8),
        text(328, 450, "Total Renewal", 8),
        right(560, 450, "$2,202.50", 8),
        text(328, 464, "Amount to Renew", 8, bold=True),
        right(560, 464, "$2,202.50", 8),
        text(50, 502, "Annual inspection will be scheduled during the coverage term.", 8),
    ]
    return draw_pdf([page])


def test_a_renewal_notice_is_read_by_its_own_words() -> None:
    found, items = values(renewal_notice())
    assert found["invoice_number"] == "INV-014309"  # not '12' under the count's 'No.'
    assert found["invoice_date"] == "2026-01-28"
    assert found["due_date"] == "2026-01-31"
    assert found["service_address"] == "Cypress Landing, 8800 Westheimer Rd, Houston, TX 77063"
    assert found["subtotal"] == "2034.64"
    assert found["total"] == "2202.50"
    assert found["amount_due"] == "2202.50"
    assert len(items) == 3


def test_an_annual_inspection_in_a_service_bill_makes_no_inspection_report() -> None:
    extraction = extract_document(read_pdf(renewal_notice()).pages)
    assert extraction.document_type == DocumentType.INVOICE


def rolloff_invoice(terms: str) -> bytes:
    page = [
        text(36, 18, "Clean City Disposal", 16, bold=True),
        text(393, 18, "ROLL-OFF SERVICE INVOICE", 12, bold=True),
        text(
            36, 66, "1155 Orange Blossom Trl Kissimmee, FL 34715 Billing: accounts@cleancity.com", 8
        ),
        text(40, 88, "Customer ID", 7),
        text(148, 88, "Billing Doc No.", 7),
        text(256, 88, "Bill Prepared", 7),
        text(40, 97, "084029", 8),
        text(148, 97, "0304445004", 8),
        text(256, 97, "12/24/2025", 8),
        text(36, 118, f"Billing Terms: {terms}", 8),
        text(41, 142, "BILLING NAME & ADDRESS", 8, bold=True),
        text(41, 154, "Brightwater Residential Management LLC", 8),
        text(41, 164, "4100 Spring Valley Rd, Suite 300", 8),
        text(41, 175, "Dallas, TX 75244", 8),
        text(40, 272, "Service Description", 8, bold=True),
        right(430, 272, "Qty", 8),
        right(500, 272, "Rate", 8),
        right(570, 272, "Charge", 8),
        text(40, 287, "Haul & return (swap) - 30 YD open top", 8),
        right(430, 287, "1", 8),
        right(500, 287, "490.00", 8),
        right(570, 287, "490.00", 8),
        text(40, 303, "Container rent - 30 YD, monthly", 8),
        right(430, 303, "1", 8),
        right(500, 303, "135.00", 8),
        right(570, 303, "135.00", 8),
        text(352, 330, "Haul & Disposal Charges", 8),
        right(570, 330, "$625.00", 8),
        text(352, 344, "Tax - Waste Svc 7%", 8),
        right(570, 344, "$43.75", 8),
        text(352, 358, "New Charges This Invoice", 8),
        right(570, 358, "$668.75", 8),
        text(352, 372, "Net Amount to Remit", 8, bold=True),
        right(570, 372, "$668.75", 8),
    ]
    return draw_pdf([page])


def test_an_address_line_ends_at_its_zip_code_before_another_label() -> None:
    found, _ = values(rolloff_invoice("Due Upon Receipt"))
    assert found["vendor_address"] == "1155 Orange Blossom Trl Kissimmee, FL 34715"
    assert found["vendor_email"] == "accounts@cleancity.com"


def test_terms_stop_where_another_label_and_its_code_begin() -> None:
    found, _ = values(rolloff_invoice("Due Upon Receipt Cust. P.O.: 0089471"))
    assert found["payment_terms"] == "Due Upon Receipt"
    assert found["po_number"] == "0089471"
    found, _ = values(rolloff_invoice("Due Upon Receipt Route F52"))
    assert found["payment_terms"] == "Due Upon Receipt"


def test_the_net_amount_to_remit_is_the_amount_due_not_the_subtotal() -> None:
    found, _ = values(rolloff_invoice("Net 30"))
    assert found["amount_due"] == "668.75"
    assert found["subtotal"] == "625.00"
    assert found["total"] == "668.75"


def sales_receipt(account: str) -> bytes:
    page = [
        text(56, 24, "Handyman Supply Depot", 11, bold=True),
        text(79, 35, "8364 Westheimer Rd", 8),
        text(73, 45, "San Antonio, TX 78251", 8),
        text(81, 54, "Ph (713) 718-0802", 8),
        text(16, 73, "Txn # 388765", 8),
        text(163, 73, "SALES RECEIPT", 8, bold=True),
        text(16, 83, "Sold On 10/30/25 17:49", 8),
        text(16, 93, "Station 1", 8),
        text(62, 93, "Sold By MANNY", 8),
        text(16, 103, account, 8),
        text(16, 114, "----------------------------------------", 8),
        text(16, 122, "955693 INT PAINT EGGSHELL 1GAL", 8),
        right(230, 122, "102.44", 8),
        text(29, 131, "4 @ 25.61", 8),
        text(16, 141, "721465 LED BULB A19 60W 4PK", 8),
        right(230, 141, "12.75", 8),
        text(16, 150, "441948 KEY BLANK KW1", 8),
        right(230, 150, "1.80", 8),
        text(16, 210, "----------------------------------------", 8),
        text(16, 217, "Mdse Amt", 8),
        right(230, 217, "$116.99", 8),
        text(16, 227, "Sales Tax Coll 8.25%", 8),
        right(230, 227, "$9.65", 8),
        text(16, 237, "Amount of Sale", 8, bold=True),
        right(230, 237, "$126.64", 8),
        text(16, 256, "Charged to card AMEX XXXX2580", 8),
        right(230, 256, "$126.64", 8),
        text(16, 265, "Number of items: 6", 8),
    ]
    return draw_pdf([page], size=(250, 400))


def test_the_clerk_who_sold_is_no_vendor_and_merchandise_amount_is_the_subtotal() -> None:
    found, _ = values(sales_receipt("Job/PO: OAK RIDGE APARTMENTS"))
    assert found["vendor_name"] == "Handyman Supply Depot"
    assert found["subtotal"] == "116.99"
    assert found["total"] == "126.64"
    assert "customer_name" not in found


def test_an_account_named_by_a_company_is_the_customer() -> None:
    found, _ = values(sales_receipt("Acct: BRIGHTWATER RESIDENTIAL MANAGEMENT LLC"))
    assert found["customer_name"] == "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC"
    assert "account_number" not in found


def generator_factura(bank: str) -> bytes:
    page = [
        text(82, 32, "Electricistas Unidos de Puerto Rico", 13, bold=True),
        text(440, 32, "FACTURA", 14, bold=True),
        text(380, 55, "Número de la factura", 7),
        right(576, 55, "B-49742", 8),
        text(82, 60, "Calle Méndez Vigo 6271", 8),
        text(82, 68, "Carolina, PR 00938", 8),
        text(380, 68, "Fecha de emisión de factura", 7),
        right(576, 68, "31/10/2025", 8),
        text(82, 80, "Tel. 787.919.9784", 8),
        text(380, 80, "Condición", 7),
        right(576, 80, "Neto 30 días", 8),
        text(43, 126, "Facturado a", 8, bold=True),
        text(43, 140, "Brightwater Residential Management LLC", 8),
        text(43, 151, "Ave. Ponce de León 1250, Suite 801", 8),
        text(43, 162, "San Juan, PR 00907", 8),
        text(42, 257, "Descripción del trabajo / material", 8, bold=True),
        right(430, 257, "Cantidad", 8),
        right(500, 257, "Precio", 8),
        right(570, 257, "Total línea", 8),
        text(42, 273, "Mantenimiento preventivo semestral del generador", 8),
        right(430, 273, "1", 8),
        right(500, 273, "540.00", 8),
        right(570, 273, "540.00", 8),
        text(42, 291, "Filtro de aceite", 8),
        right(430, 291, "2", 8),
        right(500, 291, "42.83", 8),
        right(570, 291, "85.66", 8),
        text(350, 440, "Suma de líneas", 8),
        right(570, 440, "$625.66", 8),
        text(350, 455, "IVU 11.5% s/ piezas", 8),
        right(570, 455, "$9.85", 8),
        text(350, 470, "Total de la factura de servicio", 8),
        right(570, 470, "$635.51", 8),
        text(
            38,
            746,
            "Pagos mediante cheque a nombre de Electricistas Unidos de Puerto Rico o "
            f"transferencia a {bank}, cuenta 818-586746. Indique el número de factura.",
            7,
        ),
    ]
    return draw_pdf([page])


def test_a_condition_beside_the_header_is_the_terms_and_a_transfer_account_no_account() -> None:
    for bank in ("FirstBank", "Banesco"):
        found, _ = values(generator_factura(bank))
        assert found["payment_terms"] == "Neto 30 días"
        assert "account_number" not in found, bank


def water_recibo() -> bytes:
    page = [
        text(94, 32, "Servicios de Agua y Drenaje Metropolitanos", 12, bold=True),
        text(398, 32, "RECIBO DE SERVICIO DE PIPAS", 10, bold=True),
        text(94, 48, "Calle Hidalgo 7174", 8),
        text(94, 57, "Col. Centro", 8),
        text(94, 67, "Monterrey, N.L. C.P. 64690", 8),
        text(94, 96, "RFC SERV950913JL4", 8),
        text(40, 110, "Cuenta / contrato", 7),
        text(220, 110, "Folio de recibo", 7),
        text(400, 110, "Fecha de expedición del recibo", 7),
        text(40, 119, "55-604821-7", 8),
        text(220, 119, "0798966279", 8),
        text(400, 119, "12/09/2025", 8),
        text(40, 136, "Periodo de entregas", 7),
        text(175, 136, "Pague a más tardar", 7),
        text(310, 136, "Uso", 7),
        text(40, 145, "del 25/08/2025 al 07/09/2025", 8),
        text(175, 145, "12/10/2025", 8),
        text(310, 145, "No doméstico (condominio)", 8),
        text(41, 181, "TITULAR DE LA CUENTA", 8, bold=True),
        text(318, 181, "DOMICILIO DE ENTREGA", 8, bold=True),
        text(41, 192, "Brightwater Residencial S. de R.L. de C.V.", 8),
        text(318, 192, "Residencial Cumbres", 8),
        text(41, 203, "Av. Lázaro Cárdenas 2400, Piso 12", 8),
        text(318, 203, "Calle Hidalgo 245", 8),
        text(41, 214, "San Pedro Garza García, N.L. 66269", 8),
        text(318, 214, "Monterrey, N.L. 64000", 8),
        text(318, 225, "Oficio de solicitud: PO-67882", 8),
        text(40, 256, "Fecha", 7, bold=True),
        text(102, 256, "Vale", 7, bold=True),
        text(156, 256, "Concepto", 7, bold=True),
        text(356, 256, "Unidad", 7, bold=True),
        text(411, 256, "Volumen", 7, bold=True),
        text(479, 256, "Cuota", 7, bold=True),
        text(551, 256, "Cargo", 7, bold=True),
    ]
    y = 271.0
    for day, ticket in (("26/08/2025", "471237"), ("27/08/2025", "129376")):
        page += [
            text(40, y, day, 8),
            text(102, y, ticket, 8),
            text(156, y, "Agua potable en pipa de 15 m³", 8),
            text(356, y, "m³", 8),
            right(442, y, "15", 8),
            right(500, y, "38.61", 8),
            right(572, y, "579.15", 8),
        ]
        y += 26
    page += [
        text(342, 415, "Suma de viajes", 8),
        right(572, 415, "$1,158.30", 8),
        text(342, 430, "Importe del recibo", 8),
        right(572, 430, "$1,158.30", 8),
        text(342, 445, "Importe a cubrir", 8, bold=True),
        right(572, 445, "$1,158.30", 8),
    ]
    return draw_pdf([page])


def test_a_recibo_with_a_day_to_pay_by_is_a_bill() -> None:
    extraction = extract_document(read_pdf(water_recibo()).pages)
    assert extraction.document_type == DocumentType.INVOICE
    assert extraction.fields["due_date"].value == "2025-10-12"


def test_a_request_letter_number_is_the_order_and_volume_the_count() -> None:
    extraction = extract_document(read_pdf(water_recibo()).pages)
    assert extraction.fields["po_number"].value == "PO-67882"
    rows = [(str(i.quantity), str(i.unit_price), str(i.amount)) for i in extraction.line_items]
    assert rows == [("15", "38.61", "579.15")] * 2


def test_the_first_of_a_month_read_as_a_bar_is_still_a_date() -> None:
    conventions = Conventions(False, False, "en", False, False)
    found = find_date_range("December |, 2025 to November 30, 2026", conventions)
    assert found == (date(2025, 12, 1), date(2026, 11, 30))


def erp_factura() -> bytes:
    page = [
        text(113, 26, "Servicios de Limpieza Reyes S.A. de C.V.", 12, bold=True),
        text(457, 26, "FACTURA", 14, bold=True),
        text(411, 47, "Núm. de docto.", 7),
        right(576, 47, "F-12012", 8),
        text(173, 54, "R.F.C.: SER860701Z04 Régimen fiscal: 601", 7),
        text(
            105,
            64,
            "Av. Constitución 9830, Col. Centro, San Pedro Garza García, N.L. C.P. 66970",
            7,
        ),
        text(411, 64, "Fecha docto.", 7),
        right(576, 64, "21/Sep/2025", 8),
        text(41, 122, "Cliente", 8, bold=True),
        text(316, 122, "Consignado a", 8, bold=True),
        text(41, 134, "Brightwater Residencial S. de R.L. de C.V.", 8),
        text(316, 134, "Residencial Cumbres", 8),
        text(41, 145, "Av. Lázaro Cárdenas 2400, Piso 12", 8),
        text(316, 145, "Calle Hidalgo 245", 8),
        text(41, 155, "San Pedro Garza García, N.L. 66269", 8),
        text(316, 155, "Monterrey, N.L. 64000", 8),
        text(60, 211, "Pedido", 7),
        text(113, 211, "Su pedido / O.C.", 7),
        text(195, 211, "Agente", 7),
        text(254, 211, "Condiciones", 7),
        text(316, 211, "Fecha de vencto.", 7),
        text(56, 222, "P-12398", 8),
        text(179, 222, "11 - JORGE V.", 8),
        text(247, 222, "Crédito 45 días", 8),
        text(318, 222, "05/Nov/2025", 8),
        text(44, 247, "Cantidad", 7, bold=True),
        text(268, 247, "Descripción", 7, bold=True),
        text(413, 247, "Precio unit.", 7, bold=True),
        text(470, 247, "% Desc.", 7, bold=True),
        text(526, 247, "Importe", 7, bold=True),
        right(80, 261, "4", 8),
        text(180, 261, "ÁCIDO MURIÁTICO 1 L", 8),
        right(460, 261, "37.93", 8),
        right(500, 261, "5.00", 8),
        right(576, 261, "151.72", 8),
        right(80, 282, "3", 8),
        text(180, 282, "SEÑALAMIENTO PISO MOJADO AMARILLO", 8),
        right(460, 282, "226.20", 8),
        right(500, 282, "5.00", 8),
        right(576, 282, "678.60", 8),
        text(361, 378, "Importe de la venta", 8),
        right(576, 378, "$830.32", 8),
        text(361, 393, "Descuento", 8),
        right(576, 393, "-$41.52", 8),
        text(361, 408, "Subtotal con descuento", 8),
        right(576, 408, "$788.80", 8),
        text(361, 422, "Impuestos trasladados 16%", 8),
        right(576, 422, "$126.21", 8),
        text(361, 437, "Total de la venta", 8, bold=True),
        right(576, 437, "$915.01", 8),
    ]
    return draw_pdf([page])


def test_an_erp_factura_names_its_document_and_consignee_in_its_own_words() -> None:
    found, _ = values(erp_factura())
    assert found["invoice_number"] == "F-12012"
    assert found["invoice_date"] == "2025-09-21"
    assert found["due_date"] == "2025-11-05"
    assert found["vendor_tax_id"] == "SER860701Z04"  # not the R of 'Régimen'
    assert (
        found["service_address"] == "Residencial Cumbres, Calle Hidalgo 245, Monterrey, N.L. 64000"
    )
    assert found["subtotal"] == "830.32"  # the items' sum, before the discount


def test_the_vendors_own_order_is_no_purchase_order_nor_the_agent_centred_beside_it() -> None:
    found, _ = values(erp_factura())
    assert "po_number" not in found  # 'Pedido P-12398' beside an empty 'Su pedido / O.C.'


def cfdi_portal_invoice() -> bytes:
    page = [
        text(80, 20, "EMISOR", 7, bold=True),
        text(433, 21, "FACTURA", 14, bold=True),
        text(80, 29, "Seguridad Privada Halcón S.A. de C.V.", 10, bold=True),
        text(389, 35, "Comprobante Fiscal Digital por Internet · Versión 4.0", 7),
        text(80, 44, "RFC: SEG970126M49", 7),
        text(353, 49, "Serie y No. de folio", 7),
        text(80, 57, "Régimen fiscal: 601 - General de Ley Personas Morales", 7),
        text(353, 58, "C38885", 8),
        text(353, 66, "Folio fiscal", 7),
        text(353, 72, "99C0BA86-8559-318F-C661-23C63BDD1E3C", 7),
        text(32, 78, "Av. Constitución 8232, Local 305", 7),
        text(353, 83, "No. de serie del CSD del emisor", 7),
        text(32, 88, "Col. Contry", 7),
        text(353, 88, "99485234586875902395", 7),
        text(32, 97, "Apodaca, N.L. C.P. 66802", 7),
        text(353, 97, "Fecha y hora de expedición", 7),
        text(353, 106, "16/03/2026 15:56:30", 7),
        text(37, 196, "RECEPTOR", 8, bold=True),
        text(37, 209, "Brightwater Residencial S. de R.L. de C.V.", 8),
        text(37, 219, "Av. Lázaro Cárdenas 2400, Piso 12", 8),
        text(37, 229, "San Pedro Garza García, N.L. 66269", 8),
        text(35, 309, "Descripción", 7, bold=True),
        text(425, 309, "Valor unitario", 7, bold=True),
        text(516, 309, "Importe", 7, bold=True),
        text(35, 323, "Monitoreo de alarma 24 h - Torre A", 8),
        right(470, 323, "$1,200.00", 8),
        right(560, 323, "$1,200.00", 8),
        text(376, 378, "Importe antes de impuestos", 8),
        right(576, 378, "$1,200.00", 8),
        text(376, 395, "IVA Trasladado (002) 16%", 8),
        right(576, 395, "$192.00", 8),
        text(376, 412, "Total", 8, bold=True),
        right(576, 412, "$1,392.00", 8),
    ]
    return draw_pdf([page])


def test_a_cfdi_reads_its_series_and_folio_and_a_tax_code_is_no_amount() -> None:
    found, _ = values(cfdi_portal_invoice())
    assert found["invoice_number"] == "C38885"
    assert found["tax"] == "192.00"  # not '(002)' read as minus two
    # past the references' box beside it, not 'Versión 4.0' beside the name
    assert found["vendor_address"] == (
        "Av. Constitución 8232, Local 305, Col. Contry, Apodaca, N.L. C.P. 66802"
    )


def parts_invoice() -> bytes:
    page = [
        text(76, 30, "Handyman Supply Depot", 13, bold=True),
        text(450, 30, "INVOICE", 14, bold=True),
        text(76, 58, "9009 Walnut Hill Ln, Unit 9, San Antonio, TX 78278", 7),
        text(393, 54, "Inv. Nbr.", 7),
        text(472, 54, "007610", 8),
        text(393, 67, "Date of Inv.", 7),
        text(472, 70, "02/25/26", 8),
        text(38, 115, "SOLD TO", 8, bold=True),
        text(39, 129, "BRIGHTWATER RESIDENTIAL MANAGEMENT LLC", 8),
        text(39, 138, "4100 SPRING VALLEY RD, SUITE 300", 8),
        text(39, 148, "DALLAS, TX 75244", 8),
        text(37, 183, "Cust. PO No.", 6),
        text(159, 183, "Ship Via", 6),
        text(387, 183, "Terms", 6),
        text(451, 183, "Net Due On", 6),
        text(37, 197, "PO-84686", 7),
        text(159, 197, "UPS GROUND", 7),
        text(387, 197, "Net 30", 7),
        text(451, 197, "03/27/26", 7),
        text(37, 232, "Ln", 7, bold=True),
        text(151, 232, "Description", 7, bold=True),
        text(353, 232, "Ord", 7, bold=True),
        text(382, 232, "Shp", 7, bold=True),
        text(413, 232, "B/O", 7, bold=True),
        text(478, 232, "Unit Price", 7, bold=True),
        text(543, 232, "Ext. Price", 7, bold=True),
    ]
    y = 248.0
    for line, name, ordered, shipped, price, amount, maker in (
        ("1", "FOOD WASTE DISPOSER 1/2 HP", "2", "2", "126.95", "253.90", "BADGER5"),
        ("2", "REFRIGERATOR WATER FILTER EVERYDROP 1", "20", "20", "48.94", "978.80", "W102"),
        ("3", "DRYER DRUM BELT", "1", "0", "11.21", "0.00", "341241"),
    ):
        page += [
            text(37, y, line, 7),
            text(151, y, name, 7),
            right(365, y, ordered, 7),
            right(395, y, shipped, 7),
            right(425, y, "0" if ordered == shipped else "1", 7),
            right(511, y, price, 7),
            right(575, y, amount, 7),
            text(151, y + 10, f"Mfr: Whirlpool Mfr Part: {maker}", 6),
        ]
        y += 22
    page += [
        text(151, y, "Serial:", 6),  # a label alone under the last item
        text(360, 640, "Net Sales", 8),
        right(575, 640, "1,232.70", 8),
        text(360, 657, "Total Invoice Amt", 8),
        right(575, 657, "1,232.70", 8),
    ]
    return draw_pdf([page])


def test_a_parts_invoice_bills_what_shipped_and_leaves_the_makers_part_out() -> None:
    found, _ = values(parts_invoice())
    assert found["payment_terms"] == "Net 30"  # not the caption 'Net Due On' beside
    assert found["due_date"] == "2026-03-27"
    assert found["subtotal"] == "1232.70"
    extraction = extract_document(read_pdf(parts_invoice()).pages)
    rows = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert rows == [
        ("FOOD WASTE DISPOSER 1/2 HP", "2", "253.90"),
        ("REFRIGERATOR WATER FILTER EVERYDROP 1", "20", "978.80"),
        ("DRYER DRUM BELT", "0", "0.00"),
    ]


def spreadsheet_invoice() -> bytes:
    page = [
        text(40, 36, "ProCoat Painting", 16, bold=True),
        text(433, 36, "INVOICE", 16, bold=True),
        text(40, 74, "7981 Broadway St, Ste 240 · San Antonio, TX 78201", 8),
        text(412, 74, "Job Invoice No.:", 8),
        right(570, 74, "406", 8),
        text(421, 86, "Date Written:", 8),
        right(570, 86, "9/7/2025", 8),
        text(40, 141, "TO: Brightwater Residential Management LLC", 8),
        text(70, 153, "4100 Spring Valley Rd, Suite 300", 8),
        text(70, 165, "Dallas, TX 75244", 8),
        text(44, 216, "DESCRIPTION", 8, bold=True),
        text(337, 216, "HRS / QTY", 8, bold=True),
        text(421, 216, "RATE", 8, bold=True),
        text(528, 216, "AMOUNT", 8, bold=True),
        text(44, 231, "LABOR", 8, bold=True),
        text(44, 246, "Unit 115 - replace smoke alarms and test", 8),
        right(382, 246, "1", 8),
        right(444, 246, "50.00", 8),
        right(568, 246, "50.00", 8),
        text(44, 276, "Haul-off / dump fee", 8),
        right(568, 276, "60.00", 8),
        text(44, 306, "MATERIALS & SUPPLIES (store receipts available on request)", 8, bold=True),
        text(44, 321, "Smoke alarm, 10-yr sealed battery", 8),
        right(382, 321, "1", 8),
        right(444, 321, "31.78", 8),
        right(568, 321, "31.78", 8),
        text(40, 571, "Make all checks payable to ProCoat Painting", 8),
        text(362, 571, "LABOR & PARTS SUBTOTAL", 8),
        right(568, 571, "$ 141.78", 8),
        text(40, 587, "Zelle accepted at 214.527.3258. Please put the invoice number", 8),
        text(437, 587, "TAXABLE", 8),
        right(568, 587, "$ 31.78", 8),
        text(434, 603, "TAX RATE", 8),
        right(568, 603, "8.250%", 8),
        text(438, 619, "TAX DUE", 8),
        right(568, 619, "$ 2.62", 8),
        text(403, 651, "TOTAL FOR JOB", 8, bold=True),
        right(568, 651, "$ 144.40", 8),
    ]
    return draw_pdf([page])


def test_a_subtotal_at_the_pages_foot_ends_the_items_and_a_bracketed_note_keeps_a_heading() -> None:
    found, items = values(spreadsheet_invoice())
    assert found["subtotal"] == "141.78"
    assert items == [
        ("50.00", "Unit 115 - replace smoke alarms and test"),
        ("60.00", "Haul-off / dump fee"),
        ("31.78", "Smoke alarm, 10-yr sealed battery"),
    ]


def cloud_invoice(footer: str) -> bytes:
    page = [
        text(42, 42, "INVOICE", 22, bold=True),
        text(292, 94, "Transaction Date", 7, bold=True),
        text(420, 94, "Aqua Blue Pools LLC", 8),
        text(42, 104, "Brightwater Residential Management LLC", 8),
        text(292, 104, "13 Sep 2025", 8),
        text(420, 104, "6944 Coral Way, Suite 352", 8),
        text(292, 116, "Inv. Ref. No.", 7, bold=True),
        text(420, 116, "Kissimmee, FL 34797", 8),
        text(42, 127, "4100 Spring Valley Rd, Suite 300", 8),
        text(292, 127, "49001", 8),
        text(42, 138, "Dallas, TX 75244", 8),
        text(292, 144, "EIN", 7, bold=True),
        text(292, 154, "71-3101086", 8),
        text(46, 238, "Description", 8, bold=True),
        text(280, 238, "Quantity", 8, bold=True),
        text(345, 238, "Unit Price", 8, bold=True),
        text(514, 238, "Amount USD", 8, bold=True),
        text(46, 257, "Weekly pool service", 8),
        right(315, 257, "4", 8),
        right(390, 257, "110.00", 8),
        right(570, 257, "440.00", 8),
        text(42, 412, "Payable On: 28 Sep 2025", 8),
        text(344, 412, "Amount before tax", 8),
        right(570, 412, "440.00", 8),
        text(344, 429, "FL Sales & Surtax 7%", 8),
        right(570, 429, "30.80", 8),
        text(344, 447, "Invoice Total USD", 8, bold=True),
        right(570, 447, "470.80", 8),
        text(42, 771, footer, 7),
    ]
    return draw_pdf([page])


def test_a_tax_named_in_no_words_we_list_lies_between_the_sums_and_a_permit_is_no_tax_id() -> None:
    found, _ = values(
        cloud_invoice("Aqua Blue Pools LLC Texas Sales & Use Tax Permit No. 18049311946")
    )
    assert found["due_date"] == "2025-09-28"
    assert found["tax"] == "30.80"
    assert found["vendor_tax_id"] == "71-3101086"


def test_a_customers_rfc_is_not_the_vendors_and_an_rfc_misread_is_read_again() -> None:
    page = [
        text(113, 26, "Ferretería El Martillo", 12, bold=True),
        text(457, 26, "FACTURA", 14, bold=True),
        text(411, 47, "Núm. de docto.", 7),
        right(576, 47, "F-017647", 8),
        text(173, 54, "R.F.C.: FERR9I0614NAS Régimen fiscal: 601", 7),
        text(105, 64, "Av. Gonzalitos 6634, Col. Contry, Apodaca, N.L. C.P. 66429", 7),
        text(41, 122, "Cliente", 8, bold=True),
        text(41, 134, "Brightwater Residencial S. de R.L. de C.V.", 8),
        text(41, 145, "Av. Lázaro Cárdenas 2400, Piso 12", 8),
        text(41, 155, "San Pedro Garza García, N.L. 66269", 8),
        text(41, 166, "R.F.C.: BRI1707129L3", 8),
        text(41, 177, "Uso CFDI: G01 - Adquisición de mercancías", 8),
        text(361, 437, "Total de la venta", 8, bold=True),
        right(576, 437, "$915.01", 8),
    ]
    found, _ = values(draw_pdf([page]))
    assert found["vendor_tax_id"] == "FERR910614NA5"
    page = [t for t in page if "FERR" not in t[2]]
    found, _ = values(draw_pdf([page]))
    assert "vendor_tax_id" not in found


def meter_invoice() -> bytes:
    page = [
        text(82, 29, "Metro Office Supply Co.", 13, bold=True),
        text(458, 29, "METER INVOICE", 12, bold=True),
        text(380, 51, "Document Nbr", 7),
        right(576, 51, "29692", 8),
        text(380, 67, "Invoice Run Date", 7),
        right(576, 67, "12/9/2025", 8),
        text(36, 74, "897 Royal Ln | Irving, TX 75046", 8),
        text(36, 123, "BILL TO", 8, bold=True),
        text(38, 137, "Brightwater Residential Management LLC", 8),
        text(38, 148, "4100 Spring Valley Rd, Suite 300", 8),
        text(38, 158, "Dallas, TX 75244", 8),
        text(36, 316, "Meter Source: Customer e-mail Read Date: 11/29/2025", 7),
        text(361, 316, "Sale Amt Before Tax", 8),
        right(576, 316, "242.65", 8),
        text(361, 330, "Sales Tax (8.25%)", 8),
        right(576, 330, "20.02", 8),
        text(361, 346, "Invoice Total Amt", 8),
        right(576, 346, "262.67", 8),
        text(36, 449, "Next annual test due December 22, 2026.", 8),
    ]
    return draw_pdf([page])


def test_the_run_date_is_the_invoices_and_a_sentence_naming_a_due_service_sets_no_due_date() -> (
    None
):
    found, _ = values(meter_invoice())
    assert found["invoice_date"] == "2025-12-09"
    assert "due_date" not in found


def pool_invoice() -> bytes:
    page = [
        text(40, 19, "Crystal Clear Pool Service", 14, bold=True),
        text(491, 19, "Invoice", 14, bold=True),
        text(40, 78, "1893 Walnut Hill Ln", 8),
        text(377, 78, "Invoice No. INV-077146", 8),
        text(40, 88, "Houston, TX 77098", 8),
        text(372, 88, "Invoice Date Feb 13, 2026", 8),
        text(365, 114, "Service Month Jan 1, 2026 to Jan 31, 2026", 8),
        text(384, 126, "Due Date Feb 28, 2026", 8),
        text(348, 394, "Month Subtotal", 8),
        right(570, 394, "$795.38", 8),
        text(348, 408, "Tax (chemicals 8.25%)", 8),
        right(570, 408, "$19.01", 8),
        text(348, 422, "Month Total", 8),
        right(570, 422, "$814.39", 8),
        text(40, 600, "Sello: L/wwWRTyqf2K3PuLt8KhFtQ4LGv0s6cnYLjRwGuydDgECQm5", 6),
    ]
    return draw_pdf([page])


def test_a_service_month_is_the_period_and_letters_inside_a_seal_name_no_currency() -> None:
    found, _ = values(pool_invoice())
    assert (found["service_period_start"], found["service_period_end"]) == (
        "2026-01-01",
        "2026-01-31",
    )
    assert "currency" not in found  # no forint from the seal's '...KhFtQ4...'


def charge_account_form() -> bytes:
    return draw_pdf([_charge_items()])


def _charge_items() -> list[Item]:
    page = [
        text(84, 31, "FERRETERÍA BORINQUEN", 13, bold=True),
        text(418, 31, "FACTURA DE CRÉDITO", 12, bold=True),
        text(396, 61, "Factura de Crédito Núm.", 8),
        text(34, 76, "Ave. Fernández Juncos 4371, Suite 262 · Bayamón, PR 00928", 8),
        text(450, 80, "053243", 10),
        text(38, 122, "FECHA DE DESPACHO", 7),
        text(219, 122, "FORMA DE PAGO", 7),
        text(40, 134, "20/03/2026", 8),
        text(221, 134, "03 Transferencia electrónica de fondos", 8),
        text(39, 182, "VENDIDO A", 8, bold=True),
        text(316, 182, "ENTREGAR EN / PROYECTO", 8, bold=True),
        text(42, 195, "Brightwater Residential Management LLC", 8),
        text(319, 195, "Residencial Los Jardines", 8),
        text(42, 206, "Ave. Ponce de León 1250, Suite 801", 8),
        text(319, 206, "Ave. Main 45", 8),
        text(42, 217, "San Juan, PR 00907", 8),
        text(319, 217, "Bayamón, PR 00961", 8),
        text(52, 256, "Cant. Unid.", 7, bold=True),
        text(109, 256, "Código", 7, bold=True),
        text(251, 256, "Descripción", 7, bold=True),
        text(382, 256, "Precio lista", 7, bold=True),
        text(433, 256, "Desc.", 7, bold=True),
        text(473, 256, "Precio neto", 7, bold=True),
        text(551, 256, "Importe", 7, bold=True),
        text(60, 271, "10 PZA", 8),
        text(109, 271, "PVC-11050", 8),
        text(181, 271, 'Codo PVC 1/2" x 90 SCH 40', 8),
        right(413, 271, "0.86", 8),
        right(455, 271, "5%", 8),
        right(505, 271, "0.82", 8),
        right(576, 271, "8.20", 8),
        text(65, 284, "3 PZA", 8),
        text(109, 284, "CER-CERRO", 8),
        text(181, 284, "Cerrojo sencillo (deadbolt), satinado", 8),
        right(413, 284, "32.38", 8),
        right(455, 284, "5%", 8),
        right(505, 284, "30.76", 8),
        right(576, 284, "92.28", 8),
        text(333, 589, "Total mercancía", 8),
        right(576, 589, "100.48", 8),
        text(333, 604, "IVU estatal 10.5%", 8),
        right(576, 604, "10.55", 8),
        text(333, 619, "IVU municipal 1%", 8),
        right(576, 619, "1.00", 8),
        text(333, 634, "Total IVU 11.5%", 8),
        right(576, 634, "11.55", 8),
        text(333, 649, "Total factura crédito", 8),
        right(576, 649, "112.03", 8),
        text(333, 663, "Cargado a su cuenta", 8, bold=True),
        right(576, 663, "112.03", 8),
    ]
    return page


def test_a_charge_account_form_prices_at_the_net_and_charges_the_account() -> None:
    found, items = values(charge_account_form())
    assert items == [
        ("8.20", 'Codo PVC 1/2" x 90 SCH 40'),
        ("92.28", "Cerrojo sencillo (deadbolt), satinado"),
    ]
    assert (found["subtotal"], found["tax"], found["total"]) == ("100.48", "11.55", "112.03")
    assert found["amount_due"] == "112.03"
    assert found["service_address"] == "Residencial Los Jardines, Ave. Main 45, Bayamón, PR 00961"
    assert "payment_terms" not in found  # the SAT's form of payment by its code


def sat_portal_cfdi() -> bytes:
    page = [
        text(30, 31, "Factura", 16, bold=True),
        text(30, 61, "RFC emisor: INS810818DR0", 7),
        text(312, 61, "Folio fiscal: 0B41B83E-B86A-CCC8-F345-EA56417623B8", 7),
        text(30, 72, "Nombre emisor: Instalaciones Eléctricas Garza S.A. de C.V.", 7),
        text(30, 84, "No. de comprobante: F-05765", 7),
        text(30, 107, "Nombre receptor: Brightwater Residencial S. de R.L. de C.V.", 7),
        text(30, 163, "Conceptos", 9, bold=True),
        text(33, 179, "Clave del producto", 6, bold=True),
        text(161, 179, "Cantidad", 6, bold=True),
        text(251, 179, "Unidad", 6, bold=True),
        text(321, 179, "Valor unitario", 6, bold=True),
        text(387, 179, "Importe", 6, bold=True),
        text(453, 179, "Descuento", 6, bold=True),
        text(33, 187, "y/o servicio", 6, bold=True),
    ]
    y = 201.0
    for quantity, price, amount, words in (
        ("2", "168.00", "336.00", "Reflector LED de pared 40W"),
        ("1", "131.00", "131.00", "Reemplazo de pastilla termomagnética 20A"),
    ):
        page += [
            text(33, y, "72151500", 7),
            text(161, y, quantity, 7),
            text(251, y, "Unidad de servicio", 7),
            text(321, y, price, 7),
            text(387, y, amount, 7),
            text(33, y + 11, f"Descripción: {words}", 7),
            text(103, y + 24, "Impuesto", 6),
            text(153, y + 24, "Tipo", 6),
            text(203, y + 24, "Base", 6),
            text(333, y + 24, "Tasa o cuota", 6),
            text(399, y + 24, "Importe", 6),
            text(103, y + 32, "IVA", 6),
            text(153, y + 32, "Traslado", 6),
            text(203, y + 32, amount, 6),
            text(333, y + 32, "0.160000", 6),
            text(399, y + 32, "53.76" if amount == "336.00" else "20.96", 6),
        ]
        y += 47
    page += [
        text(30, 490, "Moneda: Peso Mexicano", 7),
        text(362, 490, "Subtotal", 8),
        right(576, 490, "$467.00", 8),
        text(362, 502, "Traslados IVA 16%", 8),
        right(576, 502, "$74.72", 8),
        text(362, 514, "Total comprobante", 8),
        right(576, 514, "$541.72", 8),
    ]
    return draw_pdf([page])


def test_a_cfdi_whose_concepts_are_described_under_their_figures() -> None:
    extraction = extract_document(read_pdf(sat_portal_cfdi()).pages)
    rows = [(i.description, str(i.quantity), str(i.amount)) for i in extraction.line_items]
    assert rows == [
        ("Reflector LED de pared 40W", "2", "336.00"),
        ("Reemplazo de pastilla termomagnética 20A", "1", "131.00"),
    ]


def test_a_sentence_under_a_payee_named_in_prose_is_no_address() -> None:
    lines = [
        "Metro Office Supply Co. - please reference the document number on your payment.",
        "Balances over 30 days past due are subject to a service charge of 1.5% per month.",
    ]
    assert address_lines(lines[1:]) == []
    assert address_lines(["PO Box 654177", "Irving, TX 75038"]) == [
        "PO Box 654177",
        "Irving, TX 75038",
    ]


def test_the_tax_that_takes_the_subtotal_to_the_amount_due_where_no_total_was_read() -> None:
    page = [t for t in _charge_items() if t[2] != "Total factura crédito"]
    page.append(text(333, 649, "EAT factira credito", 8))  # the total's label misread
    found, _ = values(draw_pdf([page]))
    assert (found["subtotal"], found["tax"], found["amount_due"]) == ("100.48", "11.55", "112.03")
