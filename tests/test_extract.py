"""Extraction on real PDF files drawn here: English and Spanish invoices, a German one,
a receipt, a two-page table, a scan; the JSON contract; learned layouts."""

from __future__ import annotations

import io
from collections.abc import Iterable

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

from docmatch.types import DocumentType, Page, Reading
from extract import (
    ExtractionHints,
    LearnedLocation,
    ReadLimits,
    extract_document,
    extraction_to_json,
    read_document,
)
from extract.document import MIN_CONFIDENCE
from tests.conftest import ROOT

# (x, y from the top, text, size, bold, right-aligned)
Item = tuple[float, float, str, float, bool, bool]


def text(x: float, y: float, s: str, size: float = 10, bold: bool = False) -> Item:
    return (x, y, s, size, bold, False)


def right(x: float, y: float, s: str, size: float = 10) -> Item:
    return (x, y, s, size, False, True)


def draw_pdf(
    pages: Iterable[list[Item]],
    size: tuple[float, float] = letter,
    fonts: tuple[str, str] = ("Helvetica", "Helvetica-Bold"),
) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    for items in pages:
        for x, y, s, points, bold, align_right in items:
            pdf.setFont(fonts[1] if bold else fonts[0], points)
            if align_right:
                pdf.drawRightString(x, size[1] - y, s)
            else:
                pdf.drawString(x, size[1] - y, s)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def read_pdf(data: bytes) -> Reading:
    return read_document(data, media_type="application/pdf", limits=ReadLimits())


def table(y: float, headings: list[str], rows: list[list[str]], xs: list[float]) -> list[Item]:
    """A line-item table: first column left-aligned at xs[0], the others right-aligned."""
    items = [text(xs[0], y, headings[0], bold=True)]
    items += [right(x, y, h) for x, h in zip(xs[1:], headings[1:], strict=True)]
    for row in rows:
        y += 16
        items.append(text(xs[0], y, row[0]))
        items += [right(x, y, v) for x, v in zip(xs[1:], row[1:], strict=True)]
    return items


def english_invoice(*, total: str = "$1,268.69", po: bool = True) -> list[Item]:
    items = [
        text(50, 60, "Acme Plumbing LLC", 18, True),
        text(50, 80, "1200 Industrial Blvd, Suite 4"),
        text(50, 93, "Austin, TX 78701"),
        text(50, 106, "Phone: (512) 555-0199"),
        text(50, 119, "billing@acmeplumbing.com"),
        text(420, 60, "INVOICE", 22, True),
        text(400, 90, "Invoice #:"),
        text(480, 90, "INV-20431"),
        text(400, 103, "Invoice Date:"),
        text(480, 103, "03/14/2024"),
        text(400, 116, "Due Date:"),
        text(480, 116, "04/13/2024"),
        text(400, 142, "Terms:"),
        text(480, 142, "Net 30"),
        text(50, 170, "Bill To:", bold=True),
        text(50, 183, "Sunset Ridge Apartments"),
        text(50, 196, "500 Sunset Ridge Dr"),
        text(50, 209, "Dallas, TX 75201"),
        text(300, 170, "Service Address:", bold=True),
        text(300, 183, "500 Sunset Ridge Dr, Unit 12B"),
        text(300, 196, "Dallas, TX 75201"),
        text(300, 222, "Phone: (214) 555-0123"),
    ]
    if po:
        items += [text(400, 129, "PO Number:"), text(480, 129, "PO-7781")]
    rows = [
        ["Replace water heater 50 gal", "1", "850.00", "850.00"],
        ["Labor - plumber", "3", "95.00", "285.00"],
        ["Shutoff valve", "2", "18.50", "37.00"],
    ]
    items += table(250, ["Description", "Qty", "Unit Price", "Amount"], rows, [50, 380, 460, 550])
    items += [
        text(50, 311, "including haul away of old unit"),
        text(400, 340, "Subtotal"),
        right(550, 340, "1,172.00"),
        text(400, 354, "Tax (8.25%)"),
        right(550, 354, "96.69"),
        text(400, 368, "Total"),
        right(550, 368, total),
        text(400, 382, "Amount Due"),
        right(550, 382, total),
    ]
    return items


