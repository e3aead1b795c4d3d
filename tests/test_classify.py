"""Document type and language, from real PDFs of each kind."""

from __future__ import annotations

from docmatch.types import DocumentType, Page
from extract import classify, detect_language
from extract.classify import CONFIDENT
from tests.test_extract import (
    Item,
    draw_pdf,
    english_invoice,
    german_invoice,
    read_pdf,
    right,
    spanish_invoice,
    text,
)


def pages_of(lines: list[str], title: str) -> tuple:  # type: ignore[type-arg]
    items = [text(50, 60, title, 20, True)]
    items += [text(50, 100 + 14 * i, line) for i, line in enumerate(lines)]
    return read_pdf(draw_pdf([items])).pages


STATEMENT = [
    "Statement Date: 03/31/2024   Account: 4410",
    "Date        Invoice #     Charges    Payments    Balance",
    "03/01/2024  INV-1001      500.00                 500.00",
    "03/15/2024  Payment                  500.00        0.00",
    "Current   1-30   31-60   61-90   Over 90",
    "0.00      0.00   0.00    0.00    0.00",
]
REMITTANCE = [
    "Payer: Brightwater Residential Management LLC",
    "Check Number: 100254    Check Date: 04/02/2024",
    "Invoice Number   Invoice Amount   Discount Taken   Amount Paid",
    "INV-1001         500.00           0.00             500.00",
    "Payment Amount: 500.00",
]
INSPECTION = [
    "Resident: Maria Lopez    Unit 12B    Move-out date: 03/31/2024",
    "Room          Item        Condition   Remarks           Charge",
    "Kitchen       Walls       Fair        scuffs            0.00",
    "Bedroom 1     Carpet      Poor        stains, damage    150.00",
    "Bathroom      Tub         Good",
    "Security deposit held: 1,000.00",
]


def test_invoices_in_three_languages() -> None:
    for items in (english_invoice(), spanish_invoice(), german_invoice()):
        result = classify(read_pdf(draw_pdf([items])).pages)
        assert result.document_type == DocumentType.INVOICE
        assert result.score >= 0.6
        assert result.evidence


def test_each_kind_of_document() -> None:
    assert classify(pages_of(STATEMENT, "STATEMENT")).document_type == DocumentType.STATEMENT
    remittance = classify(pages_of(REMITTANCE, "REMITTANCE ADVICE"))
    assert remittance.document_type == DocumentType.REMITTANCE
    assert "remittance advice" in remittance.evidence
    inspection = classify(pages_of(INSPECTION, "MOVE-OUT INSPECTION"))
    assert inspection.document_type == DocumentType.INSPECTION
    aviso = classify(
        pages_of(["Pagador: Brightwater", "Número de cheque: 5512"], "AVISO DE REMESA")
    )
    assert aviso.document_type == DocumentType.REMITTANCE


def test_a_page_with_nothing_to_go_on_is_other() -> None:
    result = classify(pages_of(["Meeting notes", "Bring the keys on Monday"], "Notes"))
    assert result.document_type == DocumentType.OTHER


def test_confident_content_overrules_a_folder_hint_and_says_so() -> None:
    pages = read_pdf(draw_pdf([english_invoice()])).pages
    result = classify(pages, hint=DocumentType.STATEMENT)
    assert result.document_type == DocumentType.INVOICE
    assert result.hint == DocumentType.STATEMENT
    assert result.hint_disagrees is True
    agreeing = classify(pages, hint=DocumentType.INVOICE)
    assert agreeing.hint_disagrees is False
    assert agreeing.score >= classify(pages).score


def test_a_hint_decides_when_content_is_unsure() -> None:
    pages = pages_of(["Amount 120.00", "Thank you"], "ACME")
    result = classify(pages, hint=DocumentType.RECEIPT)
    assert result.document_type == DocumentType.RECEIPT
    assert result.hint_disagrees is False


def test_language() -> None:
    assert detect_language(read_pdf(draw_pdf([english_invoice()])).pages) == "en"
    assert detect_language(read_pdf(draw_pdf([spanish_invoice()])).pages) == "es"
    assert detect_language(read_pdf(draw_pdf([german_invoice()])).pages) == "de"
    french = pages_of(
        ["Date de facture : 12/03/2024", "Montant total TTC", "Merci pour votre paiement"],
        "FACTURE",
    )
    assert detect_language(french) == "fr"


