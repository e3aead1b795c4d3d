"""White letters on dark bands ('TOTAL' in a shaded bar, a coloured 'Remit To' heading),
read in a second, separate pass.

Tesseract reads dark print on light paper; on a dark band it sees a block of ink and
drops the letters. Inverting such bands in the page before the main reading was measured
to lose table rows on scans (the threshold then cut faint rows), so the main reading is
left as it is: each solid dark band is cut out, inverted and read on its own, and its
words are added where the main reading found none.
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from docmatch.types import Word

from .cleanup import MAX_ENLARGEMENT, SMALL_LETTER_PIXELS, shrink
from .contract import OcrEngine

WORK_WIDTH = 1000
DARK = 110  # band pixels are darker than this (paper ~240, ink on a band is light)
MIN_FILL = 0.65  # share of the band's box that is dark: a band, not a word of bold print
MIN_ASPECT = 2.5  # a band runs across the page
MAX_BANDS = 8  # a page of dark boxes is artwork, not headings
MIN_CONFIDENCE = 0.7
MARGIN = 12  # pixels of paper around each band: tesseract wants a margin around print
BAND_LETTER_PIXELS = 20.0


def dark_bands(gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom, in pixels of `gray`) of solid dark bands as tall
    as one to three lines of print, with light marks (letters) inside them."""
    small, factor = shrink(gray, WORK_WIDTH)
    dark = (small < DARK).astype(np.uint8)
    # thin rules and frames go first (a framed totals box would join its band), then
    # the letters' holes are filled
    solid = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((4, 4), np.uint8))
    closed = cv2.morphologyEx(solid, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(closed)
    height_limits = (0.008 * small.shape[1], 0.08 * small.shape[1])
    bands = []
    for index in range(1, count):
        x, y, w, h = stats[index][:4]
        if not height_limits[0] <= h <= height_limits[1] or w < MIN_ASPECT * h:
            continue
        inside = dark[y : y + h, x : x + w]
        filled = float(inside.mean())
        if filled < MIN_FILL or filled > 0.97:  # no light letters in it: a rule or a bar
            continue
        bands.append(tuple(round(v * factor) for v in (x, y, x + w, y + h)))
    if len(bands) > MAX_BANDS:
        return []
    return bands  # type: ignore[return-value]


def band_words(
    gray: np.ndarray,
    found: list[Word],
    engine: OcrEngine,
    languages: str,
    letter_height: float | None = None,
) -> list[Word]:
    """Words read off the inverted dark bands of `gray` that the main reading (`found`)
    did not already hold, with boxes in pixels of `gray` and lines numbered after its.
    The bands are stacked into one image, so tesseract starts once per page. Small print
    (`letter_height` in pixels) is enlarged to BAND_LETTER_PIXELS: a photo's 'Total
    $4,309.43' in a green bar, letters of 10 pixels, read '309.43' at 0.09 as it lay and
    at 1.5 times, '$4,309.43' at 0.91 at twice the size. The bands are small, so their
    enlargement costs little."""
    bands = [band for band in dark_bands(gray) if not _read_already(band, found)]
    if not bands:
        return []
    crops = []
    for band_left, band_top, band_right, band_bottom in bands:
        # the band alone, inverted and stretched: paper cut with it would turn into a
        # black frame round it, and tesseract then read nothing of small print inside
        # (a photo's 'Inv Number | Inv Date | Payment Due' heading row was lost whole)
        band = 255 - gray[band_top:band_bottom, band_left:band_right]
        stretched = cv2.normalize(band, None, 0, 255, cv2.NORM_MINMAX)
        crops.append((band_left, band_top, stretched))
    return read_crops(crops, found, engine, languages, _enlargement(letter_height))


def read_crops(
    crops: list[tuple[int, int, np.ndarray]],
    found: list[Word],
    engine: OcrEngine,
    languages: str,
    scale: float = 1.0,
) -> list[Word]:
    """The words of pieces of a page (each at its left and top in pixels of the page),
    stacked with paper round each into one image, enlarged by `scale`, read by one
    tesseract start; the confident ones `found` does not cover, with boxes in pixels of
    the page and lines numbered after `found`'s."""
    width = max(crop.shape[1] for _, _, crop in crops) + 2 * MARGIN
    parts, offsets, y = [], [], 0  # offsets: (stack top, page left, page top) per crop
    for x0, y0, crop in crops:
        part = np.full((crop.shape[0] + 2 * MARGIN, width), 255, np.uint8)
        part[MARGIN : MARGIN + crop.shape[0], MARGIN : MARGIN + crop.shape[1]] = crop
        parts.append(part)
        offsets.append((y, x0 - MARGIN, y0 - MARGIN))
        y += part.shape[0]
    stack = np.vstack(parts)
    if scale > 1.0:
        stack = cv2.resize(stack, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    added: list[Word] = []
    lines: dict[int, int] = {}
    first_line = max((w.line for w in found), default=-1) + 1
    for word in engine.words(stack, languages=languages):
        if word.confidence < MIN_CONFIDENCE or sum(c.isalnum() for c in word.text) < 2:
            continue  # a letter alone off a band is mostly a piece of its artwork
        left, top, right, bottom = (v / scale for v in word.bbox)
        start, dx, dy = max((o for o in offsets if o[0] <= top), key=lambda o: o[0])
        box = (left + dx, top - start + dy, right + dx, bottom - start + dy)
        if not covered(box, found):
            line = lines.setdefault(word.line, first_line + len(lines))
            added.append(replace(word, bbox=box, line=line))
    return added


def _enlargement(letter_height: float | None) -> float:
    if letter_height is None or letter_height >= SMALL_LETTER_PIXELS:
        return 1.0
    return min(BAND_LETTER_PIXELS / letter_height, MAX_ENLARGEMENT)


def covered(box: tuple[float, float, float, float], words: list[Word]) -> bool:
    """Whether the main reading already has a word over the middle of `box`."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(w.bbox[0] <= cx <= w.bbox[2] and w.bbox[1] <= cy <= w.bbox[3] for w in words)


def _read_already(band: tuple[int, int, int, int], words: list[Word]) -> bool:
    """Tesseract reads many dark bands itself (a table's heading row): three confident
    words inside one spare it the second pass."""
    left, top, right, bottom = band
    inside = [
        w
        for w in words
        if left <= (w.bbox[0] + w.bbox[2]) / 2 <= right
        and top <= (w.bbox[1] + w.bbox[3]) / 2 <= bottom
        and w.confidence >= 0.8
    ]
    return len(inside) >= 3
