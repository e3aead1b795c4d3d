"""A receipt scanned on a flatbed: found on the bed, cropped to, and read."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pypdfium2 as pdfium
import pytest

from docmatch.types import DocumentType
from extract import ReadLimits, extract_document, read_document
from extract.formats import Conventions, find_dates
from extract.reading.slip import find_slip
from tests.test_extract_receipts import FUEL, HARDWARE, Receipt, draw

DPI = 150


def slip_on_bed(
    pdf: bytes, seed: int, *, bed_level: float, turn: float
) -> tuple[np.ndarray, tuple]:
    """A 150 dpi letter-size scan of the receipt on a noisy, specked bed, and where the
    slip lies (left, top, width, height) before the turn."""
    rng = random.Random(seed)
    page = pdfium.PdfDocument(pdf)[0].render(scale=DPI / 72, grayscale=True).to_numpy()
    ink = np.asarray(page.reshape(page.shape[0], page.shape[1]), dtype=np.float32)
    faded = 255 - (255 - ink) * rng.uniform(0.6, 0.8)
    bed = np.full((round(11 * DPI), round(8.5 * DPI)), bed_level, np.float32)
    top, left = rng.randint(40, 700), rng.randint(40, 700)
    bed[top : top + faded.shape[0], left : left + faded.shape[1]] = faded * 0.97
    image = cv2.GaussianBlur(bed, (0, 0), 0.7)
    centre = (bed.shape[1] / 2, bed.shape[0] / 2)
    matrix = cv2.getRotationMatrix2D(centre, turn, 1)
    image = cv2.warpAffine(image, matrix, (bed.shape[1], bed.shape[0]), borderValue=bed_level)
    noise = np.random.default_rng(seed)
    image += np.asarray(noise.normal(0.0, 8.0, image.shape), np.float32)
    image[noise.integers(0, image.shape[0], 300), noise.integers(0, image.shape[1], 300)] = 40
    gray = np.clip(image, 0, 255).astype(np.uint8)
    return gray, (left, top, faded.shape[1], faded.shape[0])


def jpeg(gray: np.ndarray) -> bytes:
    return cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, 70])[1].tobytes()


@pytest.mark.parametrize(
    ("bed_level", "turn"), [(205.0, 0.0), (150.0, 1.3), (222.0, -0.8), (40.0, 0.5)]
)
def test_slip_on_a_bed_is_found_to_its_edges(bed_level: float, turn: float) -> None:
    gray, (left, top, width, height) = slip_on_bed(
        draw(HARDWARE)[0], 3, bed_level=bed_level, turn=turn
    )

    corners = find_slip(gray)

    assert corners is not None
    found_width = np.linalg.norm(corners[1] - corners[0])
    found_height = np.linalg.norm(corners[3] - corners[0])
    assert found_width == pytest.approx(width, abs=25)
    assert found_height == pytest.approx(height, abs=25)
    centre = corners.mean(axis=0)
    assert centre == pytest.approx((left + width / 2, top + height / 2), abs=25)


def test_slip_on_an_unevenly_lit_bed_is_found() -> None:
    gray, (left, top, width, height) = slip_on_bed(draw(FUEL)[0], 22, bed_level=200.0, turn=0.5)
    lamp = np.linspace(-40.0, 25.0, gray.shape[1], dtype=np.float32)[None, :]
    gray = np.clip(gray.astype(np.float32) + lamp, 0, 255).astype(np.uint8)

    corners = find_slip(gray)

    assert corners is not None
    assert corners.mean(axis=0) == pytest.approx((left + width / 2, top + height / 2), abs=25)


def test_a_picture_already_cropped_to_the_slip_has_no_slip() -> None:
    gray, (left, top, width, height) = slip_on_bed(draw(FUEL)[0], 4, bed_level=200.0, turn=0.0)
    assert find_slip(gray[top + 3 : top + height - 3, left + 3 : left + width - 3]) is None


def test_a_white_cell_on_a_printed_page_is_no_slip() -> None:
    page = np.full((1650, 1275), 240, np.uint8)
    page[200:900, 100:1175] = 200  # a grey shaded table ...
    page[400:700, 500:800] = 250  # ... with a white cell
    for y in range(120, 1500, 30):  # and print all over the page, in and around it
        cv2.putText(page, "Invoice 4471 Oak Ridge 370.00", (110, y), 0, 0.8, 30, 2)
    assert find_slip(page) is None


def test_a_blank_sheet_filling_the_picture_is_no_slip() -> None:
    sheet = np.full((1650, 1275), 90, np.uint8)
    sheet[30:1620, 30:1245] = 245
    assert find_slip(sheet) is None


@pytest.mark.ocr
@pytest.mark.parametrize(
    ("receipt", "seed", "bed_level"), [(HARDWARE, 7, 212.0), (FUEL, 11, 170.0)]
)
def test_receipt_on_a_bed_is_cropped_and_read(
    receipt: Receipt, seed: int, bed_level: float
) -> None:
    pdf, _, _, total = draw(receipt)
    gray, (_, _, width, height) = slip_on_bed(pdf, seed, bed_level=bed_level, turn=0.9)

    reading = read_document(jpeg(gray), media_type="image/jpeg", limits=ReadLimits())

    page = reading.pages[0]
    assert page.width == pytest.approx(width, rel=0.1)
    assert page.height == pytest.approx(height, rel=0.1)
    fields = extract_document(reading.pages, type_hint=DocumentType.RECEIPT).fields
    values = {name: field.value for name, field in fields.items()}
    assert values.get("vendor_name", "").upper() == receipt.store
    assert values.get("total") == f"{total:.2f}"
    wanted_date = find_dates(receipt.date_line, Conventions())[0].value.isoformat()
    assert values.get("invoice_date") == wanted_date
