"""read_document, page_count and render_page: one file in, pages of words out."""

from __future__ import annotations

import io
import logging

import numpy as np
from PIL import Image, ImageOps

from docmatch.errors import CorruptFile, EmptyFile, NotFound, TooLarge, UnsupportedType
from docmatch.types import Page, PageImage, Reading, Word

from . import pdf, raster
from .contract import OcrEngine, ReadLimits
from .ocr import read_page_image
from .tesseract import TesseractEngine

logger = logging.getLogger(__name__)

PDF = "application/pdf"
MEDIA_TYPES = (PDF, *raster.FORMATS)
LETTER_LONG_SIDE_INCHES = 11


def read_document(
    data: bytes, *, media_type: str, limits: ReadLimits, ocr: OcrEngine | None = None
) -> Reading:
    """Every page's words with boxes: from the text layer where a PDF page has one, by OCR
    otherwise (with the cleaned image the boxes refer to)."""
    _check_input(data, media_type)
    engine = ocr or _LazyTesseract()
    if media_type == PDF:
        return _read_pdf(data, limits, engine)
    return _read_image(data, media_type, limits, engine)


def page_count(data: bytes, *, media_type: str) -> int:
    _check_input(data, media_type)
    if media_type == PDF:
        document = pdf.open_pdf(data)
        try:
            return len(document)
        finally:
            document.close()
    return raster.frame_count(
        raster.open_image(data, media_type, max_pixels=ReadLimits().max_image_pixels)
    )


def render_page(data: bytes, *, media_type: str, number: int, dpi: int = 110) -> bytes:
    """Page `number` (1-based) as a PNG for the reviewer's screen."""
    _check_input(data, media_type)
    max_pixels = ReadLimits().max_image_pixels
    if media_type == PDF:
        document = pdf.open_pdf(data)
        try:
            _check_page_number(number, len(document))
            page = pdf.load_page(document, number)
            try:
                return pdf.render_png(page, dpi=dpi, max_pixels=max_pixels)
            finally:
                page.close()
        finally:
            document.close()
    image = raster.open_image(data, media_type, max_pixels=max_pixels)
    _check_page_number(number, raster.frame_count(image))
    image.seek(number - 1)
    raster.check_size(image.size, max_pixels)
    try:
        picture = ImageOps.exif_transpose(image.convert("RGB"))
    except (OSError, ValueError, SyntaxError) as exc:
        raise CorruptFile("The image is damaged or cut short and cannot be shown.") from exc
    long_side = LETTER_LONG_SIDE_INCHES * dpi
    picture.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def _read_pdf(data: bytes, limits: ReadLimits, engine: OcrEngine) -> Reading:
    document = pdf.open_pdf(data)
    try:
        _check_page_total(len(document), limits)
        pages: list[Page] = []
        images: list[PageImage] = []
        for number in range(1, len(document) + 1):
            content = pdf.text_layer_or_pixels(
                document,
                number,
                min_chars=limits.text_layer_min_chars,
                dpi=limits.ocr_dpi,
                max_pixels=limits.max_image_pixels,
            )
            if isinstance(content, Page):
                pages.append(content)
                continue
            logger.debug("page %d has no text layer: reading it by OCR", number)
            page, image = read_page_image(
                content, number=number, engine=engine, languages=limits.languages
            )
            pages.append(page)
            images.append(image)
        return Reading(pages=tuple(pages), images=tuple(images))
    finally:
        document.close()


def _read_image(data: bytes, media_type: str, limits: ReadLimits, engine: OcrEngine) -> Reading:
    image = raster.open_image(data, media_type, max_pixels=limits.max_image_pixels)
    _check_page_total(raster.frame_count(image), limits)
    pages: list[Page] = []
    images: list[PageImage] = []
    frames = raster.gray_frames(data, image, max_pixels=limits.max_image_pixels)
    for number, gray in enumerate(frames, start=1):
        colour = raster.colour_copy(data, image) if number == 1 else None
        page, picture = read_page_image(
            gray, number=number, engine=engine, languages=limits.languages, colour=colour
        )
        pages.append(page)
        images.append(picture)
    return Reading(pages=tuple(pages), images=tuple(images))


class _LazyTesseract:
    """Starts looking for tesseract only when a page needs OCR: digital PDFs read without it."""

    def __init__(self) -> None:
        self._engine: TesseractEngine | None = None

    def words(self, image: np.ndarray, *, languages: str, dpi: int | None = None) -> list[Word]:
        return self._get().words(image, languages=languages, dpi=dpi)

    def orientation(self, image: np.ndarray) -> int:
        return self._get().orientation(image)

    def _get(self) -> TesseractEngine:
        if self._engine is None:
            self._engine = TesseractEngine()
        return self._engine


def _check_input(data: bytes, media_type: str) -> None:
    if not data:
        raise EmptyFile("The file is empty (0 bytes); the upload or e-mail lost it. Send it again.")
    if media_type not in MEDIA_TYPES:
        raise UnsupportedType(
            f"Files of type {media_type} cannot be read; send a PDF or a PNG, JPEG, TIFF, "
            "HEIC or WebP image."
        )


def _check_page_total(count: int, limits: ReadLimits) -> None:
    if count > limits.max_pages:
        raise TooLarge(
            f"The document has {count:,} pages; the limit is {limits.max_pages:,}. Split it "
            "into smaller files and upload them separately."
        )
    if count == 0:
        raise EmptyFile("The document has no pages.")


def _check_page_number(number: int, count: int) -> None:
    if not 1 <= number <= count:
        raise NotFound(f"Page {number} does not exist; the document has {count} page(s).")