def test_a_contract_that_mentions_invoices_is_other() -> None:
    lines = [
        "This Service Agreement is entered into by the parties on the Effective Date.",
        "WHEREAS the Contractor shall provide landscaping services to the Property;",
        "The Contractor shall invoice the Owner monthly. Each invoice is due 30 days",
        "after receipt. Payment terms: Net 30. Late invoices are not accepted.",
        "This Agreement is governed by the laws of Texas (Governing Law).",
        "The Contractor shall indemnify the Owner against all claims.",
        "IN WITNESS WHEREOF the parties have signed this Agreement.",
        "Signature: ____________________    Date: ____________",
    ]
    result = classify(pages_of(lines, "SERVICE AGREEMENT"))
    assert result.document_type == DocumentType.OTHER
    assert "whereas" in result.evidence or "in witness whereof" in result.evidence


# Documents drawn the way their senders print them, read back from real PDFs. Each builder
# returns the items of one page per list.


def columns(y: float, cells: list[str], xs: list[float], size: float = 9) -> list[Item]:
    return [text(x, y, cell, size) for x, cell in zip(xs, cells, strict=True) if cell]


def block(y: float, lines: list[str], x: float = 50, step: float = 13) -> list[Item]:
    return [text(x, y + step * i, line) for i, line in enumerate(lines)]


def read(pages: list[list[Item]]) -> tuple[Page, ...]:
    return read_pdf(draw_pdf(pages)).pages


def utility_bill(spanish: bool = False) -> list[list[Item]]:
    """A water or power bill under a 'statement' banner: one period, one meter, one amount due."""
    if spanish:
        head = ["Aguas y Luz del Norte S.A.", "ESTADO DE CUENTA"]
        lines = [
            "Número de cuenta: 7781-220-04        Fecha de emisión: 05/03/2024",
            "Dirección del servicio: Av. Reforma 1200, Depto. 12B",
            "Periodo de facturación: 01/02/2024 al 29/02/2024",
            "Medidor: 55120    Lectura anterior: 10220    Lectura actual: 10690",
            "Consumo: 470 kWh",
            "Cargo fijo                              85,00",
            "Cargo por energía 470 kWh            1.335,80",
            "Cargos del periodo                   1.420,80",
            "Saldo anterior                       1.300,00",
            "Su pago, gracias                    -1.300,00",
            "Total a pagar                        1.420,80",
            "Fecha límite de pago: 25/03/2024",
            "Desprenda y envíe esta parte con su pago",
            "Número de cuenta 7781-220-04   Total a pagar 1.420,80   Importe enviado ______",
        ]
    else:
        head = ["City of Riverside Public Utilities", "YOUR STATEMENT"]
        lines = [
            "Account Number: 20-4471-003          Statement Date: 03/05/2024",
            "Service Address: 500 Sunset Ridge Dr, Unit 12B",
            "Service Period: 02/01/2024 - 02/29/2024    Days of service: 29",
            "Meter Number  W-884120   Previous Reading 104220   Current Reading 108930",
            "Usage: 4710 gallons",
            "Water usage charge                       38.62",
            "Sewer service                            29.10",
            "Trash service                            18.00",
            "Total Current Charges                    85.72",
            "Previous Balance                         80.15",
            "Payment Received - Thank You            -80.15",
            "Amount Due by 03/25/2024                 85.72",
            "Please return this portion with your payment",
            "Account Number 20-4471-003   Amount Due 85.72   Amount Enclosed ________",
        ]
    items = [text(50, 50, head[0], 14, True), text(380, 50, head[1], 18, True)]
    return [items + block(100, lines)]


