"""Cheap OpenCV clean-up of a grayscale page before OCR.

Every step works on a small copy to decide and touches the full image at most once, so a
300 dpi page costs tens of milliseconds, not seconds. Steps: find a photographed page and
warp it flat; even out the lighting (or just stretch the contrast); find the skew from
the text lines and rotate it away with a white border; measure the letters, so that
small print can be enlarged for the OCR engine.

Kept by measuring word recall against the text of the same documents on generated 300
dpi scans and phone photos, tesseract settings unchanged: tesseract alone reads 0.946 of
the words of scans and 0.477 of photos; after this clean-up 0.953 and 0.781. Enlarging
print under 13 pixels to 16 lifts word recall on photos and 150 dpi receipts; enlarging
to 20 or 24 read no more and cost more. Left out because they measured worse: a median
filter against specks, gamma curves, adaptive or Sauvola thresholds, a polynomial
lighting surface, keeping a margin of the surroundings around a found sheet, and
inverting white-on-dark bands (it read banners but lost table rows on scans: lines coded
to the right GL account fell from 97% to 79%), and painting out a table's ruled lines
before OCR (walls taller than five letters, and rules stacked three or more one above
the next, so a lone rule under a heading stays: taking that one away made tesseract drop
a column of amounts). On the 43 photos of seed 103 it read Spanish line items far better
(52.9 % -> 63.2 %) but header fields a little worse (en 79.5 % -> 78.1 %, es 76.2 % ->
74.1 %), and on 26 fresh photos (seed 105) worse throughout (header es 77.3 % -> 72.7 %,
line items es 82.0 % -> 77.0 %): tesseract's reading of a page shifts with any change.
Painting out only the walls, after sheets running off the picture were flattened: seed
103 en 81.4 % -> 82.4 %, es 78.9 % -> 78.4 % (line items es 58.6 % -> 64.4 %); seed 105
en 84.0 % -> 84.6 %, es 77.3 % -> 76.1 % (line items es 82.0 % -> 77.0 %).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

KEEP_CANVAS_DEGREES = 4.0
MIN_LETTERS = 20
SMALL_LETTER_PIXELS = 13.0  # 300 dpi scans of 9-10 point print measure 17-22
LETTER_PIXELS = 16.0
SCAN_LETTER_PIXELS = 17.0  # the smallest letters of 9-10 point print scanned at 300 dpi
MAX_ENLARGEMENT = 3.0
MAX_ENLARGED_PIXELS = 4_000_000  # speckle read as tiny print must not cost minutes
SHARPEN_UNDER_PIXELS = 16.0  # letters this small are blurred across a good part of a stroke
SHARPEN_SIGMA = 1.5  # pixels of the page as it lies, times the enlargement
SHARPEN_AMOUNT = 1.5
SMOOTH_SIGMA = 0.45  # taken off first, so sensor noise and JPEG blocks are not sharpened
PRINT_MARGIN_LETTERS = 3  # kept around the print: a skew turned away moves it a little


def shrink(gray: np.ndarray, width: int) -> tuple[np.ndarray, float]:
    """A copy about `width` pixels wide and the factor from it back to the full image."""
    factor = gray.shape[1] / width
    if factor <= 1:
        return gray, 1.0
    size = (width, max(1, round(gray.shape[0] / factor)))
    step = int(factor) if factor < 4 else int(factor // 2)  # averaging every pixel costs ~10 ms
    if step > 1:
        gray = np.ascontiguousarray(gray[::step, ::step])
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


def find_page(gray: np.ndarray) -> np.ndarray | None:
    """The four corners of a sheet photographed or scanned on a background, or None.

    The sheet is the outermost outline of the picture's edges, simplified to a convex
    quadrilateral covering 20-97 % of the picture with at least three corners clear of
    its border. Its surroundings must be darker than it, or free of the edges that print
    makes: so a table frame on a page never counts, and a dark banner across the top of
    a sheet stays on it (a brightness threshold would cut it off).
    """
    small, factor = shrink(gray, 480)
    edges = cv2.Canny(cv2.GaussianBlur(small, (5, 5), 0), 20, 60)
    contours, _ = cv2.findContours(
        cv2.dilate(edges, np.ones((5, 5), np.uint8)), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    if not contours:
        return None
    hull = max((cv2.convexHull(c) for c in contours), key=cv2.contourArea)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if not quad_is_sheet(quad, small.shape):
        return None
    inside = np.zeros_like(small)
    cv2.fillConvexPoly(inside, quad, 255)
    outside = 255 - cv2.dilate(inside, np.ones((15, 15), np.uint8))  # clear of the sheet's edge
    darker = cv2.mean(small, mask=inside)[0] - cv2.mean(small, mask=outside)[0] >= 25
    if not darker and _edge_density(edges, outside) > 0.25 * _edge_density(edges, inside):
        return None
    return order_corners(quad.reshape(4, 2).astype(np.float32) * factor)


def quad_is_sheet(quad: np.ndarray, shape: tuple[int, ...]) -> bool:
    """Four corners covering 20-97 % of the picture, at least three clear of its border."""
    if len(quad) != 4:
        return False
    share = cv2.contourArea(quad) / (shape[0] * shape[1])
    return 0.2 <= share <= 0.97 and _corners_inside(quad.reshape(4, 2), shape) >= 3


def _edge_density(edges: np.ndarray, mask: np.ndarray) -> float:
    area = cv2.countNonZero(mask)
    return cv2.countNonZero(cv2.bitwise_and(edges, mask)) / area if area else 0.0


def _corners_inside(corners: np.ndarray, shape: tuple[int, ...]) -> int:
    height, width = shape[:2]
    margin_x, margin_y = 0.015 * width, 0.015 * height
    return sum(
        margin_x < x < width - 1 - margin_x and margin_y < y < height - 1 - margin_y
        for x, y in corners
    )


def order_corners(points: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left."""
    total, diff = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array(
        [
            points[np.argmin(total)],
            points[np.argmin(diff)],
            points[np.argmax(total)],
            points[np.argmax(diff)],
        ],
        dtype=np.float32,
    )