def spanish_invoice() -> list[Item]:
    """Labels above their values, day-first dates, IVA, a previous balance, MXN."""
    items = [
        text(40, 50, "FACTURA", 20, True),
        text(330, 45, "Servicios Eléctricos del Norte S.A. de C.V.", 11, True),
        text(330, 60, "Av. Reforma 455, Col. Centro", 9),
        text(330, 72, "64000 Monterrey, N.L.", 9),
        text(330, 84, "Tel. 81 8345 6789", 9),
        text(330, 96, "RFC: SEN010203AB4", 9),
        text(40, 120, "Número de factura", 8),
        text(160, 120, "Fecha de emisión", 8),
        text(280, 120, "Fecha de vencimiento", 8),
        text(420, 120, "Orden de compra", 8),
        text(40, 132, "F-000981", 9),
        text(160, 132, "05/03/2024", 9),
        text(280, 132, "04/04/2024", 9),
        text(420, 132, "OC-2231", 9),
        text(40, 160, "Facturar a:", 9, True),
        text(40, 172, "Residencial Los Pinos", 9),
        text(40, 184, "Calle Pino 12", 9),
        text(40, 196, "Guadalajara, Jal. 44100", 9),
        text(300, 160, "Remitir pago a:", 9, True),
        text(300, 172, "Servicios Eléctricos del Norte", 9),
        text(300, 184, "Apartado Postal 778", 9),
        text(300, 196, "64000 Monterrey, N.L.", 9),
        text(40, 220, "Periodo de servicio: 01/02/2024 - 29/02/2024", 9),
        text(40, 232, "Número de cuenta: 4410-22", 9),
        text(40, 244, "Condiciones de pago: Neto 30 días", 9),
    ]
    rows = [
        ["Revisión de tablero eléctrico", "1", "1.250,00", "1.250,00"],
        ["Cambio de contactos", "6", "85,50", "513,00"],
    ]
    heads = ["Descripción", "Cantidad", "Precio unitario", "Importe"]
    items += table(275, heads, rows, [40, 340, 440, 540])
    for i, (label, value) in enumerate(
        [
            ("Subtotal", "1.763,00"),
            ("IVA 16%", "282,08"),
            ("Total", "2.045,08 MXN"),
            ("Saldo anterior", "100,00"),
            ("Total a pagar", "2.145,08 MXN"),
        ]
    ):
        items += [text(400, 340 + 13 * i, label, 9), right(540, 340 + 13 * i, value, 9)]
    return items


def german_invoice() -> list[Item]:
    return [
        text(50, 50, "Müller Haustechnik GmbH", 16, True),
        text(50, 68, "Hauptstraße 12, 80331 München"),
        text(50, 81, "USt-IdNr.: DE123456789"),
        text(380, 50, "RECHNUNG", 18, True),
        text(380, 80, "Rechnungsnummer:"),
        text(480, 80, "RE-2024-118"),
        text(380, 93, "Rechnungsdatum:"),
        text(480, 93, "15.03.2024"),
        text(380, 106, "Fällig am:"),
        text(480, 106, "14.04.2024"),
        *table(
            150,
            ["Beschreibung", "Menge", "Einzelpreis", "Betrag"],
            [["Wartung Heizungsanlage", "2", "450,00", "900,00"]],
            [50, 360, 450, 540],
        ),
        text(380, 210, "Nettobetrag"),
        right(540, 210, "900,00 €"),
        text(380, 223, "MwSt. 19%"),
        right(540, 223, "171,00 €"),
        text(380, 236, "Gesamtbetrag"),
        right(540, 236, "1.071,00 €"),
    ]


def values(pages: tuple[Page, ...], **kwargs: object) -> dict[str, str]:
    extraction = extract_document(pages, **kwargs)  # type: ignore[arg-type]
    return {name: f.value for name, f in extraction.fields.items()}