VENDOR_STATEMENT = [
    ("02/02/2024", "INV-1041", "Water heater repair", "850.00", "", "850.00"),
    ("02/09/2024", "INV-1052", "Drain cleaning", "185.00", "", "1,035.00"),
    ("02/16/2024", "INV-1060", "Leak repair unit 4C", "240.00", "", "1,275.00"),
    ("02/20/2024", "CHK 100254", "Payment - thank you", "", "850.00", "425.00"),
    ("03/01/2024", "INV-1077", "Toilet replacement", "410.00", "", "835.00"),
    ("03/08/2024", "INV-1083", "Faucet cartridges", "96.50", "", "931.50"),
    ("03/22/2024", "INV-1095", "Main line camera", "325.00", "", "1,256.50"),
]
ESTADO_DE_CUENTA = [
    ("02/02/2024", "F-2024-118", "Reparación de calentador", "850,00", "", "850,00"),
    ("09/02/2024", "F-2024-131", "Destape de drenaje", "185,00", "", "1.035,00"),
    ("16/02/2024", "F-2024-140", "Fuga en depto. 4C", "240,00", "", "1.275,00"),
    ("20/02/2024", "Pago", "Transferencia, gracias", "", "850,00", "425,00"),
    ("01/03/2024", "F-2024-157", "Cambio de inodoro", "410,00", "", "835,00"),
    ("08/03/2024", "F-2024-163", "Cartuchos de llave", "96,50", "", "931,50"),
    ("22/03/2024", "F-2024-175", "Inspección con cámara", "325,00", "", "1.256,50"),
]


def vendor_statement(spanish: bool = False) -> list[list[Item]]:
    """A vendor's monthly statement: six invoices, a payment, running balance, aging."""
    xs = [50, 120, 200, 360, 430, 510]
    if spanish:
        head = ["Plomería Del Valle S.A. de C.V.", "ESTADO DE CUENTA"]
        info = ["Fecha: 31/03/2024     Cliente: Residencial Las Palmas     Cuenta: BRW-4410"]
        headings = ["Fecha", "Factura", "Concepto", "Cargos", "Abonos", "Saldo"]
        rows, aging = ESTADO_DE_CUENTA, ["Corriente", "1-30", "31-60", "61-90", "Más de 90"]
        total = "Saldo total: 1.256,50"
    else:
        head = ["Acme Plumbing LLC", "STATEMENT"]
        info = [
            "Statement Date: 03/31/2024     Customer: Sunset Ridge Apartments  Account: BRW-4410"
        ]
        headings = ["Date", "Invoice #", "Description", "Charges", "Payments", "Balance"]
        rows, aging = (
            VENDOR_STATEMENT,
            ["Current", "1-30 Days", "31-60 Days", "61-90 Days", "Over 90"],
        )
        total = "Total Due: 1,256.50"
    items = [text(50, 50, head[0], 14, True), text(400, 50, head[1], 18, True)]
    items += block(90, info) + columns(130, headings, xs)
    for i, row in enumerate(rows):
        items += columns(146 + 14 * i, list(row), xs)
    y = 160 + 14 * len(rows)
    items += columns(y, aging, [50, 150, 250, 350, 450])
    items += columns(y + 14, ["421.50", "835.00", "0.00", "0.00", "0.00"], [50, 150, 250, 350, 450])
    return [[*items, text(380, y + 44, total, 11, True)]]


def remittance_advice(spanish: bool = False) -> list[list[Item]]:
    """A payer's advice: a check and the invoices it pays."""
    xs = [50, 150, 250, 350, 450]
    paid = [
        ("INV-1041", "02/02/2024", "850.00", "0.00", "850.00"),
        ("INV-1052", "02/09/2024", "185.00", "3.70", "181.30"),
        ("INV-1060", "02/16/2024", "240.00", "0.00", "240.00"),
        ("INV-1077", "03/01/2024", "410.00", "0.00", "410.00"),
    ]
    if spanish:
        head = "AVISO DE PAGO"
        info = [
            "Pagador: Administradora Residencial Las Palmas",
            "Número de cheque: 100254      Fecha de pago: 02/04/2024",
        ]
        headings = ["Factura", "Fecha", "Importe", "Descuento", "Monto pagado"]
        paid = [
            (n, d, a.replace(".", ","), c.replace(".", ","), p.replace(".", ","))
            for n, d, a, c, p in paid
        ]
        total = "Total pagado: 1.681,30"
    else:
        head = "REMITTANCE ADVICE"
        info = [
            "Payer: Brightwater Residential Management LLC",
            "Check Number: 100254      Check Date: 04/02/2024",
        ]
        headings = ["Invoice Number", "Invoice Date", "Invoice Amount", "Discount", "Amount Paid"]
        total = "Payment Amount: 1,681.30"
    items = [
        text(50, 50, "Brightwater Residential Management LLC", 12, True),
        text(380, 50, head, 16, True),
    ]
    items += block(90, info) + columns(130, headings, xs)
    for i, row in enumerate(paid):
        items += columns(146 + 14 * i, list(row), xs)
    return [[*items, text(350, 220, total, 11, True)]]


