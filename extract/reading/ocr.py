"""Reading one page image by OCR: clean it, read it, turn it upright if it was not.

Orientation detection is slow, so it runs only when the text lines run up and down or
when the first reading looks wrong (few words, low confidence); the common upright page
is read exactly once. The cleaned image is encoded for the reviewer while tesseract reads.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import cv2
import numpy as np

from docmatch.types import BBox, Page, PageImage, PageSource, Word

from . import cleanup, faint, outline, sheet, slip
from .atsign import mend_at_signs
from .bands import band_words
from .contract import OcrEngine
from .missed import missed_words
from .reread import reread_doubtful_lines

logger = logging.getLogger(__name__)

MIN_SKEW = 0.3  # degrees; below this tesseract reads as well and boxes stay as tight
JPEG_QUALITY = 80
DOUBTFUL_CONFIDENCE = 0.6  # upright scans and photos read at 0.78-0.96; upside down ~0.4
MIN_WORDS = 8
SIDES_ALIKE_DEGREES = 4.0
# told to tesseract for pages whose letters measure as a 300 dpi scan's: told 150, it
# dropped a letterhead's 16 pt name (and the address beside its logo); told 300, a
# white-on-dark banner it read itself at 150; 200 read both
SCAN_DPI = 200


@dataclass(frozen=True)
class CleanPage:
    image: np.ndarray
    skew: float  # removed, degrees, counter-clockwise positive
    vertical: bool  # the text lines run up and down
    print: cleanup.Print | None  # the letters' size and place, None when too few


def clean_page(gray: np.ndarray, colour: np.ndarray | None = None) -> CleanPage:
    """The page found, flattened, lit evenly and deskewed. (Inverting white-on-dark
    banners was tried: it lost table rows on scans, 97% -> 79% of lines coded right.)
    `colour`, a reduced colour copy of a photo, helps find the sheet on a desk."""
    corners = find_sheet_corners(gray, colour)
    if corners is not None:
        gray = cleanup.flatten_page(gray, corners)
    gray = faint.smooth_faint_print(gray)
    background = cleanup.paper_background(gray)
    if cleanup.is_unevenly_lit(background):
        gray = cleanup.even_out_lighting(gray, background)
    else:
        gray = cleanup.stretch_contrast(gray)
    lines = cleanup.text_lines(gray)
    skew = lines.skew if abs(lines.skew) >= MIN_SKEW else 0.0
    found = lines.print
    if skew:
        if found is not None:
            found = found.turned(skew, gray.shape)
        gray = cleanup.rotate(gray, -skew)
    return CleanPage(gray, skew, lines.vertical, found)


def find_sheet_corners(gray: np.ndarray, colour: np.ndarray | None) -> np.ndarray | None:
    """The corners of a photographed sheet: by its colour against the desk, else by the
    outermost edges on a plain desk, else by the straight edges of its outline on a
    streaked one; None when the sheet fills the picture or what was found is a frame
    printed on the page. Failing those, a receipt lying on a scanner's bed (see `slip`).
    (The outline alone cuts a dark banner off on a dark desk.)"""
    corners = sheet.find_sheet(colour, gray.shape) if colour is not None else None
    if corners is not None:
        outlined = outline.find_outline(gray)
        if outlined is not None and not _sides_alike(corners, outlined):
            # a streak as light as paper joined the sheet's colour
            corners = _mended(corners, outlined, gray.shape)
    else:
        corners = cleanup.find_page(gray)
        if corners is None:
            corners = outline.find_outline(gray)
    if corners is not None and outline.is_printed_frame(gray, corners):
        return None
    return corners if corners is not None else slip.find_slip(gray)


def _mended(coloured: np.ndarray, outlined: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """The outline, unless it holds much less than the sheet's colour does: it ended at
    a dark banner across the sheet. Then the sheet's corners by colour, those a streak
    pulled to the picture's edge taken from the outline, where the sheet so mended runs
    as one of the two does."""
    if cv2.contourArea(outlined.astype(np.float32)) >= CUT_OUTLINE * cv2.contourArea(
        coloured.astype(np.float32)
    ):
        return outlined
    height, width = shape[:2]
    on_edge = [
        x <= EDGE_PIXELS or y <= EDGE_PIXELS or x >= width - 1 - EDGE_PIXELS
        or y >= height - 1 - EDGE_PIXELS
        for x, y in coloured
    ]  # fmt: skip
    if not any(on_edge) or all(on_edge):
        return outlined
    pairs = zip(coloured, outlined, on_edge, strict=True)
    mended = np.array([o if edge else c for c, o, edge in pairs])
    return mended if _sides_alike(mended, coloured) or _sides_alike(mended, outlined) else outlined


EDGE_PIXELS = 2
CUT_OUTLINE = 0.75  # of the sheet's area by colour: an outline holding less lost part of it


def _sides_alike(one: np.ndarray, other: np.ndarray) -> bool:
    """Whether two quadrilaterals' sides run alike: the same sheet, or one with a band
    more at an end (a banner the outline left off), not one with a corner pulled away."""
    turns = []
    for quad in (one, other):
        sides = np.roll(quad, -1, axis=0) - quad
        turns.append(np.degrees(np.arctan2(sides[:, 1], sides[:, 0])))
    difference = np.abs((turns[0] - turns[1] + 180) % 360 - 180)
    return bool(difference.max() <= SIDES_ALIKE_DEGREES)


def read_page_image(
    gray: np.ndarray,
    *,
    number: int,
    engine: OcrEngine,
    languages: str,
    colour: np.ndarray | None = None,
) -> tuple[Page, PageImage]:
    """OCR one grayscale page; the words' boxes are pixels of the returned JPEG."""
    cleaned = clean_page(gray, colour)
    clean, skew, found = cleaned.image, cleaned.skew, cleaned.print
    rotation = 0
    if cleaned.vertical:
        rotation = engine.orientation(clean)
        clean = cleanup.turn(clean, rotation)
        found = None if rotation else found  # measured on the page as it lay
    with ThreadPoolExecutor(max_workers=1) as pool:
        jpeg = pool.submit(encode_jpeg, clean)
        words = read_words(clean, found, engine, languages, photo=colour is not None)
        image = jpeg.result()
    if _looks_wrong(words):
        turn = engine.orientation(clean)
        if turn:
            turned = cleanup.turn(clean, turn)
            retry = read_words(turned, None, engine, languages)
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