def test_english_invoice_header_fields() -> None:
    reading = read_pdf(draw_pdf([english_invoice()]))
    got = values(reading.pages)
    assert got == {
        "vendor_name": "Acme Plumbing LLC",
        "vendor_address": "1200 Industrial Blvd, Suite 4, Austin, TX 78701",
        "vendor_phone": "5125550199",
        "vendor_email": "billing@acmeplumbing.com",
        "customer_name": "Sunset Ridge Apartments",
        "bill_to_address": "500 Sunset Ridge Dr, Dallas, TX 75201",
        "service_address": "500 Sunset Ridge Dr, Unit 12B, Dallas, TX 75201",
        "invoice_number": "INV-20431",
        "invoice_date": "2024-03-14",
        "due_date": "2024-04-13",
        "po_number": "PO-7781",
        "payment_terms": "Net 30",
        "subtotal": "1172.00",
        "tax": "96.69",
        "total": "1268.69",
        "amount_due": "1268.69",
    }


def test_english_invoice_line_items_with_wrapped_description() -> None:
    extraction = extract_document(read_pdf(draw_pdf([english_invoice()])).pages)
    rows = [(i.description, i.quantity, i.unit_price, i.amount) for i in extraction.line_items]
    assert [(d, str(q), str(u), str(a)) for d, q, u, a in rows] == [
        ("Replace water heater 50 gal", "1", "850.00", "850.00"),
        ("Labor - plumber", "3", "95.00", "285.00"),
        ("Shutoff valve including haul away of old unit", "2", "18.50", "37.00"),
    ]


def test_spanish_invoice_labels_above_values_and_decimal_commas() -> None:
    reading = read_pdf(draw_pdf([spanish_invoice()], A4))
    extraction = extract_document(reading.pages)
    got = {name: f.value for name, f in extraction.fields.items()}
    assert extraction.language == "es"
    assert got["vendor_name"] == "Servicios Eléctricos del Norte S.A. de C.V."
    assert got["vendor_tax_id"] == "SEN010203AB4"
    assert got["invoice_number"] == "F-000981"
    assert got["invoice_date"] == "2024-03-05"  # 05/03 read day first
    assert got["due_date"] == "2024-04-04"
    assert got["po_number"] == "OC-2231"
    assert got["customer_name"] == "Residencial Los Pinos"
    assert got["bill_to_address"] == "Calle Pino 12, Guadalajara, Jal. 44100"
    assert got["remit_to_address"] == "Apartado Postal 778, 64000 Monterrey, N.L."
    assert got["service_period_start"] == "2024-02-01"
    assert got["service_period_end"] == "2024-02-29"
    assert got["account_number"] == "4410-22"
    assert got["payment_terms"] == "Neto 30 días"
    assert got["currency"] == "MXN"
    assert (got["subtotal"], got["tax"], got["total"]) == ("1763.00", "282.08", "2045.08")
    assert (got["previous_balance"], got["amount_due"]) == ("100.00", "2145.08")
    assert [str(i.amount) for i in extraction.line_items] == ["1250.00", "513.00"]


def test_german_labels_and_formats() -> None:
    got = values(read_pdf(draw_pdf([german_invoice()], A4)).pages)
    assert got["invoice_number"] == "RE-2024-118"
    assert got["invoice_date"] == "2024-03-15"
    assert got["due_date"] == "2024-04-14"
    assert got["vendor_tax_id"] == "DE123456789"
    assert (got["subtotal"], got["tax"], got["total"]) == ("900.00", "171.00", "1071.00")
    assert got["currency"] == "EUR"


def test_fields_not_printed_are_left_out() -> None:
    got = values(read_pdf(draw_pdf([english_invoice(po=False)])).pages)
    assert "po_number" not in got
    assert "currency" not in got  # '$' alone is shared by many currencies
    assert "remit_to_address" not in got
    assert "previous_balance" not in got