def move_out_inspection() -> list[list[Item]]:
    xs = [50, 150, 260, 330, 500]
    rooms = [
        ("Room", "Item", "Condition", "Remarks", "Charge"),
        ("Living room", "Walls", "Fair", "nail holes", "0.00"),
        ("Kitchen", "Oven", "Dirty", "grease inside", "75.00"),
        ("Kitchen", "Countertop", "Good", "", ""),
        ("Bedroom 1", "Carpet", "Poor", "pet stains", "150.00"),
        ("Bathroom", "Mirror", "Broken", "cracked", "60.00"),
    ]
    items = [
        text(50, 50, "Sunset Ridge Apartments", 14, True),
        text(330, 50, "Unit Checklist", 16, True),
    ]
    items += block(90, ["Resident: Maria Lopez    Unit 12B    Move-out date: 03/31/2024"])
    for i, row in enumerate(rooms):
        items += columns(120 + 14 * i, list(row), xs)
    return [items + block(220, ["Deposit held: 1,000.00", "Inspected by: J. Ortiz"])]


def store_receipt(spanish: bool = False) -> list[list[Item]]:
    if spanish:
        lines = [
            "Ferretería Borinquen",
            "Sucursal 12   Caja 3   Le atendió: ANA",
            "15/03/2024 14:22",
            "PINTURA BLANCA 4L      2   31.90",
            "RODILLO 9 PULG         1    6.50",
            "SUBTOTAL   38.40",
            "IVA        6.14",
            "TOTAL      44.54",
            "EFECTIVO   50.00",
            "CAMBIO      5.46",
        ]
    else:
        lines = [
            "Builders Supply #0589",
            "Register 3   Cashier: ANA",
            "03/15/2024 2:22 PM",
            "WHITE PAINT 1GAL       2   31.90",
            "ROLLER 9IN             1    6.50",
            "SUBTOTAL   38.40",
            "TAX         3.17",
            "TOTAL      41.57",
            "CASH       50.00",
            "CHANGE      8.43",
        ]
    return [block(50, lines, x=80, step=14)]


AGREEMENT = [
    "This Landscape Maintenance Agreement is made by and between Sunset Ridge Apartments LLC",
    "(hereinafter the Owner) and Green Valley Landscaping Inc. (hereinafter the Contractor).",
    "1. Services. The Contractor shall mow, edge and trim all lawns of the Property every week",
    "and shall remove all clippings and debris from walks, drives and parking areas.",
    "2. Compensation. The Owner shall pay the Contractor the monthly fee set out in Exhibit A.",
    "The Contractor shall submit one invoice per month showing the invoice number, the service",
    "period and the amount due; each invoice is due thirty days after the invoice date.",
    "3. Term of this Agreement. The term begins on the Effective Date and runs for one year.",
    "4. Termination. Either party may end this Agreement on thirty days written notice.",
]
AGREEMENT_2 = [
    "5. Insurance. The Contractor shall keep general liability insurance in force at all times.",
    "6. Indemnity. The Contractor shall indemnify and hold the Owner harmless from all claims.",
    "7. Governing law. This Agreement is governed by the laws of the State of Texas.",
    "8. Entire agreement. This document is the whole agreement between the parties to it.",
    "IN WITNESS WHEREOF the parties have signed this Agreement on the dates written below.",
    "Owner: ______________________          Contractor: ______________________",
]
CONTRATO = [
    "Contrato de prestación de servicios que celebran por una parte Residencial Las Palmas,",
    "en adelante EL CLIENTE, y por la otra Jardines del Norte S.A., en adelante EL PRESTADOR,",
    "al tenor de las siguientes cláusulas que ambas partes aceptan y se obligan a cumplir.",
    "PRIMERA. El prestador realizará el mantenimiento de las áreas verdes cada semana del año.",
    "SEGUNDA. El prestador entregará una factura mensual con el número de factura, el periodo",
    "de servicio y el total a pagar; cada factura vence treinta días después de su fecha.",
    "TERCERA. La vigencia de este contrato es de un año a partir de la fecha de su firma.",
    "CUARTA. Cualquiera de las partes podrá dar por terminado este contrato con aviso previo.",
]
CONTRATO_2 = [
    "QUINTA. El prestador mantendrá un seguro de responsabilidad civil durante el contrato.",
    "SEXTA. Para la interpretación de este contrato las partes se someten a las leyes locales.",
    "Leído que fue el presente contrato por las partes, lo firman de conformidad en dos tantos.",
    "EL CLIENTE: ______________________          EL PRESTADOR: ______________________",
]


