"""Reading one page image by OCR: clean it, read it, turn it upright if it was not.

Orientation detection is slow, so it runs only when the text lines run up and down or
when the first reading looks wrong (few words, low confidence); the common upright page
is read exactly once. The cleaned image is encoded for the reviewer while tesseract reads.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import cv2
import numpy as np

from docmatch.types import Page, PageImage, PageSource, Word

from . import cleanup
from .contract import OcrEngine

logger = logging.getLogger(__name__)

MIN_SKEW = 0.3  # degrees; below this tesseract reads as well and boxes stay as tight
JPEG_QUALITY = 80
DOUBTFUL_CONFIDENCE = 0.6  # upright scans and photos read at 0.78-0.96; upside down ~0.4
MIN_WORDS = 8


def clean_page(gray: np.ndarray) -> tuple[np.ndarray, float, bool]:
    """The cleaned page, the skew removed (degrees, counter-clockwise positive) and whether
    its text lines run up and down."""
    corners = cleanup.find_page(gray)
    if corners is not None:
        gray = cleanup.flatten_page(gray, corners)
    background = cleanup.paper_background(gray)
    if cleanup.is_unevenly_lit(background):
        gray = cleanup.even_out_lighting(gray, background)
    else:
        gray = cleanup.stretch_contrast(gray)
    lines = cleanup.text_lines(gray)
    if abs(lines.skew) < MIN_SKEW:
        return gray, 0.0, lines.vertical
    return cleanup.rotate(gray, -lines.skew), lines.skew, lines.vertical


def read_page_image(
    gray: np.ndarray, *, number: int, engine: OcrEngine, languages: str
) -> tuple[Page, PageImage]:
    """OCR one grayscale page; the words' boxes are pixels of the returned JPEG."""
    clean, skew, vertical = clean_page(gray)
    rotation = 0
    if vertical:
        rotation = engine.orientation(clean)
        clean = cleanup.turn(clean, rotation)
    with ThreadPoolExecutor(max_workers=1) as pool:
        jpeg = pool.submit(encode_jpeg, clean)
        words = engine.words(clean, languages=languages)
        image = jpeg.result()
    if _looks_wrong(words):
        turn = engine.orientation(clean)
        if turn:
            turned = cleanup.turn(clean, turn)
            retry = engine.words(turned, languages=languages)
            if _quality(retry) > _quality(words):
                clean, words, rotation = turned, retry, (rotation + turn) % 360
                image = encode_jpeg(clean)
    logger.debug("page %d: turned %d°, skew %.2f°, %d words", number, rotation, skew, len(words))
    page = Page(
        number=number,
        width=float(clean.shape[1]),
        height=float(clean.shape[0]),
        unit="px",
        source=PageSource.OCR,
        words=tuple(words),
        rotation=rotation,
        skew=round(skew, 2),
    )
    return page, PageImage(number=number, content_type="image/jpeg", data=image)


def encode_jpeg(gray: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".jpg", gray, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    if not ok:
        raise ValueError("JPEG encoding failed")
    return data.tobytes()


def _looks_wrong(words: list[Word]) -> bool:
    if len(words) < MIN_WORDS:
        return True
    return sum(w.confidence for w in words) / len(words) < DOUBTFUL_CONFIDENCE


def _quality(words: list[Word]) -> float:
    """Confident letters read: a page turned the wrong way reads few, with low confidence."""
    return sum(w.confidence * len(w.text) for w in words if w.confidence >= 0.5)