def test_values_less_sure_than_the_floor_are_left_out() -> None:
    pdf = (ROOT / "samples" / "documents" / "d1-0001.pdf").read_bytes()
    pages = read_document(pdf, media_type="application/pdf", limits=ReadLimits()).pages
    every = extract_document(pages, min_confidence=0.0).fields
    assert set(extract_document(pages).fields) == {
        name for name, field in every.items() if field.confidence >= MIN_CONFIDENCE
    }
    strict = extract_document(pages, min_confidence=0.9).fields
    assert set(strict) == {name for name, field in every.items() if field.confidence >= 0.9}
    assert 0 < len(strict) < len(every)


def test_a_currency_known_only_from_the_vendor_hint_has_no_place_on_the_page() -> None:
    pages = read_pdf(draw_pdf([english_invoice(po=False)])).pages
    currency = extract_document(pages, hints=ExtractionHints(currency="USD")).fields["currency"]
    assert (currency.value, currency.method, currency.bbox) == ("USD", "vendor_hint", (0, 0, 0, 0))


def test_customer_phone_is_not_taken_for_the_vendor() -> None:
    got = values(read_pdf(draw_pdf([english_invoice()])).pages)
    assert got["vendor_phone"] == "5125550199"  # not the service block's (214) number


def test_provenance_points_at_the_printed_value() -> None:
    reading = read_pdf(draw_pdf([english_invoice()]))
    field = extract_document(reading.pages).fields["invoice_number"]
    page = reading.pages[0]
    printed = next(w for w in page.words if w.text == "INV-20431")
    assert field.text == "INV-20431"
    assert field.page == 1
    assert field.method.startswith("label")
    x0, top, x1, bottom = field.bbox
    assert x0 <= printed.bbox[0] + 0.5 and x1 >= printed.bbox[2] - 0.5
    assert top <= printed.bbox[1] + 0.5 and bottom >= printed.bbox[3] - 0.5
    assert 0 < field.confidence <= 1


def test_table_continued_on_a_second_page() -> None:
    first = [
        text(50, 50, "Green Valley Landscaping Inc", 16, True),
        text(50, 68, "88 Meadow Lane, Tampa, FL 33601"),
        text(400, 50, "INVOICE", 18, True),
        text(400, 80, "Invoice No: 5512"),
        text(400, 93, "Date: 06/01/2024"),
        *table(
            140,
            ["Description", "Qty", "Rate", "Amount"],
            [[f"Mowing building {n}", "1", "60.00", "60.00"] for n in range(1, 6)],
            [50, 380, 460, 550],
        ),
        text(50, 740, "Page 1 of 2"),
    ]
    second = [
        text(50, 50, "Invoice No: 5512 (continued)"),
        *[
            item
            for n, y in ((6, 100), (7, 116))
            for item in (
                text(50, y, f"Mowing building {n}"),
                right(380, y, "1"),
                right(460, y, "60.00"),
                right(550, y, "60.00"),
            )
        ],
        text(400, 160, "Subtotal"),
        right(550, 160, "420.00"),
        text(400, 174, "Total"),
        right(550, 174, "420.00"),
        text(50, 740, "Page 2 of 2"),
    ]
    extraction = extract_document(read_pdf(draw_pdf([first, second])).pages)
    assert len(extraction.line_items) == 7
    assert extraction.line_items[-1].page == 2
    assert extraction.fields["total"].value == "420.00"
    check = next(c for c in extraction.checks if c.name == "line_items_sum_to_subtotal")
    assert check.passed


