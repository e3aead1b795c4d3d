"""White letters on dark bands are read from scanned pages: a totals bar printed white on
a dark fill, as many billing systems print it, and a table heading row beside it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from reportlab.pdfgen import canvas

from extract import ReadLimits, extract_document, read_document
from extract.reading.bands import dark_bands
from tests.test_reading import rasterise, scanned

PAGE = (612.0, 792.0)
SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "documents"


def banded_invoice() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    height = PAGE[1]

    def text(x: float, y: float, s: str, size: float = 11, white: bool = False) -> None:
        pdf.setFillGray(1.0 if white else 0.0)
        pdf.setFont("Helvetica-Bold" if white else "Helvetica", size)
        pdf.drawString(x, height - y, s)

    text(50, 60, "Fresh Coat Make-Ready Services", 16)
    text(50, 78, "1729 SW 8th St, Unit 134, Kissimmee, FL 34706")
    text(50, 120, "INVOICE", 22)
    text(50, 150, "Invoice #: INV-026145")
    pdf.setFillGray(0.1)
    pdf.rect(40, height - 226, 530, 22, fill=1, stroke=0)
    for x, heading in ((50, "Description"), (420, "Qty"), (500, "Amount")):
        text(x, 219, heading, 11, white=True)
    text(50, 246, "Full interior paint 2BR - Unit 503")
    text(420, 246, "1")
    text(500, 246, "775.00")
    text(50, 266, "Touch-up paint - Unit 503")
    text(420, 266, "1")
    text(500, 266, "110.00")
    text(380, 306, "Subtotal")
    text(500, 306, "885.00")
    pdf.setFillGray(0.4)
    pdf.rect(360, height - 336, 210, 22, fill=1, stroke=0)
    text(380, 329, "TOTAL", 12, white=True)
    text(495, 329, "$885.00", 12, white=True)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_dark_bands_are_found_and_thin_rules_are_not() -> None:
    page = scanned(rasterise(banded_invoice()))
    cv2.line(page, (100, 2000), (2400, 2000), 0, 3)  # a rule across the page
    bands = dark_bands(page)
    assert len(bands) == 2
    tops = sorted(top for _, top, _, _ in bands)
    assert 850 < tops[0] < 900 and 1300 < tops[1] < 1340  # 300 dpi: points x 300/72


@pytest.mark.parametrize(("sample", "label"), [("d1-0009", "Total"), ("d1-0010", "TOTAL")])
def test_white_total_label_on_a_dark_bar_is_read_and_labels_the_total(
    sample: str, label: str
) -> None:
    """Committed scans whose totals bar the main reading misses."""
    truth = json.loads((SAMPLES / f"{sample}.json").read_text())
    image = (SAMPLES / f"{sample}-scan.jpg").read_bytes()
    reading = read_document(image, media_type="image/jpeg", limits=ReadLimits())
    assert label in {w.text for w in reading.pages[-1].words}
    total = extract_document(reading.pages).fields["total"]
    assert total.value == truth["fields"]["total"]
    assert total.method.startswith("label_")


def test_small_white_print_of_a_photo_is_enlarged_before_it_is_read() -> None:
    """A phone photo's totals bar: letters of about 10 pixels, read only when enlarged."""
    truth = json.loads((SAMPLES / "d1-0009.json").read_text())
    image = (SAMPLES / "d1-0009-photo.jpg").read_bytes()
    reading = read_document(image, media_type="image/jpeg", limits=ReadLimits())
    total = extract_document(reading.pages).fields["total"]
    assert total.value == truth["fields"]["total"]
    label = next(w for w in reading.pages[0].words if w.text == "Total")
    assert abs((total.bbox[1] + total.bbox[3]) - (label.bbox[1] + label.bbox[3])) / 2 < 10


def test_page_without_bands_gets_none() -> None:
    blank = np.full((3300, 2550), 240, np.uint8)
    cv2.putText(blank, "Invoice 1042", (200, 400), cv2.FONT_HERSHEY_SIMPLEX, 3, 20, 6)
    assert dark_bands(blank) == []


def heading_row_invoice() -> bytes:
    """A boxed row of values under a dark heading row of small white print, as some
    billing systems print an invoice's number and dates."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    height = PAGE[1]
    pdf.setFont("Helvetica", 14)
    pdf.drawString(50, height - 60, "Metro Office Supply")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, height - 76, "458 Westheimer Rd, Dallas, TX 75297")
    pdf.setFillGray(0.2)
    pdf.rect(40, height - 196, 530, 16, fill=1, stroke=0)
    pdf.setStrokeGray(0.3)
    pdf.rect(40, height - 216, 530, 20, fill=0, stroke=1)
    for x, heading, value in (
        (60, "Inv Number", "29966"),
        (190, "Inv Date", "October 17, 2025"),
        (330, "Payment Due", "October 17, 2025"),
        (470, "Terms", "Due on receipt"),
    ):
        pdf.setFillGray(1.0)
        pdf.setFont("Helvetica-Bold", 7)
        pdf.drawString(x, height - 191, heading)
        pdf.setFillGray(0.0)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(x, height - 210, value)
        pdf.line(x - 12, height - 216, x - 12, height - 196)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_small_heading_row_over_boxed_values_is_read() -> None:
    """A photo's weak contrast and blur: read with the paper round the band cut too,
    that paper turned into a black frame and 'Inv Date' and 'Terms' were lost; the band
    alone, its contrast stretched, reads them."""
    page = rasterise(heading_row_invoice(), dpi=150).astype(np.float32)
    page = cv2.GaussianBlur(60 + page * 140 / 255, (0, 0), 1.2)
    noise = np.random.default_rng(0).normal(0, 4, page.shape)
    ok, png = cv2.imencode(".png", np.clip(page + noise, 0, 255).astype(np.uint8))
    assert ok
    reading = read_document(png.tobytes(), media_type="image/png", limits=ReadLimits())
    words = {w.text for w in reading.pages[0].words}
    assert {"Number", "Date", "Payment", "Due", "Terms"} <= words, sorted(words)
