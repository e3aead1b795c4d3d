"""An e-mail address split at its '@', the '@' read as '8' or '€' (as tesseract reads
small print on phone photos), is read whole again; an '8' or '€' between other words
stays as it is. The page is drawn with the misreading printed, so the real reader sees
the split address as tesseract leaves it."""

from __future__ import annotations

import io

import cv2
from reportlab.pdfgen import canvas

from extract import ReadLimits, read_document
from extract.formats import find_email
from tests.test_reading import rasterise

PAGE = (612.0, 792.0)


def page_with_split_addresses() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    lines = (
        "Lone Star Power and Light",
        "Phone: (214) 754-4088   billing 8 lonestar.com",
        "Questions: accounts \u20ac jardineriapinos.com",
        "Boxes 8 pallets 12",
        "Deposit \u20ac 250.00 held",
    )
    for row, line in enumerate(lines):
        pdf.setFont("Helvetica", 16 if row == 0 else 11)
        pdf.drawString(50, PAGE[1] - 60 - 22 * row, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def read_lines() -> list[str]:
    ok, png = cv2.imencode(".png", rasterise(page_with_split_addresses()))
    assert ok
    page = read_document(png.tobytes(), media_type="image/png", limits=ReadLimits()).pages[0]
    lines: dict[int, list[str]] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word.text)
    return [" ".join(words) for words in lines.values()]


def test_split_addresses_are_read_whole_and_other_signs_stay() -> None:
    lines = read_lines()
    emails = {find_email(line) for line in lines} - {None}
    assert emails == {"billing@lonestar.com", "accounts@jardineriapinos.com"}, lines
    assert any("Boxes 8 pallets" in line for line in lines), lines
    assert any("\u20ac 250.00" in line for line in lines), lines