def test_receipt_without_a_table_header() -> None:
    items = [
        text(120, 40, "HOME DEPOT #6543", 14, True),
        text(110, 58, "2200 Main St, Houston TX 77002"),
        text(150, 72, "(713) 555-0142"),
        text(60, 100, "03/02/2024 14:22  REG 04  TRANS 8812"),
        text(60, 124, "PVC PIPE 2IN X 10FT"),
        right(300, 124, "12.98"),
        text(60, 138, "2 @ 4.49 ELBOW 2IN"),
        right(300, 138, "8.98"),
        text(60, 152, "PRIMER/CEMENT"),
        right(300, 152, "9.47"),
        text(60, 176, "SUBTOTAL"),
        right(300, 176, "31.43"),
        text(60, 190, "SALES TAX"),
        right(300, 190, "2.59"),
        text(60, 204, "TOTAL"),
        right(300, 204, "$34.02"),
        text(60, 218, "VISA TEND"),
        right(300, 218, "34.02"),
        text(80, 250, "THANK YOU FOR SHOPPING"),
    ]
    reading = read_pdf(draw_pdf([items], (340, 400)))
    extraction = extract_document(reading.pages)
    assert extraction.document_type == DocumentType.RECEIPT
    got = {name: f.value for name, f in extraction.fields.items()}
    assert got["vendor_name"] == "HOME DEPOT #6543"
    assert got["invoice_date"] == "2024-03-02"
    assert (got["subtotal"], got["tax"], got["total"]) == ("31.43", "2.59", "34.02")
    assert [str(i.amount) for i in extraction.line_items] == ["12.98", "8.98", "9.47"]
    assert str(extraction.line_items[1].quantity) == "2"


def test_learned_layout_is_tried_first() -> None:
    """A vendor that prints its number under an unknown label: a learned box finds it."""
    items = [*english_invoice(), text(50, 420, "Ref. interna"), text(120, 420, "Q-77120")]
    reading = read_pdf(draw_pdf([items]))
    page = reading.pages[0]
    word = next(w for w in page.words if w.text == "Q-77120")
    box = (
        word.bbox[0] / page.width,
        word.bbox[1] / page.height,
        word.bbox[2] / page.width,
        word.bbox[3] / page.height,
    )
    hints = ExtractionHints(
        vendor_name="Acme Plumbing LLC",
        layout=(LearnedLocation("po_number", 1, box, "Ref. interna"),),
    )
    field = extract_document(reading.pages, hints=hints).fields["po_number"]
    assert (field.value, field.method) == ("Q-77120", "learned_layout")
    assert [a.value for a in field.alternatives] == ["PO-7781"]


def test_json_contract() -> None:
    reading = read_pdf(draw_pdf([english_invoice(po=False)]))
    data = extraction_to_json(reading, extract_document(reading.pages))
    assert set(data) >= {"document_type", "language", "pages", "text_source", "fields"}
    assert set(data) >= {"line_items", "checks"}
    assert (data["document_type"], data["language"], data["pages"]) == ("invoice", "en", 1)
    assert data["text_source"] == "text_layer"
    assert "po_number" not in data["fields"]
    total = data["fields"]["total"]
    assert set(total) >= {"value", "text", "confidence", "page", "bbox", "method"}
    assert (total["value"], total["text"]) == ("1268.69", "$1,268.69")
    assert data["line_items"][0] == {
        "description": "Replace water heater 50 gal",
        "quantity": "1",
        "unit_price": "850.00",
        "amount": "850.00",
        "page": 1,
        "bbox": data["line_items"][0]["bbox"],
        "confidence": 1.0,
    }
    names = {c["name"]: c["passed"] for c in data["checks"]}
    assert names["subtotal_plus_tax_equals_total"] is True


@pytest.mark.ocr
@pytest.mark.slow
def test_scanned_invoice() -> None:
    pdf = pdfium.PdfDocument(draw_pdf([english_invoice()]))
    image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    reading = read_document(buffer.getvalue(), media_type="image/png", limits=ReadLimits())
    extraction = extract_document(reading.pages)
    got = {name: f.value for name, f in extraction.fields.items()}
    assert reading.text_source == "ocr"
    for name in ("invoice_number", "invoice_date", "due_date", "subtotal", "tax", "total"):
        assert got[name] == values(read_pdf(draw_pdf([english_invoice()])).pages)[name], name


