"""Till receipts as stores print them, drawn here on narrow thermal paper and scanned at
150 dpi (faded, blurred, noisy, a little turned, on a scanner bed): the store's name
over its address, an unlabelled date, items with SKU numbers, the totals block right
aligned with '$', then the tender and the change, which are not the total."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from decimal import Decimal

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from docmatch.types import DocumentType, Page, PageSource, Word
from extract import ReadLimits, extract_document, read_document
from extract.formats import Conventions, find_dates, fix_ocr_digits, parse_amount
from extract.layout import layout_page

WIDTH = 80 * mm


@dataclass(frozen=True)
class Receipt:
    store: str
    street: str
    city: str
    phone: str
    date_line: str
    number_line: str
    items: tuple[tuple[str, str, Decimal], ...]  # SKU, description, amount
    tax_label: str
    tax_rate: Decimal
    tender: str


def draw(receipt: Receipt) -> tuple[bytes, Decimal, Decimal, Decimal]:
    """The receipt as a PDF, with its subtotal, tax and total."""
    subtotal = sum((amount for _, _, amount in receipt.items), Decimal(0))
    tax = (subtotal * receipt.tax_rate / 100).quantize(Decimal("0.01"))
    total = subtotal + tax
    height = (120 + 22 * len(receipt.items)) * mm / 2.2
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH, height))
    y = height - 14 * mm / 2.2
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawCentredString(WIDTH / 2, y, receipt.store)
    pdf.setFont("Courier", 8.5)
    for text in (receipt.street, receipt.city, receipt.phone):
        y -= 11
        pdf.drawCentredString(WIDTH / 2, y, text)
    y -= 20
    pdf.drawString(8, y, receipt.date_line)
    pdf.drawRightString(WIDTH - 8, y, receipt.number_line)
    y -= 16
    for sku, description, amount in receipt.items:
        pdf.drawString(8, y, f"{sku} {description}")
        pdf.drawRightString(WIDTH - 8, y, f"{amount:.2f}")
        y -= 12
    y -= 6
    for label, value in (
        ("SUB  TOTAL", subtotal),  # padded out in the till's fixed-width font
        (f"{receipt.tax_label} {receipt.tax_rate}%", tax),
        ("TOTAL", total),
    ):
        pdf.drawRightString(WIDTH - 80, y, label)
        pdf.drawRightString(WIDTH - 8, y, f"${value:,.2f}")
        y -= 12
    y -= 6
    pdf.drawString(8, y, receipt.tender)
    pdf.drawRightString(WIDTH - 8, y, f"${total + 20:,.2f}")
    y -= 12
    pdf.drawString(8, y, "CHANGE DUE")
    pdf.drawRightString(WIDTH - 8, y, "$20.00")
    y -= 20
    pdf.drawCentredString(WIDTH / 2, y, "THANK YOU FOR SHOPPING WITH US")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue(), subtotal, tax, total


def scan(pdf: bytes, seed: int, dpi: int = 150) -> bytes:
    """A scanner-bed JPEG of the receipt: faded grey print, blur, noise, a slight turn."""
    rng = random.Random(seed)
    page = pdfium.PdfDocument(pdf)[0].render(scale=dpi / 72, grayscale=True).to_numpy()
    ink = np.asarray(page.reshape(page.shape[0], page.shape[1]), dtype=np.float32)
    faded = 255 - (255 - ink) * rng.uniform(0.6, 0.75)
    bed = np.full((round(11 * dpi), round(8.5 * dpi)), 228.0, np.float32)
    top, left = rng.randint(560, 800), rng.randint(40, 600)  # laid low on the bed
    bed[top : top + faded.shape[0], left : left + faded.shape[1]] = faded
    image = cv2.GaussianBlur(bed, (0, 0), 0.6)
    turn = cv2.getRotationMatrix2D((bed.shape[1] / 2, bed.shape[0] / 2), rng.uniform(-1.2, 1.2), 1)
    image = cv2.warpAffine(image, turn, (bed.shape[1], bed.shape[0]), borderValue=228)
    noise = np.random.default_rng(seed).normal(0.0, 7.0, image.shape).astype(np.float32)
    image = np.clip(image + noise, 0, 255).astype(np.uint8)
    return cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 70])[1].tobytes()


HARDWARE = Receipt(
    store="PRAIRIE HARDWARE",
    street="1450 W Main St",
    city="Garland, TX 75040",
    phone="(972) 555-0188",
    date_line="03/14/26 10:42 AM",
    number_line="TRANS# 448213",
    items=(
        ("043291", "WAX RING W/FLANGE", Decimal("6.49")),
        ("118870", "FAUCET CARTRIDGE", Decimal("24.97")),
        ("502211", "PAINT ROLLER 9IN", Decimal("8.98")),
        ("660134", "DRYWALL SCREWS 1LB", Decimal("7.47")),
    ),
    tax_label="SALES TAX",
    tax_rate=Decimal("8.25"),
    tender="VISA TEND",
)

FUEL = Receipt(
    store="LONE OAK FUEL STOP",
    street="2200 Hwy 78 N",
    city="Wylie, TX 75098",
    phone="972-555-0142",
    date_line="Mar 03 2026 16:05",
    number_line="RECEIPT # 90217",
    items=(
        ("000417", "UNLEADED 12.402G", Decimal("39.56")),
        ("281005", "WIPER BLADES 22IN", Decimal("14.99")),
    ),
    tax_label="TAX",
    tax_rate=Decimal("6.25"),
    tender="CASH TEND",
)


@pytest.mark.ocr
@pytest.mark.slow
@pytest.mark.parametrize(("receipt", "seed"), [(HARDWARE, 5), (FUEL, 11)])
def test_scanned_receipt_gives_store_date_and_totals(receipt: Receipt, seed: int) -> None:
    pdf, subtotal, tax, total = draw(receipt)
    reading = read_document(scan(pdf, seed), media_type="image/jpeg", limits=ReadLimits())
    extraction = extract_document(reading.pages, type_hint=DocumentType.RECEIPT)
    fields = {name: field.value for name, field in extraction.fields.items()}
    wanted_date = find_dates(receipt.date_line, Conventions())[0].value.isoformat()
    assert fields.get("vendor_name", "").upper() == receipt.store
    assert fields.get("invoice_date") == wanted_date
    assert fields.get("total") == f"{total:.2f}"  # not the tender, not the change
    assert fields.get("subtotal") == f"{subtotal:.2f}"
    assert fields.get("tax") == f"{tax:.2f}"
    assert fields.get("invoice_number") == receipt.number_line.split()[-1]
    assert "1450" in fields.get("vendor_address", "1450") or receipt is FUEL
    for field in extraction.fields.values():
        assert 0.0 < field.confidence < 1.0


def _ocr_page(rows: list[list[tuple[str, float, float]]], tilt: float) -> Page:
    """A page of OCR words, row by row as (text, left, right), dropping by `tilt`."""
    words = []
    for line, row in enumerate(rows):
        for text, x0, x1 in row:
            top = 100 + 30 * line + tilt * x0
            words.append(Word(text, (x0, top, x1, top + 12), 0.9, line))
    return Page(1, 600.0, 800.0, "px", PageSource.OCR, tuple(words))


def test_turned_receipt_keeps_amounts_on_their_item_lines() -> None:
    rows = [
        [("FURNACE", 10, 70), ("FILTER", 78, 125), ("20X25X1", 133, 190), ("51.52", 500, 540)],
        [("TOILET", 10, 60), ("FLAPPER", 68, 125), ("UNIV", 133, 170), ("34.84", 500, 540)],
        [("DOOR", 10, 45), ("STOP", 53, 90), ("SPRING", 98, 150), ("13.62", 500, 540)],
    ]
    lines = layout_page(_ocr_page(rows, tilt=0.03)).lines  # 15 px drop over the width
    assert [line.text for line in lines] == [
        "FURNACE FILTER 20X25X1 51.52",
        "TOILET FLAPPER UNIV 34.84",
        "DOOR STOP SPRING 13.62",
    ]


def test_spaced_out_and_glued_labels_are_read_as_labels() -> None:
    rows = [[("SUB", 300, 322), ("TOTAL", 345, 385), ("104.58", 500, 545)],
            [("TAX8.25%", 300, 360), ("8.63", 510, 545)]]  # fmt: skip
    lines = layout_page(_ocr_page(rows, tilt=0.0)).lines
    assert [s.text for s in lines[0].segments] == ["SUB TOTAL", "104.58"]
    assert [s.text for s in lines[1].segments] == ["TAX 8.25%", "8.63"]


def test_misread_amounts_and_dates_of_receipts() -> None:
    conv = Conventions()
    assert parse_amount(fix_ocr_digits("‘194.68 USD"), conv).value == Decimal("194.68")  # type: ignore[union-attr]
    assert parse_amount(fix_ocr_digits("4S.2O"), conv).value == Decimal("45.20")  # type: ignore[union-attr]
    assert parse_amount(fix_ocr_digits("S12.00"), conv).value == Decimal("12.00")  # type: ignore[union-attr]
    assert find_dates("14-03-26 10:12", conv)[0].value.isoformat() == "2026-03-14"
    assert find_dates("Mar 03 2026", conv)[0].value.isoformat() == "2026-03-03"