def service_agreement(spanish: bool = False) -> list[list[Item]]:
    title = "CONTRATO DE PRESTACIÓN DE SERVICIOS" if spanish else "SERVICE AGREEMENT"
    first, second = (CONTRATO, CONTRATO_2) if spanish else (AGREEMENT, AGREEMENT_2)
    page_1 = [text(50, 60, title, 16, True), *block(100, first, step=16)]
    return [page_1, block(60, second, step=16)]


def test_a_utility_bill_under_a_statement_banner_is_an_invoice() -> None:
    for spanish in (False, True):
        result = classify(read(utility_bill(spanish)))
        assert result.document_type == DocumentType.INVOICE, result
        assert result.score >= CONFIDENT
        assert "one billing period with meter readings" in result.evidence


def test_a_vendor_statement_lists_invoices_and_ages_them() -> None:
    for spanish in (False, True):
        result = classify(read(vendor_statement(spanish)))
        assert result.document_type == DocumentType.STATEMENT, result
        assert result.score >= CONFIDENT
        assert "aging buckets" in result.evidence
        assert any(e.endswith("invoice rows") and int(e.split()[0]) >= 6 for e in result.evidence)


def test_a_remittance_advice_lists_the_invoices_a_check_pays() -> None:
    for spanish in (False, True):
        result = classify(read(remittance_advice(spanish)))
        assert result.document_type == DocumentType.REMITTANCE, result
        assert result.score >= CONFIDENT
        assert "4 invoice rows" in result.evidence


def test_an_inspection_checklist_without_the_word_inspection() -> None:
    result = classify(read(move_out_inspection()))
    assert result.document_type == DocumentType.INSPECTION, result
    assert "5 rooms with their condition" in result.evidence


def test_a_receipt_pays_cash_and_gives_change() -> None:
    for spanish in (False, True):
        result = classify(read(store_receipt(spanish)))
        assert result.document_type == DocumentType.RECEIPT, result
        assert "tender and change lines" in result.evidence


def test_a_two_page_service_agreement_is_other_though_it_speaks_of_invoices() -> None:
    for spanish in (False, True):
        pages = read(service_agreement(spanish))
        assert len(pages) == 2
        result = classify(pages)
        assert result.document_type == DocumentType.OTHER, result
        assert result.score >= CONFIDENT
        assert any(e.endswith("lines of running text") for e in result.evidence)


def test_a_folder_hint_gives_way_only_to_confident_content() -> None:
    bill = classify(read(utility_bill()), hint=DocumentType.STATEMENT)
    assert bill.document_type == DocumentType.INVOICE
    assert bill.hint == DocumentType.STATEMENT and bill.hint_disagrees is True
    contract = classify(read(service_agreement()), hint=DocumentType.INVOICE)
    assert contract.document_type == DocumentType.OTHER and contract.hint_disagrees is True
    statement = classify(read(vendor_statement()), hint=DocumentType.STATEMENT)
    assert statement.document_type == DocumentType.STATEMENT
    assert statement.hint_disagrees is False
    unsure = read([block(60, ["Sunset Ridge Apartments", "Amount 120.00", "Thank you"])])
    hinted = classify(unsure, hint=DocumentType.REMITTANCE)
    assert hinted.document_type == DocumentType.REMITTANCE
    assert hinted.hint_disagrees is False


LETTER = [
    "Dear Ms. Lopez,",
    "Thank you for your letter of March 2 about our invoice INV-1041 for the spring cleanup.",
    "We have looked again at the hours billed and agree that the crew left early on two days.",
    "We will send a credit memo for the difference within the next week, so there is no need",
    "to hold the payment of the other invoices that are open on your account with us today.",
    "We value the work we do for your community and hope to continue it for many years.",
    "Please call me at any time if you have further questions about the work or the billing.",
    "Sincerely,",
]
BRIEF = [
    "Sehr geehrte Damen und Herren,",
    "anbei erhalten Sie den unterschriebenen Mietvertrag für die Wohnung 12B.",
    "Bitte senden Sie eine Kopie nach Unterzeichnung durch beide Vertragspartner zurück.",
    "Mit freundlichen Grüßen",
]
CONTRAT = [
    "Entre les soussignés : la société Jardins du Sud, ci-après le Prestataire,",
    "et la Résidence Les Pins, ci-après le Client, les parties conviennent de ce qui suit.",
    "Le présent contrat est conclu pour une durée d'un an. Le Prestataire adresse une facture",
    "chaque mois ; toute résiliation est notifiée par lettre recommandée.",
]