def test_letter_style_invoice_with_number_in_title_and_to_block() -> None:
    items = [
        text(40, 50, "BLUE RIVER ROOFING CO.", 15, True),
        text(40, 66, "PO Box 2231, Austin, TX 78768  |  (512) 555-7788  |  ar@blueriver.com"),
        text(360, 100, "INVOICE #BR-2291", 16, True),
        text(360, 122, "Date:", 9),
        text(430, 120, "Jan 9, 2026", 11),
        text(40, 100, "To:", 9, True),
        text(70, 100, "Willow Creek Apartments"),
        text(70, 112, "Attn: Property Manager"),
        text(70, 124, "800 Willow Creek Blvd"),
        text(70, 136, "Round Rock, TX 78664"),
        text(40, 165, "Job site: 800 Willow Creek Blvd, Bldg C, Round Rock, TX 78664"),
        text(40, 180, "Billing period: Dec 1 - Dec 31, 2025"),
        text(400, 220, "TOTAL DUE:"),
        right(550, 220, "$846.95"),
    ]
    got = values(read_pdf(draw_pdf([items])).pages)
    assert got["vendor_address"] == "PO Box 2231, Austin, TX 78768"
    assert (got["vendor_phone"], got["vendor_email"]) == ("5125557788", "ar@blueriver.com")
    assert got["invoice_number"] == "BR-2291"
    assert got["invoice_date"] == "2026-01-09"
    assert got["customer_name"] == "Willow Creek Apartments"
    assert got["bill_to_address"] == "800 Willow Creek Blvd, Round Rock, TX 78664"
    assert got["service_address"] == "800 Willow Creek Blvd, Bldg C, Round Rock, TX 78664"
    assert (got["service_period_start"], got["service_period_end"]) == ("2025-12-01", "2025-12-31")
    assert got["amount_due"] == "846.95"


def test_european_letter_with_the_recipient_in_the_envelope_window() -> None:
    items = [
        text(360, 50, "Schmidt Gebäudetechnik GmbH", 13, True),
        text(360, 65, "Industriestraße 8", 9),
        text(360, 77, "70565 Stuttgart", 9),
        text(50, 130, "Schmidt Gebäudetechnik GmbH · Industriestraße 8 · 70565 Stuttgart", 6),
        text(50, 145, "Hausverwaltung Weber KG"),
        text(50, 158, "Frau Anna Weber"),
        text(50, 171, "Königstraße 22"),
        text(50, 184, "70173 Stuttgart"),
        text(360, 150, "Rechnungsnr.:", 9),
        text(460, 150, "2024-0315", 9),
        text(360, 163, "Datum:", 9),
        text(460, 163, "15.03.2024", 9),
        text(50, 230, "Rechnung", 16, True),
        text(50, 250, "Leistungszeitraum: 01.02.2024 - 29.02.2024", 9),
        text(380, 330, "Nettobetrag", 9),
        right(540, 330, "320,00 €", 9),
        text(380, 343, "zzgl. 19 % MwSt.", 9),
        right(540, 343, "60,80 €", 9),
        text(380, 356, "Rechnungsbetrag", 9),
        right(540, 356, "380,80 €", 9),
    ]
    extraction = extract_document(read_pdf(draw_pdf([items], A4)).pages)
    got = {name: f.value for name, f in extraction.fields.items()}
    assert extraction.language == "de"
    assert got["vendor_name"] == "Schmidt Gebäudetechnik GmbH"
    assert got["invoice_number"] == "2024-0315"
    assert got["invoice_date"] == "2024-03-15"
    assert got["customer_name"] == "Hausverwaltung Weber KG"
    assert extraction.fields["customer_name"].method == "window_block"
    assert got["bill_to_address"] == "Königstraße 22, 70173 Stuttgart"
    assert (got["service_period_start"], got["service_period_end"]) == ("2024-02-01", "2024-02-29")
    assert (got["subtotal"], got["tax"], got["total"]) == ("320.00", "60.80", "380.80")
