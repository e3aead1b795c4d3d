"""A photographed sheet is found by the straight edges of its outline, on a streaked desk
and despite a table frame and a shaded heading row printed on it, also when it runs off
the picture; on a scan, where the sheet fills the picture, a table's frame is never taken
for the sheet."""

from __future__ import annotations

import io

import cv2
import numpy as np
import pytest
from reportlab.pdfgen import canvas

from extract import ReadLimits, read_document
from extract.reading.ocr import _mended, find_sheet_corners
from extract.reading.outline import find_outline
from samples.degrade import photo_page
from tests.test_reading import rasterise, scanned

PAGE = (612.0, 792.0)
HEADER_WORDS = {"Northside", "Glass", "INVOICE", "INV-88213"}


def framed_invoice() -> bytes:
    """A letterhead and invoice number above a framed table with a shaded heading row."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE)
    top = PAGE[1]
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(50, top - 70, "Northside Glass & Door")
    pdf.setFont("Helvetica", 13)
    pdf.drawString(50, top - 95, "812 Harbor Rd, Tampa, FL 33602")
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(400, top - 70, "INVOICE")
    pdf.setFont("Helvetica", 13)
    pdf.drawString(400, top - 95, "No. INV-88213")
    pdf.setLineWidth(1.5)
    pdf.rect(40, 200, 532, 400, stroke=1, fill=0)
    pdf.setFillGray(0.35)
    pdf.rect(40, 570, 532, 30, stroke=0, fill=1)
    pdf.setFillGray(0.0)
    for row in range(8):
        y = 540 - row * 40
        pdf.drawString(50, y, f"Tempered pane {row + 1}, fitted")
        pdf.drawString(480, y, f"{120 + row * 15}.00")
        pdf.line(40, y - 12, 572, y - 12)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def on_streaked_desk(gray: np.ndarray, corners: np.ndarray, *, seed: int = 0) -> np.ndarray:
    """A colour photo of the page warped to `corners` on a grey desk with light streaks
    about as bright as paper, lit more from one side."""
    rng = np.random.default_rng(seed)
    out_w, out_h = 1500, 2000
    height, width = gray.shape
    source = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    sheet = cv2.warpPerspective(gray, matrix, (out_w, out_h), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.full_like(gray, 255), matrix, (out_w, out_h)) > 127
    streaks = cv2.resize(rng.uniform(0.6, 1.25, size=(1, out_w // 6)), (out_w, out_h))
    desk = (150 * streaks).astype(np.float32)
    photo = np.where(inside, sheet.astype(np.float32), desk)
    light = np.linspace(0.75, 1.05, out_w, dtype=np.float32)[None, :]
    photo = photo * light + rng.normal(0.0, 3.0, size=photo.shape).astype(np.float32)
    grey = np.clip(photo, 0, 255).astype(np.uint8)
    return cv2.cvtColor(cv2.GaussianBlur(grey, (0, 0), 1.0), cv2.COLOR_GRAY2BGR)


SHEET_CORNERS = np.array([[190, 230], [1290, 180], [1330, 1620], [150, 1700]], np.float32)


def test_sheet_on_a_streaked_desk_is_found_by_its_outline():
    photo = on_streaked_desk(rasterise(framed_invoice(), dpi=150), SHEET_CORNERS)

    corners = find_outline(cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))

    assert corners is not None
    # within 1.5 % of the picture's width of each true corner, not at the table's frame
    assert np.abs(corners - SHEET_CORNERS).max() < 0.015 * photo.shape[1]


@pytest.mark.ocr
def test_photo_of_a_sheet_on_a_streaked_desk_is_flattened_and_its_header_read():
    photo = on_streaked_desk(rasterise(framed_invoice(), dpi=150), SHEET_CORNERS)
    data = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 88])[1].tobytes()

    reading = read_document(data, media_type="image/jpeg", limits=ReadLimits())

    page = reading.pages[0]
    assert page.width / page.height == pytest.approx(612 / 792, rel=0.08)
    assert page.width < photo.shape[1] * 0.85  # the desk is gone
    assert {word.text for word in page.words} >= HEADER_WORDS


CORNER_OFF = np.array([[190, 230], [1290, 180], [1560, 1760], [150, 1700]], np.float32)
SIDE_OFF = np.array([[190, 230], [1290, 180], [1330, 2300], [150, 2380]], np.float32)


def test_sheet_with_a_corner_off_the_picture_is_found_by_the_sides_that_show():
    photo = on_streaked_desk(rasterise(framed_invoice(), dpi=150), CORNER_OFF)

    corners = find_outline(cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))

    assert corners is not None
    assert np.abs(corners - CORNER_OFF).max() < 0.015 * photo.shape[1]


def test_sheet_running_off_the_bottom_is_cut_at_the_picture_edge():
    photo = on_streaked_desk(rasterise(framed_invoice(), dpi=150), SIDE_OFF)

    corners = find_outline(cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))

    assert corners is not None
    assert np.abs(corners[:2] - SIDE_OFF[:2]).max() < 0.015 * photo.shape[1]
    assert (corners[2:, 1] >= photo.shape[0] - 10).all()  # the bottom corners on its edge


def test_framed_table_on_a_scan_is_not_taken_for_the_sheet():
    scan = scanned(rasterise(framed_invoice(), dpi=300), angle=1.2)

    assert find_outline(scan) is None


@pytest.mark.ocr
def test_scan_with_a_framed_table_keeps_its_header():
    scan = scanned(rasterise(framed_invoice(), dpi=300), angle=1.2)
    data = cv2.imencode(".png", scan)[1].tobytes()

    reading = read_document(data, media_type="image/png", limits=ReadLimits())

    page = reading.pages[0]
    assert page.height > 0.95 * scan.shape[0]
    assert {word.text for word in page.words} >= HEADER_WORDS


def test_receipt_on_a_light_scanner_bed_is_no_printed_frame():
    receipt = rasterise(framed_invoice(), dpi=100)[:, 60:560]  # a narrow strip of print
    bed = np.full((1100, 850), 228, np.uint8)
    bed[100:1000, 200:700] = receipt[:900]
    scan = scanned(bed, angle=0.8)

    corners = find_sheet_corners(scan, None)

    assert corners is not None
    left, top = corners.min(axis=0)
    right, bottom = corners.max(axis=0)
    assert abs(left - 200) < 25 and abs(right - 700) < 25
    assert abs(top - 100) < 25 and abs(bottom - 1000) < 25


@pytest.mark.ocr
@pytest.mark.parametrize("seed", [1, 2, 3])  # 3: a light streaked desk fools the colour
def test_photo_made_by_the_sample_generator_is_flattened_and_its_header_read(seed):
    page = rasterise(framed_invoice(), dpi=150)
    photo = photo_page(page, np.random.default_rng(seed))
    data = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, 85])[1].tobytes()

    reading = read_document(data, media_type="image/jpeg", limits=ReadLimits())

    read = reading.pages[0]
    # the generator tilts each corner by up to 6 %: flattening leaves that foreshortening
    assert read.width / read.height == pytest.approx(612 / 792, rel=0.12)
    assert read.width < photo.shape[1] * 0.92  # the desk is gone
    assert {word.text for word in read.words} >= HEADER_WORDS


def test_outline_cut_at_a_banner_gives_way_to_the_sheets_colour_but_mends_its_corner():
    """A photographed sheet (as the sample generator's seed 103 draws one) whose colour
    ran into a light streak at its top left corner, and whose outline ended at the dark
    heading band of its table half way down."""
    coloured = np.array([[218, 0], [1412, 331], [1331, 1912], [62, 1750]], np.float32)
    outlined = np.array([[78, 189], [1420, 330], [1386, 979], [78, 841]], np.float32)

    mended = _mended(coloured, outlined, (2000, 1500))

    assert mended.tolist() == [[78, 189], [1412, 331], [1331, 1912], [62, 1750]]
    whole = np.array([[152, 81], [1383, 102], [1383, 1841], [212, 1779]], np.float32)
    assert _mended(coloured, whole, (2000, 1500)) is whole  # the outline holds the sheet