def test_letters_and_contracts_in_other_languages_are_other() -> None:
    for lines in (LETTER, BRIEF, CONTRAT):
        head = [text(50, 50, "Green Valley Landscaping Inc.", 12, True)]
        result = classify(read([head + block(100, lines)]))
        assert result.document_type == DocumentType.OTHER, result


CUENTA_DE_COBRO = [
    ("Fecha: 12/03/2026", ""),
    ("Cliente: Inmobiliaria Los Andes S.A.S.", ""),
    ("Mantenimiento de zonas comunes", "1.250.000,00"),
    ("Subtotal", "1.250.000,00"),
    ("IVA 19%", "237.500,00"),
    ("Total", "1.487.500,00"),
]


def cuenta_de_cobro(title: str) -> tuple[Page, ...]:
    """A Colombian bill across a letter-size page: its words and amounts, under a title."""
    items = [text(50, 60, "Jardines del Valle S.A.S.", 12, True), text(50, 90, title, 18, True)]
    for i, (words, amount) in enumerate(CUENTA_DE_COBRO):
        items += [text(50, 130 + 16 * i, words), right(560, 130 + 16 * i, amount)]
    return read([items])


def test_a_cuenta_de_cobro_is_a_bill() -> None:
    result = classify(cuenta_de_cobro("CUENTA DE COBRO No. 118"))
    assert result.document_type == DocumentType.INVOICE, result
    assert "cuenta de cobro" in result.evidence


def test_a_bill_whose_title_was_misread_is_still_a_bill() -> None:
    """Only its subtotal, tax and total beside their amounts say what it is."""
    result = classify(cuenta_de_cobro("CUENTA DE C0BR0"))
    assert result.document_type == DocumentType.INVOICE, result
    assert result.evidence == ("3 billing amounts",)
    assert result.score < CONFIDENT  # a folder's word would still outweigh it


def test_priced_lines_under_a_quote_title_stay_other() -> None:
    quoted = classify(cuenta_de_cobro("COTIZACION"))
    assert quoted.document_type != DocumentType.INVOICE, quoted


def test_a_monthly_statement_for_one_bill_period_is_a_bill_to_pay() -> None:
    """Utilities title their bill 'Monthly Statement': one bill period, usage, and the
    charges this period make it an invoice, not a statement of account."""
    pages = pages_of(
        [
            "CUSTOMER ACCOUNT NO.   STATEMENT NUMBER   DATE PREPARED",
            "754437-58387   0362816108   Feb 21, 2026",
            "BILL PERIOD   PAY ON OR BEFORE",
            "Jan 14, 2026 through Feb 13, 2026   Mar 13, 2026",
            "Balance From Last Bill   Payments Since Last Bill   Charges This Period",
            "Service Description   Billed Usage   UOM   Rate per Unit   Charges",
            "8 yd front-load container 3x/week   3   ea   851.07   2,553.21",
            "Total Charges This Period   $2,553.21",
        ],
        "MONTHLY STATEMENT",
    )
    assert classify(pages).document_type == DocumentType.INVOICE


def test_a_carpet_cleaners_invoice_with_its_title_read_apart_is_an_invoice() -> None:
    """'IN VOICE' as a scan's reading splits the title, over rows of carpet work that an
    inspection's vocabulary also knows."""
    pages = pages_of(
        [
            "Inv. No.: 38390   Pmt. Terms: Net 15",
            "2/19/2026  Carpet shampoo 1BR - Unit 106   90.00",
            "2/24/2026  Carpet stretch and repair - Unit 106   160.00",
            "3/02/2026  Carpet shampoo 2BR - Unit 106   110.00",
            "Total Amount   $360.00",
        ],
        "IN VOICE",
    )
    assert classify(pages).document_type == DocumentType.INVOICE


