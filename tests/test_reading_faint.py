"""Faint print on a page of dark print is read: a sender's address and labels printed in
light grey under a black name, as many billing systems print them, on a page small
enough in the picture (letters under 13 pixels) that it is read as a phone photo is."""

from __future__ import annotations

import io

import cv2
import numpy as np
from reportlab.pdfgen import canvas

from extract import ReadLimits, read_document
from tests.test_reading import rasterise

PAGE = (612.0, 792.0)
GREY = 0.72  # the grey of the faint lines, 0 black, 1 white
FAINT = ("2603 NW 7th Street, Miami, FL 33120", "Phone 954.420.3805  billing@southflorida.com")


def grey_print_invoice() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    height = PAGE[1]

    def text(y: float, s: str, grey: float = 0.0, size: float = 10, x: float = 50) -> None:
        pdf.setFillGray(grey)
        pdf.setFont("Courier-Bold" if grey == 0.0 else "Courier", size)
        pdf.drawString(x, height - y, s)

    text(60, "South Florida Water and Sewer Authority", size=16)
    text(80, FAINT[0], GREY)
    text(94, FAINT[1], GREY)
    text(140, "Account Number", GREY)
    text(154, "886861-31996")
    text(180, "Bill Number", GREY)
    text(194, "0213407374")
    for row, (item, amount) in enumerate(
        (("Water usage", "736.03"), ("Sewer service", "1,386.48"))
    ):
        text(240 + 20 * row, item)
        text(240 + 20 * row, amount, x=480)
    text(320, "Total Amount Due", x=300)
    text(320, "2,215.85", x=480)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def small_page() -> np.ndarray:
    """The page at 110 dpi, so its letters stand 8-10 pixels tall, a little blurred and
    noisy as a phone's picture of a page is."""
    rng = np.random.default_rng(3)
    page = cv2.GaussianBlur(
        rasterise(grey_print_invoice(), dpi=110).astype(np.float32), (0, 0), 0.8
    )
    page = page * 0.95 + rng.normal(0.0, 3.0, size=page.shape).astype(np.float32)
    return np.clip(page, 0, 255).astype(np.uint8)


def words_of(page: np.ndarray) -> list[str]:
    ok, png = cv2.imencode(".png", cv2.cvtColor(page, cv2.COLOR_GRAY2BGR))  # a colour photo
    assert ok
    reading = read_document(png.tobytes(), media_type="image/png", limits=ReadLimits())
    return [w.text for w in reading.pages[0].words]


def test_faint_grey_lines_are_read_beside_black_ones() -> None:
    """Read as one, the page loses every grey line to tesseract's single threshold."""
    read = words_of(small_page())
    assert "886861-31996" in read and "2,215.85" in read  # the black print
    for faint in ("7th", "Miami,", "Phone", "954.420.3805", "Account", "Bill", "Number"):
        assert faint in read, (faint, read)
