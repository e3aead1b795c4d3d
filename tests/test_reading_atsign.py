"""An e-mail address split at its '@', the '@' read as '8', '€', 'O' or 'Q' (as tesseract reads
small print on phone photos), is read whole again; an '8' or '€' between other words
stays as it is. The page is drawn with the misreading printed, so the real reader sees
the split address as tesseract leaves it."""

from __future__ import annotations

import io

import cv2
from reportlab.pdfgen import canvas

from docmatch.types import Word
from extract import ReadLimits, read_document
from extract.formats import find_email
from extract.reading.atsign import mend_at_signs
from tests.test_reading import rasterise

PAGE = (612.0, 792.0)


def page_with_split_addresses() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    lines = (
        "Lone Star Power and Light",
        "Phone: (214) 754-4088   billing 8 lonestar.com",
        "Questions: accounts \u20ac jardineriapinos.com",
        "Tel. 787-273-1431   contabilidad O ferreteriaborinquen.biz",
        "Send to invoices Q buildrighthome.com",
        "Boxes 8 pallets 12",
        "Deposit \u20ac 250.00 held",
        "Bay O holds 12 pallets",
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
    assert emails == {
        "billing@lonestar.com",
        "accounts@jardineriapinos.com",
        "contabilidad@ferreteriaborinquen.biz",
        "invoices@buildrighthome.com",
    }, lines
    assert any("Boxes 8 pallets" in line for line in lines), lines
    assert any("\u20ac 250.00" in line for line in lines), lines
    assert any("Bay O holds" in line for line in lines), lines


def word(text: str, confidence: float) -> Word:
    return Word(text=text, bbox=(10.0, 10.0, 200.0, 22.0), confidence=confidence, line=0)


def test_a_mailbox_joined_to_its_domain_by_a_misread_sign_is_split_there() -> None:
    """tesseract reads a small '@' inside one word as 't' or '6'; only a word it was
    unsure of, opening with a mailbox name invoices print, is split again."""
    mended = mend_at_signs(
        [
            word("cobranzatferreteriael.com.mx", 0.52),
            word("ventas6controlplagas.com.mx", 0.4),
            word("billingtracker.com", 0.96),  # read surely: a web address
            word("infotech.com", 0.5),  # too short a domain after the split
            word("www.salesteam.com", 0.5),
            word("contabilidad", 0.9),
            word("Oferreteriaborinquen.biz", 0.8),
            word("Visit", 0.9),
            word("Otown.com", 0.9),  # "Visit" names no mailbox
        ]
    )
    assert [w.text for w in mended] == [
        "cobranza@ferreteriael.com.mx",
        "ventas@controlplagas.com.mx",
        "billingtracker.com",
        "infotech.com",
        "www.salesteam.com",
        "contabilidad",
        "@ferreteriaborinquen.biz",
        "Visit",
        "Otown.com",
    ]
