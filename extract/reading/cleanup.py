"""Cheap OpenCV clean-up of a grayscale page before OCR.

Every step works on a small copy to decide and touches the full image at most once, so a
300 dpi page costs tens of milliseconds, not seconds. Steps: find a photographed page and
warp it flat; even out the lighting (or just stretch the contrast); remove specks; find
the skew from the text lines and rotate it away with a white border.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

WORK_WIDTH = 640  # pixels across the small copy that decisions are made on
KEEP_CANVAS_DEGREES = 4.0


def shrink(gray: np.ndarray, width: int = WORK_WIDTH) -> tuple[np.ndarray, float]:
    """A copy about `width` pixels wide and the factor from it back to the full image."""
    factor = gray.shape[1] / width
    if factor <= 1:
        return gray, 1.0
    size = (width, max(1, round(gray.shape[0] / factor)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


def find_page(gray: np.ndarray) -> np.ndarray | None:
    """The four corners of a sheet photographed on a darker background, or None.

    A candidate must be a convex quadrilateral covering 20-97 % of the picture, with at
    least three corners clear of the picture's edge, whose inside is clearly lighter than
    its outside: so neither a table frame on a page nor the part of a scan below a dark
    banner counts.
    """
    small, factor = shrink(gray, 480)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(contour)
    if not 0.2 <= area / (small.shape[0] * small.shape[1]) <= 0.97:
        return None
    hull = cv2.convexHull(contour)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if len(quad) != 4 or _corners_inside(quad.reshape(4, 2), small.shape) < 3:
        return None
    inside = np.zeros_like(mask)
    cv2.fillConvexPoly(inside, quad, 255)
    if cv2.mean(small, mask=inside)[0] - cv2.mean(small, mask=255 - inside)[0] < 40:
        return None
    return _order_corners(quad.reshape(4, 2).astype(np.float32) * factor)


def _corners_inside(corners: np.ndarray, shape: tuple[int, ...]) -> int:
    height, width = shape[:2]
    margin_x, margin_y = 0.015 * width, 0.015 * height
    return sum(
        margin_x < x < width - 1 - margin_x and margin_y < y < height - 1 - margin_y
        for x, y in corners
    )


def _order_corners(points: np.ndarray) -> np.ndarray:
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


def flatten_page(gray: np.ndarray, corners: np.ndarray, *, margin: float = 0.0) -> np.ndarray:
    """Warp the quadrilateral to an upright rectangle as large as its longer edges, with
    `margin` (a share of each side) of the surroundings kept around it."""
    tl, tr, br, bl = corners
    width = round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    left, top = round(margin * width), round(margin * height)
    target = np.array(
        [
            [left, top],
            [left + width - 1, top],
            [left + width - 1, top + height - 1],
            [left, top + height - 1],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    size = (width + 2 * left, height + 2 * top)
    return cv2.warpPerspective(
        gray,
        matrix,
        size,
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )


def paper_background(gray: np.ndarray) -> np.ndarray:
    """The paper's brightness without the ink, on a small copy (ink removed by a max filter)."""
    small, _ = shrink(gray, 160)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))
    return cv2.blur(cv2.dilate(small, kernel), (9, 9))


def is_unevenly_lit(background: np.ndarray) -> bool:
    low, high = np.percentile(background, (5, 95))
    return high - low > 25


def even_out_lighting(gray: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Divide by the paper's brightness so the page is white everywhere and ink stays dark."""
    full = cv2.resize(background, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, full, scale=255)


def stretch_contrast(gray: np.ndarray) -> np.ndarray:
    """Map the darkest ink to black and the paper to white with one lookup table."""
    histogram = cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel().cumsum()
    histogram /= histogram[-1]
    dark = int(np.searchsorted(histogram, 0.005))
    paper = int(np.searchsorted(histogram, 0.5))  # most of a page is paper
    if paper - dark < 32:
        return gray
    table = np.clip((np.arange(256) - dark) * 255.0 / (paper - dark), 0, 255).astype(np.uint8)
    return cv2.LUT(gray, table)


def remove_specks(gray: np.ndarray) -> np.ndarray:
    return cv2.medianBlur(gray, 3)


def text_line_angles(gray: np.ndarray) -> tuple[float, bool]:
    """The skew of the text lines in degrees (counter-clockwise positive, within ±45) and
    whether the lines run up and down (a page turned by 90 or 270 degrees)."""
    small, _ = shrink(gray, 1000)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    across = _run_angles(cv2.dilate(ink, np.ones((1, 9), np.uint8)), vertical=False)
    down = _run_angles(cv2.dilate(ink, np.ones((9, 1), np.uint8)), vertical=True)
    if len(down[0]) > 2 * len(across[0]) + 3:
        return _weighted_median(*down), True
    return _weighted_median(*across), False


def _run_angles(mask: np.ndarray, *, vertical: bool) -> tuple[list[float], list[float]]:
    """Angles and lengths of the long thin blobs (runs of text) in a binary mask."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    angles: list[float] = []
    lengths: list[float] = []
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
        angles.append(-angle)  # image y runs down: flip to counter-clockwise positive
        lengths.append(long)
    return angles, lengths


def _weighted_median(values: list[float], weights: list[float]) -> float:
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