def flatten_page(gray: np.ndarray, corners: np.ndarray) -> np.ndarray:
    """Warp the quadrilateral to an upright rectangle as large as its longer edges."""
    tl, tr, br, bl = corners
    width = round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(
        gray,
        matrix,
        (width, height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )


def paper_background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness without the ink, on a small copy: a max filter wider than
    a line of print, then a blur. (A smooth polynomial surface, which would keep a dark
    banner's white lettering, measured worse: the banner then drags tesseract's global
    threshold down and faint print vanishes.)"""
    small, _ = shrink(gray, 160)
    return cv2.blur(cv2.dilate(small, np.ones((15, 15), np.uint8)), (9, 9))


def is_unevenly_lit(background: np.ndarray) -> bool:
    low, high = np.percentile(background, (5, 95))
    return high - low > 25


def even_out_lighting(gray: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Divide by the paper's brightness so the page is white everywhere and ink stays dark."""
    full = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, full, scale=255)


def stretch_contrast(gray: np.ndarray) -> np.ndarray:
    """Map the darkest ink to black and the paper to white with one lookup table."""
    sample = np.ascontiguousarray(gray[::4, ::4])  # every 16th pixel tells the levels
    histogram = np.bincount(sample.ravel(), minlength=256).cumsum().astype(np.float64)
    histogram /= histogram[-1]
    dark = int(np.searchsorted(histogram, 0.005))
    paper = int(np.searchsorted(histogram, 0.5))  # most of a page is paper
    if paper - dark < 32:
        return gray
    table = np.clip((np.arange(256) - dark) * 255.0 / (paper - dark), 0, 255).astype(np.uint8)
    return cv2.LUT(gray, table)


@dataclass(frozen=True)
class TextLines:
    skew: float  # degrees, counter-clockwise positive, within ±45
    vertical: bool  # the lines run up and down: the page is turned by 90 or 270 degrees
    print: Print | None = None  # the letters' size and place, when there are enough


def text_lines(gray: np.ndarray) -> TextLines:
    """Measure the text lines: runs of ink joined along the line, on a small copy."""
    small, factor = shrink(gray, 1000)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _clear_border(ink)  # a dark rim left around a flattened photo would enclose everything
    found = _measure_print(ink, factor)
    across = _runs(cv2.dilate(ink, np.ones((1, 9), np.uint8)), vertical=False)
    down = _runs(cv2.dilate(ink, np.ones((9, 1), np.uint8)), vertical=True)
    # by total length, so the bars of a barcode do not outvote the lines of text
    vertical = sum(length for _, length in down) > 2 * sum(length for _, length in across)
    runs = down if vertical else across
    if not runs:
        return TextLines(skew=0.0, vertical=False, print=found)
    angles, lengths = zip(*runs, strict=True)
    return TextLines(skew=_weighted_median(angles, lengths), vertical=vertical, print=found)


def _clear_border(mask: np.ndarray) -> None:
    rim_y, rim_x = max(2, mask.shape[0] // 100), max(2, mask.shape[1] // 100)
    mask[:rim_y], mask[-rim_y:], mask[:, :rim_x], mask[:, -rim_x:] = 0, 0, 0, 0


def _runs(mask: np.ndarray, *, vertical: bool) -> list[tuple[float, float]]:
    """(angle, length) of each long thin blob (a run of text) in a binary mask."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    runs: list[tuple[float, float]] = []
    for contour in contours:
        if len(contour) < 5:
            continue
        (_, _), (w, h), angle = cv2.minAreaRect(contour)
        long, short = max(w, h), min(w, h)
        if long < 30 or short < 2 or long < 4 * short:
            continue
        if w < h:  # OpenCV measures the angle of the side it calls width
            angle -= 90
        if vertical:
            angle += 90
        angle = (angle + 45) % 90 - 45
        runs.append((-angle, long))  # image y runs down: flip to counter-clockwise positive
    return runs


def _weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    if not values:
        return 0.0
    order = np.argsort(values)
    cumulative = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(values)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def rotate(gray: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by `degrees` about the centre, filling with white.

    A small turn keeps the canvas (the corners it cuts are page margin, and a larger
    canvas costs tesseract time); a large one grows it so no text is lost.
    """
    height, width = gray.shape
    radians = math.radians(degrees)
    cos, sin = abs(math.cos(radians)), abs(math.sin(radians))
    new_width, new_height = width, height
    if abs(degrees) > KEEP_CANVAS_DEGREES:
        new_width, new_height = round(width * cos + height * sin), round(width * sin + height * cos)
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), degrees, 1.0)
    matrix[0, 2] += (new_width - width) / 2
    matrix[1, 2] += (new_height - height) / 2
    return cv2.warpAffine(
        gray,
        matrix,
        (new_width, new_height),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )


