"""Big print the main reading passed over (a pad's number alone in its framed box) is
found among the ink no word covers and read on its own; a frame, a rule, a dark band's
light letters and specks are not taken for print."""

from __future__ import annotations

import io

import numpy as np
import pdfplumber
import pytest
from reportlab.pdfgen import canvas

from docmatch.types import Word
from extract.reading.missed import _uncovered_runs, missed_words
from extract.reading.tesseract import TesseractEngine
from tests.test_reading import rasterise, scanned

LETTERS = 24.0  # pixels: the page's print, as a 300 dpi scan of 8-point type measures it


def pad_page() -> tuple[np.ndarray, list[Word], tuple[float, float, float, float]]:
    """A scanned pad's header at 300 dpi: 'Talonario núm.' and, in the same framed box,
    its number in big bold figures; a table's heading in a dark band; a line of text over
    a rule. The main reading's words are every word but the number; the number's box."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(400, 200))
    pdf.setLineWidth(1.2)
    pdf.rect(200, 140, 190, 50, stroke=1, fill=0)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(208, 158, "Talonario núm.")
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawRightString(382, 152, "2043")
    pdf.rect(10, 100, 380, 16, stroke=0, fill=1)  # a dark heading band
    pdf.setFillGray(1.0)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(16, 105, "Qty")
    pdf.drawString(60, 105, "Description")
    pdf.setFillGray(0.0)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(16, 80, "Poda de árboles")
    pdf.line(10, 70, 390, 70)  # a rule under the items
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    page = scanned(rasterise(data, dpi=300))
    scale = 300 / 72
    words = pdfplumber.open(io.BytesIO(data)).pages[0].extract_words()
    boxes = {
        w["text"]: tuple(v * scale for v in (w["x0"], w["top"], w["x1"], w["bottom"]))
        for w in words
    }
    found = [
        Word(text, boxes[text], 0.95, line)  # type: ignore[arg-type]
        for line, text in enumerate(["Talonario", "núm.", "Poda", "de", "árboles"])
    ]
    return page, found, boxes["2043"]  # type: ignore[return-value]


def test_only_the_big_figures_no_word_covers_are_found() -> None:
    page, found, number = pad_page()

    runs = _uncovered_runs(page, found, LETTERS)

    assert len(runs) == 1  # the figures alone, inside the box the number is printed in
    left, top, right, bottom = runs[0]
    assert abs(left - number[0]) < 15 and abs(right - number[2]) < 15
    assert number[1] - 5 < top < bottom < number[3] + 5


def test_nothing_is_found_where_the_main_reading_covers_the_print() -> None:
    page, found, number = pad_page()
    read = Word("2043", number, 0.9, 0)

    assert _uncovered_runs(page, [*found, read], LETTERS) == []


@pytest.mark.ocr
def test_the_missed_number_is_read_and_added_where_it_stands() -> None:
    page, found, number = pad_page()

    added = missed_words(page, found, TesseractEngine(), "eng", LETTERS)

    assert [word.text for word in added] == ["2043"]
    box = added[0].bbox
    assert number[0] - 15 < box[0] < box[2] < number[2] + 15
    assert added[0].line > max(word.line for word in found)