def test_a_mexican_aviso_recibo_for_a_billed_period_is_a_bill_to_pay() -> None:
    """'Recibo' is a receipt at a till but the bill itself on a utility's 'Aviso-Recibo':
    a billed period with its consumption says which."""
    pages = pages_of(
        [
            "No. de recibo   Fecha del recibo   Periodo facturado   Pague a más tardar el",
            "0470313631   21 FEB 26   14 ENE 26 - 13 FEB 26   13 MAR 26",
            "Descripción del cargo   Consumo   Precio por unidad   Cargo",
            "Consumo de gas   350   1.0893   381.26",
            "Importe a pagar   $574.65",
        ],
        "AVISO-RECIBO",
    )
    assert classify(pages).document_type == DocumentType.INVOICE


def test_a_plumbers_service_ticket_is_an_invoice() -> None:
    pages = pages_of(
        [
            "Bill-To Customer          Ticket No.: 86995",
            "Brightwater Residential Management LLC     Payment Due By: Feb 28, 2026",
            "Hours/Qty   Labor & Materials   Unit Charge   Total Charge",
            "1   Repair leak under bathroom sink - Unit 313   125.00   125.00",
            "Ticket Total   $125.00",
            "Thank you for calling us!",
        ],
        "SERVICE TICKET",
    )
    assert classify(pages).document_type == DocumentType.INVOICE


def test_a_monthly_service_statement_of_priced_visits_is_a_bill_to_pay() -> None:
    """A grounds contractor's 'Service Statement' for one month, with its period in
    words and visits priced by count, is an invoice; a statement of account, rows of
    invoices and their balances, stays a statement."""
    lines = [
        "Client No.: 062040   Statement Ref: INV-034443   Issued: 8 March 2026",
        "Billing Month: 1 March 2026 thru 31 March 2026",
        "Please Pay By: 18 March 2026",
        "Scheduled Work   Visits   Per Visit   Charge",
        "Storm debris cleanup   1   475.00   475.00",
        "Mowing, edging and blowing   2   375.00   750.00",
        "Statement Total   $1,225.00",
    ]
    result = classify(pages_of(lines, "GROUNDS SERVICE STATEMENT"))
    assert result.document_type == DocumentType.INVOICE, result
    assert "one billing period with items priced by count" in result.evidence
    assert classify(pages_of(STATEMENT, "STATEMENT")).document_type == DocumentType.STATEMENT


def test_a_water_bill_titled_estado_de_cuenta_with_its_period_in_words_is_a_bill() -> None:
    lines = [
        "Cuenta contrato 237312-30651   Documento 0928652248",
        "Consumo facturado",
        "1 ago. 2025 hasta 29 ago. 2025",
        "Pagar a más tardar 17 sep. 2025",
        "Cargos del mes   $340.19",
        "Total a cubrir   $340.19",
    ]
    result = classify(pages_of(lines, "ESTADO DE CUENTA DE SERVICIO"))
    assert result.document_type == DocumentType.INVOICE, result
    assert "one billing period with meter readings" in result.evidence


def test_a_service_order_that_sets_a_day_to_pay_its_sums_is_a_bill() -> None:
    lines = [
        "SOLICITANTE   Orden Núm. N11384",
        "Brightwater Residencial S. de R.L. de C.V.   Liquidar antes del 4 may. 2026",
        "Forma de liquidación   Crédito 45 días",
        "Cambio de filtro 20x20x1 - Depto. 206   pza   1   28.00   28.00",
        "Suma parcial   $997.00",
        "I.V.A. (16%)   $143.57",
        "Monto total   $1,040.87",
        "Firma del técnico",
        "El cliente firma de conformidad con los trabajos realizados. Garantía de 30 días en"
        " mano de obra.",
    ]
    result = classify(pages_of(lines, "ORDEN DE SERVICIO"))
    assert result.document_type == DocumentType.INVOICE, result
    assert "a day to pay by and billed sums" in result.evidence
    unpaid = [line for line in lines if "Liquidar" not in line]
    # without a day to pay, its priced work, tax and total still bill
    order = classify(pages_of(unpaid, "ORDEN DE SERVICIO"))
    assert order.document_type == DocumentType.INVOICE, order
    # a quote's title says what it is
    assert classify(pages_of(unpaid, "COTIZACIÓN")).document_type != DocumentType.INVOICE
