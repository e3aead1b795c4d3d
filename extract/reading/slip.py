"""Finding a receipt lying on a scanner's bed.

A till slip scanned on a flatbed is a narrow strip of bright thermal paper on a grey or
dark, noisy, specked bed, often only a few per cent of the picture: too small for the
sheet finders (20-97 %). The bed is learnt from the picture's rim (its level and its
noise); the slip is the one solid, roughly rectangular region clearly brighter than it,
possibly slightly turned. What is refused: a region filling much of the picture (a
sheet, for the sheet finders), one not clearly brighter than the rim, one that is not
rectangular, and one whose surroundings bear print (a white cell of a table on a scanned
page lies on paper with print around it, never on a bare bed).

Cropping to the slip lets the small print be enlarged within the pixel budget, which the
bed's specks had spread over the whole picture. Measured through read_document and the
extraction, on eight receipts of real shops' layouts laid on a grey 150 dpi bed: word
recall 0.61 -> 0.91, header fields 46 % -> 70 %, 36 s -> 9 s for the eight (tesseract
had read the whole specked bed). On 24 generated receipts on a letter bed (the reading
benchmark) 22 slips were found; the two missed lie on a bed only 3-4 grey levels darker
and are read as before. Pictures already cropped to a slip (20 real layouts) are left
as they are. A margin of the bed kept round the slip was read as stray '|' and '$'
before the lines, which cost a label its amount; so the crop follows the slip's edge.
In the 40 generated 300 dpi scans the six receipts on a bed are found (header fields
unchanged); in 43 phone photos none is.

Tried on 12 of the generated receipts once cropped (word recall, 0.796 as kept) and left
out: letters enlarged to 12, 20 or 22 pixels instead of 16 (0.807, 0.798, 0.801: no
difference beyond noise); page segmentation mode 6 (0.799); tesseract's Sauvola
thresholding (0.813, but it would change every page read, untried on scans and photos);
a median filter, a Gaussian blur or non-local means before reading (0.706, 0.748,
0.761); dropping ink blobs of up to 4 pixels as specks (0.680: faint print breaks into
such blobs). preserve_interword_spaces changes only the spaces of tesseract's text
output, not the words of its TSV.
"""

from __future__ import annotations

import cv2
import numpy as np

from .cleanup import order_corners, shrink

WORK_WIDTH = 400
MIN_SHARE = 0.01  # of the picture
MAX_SHARE = 0.45  # larger: a sheet, found (or refused) by the sheet finders
PAPER_PERCENTILE = 99.5  # of the picture: the slip's paper, however small the slip
MIN_CONTRAST = 8.0  # grey levels the slip's paper stands above the bed, at least
NOISE_TIMES = 3.0  # times the bed's spread (on the small, smoothed copy)
MIN_STEP = 2.5  # grey levels above the bed for a point to count as the slip's paper
CLOSING = 15  # pixels of the small copy: lines of print on the slip are filled in
MIN_FILL = 0.85  # of its turned bounding rectangle covered by the slip's convex hull
MIN_SOLIDITY = 0.7  # of the hull covered by the slip's own outline
MAX_BED_INK = 0.01  # of the surroundings darker than print: more and it is a page
OPENING = 11  # pixels of the small copy: a slip is wider, a wedge at the rim narrower
MARGIN = 0  # pixels of the small copy round the slip


def find_slip(gray: np.ndarray) -> np.ndarray | None:
    """The four corners (pixels of `gray`) of a slip lying on a bed, a small margin
    round it, or None when no slip stands out from a bare bed."""
    small, factor = shrink(gray, WORK_WIDTH)
    # specks and sensor noise off the bed; in fractions of a grey level, as a faint slip
    # may stand only three or four levels above it
    smooth = cv2.blur(cv2.medianBlur(small, 5).astype(np.float32), (5, 5))
    bed, spread = _rim_level(smooth)
    paper = float(np.percentile(smooth, PAPER_PERCENTILE))
    if paper - bed < max(MIN_CONTRAST, NOISE_TIMES * spread):
        return None
    threshold = min((bed + paper) / 2, bed + max(MIN_STEP, NOISE_TIMES * spread))
    bright = (smooth > threshold).astype(np.uint8) * 255
    filled = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((CLOSING, CLOSING), np.uint8))
    # strands and wedges as light as paper (a lid's edge, a turned scan's corner) come off
    solid = cv2.morphologyEx(filled, cv2.MORPH_OPEN, np.ones((OPENING, OPENING), np.uint8))
    contours, _ = cv2.findContours(solid, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    contour = max(contours, key=cv2.contourArea)
    hull = cv2.convexHull(contour)  # lines of print reaching the slip's edge notch it
    area = cv2.contourArea(hull)
    if not MIN_SHARE <= area / small.size <= MAX_SHARE:
        return None
    (cx, cy), (w, h), angle = cv2.minAreaRect(hull)
    if area < MIN_FILL * w * h or cv2.contourArea(contour) < MIN_SOLIDITY * area:
        return None
    box = cv2.boxPoints(((cx, cy), (w + 2 * MARGIN, h + 2 * MARGIN), angle))
    if _bed_bears_print(smooth, box, bed):
        return None
    return order_corners(box.astype(np.float32) * factor)


def _rim_level(smooth: np.ndarray) -> tuple[float, float]:
    """The bed's brightness and spread, from a band round the picture's edge."""
    rim = max(3, smooth.shape[1] // 40)
    sides = (smooth[:rim], smooth[-rim:], smooth[:, :rim], smooth[:, -rim:])
    values = np.concatenate([side.ravel() for side in sides]).astype(np.float32)
    level = float(np.median(values))
    return level, float(1.4826 * np.median(np.abs(values - level)))


def _bed_bears_print(smooth: np.ndarray, box: np.ndarray, bed: float) -> bool:
    """Whether what lies round the slip holds marks much darker than the bed: print on
    a page, not a bare bed."""
    inside = np.zeros(smooth.shape, np.uint8)
    cv2.fillConvexPoly(inside, np.rint(box).astype(np.int32), 255)
    around = cv2.dilate(inside, np.ones((15, 15), np.uint8)) == 0
    values = smooth[around]
    if values.size == 0:
        return True
    return bool(np.mean(values < 0.7 * bed) > MAX_BED_INK)