def read_words(
    clean: np.ndarray,
    found: cleanup.Print | None,
    engine: OcrEngine,
    languages: str,
    *,
    photo: bool = False,
) -> list[Word]:
    """The engine's words, read off a copy enlarged when the print is small, with boxes
    in pixels of `clean`. On generated phone photos (letters 7-13 pixels) enlarging
    lifted word recall from 0.70 to 0.76 before bands were inverted; on receipts scanned
    at 150 dpi from 0.70 to 0.78. Print under SHARPEN_UNDER_PIXELS is sharpened too
    (see `cleanup.sharpen`); 300 dpi scans (letters of 17-22 pixels) are read as they are,
    at no cost. The reviewer's image stays small and unsharpened. A `photo`'s small print
    has its doubtful lines and dropped faint rows read again (see `reread`); receipts
    scanned at 150 dpi are not: the second tesseract start took them from 1.5x to 2.7x
    tesseract alone, and their header fields from 77.0 % to 75.1 % (24 receipts)."""
    enlarged, factor, left, top = cleanup.enlarge_small_print(clean, found)
    if found is not None and found.letter_height < cleanup.SHARPEN_UNDER_PIXELS:
        enlarged = cleanup.sharpen(enlarged, factor)
    scanned = not photo and found is not None and found.letter_height >= cleanup.SCAN_LETTER_PIXELS
    words = engine.words(enlarged, languages=languages, dpi=SCAN_DPI if scanned else None)
    if factor != 1.0:
        words = [replace(word, bbox=_on_page(word.bbox, factor, left, top)) for word in words]
    height = found.letter_height if found is not None else None
    if photo and height is not None and height < cleanup.SMALL_LETTER_PIXELS:
        words = reread_doubtful_lines(clean, words, engine, languages, height)
    elif height is not None:
        words = reread_doubtful_lines(clean, words, engine, languages, height, scan=True)
    words = mend_at_signs(words)
    words += band_words(clean, words, engine, languages, height)  # white on dark bands
    if height is not None:
        words += missed_words(clean, words, engine, languages, height)  # big print passed over
    return words


def _on_page(bbox: BBox, factor: float, left: int, top: int) -> BBox:
    x0, y0, x1, y1 = bbox
    return (left + x0 / factor, top + y0 / factor, left + x1 / factor, top + y1 / factor)


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