def turn(gray: np.ndarray, clockwise: int) -> np.ndarray:
    """Turn by a multiple of 90 degrees clockwise, losslessly."""
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    code = codes.get(clockwise % 360)
    return gray if code is None else cv2.rotate(gray, code)


@dataclass(frozen=True)
class Print:
    letter_height: float  # median pixels
    box: tuple[int, int, int, int]  # left, top, right, bottom of the letters, in pixels

    def turned(self, degrees: float, shape: tuple[int, ...]) -> Print:
        """The box grown to hold the print after `rotate` by `degrees` on a page of `shape`."""
        grow = math.ceil(abs(math.sin(math.radians(degrees))) * max(shape[:2]) / 2)
        left, top, right, bottom = self.box
        return Print(self.letter_height, (left - grow, top - grow, right + grow, bottom + grow))


def _measure_print(ink: np.ndarray, factor: float) -> Print | None:
    """Where the letter-sized blobs of a mask of ink lie and their median height, in
    pixels of the image `factor` times larger; None when there are too few to tell."""
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    x, y = stats[1:, cv2.CC_STAT_LEFT], stats[1:, cv2.CC_STAT_TOP]
    width, height = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    filled = stats[1:, cv2.CC_STAT_AREA] >= 0.15 * width * height  # not a rule or a frame
    letters = (height >= 3) & (height <= 80) & (width >= 2) & (width <= 2 * height) & filled
    if np.count_nonzero(letters) < MIN_LETTERS:
        return None
    box = (
        x[letters].min(),
        y[letters].min(),
        (x + width)[letters].max(),
        (y + height)[letters].max(),
    )
    return Print(
        letter_height=float(np.median(height[letters])) * factor,
        box=tuple(round(float(v) * factor) for v in box),  # type: ignore[arg-type]
    )


def sharpen(gray: np.ndarray, letter_scale: float = 1.0) -> np.ndarray:
    """Small print with its strokes steepened against the blur of a phone's lens, a
    scanner's optics and enlarging: the difference between a lightly smoothed and a
    wider blurred copy added back (`letter_scale`: the enlargement, widening both).

    Measured on 43 generated phone photos (header fields exactly right, English and
    Spanish) after the sheet finder: 65.7 % and 70.8 % unsharpened, 75.1 % and 76.8 %
    sharpened. Sharpening without the light smoothing read photos as well but lost
    receipts scanned at 150 dpi (word recall 0.74 -> 0.61: their noise and specks were
    sharpened too); with it they read 0.75. A gentler amount (0.8) gained half as much on
    photos; smoothing at 0.7 instead of 0.45 gained less on photos, at 0.3 lost receipts
    (0.73). With sharpening, letting tiny print be enlarged further (up to 8 megapixels,
    not 4) read no more header fields (74.9 % against 75.1 %)."""
    smoothed = cv2.GaussianBlur(gray, (0, 0), SMOOTH_SIGMA * letter_scale)
    blurred = cv2.GaussianBlur(gray, (0, 0), SHARPEN_SIGMA * letter_scale)
    return cv2.addWeighted(smoothed, 1 + SHARPEN_AMOUNT, blurred, -SHARPEN_AMOUNT, 0)


def enlarge_small_print(
    gray: np.ndarray, found: Print | None
) -> tuple[np.ndarray, float, int, int]:
    """The printed part of the page, enlarged so its letters stand about LETTER_PIXELS
    tall when they stand under SMALL_LETTER_PIXELS, with the factor used and the left
    and top of the part; the page as it is (factor 1.0) when its print is large enough.
    Only the print is enlarged: the blank bed around a narrow receipt would cost
    tesseract several times the time of the receipt."""
    if found is None or found.letter_height >= SMALL_LETTER_PIXELS:
        return gray, 1.0, 0, 0
    factor = min(LETTER_PIXELS / found.letter_height, MAX_ENLARGEMENT)
    margin = round(PRINT_MARGIN_LETTERS * found.letter_height)
    left, top, right, bottom = found.box
    left, top = max(0, left - margin), max(0, top - margin)
    right, bottom = min(gray.shape[1], right + margin), min(gray.shape[0], bottom + margin)
    part = gray[top:bottom, left:right]
    factor = min(factor, math.sqrt(MAX_ENLARGED_PIXELS / part.size))
    if factor <= 1.0:
        return gray, 1.0, 0, 0
    size = (round(part.shape[1] * factor), round(part.shape[0] * factor))
    return cv2.resize(part, size, interpolation=cv2.INTER_CUBIC), factor, left, top
